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


# ---------------------------------------------------------------- finding 2: the kind nouns of the appositive
def test_a_multi_word_kind_noun_of_the_lexicon_heads_the_appositive():
    # "think tank" comes from speaker_words.yaml body_kind_nouns, not from a literal in the pattern
    body = "The plan would cost more than planned, according to an analysis by Harl Meridian, a Dale-based think tank."
    assert resolved(body) == [("an analysis by Harl Meridian", "Harl Meridian", "expert_think_tank")]
    body = "The plan would cost more than planned, according to an analysis by Harl Meridian, a Dale-based charity."
    assert resolved(body) == [("an analysis by Harl Meridian", "Harl Meridian", "other")]


def test_a_head_noun_of_no_body_is_no_body_s_name():
    body = "The plan would cost more than planned, according to an analysis by Harl Meridian, a Dale-based tank."
    assert resolved(body)[0][1] != "Harl Meridian"


# ---------------------------------------------------------------- finding 4: a party's bracketed initials, once
def test_a_ruling_statement_may_follow_the_party_s_initials():
    from analysis.extract.speakers.affiliations import _stated_ruling_in
    party = "Harbour Labour Party"
    for body in ("The Harbour Labour Party (HLP), the ruling party, said so.",
                 "The Harbour Labour Party (HLP)-led government fell.",
                 "The Harbour Labour Party, which leads the coalition, met.",
                 "The Harbour Labour Party (HLP), which has ruled since 2004, met.",
                 "The Harbour Labour Party (HLP), in power since 2004, met.",
                 "The Harbour Labour Party, the junior coalition partner, met.",
                 "The ruling party, the Harbour Labour Party, met."):
        assert _stated_ruling_in(body, party), body
    for body in ("The Harbour Labour Party (HLP), the opposition party, said so.",
                 "The Harbour Labour Party (Harbour), the ruling party, said so.",
                 "The Harbour Labour Party (HLP), which leads the polls, met."):
        assert not _stated_ruling_in(body, party), body


# ---------------------------------------------------------------- finding 7: the publication nouns are lexicon data
def test_the_self_publication_nouns_are_a_word_section_of_the_lexicon():
    from analysis.extract.reporting_verbs import reporting_verbs
    assert {"digest", "bulletin", "podcast"} <= reporting_verbs().self_publication_nouns
    assert "magazine" not in reporting_verbs().self_publication_nouns


def test_a_bulletin_describing_itself_is_no_report_but_a_past_claim_is_one():
    from analysis.extract.attribution import extract_attributions
    from tests._attribution_helpers import doc

    def cues(body: str) -> list[str]:
        return [a.cue for a in extract_attributions(doc(body), scheme="seeds")]
    assert cues("This bulletin outlines the harbour board's plans for the spring.") == []
    assert cues("This newsletter claimed last spring that the harbour would close.") == ["claimed"]


# ---------------------------------------------------------------- finding 8: an acronym in a flash folded once
def test_an_acronym_in_a_flash_is_the_body_and_a_capitals_name_is_folded():
    assert resolved("WHO SAYS THE OUTBREAK IN THE NORTH IS OVER") == [
        ("WHO", "World Health Organization", "international_org")]
    assert resolved("KREMLIN SAYS TALKS WITH DALE WILL RESUME") == [("KREMLIN", "Kremlin", "government")]


# ---------------------------------------------------------------- finding 6: one test of capitals text
def test_capitals_text_is_tested_once_for_a_line_and_a_paragraph():
    from analysis.extract.attribution.tokens import capitals_words
    from analysis.measures.wording.naming import _capitals_line
    assert capitals_words("HARL SAYS PORT WILL OPEN", 4) == ["HARL", "SAYS", "PORT", "WILL", "OPEN"]
    assert capitals_words("HARL SAYS PORT", 4) is None           # three words: no paragraph of a flash
    assert capitals_words("HARL SAYS PORT", 3) == ["HARL", "SAYS", "PORT"]
    assert capitals_words("Harl says the port will open", 1) is None
    body = "HARL SAYS PORT\n\nHARL ON THE PORT"
    assert _capitals_line(body, 0, 4)                              # three words and a finite verb
    assert not _capitals_line(body, body.index("HARL ON"), body.index("HARL ON") + 4)   # no verb
