"""Round 31, FX5: mends of review RV4's findings 1-3 (sentences written for these tests)."""

from __future__ import annotations

from tests._attribution_helpers import summary


# ------------------------------------------- RV4 1: 'said <pronoun> ... and thought ...' needs a pronoun for the speaker
def test_an_opinion_verb_after_a_pronoun_of_another_person_stays_the_content():
    # a given name of the other gender, a plural pronoun for one person, the writer's 'I': someone else's opinion
    assert summary("Greta Holm said he had sold the boat in June and thought the buyer had cheated him.") == [
        ("said", "Greta Holm", "he had sold the boat in June and thought the buyer had cheated him", "indirect")]
    assert summary("Piet Maas said they had left the hall and believed the vote was rigged.") == [
        ("said", "Piet Maas", "they had left the hall and believed the vote was rigged", "indirect")]
    assert summary("My landlord said I had paid late and thought the rent was too low.") == [
        ("said", "My landlord", "I had paid late and thought the rent was too low", "indirect")]
    # another person named between the speaker and the pronoun
    assert summary("Greta Holm told Piet Maas she had sold the boat and thought the price was fair.")[-1][2] == \
        "she had sold the boat and thought the price was fair"


def test_an_opinion_verb_after_a_pronoun_for_the_speaker_is_a_second_report():
    assert summary("Greta Holm said she had sold the boat in June and thought the price was fair.") == [
        ("said", "Greta Holm", "she had sold the boat in June", "indirect"),
        ("thought", "Greta Holm", "the price was fair", "indirect")]
    assert summary("Dock workers said they had left the hall and believed the vote was rigged.") == [
        ("said", "Dock workers", "they had left the hall", "indirect"),
        ("believed", "Dock workers", "the vote was rigged", "indirect")]


# ------------------------------- RV4 2: a sentence-opening prepositional phrase with no comma before the named subject
def test_a_participle_after_an_opening_phrase_with_no_comma_keeps_its_entry():
    for s, name in [("During the hearing Greta Holm attacked the levy, saying it would close farms.", "Greta Holm"),
                    ("Despite the verdict Piet Maas called a walkout, saying wages had fallen.", "Piet Maas")]:
        got = summary(s)
        assert [(cue, content) for cue, _, content, _ in got] == \
            [("saying", s.split("saying ")[1].rstrip("."))]
        assert got[0][1] == name


# ------------------------------- RV4 3: 'As X noted, P, adding ...': a comment clause, not a fronted temporal clause
def test_a_participle_after_an_as_comment_clause_stays_with_its_speaker():
    got = summary("As Greta Holm pointed out in March, the levy is unfair, adding that it would close farms.")
    assert ("adding", "Greta Holm", "it would close farms", "indirect") in got


def test_a_participle_after_a_fronted_when_clause_needs_a_subject_that_can_speak():
    got = summary("When Greta Holm unveiled the levy, Piet Maas walked out, calling it a disgrace.")
    assert [g[1] for g in got if g[0].startswith("calling")] == ["Piet Maas"]
    got = summary("When Greta Holm announced the levy, the plan was already dead, adding that farms would close.")
    assert [g[1] for g in got if g[0] == "adding"] == ["Greta Holm"]


def test_an_opening_phrase_with_no_name_after_its_object_gives_no_speaker():
    # no name follows the opening phrase's object: it is no subject, and no entry is made up from it
    got = summary("In her last public attack on the mayor -- who, citing the cost, shut the baths -- Roe said "
                  "the town deserved better.")
    assert [g[1] for g in got if g[0] == "citing"] == []
