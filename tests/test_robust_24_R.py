"""Hostile and unusual article bodies through the whole per-article pipeline (round 24, helper R):
the values found on each, never a timing (benchmarks/adversarial.py measures the time)."""

from __future__ import annotations

import datetime as dt

from analysis.corpus.model import Article
from analysis.extract import annotate
from analysis.study.pipeline import Options, process_article
from analysis.text import parse_article


def _doc(body: str):
    return annotate(parse_article(Article(outlet="Quarry Ledger", title="Hostile", date=dt.date(2024, 3, 5),
                                          body=body)))


def _rows(body: str):
    d = _doc(body)
    return [(a.kind, body[a.cue_start:a.cue_end], sp.name, sp.speaker_type)
            for a, sp in zip(d.attributions, d.speakers)]


def test_a_sentence_of_hundreds_of_pronoun_clauses_finds_each_cue_and_the_named_antecedent():
    # one sentence, no full stop until the end: every "He" looked back through every earlier
    # phrase of the sentence (quadratic; 600 clauses took minutes); now the nearest 32 phrases
    n = 200
    body = "He said \u2014 " * n + "Tomas Vrba said \u2014 he said it."
    rows = _rows(body)
    # the first "He said" reports nothing (no content); each later cue reports the clauses before it
    assert len(rows) == n + 1
    assert all(r[:2] == ("indirect", "said") for r in rows)
    assert {r[2:] for r in rows[:n - 1]} == {("Unknown person", "unnamed")}
    assert rows[-2][2] == "Tomas Vrba" and rows[-1][2] == "Tomas Vrba"


def test_a_paragraph_of_hundreds_of_sentences_opening_with_he_keeps_every_cue_and_its_speaker():
    # each "He" asked the sentence before for its opener's antecedent, recursively: RecursionError
    # past ~500 sentences (caught per mention: the speaker was lost) and quadratic time before that
    n = 700
    body = "Lena Koval, a harbour pilot, said the tide was high. " + "He said it was late. " * n
    rows = _rows(body)
    assert len(rows) == n + 1
    assert rows[0] == ("indirect", "said", "Lena Koval", "other")
    assert all(r[:2] == ("indirect", "said") for r in rows[1:])
    assert rows[1][2] == "Lena Koval"
    assert {r[2] for r in rows[1:]} <= {"Lena Koval", "Unknown person"}


def test_a_half_megabyte_one_line_body_is_cleaned_whole_and_question_markers_still_cut_a_farm_block():
    # the content-farm marker '.*\?\s*›$' was searched: from every offset '.*' re-read the rest of the
    # line, so `framing check` on one 500 kB line ran for minutes; the marker is now '\?\s*›$'
    from analysis.corpus.cleaning import clean_body, load_cleaning_rules
    line = "Mira Dunne said the ferry was late again? Not quite, she added. " * 8000
    r = clean_body(line.strip())
    assert r.body == line.strip() and r.removed == ()
    farm = ("Harbour fees rose in May.\n\nWhen did the fees rise? ›\n\nIn May.\n\nWho sets them?  ›\n\nThe board.")
    r = clean_body(farm)
    assert r.body == "Harbour fees rose in May."
    assert {x.reason for x in r.removed} == {"content-farm block appended after the article"}
    assert any(p.search("Is the ferry late? ›") for p in load_cleaning_rules().content_farm)
