"""Round 22 (helper QB): spurious entries, page layouts and speaker mentions the eighteenth and twentieth sets
showed, as general rules, on sentences written here (new names, places and outlets)."""

from __future__ import annotations

from tests._attribution_helpers import summary


# ---------------------------------------------------------------- "X provides, according to Y, that <clause>"
def test_according_to_between_any_finite_verb_and_its_that_clause_vouches_for_the_clause():
    assert summary("Drafted in Hanoi by the two ministers, the charter provides, according to the agency VNA, "
                   "that both states will share their fishing data.") == [
        ("according to", "the agency VNA", "both states will share their fishing data", "according_to")]
    assert summary("The accord establishes, according to the Lisbon daily Folha Norte, that each port stays "
                   "open at night.") == [
        ("according to", "the Lisbon daily Folha Norte", "each port stays open at night", "according_to")]


def test_according_to_after_a_noun_before_a_relative_that_keeps_the_clause_before():
    # "rules" is a noun: the "that" after the parenthesis opens a relative clause, not a content clause
    assert summary("These are the rules, according to the agency VNA, that govern the fishing season.")[0][:2] == (
        "according to", "the agency VNA")
    assert summary("These are the rules, according to the agency VNA, that govern the fishing "
                   "season.")[0][2] == "These are the rules"


# ---------------------------------------------------------------- "according to comments relayed by X"
def test_according_to_spoken_words_passed_on_by_an_agent_names_the_agent():
    assert summary("The mayor judged that the bridge was safe, according to comments relayed by several "
                   "local newspapers.") == [
        ("according to", "several local newspapers", "The mayor judged that the bridge was safe", "according_to"),
        ("judged that", "The mayor", "the bridge was safe", "indirect")]
    assert summary("The dam will hold, according to remarks carried by two Andean radios.") == [
        ("according to", "two Andean radios", "The dam will hold", "according_to")]


def test_according_to_words_with_an_owner_or_a_text_keeps_its_noun_phrase():
    # the words have an owner: the owner speaks, not the medium that carried them
    assert summary("The dam will hold, according to her remarks carried by two Andean radios.")[0][1] == \
        "her remarks"
    # a text speaks itself (seed conventions §11 and §18): "the text published by ..." stays the mention
    assert summary("The dam will hold, according to the text published by the agency Norpress.")[0][1] == \
        "the text"


# ---------------------------------------------------------------- a dateline after a byline or time line
def test_a_capitalised_place_and_dash_opening_a_lead_paragraph_is_a_dateline_not_a_speaker():
    body = ("By Ana Roe\n\nQuito | Thursday 20 June 2024 | 18:40\n\n"
            "QUITO — The Government of Ecuador expressed on Thursday its concern about the fishing pact signed by "
            "the Peruvian leader, Rafael Mena, and indicated that the agreement \"puts the coast at risk\".")
    assert [(c, m, k) for c, m, _, k in summary(body)] == [
        ("indicated", "The Government of Ecuador", "partial")]


# ---------------------------------------------------------------- "X, <prepositional aside>, verb ..."
def test_a_subject_with_a_prepositional_aside_opening_the_sentence_is_the_speaker_not_the_content():
    assert summary("The Kremlin, for its part, insists the deal threatens no one.") == [
        ("insists", "The Kremlin", "the deal threatens no one", "indirect")]
    assert summary("The Embassy of Peru in Oslo, in a message sent to this station, recalled the words of "
                   "Foreign Minister Ana Soto, who said that Lima was worried.")[0][:2] == (
        "recalled", "The Embassy of Peru in Oslo")
    # unchanged: a clause before an inverted frame is still its content
    assert summary("The plan, in our view, is sound, said the mayor.") == [
        ("said", "the mayor", "The plan, in our view, is sound", "indirect")]


# ---------------------------------------------------------------- words that only look like cues
def test_an_s_form_after_a_plural_count_or_before_a_modal_is_a_noun():
    assert summary("Readers can judge those two claims side by side.") == []
    assert summary('The professor adds that Andean states "should not be naive" about promises.') == [
        ("adds", "The professor", "should not be naive", "partial")]
    # a figure names an article, it is no count: "Article 4 says" is a report
    assert summary('Article 4 says that each side "will act at once".')[0][:2] == ("says", "Article 4")


def test_a_quantity_pronoun_as_the_whole_object_reports_no_words():
    assert summary("Mr Dale has said little in public about the drought.") == []
    assert summary("Mr Dale has said much about the drought.") == []


def test_a_participle_after_a_prepositional_message_noun_is_no_cue():
    assert summary('The embassy said in a statement posted on its website that Lima would "respond firmly" to '
                   'any threat.') == [("said", "The embassy", "respond firmly", "partial")]


def test_a_bare_object_pronoun_closing_the_sentence_reports_no_words():
    assert summary("Questions are printed where the chair acknowledged them.") == []
    # after a quotation the pronoun is the addressee and the quotation the content
    assert summary('"The roads are closed," one official told him.') == [
        ("told", "one official", "The roads are closed,", "direct")]


def test_a_negative_inversion_denies_the_report_and_the_inner_speaker_keeps_its_report():
    assert summary("But nowhere did the report mention that the spokesman, Tom Dale, had said the bridge "
                   "was sound.") == [("said", "the spokesman, Tom Dale", "the bridge was sound", "indirect")]


def test_after_but_and_a_that_clause_the_appositive_subject_starts_after_that():
    assert summary("But the report showed that the spokesman, Tom Dale, had said the bridge was sound.")[1] == (
        "said", "the spokesman, Tom Dale", "the bridge was sound", "indirect")


# ---------------------------------------------------------------- a bare setting before a subject
def test_a_short_prepositional_setting_before_a_subject_and_its_verb_is_no_content():
    assert summary("By Friday, three of them had asked their security advisers for a briefing.") == []
    # unchanged: a clause after the verb is still reported
    assert summary("In Lima, the mayor said the bridge was safe.") == [
        ("said", "the mayor", "the bridge was safe", "indirect")]


# ---------------------------------------------------------------- "According to X, citing Y, <clause>"
def test_according_to_with_a_citing_aside_both_vouch_for_the_clause_after_it():
    assert summary("According to the Harbour Post, citing people familiar with the matter, Chilean officials "
                   "are considering whether to send boats to Peru.") == [
        ("According to", "the Harbour Post",
         "Chilean officials are considering whether to send boats to Peru", "according_to"),
        ("citing", "people familiar with the matter",
         "Chilean officials are considering whether to send boats to Peru", "indirect")]


def test_the_body_a_subject_speaks_through_is_the_mention():
    assert summary('Chile, through its Ministry of Fisheries, warned that the agreement "must concern '
                   'everyone".') == [("warned", "its Ministry of Fisheries", "must concern everyone", "partial")]


def test_asking_quoted_questions_about_a_topic_puts_questions_with_no_content():
    assert summary('She says that member firms are asking "very concrete questions about supply chains."') == [
        ("says", "She", "very concrete questions about supply chains.", "partial")]


def test_a_short_phrase_before_a_subject_and_a_verb_closing_the_sentence_stays_its_content():
    assert summary("In June, the ministry said.") == [("said", "the ministry", "In June", "indirect")]
