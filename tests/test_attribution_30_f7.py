"""Round 30 (fixer F7): mends of helper QA's rules after reviewer RV3 -- a call for messages only with a reader or
contact phrase, the outlet's own invitation only as 'invite X to <activity>', a topic before a delayed 'that'
clause, a sentence-initial adverb before a bare noun phrase, the -ly agent guard, and acronyms in a capitals
flash; on sentences written here, with the look-alikes each rule must leave alone."""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.extract.attribution import extract_attributions
from analysis.text import parse_article
from tests._attribution_helpers import resolved, summary


def _cues(body: str) -> list[str]:
    return [s[0] for s in summary(body)]


def _outlet_summary(outlet: str, body: str) -> list[tuple[str, str | None, str, str]]:
    d = parse_article(Article(outlet=outlet, title="T", date=dt.date(2024, 1, 1), body=body))
    return [(a.cue, a.speaker_mention, a.text, a.kind) for a in extract_attributions(d)]


# ---------------------------------------------------------------- finding 3: a call for messages, narrowly
def test_a_call_for_messages_from_readers_or_at_an_address_is_no_report():
    assert summary("The Ortega Courier welcomes comments from readers.") == []
    assert summary("The Valdivia Post invites tips at tips@valdivia.example.") == []
    assert summary("The council welcomes submissions by email.") == []


def test_a_welcome_of_others_calls_or_statements_stays_a_report():
    assert "welcomes" in _cues("Quito welcomes calls for a truce in the valley, the ministry said.")
    assert _cues("Lima welcomes statements from Bogota backing its bid.") == ["welcomes"]
    assert _cues("The union welcomes letters of support.") == ["welcomes"]


def test_the_outlets_welcome_of_a_ruling_stays_a_report():
    assert _cues_outlet("The Harbour Ledger", "The Ledger welcomed the court's ruling, saying it vindicated "
                        "its reporting.")[:1] == ["welcomed"]
    assert _cues_outlet("The Harbour Ledger", "The Harbour Ledger welcomed the verdict and said it would "
                        "not appeal.") == ["welcomed", "said"]


def test_the_outlets_invitation_to_an_activity_is_no_report_in_any_case():
    assert _outlet_summary("The Harbour Ledger", "THE Ledger invited the port authority to join the forum.") == []
    assert _outlet_summary("The Harbour Ledger", "The Ledger invited the port authority to join the forum.") == []


def _cues_outlet(outlet: str, body: str) -> list[str]:
    return [s[0] for s in _outlet_summary(outlet, body)]


# ---------------------------------------------------------------- finding 5: a mandative clause after a topic
def test_a_mandative_that_clause_after_a_topic_is_the_content():
    assert summary("The defence asked the court in a motion about the trial that the verdict be set aside.") == [
        ("asked", "The defence", "the verdict be set aside", "indirect")]
    assert summary("The union asked the board on Monday about the plan that its members not be laid off.") == [
        ("asked", "The union", "its members not be laid off", "indirect")]


def test_a_relative_clause_after_a_topic_stays_the_topic():
    assert summary("The auditors questioned two clerks on Monday about the loan that the bank approved.") == []


# ---------------------------------------------------------------- finding 6: a sentence-initial adverb
def test_a_sentence_initial_adverb_is_no_part_of_a_bare_noun_phrase_speaker():
    assert summary("Also records obtained by the tribune show that the mill was sold.") == [
        ("show", "records obtained by the tribune", "the mill was sold", "indirect")]
    assert summary("Still papers filed by the town suggest that the bridge was unsafe.") == [
        ("suggest", "papers filed by the town", "the bridge was unsafe", "indirect")]
    assert summary("Court papers filed by the town suggest that the bridge was unsafe.") == [
        ("suggest", "Court papers filed by the town", "the bridge was unsafe", "indirect")]


# ---------------------------------------------------------------- finding 7: only an -ly noun after a determiner
def test_an_adverb_after_a_demonstrative_before_a_relay_verb_is_no_part_of_the_agent():
    got = summary("The mill closed in May. This also quoted a clerk as saying the wages were late.")
    assert got and got[0][1] == "This"
    assert summary('The weekly quoted Quispe as saying the dam was "a gift".')[0][1] == "The weekly"


# ---------------------------------------------------------------- finding 8: acronyms in a flash in capitals
def test_an_acronym_the_lexicons_know_keeps_its_case_in_a_flash():
    assert resolved("IMF SAYS OUTPUT IN THE ANDES WILL SHRINK NEXT YEAR") == [
        ("IMF", "International Monetary Fund", "international_org")]
    got = resolved("UN ENVOY SAYS TALKS ON THE CANAL WILL RESUME IN MAY")
    assert got[0][0] == "UN ENVOY" and got[0][2] == "international_org"


def test_a_name_in_a_flash_is_still_title_cased():
    assert resolved("QUISPE SAYS THE DAM WILL OPEN IN JUNE")[0][1] == "Quispe"


# ---------------------------------------------------------------- finding 13: a token's capitals span by bisection
def test_a_tokens_capitals_paragraph_is_found_by_bisection():
    from analysis.extract.attribution.tokens import _in_spans
    spans = [(0, 10), (20, 30), (40, 50)]
    assert [x for x in (0, 9, 10, 15, 20, 29, 30, 45, 50, 99) if _in_spans(spans, x)] == [0, 9, 20, 29, 45]
    assert not _in_spans([], 3)


def test_several_flashes_of_one_document_each_get_their_speaker():
    got = resolved("QUISPE SAYS THE DAM WILL OPEN IN JUNE\n\nMORALES SAYS THE PORT WILL CLOSE IN MAY\n\n"
                   "LIMA'S MAYOR SAYS THE WATER IS SAFE")
    assert [g[1] for g in got[:2]] == ["Quispe", "Morales"]


def test_an_acronym_that_spells_a_pronoun_in_a_flash_is_the_body():
    assert resolved("WHO SAYS NEW FEVER STRAIN POSES LOW RISK TO TRAVELLERS") == [
        ("WHO", "World Health Organization", "international_org")]
    assert resolved("The clinic hired Rosa Quispe, who says the fever is under control.")[0][1] == "Rosa Quispe"
