"""Wording as per-article maps and reduces: equal to the table functions, JSON-safe, reading the layer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import Article, load_corpus
from analysis.extract import annotate, annotation_key
from analysis.measures import wording as w
from analysis.text import parse_article, parse_corpus

FIXTURE = Path(__file__).resolve().parent / "data" / "fixture_corpus"

SENTENCES = [
    ("A", "The rogue regime lashed out at critics. A spokesman said the regime was a vassal state."),
    ("B", "The government of Kastovia said nothing. “These warmongers are a threat,” Mr Kim said."),
    ("A", "Kim Jong Un met Vladimir Putin. The government and the regime signed a pact."),
    ("C", "Nothing loaded here, and no actor either."),
]


def make_doc(body: str, outlet: str = "Wire", title: str = "t"):
    return parse_article(Article(outlet=outlet, title=title, date=dt.date(2024, 1, 1), body=body))


def plain(body: str, outlet: str = "Wire"):
    """A document annotated with an empty attribution layer: every unquoted word is narrator."""
    return with_paraphrase(make_doc(body, outlet), ())


def with_paraphrase(doc, spans):
    return dataclasses.replace(doc, attributions=(), speakers=(), paraphrase=tuple(spans),
                               annotation_key=annotation_key())


@pytest.fixture(scope="module")
def fixture_docs():
    """The fixture corpus, annotated once (as the pipeline does)."""
    return [annotate(d) for d in parse_corpus(load_corpus(FIXTURE))]


@pytest.fixture(scope="module")
def sentence_docs():
    """Bare parsed documents: the measures annotate them when they need the layer."""
    return [make_doc(body, outlet, title=f"t{i}") for i, (outlet, body) in enumerate(SENTENCES)]


def json_round_trip(value):
    return json.loads(json.dumps(value, allow_nan=True))


def same_frame(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert a.to_csv(index=False, lineterminator="\n") == b.to_csv(index=False, lineterminator="\n")


# ----------------------------------------------------------------------------- map/reduce == table

@pytest.mark.parametrize("which", ["fixture_docs", "sentence_docs"])
def test_terms_map_reduce_equals_table(which, request):
    docs = request.getfixturevalue(which)
    table = w.terms_table(docs)
    assert len(table) > 0
    rows = [json_round_trip(w.article_terms(d)) for d in docs]
    same_frame(w.terms_from_rows(r for per_article in rows for r in per_article), table)
    both = ("core", "borderline")
    same_frame(w.terms_from_rows(r for d in docs for r in w.article_terms(d, tiers=both)),
               w.terms_table(docs, tiers=both))


@pytest.mark.parametrize("which", ["fixture_docs", "sentence_docs"])
def test_naming_and_mentions_map_reduce_equal_tables(which, request):
    docs = request.getfixturevalue(which)
    naming = w.naming_table(docs)
    assert len(naming) > 0
    rows = [json_round_trip(w.article_naming(d)) for d in docs]
    same_frame(w.naming_from_rows(r for per_article in rows for r in per_article), naming)
    mentions = w.naming_mentions(docs)
    same_frame(w.mentions_from_rows(r for d in docs for r in json_round_trip(w.article_mentions(d))), mentions)
    assert mentions.groupby(["article_id", "actor", "label"]).size().sum() == naming["count"].sum()


@pytest.mark.parametrize("which", ["fixture_docs", "sentence_docs"])
@pytest.mark.parametrize("voices, min_loaded", [(None, 1), (("narrator",), 1), (("quoted", "paraphrase"), 0)])
def test_alternatives_map_reduce_equals_table(which, voices, min_loaded, request):
    docs = request.getfixturevalue(which)
    table = w.alternatives_table(docs, voices=voices, min_loaded=min_loaded)
    parts = [json_round_trip(w.article_alternatives(d)) for d in docs]
    same_frame(w.alternatives_from_rows(parts, voices=voices, min_loaded=min_loaded), table)


def test_alternatives_counts_by_voice_in_one_article():
    d = plain("The regime met the government. “The regime lies,” he said. The government of Iran.", "A")
    part = w.article_alternatives(d)
    assert part["outlet"] == "A" and part["article_id"] == d.id
    assert part["loaded"]["regime"] == {"narrator": 1, "quoted": 1}
    assert part["neutral"]["regime"] == {"narrator": 2}
    t = w.alternatives_from_rows([part], voices=("quoted",))
    row = t[t.term == "regime"].iloc[0]
    assert (row.loaded, row.neutral, row.loaded_share) == (1, 0, 1.0)


def test_alternatives_reduce_sums_articles_of_an_outlet_and_keeps_outlet_order():
    docs = [plain("The regime spoke.", "B"), plain("The government spoke.", "A"),
            plain("The regime and the government met.", "B")]
    t = w.alternatives_from_rows(w.article_alternatives(d) for d in docs)
    assert t["outlet"].drop_duplicates().tolist() == ["B", "A"]
    got = t[t.term == "regime"].set_index("outlet")[["loaded", "neutral"]].to_dict("index")
    assert got == {"B": {"loaded": 2, "neutral": 1}, "A": {"loaded": 0, "neutral": 1}}
    empty = w.alternatives_from_rows([])
    assert list(empty.columns) == w.ALTERNATIVE_COLUMNS and len(empty) == 0


def test_alternative_counts_merge_like_one_pass(fixture_docs, sentence_docs):
    docs = [*fixture_docs, *sentence_docs]
    first, second = w.AlternativeCounts(), w.AlternativeCounts()
    for i, d in enumerate(docs):
        (first if i % 2 == 0 else second).add(d.outlet, json_round_trip(w.article_alternatives(d)))
    first.merge(second)
    for voices in (None, ("narrator",)):
        merged = first.table(voices=voices)
        one_pass = w.alternatives_table(docs, voices=voices)
        # outlet order is first-added order, which differs when articles are split between workers
        key = ["outlet", "term"]
        same_frame(merged.sort_values(key).reset_index(drop=True), one_pass.sort_values(key).reset_index(drop=True))


def test_map_results_are_plain_json_values(fixture_docs):
    for d in fixture_docs:
        for part in (w.article_terms(d), w.article_naming(d), w.article_mentions(d), w.article_alternatives(d)):
            assert json_round_trip(part) == part
    row = w.article_terms(fixture_docs[0])[0]
    assert {type(v) for v in row.values()} <= {str, int}
    assert list(row) == w.TERM_COLUMNS


def test_empty_reduces_have_the_table_columns():
    assert list(w.terms_from_rows([]).columns) == w.TERM_COLUMNS
    assert list(w.naming_from_rows([]).columns) == w.NAMING_COLUMNS
    assert list(w.mentions_from_rows([]).columns) == w.MENTION_COLUMNS


# ----------------------------------------------------------------------------- the attribution layer

def test_custom_paraphrase_layer_gives_paraphrase_voice():
    body = "Officials met on Monday. The rogue state fired a missile. Kim Jong Un watched."
    d = make_doc(body)
    s = body.index("The rogue")
    e = body.index(" Kim Jong Un")
    inside = with_paraphrase(d, [(s, e)])
    assert [(r["term"], r["voice"]) for r in w.article_terms(inside)] == [("rogue state", "paraphrase")]
    assert [(r["term"], r["voice"]) for r in w.article_terms(with_paraphrase(d, []))] == \
        [("rogue state", "narrator")]
    t = w.terms_table([inside])
    assert t["voice"].tolist() == ["paraphrase"]
    # the mention after the span stays narrator; one inside a span becomes paraphrase
    kim = body.index("Kim Jong Un")
    mentions = w.article_mentions(with_paraphrase(d, [(kim, len(body) - 1)]))
    assert [(m["label"], m["voice"]) for m in mentions] == [("Kim Jong Un", "paraphrase")]
    assert [m["voice"] for m in w.article_mentions(inside)] == ["narrator"]
    part = w.article_alternatives(inside)
    assert part["loaded"] == {"rogue state": {"paraphrase": 1}}


def test_layer_is_read_whatever_lexicons_annotated_it():
    body = "The rogue state fired a missile."
    d = dataclasses.replace(make_doc(body), attributions=(), speakers=(), paraphrase=((0, len(body)),),
                            annotation_key="actors=my_actors.yaml|verbs=packaged|cues=packaged|gazetteer=packaged")
    assert [r["voice"] for r in w.article_terms(d)] == ["paraphrase"]


def test_attributions_option_still_overrides_the_layer():
    d = make_doc("Officials said the rogue state fired a missile.")
    spans_from_layer = w.terms_table([d])["voice"].tolist()
    assert spans_from_layer == ["paraphrase"]
    assert w.terms_table([d], attributions={d.id: []})["voice"].tolist() == ["narrator"]
    assert w.naming_mentions([d], attributions=[[]]).empty


# ----------------------------------------------------------------------------- caches

def test_matchers_are_compiled_once_per_lexicon(fixture_docs, tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("entries:\n  - {term: regime, category: label, neutral_alternative: [government], rationale: t}\n")
    w._compile.cache_clear()
    w._alternatives.cache_clear()
    for _ in range(2):
        w.terms_table(fixture_docs, lexicon=f)
        for d in fixture_docs:
            w.article_terms(d, lexicon=str(f))
            w.article_alternatives(d, lexicon=f)
    # one matcher for the loaded terms, one for their neutral alternatives
    assert w._compile.cache_info().misses == 2
    assert w._alternatives.cache_info().misses == 1
    assert w.terms_table(fixture_docs, lexicon=f)["term"].unique().tolist() == ["regime"]


# ----------------------------------------------------------------------------- KWIC from bodies

def test_kwic_from_bodies_equals_kwic_from_documents(fixture_docs):
    terms = w.terms_table(fixture_docs)
    bodies = {d.id: d.body for d in fixture_docs}
    same_frame(w.kwic_table(terms, bodies, width=30), w.kwic_table(terms, fixture_docs, width=30))
    mentions = w.naming_mentions(fixture_docs)
    same_frame(w.kwic_table(mentions, bodies), w.kwic_table(mentions, fixture_docs))
    articles = [d.article for d in fixture_docs]
    same_frame(w.kwic_table(terms, articles), w.kwic_table(terms, fixture_docs))


def test_kwic_from_bodies_segments_when_hits_lack_sentence_and_outlet():
    body = "First paragraph here.\n\nThe brazen move. It angered the reclusive state."
    hits = pd.DataFrame({"article_id": ["x", "x"], "start": [body.index("brazen"), body.index("reclusive")],
                         "end": [body.index(" move"), body.index(" state")]})
    k = w.kwic_table(hits, {"x": body}, width=12)
    assert k[["left", "match", "right"]].values.tolist() == [["The ", "brazen", " move. It an"],
                                                             ["angered the ", "reclusive", " state."]]
    assert k["sentence"].tolist() == ["The brazen move.", "It angered the reclusive state."]
    assert k["outlet"].tolist() == ["", ""]
    with pytest.raises(KeyError, match="'y'"):
        w.kwic_table(pd.DataFrame({"article_id": ["y"], "start": [0], "end": [1]}), {"x": body})


def test_loaded_share_is_nan_without_counts():
    t = w.alternatives_from_rows([w.article_alternatives(plain("Nothing here.", "A"))], min_loaded=0)
    assert len(t) > 0 and all(math.isnan(x) for x in t["loaded_share"])
