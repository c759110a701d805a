"""Round 26, fixer F2: review RV1 findings 2-7 on the loaded terms of round 26 (strangle, Nazism, circus, vanity,
steal, the subject-noun gate of adjective-only entries).

Sentences written for these tests (invented names, places and outlets)."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits


def terms(body: str) -> list[str]:
    return [t for _, t, _ in hits(body)]


@pytest.mark.parametrize("body", [
    # finding 2: the crime, with people as its victims
    "The farmhand strangled four people in the valley before his arrest.",
    "Detectives said he had strangled two people at the inn.",
    # finding 3: news of real extremism
    "Researchers noted a rise in neo-Nazism among young voters in Lower Varn.",
    "Officers broke up a neo-Nazism concert near Dellbrook.",
    "Teachers in Ostrava track the spread of Nazism online among pupils.",
    # finding 4: the literal circus after a demonstrative
    "This circus has wintered in Kelmar since the 1950s.",
    "Ana Voss ran off to the circus at sixteen; that circus had two rings.",
    # finding 5: the personal trait
    "The actor admitted to vanity in a radio interview last spring.",
    "Vanity, the novelist wrote, is the sin of the young.",
    # finding 6: ordinary thefts
    "The thieves stole the land of an elderly widow in Porvik.",
    "A burglar stole the heritage of the Marsh family, a silver clock.",
    "Two robbers stole the wealth of a retired jeweller, police said.",
])
def test_plain_senses_not_counted(body: str) -> None:
    assert [t for t in terms(body) if t in ("strangle", "Nazism", "circus", "vanity", "steal")] == []


@pytest.mark.parametrize("body, span, term, voice", [
    # the figurative senses stay
    ('"They mean to strangle a small sovereign state," the Dravik envoy said.', "strangle", "strangle", "quoted"),
    ("The minister said the blockade was strangling the economy of the island.", "strangling", "strangle",
     "paraphrase"),
    ('The envoy praised "the stand of the Velmoran nation against terrorism and Nazism".', "Nazism", "Nazism",
     "quoted"),
    ('The coach said no federation should "take part in this circus".', "circus", "circus", "quoted"),
    ('The senator urged clubs not to "give their grounds to this circus".', "circus", "circus", "quoted"),
    ("The summit turned into a circus.", "circus", "circus", "narrator"),
    ("The governor's new airport is a vanity project that few airlines use.", "vanity", "vanity", "narrator"),
    ("The island hosts a vanity golf resort that the president built.", "vanity", "vanity", "narrator"),
    ('The envoy said the occupiers "steal the riches of the Tarvian people".', "steal", "steal", "quoted"),
])
def test_figurative_senses_counted(body: str, span: str, term: str, voice: str) -> None:
    assert (span, term, voice) in hits(body)


@pytest.mark.parametrize("body", [
    # finding 7: a bare-plural subject after a verb of saying, or after 'that'
    "He said officials fabricated claims about the vote.",
    "The court heard that clerks fabricated reports for months.",
])
def test_fabricated_finite_verb_after_bare_plural(body: str) -> None:
    assert "fabricated news" not in terms(body)


@pytest.mark.parametrize("body", [
    "The channel spread fabricated claims about the vote.",
    "She denied the fabricated reports of a coup.",
])
def test_fabricated_adjective_kept(body: str) -> None:
    assert "fabricated news" in terms(body)
