"""The name-order option reaches the user's entry point (annotate) and is part of the annotation key,
and the name dictionary is part of the cache fingerprint (round 12)."""
import datetime as dt

import pytest

from analysis.corpus.model import Article
from analysis.extract import annotate, annotated, annotation_key
from analysis.text import parse_article

pytest.importorskip("gender_guesser", reason="the optional extra 'names' is not installed")

BODY = ("SAPPORO -- Fisheries Minister Tanaka Hiroshi said on Monday that the quota talks would resume. "
        "Tanaka said the fleet would wait in port.")


def _doc():
    return parse_article(Article(outlet="Hokkaido Evening Wire", title="Quota talks", date=dt.date(2025, 3, 3), body=BODY))


def test_default_puts_a_family_first_name_given_name_first_and_keeps_the_mention():
    doc = annotate(_doc())
    assert [(s.name, s.mention) for s in doc.speakers][:1] == [("Hiroshi Tanaka", "Fisheries Minister Tanaka Hiroshi")]


def test_as_written_keeps_the_article_order_and_marks_the_key():
    doc = annotate(_doc(), name_order="as_written")
    assert {s.name for s in doc.speakers} == {"Tanaka Hiroshi"}
    assert doc.annotation_key.endswith("|name_order=as_written")
    assert annotated(doc, name_order="as_written") is doc          # same options: not annotated again
    again = annotated(doc, name_order="given_first")
    assert {s.name for s in again.speakers} == {"Hiroshi Tanaka"}


def test_key_unchanged_for_the_default_and_bad_value_refused():
    assert "name_order" not in annotation_key()
    with pytest.raises(ValueError, match="name_order"):
        annotate(_doc(), name_order="surname_first")


def test_cache_fingerprint_depends_on_the_name_dictionary():
    from analysis.study import pipeline
    assert pipeline._name_dictionary_bytes() != b"none"
    assert b"Hiroshi" in pipeline._name_dictionary_bytes()
