"""Round 30 (helper P): PolNeAR attributions not found at all (cues.py, resolve.py), sentences written for these
tests."""

from __future__ import annotations

from tests._attribution_helpers import doc
from analysis.extract.attribution import extract_attributions


def _found(body: str, scheme: str = "seeds") -> dict[str, tuple[str | None, str]]:
    return {a.cue: (a.speaker_mention, a.text) for a in extract_attributions(doc(body), scheme=scheme)}


# ---- "went on <medium> to <verb>", "took to <medium> <time> to <verb>": a medium named by a news-medium noun, a
#      time phrase or adverb before "to"

def test_medium_noun_before_the_infinitive() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("The harbour master went on local radio to say the quay would close.", scheme)
        assert found["went on local radio to say"] == ("The harbour master", "the quay would close")
    found = _found("Ms. Berg went on television to warn that the levees were failing.")
    assert found["went on television to warn"] == ("Ms. Berg", "the levees were failing")


def test_time_phrase_between_the_medium_and_the_infinitive() -> None:
    found = _found("The governor took to Facebook overnight to accuse the ferry company of lying.", "polnear")
    assert found["took to Facebook overnight to accuse"] == ("The governor", "lying")
    found = _found("The senator took to Twitter early Friday morning to say the count was flawed.")
    assert found["took to Twitter early Friday morning to say"] == ("The senator", "the count was flawed")
    found = _found("Ms. Holm went on NPR on Monday to argue that the tariff would hurt farmers.")
    assert found["went on NPR on Monday to argue"] == ("Ms. Holm", "the tariff would hurt farmers")


def test_no_medium_no_entailed_report() -> None:
    # a trip or a strike is no medium: the purpose infinitive reports nothing said
    assert not any("say" in cue for cue in _found("He went on a long trip to say goodbye to his cousins."))
    assert not any("went" in cue for cue in _found("The dockers went on strike overnight to protest the cuts."))


def test_overnight_is_a_time_adverb() -> None:
    found = _found("Overnight the mayor said the roads would close.")
    assert found["said"] == ("the mayor", "the roads would close")
    found = _found("Prices rose overnight, the treasurer said.")
    assert found["said"] == ("the treasurer", "Prices rose overnight")


# ---- a passive naming or characterising verb with its complement before the agent

def test_called_a_label_by_an_agent() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("The new bridge was called an eyesore by several architects.", scheme)
        assert found["called"] == ("several architects", "The new bridge")


def test_described_as_by_an_agent() -> None:
    found = _found("The ferry was described as unsafe by two inspectors.")
    assert found["described"] == ("two inspectors", "The ferry")


def test_subject_with_an_appositive_and_a_reason_after_the_agent() -> None:
    found = _found("Lena Holt, a harbour pilot and radio host, has been called a fraud by rival pilots for "
                   "selling charts.", "polnear")
    assert found["called"][0] == "rival pilots"
    found = _found("Lena Holt — a harbour pilot and radio host — has been called a fraud by rival pilots.")
    assert found["called"] == ("rival pilots", "Lena Holt — a harbour pilot and radio host")


def test_no_agent_after_the_complement() -> None:
    # "by which": a relative clause, no agent; "was called" with no "by" names the subject (no report)
    assert "called" not in _found("The tower was called a beacon by which the sailors steered.")
    assert "called" not in _found("The tower was called the Old Beacon until 1950.")
    # a preposition inside the would-be complement ends it: "by" there is no agent of the naming
    assert "called" not in _found("The tower was called to the attention of the board by a clerk.")


def test_agent_after_the_complement_is_no_agentless_entry() -> None:
    # round 14 kept "Ferries were described as unsafe by inspectors." out as an agentless passive; with the agent
    # read after the complement it is the inspectors' entry, in both schemes, never an agentless one
    for scheme in ("seeds", "polnear"):
        rows = [(a.cue, a.speaker_mention, a.text, a.agentless)
                for a in extract_attributions(doc("Ferries were described as unsafe by inspectors."), scheme=scheme)]
        assert rows == [("described", "inspectors", "Ferries", False)]


# ---- "When asked by X (time) about/whether ...": the asker named in the by-phrase, a gap before the question
#      after a subordinator as after a sentence-initial "Asked"

def test_when_asked_by_an_agent_about_a_topic() -> None:
    found = _found("When asked by a dock worker about the closure, Ms. Dahl said the port was safe.", "polnear")
    assert found["asked"] == ("a dock worker", "the closure")
    assert found["said"] == ("Ms. Dahl", "the port was safe")
    found = _found("When asked by Ms. Varga on Friday about the levy, the mayor said she would cut it.", "polnear")
    assert found["asked"] == ("Ms. Varga", "the levy")   # a title's abbreviation dot inside the gap


def test_sentence_initial_asked_by_an_agent_names_the_asker() -> None:
    body = "Asked by a radio host whether he would run again, the mayor said he had not decided."
    assert _found(body, "polnear")["Asked"] == ("a radio host", "whether he would run again")
    assert "Asked" not in _found(body)    # the seed scheme: a question claims nothing
    found = _found("Asked by reporters about the ferry timetable, the mayor said it would change.", "polnear")
    assert found["Asked"] == ("reporters", "the ferry timetable")


def test_when_asked_with_a_place_before_the_topic_stays_agentless() -> None:
    rows = {a.cue: (a.speaker_mention, a.text, a.agentless) for a in
            extract_attributions(doc("When asked at the harbour meeting about the merger, she defended the plan."),
                                 scheme="polnear")}
    assert rows["asked"] == (None, "the merger", True)
    # the seed scheme keeps a question with only its topic out
    assert "asked" not in _found("When asked at the harbour meeting about the merger, she defended the plan.")


# ---- PolNeAR's univocal scheme keeps a report in a non-restrictive relative clause inside another's content

def test_report_in_a_relative_aside_inside_an_object_is_kept() -> None:
    found = _found("The guild endorsed the harbour master, who says he is honored.", "polnear")
    assert found["endorsed"][0] == "The guild"
    assert found["says"] == ("who", "he is honored")
    found = _found("Neither union echoed the tone of Ms. Berg, who has called the tariff a scam.", "polnear")
    assert found["called"][0] == "who"


def test_report_in_a_restrictive_clause_inside_a_content_stays_nested() -> None:
    # no comma before "who": part of the reported clause, one relation (the outer) in PolNeAR's scheme
    found = _found("The mayor said the clerks who say the ledger is lost are wrong.", "polnear")
    assert set(found) == {"said"}


def test_a_naming_that_did_not_take_place_has_no_agent_entry() -> None:
    found = _found("The club has managed for years to avoid being denounced as such by the press, which praised it.")
    assert "denounced" not in found
    assert "called" not in _found("The plan will be called a disaster by critics.")
