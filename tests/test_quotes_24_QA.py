"""Round 24 (helper QA): spurious and missed attributions of the kinds the twenty-second invented set showed (a
question put to the source, a request for a thing or about the source's own name, a participle that is a state,
a message only received, the editorial "we" advising, a view held with no content, a relative clause on an
"according to" source), as general rules, on sentences written here (new names, places and outlets).  Each
filter is also checked to keep the true report next to it."""

from __future__ import annotations

from tests._attribution_helpers import summary


def _cues(body: str) -> list[str]:
    return [s[0] for s in summary(body)]


# ---------------------------------------------------------------- questioned by X: being asked, no report
def test_a_fronted_questioned_by_is_no_report():
    assert summary('Questioned by reporters during a visit to Braga, the prime minister said that he would wait '
                   'for the audit.') == [
        ("said", "the prime minister", "he would wait for the audit", "indirect")]


def test_a_parenthetical_questioned_by_is_no_report():
    assert summary('A Kenyan diplomatic source, questioned by Radio Savanna, assured that Nairobi '
                   '"has no arms deals" with Minsk.') == [
        ("assured", "A Kenyan diplomatic source, questioned by Radio Savanna", "has no arms deals", "partial")]


def test_questioned_whether_stays_a_report():
    assert summary('The auditor questioned whether the figures were sound.') == [
        ("questioned", "The auditor", "whether the figures were sound", "indirect")]


def test_a_fronted_asked_with_a_request_keeps_its_reading():
    # "to" + a verb is the request; "to" + a place (above) is not
    assert _cues('Asked by the host to respond, the minister said the plan was sound.') == ["Asked", "said"]


# ---------------------------------------------------------------- requests that report no words
def test_a_request_about_the_sources_own_name_is_no_report():
    assert summary('One resident, who asked us to use only his first name, Tomas, told us: "We are worried."') == [
        ("told", "One resident, who asked us to use only his first name, Tomas", "We are worried.", "direct")]
    assert _cues('A nurse, who asked that her surname be withheld, said the ward was full.') == ["said"]


def test_a_request_about_a_things_name_stays_a_request():
    assert summary('The mayor asked the council to change its name.') == [
        ("asked", "The mayor", "to change its name", "indirect")]


def test_asking_someone_for_a_thing_is_no_report():
    assert summary('The senator has asked the Navy for a closed-door briefing.') == []
    assert summary('Insurers are already asking shipping clients for detailed cargo declarations on goods bound '
                   'for Murmansk.') == []
    assert _cues('The prosecutor asked for a ten-year sentence, saying the crime was grave.') == ["saying"]


def test_asking_someone_to_act_stays_a_report():
    assert summary('The mayor asked residents to stay home.') == [
        ("asked", "The mayor", "to stay home", "indirect")]


# ---------------------------------------------------------------- "kept X informed": a state
def test_kept_informed_is_the_objects_state():
    assert _cues('The spokeswoman told the agency that Minsk had kept "its partners" informed, a claim the '
                 'minister did not address.') == ["told"]


def test_informed_with_its_own_clause_stays_a_report():
    assert _cues('The ministry has kept the embassies informed that the border would close.') == ["informed"]


# ---------------------------------------------------------------- "noted the reports": a message received
def test_noting_a_message_is_no_report():
    assert summary('The ministry has noted the reports.') == []
    assert summary('The ministry noted the statements, and the talks went on.') == []


def test_noting_a_clause_stays_a_report():
    assert summary('The minister noted that the reports were false.') == [
        ("noted", "The minister", "the reports were false", "indirect")]


# ---------------------------------------------------------------- the outlet's own advice
def test_the_outlets_we_advising_is_its_own_voice():
    assert summary('We recommend that clients review their contracts with Belarusian suppliers.') == []


def test_the_outlets_past_report_and_a_quoted_we_keep_their_entries():
    assert _cues('We warned in March that the deal would fail.') == ["warned"]
    assert summary('The ministry said: "We recommend that travellers avoid the border."') == [
        ("said", "The ministry", "We recommend that travellers avoid the border.", "direct")]


# ---------------------------------------------------------------- a view held, with no content
def test_a_view_expressed_by_someone_is_no_report_the_relative_clause_is():
    found = summary('A different view was expressed by economist Lars Holm of the Nordic Policy Forum, a Bergen '
                    'think tank, who described the deal as "a message to Brussels".')
    assert [(f[0], f[2], f[3]) for f in found] == [("described", "a message to Brussels", "partial")]
    assert summary('A similar position was taken by the mayor.') == []


def test_a_passive_with_content_as_subject_stays_a_report():
    assert summary('Concern was expressed by the Japanese government.') == [
        ("expressed", "the Japanese government", "Concern", "indirect")]
    # the agent's relative clause is no content of the passive verb: its subject is
    assert summary('The plan was criticised by the mayor, who said it was "unfair".') == [
        ("criticised", "the mayor", "The plan", "indirect"),
        ("said", "who", "unfair", "partial")]


# ---------------------------------------------------------------- "According to X, who ..., <content>"
def test_a_relative_clause_on_the_according_to_source_is_no_content():
    assert summary('According to a banker at a Swiss private bank, who spoke to us on condition of anonymity, '
                   'three clients asked last week to close their accounts.') == [
        ("According to", "a banker at a Swiss private bank",
         "three clients asked last week to close their accounts", "according_to")]
    assert summary('According to the mayor, who visited the site on Monday, the bridge is safe.') == [
        ("According to", "the mayor", "the bridge is safe", "according_to")]


# ---------------------------------------------------------------- an evidential verb inside content before a cue
def test_an_evidential_verb_in_postposed_content_is_content():
    assert summary('The trade pact shows that Moscow is ready to pay any price, Foreign Minister Elina Virtanen '
                   'told Radio Helsinki on Friday.') == [
        ("told", "Foreign Minister Elina Virtanen", "The trade pact shows that Moscow is ready to pay any price",
         "indirect")]


def test_an_opinion_verb_in_postposed_content_keeps_its_entry():
    assert ("think", "I", "tanks are loud", "indirect") in summary("I think tanks are loud, Ana Roe said.")


# ---------------------------------------------------------------- a time adverbial before "that"
def test_a_time_adverbial_between_the_verb_and_that():
    assert summary('The Finnish foreign minister, Elina Virtanen, considered today that the agreement raises the '
                   'risk in the region.') == [
        ("considered", "The Finnish foreign minister, Elina Virtanen",
         "the agreement raises the risk in the region", "indirect")]
    assert summary('The minister considered on Friday that the deal was fair.') == [
        ("considered", "The minister", "the deal was fair", "indirect")]
    assert summary('The minister considered today that day of mourning.') == []


# ---------------------------------------------------------------- read / treat X as Y: an interpretation
def test_read_x_as_y_is_an_interpretation():
    assert summary('Commentators in Nairobi read the statement as a signal to Beijing.') == [
        ("read", "Commentators in Nairobi", "the statement as a signal to Beijing", "indirect")]


def test_read_without_a_characterisation_is_no_report():
    assert summary('The clerk read the list aloud.') == []


def test_a_documents_reads_before_a_colon_keeps_its_quotation():
    assert summary('Article 3 of the accord reads in part: "Each side shall defend the other."') == [
        ("reads", "Article 3 of the accord", "Each side shall defend the other.", "direct")]


def test_a_negated_universal_subject_is_no_one_in_particular():
    assert summary('Not everyone in Lyon reads the deal as a turning point.') == []
    assert summary('But not all economists say the deal is fair.') == []
    assert _cues('Not all analysts agree, and some said the deal was weak.') == ["said"]
    assert _cues('The minister said not everyone would be pleased.') == ["said"]


# ---------------------------------------------------------------- "sees no <noun>": a judgement
def test_seeing_no_threat_is_a_judgement():
    assert summary('The government sees no direct military threat to the region from this pact.') == [
        ("sees", "The government", "no direct military threat to the region from this pact", "indirect")]


def test_seeing_no_one_is_perception_and_a_nested_see_stays_content():
    assert summary('I see no one at the door.') == []
    assert _cues('Ms Lind said the cabinet sees no reason to change course.') == ["said"]


# ---------------------------------------------------------------- "reads like": seeming, no words quoted
def test_reads_like_is_no_report():
    assert _cues('In his view, both sides "have strong reasons to stay vague," and the accord reads "more like a '
                 'press release than a war plan."') == ["In his view"]
    assert summary('The memo reads like a ransom note.') == []


def test_a_text_that_reads_a_quotation_keeps_it():
    assert summary('The letter reads: "We will not yield."') == [
        ("reads", "The letter", "We will not yield.", "direct")]
