"""Round 15 attribution rules (helper A2), each tested with invented sentences of their own wording and shape,
positive cases beside more negative ones."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import summary


# ------------------------------------------------------------------ 1. a capitalised -ing/-ed name before a comma phrase

@pytest.mark.parametrize("body, expected", [
    ("The ferry sailed late. Tollering, for its part, said that the harbour fees would stay.",
     [("said", "Tollering", "the harbour fees would stay", "indirect")]),
    ("Wenjing, however, insisted that the quota had been met.",
     [("insisted", "Wenjing", "the quota had been met", "indirect")]),
    ("Rasheed, as before, argued that the levy was unfair.",
     [("argued", "Rasheed", "the levy was unfair", "indirect")]),
])
def test_unknown_capitalised_ing_word_before_comma_phrase_is_the_subject(body, expected):
    assert summary(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a lowercase word of the lexicon stays a fronted participle, whatever follows it
    ("Speaking, however, she said that the levy was unfair.",
     [("said", "she", "the levy was unfair", "indirect")]),
    ("Smiling, the harbour master said that the fees would stay.",
     [("said", "the harbour master", "the fees would stay", "indirect")]),
    ("Reading the memo aloud, Ms Varga said that the fees would stay.",
     [("said", "Ms Varga", "the fees would stay", "indirect")]),
    ("Worrying, the audit showed that the fees had doubled.",
     [("showed", "the audit", "the fees had doubled", "indirect")]),
    # an unknown participle closed by one comma is followed by its subject
    ("Doomscrolling, Ms Varga said that the fees would stay.",
     [("said", "Ms Varga", "the fees would stay", "indirect")]),
    ("Vlogging, as ever, she insisted that the fees would stay.",
     [("insisted", "she", "the fees would stay", "indirect")]),
    ("Livestreaming, as usual, the harbour master said that the fees would stay.",
     [("said", "the harbour master", "the fees would stay", "indirect")]),
])
def test_fronted_participle_before_comma_stays_a_participle(body, expected):
    assert summary(body) == expected


# ------------------------------------------------------------------ 2. the cue's own subject after a clause and "and"

@pytest.mark.parametrize("body, expected", [
    ("The tribunal sat until noon, and afterwards its registrar, Ilse Varga, told journalists that the ruling "
     "would be published.", ("told", "its registrar, Ilse Varga")),
    ("The ferry docked, and the harbour master, Tom Quill, said that the fees would stay.",
     ("said", "the harbour master, Tom Quill")),
    ("The cabinet convened at dawn, and later the finance minister, Ola Brandt, announced that taxes would rise.",
     ("announced", "the finance minister, Ola Brandt")),
])
def test_appositive_subject_of_a_second_clause(body, expected):
    assert [(cue, mention) for cue, mention, _, _ in summary(body)] == [expected]


@pytest.mark.parametrize("body, expected", [
    # earlier conjuncts of a coordinated subject stay in it
    ("Ilse Varga, a pilot, and her brother, Tom Quill, a welder, said that the fees would stay.",
     "Ilse Varga, a pilot, and her brother, Tom Quill, a welder"),
    ("Ilse Varga, who ran the depot, and her brother, Tom Quill, said that the fees would stay.",
     "Ilse Varga, who ran the depot, and her brother, Tom Quill"),
    ("The Arden Guild, a club founded in 1950, and its secretary, Tom Quill, said that the fees would stay.",
     "The Arden Guild, a club founded in 1950, and its secretary, Tom Quill"),
    ("The depot, run by Ilse Varga, and its owner, Tom Quill, said that the fees would stay.",
     "The depot, run by Ilse Varga, and its owner, Tom Quill"),
    ("Ilse Varga, a pilot, and later her brother, Tom Quill, said that the fees would stay.",
     "Ilse Varga, a pilot, and later her brother, Tom Quill"),
    ("And on Friday, Tom Quill, head of the guild, said that the fees would stay.",
     "Tom Quill, head of the guild"),
])
def test_coordinated_subject_keeps_its_conjuncts(body, expected):
    assert [mention for _, mention, _, _ in summary(body)] == [expected]


# ------------------------------------------------------------------ 3. a conjunct's subject is not a relative clause's

@pytest.mark.parametrize("body, expected", [
    ('Ms Orrin said the levy was what she termed "a tax on thrift", and added that it would be repealed.',
     [("said", "Ms Orrin"), ("termed", "she"), ("added", "Ms Orrin")]),
    ('Mr Quill dismissed the audit, which he called "a fishing trip", and warned that he would sue.',
     [("dismissed", "Mr Quill"), ("called", "he"), ("warned", "Mr Quill")]),
])
def test_conjunct_after_an_embedded_cue_has_the_main_speaker(body, expected):
    assert [(cue, mention) for cue, mention, _, _ in summary(body)] == expected


@pytest.mark.parametrize("body, expected", [
    ("Mr Quill spoke first. He said that the audit was a sham, and added that he would sue.",
     [("said", "He"), ("added", "He")]),
    ("“The audit was a sham,” Mr Quill said, and added that he would sue.",
     [("said", "Mr Quill"), ("added", "Mr Quill")]),
    ("Ms Orrin said she had called the levy a tax on thrift and added that it would be repealed.",
     [("said", "Ms Orrin"), ("added", "Ms Orrin")]),
])
def test_conjunct_after_a_plain_cue_keeps_its_speaker(body, expected):
    assert [(cue, mention) for cue, mention, _, _ in summary(body)] == expected


# ------------------------------------------------------------------ 4. "is talking about <gerund> <object>": a plan

@pytest.mark.parametrize("body", [
    "The harbour board is talking about dredging the channel.",
    "Ministers in Tarn are talking about raising tolls.",
    "The guild is talking about suing Arden Mills.",
])
def test_present_progressive_talk_about_a_gerund_is_no_report(body):
    assert summary(body) == []


@pytest.mark.parametrize("body, expected", [
    ("The widow talked about losing her farm.", ("talked about", "The widow", "losing her farm")),
    ("The harbour board was talking about dredging the channel.",
     ("talking about", "The harbour board", "dredging the channel")),
    ("The harbour board is talking about the channel.", ("talking about", "The harbour board", "the channel")),
    ("The pilot is warning about dredging the channel.", ("warning about", "The pilot", "dredging the channel")),
    ("Ms Quill is speaking about living with debt.", ("speaking about", "Ms Quill", "living with debt")),
    ("The guild is talking about building costs.", ("talking about", "The guild", "building costs")),
])
def test_talk_about_stays_a_topic_otherwise(body, expected):
    assert [(cue, mention, text) for cue, mention, text, _ in summary(body)] == [expected]


# ------------------------------------------------------------------ 5. a gerund cue after a modal's "before"/"without"

@pytest.mark.parametrize("body", [
    "Reviewers should finish the audit before condemning it.",
    "Ms Quill said the guild must “count the votes” before praising the result.",
    "Nobody in Tarn can open a shop without thanking the harbour board.",
])
def test_gerund_cue_advised_after_a_modal_is_no_report(body):
    assert [cue for cue, _, _, _ in summary(body) if cue.endswith("ing")] == []


@pytest.mark.parametrize("body, expected", [
    ("The pilot paused before condemning the audit.", [("condemning", "The pilot", "the audit")]),
    ("The guild waited a month before praising the result.", [("praising", "The guild", "the result")]),
    ("The pilot, who could hardly stand, rested before thanking the crew.", [("thanking", "The pilot", "the crew")]),
    ("“We must wait,” Ms Quill said before condemning the audit.",
     [("said", "Ms Quill", "We must wait,"), ("condemning", "Ms Quill", "the audit")]),
])
def test_gerund_cue_after_before_stays_a_report_otherwise(body, expected):
    assert [(cue, mention, text) for cue, mention, text, _ in summary(body)] == expected


# ------------------------------------------------------------------ 6. "according to <a text>" inside a document's subject

@pytest.mark.parametrize("body, expected", [
    ("Clause 9 of the charter, according to the text posted by the guild, states that members will meet at once.",
     [("states", "Clause 9 of the charter", "members will meet at once", "indirect")]),
    ("The pact, according to the text carried by the Tarn Post, says that tolls will fall.",
     [("says", "The pact", "tolls will fall", "indirect")]),
])
def test_according_to_a_text_inside_a_document_subject_is_one_entry(body, expected):
    assert summary(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The guild, according to the Tarn Post, said that members will meet at once.",
     [("according to", "the Tarn Post"), ("said", "The guild")]),
    ("The charter, according to the guild, states that members will meet at once.",
     [("according to", "the guild"), ("states", "The charter")]),
    ("The Charter Council, according to the draft, says that members will meet at once.",
     [("according to", "the draft"), ("says", "The Charter Council")]),
])
def test_according_to_another_source_keeps_its_entry(body, expected):
    assert [(cue, mention) for cue, mention, _, _ in summary(body)] == expected


# ------------------------------------------------------------------ 7. a negated cue with a plain noun phrase: an absence

@pytest.mark.parametrize("body", [
    "The guild's memo did not mention the fees charged at the ferry pier.",
    "The harbour master did not condemn the strike.",
    "Ms Quill has never criticised the levy.",
])
def test_negated_cue_with_a_noun_phrase_is_no_report(body):
    assert summary(body) == []


@pytest.mark.parametrize("body, expected", [
    # (round 26: "did not say whether ..." is an answer not given, no entry, tests/test_attribution_26_QA.py)
    ("The harbour master did not say that the tolls would rise.",
     [("say", "The harbour master", "the tolls would rise")]),
    ("The harbour master did not say “never”.", [("say", "The harbour master", "never")]),
])
def test_negated_cue_with_a_clause_or_quotation_stays(body, expected):
    assert [(cue, mention, text) for cue, mention, text, _ in summary(body)] == expected


def test_negated_cue_with_a_noun_phrase_stays_in_polnear_scheme():
    from analysis.extract.attribution import extract_attributions
    from tests._attribution_helpers import doc
    atts = extract_attributions(doc("The guild's memo did not mention the tolls or the ferry levy."), scheme="polnear")
    assert [a.cue for a in atts] == ["mention"]
