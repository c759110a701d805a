"""Round 24 (helper Q2): attributions of the kinds the twenty-third invented set showed, as general rules, on
sentences written here (new names, places and outlets): 'accept' as a concession verb only with a that-clause."""

from __future__ import annotations

from tests._attribution_helpers import summary


def _cues(body: str) -> list[str]:
    return [s[0] for s in summary(body)]


# ---------------------------------------------------------------- accept that ...: a concession
def test_accept_that_is_a_concession():
    assert summary('The mayor of Tarvik accepted that the ferry plan had failed.') == [
        ("accepted", "The mayor of Tarvik", "the ferry plan had failed", "indirect")]


def test_did_accept_that_is_a_concession():
    assert summary('She did accept that calling the bridge ugly was an opinion.') == [
        ("accept", "She", "calling the bridge ugly was an opinion", "indirect")]


def test_accept_with_an_object_is_no_report():
    assert summary('The mayor of Tarvik accepted the offer from the ferry company.') == []
    assert _cues('Councillor Ilse Moravec accepted the award and said the town had earned it.') == ["said"]


# ---------------------------------------------------------------- a place in -an after a plural head
def test_plural_head_before_a_place_in_an_governs_see_as():
    assert [(c, t, k) for c, _, t, k in summary('Analysts in Tehran see the pact as further proof of drift.')] == [
        ("see", "the pact as further proof of drift", "indirect")]


def test_nationality_adjective_before_a_base_form_is_still_no_subject():
    assert summary('The talks with Japanese see little progress.') == []


# ---------------------------------------------------------------- a characterisation inside an answer turn
_TRANSCRIPT = ('ALVES: Marta, you lived in Quito. Are we worried?\n\nPRADO: A little. I recall a long dinner.\n\n'
               'ALVES: A question from the audience: Does Brazil approve?\n\nPRADO: Lima has said very little. '
               'The Brazilian foreign ministry described the treaty as a bilateral matter between two sovereign '
               'states. {own}')


def test_another_speakers_characterisation_in_an_answer_turn_is_an_entry():
    assert [(c, t, k) for c, _, t, k in summary(_TRANSCRIPT.format(own=''))] == [
        ("described", "the treaty as a bilateral matter between two sovereign states", "indirect")]


def test_the_interviewees_own_characterisation_is_no_entry():
    assert [c for c, *_ in summary(_TRANSCRIPT.format(own='I described it as a mistake.'))] == ["described"]


# ---------------------------------------------------------------- called X, <participle aside>, "..."
def test_called_object_with_participle_aside_then_quotation():
    assert summary('Adviser Lee Min-su called the accord, signed in Lima on Monday by President Ana Ruiz, '
                   '"a direct threat to our ports".') == [
        ("called", "Adviser Lee Min-su", "a direct threat to our ports", "partial")]


def test_called_object_with_participle_aside_and_no_quotation_is_no_report():
    assert _cues('Adviser Lee Min-su called the accord, signed in Lima on Monday, and said it was "a direct '
                 'threat".') == ["said"]


# ---------------------------------------------------------------- a weak cue after a semicolon: its own clause
def test_weak_cue_after_a_semicolon_is_its_own_report():
    assert [(c, t) for c, _, t, _ in summary('Some thought the council had been too lenient; rather more thought the '
                                             'council had dropped its neutral tone.')] == [
        ("thought", "the council had been too lenient"), ("thought", "the council had dropped its neutral tone")]


def test_nobody_believes_that_after_a_semicolon_is_no_report():
    assert _cues('The cabinet insists the levy is temporary; in Tarvik, nobody believes that.') == ["insists"]
