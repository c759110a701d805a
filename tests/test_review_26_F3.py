"""Round 26 (fixer F3, review RV2 items 1, 2 and 9): a surname after "in" keeps its appositive, the
outlet's own informant refers back to its own earlier mention, "there" keeps the place's case and
preposition.  Every sentence is invented (names, places and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


# ---------------------------------------------------------------- item 1: a surname after "in"

def test_a_surname_after_in_keeps_its_closed_appositive() -> None:
    got = _resolved("Traders have lost trust in Quirós, the trade minister. "
                    "\"We will weather this,\" the minister said.\n")
    assert [(n, t) for _, n, t in got] == [("Quirós", "government")]


def test_a_fronted_place_before_the_subject_is_still_no_surname() -> None:
    got = _resolved("Ada Morin, the prime minister, was cautious. Speaking to reporters in Lisk, the prime "
                    "minister said the deal was \"a first step, no more\".\n")
    assert [(n, t) for _, n, t in got] == [("Ada Morin", "government")]


# ---------------------------------------------------------------- item 2: the outlet's own informant

def test_the_outlets_source_again_is_its_own_earlier_source() -> None:
    got = _resolved("The paper's source said the merger was off. A source close to the board said it was "
                    "only late. The paper's source added that talks would resume in May.\n")
    assert [n for _, n, _ in got][0] == got[2][1]
    assert got[1][1] != got[2][1]


# ---------------------------------------------------------------- item 9: "there"

def test_there_after_a_sentence_initial_in_place() -> None:
    got = _resolved("In Porvik, fishing is booming. A boat owner there said, \"Catches are up.\"\n")
    assert [n for _, n, _ in got] == ["Boat owner in Porvik"]


def test_there_after_at_keeps_at() -> None:
    got = _resolved("Lea Holt met Ivan Sork at Yale. A student there said the fees were too high.\n")
    assert [n for _, n, _ in got] == ["Student at Yale"]


# ---------------------------------------------------------------- item 7: one previous-subject helper

def test_a_description_after_a_quotation_of_two_sentences_looks_before_the_quotation() -> None:
    got = _resolved("President Oren Vask met President Mila Dorn. Vask was guarded. \"We will see. Nothing "
                    "is settled,\" the president said.\n")
    assert [(n, t) for _, n, t in got] == [("Oren Vask", "government")]
