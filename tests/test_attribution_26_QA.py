"""Round 26 (helper QA): attribution mends from the twenty-fifth invented set's errors, as general rules, on
sentences written here (new names, places and outlets).  Each new cue is also checked against the look-alikes it
must leave alone."""

from __future__ import annotations

from analysis.extract.attribution import extract_attributions
from tests._attribution_helpers import doc, summary


def _cues(body: str) -> list[str]:
    return [s[0] for s in summary(body)]


# ---------------------------------------------------------------- an expectation of others' acts (seed scheme)
def test_expects_an_object_to_do_is_the_subjects_opinion():
    assert summary("Ingrid Solberg expects the pressure on Tromsø trawlers to grow.") == [
        ("expects", "Ingrid Solberg", "the pressure on Tromsø trawlers to grow", "indirect")]
    assert summary("Observers in Lusaka expect the two parties to invite Malawi to the summit.") == [
        ("expect", "Observers in Lusaka", "the two parties to invite Malawi to the summit", "indirect")]


def test_expects_with_no_object_or_inside_another_report_is_no_entry():
    assert summary("Norway expects to raise the matter at the council.") == []
    assert _cues("The fund expects harbour fees to keep rising through 2031, the bulletin said.") == ["said"]
    assert _cues("Ana Pires said she expected the mayors to sign the charter.") == ["said"]


def test_polnear_scheme_keeps_no_active_expectation_of_others_acts():
    found = extract_attributions(doc("Ingrid Solberg expects the pressure on Tromsø trawlers to grow."),
                                 scheme="polnear")
    assert [a.cue for a in found] == []


# ---------------------------------------------------------------- "doubted that ..."
def test_doubted_that_voices_an_opinion():
    assert summary("Kofi Mensah also doubted that the council would ever meet in Tamale.") == [
        ("doubted that", "Kofi Mensah", "the council would ever meet in Tamale", "indirect")]
    assert summary("Bankers in Accra doubt that the new port will earn much.") == [
        ("doubt that", "Bankers in Accra", "the new port will earn much", "indirect")]


def test_the_noun_doubt_is_no_cue():
    assert summary("The vote removes any doubt that the coalition has a majority.") == []
    assert summary("There is no doubt that the bridge will open.") == []


# ---------------------------------------------------------------- "In his estimate, ..."
def test_in_her_estimate_opening_a_sentence_is_an_according_to_source():
    assert summary("In her estimate, the harbour will lose a third of its trade.") == [
        ("In her estimate", "her", "the harbour will lose a third of its trade", "according_to")]


# ---------------------------------------------------------------- a judging verb, its object, a quoted complement
def test_considers_an_object_then_a_quoted_complement_is_a_partial():
    assert summary('Oskar Lind, an economist in Umeå, considers the fiscal part of the accord "cosmetic".') == [
        ("considers", "Oskar Lind, an economist in Umeå", "cosmetic", "partial")]


def test_a_quoted_adverbial_before_more_of_the_clause_is_no_complement():
    assert summary('Voters see the governor "every Sunday" at the fish market.') == []


# ---------------------------------------------------------------- an answer not given (seed scheme)
def test_did_not_say_whether_after_a_report_is_no_entry():
    assert _cues('Moe Aung said the port would stay "fully open", but he did not say whether the ferries would '
                 'run.') == ["said"]
    assert summary("The harbour board has not explained why the ferry was late.") == []


def test_did_not_say_that_keeps_its_entry():
    assert summary("The harbour board did not say that the ferry was late.") == [
        ("say", "The harbour board", "the ferry was late", "indirect")]


def test_polnear_scheme_keeps_a_negated_report_of_a_question():
    found = extract_attributions(doc("The harbour board did not say whether the ferry was late."), scheme="polnear")
    assert [(a.cue, a.text) for a in found] == [("say", "whether the ferry was late")]


# ---------------------------------------------------------------- "what it said about ..." is a free relative
def test_what_it_said_about_is_no_report_and_the_outer_report_keeps_its_quotation():
    found = summary('Ann Moe, a researcher in Bergen, said the pact mattered to Norway less for what it said about '
                    'Korea than for what it revealed about the Kremlin\'s "appetite for risk".')
    assert found == [("said", "Ann Moe, a researcher in Bergen", "appetite for risk", "partial")]


def test_what_she_said_before_a_colon_and_quotation_keeps_the_quotation():
    assert ("said", "she", "It will close.", "direct") in summary('Lee repeated what she said about the port: "It '
                                                                 'will close."')


# ---------------------------------------------------------------- a talk's topic inside a medium's report
def test_discussed_a_quoted_topic_inside_an_agencys_report_is_the_agencys_partial():
    assert summary('The agency said the two premiers had also discussed "concrete measures" to expand trade.') == [
        ("said", "The agency", "concrete measures", "partial")]


def test_discussed_a_quoted_topic_standing_alone_keeps_its_entry():
    assert summary('The premiers discussed "concrete measures" to expand trade.') == [
        ("discussed", "The premiers", "concrete measures", "partial")]


# ---------------------------------------------------------------- "went on:" and "wondered aloud"
def test_went_on_colon_quotation_is_direct_speech():
    found = summary('"We are tired," Lena Holt said. She went on: "But we will stay."')
    assert ("went on:", "She", "But we will stay.", "direct") in found


def test_went_on_without_a_colon_is_no_cue():
    assert summary("The talks went on for hours.") == []
    assert _cues('The party went on "until dawn", a guest said.') == ["said"]


def test_wondered_aloud_reports_a_spoken_question():
    assert summary('Tom Okello wondered aloud why a council that "talks about thrift" bought new cars.') == [
        ("wondered aloud", "Tom Okello", "talks about thrift", "partial")]
    assert summary("Tom Okello wondered why the council bought new cars.") == []


# ---------------------------------------------------------------- an opener, a role and a name, an appositive
def test_an_opener_then_a_lower_case_role_name_and_appositive_is_the_subject():
    found = summary('For her part, economic analyst Selma Haddou, professor of trade at the Higher Institute of '
                    'Commerce in Oran, told the agency that the accord "opens a new chapter".')
    assert found == [("told", "economic analyst Selma Haddou, professor of trade at the Higher Institute of "
                      "Commerce in Oran", "opens a new chapter", "partial")]


# ---------------------------------------------------------------- the outlet's initials: its own reporting
def _outlet_summary(outlet: str, body: str) -> list[tuple[str, str | None, str, str]]:
    return [(a.cue, a.speaker_mention, a.text, a.kind) for a in extract_attributions(doc_outlet(outlet, body))]


def doc_outlet(outlet: str, body: str):
    import datetime as dt
    from analysis.corpus import Article
    from analysis.text import parse_article
    return parse_article(Article(outlet=outlet, title="T", date=dt.date(2024, 1, 1), body=body))


def test_according_to_the_outlets_initials_is_its_own_reporting():
    assert _outlet_summary("Ostrava Vestnik", "According to OV's information, a draft accord on a bridge is "
                                              "ready.") == []


def test_according_to_a_source_the_initials_modify_keeps_the_source():
    assert _outlet_summary("Ostrava Vestnik", "According to an OV source in the ministry, the bridge is ready.") == [
        ("According to", "an OV source in the ministry", "the bridge is ready", "according_to")]
    assert _outlet_summary("Brno Daily", "According to OV's information, the bridge is ready.") == [
        ("According to", "OV's information", "the bridge is ready", "according_to")]
