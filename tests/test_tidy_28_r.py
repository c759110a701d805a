"""Round 28 tidy (helper R): rules written twice are written once, with identical outputs on the sets.  Each test
asserts the values the shared piece gives and a sentence the rule serves, written for these tests (invented names
and places)."""

from __future__ import annotations

import pytest

from analysis.extract.attribution import content, extract_attributions
from analysis.extract.speakers import bodies
from analysis.extract.speakers.words import load_speaker_words
from tests._attribution_helpers import doc, resolved


def _cues(body: str, scheme: str = "seeds") -> list[tuple[str, str]]:
    """(cue, content) of each attribution of ``body`` in ``scheme``."""
    return [(a.cue, a.text) for a in extract_attributions(doc(body), scheme=scheme)]


# ----------------------------------------------------------------------------- 1. body nouns and their plurals

def test_body_nouns_hold_their_regular_plurals_and_no_other_added_letter() -> None:
    nouns = content._body_nouns()
    assert {"board", "boards", "committee", "committees", "authority", "authorities", "embassy", "embassies",
            "press", "presses", "watchdog", "watchdogs"} <= nouns
    assert not {"boardx", "embassys", "stated", "sided", "policed"} & nouns


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body, obj", [
    ("The deputy attacked the two harbour boards, saying they had ignored the trawlermen.", "the two harbour boards"),
    ("Ms. Varga attacked the river watchdogs, saying they had slept through the spill.", "the river watchdogs"),
    ("The senator attacked the inland embassies, saying their visa desks were shut.", "the inland embassies"),
])
def test_an_attack_on_plural_bodies_with_a_saying_participle_is_a_speech_act(body, obj, scheme) -> None:
    assert ("attacked", obj) in _cues(body, scheme)


def test_an_attack_on_plural_things_stays_literal() -> None:
    assert [c for c, _ in _cues("Raiders attacked the fuel barges near Orvik, saying the cargo was theirs.")] == \
        ["saying"]


# ----------------------------------------------------------------------------- 2. opposition parties' patterns

def test_opposition_definition_pattern_is_compiled_once_per_side_list() -> None:
    sides = load_speaker_words().opposition_sides
    rx = bodies._opposition_definition_re(sides)
    assert rx is bodies._opposition_definition_re(tuple(sides))
    hit = rx.search("Yesterday the official  opposition Green Dale Front (GDF) walked out.")
    assert (hit.group("name"), hit.group("short")) == ("Green Dale Front", "GDF")
    assert rx.search("the opposition Green Dale Front walked out") is None          # no initials defined
    assert bodies._opposition_definition_re(("opposition",)).search(
        "its opposition Green Dale Front (GDF)").group("name") == "Green Dale Front"
    assert bodies._opposition_definition_re(("opposition",)).search("the main opposition Green Dale Front (GDF)") is None


def test_party_head_before_of_and_a_second_party_after_and() -> None:
    assert bodies._OF_FOR_SPLIT_RE.split("Movement for Change of Orvik", maxsplit=1) == ["Movement", "Change of Orvik"]
    assert bodies._AND_SPLIT_RE.split("Dale Party and the Tarn Union", maxsplit=1) == ["Dale Party", "the Tarn Union"]


def test_an_official_opposition_party_and_its_initials_resolve_to_the_party() -> None:
    got = resolved("The principal opposition Kessel Farmers Union (KFU) said the levy was \"theft\". "
                   "The KFU later said the levy would ruin the farms.\n")
    assert [(n, t) for _, n, t in got] == [("Kessel Farmers Union", "other")] * 2
    got = resolved("The opposition Dale Party and the Tarn Union said the levy was \"theft\".\n")
    assert ("Dale Party", "other") not in [(n, t) for _, n, t in got]


# ----------------------------------------------------------------------------- 3. anaphors' place prepositions

def test_place_before_a_pronoun_after_each_locating_word() -> None:
    from analysis.extract.speakers.anaphors import _AnaphorRules
    text = ("Envoys met in Porth Vale, flew to Kessel, drove INTO Orvik, waited inside Selm, came from Dunmore, "
            "stayed at Tarn, kept visiting Brask and visited Lund; within Ost, begin Ferr.")
    assert [m.group("place") for m in _AnaphorRules._PLACE_RE.finditer(text)] == \
        ["Porth Vale", "Kessel", "Orvik", "Selm", "Dunmore", "Tarn", "Brask", "Lund"]


def test_appositive_name_after_a_role_and_its_complement() -> None:
    from analysis.extract.speakers.anaphors import _AnaphorRules
    rx = _AnaphorRules._APPOSITIVE_NAME_AFTER_RE
    for rest in (" to Arden", " of the Dale Bank", " in Kessel", " for Tarn Affairs", " at Orvik", ""):
        assert rx.match(f"{rest}, Mr Tom Vale, told the press").group("name") == "Mr Tom Vale"
    assert rx.match(" from Arden, Mr Tom Vale, told the press") is None
    assert rx.match(" into Arden, Mr Tom Vale, told the press") is None


def test_a_group_posted_at_a_place_is_the_later_they_as_when_it_speaks() -> None:
    # the place after the group takes the seat prepositions (reporting_verbs.SEAT_PREPS), as groups' seat pattern
    # does: "at" too, so a later "they" names the group as the group is named when it speaks itself
    from analysis.extract.speakers.anaphors import _AnaphorRules
    rx = _AnaphorRules._IN_PLACE_AFTER_RE
    assert [rx.match(s).group("place") for s in (" in Porth Vale said", " at Kessel met")] == ["Porth Vale", "Kessel"]
    assert rx.match(" from Kessel met") is None
    spoke = resolved('Danish diplomats at Lisbon said the ferry deal was "fair".')
    assert [(n, t) for _, n, t in spoke] == [("Danish diplomats at Lisbon", "government")]
    later = resolved('Danish diplomats at Lisbon met on Monday. They call the ferry deal privately "fair".')
    assert [(n, t) for _, n, t in later] == [("Danish diplomats at Lisbon", "government")]


# ----------------------------------------------------------------------------- 4. one reader of a lower-case word set

def test_lower_words_reads_a_sections_list_in_lower_case() -> None:
    from analysis.extract.speakers.lexicons import _lower_words, load_roles
    d = {"court_roles": {"roles": ["Judge", "prosecutor"], "objects": ["Verdict"]}, "academic_ranks": {"words": None}}
    assert _lower_words(d, "court_roles", "roles") == frozenset({"judge", "prosecutor"})
    assert _lower_words(d, "court_roles", "objects") == frozenset({"verdict"})
    assert _lower_words(d, "academic_ranks") == frozenset() == _lower_words(d, "missing")
    assert {"regulator", "watchdog"} <= load_roles().body_heads
    assert "opposition" in load_speaker_words().opposition_sides
