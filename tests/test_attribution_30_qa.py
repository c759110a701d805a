"""Round 30 (helper QA): a wire flash written in capitals read case-folded, a promise with a place phrase before its
to-infinitive, questions, invitations and a masthead's call for letters that report no content, as general rules, on
sentences written here (new names, places and outlets).  Each rule is also checked against the look-alikes it must
leave alone."""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.extract.attribution import extract_attributions
from analysis.text import parse_article
from tests._attribution_helpers import resolved, summary


def _cues(body: str) -> list[str]:
    return [s[0] for s in summary(body)]


# ---------------------------------------------------------------- a wire flash written in capitals
def test_a_flash_in_capitals_is_read_as_running_text():
    assert summary("MORALES SAYS NEW CANAL DEAL WITH PERU PROTECTS FISHING RIGHTS") == [
        ("SAYS", "MORALES", "NEW CANAL DEAL WITH PERU PROTECTS FISHING RIGHTS", "indirect")]


def test_a_flash_with_a_quoted_fragment_and_a_possessive_speaker():
    assert summary("CHILE'S FOREIGN MINISTER SAYS SANTIAGO IS \"DEEPLY TROUBLED\" BY THE VOTE") == [
        ("SAYS", "CHILE'S FOREIGN MINISTER", "DEEPLY TROUBLED", "partial")]


def test_a_flash_relaying_a_report_keeps_both_entries():
    assert summary('BOLIVIAN RADIO SAYS LUCERO TOLD THE SENATE THE PACT WAS "DEAD"') == [
        ("SAYS", "BOLIVIAN RADIO", 'LUCERO TOLD THE SENATE THE PACT WAS "DEAD"', "indirect"),
        ("TOLD", "LUCERO", "DEAD", "partial")]


def test_flashes_between_time_stamps():
    body = ("Quillabamba Wire | Flash service\n\n[07:10 GMT]\n\nMORALES SAYS THE DAM WILL OPEN IN MAY\n\n"
            "[07:15 GMT]\n\nLIMA'S MAYOR SAYS CITY WATER IS \"SAFE TO DRINK\"")
    assert summary(body) == [("SAYS", "MORALES", "THE DAM WILL OPEN IN MAY", "indirect"),
                             ("SAYS", "LIMA'S MAYOR", "SAFE TO DRINK", "partial")]


def test_a_capitals_mention_is_resolved_as_a_name():
    found = resolved("CHILE'S FOREIGN MINISTER SAYS SANTIAGO IS \"DEEPLY TROUBLED\" BY THE VOTE")
    assert found[0][0] == "CHILE'S FOREIGN MINISTER"          # the mention keeps the article's words
    assert found[0][2] == "government"
    assert resolved('EU SAYS CANAL DEAL IS A "MISTAKE"') == [("EU", "European Union", "international_org")]


def test_short_headings_and_acronyms_in_running_text_are_left_alone():
    assert summary("WHAT LIMA SAYS") == []
    assert summary("NEW CANAL DEAL SIGNED BY PERU AND CHILE") == []
    assert summary("The UN said the levy was fair.") == [("said", "The UN", "the levy was fair", "indirect")]


# ---------------------------------------------------------------- questioning someone about a topic
def test_questioning_two_addressees_about_a_topic_is_no_report():
    assert summary("Members of the council questioned a senior engineer and two outside auditors on Monday about "
                   "the bridge that the firm built in Tarma in 2019.") == []
    assert summary("The senators questioned three bankers on Friday about the loans.") == []


def test_questioning_a_claim_and_telling_someone_that_stay_reports():
    assert _cues("The auditors questioned whether the loans were sound.") == ["questioned"]
    assert summary("The senators told three bankers on Monday that the fund had approved the loans.") == [
        ("told", "The senators", "the fund had approved the loans", "indirect")]


# ---------------------------------------------------------------- a commitment after a time or place adjunct
def test_a_promise_with_an_adjunct_before_its_infinitive():
    assert summary("Lula pledged on Monday to widen the port.") == [
        ("pledged", "Lula", "to widen the port", "indirect")]
    assert summary("The governor vowed at the summit to close the mine.") == [
        ("vowed", "The governor", "to close the mine", "indirect")]
    assert summary('Lula had promised in Arequipa to "widen the port" with Peru.') == [
        ("promised", "Lula", "widen the port", "partial")]


def test_a_purpose_or_a_recipient_after_the_adjunct_is_no_commitment():
    assert summary("Lula spoke in Arequipa to promote the port.") == []
    assert summary("Lula promised in a letter to the mayor that the port would open.") == [
        ("promised", "Lula", "the port would open", "indirect")]


# ---------------------------------------------------------------- a quoted commitment nested in another report
def test_a_third_partys_quoted_promise_inside_a_report_has_its_own_entry():
    assert summary('Dr Quispe reminded the students that Lula had promised in Arequipa to "widen the port" '
                   'with Peru.') == [
        ("reminded", "Dr Quispe", 'Lula had promised in Arequipa to "widen the port" with Peru', "indirect"),
        ("promised", "Lula", "widen the port", "partial")]
    assert _cues('Quispe said that the governor had vowed to "clean the river" by May.') == ["said", "vowed"]


def test_an_unquoted_or_pronoun_promise_inside_a_report_stays_its_content():
    assert summary("Quispe said that Lula had promised to widen the port with Peru.") == [
        ("said", "Quispe", "Lula had promised to widen the port with Peru", "indirect")]
    assert _cues('Quispe said that he had promised to "widen the port" with Peru.') == ["said"]


# ---------------------------------------------------------------- calls for messages and the outlet's own invitations
def _outlet_summary(outlet: str, body: str) -> list[tuple[str, str | None, str, str]]:
    d = parse_article(Article(outlet=outlet, title="T", date=dt.date(2024, 1, 1), body=body))
    return [(a.cue, a.speaker_mention, a.text, a.kind) for a in extract_attributions(d)]


def test_a_masthead_call_for_letters_is_no_report():
    assert _outlet_summary("The Lakeside Review", "The Lakeside Review welcomes letters in English and Quechua at "
                           "letters@lakeside.example.") == []
    assert summary("The Tarma Gazette welcomes letters from readers.") == []


def test_the_outlets_own_invitation_is_no_report():
    assert _outlet_summary("The Lakeside Review", "Editor's note: The Review invited the consulate of Peru in "
                           "Quito to take part in the debate. It did not reply.") == []


def test_another_partys_invitation_or_welcome_stays_a_report():
    assert summary("Lula invited Quispe to visit Brasilia.") == [
        ("invited", "Lula", "Quispe to visit Brasilia", "indirect")]
    assert _cues("The mayor welcomes the letters from the union.") == ["welcomes"]
    assert _cues("The mayor welcomed letters from the union.") == ["welcomed"]


# ---------------------------------------------------------------- a bare noun phrase with a participle and its agent
def test_a_bare_noun_phrase_before_a_participle_is_the_speaker():
    assert summary("Documents obtained by the newspaper show that the port was sold.") == [
        ("show", "Documents obtained by the newspaper", "the port was sold", "indirect")]
    assert summary('CHARTER TEXT PUBLISHED BY THE COUNCIL SAYS MEMBERS WILL GIVE "FULL SUPPORT"') == [
        ("SAYS", "CHARTER TEXT PUBLISHED BY THE COUNCIL", "FULL SUPPORT", "partial")]


def test_a_named_subject_or_a_relay_participle_keeps_its_reading():
    assert summary("Lula, flanked by Quispe, said the pact was fine.") == [
        ("said", "Lula, flanked by Quispe", "the pact was fine", "indirect")]
    assert _cues("Bolivian army sources quoted by the weekly Pagina said that the dam had burst.") == [
        "quoted by", "said"]


# ---------------------------------------------------------------- a relay agent named by an -ly noun
def test_a_relay_agent_ending_in_ly_after_a_determiner_is_a_noun():
    assert summary('The weekly quoted Quispe as saying the dam was "a gift".') == [
        ("quoted", "The weekly", 'the dam was "a gift"', "indirect"),
        ("as saying", "Quispe", "a gift", "partial")]
    assert _cues('The agency quietly quoted Quispe as saying the dam was "a gift".') == ["quoted", "as saying"]
