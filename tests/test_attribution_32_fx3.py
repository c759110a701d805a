"""Round 32 (fixer FX3): reviewer RV3's findings on helper P's attribution commits, sentences written for these
tests."""

from __future__ import annotations

from tests._attribution_helpers import doc
from analysis.extract.attribution import extract_attributions


def _found(body: str, scheme: str = "seeds") -> dict[str, tuple[str | None, str]]:
    return {a.cue: (a.speaker_mention, a.text) for a in extract_attributions(doc(body), scheme=scheme)}


# ---- finding 6: a day word between 'called' and 'for' is the phone sense ('called Friday for the second time')

def test_day_word_then_for_is_no_call_for() -> None:
    """Regression guard (code review of round 32): this output is the same on the round-32 start; the test
    keeps the look-alikes of a rule reverted in 1350c41 (a day word before 'for') as they are."""
    for scheme in ("seeds", "polnear"):
        for body in ("The coach called Sunday for the fourth time that week.",
                     "The neighbours called Monday for a plumber.",
                     "He called tonight for a cab to the station."):
            assert not any(cue.startswith("called") for cue in _found(body, scheme)), (scheme, body)
    found = _found("The caretaker called Thursday for the second time in a month, his landlord said.")
    assert list(found) == ["said"]
    assert found["said"] == ("his landlord", "The caretaker called Thursday for the second time in a month")


# ---- finding 4: a post-nominal participle after an object with a prepositional phrase is no naming complement

def test_called_object_with_a_prepositional_phrase_then_a_participle_is_no_naming() -> None:
    """Regression guard (code review of round 32): this output is the same on the round-32 start; the test
    keeps the look-alikes of a rule reverted in 1895b07 (a preposition in a naming object) as they are."""
    for scheme in ("seeds", "polnear"):
        for body in ("The premier called the farmers in the districts hit.",
                     "The bishop called the priests at the parishes involved.",
                     "She called the clinic near the station unannounced."):
            assert "called" not in _found(body, scheme), (scheme, body)


# ---- finding 1: an existential 'there' entry names no speaker and borrows none from the sentence before

def test_existential_there_entry_is_agentless_and_unknown() -> None:
    from tests._attribution_helpers import atts, resolved
    for body in ("The harbour master, Eva Dunn, said the pier was shut. There were claims that the dam had been neglected.",
                 "Coach Ben Hale said the team was tired.\n\nThere are reports that the owner will sell the club."):
        found = atts(body)
        last = found[-1]
        assert (last.cue, last.speaker_mention, last.agentless) in {("claims", None, True), ("reports", None, True)}
        assert resolved(body)[-1][1] == "Unknown"
        assert resolved(body)[0][1] in {"Eva Dunn", "Ben Hale"}
    # the place adverb still lets the named subject speak
    found = atts("There, the harbour master said the pier was shut.")
    assert [(a.cue, a.speaker_mention, a.agentless) for a in found] == [("said", "the harbour master", False)]


# ---- finding 7: "There's" / "There’s" is one token; the existential reading covers it

def test_contracted_existential_there_is_no_speaker() -> None:
    for body in ("There’s still room to settle, even after denouncing the board as cowards.",
                 "There's still room to settle, even after denouncing the board as cowards."):
        found = {a.cue: a for a in extract_attributions(doc(body))}
        assert "denouncing" in found
        assert found["denouncing"].speaker_mention is None
        assert found["denouncing"].agentless


# ---- findings 2-3: 'that <noun> “<predicate>”' only with the quotation right after the noun, no time noun, a
# verb with a clause frame and no object frame, and a quoted predicate that opens with a finite verb

def test_that_time_noun_then_a_later_quoted_title_is_no_content() -> None:
    # "that <time noun>" is a time phrase: the quoted title later in the sentence is no content of 'said'
    for body in ("The envoy said that night on “Morning Report” that the truce would hold.",
                 "She said that month in “The Herald” that the mine would close.",
                 "The coach said that week in a “long and tense” meeting that cuts were due."):
        for a in extract_attributions(doc(body)):
            assert a.text.strip(" ,.") not in {"Morning Report", "The Herald", "long and tense"}, body


def test_that_noun_then_a_quotation_that_is_no_predicate() -> None:
    assert "told" not in _found("He told that joke “a hundred times,” his brother said.")
    assert "trumpeted" not in _found("The union trumpeted that victory “as a sign of strength.”")


def test_that_noun_then_a_quoted_predicate_still_opens_a_clause() -> None:
    found = _found("The warden added that discipline “keeps everyone safe.”")
    assert found["added"] == ("The warden", "keeps everyone safe.")
    found = _found("She replied that honesty “was never optional.”")
    assert found["replied"] == ("She", "was never optional.")


# ---- finding 5: a comma inside a closing quotation mark closes the fronted clause only when the main clause
# follows it, not an aside on the quotation or a coordinated clause that the fronted clause goes on with

def test_quoted_comma_then_an_aside_keeps_the_later_subject() -> None:
    found = _found("After calling the verdict “a farce,” a term he used twice, Ben Hale left the court.")
    assert found["calling"][0] == "Ben Hale"
    found = _found("After labelling the tax “theft by stealth,” a slogan she has used for years, Eva Dunn walked out.")
    assert found["labelling"][0] == "Eva Dunn"


def test_quoted_comma_then_a_coordinated_clause_keeps_the_later_subject() -> None:
    found = _found("After warning that fares “would double,” and that routes would be cut, the minister left.")
    assert found["warning"][0] == "the minister"


def test_quoted_comma_then_the_subject_and_its_relative_clause() -> None:
    found = _found("After shouting “enough,” the referee, who had lost patience, stopped the game.")
    assert found["shouting"][0] == "the referee"
    found = _found("After declaring “we will win,” the candidate was booed.")
    assert found["declaring"][0] == "the candidate"
