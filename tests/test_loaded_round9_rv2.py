"""Loaded-language mends from the second-look review rv2 (round 9): invented sentences, other names and wording
than any set or seed."""

from __future__ import annotations

import pytest

from _loaded_helpers import hits, terms


# --------------------------------------------------------------------------- finding 7: fact-check ratings
@pytest.mark.parametrize("sentence", [
    "We rate Governor Ostrow's statement Misleading.",          # capitals in the object
    "We rate the Dunmore council's leaflet Misleading.",
    "The video was rated Misleading by two fact-checkers.",     # the rating ends at 'by'
    "We rate this post False and Misleading.",                  # two classes joined by 'and'
    "The chart was rated Misleading, the fact-checkers said.",  # the rating ends at a comma
])
def test_rv2_a_rating_with_any_object_or_a_by_phrase_is_not_loaded(sentence):
    assert "misleading" not in terms(sentence)


@pytest.mark.parametrize("sentence", [
    "We rate the claim Misleading and dangerous.",               # 'dangerous' is no class of a scale
    "Having checked the figures, we rate the statement misleading.",
    "We rate the Misleading Adverts Act a failure.",             # a name, not a rating
    "Critics called the campaign Misleading from start to finish.",
])
def test_rv2_misleading_outside_a_rating_still_counts(sentence):
    assert "misleading" in terms(sentence)
