"""Attribution rules (round 6b), on sentences written for these tests: each rule has sentences it must
report (cue, speaker mention, content and kind asserted) and sentences with the same words that must not
give the new reading."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.extract.attribution import Attribution, extract_attributions
from analysis.text import parse_article


def atts(body: str) -> list[Attribution]:
    return extract_attributions(parse_article(Article(outlet="Test", title="T", date=dt.date(2024, 1, 1), body=body)))


def summary(body: str) -> list[tuple[str, str | None, str, str]]:
    return [(a.cue, a.speaker_mention, a.text, a.kind) for a in atts(body)]


def cues(body: str) -> list[str]:
    return [a.cue for a in atts(body)]


# ------------------------------------------------------------------ 1. noun compounds opening with a verb form

@pytest.mark.parametrize("body, expected", [
    # "think tank" is a noun: the appositive ends in it and "noted" is the cue
    ("Ana Ruiz, a fellow at the Arden Institute, a Boston-based think tank, noted that the levy failed.",
     [("noted", "Ana Ruiz, a fellow at the Arden Institute, a Boston-based think tank", "the levy failed",
       "indirect")]),
    ("The talk show host said the levy failed.",
     [("said", "The talk show host", "the levy failed", "indirect")]),
    ("The navy fired warning shots at the trawler, the ministry said.",
     [("said", "the ministry", "The navy fired warning shots at the trawler", "indirect")]),
])
def test_noun_compound_is_no_cue(body, expected):
    assert summary(body) == expected


def test_verb_before_a_compound_word_after_a_subject_stays_a_verb():
    # a pronoun subject: "think" is the verb; "tanks" only follows it
    assert ("think", "I", "tanks are loud", "indirect") in summary("I think tanks are loud, Tom Lee said.")


# ------------------------------------------------------------------ 2. a quoted speech act relayed by a medium

@pytest.mark.parametrize("body, expected", [
    ('The agency reported that the governor had called the plan "a new dawn" for the region.',
     [("reported", "The agency", 'the governor had called the plan "a new dawn" for the region', "indirect"),
      ("called", "the governor", "a new dawn", "partial")]),
    ('The state news agency said the governor had described the vote as "a farce".',
     [("said", "The state news agency", 'the governor had described the vote as "a farce"', "indirect"),
      ("described", "the governor", "a farce", "partial")]),
])
def test_relayed_quoted_speech_act_has_both_entries(body, expected):
    assert summary(body) == expected


def test_quoted_characterisation_by_media_inside_a_report_has_both_entries():
    # the inner speaker is a medium ('media' is a plural subject): its quoted words are its own
    assert summary('Ana Ruiz noted that foreign media portray the mayor as a "tyrant".') == [
        ("noted", "Ana Ruiz", 'foreign media portray the mayor as a "tyrant"', "indirect"),
        ("portray", "foreign media", "tyrant", "partial")]


@pytest.mark.parametrize("body, expected", [
    # a person's report of a quoted characterisation: both entries since round 23 (invented sets 10 and 21: "He
    # notes that Russian officials have described North Korea as a “problem state”", "She reminds us that the
    # autocrat described Kim as “a steadfast friend”"; the later sets' convention); PolNeAR keeps one level
    ('Ana Ruiz said that critics described the mayor as a "tyrant".',
     [("said", "Ana Ruiz", 'critics described the mayor as a "tyrant"', "indirect"),
      ("described", "critics", "tyrant", "partial")]),
    # a medium's report with no quoted words in the inner act: the inner act is content
    ("The agency reported that the governor had described the vote as a farce.",
     [("reported", "The agency", "the governor had described the vote as a farce", "indirect")]),
])
def test_nested_speech_act_stays_content(body, expected):
    assert summary(body) == expected


# ------------------------------------------------------------------ 3. the anonymity formula is no report

@pytest.mark.parametrize("body, expected", [
    ("Tom Lee, a senior aide, told reporters the levy would pass, asking not to be named.",
     [("told", "Tom Lee, a senior aide", "the levy would pass", "indirect")]),
    # the relative pronoun of the formula is not the speaker of the main verb either
    ("An aide, who asked not to be identified because of the sensitivity of the talks, described the levy as "
     "a mistake.",
     [("described", "An aide", "the levy as a mistake", "indirect")]),
    ('"The levy will pass," a senior aide said, asking not to be quoted by name.',
     [("said", "a senior aide", "The levy will pass,", "direct")]),
])
def test_anonymity_formula_is_no_report(body, expected):
    assert summary(body) == expected


@pytest.mark.parametrize("body, expected", [
    # not a naming participle: a request with content
    ("Tom Lee asked not to be disturbed, his aide said.",
     [("said", "his aide", "Tom Lee asked not to be disturbed", "indirect"),
      ("asked", "Tom Lee", "not to be disturbed", "indirect")]),
])
def test_other_requests_stay_reports(body, expected):
    assert summary(body) == expected


# ------------------------------------------------------------------ 4. what a text "calls for" is no speech act

@pytest.mark.parametrize("body", [
    "Seoul summoned the envoy over a new pact between Arden and Belmont that calls for mutual military aid.",
    "The council backed a plan that calls on residents to save water.",
])
def test_text_that_calls_for_is_no_report(body):
    assert summary(body) == []


@pytest.mark.parametrize("body, expected", [
    # a non-restrictive clause of a group and the past tense are acts of a speaker
    ("The group, which calls for a boycott, said the vote was rigged.",
     [("calls for", "The group", "a boycott", "indirect"), ("said", "The group", "the vote was rigged", "indirect")]),
    ("Ana Ruiz called for a recount on Monday.", [("called for", "Ana Ruiz", "a recount on Monday", "indirect")]),
])
def test_speakers_calling_for_stay_reports(body, expected):
    assert summary(body) == expected


# ------------------------------------------------------------------ 5. a negative quantifier as subject

@pytest.mark.parametrize("body, expected", [
    ("Tom Lee said the raids were rare and that little suggested the pattern had changed.",
     [("said", "Tom Lee", "the raids were rare and that little suggested the pattern had changed", "indirect")]),
    ("Nothing suggests the plan will work, Ana Ruiz said.",
     [("said", "Ana Ruiz", "Nothing suggests the plan will work", "indirect")]),
    # an evidence noun as subject is read as before (PolNeAR marks 'polls suggest')
    ("Polls suggest the race is close.", [("suggest", "Polls", "the race is close", "indirect")]),
])
def test_negative_quantifier_subject_reports_nothing(body, expected):
    assert summary(body) == expected


# ------------------------------------------------------------------ 6. a setting phrase after the appositive

@pytest.mark.parametrize("body, expected", [
    ("The Arden Ledger, organ of the ruling party, in an editorial on Thursday said that the levy was a betrayal.",
     [("said", "The Arden Ledger, organ of the ruling party", "the levy was a betrayal", "indirect")]),
    ("Tom Lee, the party leader, in a speech said the levy failed.",
     [("said", "Tom Lee, the party leader", "the levy failed", "indirect")]),
    ("Tom Lee, the party leader, at a rally on Friday said the levy failed.",
     [("said", "Tom Lee, the party leader", "the levy failed", "indirect")]),
])
def test_setting_phrase_is_not_the_speaker(body, expected):
    assert summary(body) == expected


def test_subject_of_a_preposition_phrase_without_appositive_unchanged():
    # no comma-set appositive: the rule does not apply ('a statement' stays where the noun-phrase walk puts it)
    assert [c for c, *_ in summary("Prices rose, in a sign the report said was worrying.")] == []


# ------------------------------------------------------------------ 7. inside an according-to clause

@pytest.mark.parametrize("body, expected", [
    # the second conjunct's subject is the clause's
    ("According to the Arden Courier, the council met on Monday and said it would review the levy.",
     [("According to", "the Arden Courier", "the council met on Monday", "according_to"),
      ("said", "the council", "it would review the levy", "indirect")]),
    # a directive inside the clause keeps its own entry, as when the according-to phrase follows
    ("According to the mayor's office, the mayor ordered officials to review the levy.",
     [("According to", "the mayor's office", "the mayor ordered officials to review the levy", "according_to"),
      ("ordered", "the mayor", "to review the levy", "indirect")]),
])
def test_reports_inside_according_to(body, expected):
    assert summary(body) == expected


@pytest.mark.parametrize("body, expected", [
    # no according-to: the first conjunct's subject is the speaker as before
    ("The council met on Monday and said it would review the levy.",
     [("said", "The council", "it would review the levy", "indirect")]),
    # a person's report keeps a directive inside it as content
    ("Tom Lee said the mayor ordered officials to review the levy.",
     [("said", "Tom Lee", "the mayor ordered officials to review the levy", "indirect")]),
])
def test_outside_according_to_unchanged(body, expected):
    assert summary(body) == expected


# ------------------------------------------------------------------ 8. "suspect that", a belief like "believe"

@pytest.mark.parametrize("body, expected", [
    ("Officials suspect that in exchange, the mayor is receiving gifts.",
     [("suspect", "Officials", "in exchange, the mayor is receiving gifts", "indirect")]),
])
def test_suspect_that_is_a_belief_report(body, expected):
    assert summary(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The suspect said he was innocent.", [("said", "The suspect", "he was innocent", "indirect")]),
    ("The mayor was suspected of fraud.", []),
])
def test_suspect_noun_and_passive_are_no_cue(body, expected):
    assert summary(body) == expected


# ------------------------------------------------------------------ 9. passive with a by-agent and an of-complement;
#                                                                      a noun whose reduced relative gaps its object

@pytest.mark.parametrize("body, expected", [
    ("Arden has been accused by Belmont of smuggling arms.",
     [("accused", "Belmont", "smuggling arms", "indirect")]),
    ("Arden was accused by the head of state of lying.",
     [("accused", "the head of state", "lying", "indirect")]),
    ("Arden has been accused by Belmont and Corin of smuggling arms to the rebels, claims both countries deny.",
     [("accused", "Belmont and Corin", "smuggling arms to the rebels", "indirect"),
      ("deny", "both countries", "claims", "indirect")]),
    ("The mayor took bribes, claims the council rejects.",
     [("rejects", "the council", "claims", "indirect")]),
])
def test_passive_agent_and_gapped_relative(body, expected):
    assert summary(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an inverted cue after the comma keeps its reading
    ("The plan failed, claims Tom Lee.", [("claims", "Tom Lee", "The plan failed", "indirect")]),
    ("Prices will rise, Tom Lee claims.", [("claims", "Tom Lee", "Prices will rise", "indirect")]),
])
def test_inverted_cue_after_comma_unchanged(body, expected):
    assert summary(body) == expected
