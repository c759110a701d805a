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


def test_style_first_words_gate_the_styles_of_several_words():
    r = _resolver()
    firsts = r._style_first_words()
    assert r._style_first_words() is firsts
    assert all(h.split(" ", 1)[0] in firsts for h in r.roles.honorifics if " " in h)
    multi = sorted(h for h in r.roles.honorifics if " " in h)
    assert multi, "roles.yaml lists styles of several words"
    style = multi[0].split()
    toks = [*style, "Ann", "Roe"]
    assert r._honorific_at(toks, 0) >= len(style)       # the longest style opening there, as before
    assert r._honorific_at(["Ann", "Roe", "said"], 0) == 0


def test_a_style_of_several_words_before_a_name_is_still_stripped():
    assert _said("Tan Sri Ann Roe").name == "Ann Roe"
