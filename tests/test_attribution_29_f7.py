"""Round 29 (fixer F7): mends of two round-29 attribution rules, on sentences written here.

* An as-complement is ended at ", and <NP> <verb>" only by a finite verb of the coordinated subject itself: the
  verb of a relative clause inside that noun phrase ("and the villagers who have fished there") is no main clause's.
* A passive relay keeps its frame when a time phrase led by a preposition stands before "as" ("was quoted in April
  as saying", "was quoted on Tuesday as saying"), as it does for "this week"."""

from __future__ import annotations

from tests._attribution_helpers import summary


# ---------------------------------------------------------------- "described X as Y, and <NP> who/that <verb>"
def test_a_relative_clause_in_the_coordinated_noun_phrase_does_not_end_the_as_complement():
    assert summary("The governor described the dam as a danger to anglers, and the villagers who have fished "
                   "there for decades.")[0][2] == \
        "the dam as a danger to anglers, and the villagers who have fished there for decades"
    assert summary("Analysts described the merger as a windfall for lawyers, and the firms that advised both "
                   "sides.")[0][2] == "the merger as a windfall for lawyers, and the firms that advised both sides"
    assert summary("Ms Okafor described the pact as an insult to miners, and those who lost their jobs.")[0][2] == \
        "the pact as an insult to miners, and those who lost their jobs"
    assert summary("The union described the cuts as a blow to porters, and the clerks whose pay was frozen.")[0][2] \
        == "the cuts as a blow to porters, and the clerks whose pay was frozen"


def test_a_main_clause_after_the_coordinated_subject_still_ends_the_as_complement():
    # the rule's own reading: a finite verb or participle of the subject itself ("caught there face")
    assert summary("The mayor described the harbour as a trap, and skippers caught there pay heavy fines.")[0][2] \
        == "the harbour as a trap"
    # a relative clause, then the subject's own finite verb ("who sailed with him later denied it")
    assert summary("The mayor described the harbour as a trap, and the skippers who sailed there later "
                   "denied it.")[0][2] == "the harbour as a trap"
    assert summary("The mayor described the harbour as a trap, and the skippers who sailed later denied it.")[0][2] \
        == "the harbour as a trap"
    # an adverb inside the relative clause's verb group ("who had recently worked") is still that clause's
    assert summary("The matron described the strike as a threat to patients, and the nurses who had recently "
                   "worked double shifts.")[0][2] == \
        "the strike as a threat to patients, and the nurses who had recently worked double shifts"


# ---------------------------------------------------------------- "was quoted in <Month> / on <Day> as saying"
def test_a_passive_relay_with_a_preposition_led_time_phrase_before_as():
    for when in ("in April", "in early April", "in April 2021", "on Tuesday", "last week"):
        assert summary(f"Mr Ruiz was quoted {when} as saying that the canal deal was finished.") == [
            ("as saying", "Mr Ruiz", "the canal deal was finished", "indirect")], when


def test_a_time_phrase_after_the_relaying_medium_is_not_part_of_it():
    found = summary("Mr Ruiz was quoted on Tuesday by the Harbour Ledger as saying that the canal deal was "
                    "finished.")
    assert ("as saying", "Mr Ruiz", "the canal deal was finished", "indirect") in found
    found = summary("Mr Ruiz was quoted by the Harbour Ledger on Tuesday as saying that the canal deal was "
                    "finished.")
    assert ("as saying", "Mr Ruiz", "the canal deal was finished", "indirect") in found
    assert all(s[1] != "the Harbour Ledger on" for s in found)
    assert any(s[1] == "the Harbour Ledger" for s in found)


def test_a_non_time_in_phrase_before_as_keeps_its_reading():
    # a medium relays; a place or a statement is no medium (the subject's own words)
    assert ("was quoted in", "the Harbour Ledger", "the canal deal was finished", "indirect") in \
        summary("Mr Ruiz was quoted in the Harbour Ledger as saying that the canal deal was finished.")
    assert summary("Mr Ruiz was quoted in a statement as saying that the canal deal was finished.") == [
        ("as saying", "Mr Ruiz", "the canal deal was finished", "indirect")]
