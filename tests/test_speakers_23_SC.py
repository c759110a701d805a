"""Round 23, helper SC: pronouns after a fronted topic, a relative pronoun's antecedent after a verb,
the examples of "Others, such as ...", and the types of some unnamed speakers."""

from __future__ import annotations


def _rows(body: str) -> list[tuple[str, str | None, str, str]]:
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from tests._attribution_helpers import doc
    d = doc(body)
    found = extract_attributions(d)
    return [(a.cue, a.speaker_mention, s.name, s.speaker_type) for a, s in zip(found, resolve_speakers(d, found))]


_REVIEW = ('Lena Ortiz, who teaches history at Brandmoor College, has written a fine book. '
           'On Hollis she is unsparing. She reminds us that the senator "never read the bill." '
           'On Marsh she is gentler, noting that his speeches were "written for donors."')


# ------------------------------------------------- a fronted topic: "On <name> she is ..."

def test_a_fronted_topic_is_no_person_a_pronoun_refers_to():
    rows = _rows(_REVIEW)
    assert rows[0][1:] == ("She", "Lena Ortiz", "expert_academic")


def test_a_mention_of_a_fronted_topic_and_its_pronoun_subject_is_the_pronoun():
    rows = _rows(_REVIEW)
    assert rows[-1][2:] == ("Lena Ortiz", "expert_academic")


def test_a_name_opening_a_sentence_with_its_verb_keeps_a_preposition_like_first_name():
    from analysis.extract.speakers.helpers import without_fronted_preposition
    body = "Per Lund said the plan was dead."
    assert without_fronted_preposition(body, "Per Lund", 0) == "Per Lund"
    body = "On Hollis she is unsparing."
    assert without_fronted_preposition(body, "On Hollis", 0) == "Hollis"
    body = "For Ann Roe, the pact adds little."
    assert without_fronted_preposition(body, "For Ann Roe", 0) == "Ann Roe"
    assert without_fronted_preposition(body, "For Ann Roe", 0, comma=False) == "For Ann Roe"


def test_a_person_in_a_fronted_for_phrase_stays_a_pronouns_antecedent():
    rows = _rows('For Ivo Marek, a history lecturer at Felder University, the accord changes little. '
                 '"Sanctions still bind every state," he said.')
    assert rows[-1][2:] == ("Ivo Marek", "expert_academic")


# ------------------------------------------------- "who" after a verb's object

def test_a_relative_pronouns_antecedent_is_the_verbs_object_not_the_verb():
    rows = _rows('The book gets one chapter on Spain, though Ortiz does quote a Spanish police officer '
                 'who called the plan "a receipt for votes".')
    assert rows[-1][0] == "called"
    assert rows[-1][2:] == ("Spanish police officer", "government")


def test_verbs_before_an_object_are_counted_only_before_a_noun_phrase():
    from analysis.extract.speakers.resolver import _verbs_before_object
    assert _verbs_before_object("quote a Spanish police officer") == len("quote ")
    assert _verbs_before_object("also cited an analyst") == len("also cited ")
    assert _verbs_before_object("a Spanish police officer") == 0
    assert _verbs_before_object("Ann Roe") == 0


# ------------------------------------------------- "Others, such as the <description> <name>"

def test_an_example_with_its_own_description_before_the_name_is_the_speaker():
    rows = _rows('Others, such as the security analyst Tomas Brandt, said the pact "changes nothing."')
    assert rows[0][2:] == ("Tomas Brandt", "expert_think_tank")


# ------------------------------------------------- unnamed speakers

def test_a_retired_diplomat_keeps_the_participle_and_speaks_for_no_state():
    rows = _rows('A retired Danish diplomat told her that the ministry had "argued against the clause."')
    assert rows[0][1:] == ("A retired Danish diplomat", "Retired Danish diplomat", "other")


def test_an_article_and_participle_before_a_role_open_the_subject():
    rows = _rows('Then the embattled mayor said the budget was "fine."')
    assert rows[0][1] == "the embattled mayor"


def test_an_intelligence_officer_quoted_anonymously_speaks_for_a_state():
    rows = _rows('A Chilean intelligence officer, quoted anonymously, insists that Lima "wrote the text itself."')
    assert rows[0][2:] == ("Chilean intelligence officer", "government")


def test_a_participle_anonymity_clause_is_no_part_of_the_name():
    from analysis.extract.speakers.descriptions import without_anonymity_clause
    assert without_anonymity_clause("A Chilean intelligence officer, quoted anonymously") == \
        "A Chilean intelligence officer"
    assert without_anonymity_clause("A police officer, speaking on condition of anonymity, in Lima") == \
        "A police officer in Lima"
    assert without_anonymity_clause("A police officer, quoted in the report") == "A police officer, quoted in the report"


def test_a_national_security_council_of_a_country_is_its_government():
    rows = _rows('A spokesperson for the Kenyan National Security Council said the talks were "productive."')
    assert rows[0][2:] == ("Kenyan National Security Council spokesperson", "government")


def test_an_organisations_capitalised_name_after_a_plain_demonym_stays_international():
    rows = _rows('The German EU commissioner said the talks were "productive."')
    assert rows[0][3] == "international_org"


# ------------------------------------------------- pronouns: the sentence before's persons

def test_a_past_word_in_parentheses_after_a_rank_keeps_the_name_the_subject():
    rows = _rows('"Nothing changes," said Arun Mehta, a former Indian ambassador to Peru.\n\n'
                 'Defence analyst Lt Gen (retd) Karan Bedi was blunter. "A rogue state just got insurance," '
                 'he told Delhi Live on its show.')
    assert rows[-1][1:3] == ("he", "Karan Bedi")


def test_with_no_person_subject_the_sentence_befores_one_person_object_is_the_pronouns():
    rows = _rows('Archpriest Pavel Orlov, a spokesman for the synod, told the agency TASS that the treaty was '
                 '"a shield for two peoples".\n\nThat language troubled Father Ivo Brandt, a Jesuit who teaches '
                 'ethics at a seminary in Busan. In his opinion, churches "should be the first to ask whose sons '
                 'will die". "A church that blesses this has forgotten the Cross," he wrote in a letter.')
    assert [r[2] for r in rows[-2:]] == ["Ivo Brandt", "Ivo Brandt"]


def test_a_pronoun_in_the_sentence_before_keeps_its_person_the_centre():
    rows = _rows('Professor Ana Roe, of the National University, told the paper that the pact "confirms that '
                 'Moscow has run out of friends."\n\nIn her view, the risk for Costa Brava is indirect. '
                 '"The region should worry less about Pyongyang," she said.')
    assert rows[-1][2] == "Ana Roe"


def test_another_person_before_the_object_leaves_the_pronoun_to_the_other_rules():
    rows = _rows('Speaking from his dacha last month, Ivan Petrov said Oleg Sidorov had "given away the store". '
                 '"He has waited all his life for this," he said.')
    assert rows[-1][2] == "Ivan Petrov"


def test_they_after_office_holders_met_as_an_object():
    rows = _rows('Our ambassador in Lima met officials of the Peruvian foreign ministry yesterday. '
                 'They told her that Lima regards the treaty as a "clear threat".')
    assert rows[-1][2:] == ("Peruvian foreign ministry officials", "government")
    rows = _rows('Our ambassador in Lima met Peruvian officials yesterday. '
                 'They told her that Lima regards the treaty as a "clear threat".')
    assert rows[-1][2:] == ("Peruvian officials", "government")
