"""Round 27 tidy (helper R): rules that were written twice are written once; each test asserts the values the
shared piece gives (its word list, what its pattern matches) and a sentence the rule serves, written for these
tests (invented names and places)."""

from __future__ import annotations

from tests._attribution_helpers import resolved


# ----------------------------------------------------------------------------- lone surnames: one search

def test_fronted_place_is_no_surname() -> None:
    got = resolved("Speaking in Kessel, the treasurer of the club said the fees would rise.")
    assert [(name, kind) for _, name, kind in got] == [("Club treasurer", "unnamed")]


def test_surname_after_in_keeps_its_appositive_when_no_place() -> None:
    got = resolved('Ana Morel leads the treasury in Dalia.\n\n'
                   'Investors have lost faith in Morel, the finance minister. "We will recover," the minister said.')
    assert [(name, kind) for _, name, kind in got] == [("Ana Morel", "government")]
