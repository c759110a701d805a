"""Round 18 (S6): the article's surname index is built once per document and shared by every call.

:meth:`_NameRules._person_surnames` returned a new frozenset per call (round 17's review: the set was
rebuilt for every mention that asked); it now returns the keys view of the memoised
:meth:`_surname_offsets`, so membership is read from the one index.  Invented names and places."""
from __future__ import annotations

import datetime as dt

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
