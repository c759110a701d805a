"""Round 31 (helper QA): quotes, cues and mentions, as general rules on sentences written here (new names, places
and outlets): a memory verb before a quotation, a debate about a question, answering critics, "what X described as
Y" inside another report, an adjunct between an addressee and the content, a closing "citing <source>", a list
label before a subject with a participle aside, an opening view phrase under a closing frame and "according to"
after a relative adverb.  Each rule is also checked against the look-alikes it must leave alone."""

from __future__ import annotations

from tests._attribution_helpers import summary


# ---------------------------------------------------------------- remember + a quotation: memory, not words
def test_a_quotation_after_remembered_is_the_enclosing_speakers_words():
    assert summary('Ana Roe said farmers remembered "who helped us in 2001", when the river flooded.') == [
        ("said", "Ana Roe", "who helped us in 2001", "partial")]
    assert summary('Farmers remembered "who helped us in 2001".') == []


def test_remembered_as_with_a_quotation_keeps_its_entry():
    assert summary('Farmers remembered the flood as "the worst in memory".') == [
        ("remembered", "Farmers", "the worst in memory", "partial")]


# ---------------------------------------------------------------- debating a question: no claim
def test_debating_an_open_question_is_no_report():
    assert summary("At the cafes of Tarma, regulars debated what the new levy means for the fishing fleet.") == []
    assert summary("Senators debated whether the levy was fair.") == []


def test_arguing_a_clause_is_still_a_report():
    assert summary("Ms Roe argued that the levy was fair.") == [("argued", "Ms Roe", "the levy was fair", "indirect")]


# ---------------------------------------------------------------- answering critics: who is answered, no content
def test_answering_critics_with_no_content_is_no_report():
    assert summary("Lima officials were quick to answer foreign critics.") == []
    assert summary("Lima officials answered foreign critics.") == []


def test_answering_with_content_or_a_message_object_keeps_the_entry():
    assert summary("Officials were quick to answer that the plan was legal.") == [
        ("were quick to answer", "Officials", "the plan was legal", "indirect")]
    assert summary("Lima officials were quick to answer the charges.") == [
        ("were quick to answer", "Lima officials", "the charges", "indirect")]


# ---------------------------------------------------------------- "what X described as Y"
def test_what_she_described_as_inside_another_report_is_an_entry():
    found = summary('He said the port was "watching closely" what she described as a pact between rivals.')
    assert found == [("said", "He", "watching closely", "partial"),
                     ("described", "she", "a pact between rivals", "indirect")]


def test_what_she_described_as_alone_drops_the_as():
    assert summary("The treaty was what she described as a pact between rivals.") == [
        ("described", "she", "a pact between rivals", "indirect")]


def test_described_x_as_y_is_unchanged():
    assert summary("She described the treaty as a pact between rivals.") == [
        ("described", "She", "the treaty as a pact between rivals", "indirect")]


# ---------------------------------------------------------------- an adjunct between the addressee and the content
def test_a_place_phrase_between_reporters_and_that():
    assert summary('Ana Roe, who leads the Greens, told reporters at Parliament that the port must "stop dithering".') == [
        ("told", "Ana Roe, who leads the Greens", "stop dithering", "partial")]
    assert summary("Ana Roe told reporters in Lima that the port was closed.") == [
        ("told", "Ana Roe", "the port was closed", "indirect")]


def test_the_addressee_of_a_closing_frame_is_no_content():
    assert summary("The port will stay open, the harbour master Ana Roe told LNA on Friday, commenting on the "
                   "strike.") == [("told", "the harbour master Ana Roe", "The port will stay open", "indirect")]
    assert summary("The port will stay open, Ana Roe told reporters in Lima.") == [
        ("told", "Ana Roe", "The port will stay open", "indirect")]


# ---------------------------------------------------------------- a closing "citing <source>"
def test_a_closing_cited_source_speaks_the_reported_clause():
    assert summary("The Lima Wire reported that the port would close, citing an unnamed harbour official.") == [
        ("reported", "The Lima Wire", "the port would close", "indirect"),
        ("citing", "an unnamed harbour official", "the port would close", "indirect")]


def test_citing_a_reason_or_a_quoted_report_adds_no_source_entry():
    assert summary("Traders said the peso fell, citing dollar buying by funds.") == [
        ("said", "Traders", "the peso fell", "indirect"), ("citing", "Traders", "dollar buying by funds", "indirect")]
    assert summary('The Lima Wire reported that the port would "close soon", citing an unnamed harbour official.') == [
        ("reported", "The Lima Wire", "close soon", "partial")]


# ---------------------------------------------------------------- a list label before the subject
def test_a_list_label_is_not_the_subject_of_a_document_with_a_participle_aside():
    assert summary('* Port fees: Article 9 of the code, published by the ministry on Monday, says that ships '
                   '"must pay in advance".') == [("says", "Article 9 of the code", "must pay in advance", "partial")]
    assert summary("Fees: Ana Roe, speaking in Lima, said that ships must pay.") == [
        ("said", "Ana Roe", "ships must pay", "indirect")]


# ---------------------------------------------------------------- an opening view phrase under a closing frame
def test_an_opening_view_phrase_under_a_closing_frame_is_one_report():
    assert summary("In his assessment, Lima now needs the port more than ever, Roe added.") == [
        ("added", "Roe", "Lima now needs the port more than ever", "indirect")]
    assert summary("In her opinion, the levy is fair, she said.") == [("said", "she", "the levy is fair", "indirect")]


def test_an_opening_view_phrase_alone_keeps_its_entry():
    assert summary("In his view, the port is safe.") == [("In his view", "his", "the port is safe", "according_to")]


# ---------------------------------------------------------------- according to after a relative adverb
def test_according_to_after_where_vouches_for_the_clause_after_it():
    found = summary("The host closed the show by noting that Roe had flown on to Lima, where, according to local "
                    "radio, she was welcomed with a parade.")
    assert ("according to", "local radio", "she was welcomed with a parade", "according_to") in found
    assert summary("Roe flew to Lima in May, when, according to local radio, the port was shut.") == [
        ("according to", "local radio", "the port was shut", "according_to")]


# ---------------------------------------------------------------- a contact verb before "to say"
def test_emailed_or_phoned_to_say_is_a_report_of_the_subject():
    assert summary("Ana Roe emailed to say that the port was closed.") == [
        ("emailed to say", "Ana Roe", "the port was closed", "indirect")]
    assert summary("Ana Roe rang in to say that the port was closed.") == [
        ("rang in to say", "Ana Roe", "the port was closed", "indirect")]
    assert summary('Listener Ana Roe, a nurse in Tuam, emailed to say that the ferry had stopped and that "nobody '
                   'here is worried".') == [
        ("emailed to say", "Listener Ana Roe, a nurse in Tuam", "nobody here is worried", "partial")]


def test_a_contact_noun_or_a_passive_contact_is_no_cue():
    assert summary("She sent a text to say that the port was closed.") == []
    assert summary("Ana Roe was phoned to say that the port was closed.") == []
    assert summary("Fans rang the bell to say goodbye.") == []


# ---------------------------------------------------------------- "in the words of" a long noun phrase
def test_in_the_words_of_a_name_with_particle_and_affiliation():
    found = summary('The levy is, in the words of Dora zu Lenz of the Tarma Institute of Harbour Studies, "a tax in '
                    'all but name".')
    assert [(c, m) for c, m, _, _ in found] == [
        ("in the words of Dora zu Lenz of the Tarma Institute of Harbour Studies",
         "Dora zu Lenz of the Tarma Institute of Harbour Studies")]
    assert "a tax in all but name" in found[0][2]


# ---------------------------------------------------------------- "who" after a parenthesis
def test_who_after_a_party_in_parentheses_has_the_name_as_antecedent():
    from tests._attribution_helpers import resolved
    body = ('The wording drew fire from Ana Roe (Greens), who told reporters that the port must "stop dithering".')
    assert summary(body) == [("told", "who", "stop dithering", "partial")]
    assert resolved(body)[0][:2] == ("who", "Ana Roe")
