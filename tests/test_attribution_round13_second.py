"""Round 13, second wave: attribution rules tested with invented sentences (names, places and wording of their own):
(1) "in X's words" / "in her own words" / "in the words of X" credit what they set off to X, an according_to entry
like "in his view"; (2) a relative clause with a reporting verb on a noun of stated content ("a point", "a warning")
may close with adjuncts after its verb; (3) a verb's object holding a quotation, moved after a long prepositional
adjunct (heavy noun phrase shift), is still the verb's object."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import summary


def _according(body: str) -> list[tuple[str, str | None, str]]:
    return [(cue, spk, text) for cue, spk, text, kind in summary(body) if kind == "according_to"]


# ------------------------------------------------------------------ 1. someone's words

@pytest.mark.parametrize("body, expected", [
    # a possessive name set off by commas inside the clause: the predicate after it is the content
    ('The levy was, in Ms Tarn\'s own words, "a tax on hope".',
     [("in Ms Tarn's own words", "Ms Tarn's", '"a tax on hope"')]),
    # "in the words of <noun phrase>"
    ("The old ferry has become, in the words of one harbour pilot, a floating museum.",
     [("in the words of one harbour pilot", "one harbour pilot", "a floating museum")]),
    # a possessive pronoun opening the sentence: the clause after the comma, not the narrator's coordinated clause
    ("In his own words, the bridge was never safe, and the council agreed.",
     [("In his own words", "his", "the bridge was never safe")]),
    # a colon before the words
    ('Asked about the strike, the driver was blunt. In her words: "We are done waiting."',
     [("In her words", "her", '"We are done waiting."')]),
    # a definite noun phrase as the possessor
    ("The new rota is, in the head nurse's words, unworkable.",
     [("in the head nurse's words", "the head nurse's", "unworkable")]),
])
def test_someones_words_are_an_according_to_entry(body, expected):
    assert _according(body) == expected


@pytest.mark.parametrize("body", [
    "In other words, the dam will not open this year.",                  # a rephrasing, nobody's words
    "In so many words, the budget is broken.",                            # an idiom (exactly, candidly)
    "In a few words, the plan failed.",
    "In plain words, nobody paid the fine.",
    "In my words, the plan is dead.",                                     # the author's own
    "The choir sang the anthem in his words and melody.",                 # no comma or colon after the phrase
    "She was praised in her words and deeds, the bishop said.",           # coordinated with another noun
    "Ms Lund explained, in her own words, that the levy was unfair.",     # how she put it, after a verb of speaking
    "The clause was changed in the words of the draft, officials said.",  # not set off: a change in the text
    "Pupils retold the story in their own words.",                        # a manner adjunct closing the sentence
])
def test_no_according_to_entry_without_someones_words_set_off(body):
    assert _according(body) == []


def test_a_verb_of_speaking_before_the_phrase_keeps_its_own_entry():
    assert summary("Ms Lund explained, in her own words, that the levy was unfair.") == [
        ("explained", "Ms Lund", "the levy was unfair", "indirect")]


# ------------------------------------------------------------------ 2. a stated-content noun with a relative clause

@pytest.mark.parametrize("body, cue, speaker, text", [
    ("Fares will rise, a warning the operator repeated on its website this week.", "repeated", "the operator",
     "a warning"),
    ('Dr Vell told the panel that the canal "cannot carry more ships", a point she repeated in a radio interview '
     "on Sunday.", "repeated", "she", "a point"),
    ("The union says the mine is unsafe, a claim the owners have rejected before.", "rejected", "the owners",
     "a claim"),
    ("Landlords pushed rents up during the fair, a charge the guild denied in a letter to members.", "denied",
     "the guild", "a charge"),
])
def test_relative_clause_on_a_stated_content_noun_may_close_with_adjuncts(body, cue, speaker, text):
    assert (cue, speaker, text, "indirect") in summary(body)


@pytest.mark.parametrize("body, cue", [
    ("Ms Arn toured Tolm and Brisk, a town she described in her memoir.", "described"),    # no stated content
    ("The mill closed in 1990, a year he recalled in his speech.", "recalled"),           # a time, not a message
    ("Fares will rise, a point she repeated in Oslo, where she lives.", "repeated"),      # a clause after the adjunct
    ('Fares will rise, a point she repeated in a "final" letter.', "repeated"),           # a quotation in it
    ("Fares will rise, a warning she repeated to traders who called.", "repeated"),       # a relative clause in it
    ("The pier reopened, a view she painted in oils last year.", "painted"),              # no reporting verb
])
def test_no_gapped_object_entry_after_other_heads_or_longer_clauses(body, cue):
    assert not any(c == cue and t.split()[0] in {"a", "an"} for c, _, t, _ in summary(body))


# ------------------------------------------------------------------ 3. an object shifted after a long adjunct

@pytest.mark.parametrize("body, cue, text", [
    ('The mayor stressed in a call with her deputy the importance of "calm and restraint".', "stressed",
     "calm and restraint"),
    ('The minister praised in parliament the "courage" of the rescuers.', "praised", "courage"),
    ('The union described in a letter to members the offer as "derisory".', "described", "derisory"),
])
def test_object_with_a_quotation_after_a_long_adjunct(body, cue, text):
    assert (cue, text, "partial") in [(c, t, k) for c, _, t, k in summary(body)]


def test_shifted_object_keeps_its_entry_inside_an_according_to_clause():
    got = summary('The chief stressed in a phone call with his Oslan counterpart Ivo Marek on Friday the value of '
                  '"discipline", according to the academy.')
    assert ("stressed", "The chief", "discipline", "partial") in got
    assert [k for *_, k in got].count("according_to") == 1


@pytest.mark.parametrize("body", [
    'The envoy spoke in a meeting with the "hawks" of the party.',       # the article is the adjunct's own
    'The coach sat in a room where the "old guard" met.',                 # no reporting verb
    'The mayor stressed in an interview with the "Gazette".',             # the quotation is in the adjunct
    'The colonel described in detail a raid he called "routine".',       # the quotation belongs to "called"
])
def test_no_shifted_object_when_the_quotation_is_the_adjuncts(body):
    assert not any(c in {"spoke", "stressed", "described"} and k == "partial" for c, _, _, k in summary(body))
