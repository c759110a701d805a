"""Round 26 (fixer F4, review RV2 items 3, 4, 5, 6, 11, 13): lower-case hospital and clinic officials keep
the office holders' type; a place after a private body's office holders does not change their type; the
full Commonwealth styles ('The Honourable', 'The Rt Hon.') type a member as 'Hon.' does; the lexicons'
rationales name words of their own key and the files that list them.  Every sentence is invented."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Iterator

import yaml

_LEX = Path(__file__).resolve().parents[1] / "analysis" / "lexicons"


def _resolved(body: str, outlet: str = "Test Wire") -> list[tuple[str, str]]:
    """(speaker name, speaker type) of every attribution of ``body``, in text order."""
    from analysis.corpus import Article
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from analysis.text import parse_article
    doc = parse_article(Article(outlet=outlet, title="A test", date=dt.date(2024, 6, 20), body=body))
    atts = extract_attributions(doc)
    return [(s.name, s.speaker_type) for s in resolve_speakers(doc, atts)]


# ---------------------------------------------------------------- item 4: often-public bodies

def test_hospital_officials_keep_the_office_holders_type() -> None:
    assert _resolved("Hospital officials said the new wing would open in May.\n") == \
        [("Hospital officials", "government")]


def test_clinic_officials_keep_the_office_holders_type() -> None:
    assert _resolved("Clinic officials said the vaccines had not arrived.\n") == [("Clinic officials", "government")]


def test_club_and_charity_officials_stay_private() -> None:
    assert _resolved("Club officials said the new stand would be ready by August.\n") == [("Club officials", "other")]
    assert _resolved("Charity officials said the donations had doubled.\n") == [("Charity officials", "other")]


# ---------------------------------------------------------------- item 3: a place after the noun

def test_sport_officials_in_an_unknown_town_stay_private() -> None:
    got = _resolved("Rugby officials in Marrowby said the final would be replayed.\n")
    assert got == [("Rugby officials in Marrowby", "other")]


def test_sport_officials_before_a_possessive_and_after_a_place_agree() -> None:
    before = _resolved("Marrowby's rugby authorities said the final would be replayed.\n")
    after = _resolved("Rugby authorities in Marrowby said the final would be replayed.\n")
    assert [t for _, t in before] == [t for _, t in after] == ["other"]


def test_officials_in_an_unknown_town_stay_government() -> None:
    assert [t for _, t in _resolved("Officials in Marrowby said the road would reopen.\n")] == ["government"]


# ---------------------------------------------------------------- item 13: the full styles

def test_the_honourable_types_a_member_as_hon_does() -> None:
    assert _resolved("The Honourable Lina Obuya said the budget \"cannot wait\".\n") == [("Lina Obuya", "government")]


def test_the_right_honourable_abbreviated_types_a_member() -> None:
    assert _resolved("The Rt Hon. Lina Obuya said the budget \"cannot wait\".\n") == [("Lina Obuya", "government")]


def test_hon_justice_stays_the_bench() -> None:
    assert [t for _, t in _resolved("Hon. Justice Lina Obuya said the appeal \"has no merit\".\n")] == ["other"]


# ---------------------------------------------------------------- items 5, 6: rationales

def _texts(o: Any) -> Iterator[str]:
    if isinstance(o, dict):
        for v in o.values():
            yield from _texts(v)
    elif isinstance(o, list):
        for v in o:
            yield from _texts(v)
    elif isinstance(o, str):
        yield o


def _entries(o: Any) -> Iterator[str]:
    """Every string of a lexicon save its rationales and sources (lower case)."""
    if isinstance(o, dict):
        for k, v in o.items():
            if not re.search(r"rationale|source", str(k)):
                yield from _entries(v)
    elif isinstance(o, list):
        for v in o:
            yield from _entries(v)
    elif isinstance(o, str):
        yield o.lower()


def test_a_round_tagged_word_of_a_rationale_is_in_its_own_key() -> None:
    """"'post' (round 26)" in a key's rationale: the word is that key's (review RV2 item 5)."""
    for name in ("speaker_words", "roles", "source_cues"):
        data = yaml.safe_load((_LEX / f"{name}.yaml").read_text(encoding="utf-8"))
        for key, section in data.items():
            if not isinstance(section, dict) or not isinstance(section.get("words"), list):
                continue
            words = {str(w).lower() for w in section["words"]}
            for w in re.findall(r"'([^']+)' \([Rr]ound \d+", str(section.get("rationale") or "")):
                assert w.lower() in words, (name, key, w)


def test_a_rationale_that_says_a_file_lists_a_word_is_right() -> None:
    """"source_cues.yaml lists 'whip'": that file holds the word (review RV2 item 6)."""
    for path in sorted(_LEX.glob("*.yaml")):
        for text in _texts(yaml.safe_load(path.read_text(encoding="utf-8"))):
            for m in re.finditer(r"(\w+)\.yaml lists '([^']+)'", text):
                other = yaml.safe_load((_LEX / f"{m.group(1)}.yaml").read_text(encoding="utf-8"))
                assert m.group(2).lower() in set(_entries(other)), (path.name, m.group(0))
