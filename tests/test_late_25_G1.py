"""Round 25 (G1): a wire's editor's notes opening the body ("(Corrects ...)", "(Adds comment from
Chinese foreign ministry in paragraph 12)") are notes on the story, not its text: the dateline after
them is the article's dateline (also a two-city one, "LIMA/QUITO, May 2 (Wire) -"), and a body named
with its country in a note is no earlier mention for a bare "the foreign ministry" in the story.
Stories, places and people invented (real countries only as places); shapes written for these tests."""

from __future__ import annotations

import datetime as dt


def _named(body: str, country: str = "Singapore") -> dict[str, tuple[str, str]]:
    from analysis.corpus import Article
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from analysis.text import parse_article
    doc = parse_article(Article(outlet="Test Wire", title="Envoy summoned over port deal",
                                date=dt.date(2025, 5, 2), body=body, country=country))
    atts = extract_attributions(doc)
    return {a.speaker_mention: (s.name, s.speaker_type) for a, s in zip(atts, resolve_speakers(doc, atts))}


_STORY = ("LIMA/QUITO, May 2 (Test Wire) - Peru summoned Ecuador's ambassador on Friday over a disputed "
          "port concession and said it would review fishing quotas.\n\n"
          "Deputy Minister Rosa Quispe told Ambassador Tomas Vera that the concession \"breaks the spirit\" "
          "of the border accord, the foreign ministry said in a statement.\n\n"
          "Brazil's foreign ministry spokesman Davi Lins told a briefing it was \"a matter for the two "
          "neighbours\".\n")


def test_a_body_named_in_an_editors_note_is_no_antecedent():
    body = ("(Corrects name of deputy minister in paragraph 2)\n"
            "(Adds comment from Brazilian foreign ministry in paragraph 3)\n\n" + _STORY)
    name, typ = _named(body)["the foreign ministry"]
    assert typ == "government" and name.lower() == "peruvian foreign ministry"


def test_the_dateline_after_editors_notes_is_the_articles():
    body = "(Updates with reaction in paragraph 3)\n\n" + _STORY.replace(
        "\n\nBrazil's foreign ministry spokesman Davi Lins", "\n\nA spokesman for Brazil's foreign ministry")
    name, _ = _named(body)["the foreign ministry"]
    assert name.lower() == "peruvian foreign ministry"


def test_a_two_city_dateline_opens_with_the_home_city():
    name, _ = _named(_STORY)["the foreign ministry"]
    assert name.lower() == "peruvian foreign ministry"


def test_a_note_in_the_story_text_still_counts():
    # a parenthesised aside inside the story, not opening the body, is text like any other
    body = ("LIMA, May 2 (Test Wire) - Peru summoned Ecuador's ambassador on Friday over a port deal.\n\n"
            "(Chile's foreign ministry had warned of the deal in March.)\n\n"
            "The foreign ministry said the talks would resume next week.\n")
    name, _ = _named(body)["The foreign ministry"]
    assert name.lower() == "chilean foreign ministry"
