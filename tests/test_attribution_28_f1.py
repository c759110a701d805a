"""Round 28 (helper F1): mends of reviewer RV1's attribution findings; sentences written for these tests."""

from __future__ import annotations

from tests._attribution_helpers import doc
from analysis.extract.attribution import extract_attributions


def _speakers(body: str, scheme: str = "seeds") -> dict[str, str | None]:
    return {a.cue: a.speaker_mention for a in extract_attributions(doc(body), scheme=scheme)}


def _cues(body: str, scheme: str = "seeds") -> list[str]:
    return [a.cue for a in extract_attributions(doc(body), scheme=scheme)]


# ---- (1) a restrictive relative on the object does not take the main subject's second verb

def test_restrictive_relative_on_the_object_leaves_the_second_verb_to_the_subject() -> None:
    body = "The harbour chief thanked divers who searched the wreck overnight and said the port would reopen soon."
    for scheme in ("seeds", "polnear"):
        assert _speakers(body, scheme)["said"] == "The harbour chief"
    body = "Guards stopped three drivers who had ignored the barrier and said fines would follow next week."
    for scheme in ("seeds", "polnear"):
        assert _speakers(body, scheme)["said"] == "Guards"


def test_non_restrictive_relative_keeps_its_second_verb() -> None:
    body = "The plan has angered growers in the valley, who have blocked two roads and demanded a meeting with the minister."
    for scheme in ("seeds", "polnear"):
        assert _speakers(body, scheme)["demanded"] == "who"


# ---- (2) "X was the first <noun> to <verb>": the noun names an agent, not an occasion

def test_ordinal_with_an_occasion_noun_is_no_report() -> None:
    assert _cues("The hearing was the last chance to discuss the budget before the recess.") == []
    assert _cues("Monday is the first day to claim refunds at the counter.") == []
    assert _cues("It was the only way to condemn the raid without naming anyone.") == []


def test_ordinal_with_an_agent_noun_reports() -> None:
    assert _speakers("Chile was the first country to condemn the blockade of the port.")["condemn"] == "Chile"
    assert _speakers("Ms. Ito was the only senator to criticise the deal in public.")["criticise"] == "Ms. Ito"
    assert _speakers("Ms. Ito was the only player to deny the reports.")["deny"] == "Ms. Ito"
    assert _speakers("Ms. Ito was the last to deny the reports.")["deny"] == "Ms. Ito"


# ---- (11) one ordinal word set: "third", "next" take the copula's subject too

def test_any_ordinal_before_the_infinitive() -> None:
    assert _speakers("Peru was the third country to condemn the blockade of the port.")["condemn"] == "Peru"
    assert _speakers("Peru was the next country to condemn the blockade of the port.")["condemn"] == "Peru"


# ---- (12) the ordinal's subject inside a report is read from the sentence's own start (after a label)

def test_ordinal_act_in_a_report_after_a_line_label() -> None:
    found = [(a.cue, a.speaker_mention) for a in extract_attributions(
        doc("* CHILE: Chile was among the first states to condemn the blockade, the envoy recalled."), scheme="seeds")]
    assert found == [("recalled", "the envoy"), ("condemn", "Chile")]


# ---- (3) "qualify as" with no object is to become eligible or certified, no characterisation

def test_intransitive_qualify_as_is_no_cue() -> None:
    assert _cues("He qualified as an engineer in 2004 and moved to Porto.") == []
    assert _cues("The rowers qualified as fastest losers after the heat.") == []


def test_transitive_qualify_as_still_characterises() -> None:
    assert _speakers('The senator qualified the ruling as "a disgrace".')["qualified"] == "The senator"
    assert _speakers('The ruling, which the senator qualified as "a disgrace", stands.')["qualified"] == "the senator"


# ---- (4) "push for" advocates a measure; not a goal of motion or play

def test_push_for_a_place_or_a_score_is_no_cue() -> None:
    assert _cues("Passengers pushed for the doors as the train stopped.") == []
    assert _cues("Porto pushed for a winner in the last ten minutes.") == []


def test_push_for_a_measure_is_a_demand() -> None:
    assert _speakers("Nurses have pushed for safer staffing rules since the winter.")["pushed for"] == "Nurses"
    assert _speakers("The mayor is pushing for a ban on diesel buses.")["pushing for"] == "The mayor"


# ---- (5) the outlet's "we": only an interpretation ("read X as Y") is narration; a characterisation is a report

def test_editorial_we_describing_something_keeps_its_entry() -> None:
    assert _speakers("We described the levy as unfair in a column in March.")["described"] == "We"
    assert _speakers("We labelled the scheme as a gamble in our spring issue.")["labelled"] == "We"


def test_editorial_we_reading_or_seeing_something_is_narration() -> None:
    assert _cues("We read the move as a warning to the rebels.") == []
    assert _cues("We see the vote as a turning point.") == []


# ---- (15) the speaker rules' plural and agent-noun tests are public, read by the attribution rules

def test_speaker_word_rules_are_public() -> None:
    from analysis.extract.speakers.words import plural_noun
    from analysis.extract.speakers.person_types import agent_noun
    assert [plural_noun(w) for w in ("ministry", "coach", "mayor")] == ["ministries", "coaches", "mayors"]
    assert agent_noun("player") and not agent_noun("chapter")
