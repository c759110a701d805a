"""Speakers, round 30 (c2): per-resolver indexes that make speaker resolution cheaper without changing
its answers.  Articles, names and bodies are invented for the tests."""

from __future__ import annotations

from analysis.extract.speakers.lexicons import load_gazetteer, load_source_cues
from analysis.extract.speakers.resolver import _Resolver
from test_speakers_names import _doc
from test_speakers_round8d import _said


def _resolver(body: str = "Ann Roe spoke in Dale.") -> _Resolver:
    return _Resolver(_doc(body), load_source_cues(None), load_gazetteer(None), [])


def _linear(r: _Resolver, text: str) -> str | None:
    # the scan the index replaces: the first demonym, longest first, opening the text before a space
    return next((d for d in r._demonyms_longest_first() if text.startswith(d + " ")), None)


def test_leading_demonym_is_the_longest_one_opening_the_text():
    r = _resolver()
    assert r._leading_demonym("South Korean Ministry of Unification official") == "South Korean"
    assert r._leading_demonym("South Sudanese Ministry of Health") == "South Sudanese"   # one first word, several
    assert r._leading_demonym("German Ministry of Finance") == "German"
    assert r._leading_demonym("Russian Foreign Ministry") == "Russian"
    assert r._leading_demonym("Russian") is None          # no space after it: no demonym before a name
    assert r._leading_demonym("Harbour Ministry of Defence") is None
    assert r._leading_demonym("") is None


def test_leading_demonym_agrees_with_the_scan_over_every_demonym():
    r = _resolver()
    texts = [f"{d} Ministry of Defence" for d in r._demonyms_longest_first()]
    texts += ["Ministry of Defence", "Dale Institute", "South Koreans say", "North  Korean Ministry"]
    assert all(r._leading_demonym(t) == _linear(r, t) for t in texts)


def test_pair_roles_are_built_once_per_resolver_and_hold_single_words():
    r = _resolver()
    roles = r._pair_roles()
    assert r._pair_roles() is roles
    assert "minister" in roles and all(" " not in w for w in roles)
    assert roles == frozenset(w for w, _ in r.ctx.cues.role_types if " " not in w)


def test_canonical_ministry_after_a_demonym_is_unchanged():
    sp = _said("Russian Foreign Affairs Minister Ivan Orlov")
    assert (sp.name, sp.affiliation) == ("Ivan Orlov", "Russian Foreign Ministry")
    sp = _said("a South Korean Ministry of Unification official")
    assert sp.name == "South Korean Unification Ministry official"
