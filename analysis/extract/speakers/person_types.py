"""The person-typing rules of the speaker resolver: a named person's type from the roles the article gives.

:class:`_PersonTypeRules` is a part of :class:`~analysis.extract.speakers.resolver._Resolver`
(its methods read the resolver's name registry): :meth:`_PersonTypeRules._person_roles` lists
every role the article gives a named person (before the name, in an appositive or relative
clause after it), :meth:`_PersonTypeRules._typed_contexts` the types those descriptions give,
and :meth:`_PersonTypeRules._type_from_contexts` picks the nearest one (then the roles a clause
of their own gives; ``other`` when none does); :meth:`_PersonTypeRules._actor_roles` the roles a
person actor's labels give.  Moved out of the resolver unchanged.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from analysis.extract.speakers.model import Actor
from analysis.extract.speakers.helpers import _contains_phrase, _phrase_re


class _PersonTypeRules:
    """The person-typing methods of the resolver (a mixin: ``self`` is the resolver)."""

    def _person_roles(self) -> list[tuple[int, str, str]]:
        """(offset, canonical person, role text) for every role the article gives a named
        person: the words before the name ("Russian President Vladimir Putin") and an
        appositive or relative clause after it ("Putin, the Russian president,"), in text order."""
        if self._person_roles_cache is None:
            out = []
            for off, name, before, appositive in self._role_notes:
                person = self._canonical_person(name, off)
                for text in (before, appositive):
                    if text:
                        out.append((off, person, text))
            self._person_roles_cache = out
        return self._person_roles_cache

    def _typed_contexts(self, full: str, *, predicates: bool = False
                        ) -> tuple[list[int], list[tuple[str, str | None, str | None, str | None]]]:
        """(offsets, (type, role, affiliation, country)) of the descriptions of person ``full``
        that give a type, in text order (descriptions in the order found at one offset); each
        description is classified once per article.  ``predicates``: the roles given in a clause
        of their own (:meth:`_scan_predicate_roles`) instead of the name's own phrase."""
        if self._context_index is None:
            index: dict[str, list[tuple[int, str]]] = {}
            for o, p, t in self._person_roles():
                index.setdefault(p, []).append((o, t))
            for o, n, c in self.ctx.names:
                if c:
                    index.setdefault(n, []).append((o, c))
            self._context_index = index
            later: dict[str, list[tuple[int, str]]] = {}
            self._checked_descriptions()
            for o, name, t in sorted(self._predicate_notes + self._campaign_notes):
                later.setdefault(self._canonical_person(name, o), []).append((o, t))
            self._predicate_index = later
        key = (full, predicates)
        if key not in self._typed_cache:
            offsets: list[int] = []
            values: list[tuple[str, str | None, str | None, str | None]] = []
            source = self._predicate_index if predicates else self._context_index
            for o, text in sorted(source.get(full, ()), key=lambda x: x[0]):
                if text not in self._classified:
                    role, affiliation, country = self._role_affiliation(text)
                    self._classified[text] = (self._classify(role or "", affiliation or "", text), role,
                                              affiliation, country)
                if self._classified[text][0] != "other":
                    offsets.append(o)
                    values.append(self._classified[text])
            self._typed_cache[key] = (offsets, values)
        return self._typed_cache[key]

    def _type_from_contexts(self, full: str, off: int) -> tuple[str, str | None, str | None, str | None]:
        """(type, role, affiliation, country) from the nearest description of ``full`` anywhere
        in the article that gives a type, the nearest before ``off`` first, else the first
        after it; then the same of the roles a clause of their own gives ("Roe is a professor
        at X"); type ``other`` if none does."""
        for predicates in (False, True):
            offsets, values = self._typed_contexts(full, predicates=predicates)
            i = bisect_right(offsets, off) - 1
            if i >= 0:
                return values[bisect_left(offsets, offsets[i])]       # the first found at that offset
            if offsets:
                return values[0]
        return "other", None, None, None

    def _actor_roles(self, a: Actor) -> tuple[int, tuple[str, ...]]:
        """(first offset of any label in the body, the roles its labels give) of a person actor:
        "Russian President Vladimir Putin" -> "Russian President", "North Korean leader"."""
        if a.name not in self._actor_roles_cache:
            titles = self.ri.titles
            demonyms = self.ctx.gaz.demonyms
            names = [lab for lab in a.labels
                     if all(t[:1].isupper() and t.rstrip(".") not in titles for t in lab.split())
                     and not any(d in lab for d in demonyms if _contains_phrase(lab, d))]
            roles: list[str] = []
            for lab in a.labels:
                role = None
                for n in sorted(names, key=len, reverse=True):
                    if lab != n and lab.endswith(" " + n):
                        role = lab[:-len(n)].strip()
                        break
                else:
                    if lab not in names and any(t[:1].islower() for t in lab.split()):
                        role = lab
                if role and role.rstrip(".") not in self.roles.honorifics:
                    roles.append(role)
            body = self.ctx.body
            first = min((m.start() for lab in a.labels if lab in body
                         for m in [_phrase_re(lab).search(body)] if m is not None), default=-1)
            self._actor_roles_cache[a.name] = (first, tuple(dict.fromkeys(roles)))
        return self._actor_roles_cache[a.name]
