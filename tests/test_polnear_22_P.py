"""Round 22 (helper P): recall of speech attributions on PolNeAR's train split, as general rules of reporting
grammar, on sentences written for these tests (names, places, outlets invented).  Each rule is checked in both
schemes (PolNeAR's and the seed conventions').

1. A sentence that opens with its speaker's own report and closes with a cue of the same speaker
   ('X said that ..., she said'): the closing cue does not take the whole sentence (speaker and verb of the
   opening report included) as its content; it takes the quotation that closes right before it when that
   quotation opens a unit of its own (after a colon or comma), else the clause after a last ', but' / ';',
   else nothing (one report, said twice)."""

from __future__ import annotations

import pytest

from analysis.extract.attribution import extract_attributions
from tests._attribution_helpers import doc


def _rows(body: str, scheme: str) -> list[tuple[str, str | None, str, str]]:
    """(cue, speaker mention, content, kind) of each attribution of ``body`` in ``scheme``."""
    return [(a.cue, a.speaker_mention, a.text, a.kind) for a in extract_attributions(doc(body), scheme=scheme)]


SCHEMES = ["polnear", "seeds"]


# ------------------------------------------------------------------ 1. opening report, closing cue
@pytest.mark.parametrize("scheme", SCHEMES)
def test_closing_cue_takes_the_quotation_after_a_colon(scheme):
    assert _rows("In her address, Moravec declared the goal for the decade: “Clean the river and then keep it "
                 "clean,” she said.", scheme) == [
        ("declared", "Moravec", "the goal for the decade", "indirect"),
        ("said", "she", "Clean the river and then keep it clean,", "partial")]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_closing_cue_takes_the_quotation_after_a_comma_and_the_opening_report_keeps_its_clause(scheme):
    rows = _rows("Moravec said the levy works but added, “We need two more years,” Moravec said.", scheme)
    assert rows[0] == ("said", "Moravec", "the levy works", "indirect")
    assert rows[-1] == ("said", "Moravec", "We need two more years,", "partial")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_closing_cue_takes_the_clause_after_but(scheme):
    assert _rows("Other growers said they back the levy, but they would not pay it this year, because prices had "
                 "fallen, they said.", scheme) == [
        ("said", "Other growers", "they back the levy", "indirect"),
        ("said", "they", "but they would not pay it this year, because prices had fallen", "indirect")]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_closing_cue_repeating_the_opening_report_adds_no_entry(scheme):
    assert _rows("Ines Moravec said the levy works, Moravec said.", scheme) == [
        ("said", "Ines Moravec", "the levy works", "indirect")]
    rows = _rows("Harbour official Ines Moravec said that the port will reopen soon so that shippers can see it has "
                 "\"a plan for every berth,\" she said.", scheme)
    assert [(cue, mention) for cue, mention, _, _ in rows] == [("said", "Harbour official Ines Moravec")]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_closing_cue_of_another_speaker_still_reports_the_whole_sentence(scheme):
    # a name that is not the opening speaker's: the later speaker reports the earlier one's words
    assert _rows("Moravec said the levy works, Tomas Brandt said.", scheme)[0] == (
        "said", "Tomas Brandt", "Moravec said the levy works", "indirect")
    # "he" does not stand for a body ("the port authority"), and a belief is no report of its own
    assert _rows("The port authority also believes the dredging could start in May, he said.", scheme)[0] == (
        "said", "he", "The port authority also believes the dredging could start in May", "indirect")
    # the same closing mark in acronyms does not make two speakers one
    rows = _rows("In Tallinn, spokesman Aarne Pold (AP) told reporters that the pact was final, the Baltic "
                 "Courier (BC) reported.", scheme)
    assert rows[0][:3] == ("reported", "the Baltic Courier (BC)",
                           "In Tallinn, spokesman Aarne Pold (AP) told reporters that the pact was final")


# ------------------------------------------------------------------ 2. a dateline after a headline line
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("body,cue,mention", [
    ("Lind meets survivors.\n\nSALEM, Ore. (Reuters) - Governor Eva Lind met survivors of a ferry fire and relatives "
     "of the 12 people killed on Friday and said the state must act to rebuild the dykes.",
     "said", "Governor Eva Lind"),
    ("Lind vows change.\n\nEUGENE, Ore. - Meeting hundreds of farmers who are struggling to get by, Eva Lind tried "
     "here last week to calm their fears and promised to rebuild the dykes.", "promised", "Eva Lind"),
    ("Lind on the judge.\n\nBy Tom Aske\n\nHALDEN — Sen. Eva Lind (R-Ore.) on Friday played down the mayor's attack "
     "on a judge — something that has split the party all week — and said it was a fair point.",
     "said", "Sen. Eva Lind"),
])
def test_dateline_of_the_lead_after_a_headline_is_no_speaker(scheme, body, cue, mention):
    rows = _rows(body, scheme)
    assert [(c, m) for c, m, _, _ in rows] == [(cue, mention)]


# ------------------------------------------------------------------ 3. a participle after a closing quotation
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("body,row", [
    ("Mayor Ana Ruiz has mounted a spirited defence of “Harbour values,” saying the town embodied the “grit of "
     "the coast.”", ("saying", "Mayor Ana Ruiz", "grit of the coast.", "partial")),
    ("The Coral Trust did not want to address “that man,” telling Radio Sul that the trust is focused on “ending "
     "the dumping.”", ("telling", "The Coral Trust", "ending the dumping.", "partial")),
])
def test_participle_after_a_quotation_has_the_main_subject_and_not_the_quotation(scheme, body, row):
    # the noun phrase after the participle is its clause's subject or its addressee, never an inverted speaker;
    # the quotation closing before it is the main clause's words
    assert _rows(body, scheme) == [row]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_participle_after_a_quotation_in_a_report_with_an_addressee(scheme):
    rows = _rows("Ruiz has hailed the vote as “wonderful,” telling reporters in Lisbon on Friday that she thinks the "
                 "result is “a great thing.”", scheme)
    assert rows[-1] == ("telling", "Ruiz", "a great thing.", "partial")
    # unchanged: an inverted past form after a quotation keeps its speaker after it
    assert _rows("“The plan will hold,” said Ana Ruiz, the mayor.", scheme)[0][:2] == ("said", "Ana Ruiz, the mayor")


# ------------------------------------------------------------------ 4. the subject of the clause a participle follows
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("body,mention", [
    # "tried to explain": the infinitive is no finite verb and "tried to" no reduced relative ("the aid sent to")
    ("At a town hall in Salem, Oregon, on Sunday, Governor Lind tried to explain her earlier remark, saying that "
     "the state should lead the effort.", "Governor Lind"),
    # a clause after ", but" has its own subject: the phrase does not run back over the conjunction
    ("It is a long shot, but Lind was in Bend on Tuesday, emphasizing the county's importance.", "Lind"),
])
def test_participle_speaker_is_the_subject_of_the_clause_it_follows(scheme, body, mention):
    assert [m for _, m, _, _ in _rows(body, scheme)] == [mention]


# ------------------------------------------------------------------ 5. a measured time before a fronted participle
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("body,row", [
    ("One month after announcing her support for the levy, Ana Lind still believes the plan is flawed.",
     ("announcing", "Ana Lind", "her support for the levy", "indirect")),
    ("Two days before saying she would run, Lind met donors.", ("saying", "Lind", "she would run", "indirect")),
])
def test_measured_time_before_a_fronted_participle_is_no_speaker(scheme, body, row):
    # "One month after announcing ..." is a fronted participle clause as "After announcing ..." is: the main
    # clause's subject speaks, and the participle's content ends at the clause's comma
    assert _rows(body, scheme)[0] == row
