"""Round 15 (N1) attribution rules for PolNeAR's recall, each with invented sentences (invented names and places),
positive and negative cases."""

from __future__ import annotations

import pytest

from analysis.extract.attribution import extract_attributions
from tests._attribution_helpers import doc


def _rows(body: str, scheme: str) -> list[tuple[str, str | None, str]]:
    return [(a.cue, a.speaker_mention, a.text) for a in extract_attributions(doc(body), scheme=scheme)]


# ------------------------------------------------------------------ 1. "that" + a noun + a quotation stays a demonstrative
# eb0deaa read 'said that openness "builds trust"' as a that-clause with a quoted predicate; review R1 (round 15) showed
# it also made reports of 'labelled that bill "bought and paid for"' and 'mocked that slogan "makes waves"', and cut the
# noun off 'said that figure "looks wrong"'.  It was reverted (it found one more PolNeAR dev relation); these stay as
# regression tests for whoever builds it again with a clause-taking-verb guard.

@pytest.mark.parametrize("body, verb", [
    # ('Lena Brod labelled that bill "bought and paid for."' moved to tests/test_polnear_27_P.py (round 27): a naming
    # verb with no clause frame reads "that" as the object's demonstrative, the same entry as 'labelled the bill
    # "bought and paid for."', content the quotation, never a that-clause)
    ('Lena Brod mocked that slogan "makes waves" at the rally.', "mocked"),
    # the quotation opens with no verb: a phrase or name inside or after the noun phrase, "that" a demonstrative
    ('The mayor announced that deal "with real pride" on Monday.', "announced"),
    ('The mayor defended that policy "Open Doors" at the forum.', "defended"),
    ('The mayor repeated that phrase "costs of war" in her speech.', "repeated"),
    ('The mayor praised that deal "costs" and all at the forum.', "praised"),
])
def test_that_a_noun_and_a_quotation_is_no_report(body, verb):
    for scheme in ("polnear", "seeds"):
        assert [r for r in _rows(body, scheme) if r[0] == verb] == []


# ------------------------------------------------------------------ 2. PolNeAR marks a relative "which" as the source
# PolNeAR's source span of a cue in a relative clause is the relative pronoun itself, "which" as well as "who"
# ("the institute, which reported ..."); the seed scheme names the antecedent ("Article 5, which says"), so only the
# PolNeAR scheme changes.  The antecedent stays on the cue for speaker resolution.

@pytest.mark.parametrize("body, cue, content", [
    ("The plan came from the Orvel Trust, which warned that the dam would fail.", "warned", "the dam would fail"),
    ("The firm hired the Norland Institute, which reported that rents had doubled.", "reported",
     "rents had doubled"),
])
def test_polnear_relative_which_is_the_source(body, cue, content):
    assert _rows(body, "polnear") == [(cue, "which", content)]


@pytest.mark.parametrize("body, expected", [
    # the seed scheme keeps naming the antecedent
    ("The plan came from the Orvel Trust, which warned that the dam would fail.",
     [("warned", "the Orvel Trust", "the dam would fail")]),
    ("The firm hired the Norland Institute, which reported that rents had doubled.",
     [("reported", "the Norland Institute", "rents had doubled")]),
])
def test_seed_scheme_relative_which_names_the_antecedent(body, expected):
    assert _rows(body, "seeds") == expected


@pytest.mark.parametrize("body, expected", [
    # a relative clause that is no report leaves the main clause's subject as the speaker
    ("The Orvel Trust, which runs the dam, said the spillway was safe.",
     [("said", "The Orvel Trust", "the spillway was safe")]),
    # an interrogative "which" is content, never a source
    ("The minister asked which bridge would close first.",
     [("asked", "The minister", "which bridge would close first")]),
    # a quantifier before "of which" stays the speaker span (no "which" alone)
    ("Three ministries, two of which said the roads were clear, sent crews.", None),
])
def test_polnear_which_not_a_relative_subject(body, expected):
    rows = _rows(body, "polnear")
    if expected is None:
        assert all(r[1] != "which" for r in rows)
    else:
        assert rows == expected
