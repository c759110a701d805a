"""The general loaded-language lexicon (analysis/lexicons/loaded_general.yaml, tier general).

Checks the file as data (it loads, every entry cites a source of its own `sources:`, no form
repeats the curated list or its stated exclusions) and its matching on sentences written for
these tests: loaded uses are flagged, the guarded neutral senses are not.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.text import parse_article

LEXICONS = Path(__file__).resolve().parents[1] / "analysis" / "lexicons"
GENERAL = LEXICONS / "loaded_general.yaml"
CURATED = LEXICONS / "loaded_terms.yaml"
CATEGORIES = {"label", "derogatory", "descriptor", "intensifier", "emotive", "speech_verb", "dysphemism",
              "euphemism"}


def raw(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def forms(entry: dict) -> list[str]:
    return [entry["term"], *(entry.get("variants") or [])]


def norm(form: str) -> str:
    """A written form as the matcher compares it: case, spelling, a hyphen = its closed-up form."""
    return " ".join(w._key(part.replace("-", "")) for part in form.lower().split())


def terms(body: str, lexicon=GENERAL) -> list[tuple[str, str]]:
    doc = parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))
    lex = w.load_loaded_terms(lexicon) if isinstance(lexicon, Path) else lexicon
    return [(h.entry.term, h.matched_text) for h in w.find_terms(doc, lexicon=lex, paraphrase_spans=[],
                                                                  tiers=("general",))]


# ----------------------------------------------------------------------------- the file as data

def test_file_loads_and_every_entry_is_general_with_a_category_and_an_alternative():
    lex = w.load_loaded_terms(GENERAL)
    assert len(lex.entries) >= 250
    assert {e.tier for e in lex.entries} == {"general"}
    assert {e.category for e in lex.entries} <= CATEGORIES
    assert all(e.neutral_alternative for e in lex.entries)


def test_every_source_is_a_key_of_the_files_own_sources_with_a_reference():
    data = raw(GENERAL)
    sources = data["sources"]
    assert all(isinstance(v, str) and len(v) > 40 for v in sources.values())
    used = {e["source"] for e in data["entries"]}
    assert all(isinstance(e.get("source"), str) and e["source"] in sources for e in data["entries"])
    assert used == set(sources), "every listed source is used and every used one is listed"
    # the licence of each published lexicon is stated with it
    assert "GNU General Public License" in sources["mpqa"]
    assert "CC BY-SA" in sources["wiktionary"]


def test_guarded_entries_say_why():
    for e in raw(GENERAL)["entries"]:
        if any(k in e for k in ("require_before", "exclude_before", "exclude_after", "case_sensitive")):
            assert e.get("rationale"), e["term"]


def test_no_form_repeats_the_curated_list_or_another_entry():
    curated = {norm(f) for e in raw(CURATED)["entries"] for f in forms(e)}
    mine = [norm(f) for e in raw(GENERAL)["entries"] for f in forms(e)]
    assert not set(mine) & curated, sorted(set(mine) & curated)
    assert len(mine) == len(set(mine)), "a form is listed twice"


def test_stated_exclusions_stay_out():
    mine = {norm(f) for e in raw(GENERAL)["entries"] for f in forms(e)}
    for word in ("aggression", "nullification", "propaganda", "attack", "crisis", "critical", "strike", "radical",
                 "massacre", "atrocity", "genocide", "catastrophic", "devastating", "alarming", "decry",
                 "hardline", "historic", "landmark", "claimed", "insisted", "serious", "severe"):
        assert norm(word) not in mine, word


def test_packaged_lexicon_carries_the_general_tier():
    packaged = w.load_loaded_terms()
    general = {e.term for e in packaged.entries if e.tier == "general"}
    assert {"ridiculous", "hypocritical", "belittle", "chaos"} <= general
    assert "ridiculous" not in {e.term for e in packaged.entries if e.tier == "core"}


# ----------------------------------------------------------------------------- matching

def test_evaluative_words_and_boosters_are_flagged():
    assert terms("The senator called the plan absolutely ridiculous and his rival a hypocrite.") == [
        ("absolutely", "absolutely"), ("ridiculous", "ridiculous"), ("hypocritical", "hypocrite")]
    assert terms("Critics belittled the proposal as utter nonsense.") == [
        ("belittle", "belittled"), ("sheer", "utter"), ("nonsense", "nonsense")]
    assert terms("The border town descended into chaos and mayhem.") == [("chaos", "chaos"), ("bedlam", "mayhem")]


def test_neutral_news_wording_is_not_flagged():
    assert terms("The minister said the attack on the convoy caused a serious crisis.") == []
    assert terms("Officials were concerned about the severe weather and a critical shortage of fuel.") == []
    assert terms("Researchers studied radical reforms and the strike by nurses.") == []


def test_guarded_senses():
    # mob: a crowd of opponents, not organised crime
    assert terms("An angry mob stormed the hall.") == [("mob", "mob")]
    assert terms("The mob boss was jailed.") == []
    # incendiary: rhetoric, not the weapon
    assert terms("He gave an incendiary speech.") == [("incendiary", "incendiary")]
    assert terms("Police found an incendiary device.") == []
    # plague: figurative, not the disease
    assert terms("The party has been plagued by infighting.") == [("plague", "plagued")]
    assert terms("A case of bubonic plague was confirmed.") == []
    # elites: the populist label only
    assert terms("He blamed the elites for the vote.") == [("elites", "elites")]
    assert terms("Political elites met in Davos.") == []
    # invasion: only the immigration metaphors, never the military word
    assert terms("They warned of a migrant invasion.") == [("migrant invasion", "migrant invasion")]
    assert terms("The invasion of Ukraine began in 2022.") == []
