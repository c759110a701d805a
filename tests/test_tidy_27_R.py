"""Round 27 tidy (helper R): rules that were written twice are written once; each test asserts the values the
shared piece gives (its word list, what its pattern matches) and a sentence the rule serves, written for these
tests (invented names and places)."""

from __future__ import annotations

from analysis.extract.reporting_verbs import LOCATING_PREPS, PLACE_PREPS, SEAT_PREPS
from analysis.extract.speakers import descriptions, groups, names, registry

from tests._attribution_helpers import resolved


# ----------------------------------------------------------------------------- place prepositions: one list

def test_locating_and_seat_prepositions() -> None:
    assert LOCATING_PREPS == {"in", "at", "from"}
    assert SEAT_PREPS == {"in", "at"}


def test_each_place_pattern_keeps_its_own_named_list() -> None:
    assert descriptions._PLACE_PREPS == {"in", "at", "from"}
    assert descriptions._PLACING_PREPS == {"in", "at", "from", "near"}
    assert registry._SURNAME_PLACE_PREPS == PLACE_PREPS | {"in"}
    assert "at" not in registry._SURNAME_PLACE_PREPS and "from" not in registry._SURNAME_PLACE_PREPS
    assert names._POSTED_IN_WORDS == {"in", "at"}


def test_word_after_a_placing_preposition() -> None:
    found = [m.group("word") for m in descriptions._AFTER_PLACE_PREP_WORD_RE.finditer(
        "a farmer near Selm met a trader from Dunmore behind Kessel and a nurse at Orvik in spring")]
    assert found == ["Selm", "Dunmore", "Orvik", "spring"]


def test_place_preposition_before_a_lone_surname() -> None:
    rx = registry._AFTER_PLACE_PREP_RE
    assert rx.search("Speaking to reporters inside ") is not None
    assert rx.search("Speaking to reporters in ") is not None
    assert rx.search("Speaking to reporters at ") is None
    assert rx.search("a delegate from ") is None
    assert rx.search("Speaking to the begin ") is None          # "in" as the end of a word


def test_seat_after_a_body_name_and_posting() -> None:
    assert groups._GroupRules._SEAT_AFTER_RE.sub("", "the Dalish Embassy in Kessel") == "the Dalish Embassy"
    assert groups._GroupRules._SEAT_AFTER_RE.sub("", "the Dalish Institute at Orvik") == "the Dalish Institute"
    assert groups._GroupRules._SEAT_AFTER_RE.sub("", "the Dalish traders from Orvik") == "the Dalish traders from Orvik"
    rx = names._NameRules._POSTED_TO_RE
    assert [rx.search(s).group(1) for s in ("the envoy to", "the consul in", "a nurse at")] == \
        ["envoy", "consul", "nurse"]
    assert rx.search("a trader from") is None


def test_body_anaphor_skips_the_seat() -> None:
    got = resolved('The Dalish Embassy in Kessel said the visas were ready.\n\n'
                   'The embassy said the office would open on Monday.')
    assert [(name, kind) for _, name, kind in got] == [("Dalish Embassy in Kessel", "government")] * 2


def test_consul_posted_in_a_town_then_named() -> None:
    got = resolved("The consul in Velmar, Oskar Brandt, said the ferry would sail.")
    assert [name for _, name, _ in got] == ["Oskar Brandt"]


# ----------------------------------------------------------------------------- lone surnames: one search

def test_fronted_place_is_no_surname() -> None:
    got = resolved("Speaking in Kessel, the treasurer of the club said the fees would rise.")
    assert [(name, kind) for _, name, kind in got] == [("Club treasurer", "unnamed")]


def test_surname_after_in_keeps_its_appositive_when_no_place() -> None:
    got = resolved('Ana Morel leads the treasury in Dalia.\n\n'
                   'Investors have lost faith in Morel, the finance minister. "We will recover," the minister said.')
    assert [(name, kind) for _, name, kind in got] == [("Ana Morel", "government")]


# ----------------------------------------------------------------------------- a role's plural

def test_source_word_plurals() -> None:
    from analysis.extract.attribution.cues import is_source_word
    assert [w for w in ("ministries", "secretaries", "spokesmen", "envoys", "mayors", "ministry")
            if is_source_word(w)] == ["ministries", "secretaries", "spokesmen", "envoys", "mayors", "ministry"]
    assert [w for w in ("ministrie", "secretarie", "aided", "spokesme") if is_source_word(w)] == []


def test_plural_role_object_is_addressed_like_its_singular() -> None:
    from tests._attribution_helpers import summary
    got = summary("Rioters attacked the secretaries, saying the budget was unfair.")
    assert [(cue, content) for cue, _, content, _ in got] == \
        [("attacked", "the secretaries"), ("saying", "the budget was unfair")]
    # a question put to people with only its topic is no entry (as "questioned the secretary about ...")
    assert summary("Reporters questioned the secretaries about the loans.") == []
    assert summary("Reporters questioned the spokesmen about the loans.") == []



# ----------------------------------------------------------------------------- an expectation's object: one test

def _polnear_cues(body: str) -> list[str]:
    from analysis.extract.attribution import extract_attributions
    from tests._attribution_helpers import doc
    return [a.cue for a in extract_attributions(doc(body), scheme="polnear")]


def test_expected_act_reads_an_object_opening_with_any_word() -> None:
    # PolNeAR's scheme: an expectation of others' acts is no speech act, whatever word opens the object
    assert _polnear_cues("Analysts in Velmar expect higher rates to undermine growth.") == []
    assert _polnear_cues("Marta Lind expects the ferry operators to raise fares.") == []
    # a clause after the object keeps its entry ("will approve": a verb of its own)
    assert _polnear_cues("Marta Lind expects the council will approve the plan to build a pier.") == ["expects"]


def test_expected_act_inside_another_report_is_that_report_s() -> None:
    from tests._attribution_helpers import summary
    got = summary("Dalia expects all states to observe their obligations, the Velmar ministry said.")
    assert [(cue, content) for cue, _, content, _ in got] == \
        [("said", "Dalia expects all states to observe their obligations")]


def test_expectation_object_window() -> None:
    from analysis.extract.attribution import content, resolve
    assert content._EXPECTED_OBJECT == 8 and resolve._EXPECTED_ACT_OBJECT == 6
