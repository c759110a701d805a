"""Round 28 fixer F2: review RV1 findings 6, 7, 8, 13 and tests 20-21 (the business sense of 'corporate media', a
time 'by' after 'militarisation', a calendar word after a title, a defined abbreviation used as a common noun, and a
time 'by' after an -ed word).

Sentences written for these tests (invented names, places and firms)."""

from __future__ import annotations

import pytest

from _loaded_helpers import doc_of, voiced_hits as hits
from analysis.measures.wording import find_mentions


def spans(body: str) -> list[str]:
    return [s.lower() for s, _, _ in hits(body)]


# ----------------------------------------------------------------- finding 6: 'corporate media' in its business sense

@pytest.mark.parametrize("body", [
    "Velcor, a corporate media giant based in Dorn, posted a loss for the quarter.",
    "Regulators in Brela want to split up corporate media conglomerates before the election.",
    "Corporate media firms in Kessa shed hundreds of jobs this spring, the guild reported.",
    "The corporate media company bought two radio stations in Ostrel.",
    "Corporate media executives met the minister on Thursday to discuss the licence fee.",
    "The proposed corporate media merger needs the approval of the competition board.",
    "Corporate media owners in Tarvia also control most cable networks.",
    "The corporate media group reported higher advertising revenue.",
])
def test_corporate_media_business_sense_not_counted(body):
    assert "corporate media" not in spans(body)


def test_corporate_media_label_still_counted():
    assert ("corporate media", "corporate media", "narrator") in hits(
        "The lies were repeated for weeks by the corporate media in the capital.")


# ------------------------------------------------------------------ finding 7: a time 'by' is no agent of the noun

@pytest.mark.parametrize("body", [
    "The militarisation of the coast by the end of the decade is the topic of his lecture.",
    "The militarisation of the islands by 2035 is foreseen in the navy's plan, officials said.",
    "The militarisation of the valley by the 1980s changed the farming villages.",
    "The militarisation of the port by March surprised the traders.",
    "The militarization of the frontier by next year is the government's goal.",
    "The militarisation of the harbour by the start of the war was complete.",
])
def test_militarisation_with_time_by_not_counted(body):
    assert "militarisation" not in spans(body) and "militarization" not in spans(body)


def test_militarisation_with_agent_by_still_counted():
    assert "militarisation" in spans("The envoy condemned the militarisation of the straits by the Kessan navy.")
    assert "militarisation" in spans("The militarisation of the coast by Tarvia worries the fishermen.")


# ---------------------------------------------------------- finding 8: a weekday or month after a title is no name

@pytest.mark.parametrize("body, term", [
    ("Exiled writers condemned the dictator Thursday after the raids in Brela.", "dictator"),
    ("Students in Dorn denounced the regime Sunday for closing the university.", "regime"),
    ("Farmers condemned the dictator Wednesday, the union said.", "dictator"),
])
def test_calendar_word_after_title_keeps_paraphrase(body, term):
    assert (term, term, "paraphrase") in hits(body)


def test_title_before_a_name_in_np_object_still_narrator():
    body = "Deputies in Brela on Friday condemned the accord signed by Kessan dictator Tomas Vell."
    assert ("dictator", "dictator", "narrator") in hits(body)


# ------------------------------------------------- finding 13: a defined abbreviation after a determiner is a noun

def test_defined_abbreviation_after_determiner_is_not_the_person():
    body = ("Vladimir Putin (VP) met Kim Jong Un in Brela. VP later left for Dorn. The VP of the bank spoke next, "
            "and a VP of the firm followed; its VP declined to comment.")
    putin = [(m.matched_text, body[m.start - 4:m.start]) for m in find_mentions(body)
             if m.actor.name == "Vladimir Putin"]
    assert [t for t, _ in putin] == ["Vladimir Putin", "VP"]


def test_defined_abbreviation_without_determiner_still_counted():
    body = "Kim Jong Un (KJU) met envoys in Dorn. KJU later praised the talks."
    kim = [m.matched_text for m in find_mentions(body) if m.actor.name == "Kim Jong Un"]
    assert kim == ["Kim Jong Un", "KJU"]


# --------------------------------------------------- tests 20-21: a time 'by' after an -ed word is no passive agent

@pytest.mark.parametrize("body", [
    "The union said the strike ended by Friday.",
    "The ministry said the work finished by March.",
    "The agency said the vote closed by Monday.",
])
def test_time_by_keeps_the_ed_word_a_verb(body):
    from analysis.extract.attribution import extract_attributions
    att = [a for a in extract_attributions(doc_of(body)) if a.cue == "said"]
    assert att and att[0].content_kind == "clause"


def test_capitalised_agent_by_makes_a_reduced_relative():
    from analysis.extract.attribution import extract_attributions
    att = [a for a in extract_attributions(doc_of("The mayor condemned the pact signed by Ana Roe."))
           if a.cue == "condemned"]
    assert att and att[0].content_kind == "np"
