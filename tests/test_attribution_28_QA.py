"""Round 28 (helper QA): communication verbs and frames from the twenty-seventh invented set's errors, as general
rules, on sentences written here (new names, places and outlets).  Each new cue or frame is also checked against
the look-alikes it must leave alone."""

from __future__ import annotations

from tests._attribution_helpers import atts, summary


def _cues(body: str) -> list[str]:
    return [s[0] for s in summary(body)]


# ---------------------------------------------------------------- "qualified X as “...”" (characterize-29.2 analogue)
def test_qualified_x_as_a_quotation_is_a_characterisation():
    assert summary('The premier of Tasmania qualified the levy as "a tax on hope".') == [
        ("qualified", "The premier of Tasmania", "a tax on hope", "partial")]


def test_qualified_nested_in_a_report_keeps_its_own_entry():
    found = summary('The agency reported that the prime minister qualified the accord as "a historic breakthrough" '
                    'for the region.')
    assert ("qualified", "the prime minister", "a historic breakthrough", "partial") in found
    assert [f[0] for f in found] == ["reported", "qualified"]


def test_qualified_for_a_final_or_as_an_adjective_is_no_cue():
    assert summary("The Lisbon side qualified for the final in May.") == []
    assert summary("The envoy gave a qualified welcome to the plan.") == []


# ---------------------------------------------------------------- "... and encouraged “<noun phrase>”"
def test_encouraged_with_a_quoted_object_after_a_coordinated_said():
    found = summary('The Pacific Islands Forum said in a statement on Monday that it "welcomes the talks" and '
                    'encouraged "a swift return to the negotiating table".')
    assert found == [("said", "The Pacific Islands Forum", "welcomes the talks", "partial"),
                     ("encouraged", "The Pacific Islands Forum", "a swift return to the negotiating table", "partial")]


def test_encouraged_by_results_is_still_no_cue():
    assert summary("The coach was encouraged by the results in Perth.") == []


# ---------------------------------------------------------------- "had privately signalled <stance noun>"
def test_signalled_a_stance_noun_is_a_report():
    assert summary("Nigerian diplomats had privately signalled unease with the tariff plan.") == [
        ("signalled", "Nigerian diplomats", "unease with the tariff plan", "indirect")]
    assert _cues("The Lagos cabinet signalled its readiness to talk.") == ["signalled"]


def test_signalled_an_event_noun_is_no_report():
    assert summary("The slump in orders signalled a slowdown in Ghana.") == []
    assert summary("The vote signalled the end of an era in Accra.") == []


# ---------------------------------------------------------------- a third party's earlier act inside a report
def test_a_third_partys_past_perfect_act_inside_a_report_gets_its_own_entry():
    found = summary("Officials in Lagos told the paper that Nigerian diplomats had privately signalled unease "
                    "with the tariff plan.")
    assert found == [("told", "Officials in Lagos",
                      "Nigerian diplomats had privately signalled unease with the tariff plan", "indirect"),
                     ("signalled", "Nigerian diplomats", "unease with the tariff plan", "indirect")]


def test_the_reporters_own_act_a_directive_or_a_bare_stance_inside_a_report_stays_part_of_it():
    assert _cues("Some delegates in Suva said they had welcomed attention to the issue.") == ["said"]
    assert _cues("Walter Hoyos recalled that the envoy had demanded a new clause.") == ["recalled"]
    assert _cues("Sources in Quito said Chile had conveyed its views to Lima through diplomatic channels.") == [
        "said"]
    assert _cues("Officials in Lagos said the new treaty echoes the pacts of the Cold War.") == ["said"]


def test_an_act_inside_an_according_to_phrase_stays_the_sources():
    assert _cues("The senator noted that, according to the agency, Peru had expressed discomfort to Lima about "
                 "the timing.") == ["noted", "according to"]


# ---------------------------------------------------------------- "repeating the accusation that ..."
def test_repeating_a_message_noun_restates_it():
    found = summary('A Treasury spokeswoman said the measures were "proportionate", repeating the charge that the '
                    'firm has evaded export controls for years.')
    assert found[1][:2] == ("repeating", "A Treasury spokeswoman")
    assert "the firm has evaded export controls for years" in found[1][2]
    assert summary("The ministry in Riga repeated its call for talks.") == [
        ("repeated", "The ministry in Riga", "its call for talks", "indirect")]


def test_repeating_a_mistake_is_no_report():
    assert summary("The team from Perth is repeating the mistakes of the past.") == []


# ---------------------------------------------------------------- "..., and has pushed for <noun phrase>"
def test_pushed_for_a_measure_is_a_demand_and_cuts_the_first_predicates_content():
    assert summary("Warsaw has repeatedly warned that the pipeline is a security risk, and has pushed for tougher "
                   "checks on the tankers that use it.") == [
        ("warned", "Warsaw", "the pipeline is a security risk", "indirect"),
        ("pushed for", "Warsaw", "tougher checks on the tankers that use it", "indirect")]


def test_pushed_forward_is_no_cue():
    assert summary("The players from Leeds pushed forward in the second half.") == []


# ---------------------------------------------------------------- "threatened a “...”"
def test_an_article_before_the_quoted_object_of_a_quote_only_verb():
    assert summary('Ankara has threatened a "firm answer" if the vote goes ahead.') == [
        ("threatened", "Ankara", "firm answer", "partial")]


def test_said_before_an_article_and_a_quoted_word_is_unchanged():
    assert summary('The senator from Ohio said a "deal" was close.') == [
        ("said", "The senator from Ohio", "deal", "partial")]


# ---------------------------------------------------------------- "denounced what it called “...”"
def test_what_it_called_closing_the_object_is_one_entry_of_the_outer_speaker():
    assert summary('The Kremlin, in a note, said the plan was fair and denounced what it called "the meddling of '
                   'outsiders".') == [
        ("said", "The Kremlin", "the plan was fair", "indirect"),
        ("denounced what it called", "The Kremlin", "the meddling of outsiders", "partial")]
    assert summary('The minister criticised what she described as "a witch hunt".') == [
        ("criticised what she described", "The minister", "a witch hunt", "partial")]


def test_what_he_called_inside_a_longer_object_keeps_two_entries():
    assert summary('The envoy dismissed what he called "the usual noise" in foreign capitals.') == [
        ("dismissed", "The envoy", "what", "indirect"), ("called", "he", "the usual noise", "partial")]


# ---------------------------------------------------------------- "X, an opposition party, for its part called on"
def test_for_its_part_without_its_closing_comma_is_no_speaker():
    assert summary('The Green Alliance, a minor party, for its part called on the cabinet to "explain" the '
                   'purchase, warning in a statement that the country "must not pay twice".') == [
        ("called on", "The Green Alliance, a minor party", "explain", "partial"),
        ("warning", "The Green Alliance, a minor party", "must not pay twice", "partial")]


def test_for_its_part_set_off_by_commas_is_unchanged():
    assert _cues('The Green Alliance, for its part, called on the cabinet to "explain" the purchase.') == [
        "called on"]
    assert summary('The Green Alliance, for its part, called on the cabinet to "explain" the purchase.')[0][1] == \
        "The Green Alliance"


# ---------------------------------------------------------------- "<subject>, in her view, <predicate>"
def test_in_his_view_between_subject_and_verb_credits_the_whole_clause():
    found = [a for a in atts("Tomas Berg said prices had peaked. The real question, in his view, was whether wages "
                             "would catch up.") if a.cue == "in his view"]
    assert len(found) == 1 and found[0].speaker_mention == "his" and found[0].kind == "according_to"
    body = found[0]
    assert [b for b in body.parts] and body.text == "The real question"
    assert _cues("Tomas Berg said prices had peaked. What counts now, in his view, is whether wages catch "
                 "up.") == ["said", "in his view"]


def test_in_his_view_inside_a_that_clause_stays_the_reports():
    assert _cues("Berg said that the question, in his view, was open.") == ["said"]


# ---------------------------------------------------------------- "We read it as ...": the outlet's reading
def test_editorial_we_reading_something_as_something_is_narration():
    assert _cues("The coast guard said it did not consider the collision deliberate. We read it as an accident "
                 "rather than provocation.") == ["said"]


def test_a_quoted_we_is_the_speakers():
    assert _cues('"We see it as a trap," the minister of Chad said.') == ["said"]


# ---------------------------------------------------------------- "..., referring to <noun phrase>"
def test_referring_to_a_noun_phrase_after_a_quotation_is_its_own_report():
    # issue 9 names "referring to" among the frames to cover; set 27's gold leaves a writer's gloss of this form out
    # (a spurious entry there, accepted: the issue wins)
    assert ("referring to", "Dr Lina Ortiz", "the Andean Pact, of which both states are members", "indirect") in summary(
        '"Both of them want money," Dr Lina Ortiz said, referring to the Andean Pact, of which both states are members.')


def test_referring_to_someone_as_a_label_still_attributes_it():
    assert ("referring to", "The minister", "a true friend", "partial") in summary(
        'The minister praised Lukin, referring to him as "a true friend".')


# ---------------------------------------------------------------- "were asked by X to <verb> that ..."
def test_a_passive_request_with_an_agent_ends_the_agent_before_the_infinitive():
    assert summary("The firms were asked by regulators to confirm that they hold no Russian assets.") == [
        ("asked", "regulators", "to confirm that they hold no Russian assets", "indirect")]


def test_in_his_view_between_subject_and_verb_of_a_lone_sentence():
    # round 10 left this medial phrase out ("not opening the sentence"); the twenty-seventh set's gold credits it
    assert summary("The ferry, in his view, should run.") == [("in his view", "his", "The ferry", "according_to")]


# ---------------------------------------------------------------- "X was among the first (states) to <verb> <NP>"
def test_the_first_to_condemn_is_the_copulas_subjects_act():
    assert summary("Mexico was among the first states to condemn the invasion of the island.") == [
        ("condemn", "Mexico", "the invasion of the island", "indirect")]


def test_the_first_to_condemn_inside_a_report_keeps_its_own_entry():
    found = summary("The historian recalled that Mexico was among the first states to condemn the invasion of the "
                    "island and said ties should deepen.")
    assert [f[:2] for f in found] == [("recalled", "The historian"), ("condemn", "Mexico"),
                                      ("said", "The historian")]


def test_the_first_to_do_something_else_is_no_report():
    assert summary("She was the first woman from Lagos to run the central bank.") == []
    assert summary("It was the first time to say so in Quito.") == []
