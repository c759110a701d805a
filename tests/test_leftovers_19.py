"""Round 19 (U): round 18's leftovers, each a small general mend.  Names, places, bodies and sentences are
invented for the tests (gazetteer countries where a rule reads the gazetteer).

1. A capital run of names written with accented capitals ("Élodie Roux") is one run, as "Ana Roux" is:
   the speakers' name patterns widen [A-Z]/[a-z] to every Latin letter (helpers.latin_letters)."""

from __future__ import annotations

import re

import pytest

from analysis.extract.speakers import resolve_speakers
from analysis.extract.speakers.helpers import latin_letters
from tests._attribution_helpers import atts, doc


def _speakers(body: str) -> list[tuple[str | None, str, str | None, str]]:
    """(mention, resolved name, affiliation, type) of each attribution of ``body``."""
    d, found = doc(body), atts(body)
    return [(a.speaker_mention, s.name, s.affiliation, s.speaker_type) for a, s in zip(found, resolve_speakers(d, found))]


# ------------------------------------------------------------------ 1. accented capitals in capital runs
@pytest.mark.parametrize("name,surname", [
    ("Élodie Roux", "Roux"), ("Émile Zátopek", "Zátopek"), ("Øyvind Ås", "Ås"), ("Łucja Żak", "Żak"),
    ("Ana Roux", "Roux"),        # the unaccented control
])
def test_a_name_with_accented_capitals_is_one_person_of_its_body(name, surname):
    body = (f"{name} of Kestrel Analytics said the fixture would go ahead.\n\n"
            f"{surname} said the quay would close.")
    first, later = _speakers(body)
    assert first == (f"{name} of Kestrel Analytics", name, "Kestrel Analytics", "other")
    assert later[1:] == (name, "Kestrel Analytics", "other")


def test_an_accented_surname_alone_takes_its_full_name_after_an_appositive():
    body = ("Émile Zátopek, a harbour engineer in Vostrand, said the fixture would go ahead.\n\n"
            "“It is late,” Zátopek said.")
    assert [s[1] for s in _speakers(body)] == ["Émile Zátopek", "Émile Zátopek"]


def test_latin_letters_widens_both_cases_and_is_idempotent():
    p = latin_letters(r"[A-Z][a-z]+")
    assert re.fullmatch(p, "Øyvind") and re.fullmatch(p, "Łucja") and re.fullmatch(p, "Zátopek")
    assert not re.fullmatch(p, "élodie") and not re.fullmatch(p, "ÉLODIE")
    assert latin_letters(p) == p
