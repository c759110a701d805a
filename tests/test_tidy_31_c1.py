"""Round 31 (helper C1): output-identical tidy of round 30's code review, on sentences written for these tests
(invented names, places and bodies)."""

from __future__ import annotations

from tests._attribution_helpers import resolved


def _names(body: str) -> list[str]:
    return [name for _, name, _ in resolved(body)]


# ---------------------------------------------------------------- finding 1: kinship nouns are the lexicon's
def test_a_kinship_noun_of_the_other_gender_keeps_the_subject_from_the_pronoun():
    # "mother" / "husband": speaker_words.yaml kin_nouns, no second list in the anaphor rules
    body = ("Anna Volkova, deputy head of the district, said money was promised.\n\n"
            "A father of three from the Dale estate was more cautious: she said volumes had fallen.")
    assert _names(body)[1] == "Anna Volkova"
    body = ("Piet Varga, head of the port authority, said money was promised.\n\n"
            "A mother of three from the Dale estate was more cautious: he said volumes had fallen.")
    assert _names(body)[1] == "Piet Varga"


def test_a_kinship_noun_of_the_lexicon_only_counts_too():
    # "widower" was never in the code's list; the lexicon has it
    body = ("Anna Volkova, deputy head of the district, said money was promised.\n\n"
            "A widower from the Dale estate was more cautious: she said volumes had fallen.")
    assert _names(body)[1] == "Anna Volkova"


def test_a_kinship_noun_of_the_pronoun_s_gender_is_its_antecedent():
    body = ("Anna Volkova, deputy head of the district, said money was promised.\n\n"
            "A spokeswoman for the Dale Rail company was more cautious: she said volumes had fallen.")
    assert resolved(body)[1] == ("she", "Dale Rail company spokeswoman", "other")
