"""Mends of the round-9 attribution rules after the second-look review (rv2): each test is on sentences written
for it, with the reading the rule must keep and the reading the earlier rule wrongly gave."""

from __future__ import annotations

from _attribution_helpers import summary


# ------------------------------------------------------------------ plural noun + relative clause after a quotation (8a15312)

def test_a_plural_noun_with_a_past_or_present_verb_after_its_phrase_is_no_inverted_cue():
    # "notes"/"comments"/"remarks" are commonest as plural nouns: a verb after the phrase makes a relative clause
    assert summary('"Keep left," notes the driver pinned above the dashboard.') == []
    assert summary('"Liars," comments the editors removed before noon.') == []
    assert all(c[0] != "notes" for c in summary('The poem closes with "farewell," notes the actor repeats twice.'))


def test_a_plural_noun_after_a_quotation_never_opens_a_speaker_span():
    got = summary('The folder held "not for release," notes Mr Varga had added, in pencil.')
    assert got and all(not c[1].lower().startswith("notes") for c in got)


def test_the_bare_inversion_stays():
    assert summary('"The quay is quiet," notes one harbour pilot.') == [
        ("notes", "one harbour pilot", "The quay is quiet,", "direct")]
    assert summary('"The quay is quiet," remarks Tomas Lind.') == [
        ("remarks", "Tomas Lind", "The quay is quiet,", "direct")]
    assert summary('"The quay is quiet," quips a pilot based in Tromso.') == [
        ("quips", "a pilot", "The quay is quiet,", "direct")]

