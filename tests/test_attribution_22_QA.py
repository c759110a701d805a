"""Round 22 (helper QA): missed cues and cue spans the eighteenth and twentieth invented sets showed, as general
rules, on sentences written here (new names, places and outlets)."""

from __future__ import annotations

from tests._attribution_helpers import summary


# ---------------------------------------------------------------- a parenthetical between subject and verb
def test_a_parenthetical_after_the_subject_leaves_the_subject_speaking():
    # 'for its part', 'however' (roles.yaml setting.parenthetical) can be left out: the words before them are the
    # subject, not a content, and the noun phrase after the verb is no inverted speaker
    assert summary("Oslo, for its part, insists the deal threatens no one.") == [
        ("insists", "Oslo", "the deal threatens no one", "indirect")]
    assert summary("The Harbour Board, however, said the pier is safe.") == [
        ("said", "The Harbour Board", "the pier is safe", "indirect")]
    assert summary("But Ana Roe, for her part, said it was fine.") == [
        ("said", "Ana Roe", "it was fine", "indirect")]


def test_a_parenthetical_does_not_change_a_postposed_cue():
    assert summary('"It is a deal," Ana Roe, however, said.') == [
        ("said", "Ana Roe", "It is a deal,", "direct")]


# ---------------------------------------------------------------- cue verbs added to the lexicon
def test_sustained_that_reports_a_position():
    assert summary('Councillor Ana Lund sustained that the budget "does not add up".') == [
        ("sustained", "Councillor Ana Lund", "does not add up", "partial")]
    assert summary("The crew sustained injuries in the crash.") == []


def test_made_it_known_made_plain_made_clear_report_a_clause():
    assert summary('The palace made it known that the King had been "informed of the events".') == [
        ("made it known", "The palace", "informed of the events", "partial")]
    assert summary("Our consul in Lyon has made plain to the French foreign ministry that Peru regards the sale "
                   "as a breach of the accord.") == [
        ("made plain", "Our consul in Lyon", "Peru regards the sale as a breach of the accord", "indirect")]
    assert summary("Senator Ida Moss made it clear she would not run.") == [
        ("made it clear", "Senator Ida Moss", "she would not run", "indirect")]
    assert summary("The team made clear progress on Monday.") == []
    assert summary("The town made known to the police the names of the men.") == []


# ---------------------------------------------------------------- "In the opinion of X, <clause>"
def test_in_the_opinion_of_is_according_to_and_skips_the_source_appositive():
    assert summary('In the opinion of Paula Reyes, professor at the University of Lima, the pact '
                   '"changes little on the ground".') == [
        ("In the opinion of", "Paula Reyes", 'the pact "changes little on the ground"', "according_to")]
    assert summary("According to Tomas Berg, a lecturer at Tartu, the port will close.") == [
        ("According to", "Tomas Berg", "the port will close", "according_to")]


def test_according_to_keeps_a_subject_with_its_relative_clause():
    assert summary("According to the mayor, the plan, which costs a lot, will fail.") == [
        ("According to", "the mayor", "the plan, which costs a lot, will fail", "according_to")]


# ---------------------------------------------------------------- copula + manner adjective + colon + quotation
def test_a_speakers_manner_before_a_colon_introduces_the_quotation():
    assert summary('A baker at the Kumasi market, who gave only his first name, Kofi, is more cautious: '
                   '"When the elephants fight, it is the grass that suffers."') == [
        (":", "A baker at the Kumasi market", "When the elephants fight, it is the grass that suffers.", "direct")]
    assert summary('One Bergen-based fund manager was blunter: "Minsk has found a buyer."') == [
        (":", "One Bergen-based fund manager", "Minsk has found a buyer.", "direct")]
    assert summary('Her deputy was less diplomatic: "It is a disaster."') == [
        (":", "Her deputy", "It is a disaster.", "direct")]


def test_a_things_quality_before_a_colon_reports_nothing():
    assert summary('The advice from the bank is simple: "Update your plans."') == []
    assert summary('The message was clear: "Leave now."') == []
    assert summary('It was blunter: "Leave now."') == []


# ---------------------------------------------------------------- a second predicate with its own that-clause
def test_a_coordinated_weak_cue_with_its_own_that_clause_is_a_second_report():
    assert summary('Mendes recalled that Chile is the only country that sent ships, and considered that this '
                   'history "obliges us to speak."') == [
        ("recalled", "Mendes", "Chile is the only country that sent ships", "indirect"),
        ("considered", "Mendes", "obliges us to speak.", "partial")]


def test_a_weak_verb_inside_content_stays_content():
    assert summary("Lee said the pact showed that Minsk is isolated.") == [
        ("said", "Lee", "the pact showed that Minsk is isolated", "indirect")]


# ---------------------------------------------------------------- an adjunct between the verb and its quoted object
def test_a_medium_or_day_adjunct_before_the_quoted_object():
    assert summary('The blogger Kwame Mensah welcomed on Facebook "the end of the old order".') == [
        ("welcomed", "The blogger Kwame Mensah", "the end of the old order", "partial")]


def test_a_possessive_object_after_a_day_adjunct_and_a_coordinated_second_report():
    assert summary('LIMA — The Government of Peru expressed on Friday its "deep concern" about the accord, and '
                   'indicated that the accord "puts at risk the balance".') == [
        ("expressed", "The Government of Peru", "deep concern", "partial"),
        ("indicated", "The Government of Peru", "puts at risk the balance", "partial")]


# ---------------------------------------------------------------- "used to say" after an aside on the subject
def test_used_to_say_after_a_relative_clause_on_the_subject():
    assert summary('My late uncle, who served in Lebanon, used to say that "the war never ended."') == [
        ("used to say", "My late uncle, who served in Lebanon", "the war never ended.", "direct")]


# ---------------------------------------------------------------- a year ending a time adjunct before the verb
def test_a_year_closing_a_relative_clause_does_not_make_the_cue_attributive():
    assert summary("A woman who worked in 2020 told reporters it was hard.") == [
        ("told", "A woman", "it was hard", "indirect")]
    assert summary("The 300 pledged delegates met.") == []


# ---------------------------------------------------------------- a relay participle closing the sentence
def test_a_trailing_relay_participle_gives_the_agent_a_relay_entry():
    assert summary('For the Austrian chancellor, it is "a step that opens a new chapter," as he told reporters in '
                   'Hanoi, quoted by the agency AFP.') == [
        ("told", "he", "a step that opens a new chapter,", "partial"),
        ("quoted by", "the agency AFP", "a step that opens a new chapter,", "indirect")]
    assert summary("The chancellor said the pact was fair, quoted by the agency AFP.") == [
        ("said", "The chancellor", "the pact was fair", "indirect"),
        ("quoted by", "the agency AFP", "the pact was fair", "indirect")]


def test_a_trailing_relay_of_an_according_to_source_is_an_according_to_entry_of_the_medium():
    assert summary('Berlin affirms that the pact is "defensive," according to statements of the spokesman, '
                   'Ivan Sorokin, gathered by the agency RIA.') == [
        ("according to", "statements of the spokesman", 'Berlin affirms that the pact is "defensive,"',
         "according_to"),
        ("gathered by", "the agency RIA", 'Berlin affirms that the pact is "defensive,"', "according_to"),
        ("affirms", "Berlin", "defensive,", "partial")]


def test_a_passive_agent_is_no_trailing_relay():
    assert summary("The mayor said the bridge was closed by the flood.") == [
        ("said", "The mayor", "the bridge was closed by the flood", "indirect")]
