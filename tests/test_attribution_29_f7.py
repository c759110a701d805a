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
