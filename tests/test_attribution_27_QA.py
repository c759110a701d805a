"""Round 27 (helper QA): attribution mends from the twenty-sixth invented set's errors, as general rules, on
sentences written here (new names, places and outlets).  Each new cue is also checked against the look-alikes it
must leave alone."""

from __future__ import annotations

from tests._attribution_helpers import summary


def _cues(body: str) -> list[str]:
    return [s[0] for s in summary(body)]


# ---------------------------------------------------------------- "put the point <manner> <occasion>: “...”"
def test_put_the_point_in_a_recent_lecture_before_a_colon_quotes_the_words():
    assert summary('Her colleague, Professor Ilse Vandam, put the point more drily in a recent lecture: '
                   '"A treaty is a promise. It was never meant to be a weapon."') == [
        ("put the point", "Her colleague, Professor Ilse Vandam",
         "A treaty is a promise. It was never meant to be a weapon.", "direct")]
    assert _cues('The mayor of Tartu put it bluntly in a speech: "We are out of money."') == ["put it"]


def test_put_the_point_without_a_quotation_or_past_a_things_noun_is_no_cue():
    assert summary("The chair put the point to a vote on Tuesday.") == []
    assert summary('Vandam put the point on the agenda of the old table: "Budget".') == []


# ---------------------------------------------------------------- "has taken the position that ..."
def test_taken_the_position_that_reports_a_stance():
    assert summary("Quito has taken the position that any transfer of the radar would breach the accord.") == [
        ("taken the position that", "Quito", "any transfer of the radar would breach the accord", "indirect")]
    assert _cues("The guild has taken the view that the levy is unlawful.") == ["taken the view that"]


def test_a_position_held_or_taken_without_a_clause_is_no_cue():
    assert summary("Marta Quesada held the position for a decade.") == []
    assert summary("Lindqvist took the position of goalkeeper that season.") == []


# ---------------------------------------------------------------- "..., in the words of its envoy, Ana Roe."
def test_trailing_in_the_words_of_with_a_closing_name_credits_the_clause_before():
    found = summary("The levy is unlawful, in the words of the tribunal's chair, Marta Quesada.")
    assert found == [("in the words of the tribunal's chair", "the tribunal's chair, Marta Quesada",
                      "The levy is unlawful", "according_to")]


def test_opening_in_the_words_of_still_credits_the_clause_after():
    assert summary("In the words of the harbour master, the quay is closed until May.") == [
        ("In the words of the harbour master", "the harbour master", "the quay is closed until May",
         "according_to")]


# ---------------------------------------------------------------- a group subject before an acronym and a gloss
def test_believe_after_an_acronym_in_brackets_and_an_appositive_is_the_groups_opinion():
    assert summary("Economists at the Baltic Trade Council (BTC), a Riga think tank, believe the port matters "
                   "less for shipping than for rail.") == [
        ("believe", "Economists at the Baltic Trade Council (BTC), a Riga think tank",
         "the port matters less for shipping than for rail", "indirect")]
    assert _cues("Economists at the Council (BTC) believe the port matters less for shipping than for rail.") == [
        "believe"]


def test_a_bracket_after_a_plural_noun_that_is_no_subject_gives_no_cue():
    assert summary("The talks (in Geneva) say little about the port.") == []


# ---------------------------------------------------------------- "claim victory": a prize taken, no assertion
def test_claim_with_a_prize_or_seat_as_object_is_no_report():
    assert summary("The deal would let both coalitions claim victory without a single vote.") == []
    assert summary("The Harriers claimed the title after a late goal in Dundee.") == []


def test_claim_with_a_clause_stays_a_report():
    assert _cues("The mayor of Arequipa claimed victory was within reach.") == ["claimed"]
    assert _cues("Ortega claimed the count had been rigged.") == ["claimed"]


# ---------------------------------------------------------------- "the slogan reads “...”"
def test_an_inscription_reading_words_is_no_entry():
    assert summary('The inscription on the Riga gate reads "Work and peace".') == []
    assert summary('A mural in a Havana street. The slogan reads "Forever brothers".') == []


def test_a_message_reading_words_stays_a_document_entry():
    assert _cues('The statement reads "We regret the delay".') == ["reads"]


# ---------------------------------------------------------------- a document's evidence quoted inside a report
def test_a_documents_revealing_quoted_words_inside_a_report_are_the_writers():
    assert summary('The daily El Faro wrote in an editorial that the accord revealed "the true face of the junta".') \
        == [("wrote", "The daily El Faro", "the true face of the junta", "partial")]


# ---------------------------------------------------------------- "whether X welcomes ...": an open question
def test_a_verb_under_whether_is_no_report():
    assert summary("There was no agreement on whether Lima welcomes the plan or merely tolerates it.") == []
    assert summary("Nobody in Quito knows whether the council welcomes the levy.") == []


def test_a_report_after_a_whether_clause_keeps_its_entry():
    assert _cues("Whether Lima welcomes the plan or not, the mayor said the port would stay open.") == ["said"]


# ---------------------------------------------------------------- a gloss's relative clause
def test_a_present_commitment_in_a_glossing_relative_clause_is_no_report():
    assert _cues("The league, a club of 12 nations that pledge to share data, said it was worried.") == ["said"]


def test_a_past_commitment_in_an_appositive_relative_stays_a_report():
    assert _cues("Ana Roe, a lawyer who promised to sue the city, said she was ready.") == ["promised", "said"]


def test_an_irregular_past_in_an_appositive_relative_stays_a_report():
    assert _cues("Ivo Brandt, a clerk at the port authority who told his staff never to speak of the leak, "
                 "resigned.") == ["told"]


# ---------------------------------------------------------------- a message noun, then where it was published
def test_a_statement_on_its_website_then_a_participle_is_the_publishers_report():
    assert summary('The Ministry of Transport published a statement on its website condemning '
                   '"any deal that helps the cartel".') == [
        ("condemning", "The Ministry of Transport", "any deal that helps the cartel", "partial")]


def test_a_thing_left_on_a_desk_is_no_message():
    assert summary("She left the statement on her desk, saying nothing.") == []


# ---------------------------------------------------------------- a quoted noun phrase with a relative clause
def test_a_quoted_noun_phrase_whose_only_verb_is_its_relative_clauses_is_a_partial():
    assert summary('Ortega condemned "the law that bans our papers".') == [
        ("condemned", "Ortega", "the law that bans our papers", "partial")]


def test_a_quoted_clause_with_a_relative_clause_and_a_main_verb_stays_direct():
    assert [s[3] for s in summary('Ortega said: "The deal that we signed is dead."')] == ["direct"]
