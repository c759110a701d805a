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
