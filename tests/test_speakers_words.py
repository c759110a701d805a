"""The speaker-resolution vocabulary is data (``lexicons/speaker_words.yaml``): every section has a
rationale, and an entry a user adds changes what a mention resolves to.  Articles and people are
written for the tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from analysis.corpus import Article
from analysis.evaluate.speakers import locate_gold
from analysis.extract.speakers import load_speaker_words, resolve_speakers
from analysis.text import parse_article

PACKAGED = Path(__file__).resolve().parents[1] / "analysis" / "lexicons" / "speaker_words.yaml"


def _one(body: str, text: str, cue: str, mention: str, **kw):
    doc = parse_article(Article("Test", "t", dt.date(2024, 6, 20), body))
    attrs = locate_gold(doc, [{"text": text, "cue": cue, "speaker_mention": mention, "kind": "indirect"}])
    assert attrs[0] is not None
    return resolve_speakers(doc, attrs, actors=[], **kw)[0]


def _with(tmp_path: Path, section: str, word: str, key: str = "words") -> Path:
    d = yaml.safe_load(PACKAGED.read_text(encoding="utf-8"))
    d[section][key].append(word)
    out = tmp_path / "speaker_words.yaml"
    out.write_text(yaml.safe_dump(d), encoding="utf-8")
    return out


def test_every_section_has_a_rationale_and_words():
    d = yaml.safe_load(PACKAGED.read_text(encoding="utf-8"))
    for name, section in d.items():
        assert str(section.get("rationale") or "").strip(), name
        assert any(isinstance(v, list) and v for v in section.values()), name
    w = load_speaker_words()
    assert "treaty" in w.document_heads and "office" in w.owner_bodies <= w.owner_nouns


def test_an_added_owner_noun_makes_a_persons_side(tmp_path):
    body = "Jane Roe, a senator, spoke on Monday. Roe's entourage said the plan was dead."
    args = ("the plan was dead", "said", "Roe's entourage")
    before = _one(body, *args)
    assert before.name == "Roe's entourage" and before.speaker_type == "unnamed"
    after = _one(body, *args, speaker_words=_with(tmp_path, "owner_nouns", "entourage"))
    assert (after.name, after.role) == ("Jane Roe's entourage", "entourage")
    assert after.speaker_type == "government"      # a senator's side


def test_an_added_document_head_names_the_main_document(tmp_path):
    body = ("The charter was signed on Monday. The charter binds both sides. Critics of the charter "
            "were quiet. The pact says the border stays open.")
    args = ("the border stays open", "says", "The pact")
    assert _one(body, *args).name == "the pact"
    # with 'charter' a document head, the most frequent head names the article's main document
    assert _one(body, *args, speaker_words=_with(tmp_path, "document_heads", "charter")).name == "the charter"


def test_an_added_not_name_word_keeps_a_run_from_being_a_person(tmp_path):
    body = "Upper Volta Institute, a think tank, was founded in 1990. Upper Volta said the plan was dead."
    args = ("the plan was dead", "said", "Upper Volta")
    before = _one(body, *args)
    assert (before.name, before.named) == ("Upper Volta", True)          # read as a person's name
    after = _one(body, *args, speaker_words=_with(tmp_path, "not_name_words", "upper"))
    assert (after.name, after.named, after.speaker_type) == ("Upper Volta", False, "unnamed")
