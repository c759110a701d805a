"""Round 25 (helper QA): quote-detection mends from the twenty-fourth invented set's errors (and the twenty-second
and twenty-third sets' leftovers), as general rules, on sentences written here (new names, places and outlets).
Each filter is also checked to keep the true report next to it."""

from __future__ import annotations

from tests._attribution_helpers import summary


def _cues(body: str) -> list[str]:
    return [s[0] for s in summary(body)]


# ---------------------------------------------------------------- an according-to after a quotation of sentences
def test_a_trailing_according_to_covers_the_whole_quotation_not_its_last_sentence():
    found = summary('"Gondor is not a guest here. Gondor is family," Aragorn said, according to the Minas Courier.')
    assert ("said", "Aragorn", "Gondor is not a guest here. Gondor is family,", "direct") in found
    assert ("according to", "the Minas Courier", '"Gondor is not a guest here. Gondor is family," Aragorn said',
            "according_to") in found
    assert len(found) == 2


def test_a_one_sentence_quotation_keeps_its_trailing_according_to():
    assert summary('"We will not yield," Boromir said, according to the Minas Courier.') == [
        ("according to", "the Minas Courier", '"We will not yield," Boromir said', "according_to"),
        ("said", "Boromir", "We will not yield,", "direct")]


# ---------------------------------------------------------------- a transcript only wrote the words down
def test_according_to_a_transcript_after_a_quotation_with_its_own_cue_is_no_entry():
    assert summary('The envoy went further. "Papers mock a pact. They did not mock the siege of Osgiliath," '
                   'Faramir said, according to a transcript published by the embassy.') == [
        ("said", "Faramir", "Papers mock a pact. They did not mock the siege of Osgiliath,", "direct")]
    assert _cues('"Nobody should test us," the regent told reporters, according to a palace transcript.') == [
        "told"]


def test_according_to_a_transcript_standing_alone_stays_a_source():
    assert summary('According to the transcript, the minister left the room early.') == [
        ("According to", "the transcript", "the minister left the room early", "according_to")]


# ---------------------------------------------------------------- relay phrases: "As reported by X", "Per X"
def test_as_reported_by_opening_a_sentence_is_an_according_to_source():
    found = summary('As reported by the Eriador news agency, Elrond described the document as "a charter for the '
                    'ages".')
    assert ("As reported by", "the Eriador news agency", 'Elrond described the document as "a charter for the ages"',
            "according_to") in found
    assert ("described", "Elrond", "a charter for the ages", "partial") in found


def test_a_trailing_as_reported_by_credits_the_clause_before_it():
    assert summary('The mayor resigned on Monday, as reported by the Bree Bulletin.') == [
        ("as reported by", "the Bree Bulletin", "The mayor resigned on Monday", "according_to")]


def test_per_opening_a_sentence_is_an_according_to_source():
    assert summary('Per the Shire Gazette, Clause 9 obliges each party to help the other.') == [
        ("Per", "the Shire Gazette", "Clause 9 obliges each party to help the other", "according_to")]
    assert summary('Per Elrond, the council will meet again.') == [
        ("Per", "Elrond", "the council will meet again", "according_to")]


def test_per_as_a_rate_or_a_norm_is_no_cue():
    assert _cues('Oil rose to $80 per barrel, the ministry said.') == ["said"]
    assert summary('Per the plan, the council met on Monday.') == []
    assert summary('The levy is ten crowns per head.') == []


# ---------------------------------------------------------------- "hold the view that"
def test_hold_the_view_that_reports_an_opinion_after_a_participle_aside():
    assert summary('Experts of the Institute for Lake Studies, interviewed by our correspondent, hold the view that '
                   'the new dam will not affect the fisheries.') == [
        ("hold the view that", "Experts of the Institute for Lake Studies, interviewed by our correspondent",
         "the new dam will not affect the fisheries", "indirect")]
    assert _cues('Most economists take the view that rates will fall.') == ["take the view that"]


def test_holding_a_view_with_no_that_clause_is_no_cue():
    assert summary('They held the view from the ridge for an hour.') == []


# ---------------------------------------------------------------- an act on a thing, told by a statement
def test_an_act_on_a_thing_inside_a_statements_according_to_has_no_entry_of_its_own():
    assert summary('The Council of Rohan welcomes the Pact of Edoras signed in Dunharrow on 3 May, according to a '
                   'statement released by the Ministry of Foreign Affairs.') == [
        ("according to", "a statement",
         "The Council of Rohan welcomes the Pact of Edoras signed in Dunharrow on 3 May", "according_to")]


def test_words_relayed_by_a_statement_and_a_plain_welcome_keep_their_entries():
    assert _cues('Theoden said the pact was "a shield for our people", according to a statement from his '
                 'office.') == ["according to", "said"]
    assert summary('The Council of Rohan welcomed the Pact of Edoras.') == [
        ("welcomed", "The Council of Rohan", "the Pact of Edoras", "indirect")]
    assert _cues('The mayor ordered an audit of the port, according to her office.') == ["according to"]


# ---------------------------------------------------------------- a document's evidence inside a report
def test_a_document_confirming_inside_a_speakers_report_is_her_reading():
    assert summary('Dr Ana Vell, a lecturer at Bree College, said the pact confirmed that the balance of power was '
                   'shifting south.') == [
        ("said", "Dr Ana Vell, a lecturer at Bree College",
         "the pact confirmed that the balance of power was shifting south", "indirect")]


def test_a_person_confirming_inside_a_report_and_a_document_stating_keep_their_entries():
    assert _cues('Dr Ana Vell said the minister confirmed that the talks had failed.') == ["said", "confirmed"]
    assert _cues('Dr Ana Vell said the treaty states that each side must help.') == ["said", "states"]


# ---------------------------------------------------------------- a quoted negation in the verb's chain
def test_a_quoted_negation_before_the_verb_negates_it():
    assert summary('Cde Moyo dismissed the remarks, telling this publication that the opposition had "never once" '
                   'condemned the embargo imposed on Lesotho.') == [
        ("dismissed", "Cde Moyo", "the remarks", "indirect"),
        ("telling", "Cde Moyo", "never once", "partial")]


# ---------------------------------------------------------------- a quoted label
def test_a_quoted_label_after_marked_is_no_ones_words():
    assert summary('The drawing shows the two kings huddled under a single umbrella marked "Clause 9".') == []
    assert summary('The minister held up a folder titled "Plan B" and said: "This is the plan."') == [
        ("said", "The minister", "This is the plan.", "direct")]


# ---------------------------------------------------------------- a gapped relative clause
def test_a_verb_before_a_stranded_preposition_reports_nothing():
    assert summary('Elrond told reporters that Gondor would "look at everything" its partner asks for.') == [
        ("told", "Elrond", "look at everything", "partial")]


def test_a_cue_with_its_prepositional_object_stays_a_report():
    assert summary('The union warned about a rise in fares.') == [
        ("warned about", "The union", "a rise in fares", "indirect")]
    assert summary('The mayor called for calm.') == [("called for", "The mayor", "calm", "indirect")]


# ---------------------------------------------------------------- "called <object with a participle> “...”"
def test_called_an_object_with_a_reduced_relative_then_a_quoted_label():
    found = summary('Mara Vey on Thursday called the defence pact signed in Osgiliath by Elrond and Aragorn "a '
                    'marriage of convenience", warning that war was near.')
    assert ("called", "Mara Vey", "a marriage of convenience", "partial") in found
    assert ("warning", "Mara Vey", "war was near", "indirect") in found


def test_called_with_a_relative_clause_subject_keeps_no_entry():
    assert summary('Mara Vey called the police, who arrived in minutes.') == []


def test_a_finite_marked_with_a_quoted_object_stays_the_reports_words():
    assert summary("The agency said Elrond's visit marked \"a new era\" in relations.") == [
        ("said", "The agency", "a new era", "partial")]


# ---------------------------------------------------------------- a message noun, a time phrase, a participle
def test_a_participle_after_a_message_noun_and_a_time_phrase_reports_the_message():
    assert summary('The Lake Institute published a note this morning arguing that the pact makes a border clash '
                   'more likely.') == [
        ("arguing", "The Lake Institute", "the pact makes a border clash more likely", "indirect")]
    assert summary('The union issued a statement on Monday saying the strike would go on.') == [
        ("saying", "The union", "the strike would go on", "indirect")]


def test_a_participle_after_a_time_phrase_with_no_message_noun_is_no_cue():
    assert summary('The minister spoke this morning saying nothing.') == []


# ---------------------------------------------------------------- "X, answering a question from Y, said ..."
def test_an_answering_aside_before_the_main_verb_is_no_entry_of_its_own():
    assert summary('Ana Roe, answering a question from Radio Bree at the weekly briefing, said the talks were '
                   'over.') == [("said", "Ana Roe", "the talks were over", "indirect")]


def test_another_participle_aside_keeps_its_entry():
    assert _cues('Ana Roe, praising the deal, said the talks were over.') == ["praising", "said"]


# ---------------------------------------------------------------- "It shows <what a picture displays>"
def test_show_with_no_that_clause_is_what_a_picture_displays():
    assert summary('It shows the two kings huddled under a single umbrella marked "Clause 9" while the arrows rain '
                   'down.') == []
    assert summary('The chart shows exports falling since May.') == []


def test_show_with_a_that_clause_stays_a_report():
    assert summary('The survey shows that most voters back the pact.') == [
        ("shows", "The survey", "most voters back the pact", "indirect")]
