"""Round 18 (A5) attribution rules, each with invented sentences (invented names, places and wording), positive
and negative cases: relay frames whose subject carries a comma appositive or participle phrase, the relay entry's
content (the whole relayed clause), directives with a plural addressee and a to-infinitive, and a "to" that opens
no infinitive."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import summary


def _by_cue(body: str) -> dict[str, tuple[str | None, str, str]]:
    return {cue: (spk, text, kind) for cue, spk, text, kind in summary(body)}


# ------------------------------------------------------------------ 1. relays: the relayed clause and the partial
# SUMMARY §16: the relay entry's text is the span the relay cue covers (the whole relayed clause); the original
# speaker keeps the quoted fragment as a partial.

def test_relay_entry_covers_the_relayed_clause_active():
    rows = _by_cue('The Morwen Ledger quoted harbour master Ines Dalby as saying the new pier was '
                   '"a decade overdue" and would open in May.')
    assert rows["quoted"] == ("The Morwen Ledger", 'the new pier was "a decade overdue" and would open in May',
                              "indirect")
    assert rows["as saying"] == ("harbour master Ines Dalby", "a decade overdue", "partial")


def test_relay_entry_covers_the_relayed_clause_passive_with_appositive_subject():
    rows = _by_cue('Tomas Krell, the archive\'s chief restorer, was quoted by a regional broadcaster as saying '
                   'that the frescoes had been "patched with cement" in the 1970s.')
    assert rows["was quoted by"] == ("a regional broadcaster",
                                     'the frescoes had been "patched with cement" in the 1970s', "indirect")
    assert rows["as saying"] == ("Tomas Krell, the archive's chief restorer", "patched with cement", "partial")


def test_relay_subject_with_participle_phrase_keeps_the_phrase_out_of_the_mention():
    rows = _by_cue('A logbook page, produced in evidence on Monday, quoted the skipper as saying the nets had '
                   '"simply vanished" overnight.')
    assert rows["quoted"] == ("A logbook page", 'the nets had "simply vanished" overnight', "indirect")
    assert rows["as saying"] == ("the skipper", "simply vanished", "partial")


def test_relay_with_a_whole_quotation_keeps_the_quotation():
    rows = _by_cue('The Varn Gazette quoted the ferry operator as saying: "We cannot sail in this wind."')
    assert rows["quoted"][1] == "We cannot sail in this wind."
    assert rows["as saying"][2] == "direct"


@pytest.mark.parametrize("body", [
    # an opener before the subject is no part of it
    'On Friday, the ferry operator was quoted by a local weekly as saying the timetable "cannot hold".',
    # a place and a relative clause before the subject
    'In Brannock, where the mill shut, a carder was quoted by the Post as saying the jobs were "gone".',
])
def test_relay_speaker_after_an_opener(body):
    rows = _by_cue(body)
    assert rows["as saying"][0] in {"the ferry operator", "a carder"}


@pytest.mark.parametrize("body", [
    # a participle set off by commas with no "by" and no "as" right after is no relay of the noun before it
    "The harbour board, shown the figures, quoted no date for the works.",
    # a list of noun phrases with no relay verb
    "Tomas Krell, the restorer, said nothing about the frescoes.",
])
def test_no_relay_entry_without_a_relay_frame(body):
    assert not any(cue in {"quoted", "was quoted by"} and "as saying" for cue, *_ in summary(body))
    assert all(cue != "as saying" for cue, *_ in summary(body))
