"""Round 31 (helper P): PolNeAR attribution sources, sentences written for these tests."""

from __future__ import annotations

from tests._attribution_helpers import doc
from analysis.extract.attribution import extract_attributions


def _found(body: str, scheme: str = "seeds") -> dict[str, tuple[str | None, str]]:
    return {a.cue: (a.speaker_mention, a.text) for a in extract_attributions(doc(body), scheme=scheme)}


# ---- a subject, then an aside set off by commas or dashes, then the cue: the subject speaks, not the noun phrase
#      after the verb (no inverted frame), and a quotation ending the aside is none of the cue's words

def test_appositive_ending_in_a_quoted_title() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found('Pilot Anna Berg, host of the radio show "Harbour Talk," suggested the mayor\'s refusal '
                       'to resign could cost him the seat.', scheme)
        assert found["suggested"] == ("Pilot Anna Berg", "the mayor's refusal to resign could cost him the seat")
    found = _found('Ann Roe, host of "Harbour Talk," praised the levy.', "polnear")
    assert found["praised"] == ("Ann Roe", "the levy")


def test_participle_aside_with_a_quotation() -> None:
    found = _found('Mr. Moss, citing "the spirit of the port," said the ferry could reopen in May.')
    assert found["said"] == ("Mr. Moss", "the ferry could reopen in May")
    assert found["citing"] == ("Mr. Moss", "the spirit of the port,")


def test_participle_aside_before_a_clause_without_a_finite_verb_shape() -> None:
    # "the plan works": no verb shape the clause test knows, yet no inverted speaker after "said"
    found = _found("Ann Roe, citing a letter from the board, said the plan works.", "polnear")
    assert found["said"] == ("Ann Roe", "the plan works")


def test_relative_clause_aside_with_a_quotation() -> None:
    found = _found('Ann Roe, who runs the clinic on the "Harbour Road," said the plan works.', "polnear")
    assert found["said"] == ("Ann Roe", "the plan works")


def test_relative_clause_between_dashes() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("Tom Reyes — who is listed as a pilot in Oslo but rarely flies — told the Harbour Gazette "
                       "he will not appeal the ruling.", scheme)
        assert found["told"][0] == "Tom Reyes"
        assert found["told"][1].endswith("he will not appeal the ruling")
    found = _found("Reached by phone on Tuesday, Tom Reyes — who is listed as a pilot in Oslo — told the "
                   "Harbour Gazette he will not appeal.", "polnear")
    assert found["told"][0] == "Tom Reyes"
    assert _found("Ann Roe — who runs the clinic — said the plan works.")["said"] == ("Ann Roe", "the plan works")


def test_including_list_between_dashes() -> None:
    found = _found("Many speakers at the meeting — including fishermen, pilots, and clerks — said the closure "
                   "is painful.", "polnear")
    assert found["said"] == ("Many speakers at the meeting — including fishermen, pilots, and clerks",
                             "the closure is painful")


def test_inverted_frames_stay_inverted() -> None:
    # a quotation or clause before the cue with no subject-and-aside shape: the speaker follows the verb
    assert _found('The plan is "dead on arrival," said Ann Roe.')["said"][0] == "Ann Roe"
    assert _found('In Oslo, the plan is "dead," said Ann Roe.')["said"][0] == "Ann Roe"
    assert _found('Ann Roe, the pilot, called the plan "dead," said the mayor.')["said"][0] == "the mayor"
    found = _found('"The plan is fine," Ann Roe, host of "Harbour Talk," said.')
    assert found["said"] == ("Ann Roe", "The plan is fine,")
    # a clause before the aside (a finite verb in it) is an inverted frame's content
    found = _found("Exports fell, citing weak demand, said the ministry.")
    assert found["said"] == ("the ministry", "Exports fell, citing weak demand")


def test_scare_quoted_label_keeps_the_name() -> None:
    found = _found('Ann Roe, a "security expert," argued that the plan works.')
    assert found["argued"] == ("Ann Roe", "the plan works")
    found = _found('Ann Roe, a "security expert" of the old school, argued that the plan works.')
    assert found["argued"] == ("Ann Roe", "the plan works")
