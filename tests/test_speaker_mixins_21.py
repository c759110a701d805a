"""Round 21 (final review): the speaker resolver is one class over rule mixins (one module each); a name that two
mixins define is silently taken from whichever comes first in the method resolution order, so one module's
methods would read the other's pattern (as ``_NEXT_WORD_RE`` of groups and anaphors, and ``_AGENT_NOUN_RE`` of
names and the resolver, did until this round).  No name may be defined twice."""

from __future__ import annotations

from collections import defaultdict

from analysis.extract.speakers.resolver import _Resolver


def test_no_two_speaker_mixins_define_the_same_name():
    owners: dict[str, list[str]] = defaultdict(list)
    for klass in _Resolver.__mro__:
        if klass.__module__.startswith("analysis.extract.speakers"):
            for name in vars(klass):
                if not name.startswith("__"):
                    owners[name].append(f"{klass.__module__}.{klass.__name__}")
    assert {n: o for n, o in owners.items() if len(o) > 1} == {}
