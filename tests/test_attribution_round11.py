"""Round 11 (W3), attribution on unseen house styles: general frames read from the seventh set's errors, each
tested with invented sentences (positive and negative cases): a footnote marker glued to a sentence's end or a
quotation is no word of the sentence; a parenthetical tag's reported predicate may open with a present -s verb."""

from __future__ import annotations

import pytest

from analysis.extract.attribution.phrases import _gap_predicate
from analysis.extract.attribution.tokens import _Tok
from tests._attribution_helpers import atts, summary


# ------------------------------------------------------------------ 1. footnote markers ('...rise.[6]', '"x"[2]')

def test_a_footnote_marker_before_a_subject_does_not_hide_the_report():
    body = ('Mirela Vost has argued that the levy "changes little" for growers.[2] The harbour guild, '
            'for its part, stated on 3 May that fees would double.[3]')
    assert summary(body) == [
        ("argued", "Mirela Vost", "changes little", "partial"),
        ("stated", "The harbour guild", "fees would double", "indirect"),
    ]


def test_a_footnote_marker_before_a_participle_report():
    body = ('The envoy told the forum that talks were over.[7] Dalmar went further, labelling the accord a '
            '"pact" outright, a word Tessin never uses.[8]')
    assert ("labelling", "Dalmar", "pact", "partial") in summary(body)


def test_a_bracket_after_a_space_is_not_a_footnote():
    # "[2]" after a space is kept as written (a list label, not a glued reference)
    assert summary("The panel [2] of judges said on 3 May that fees would double.") == [
        ("said", "The panel [2] of judges", "fees would double", "indirect")]


# ------------------------------------------------------------------ 2. parenthetical tag before an -s predicate

@pytest.mark.parametrize("body, after", [
    ("The new charter, she pointed out, limits every levy to the winter months.", "limits every levy to the winter months"),
    ("That clause, he noted, binds the two ports to a common tariff.", "binds the two ports to a common tariff"),
    ("Clause 9, the mayor observed, links any rebate to local hiring.", "links any rebate to local hiring"),
])
def test_a_parenthetical_tag_reports_the_predicate_after_it(body, after):
    (a,) = atts(body)
    assert [body[s:e] for s, e in a.parts][1:] == [after]


def _toks(words: str) -> list[_Tok]:
    out, at = [], 0
    for w in words.split():
        out.append(_Tok(at, at + len(w), w, w.lower(), False))
        at += len(w) + 1
    return out


@pytest.mark.parametrize("words, expected", [
    ("limits every levy to the winter months", True),
    ("binds the two ports", True),
    ("ties between the ports", False),     # a plural noun before a preposition
    ("ports like Varna", False),           # no determiner after the -s word
    ("glass the town", False),             # -ss
    ("news the town", False),
])
def test_gap_predicate_shape(words, expected):
    toks = _toks(words)
    assert _gap_predicate(toks, 0, len(toks)) is expected


# ------------------------------------------------------------------ 3. habitual "used to say"

@pytest.mark.parametrize("body, expected", [
    ("My uncle used to say that the ferry crews were decent folk.",
     [("used to say", "My uncle", "the ferry crews were decent folk", "indirect")]),
    ("Our old teacher used to tell us that maps can lie.",
     [("used to tell", "Our old teacher", "maps can lie", "indirect")]),
])
def test_a_past_habit_of_saying_is_a_report(body, expected):
    assert summary(body) == expected


@pytest.mark.parametrize("body", [
    "The slogan was used to say that the strike was over.",     # a passive: an instrument, nobody speaks
    "Nobody ever got used to saying that the strike was over.",  # "get used to": accustomed
    "The old foreman never used to claim that the mill was safe.",  # negated
])
def test_used_to_without_a_habit_of_saying_is_no_report(body):
    assert summary(body) == []


# ------------------------------------------------------------------ 4. a date in parentheses after the subject

@pytest.mark.parametrize("body, expected", [
    ("The leader (March 4) says Tarvik should drop the tariff.",
     [("says", "The leader", "Tarvik should drop the tariff", "indirect")]),   # the date: no part (review R5 #1)
    ('Your review (October 12) argues that the bridge is "a folly."',
     [("argues", "Your review", "a folly.", "partial")]),
])
def test_a_parenthetical_date_after_the_subject(body, expected):
    assert summary(body) == expected


def test_a_parenthesis_without_a_date_after_a_common_noun_stays_unread():
    assert summary("The leader (page two) says Tarvik should drop the tariff.") == []


# ------------------------------------------------------------------ 5. "is quoted in <medium> as saying"

@pytest.mark.parametrize("body, cue, medium, speaker", [
    ('Prof. Ines Marl of Dunmore College is quoted in your paper as saying the levy is "a windfall."',
     "is quoted in", "your paper", "Prof. Ines Marl of Dunmore College"),
    ("The harbour master was quoted in the Kessel Courier as saying that the quay would close.",
     "was quoted in", "the Kessel Courier", "The harbour master"),
])
def test_quoted_in_a_medium_is_a_relay(body, cue, medium, speaker):
    assert [(a.cue, a.speaker_mention, a.relay) for a in atts(body)] == [
        (cue, medium, True), ("as saying", speaker, False)]


def test_quoted_in_the_speakers_own_statement_is_no_relay():
    # no relay entry; the words are still the harbour master's (review R2 #11)
    found = atts("The harbour master was quoted in a statement as saying that the quay would close.")
    assert [(a.cue, a.speaker_mention, a.text, a.relay) for a in found] == [
        ("as saying", "The harbour master", "the quay would close", False)]


# ------------------------------------------------------------------ 6. a participle premodifying the object of a past verb

@pytest.mark.parametrize("body", [
    "Four barges have made repeated crossings between Olm and the delta.",
    "The warden faced repeated calls to step down.",
    "The council issued repeated warnings about the dam.",
])
def test_a_participle_before_its_noun_is_no_cue(body):
    assert summary(body) == []


@pytest.mark.parametrize("body, cue", [
    ("The warden repeated that the dam was sound.", "repeated"),
    ("The warden had repeated that the dam was sound.", "repeated"),   # an auxiliary before it
    ("The warden spoke and repeated that the dam was sound.", "repeated"),
])
def test_a_finite_or_perfect_repeat_still_reports(body, cue):
    assert [a.cue for a in atts(body)] == [cue]


# ------------------------------------------------------------------ 7. "adds little to": contribute, no speech

@pytest.mark.parametrize("body", [
    "For Ivo Brandt, a tax adviser in Selm, the reform adds little to the old code.",
    "The new wharf adds nothing new to the harbour's capacity.",
    "The levy adds a lot to the cost of a crossing.",
])
def test_adding_a_quantity_to_something_is_no_report(body):
    assert summary(body) == []


@pytest.mark.parametrize("body, expected", [
    ("She added that little had changed.", [("added", "She", "little had changed", "indirect")]),
    ('"The levy adds a lot to the cost," she added.',
     [("added", "she", "The levy adds a lot to the cost,", "direct")]),
])
def test_add_with_a_clause_or_quotation_still_reports(body, expected):
    assert summary(body) == expected


# ------------------------------------------------------------------ 8. "<cue> <clause>: “quotation”": one entry, clause first

@pytest.mark.parametrize("body, clause", [
    ('As Olsen argues, Tarvik wants the gains of a customs union without its rules: "Every article has a back door."',
     "Tarvik wants the gains of a customs union without its rules"),
    ('Olsen said the ministry had run out of patience: "We have waited three winters."',
     "the ministry had run out of patience"),
])
def test_a_reported_clause_before_a_colon_and_its_quotation(body, clause):
    (a,) = atts(body)
    assert (a.kind, a.text, len(a.parts)) == ("indirect", clause, 2)


@pytest.mark.parametrize("body, kind", [
    ('Olsen said: "We have waited three winters."', "direct"),                  # nothing before the colon
    ('Olsen told farmers in Selm: "We have waited three winters."', "direct"),  # an addressee and place, no clause
])
def test_a_colon_right_after_the_cue_keeps_the_quotation_kind(body, kind):
    assert [a.kind for a in atts(body)] == [kind]


# ------------------------------------------------------------------ 9. "<medium>, citing <sources>, reports that ..."

def test_a_citing_participle_between_subject_and_cue_gives_the_sources_the_report():
    body = "The Selm Gazette, citing four harbour pilots, reports that the channel was dredged too shallow."
    assert sorted(summary(body)) == sorted([
        ("citing", "four harbour pilots", "the channel was dredged too shallow", "indirect"),
        ("reports", "The Selm Gazette", "the channel was dredged too shallow", "indirect"),
    ])


def test_a_citing_participle_after_the_cue_is_unchanged():
    body = "The Selm Gazette reported, citing four harbour pilots, that the channel was dredged too shallow."
    assert sorted(summary(body)) == sorted([
        ("citing", "four harbour pilots", "the channel was dredged too shallow", "indirect"),
        ("reported", "The Selm Gazette", "the channel was dredged too shallow", "indirect"),
    ])


def test_citing_before_a_verb_without_that_clause_is_not_read_as_a_relay():
    # no "that" after the main verb: the cited phrase is not a speaker of the main verb's content
    assert ("citing", "four harbour pilots", "the channel was dredged too shallow", "indirect") not in \
        summary("The Selm Gazette, citing four harbour pilots, reports the channel was dredged too shallow.")


# ------------------------------------------------------------------ 10. a contact relative clause ending in a stranded preposition

@pytest.mark.parametrize("body, expected", [
    ("Pilots in Norby I still fly with tell me they distrust the new radar.",
     [("tell", "Pilots in Norby", "they distrust the new radar", "indirect")]),
    ("Growers we met with say the frost ruined half the crop.",
     [("say", "Growers", "the frost ruined half the crop", "indirect")]),
    ("Pilots in Norby whom I still fly with tell me they distrust the new radar.",
     [("tell", "Pilots in Norby", "they distrust the new radar", "indirect")]),
])
def test_a_contact_clause_before_the_cue_leaves_the_head_as_speaker(body, expected):
    assert summary(body) == expected


@pytest.mark.parametrize("body", [
    "The clauses it agreed to say nothing about fees.",    # 'it': no contact clause on a speaker
    "He drove to Norby to tell them the radar was old.",   # an infinitive after a verb, no stranded preposition
])
def test_no_contact_clause_no_report(body):
    assert summary(body) == []


def test_quoted_in_a_place_is_no_relay():
    found = atts("The harbour master was quoted in Kessel as saying that the quay would close.")
    assert [(a.cue, a.speaker_mention, a.relay) for a in found] == [("as saying", "The harbour master", False)]
