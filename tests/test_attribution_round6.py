"""Attribution rules (round 6), on sentences written for these tests: each rule has sentences it must
report (cue, speaker mention, content and kind asserted) and sentences with the same words that must not
give the new reading."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.text import parse_article

from _attribution_helpers import atts, summary


# ------------------------------------------------------------------ 1. a closing appositive after "said X"

@pytest.mark.parametrize("body, expected", [
    # an age and a place: segments the noun-phrase walk did not take
    ('"We are ready," said Lena Ostrova, 41, of Arden.',
     ("said", "Lena Ostrova, 41, of Arden", "We are ready,", "direct")),
    # an appositive with a participle, longer than a plain noun phrase
    ('"Costs will rise," said Tom Reyes, a retired engineer involved in the harbour project for many years.',
     ("said", "Tom Reyes, a retired engineer involved in the harbour project for many years",
      "Costs will rise,", "direct")),
    ('"The vote was fair," said Mia Lund, the clerk of the county where the ballots were counted.',
     ("said", "Mia Lund, the clerk of the county where the ballots were counted", "The vote was fair,", "direct")),
])
def test_closing_appositive_belongs_to_the_speaker(body, expected):
    assert summary(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a relative clause stays out of the mention (the speaker layer reads descriptions as affiliations)
    ('"Costs will rise," said Tom Reyes, who chairs the county board.',
     [("said", "Tom Reyes", "Costs will rise,", "direct")]),
    # a setting after the comma is no appositive
    ('"It is over," said Tom Reyes, in an interview on Sunday.',
     [("said", "Tom Reyes", "It is over,", "direct")]),
    # a second report after the appositive: the appositive stops at its comma
    ('"It is over," said Tom Reyes, a farmer from Arden, adding that prices fell.',
     [("said", "Tom Reyes, a farmer from Arden", "It is over,", "direct"),
      ("adding", "Tom Reyes, a farmer from Arden", "prices fell", "indirect")]),
    # a clause after a semicolon is no part of the speaker
    ('"The vote was fair," said Mia Lund, the clerk; the count ended at noon.',
     [("said", "Mia Lund, the clerk", "The vote was fair,", "direct")]),
])
def test_closing_appositive_stops_at_other_material(body, expected):
    assert summary(body) == expected


def test_closing_appositive_needs_an_appositive_opener():
    # a main clause after the comma ("..., Ana and Tom appeared to ...") is never read as the speaker's
    from analysis.extract.attribution.phrases import _closing_appositive
    from analysis.extract.attribution.tokens import _sentence_tokens
    from analysis.extract.reporting_verbs import reporting_verbs
    body = "He won, Ana and Tom appeared to agree."
    toks = _sentence_tokens(parse_article(Article(outlet="T", title="T", date=dt.date(2024, 1, 1), body=body)).text)[0]
    comma = next(k for k, t in enumerate(toks) if t.text == ",")
    assert _closing_appositive(toks, comma, len(toks), reporting_verbs(None)) is None


# ------------------------------------------------------------------ 2. a reduced relative on the speaker

@pytest.mark.parametrize("body, expected", [
    ("A court filing published Wednesday said the mayor had used a private account.",
     ("said", "A court filing published Wednesday", "the mayor had used a private account", "indirect")),
    ("The memo filed on Monday says that the depot will close.",
     ("says", "The memo filed on Monday", "the depot will close", "indirect")),
    ("The report issued by the harbour board said the pier was unsafe.",
     ("said", "The report issued by the harbour board", "the pier was unsafe", "indirect")),
    ('"The pier is unsafe," the ruling released Friday said.',
     ("said", "the ruling released Friday", "The pier is unsafe,", "direct")),
])
def test_participle_after_the_speaker_noun_keeps_the_noun(body, expected):
    assert summary(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a time phrase after the speaker itself still goes
    ("The ministry on Friday said the dam had failed.", ("said", "The ministry", "the dam had failed", "indirect")),
    ("Arden last week said the talks had failed.", ("said", "Arden", "the talks had failed", "indirect")),
    # a time phrase after a participle inside the speaker's relative clause stays in the clause
    ("Tom Lee, the farmer who was arrested Monday, said he was innocent.",
     ("said", "Tom Lee, the farmer who was arrested Monday", "he was innocent", "indirect")),
])
def test_time_after_the_speaker_or_in_its_clause(body, expected):
    assert summary(body) == [expected]


def test_reduced_relative_needs_a_determiner_at_a_clause_start():
    # no article opens the phrase before the participle: nothing is reached back for
    assert [a.speaker_mention for a in atts("Officials said the memo sent Monday said little.")][:1] == ["Officials"]


# ------------------------------------------------------------------ 3. a poll figure set off by commas

@pytest.mark.parametrize("body, expected", [
    ("Just over a quarter, 26 percent, say they will vote for someone else.",
     ("say", "Just over a quarter, 26 percent", "they will vote for someone else", "indirect")),
    ("Just shy of half, 49%, say the plan is good.",
     ("say", "Just shy of half, 49%", "the plan is good", "indirect")),
    ("Among likely voters, about two-thirds, 67 percent, say they will vote for Lee.",
     ("say", "two-thirds, 67 percent", "they will vote for Lee", "indirect")),
])
def test_share_with_its_figure_is_the_speaker(body, expected):
    assert summary(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a figure ending a clause before an inverted report is content, not a speaker
    ("Prices rose 5 percent, say analysts.", [("say", "analysts", "Prices rose 5 percent", "indirect")]),
    ("Turnout was 61 percent, said the clerk.", [("said", "the clerk", "Turnout was 61 percent", "indirect")]),
])
def test_figure_at_the_end_of_a_clause_is_no_speaker(body, expected):
    assert summary(body) == expected


def test_figure_before_a_base_form_without_a_clause_gives_no_report():
    # "say the plan": no reported clause after the base form, so no report by the figure
    assert atts("The vote, 26 percent, say the plan.") == []


# ------------------------------------------------------------------ 4. fixed phrases with a reporting verb

@pytest.mark.parametrize("body", [
    "All told, the group spent $5 million on the campaign.",
    "It goes without saying that taxes will rise.",
    "It went without saying that the vote had failed.",
])
def test_fixed_phrase_is_no_report(body):
    assert atts(body) == []


@pytest.mark.parametrize("body, expected", [
    # the same words outside the fixed phrase still report
    ("He left without saying that he was sorry.", [("saying", "He", "he was sorry", "indirect")]),
    ("Tom Lee told them all that the pier was closed.",
     [("told", "Tom Lee", "the pier was closed", "indirect")]),
])
def test_same_words_outside_the_fixed_phrase_report(body, expected):
    assert summary(body) == expected


# ------------------------------------------------------------------ 5. a capitalised sentence is no headline when its verb is lower case

@pytest.mark.parametrize("body, expected", [
    ('"He is not one of us," said State Senator Ana Ruiz, Democrat of Arden. "He never was."',
     ("said", "State Senator Ana Ruiz, Democrat of Arden", "He is not one of us,", "direct")),
    ('"The Pier Is Closed," said State Senator Ana Ruiz.',
     ("said", "State Senator Ana Ruiz", "The Pier Is Closed,", "direct")),
])
def test_capitalised_words_with_a_lowercase_cue_are_no_headline(body, expected):
    assert summary(body)[:1] == [expected]


@pytest.mark.parametrize("body, expected", [
    ("Arden County Says Mayor Should Resign", ("Says", "Arden County", "Mayor Should Resign", "indirect")),
    ("Mayor Lee Says He Will Stay On", ("Says", "Mayor Lee", "He Will Stay On", "indirect")),
])
def test_title_case_headline_still_reads_its_capitalised_verb(body, expected):
    assert summary(body) == [expected]


# ------------------------------------------------------------------ 6. a relative clause on the relay's object

@pytest.mark.parametrize("body, speaker", [
    ("The paper quoted Tom Lee, who leads the party, as saying the vote was rigged.", "Tom Lee"),
    ("The paper quoted Tom Lee, whose farm flooded, as saying the dam broke.", "Tom Lee"),
    ("The paper quoted Tom Lee, a local farmer, as saying the vote was rigged.", "Tom Lee, a local farmer"),
])
def test_relay_object_with_a_relative_clause_speaks(body, speaker):
    out = summary(body)
    assert out[0][:2] == ("quoted", "The paper")
    assert out[1][:2] == ("as saying", speaker) and out[1][3] == "indirect"
    assert out[1][2] in {"the vote was rigged", "the dam broke"}


def test_relative_clause_with_its_own_report_is_no_relay_object():
    # "who said nothing": a report of its own inside the clause, no relay frame is read
    assert [a.cue for a in atts("The paper quoted Tom Lee, who said nothing, as saying the vote was rigged.")] == \
        ["said"]


# ------------------------------------------------------------------ 7. a time phrase between the speaker and the verb

@pytest.mark.parametrize("body, expected", [
    ("Sen. Ana Lee (D-Calif.) last week said the plan failed.",
     ("said", "Sen. Ana Lee (D-Calif.)", "the plan failed", "indirect")),
    ("Tom Roe, the party leader, on Tuesday called the plan a failure.",
     ("called", "Tom Roe, the party leader", "the plan a failure", "indirect")),
    ("Tom Roe, whose farm flooded in the spring, on Friday described the plan as a failure.",
     ("described", "Tom Roe, whose farm flooded in the spring", "the plan as a failure", "indirect")),
    ("WASHINGTON — A news report published Wednesday said the mayor used a private account.",
     ("said", "A news report published Wednesday", "the mayor used a private account", "indirect")),
])
def test_time_phrase_before_the_verb_is_not_the_speaker(body, expected):
    assert summary(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    ("Lee on Saturday criticized the plan.", ("criticized", "Lee", "the plan", "indirect")),
    ("In March, on Friday, the mayor said the dam broke.", ("said", "the mayor", "the dam broke", "indirect")),
])
def test_time_phrase_cases_that_were_right_stay(body, expected):
    assert summary(body) == [expected]


# ------------------------------------------------------------------ 8. an opener with a conjunction before a preposed speaker

@pytest.mark.parametrize("body, expected", [
    ("And on Tuesday, Tom Roe, chairman of the budget committee, said that taxes will rise.",
     ("said", "Tom Roe, chairman of the budget committee", "taxes will rise", "indirect")),
    ("But in an interview, the union's president, Ana Lee, expressed concern that the plant may close.",
     ("expressed", "the union's president, Ana Lee", "concern that the plant may close", "indirect")),
])
def test_conjunction_opener_is_no_appositive(body, expected):
    assert summary(body) == [expected]


def test_listed_names_before_an_appositive_stay_one_speaker():
    assert summary("Tom Roe, Ana Lee and Bo Park, the three owners, said the shop will close.") == \
        [("said", "Tom Roe, Ana Lee and Bo Park, the three owners", "the shop will close", "indirect")]


# ------------------------------------------------------------------ 9. review mends (rv6a)

@pytest.mark.parametrize("body, expected", [
    # a figure after a clause is the clause's amount: the speaker follows the cue
    ("Rates rose, about 5 percent, say analysts.", [("say", "analysts", "Rates rose, about 5 percent", "indirect")]),
    ("Turnout fell, nearly 10 percent, say officials in Arden.",
     [("say", "officials in Arden", "Turnout fell, nearly 10 percent", "indirect")]),
    # after a share word the figure still joins the speaker
    ("Most voters, 55 percent, say the plan is bad.",
     [("say", "Most voters, 55 percent", "the plan is bad", "indirect")]),
    ("Two-thirds, 67 percent, say they will vote.", [("say", "Two-thirds, 67 percent", "they will vote", "indirect")]),
])
def test_apposed_figure_needs_a_share_before_it(body, expected):
    assert summary(body) == expected


@pytest.mark.parametrize("body, speaker", [
    # serial-comma coordinations with appositives stay one speaker
    ("Ana Lee, a nurse, and her husband, Tom Roe, a farmer, said the shop will close.",
     "Ana Lee, a nurse, and her husband, Tom Roe, a farmer"),
    ("Tom Roe, and his wife, Ana Lee, said the shop will close.", "Tom Roe, and his wife, Ana Lee"),
    # a conjunct right before the cue's comma (the chain reads past three segments to the first conjunct)
    ("Tom Roe, the mayor, Ana Lee, the clerk, and Bo Park, said the shop will close.",
     "Tom Roe, the mayor, Ana Lee, the clerk, and Bo Park"),
    # a conjunction before a preposition or a non-noun phrase opens the clause and ends the chain, also in
    # the segment right before the cue
    ("And on Tuesday, Tom Roe, the mayor, said the shop will close.", "Tom Roe, the mayor"),
    ("The plan, and then, said the shop will close.", "The plan"),
])
def test_conjuncts_join_the_chain_openers_end_it(body, speaker):
    assert [(a.cue, a.speaker_mention, a.text) for a in atts(body)] == [("said", speaker, "the shop will close")]


def test_closing_appositive_has_no_relative_clause_path():
    import inspect

    from analysis.extract.attribution.phrases import _closing_appositive
    assert "relative" not in inspect.signature(_closing_appositive).parameters
    # "that" opening a relative clause keeps it out of the mention, as "who" does
    assert [(a.cue, a.speaker_mention) for a in atts('"Costs will rise," said Tom Reyes, the clerk that counted '
                                                     'the votes.')] == [("said", "Tom Reyes")]


@pytest.mark.parametrize("body, speaker", [
    # a clause after the appositive's comma: the appositive ends at that comma
    ('"We won," said Tom Roe, 41, and his wife smiled.', "Tom Roe, 41"),
    # an absolute phrase is no appositive
    ('"We won," said Ana Lee, 41, a tear in her eye.', "Ana Lee, 41"),
    # a comma splice: no appositive at all
    ('"We won," said Ana Lee, the crowd cheered.', "Ana Lee"),
    # an appositive of noun phrases is kept whole; a relative clause after a further comma is cut there
    ('"We won," said Ana Lee, 41, a lawyer from Arden.', "Ana Lee, 41, a lawyer from Arden"),
    ('"We won," said Rita Moss, 20, of Arden, Fla., who voted early.', "Rita Moss, 20, of Arden, Fla."),
    # a long first segment ending in a verb is no comma splice
    ('"We won," said Carla Dunn, the town\'s minister of finance at the time the tax was introduced.',
     "Carla Dunn, the town's minister of finance at the time the tax was introduced"),
])
def test_closing_appositive_takes_noun_phrases_only(body, speaker):
    assert [(a.cue, a.speaker_mention) for a in atts(body)] == [("said", speaker)]


def test_coordinated_relay_objects_are_not_cut_to_the_first():
    body = "The paper quoted Kim, who lives in Arden, and Lee, who farms there, as saying the vote was rigged."
    assert all(a.speaker_mention != "Kim" for a in atts(body))
    assert ("as saying", "Ann Roe") in [(a.cue, a.speaker_mention) for a in atts(
        "The paper quoted Ann Roe, who leads the party, as saying the vote was rigged.")]


def test_reduced_relative_after_a_dash_keeps_its_noun():
    assert summary("The vote was close — a report published Wednesday said the count was fair.") == \
        [("said", "a report published Wednesday", "the count was fair", "indirect")]


@pytest.mark.parametrize("word, expected", [
    ("released", True), ("made", True), ("Released", False), ("fled", False), ("report", False),
])
def test_one_participle_predicate(word, expected):
    from analysis.extract.attribution.phrases import _participle_shape
    from analysis.extract.attribution.subjects import _participle_before_time
    from analysis.extract.attribution.tokens import _sentence_tokens
    tok = _sentence_tokens(parse_article(Article(outlet="T", title="T", date=dt.date(2024, 1, 1),
                                                 body=f"The {word} plan.")).text)[0][1]
    assert tok.text == word
    assert _participle_shape(tok) is expected and _participle_before_time(tok) is expected


@pytest.mark.parametrize("body, expected", [
    # "all told" set off by commas between the subject and the verb is no part of the speaker
    ("Tom Lee, all told, said the group spent $5 million.",
     ("said", "Tom Lee", "the group spent $5 million", "indirect")),
    # "All told" before a parenthetical cue is no content: the clause after is
    ("All told, he said, the group spent $5 million.", ("said", "he", "the group spent $5 million", "indirect")),
])
def test_all_told_is_neither_speaker_nor_content(body, expected):
    assert summary(body) == [expected]


def test_lower_case_tail_after_the_first_comma_keeps_a_title_case_headline():
    assert summary("Arden Mayor Says Port Will Close Soon, officials say") == [
        ("say", "officials", "Arden Mayor Says Port Will Close Soon", "indirect"),
        ("Says", "Arden Mayor", "Port Will Close Soon", "indirect")]
