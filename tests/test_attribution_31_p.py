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


def test_name_and_appositive_before_a_dash_set_aside() -> None:
    found = _found("Neil Lund, director of Port Action — which was founded by Ann Roe and which has endorsed Lee — "
                   "said Lee has several options.", "polnear")
    assert found["said"] == ("Neil Lund, director of Port Action", "Lee has several options")
    found = _found("Neil Lund, director of Port Action — a group in Oslo — said Lee has several options.")
    assert found["said"] == ("Neil Lund, director of Port Action — a group in Oslo", "Lee has several options")
    found = _found("Ann Roe -- who has endorsed Lee -- said the plan was dead.")
    assert found["said"] == ("Ann Roe", "the plan was dead")


# ---- a report inside an aside set off by dashes: its content ends at the closing dash, and a quotation opening the
#      aside before its own cue is that cue's, not the words of the cue before the aside

def test_report_inside_a_dash_aside_ends_at_the_closing_dash() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("Port Action — which has endorsed Lee — said Lee has several options.", scheme)
        assert found["said"] == ("Port Action", "Lee has several options")
        assert found["endorsed"][1] == "Lee"
    found = _found("The mayor — who said last week that the plan was dead — told reporters the vote was rigged.",
                   "polnear")
    assert found["said"] == ("who", "the plan was dead")
    assert found["told"] == ("The mayor", "the vote was rigged")
    found = _found("The vote failed — Roe said the count was flawed — and Lee resigned.")
    assert found["said"] == ("Roe", "the count was flawed")


def test_quotation_in_a_dash_aside_belongs_to_its_own_cue() -> None:
    found = _found('Roe suggested that Lee\'s latest plan was unserious - "Again, we need to get into the details," '
                   'she said - and charged that Lee would hurt the port.', "polnear")
    assert found["suggested"] == ("Roe", "Lee's latest plan was unserious")
    assert found["said"] == ("she", "Again, we need to get into the details,")
    assert found["charged"] == ("she", "Lee would hurt the port")


def test_comment_clause_aside_does_not_end_the_content() -> None:
    # "— as Roe has said —" comments on the words around it: the content runs on past the aside
    found = _found('He assured the crowd that he has small hands - as Roe has said - and he can "guarantee" other '
                   'things are fine.', "polnear")
    assert found["assured"][1].startswith("he has small hands - as Roe has said - and he can")


def test_aside_without_a_report_read_as_before() -> None:
    # a report found only in the whole clause is kept as before (its content before the aside)
    found = _found("Rates stay low and let us invest in things we need - like, he says, roads and bridges - for less "
                   "than we would.", "polnear")
    assert found["says"][0] == "he"
    assert found["says"][1].startswith("Rates stay low")
