"""Round 27 review fix (F0): no recursion while the article's descriptions of people are indexed.  Every sentence
is invented for the tests (names, places, offices).

The index of the roles the article gives named people (``_person_roles``) keys each role by the canonical name of
the person described (``_canonical_person``).  A lone word ("Velmar, a veteran diplomat,") expands to a three-word
name it is the middle word of ("Deputy Foreign Minister Oskar Velmar Drenth": a compound surname's first part,
``_compound_surname``), and one test of that rule asks the type the article's descriptions give the full name
(``_type_from_contexts``): the very index being built, which built itself again without end ("maximum recursion
depth exceeded"; the speaker fell back to its mention, typed unnamed, with a warning).  The canonical names of the
index are now taken with ``typed=False`` (the title and the name dictionary decide), and the speaker itself is
resolved with the full rule once the index exists."""

from __future__ import annotations

import warnings

import pytest

from tests._attribution_helpers import doc, resolved


def _resolved_quietly(body: str) -> list[tuple[str | None, str, str]]:
    """``resolved(body)``, failing on any warning (a speaker the resolver gave up on warns)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return resolved(body)


@pytest.mark.parametrize("body, full", [
    # the middle word is no given name: the dictionary alone lets it stand for the full name
    ("Deputy Foreign Minister Oskar Velmar Drenth said on Monday that the talks would resume in March.\n\n"
     "Velmar, a veteran diplomat, said the delegation was ready.", "Oskar Velmar Drenth"),
    ("Interior Minister Teodor Brannek Solvay told reporters the curfew would end on Friday.\n\n"
     "Brannek, a lawyer by training, said the police had made no arrests.", "Teodor Brannek Solvay"),
    # a given name ("Maria"): the office the article gives the full name decides, once the index is built
    ("Trade Minister Lucia Maria Ostrova said on Tuesday that the tariff would stay.\n\n"
     "Maria, a former customs officer, said the border posts would open at dawn.", "Lucia Maria Ostrova"),
])
def test_a_described_middle_word_resolves_to_the_office_holder_without_recursion(body, full):
    rows = _resolved_quietly(body)
    assert [(name, typ) for _, name, typ in rows] == [(full, "government"), (full, "government")]


def test_the_role_index_canonicalises_without_asking_itself(monkeypatch):
    from analysis.extract.speakers.resolver import _Resolver, resolve_speakers
    from analysis.extract.attribution import extract_attributions
    body = ("Deputy Foreign Minister Oskar Velmar Drenth said on Monday that the talks would resume in March.\n\n"
            "Velmar, a veteran diplomat, said the delegation was ready.")
    d = doc(body)
    seen: list[list[tuple[int, str, str]]] = []
    original = _Resolver._person_roles

    def recording(self):
        roles = original(self)
        seen.append(list(roles))
        return roles

    monkeypatch.setattr(_Resolver, "_person_roles", recording)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        resolve_speakers(d, extract_attributions(d))
    assert seen
    # the appositive of the lone middle word is a role of the full name
    assert (body.index("Velmar,"), "Oskar Velmar Drenth", "a veteran diplomat") in seen[-1]
