"""Round 28 (helper L): loaded-language classes of the twenty-seventh invented set's misses (a proxy since round 28),
the voice rules behind three of its voice errors, and two naming forms (a country demonym before a title, an
abbreviation the text defines).

Sentences written for these tests (invented names, places and outlets): each term in the voices it counts in, and each
word's plain sense not counted."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits
from analysis.evaluate.wording import _is_name_form
from analysis.measures.wording import find_mentions


def spans(body: str) -> list[str]:
    return [s for s, _, _ in hits(body)]


@pytest.mark.parametrize("body, span, term, voice", [
    # shatter the illusions
    ("The party daily wrote that the summit had shattered the illusions of the Velmoran cabinet.",
     "shattered the illusions", "shatter the illusion", "paraphrase"),
    ("The vote shattered their illusions about a quick deal.", "shattered their illusions", "shatter the illusion",
     "narrator"),
    # give lessons (to others), the moralising sense
    ('"Brela is in no position to give lessons to other countries," the minister of Pella said.', "give lessons",
     "give lessons", "quoted"),
    ("The outlet's editors keep giving lessons on democracy to their neighbours.", "giving lessons", "give lessons",
     "narrator"),
    # militarisation with its agent
    ("The embassy denounced the militarisation of the strait by the Kessan navy.", "militarisation",
     "militarisation", "paraphrase"),
    ("The militarization of the islands by Tarvia worries the fishermen.", "militarization", "militarisation",
     "narrator"),
    # Yankee before a noun of empire or hostility
    ("The Yankee empire and its allies lost the vote in Brela.", "Yankee", "Yankee", "narrator"),
    ('"Yankee imperialism will fail," the speaker told the crowd in Dorn.', "Yankee", "Yankee", "quoted"),
    # corporate media
    ("The smear was spread by the corporate media of the north.", "corporate media", "corporate media", "narrator"),
    # arsonist for politicians or states
    ('"This is a pact between two arsonists," the deputy from Kessa said.', "arsonists", "arsonist", "quoted"),
    ("The opposition leader said the two governments were arsonists.", "arsonists", "arsonist",
     "paraphrase"),
])
def test_round28_terms(body, span, term, voice):
    assert (span, term, voice) in hits(body)


@pytest.mark.parametrize("body", [
    "The armed forces of Tarvia paraded in the capital.",
    "The armed men fled before the police arrived.",
    "She gives lessons to others in her village: piano, mostly.",
    "The school gives lessons on democracy to its pupils every Friday.",
    "The militarisation of the border worries the fishermen.",
    "The New York Yankees won the game at Yankee Stadium.",
    "Yankee soldiers marched south after the Civil War began.",
    "Questions go to the corporate media relations office of the bank.",
    "Police arrested two arsonists after the warehouse fire in Brela.",
    "The arsonists who set fire to the barn were sentenced on Monday.",
    "The West continues to pump arms into the war.",      # the flood template keeps its head 'arms'
])
def test_round28_plain_senses(body):
    assert not [s for s in spans(body) if s.lower() in {"armed", "arming", "give lessons", "gives lessons",
                                                        "militarisation", "yankee", "yankees", "corporate media",
                                                        "arsonists"}]


@pytest.mark.parametrize("body, span", [
    # armed to the teeth, with its object between (borderline: off by default)
    ("Tarvia has armed the border militias to the teeth since the spring.", "armed"),
    ('"They are arming Kessa to the teeth," the envoy from Dorn said.', "arming"),
    ("The rebels in Ostrel are armed to the teeth.", "armed"),
])
def test_armed_to_the_teeth_is_borderline(body, span):
    from analysis.measures import wording as w
    from _loaded_helpers import doc_of
    assert span not in spans(body)
    found = [(h.matched_text, h.entry.term) for h in w.find_terms(doc_of(body), tiers=("core", "borderline"))]
    assert (span, "armed to the teeth") in found


def test_flood_template_still_counts_arms():
    assert ("pump arms into", "<supply_flood_verb> arms into", "narrator") in hits(
        "The West continues to pump arms into the war.")


def test_give_lessons_not_in_paraphrase():
    # the lecture template's voices: a paraphrased stock complaint is left out (sets 3, 5, 26)
    assert "give lessons" not in spans("The deputy said the western capitals were poorly placed to give lessons to "
                                       "others.")


def test_double_standard_is_borderline():
    body = "People in Pella see the double standard plainly."
    assert "double standard" not in spans(body)
    from analysis.measures import wording as w
    from _loaded_helpers import doc_of
    found = [h.matched_text for h in w.find_terms(doc_of(body), tiers=("core", "borderline"))]
    assert "double standard" in found
