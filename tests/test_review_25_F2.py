"""Round 25 fixer F2: the review RV1 findings 2, 3, 4, 12 and 13.

Sentences written for these tests (invented names, places and outlets)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.text import parse_article


def hits(body: str) -> list[tuple[str, str]]:
    """(text of the span, voice) of every curated-tier hit."""
    doc = parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))
    return [(h.matched_text, h.voice) for h in w.find_terms(doc, tiers=w.CURATED_TIERS)]


# ---------------------------------------------------------------- finding 2: the leader cult needs a ruler

@pytest.mark.parametrize("body, span", [
    ("Under the wise leadership of the esteemed President Oraz Belli, the port of Kenda has grown.",
     "wise leadership"),
    ("Under the wise leadership of the esteemed President Oraz Belli, the port of Kenda has grown.",
     "esteemed President"),
    ("The harvest was gathered under the sagacious guidance of Marshal Tomo Rhee.", "sagacious guidance"),
    ("A statue of the beloved Leader was unveiled in Sorvo on Friday.", "beloved Leader"),
])
def test_cult_praise_of_a_ruler_counts(body: str, span: str) -> None:
    assert (span, "narrator") in hits(body)


@pytest.mark.parametrize("body, word", [
    ("She showed great leadership during the flood at Marlow, the rowing club said.", "leadership"),
    ("The bakery chain showed wise leadership in a tough market last year.", "leadership"),
    ("The chess club thanked its great president for ten years of service.", "president"),
    ("The band mourned its beloved leader, who died in Porto on Monday.", "leader"),
])
def test_ordinary_praise_of_a_manager_does_not_count(body: str, word: str) -> None:
    assert not [h for h in hits(body) if word in h[0].lower()]


# ---------------------------------------------------------------- finding 3: 'parrots' the birds

@pytest.mark.parametrize("body", [
    "Colourful parrots line the branches of the old fig tree in Tavira.",
    "A parrot lines its nest with feathers, the keeper at Lindholm zoo said.",
    "Two parrots sat on the telephone line outside the school in Brela.",
])
def test_parrots_as_birds_do_not_count(body: str) -> None:
    assert not [h for h in hits(body) if "parrot" in h[0].lower()]


@pytest.mark.parametrize("body, span", [
    ("The Ostrava Union, which parrots the official line of the junta, lost seats.", "parrots"),
    ("Critics say the channel parrots the party line on every question.", "parrots"),
    ("The council member parroted the mayor's talking points at the hearing in Brela.", "parroted"),
])
def test_parrot_the_verb_with_a_message_counts(body: str, span: str) -> None:
    assert [h for h in hits(body) if h[0] == span]


# ---------------------------------------------------------------- finding 4: descriptive '<patron>-backed' nouns

@pytest.mark.parametrize("body", [
    "The Western-backed candidate won the runoff in Sardovia by four points.",
    "Historians in Tabriz still argue about the American-backed coup of 1953.",
    "Two Western-backed candidates withdrew from the race on Monday.",
    "Kremlin-backed media in the region reported the result first.",
])
def test_backed_candidate_coup_media_are_descriptive(body: str) -> None:
    assert not [h for h in hits(body) if "backed" in h[0].lower()]


def test_backed_opposition_still_counts() -> None:
    assert [h for h in hits("The Western-backed opposition in Sardovia called a strike.") if "backed" in h[0]]


# ---------------------------------------------------------------- finding 12: plain senses of round 25's terms

@pytest.mark.parametrize("body, word", [
    ("The students said they were bullied at school for years in Harlow.", "bull"),
    ("Two mad dogs roamed the village of Pella on Sunday, police said.", "mad dogs"),
    ("The judge in Ostrava said Reyes fabricated claims about the loan.", "fabricated"),
    ("The auditor said they had fabricated reports for the board.", "fabricated"),
])
def test_plain_senses_do_not_count(body: str, word: str) -> None:
    assert not [h for h in hits(body) if word in h[0].lower()]


def test_sanctions_as_the_first_noun_of_a_compound_does_not_count() -> None:
    assert not [h for h in hits("Nations under illegal sanctions regimes met in Pella.") if "under" in h[0]]


@pytest.mark.parametrize("body, span", [
    ("The minister said small states would not be bullied by Brussels.", "bullied"),
    ('Officials in Pella called the protesters "mad dogs" on Friday.', "mad dogs"),
    ("Rebel radio spread fabricated reports about the dam at Pella.", "fabricated reports"),
    ("The ministry said that nations under illegal sanctions would trade with each other.", "under illegal sanctions"),
])
def test_loaded_senses_still_count(body: str, span: str) -> None:
    assert [h for h in hits(body) if h[0] == span]


# ---------------------------------------------------------------- finding 13: a title after a determiner

from analysis.measures.wording import find_mentions  # noqa: E402


def _forms(text: str, actor: str) -> list[str]:
    return [m.matched_text for m in find_mentions(text) if m.actor.name == actor]


@pytest.mark.parametrize("text", [
    "Aides told the President Kim Jong Un had already left Sochi.",
    "The note reached His Excellency the President Kim Jong Un on Monday.",
])
def test_title_after_a_determiner_is_no_part_of_the_form(text: str) -> None:
    # (Putin's actors.yaml labels list 'President Vladimir Putin' itself: a label, not this rule)
    assert _forms(text, "Kim Jong Un") == ["Kim Jong Un"]


def test_title_without_determiner_still_counts() -> None:
    assert _forms("Talks with President Kim Jong Un ended in Sochi.", "Kim Jong Un") == ["President Kim Jong Un"]


def test_chief_alone_is_a_style_before_a_full_name() -> None:
    from analysis.measures.wording.naming import _titles_before
    body = "Chief Olu Adebayo opened the market in Ibadan."
    s = body.index("Olu")
    assert _titles_before(body, s, s + len("Olu Adebayo")) == 0
