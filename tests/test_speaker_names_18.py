"""Round 18 (S6): the article's surname index is built once per document and shared by every call.

:meth:`_NameRules._person_surnames` returned a new frozenset per call (round 17's review: the set was
rebuilt for every mention that asked); it now returns the keys view of the memoised
:meth:`_surname_offsets`, so membership is read from the one index.  Police ranks written out before
a full name are titles as military ranks are (roles.yaml titles police_ranks).  Invented names and places."""
from __future__ import annotations

import datetime as dt

import pytest
from test_speakers_names import _resolve

from analysis.corpus import Article
from analysis.extract.speakers.lexicons import load_gazetteer, load_roles, load_source_cues
from analysis.extract.speakers.resolver import _Resolver, load_speaker_words
from analysis.text import parse_article


def _resolver(body: str) -> _Resolver:
    doc = parse_article(Article("Test", "t", dt.date(2024, 6, 20), body))
    return _Resolver(doc, load_source_cues(None), load_gazetteer(None), [], load_roles(None), load_speaker_words(None))


BODY = ("Orla Brennick, a harbour engineer in Vostrand, said the quay would close.\n\n"
        "Brennick said the tides were rising.  The Vostrand Port Authority said nothing.")


def test_surnames_hold_the_family_name_of_a_full_name():
    assert "Brennick" in _resolver(BODY)._person_surnames()


def test_surnames_are_one_index_per_document():
    r = _resolver(BODY)
    first = r._person_surnames()
    # a live view of the memoised mapping, which every call returns: no set is copied per call
    assert type(first) is type({}.keys())
    assert r._surname_offsets() is r._surname_offsets()
    assert set(first) == set(r._person_surnames())


def test_surnames_leave_out_a_given_name_and_an_organisation():
    s = _resolver(BODY)._person_surnames()
    assert "Orla" not in s
    assert "Authority" not in s


def test_surnames_leave_out_a_lone_capitalised_word():
    s = _resolver("Kestrel said the quay would close.")._person_surnames()
    assert "Kestrel" not in s


# ------------------------------------------------------------------ police ranks are titles


@pytest.mark.parametrize("mention,name", [
    ("Detective Inspector Wren Halloway", "Wren Halloway"),
    ("Police Constable Aldo Ferrant", "Aldo Ferrant"),
    ("Chief Superintendent Mira Quell, who leads the inquiry", "Mira Quell"),
])
def test_a_police_rank_before_a_full_name_is_a_title(mention, name):
    body = f"Late on Tuesday {mention} told reporters outside the depot that the van had been stolen twice."
    sp, = _resolve(body, [("the van had been stolen twice", "told", mention)])
    assert sp.name == name


@pytest.mark.parametrize("body,mention,name", [
    # a rank word as a company's name: no person after it
    ("Inspector Holdings said in a filing that the van had been stolen twice.", "Inspector Holdings", "Inspector Holdings"),
    # a rank word as a lower-case description keeps no name
    ("A detective inspector said the van had been stolen twice.", "A detective inspector", None),
    # 'Constable' as a surname after a given name stays in the name
    ("Harriet Constable said the van had been stolen twice.", "Harriet Constable", "Harriet Constable"),
])
def test_a_police_rank_word_elsewhere_is_left(body, mention, name):
    sp, = _resolve(body, [("the van had been stolen twice", "said", mention)])
    if name is None:
        assert not sp.named
    else:
        assert sp.name == name
