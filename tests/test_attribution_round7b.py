"""Attribution rules (round 7b), on sentences written for these tests: each rule has sentences it must not
report and sentences with the same words that must still be reported (cue, speaker mention, content, kind)."""

from __future__ import annotations

import pytest

from _attribution_helpers import summary


# ------------------------------------------------------------------ 1. an anonymity request is no report

@pytest.mark.parametrize("body", [
    "A Lisbon-based engineer who requested anonymity told the Harbour Gazette that the bridge is unsafe.",
    "A farmer from the valley, who also requested anonymity, said grain prices had not changed since June.",
    "The clerk, who asked for anonymity, said the files were lost.",
    "A guard who demanded anonymity said the gates were open all night.",
])
def test_anonymity_request_is_no_cue(body):
    cues = [s[0] for s in summary(body)]
    assert not any(c.startswith(("requested", "asked", "demanded")) for c in cues)
    assert len(cues) == 1                 # the source's own report stays


def test_anonymity_request_leaves_the_speaker_phrase():
    assert summary("The clerk, who asked for anonymity, said the files were lost.") == [
        ("said", "The clerk, who asked for anonymity", "the files were lost", "indirect")]


@pytest.mark.parametrize("body, cue, content", [
    ("The union requested that the talks resume.", "requested", "the talks resume"),
    ("The mayor requested a recount of the ballots.", "requested", "a recount of the ballots"),
])
def test_other_requests_still_report(body, cue, content):
    assert [(s[0], s[2]) for s in summary(body)] == [(cue, content)]


# ------------------------------------------------------------------ 2. "if attacked": a reduced condition

@pytest.mark.parametrize("body", [
    "The two kings signed a pact binding their realms to defend each other if attacked, as the pope watched.",
    "The garrison will hold the pass if attacked.",
    "The towns will share grain unless threatened by floods.",
])
def test_reduced_condition_participle_is_no_cue(body):
    assert summary(body) == []


@pytest.mark.parametrize("body, cue", [
    ("If asked, she said she would run.", "said"),
    ("The general, who once praised the plan, said it had failed.", "said"),
    ("The general, who once praised the plan, said it had failed.", "praised"),
])
def test_reports_near_if_or_once_still_work(body, cue):
    assert cue in [s[0] for s in summary(body)]


# ------------------------------------------------------------------ 3. "as" + coordinated subject + past: time

@pytest.mark.parametrize("body", [
    "The senator attacked the budget as the army and the navy withdrew from the port.",
    "The mayor attacked the levy as Lisbon and Porto raised fares.",
])
def test_as_clause_with_coordinated_subject_is_time(body):
    assert summary(body) == []


@pytest.mark.parametrize("body, content", [
    ("The senator attacked the budget as Smith and Jones's worst idea.",
     "the budget as Smith and Jones's worst idea"),
    ("She denounced the pact as a gift to Lisbon and Madrid.", "the pact as a gift to Lisbon and Madrid"),
    ("The critics described the plan as reckless and cruel.", "the plan as reckless and cruel"),
])
def test_as_characterisation_with_and_still_works(body, content):
    assert [s[2] for s in summary(body)] == [content]


# ------------------------------------------------------------------ 4. noun-risk forms: noun after prep + adjective,
#                                                                       verb after a noun before "that"

def test_noun_risk_form_after_preposition_and_adjective_is_a_noun():
    body = ("Valley authorities have been telling residents in mandatory lectures that the new dam will bring "
            "jobs, sources inside the valley told Harbour Radio.")
    assert [s[0] for s in summary(body)] == ["told", "telling"]


@pytest.mark.parametrize("body, cue", [
    ("Officials in some states warn that the harvest will fail.", "warn"),
    ("Analysts in Lisbon say that the harvest will fail.", "say"),
])
def test_noun_risk_verb_after_a_subject_with_preposition_still_works(body, cue):
    assert [s[0] for s in summary(body)] == [cue]


@pytest.mark.parametrize("body, content", [
    ("Ana Ruiz, a researcher at the institute, said the lectures show that the council is trying to calm fears.",
     "the lectures show that the council is trying to calm fears"),
    ("Ana Ruiz said the pact shows that the council is trying to calm fears.",
     "the pact shows that the council is trying to calm fears"),
])
def test_noun_then_noun_risk_verb_before_that_is_reported_content(body, content):
    # one entry: the weak verb inside the report is no speech act of the lectures / the pact
    assert [(s[0], s[2]) for s in summary(body)] == [("said", content)]


def test_that_after_a_phrase_still_opens_the_content():
    assert [s[2] for s in summary("Ana Ruiz said on Monday that the council fell.")] == ["the council fell"]


# ------------------------------------------------------------------ 5. "people briefed on X said": the speaker

@pytest.mark.parametrize("body, speaker", [
    ("Officials in Lisbon have drawn up options that include selling grain to Porto, two people briefed on the "
     "discussions said.", "two people briefed on the discussions"),
    ("Two people briefed on the talks said the plan was ready.", "Two people briefed on the talks"),
    ("The plan is ready, officials briefed on the talks said.", "officials briefed on the talks"),
    ("The plan is ready, a person involved in the talks said.", "a person involved in the talks"),
])
def test_informed_source_participle_belongs_to_the_speaker(body, speaker):
    assert [(s[0], s[1]) for s in summary(body)] == [("said", speaker)]


def test_a_relative_clause_with_briefed_is_still_cut_before_the_cue():
    assert [s[1] for s in summary("The plan is ready, the minister who briefed reporters on the talks said.")] == [
        "the minister"]


# ------------------------------------------------------------------ 6. smear, hype; "rushed to" + a report

@pytest.mark.parametrize("body, expected", [
    ("In sharp contrast, the allies rushed to smear the treaty.",
     [("rushed to smear", "the allies", "the treaty", "indirect")]),
    ("The ministry hastened to add that the talks would go on.",
     [("hastened to add", "The ministry", "the talks would go on", "indirect")]),
    ("The ministry smeared the report as a fabrication.",
     [("smeared", "The ministry", "the report as a fabrication", "indirect")]),
    ("The campaign smeared the minister.", [("smeared", "The campaign", "the minister", "indirect")]),
])
def test_smear_and_haste(body, expected):
    assert summary(body) == expected


def test_hyped_as_is_the_cue_of_its_quotation_and_the_next_report_stays():
    body = 'a move that some tabloids hyped as the birth of a "new empire", while local experts said the deal is normal.'
    assert summary(body) == [("hyped", "some tabloids", "new empire", "partial"),
                             ("said", "local experts", "the deal is normal", "indirect")]


@pytest.mark.parametrize("body", [
    "The workers smeared paint on the wall.",
    "He smeared butter on the bread.",
    "The fans hyped the match for weeks.",
    "The mayor rushed to the hospital.",
    "The rush to condemn the plan was unseemly.",
    "The smear campaign failed.",
])
def test_literal_smear_hype_and_rush_are_no_reports(body):
    assert summary(body) == []


# ------------------------------------------------------------------ 7. "..., which X said <verb> ...": a quotation
#                                                                       before the relative pronoun is not X's

@pytest.mark.parametrize("body, expected", [
    ('The two kings signed a "grand" treaty in Porto on Wednesday, which Petrov said includes a mutual defence '
     'clause.', [("said", "Petrov", "includes a mutual defence clause", "indirect")]),
    ('The council passed a "historic" levy, which the mayor said would fund the harbour.',
     [("said", "the mayor", "would fund the harbour", "indirect")]),
])
def test_quotation_before_a_gapped_relative_report_is_not_its_words(body, expected):
    assert summary(body) == expected


@pytest.mark.parametrize("body, expected", [
    ('The mayor called the plan "a farce", which he said would cost the city dearly.',
     [("called", "The mayor", "a farce", "partial"),
      ("said", "he", "would cost the city dearly", "indirect")]),
    ('The levy, which the mayor said would make "a bad year worse", passed.',
     [("said", "the mayor", "a bad year worse", "partial")]),
    ('"We will fight," said the general, who officials said was tired.',
     [("said", "the general", "We will fight,", "direct"), ("said", "officials", "was tired", "indirect")]),
])
def test_quotations_of_other_cues_and_inside_the_relative_still_pair(body, expected):
    assert summary(body) == expected


# ------------------------------------------------------------------ 8. frequency adverbs; placing participles

@pytest.mark.parametrize("body, speaker", [
    ("Lisbon has always maintained that dialogue is the only way out, the spokesperson said.", "Lisbon"),
    ("The council sometimes argues that the bridge is unsafe.", "The council"),
    ("The mayor seldom says that the bridge is unsafe.", "The mayor"),
])
def test_frequency_adverb_is_no_speaker(body, speaker):
    assert speaker in [s[1] for s in summary(body)]
    assert not {"always", "sometimes", "seldom"} & {s[1] for s in summary(body)}


@pytest.mark.parametrize("body, speaker", [
    ("The treaty was bad, a diplomat based in Porto said.", "a diplomat based in Porto"),
    ("The border is calm, an officer stationed at the border said.", "an officer stationed at the border"),
])
def test_placing_participle_belongs_to_the_speaker(body, speaker):
    assert [s[1] for s in summary(body)] == [speaker]
