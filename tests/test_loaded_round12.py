"""Round 12: loaded-language classes taken whole from their sources (loaded_general.yaml's round-12 section:
the 'hysteria' family's other MPQA forms, indecision and delay, the ruler's fool, ingratitude and betrayal; and
loaded_patterns.yaml's outcast nouns 'outlaws', 'renegades' after a bloc noun).

The classes were seeded by misses on the eighth invented set (a proxy since round 11's scoring); every sentence here
is written for the tests, with invented names, places and wording of its own.  Each rule is tested in its loaded use
and in a literal or plain one, and the voice of a quoted hit is checked."""

from __future__ import annotations

import pytest

from _loaded_helpers import doc_of, terms
from analysis.measures import wording as w


LOADED = [
    # (1) the hysteria family (MPQA hysterics, hysteric)
    ("The ministry in Varnholt waved away what it called the hysterics of its neighbours.", "hysterics"),
    ("Officials in Tesland accused the opposition of hysteric overreaction.", "hysterics"),
    # (2) indecision and delay
    ("After a year of dithering, the cabinet in Orvia finally signed the contract.", "dither"),
    ("The council dithered for weeks while the dockyard emptied.", "dither"),
    ("Critics say the premier shilly-shallied over the fuel subsidy.", "shilly-shally"),
    ("Trade unions in Kessing accused ministers of dilly-dallying on the wage deal.", "dilly-dally"),
    ("The report blames the procrastination of two successive governments.", "procrastinate"),
    ("An indecisive chancellor has left the coalition without a plan.", "indecisive"),
    ("The editorial mocked the irresolute foreign minister.", "irresolute"),
    ("Months of indecision in the capital have cost the port its ferry link.", "indecision"),
    # (3) the ruler's fool
    ("The senator called the junta's spokesman a clown who should be ignored.", "clown"),
    ("Delmar has long served as the palace's court jester, mocking every envoy in sight.", "court jester"),
    ("To his rivals the deputy is nothing but the regime's jester.", "court jester"),
    ("The deputy minister plays the court jester on the world stage.", "court jester"),
    ("The cabinet's dithering sends a dangerous signal to the shipyards.", "dither"),
    # (4) ingratitude and betrayal
    ("The island republic, one adviser complained, bites the hand that feeds it.", "bite the hand that feeds"),
    ("By suing its donors the agency was biting the hand that fed it.", "bite the hand that feeds"),
    ("Farmers in Hollin say the trade pact sold them down the river.", "sell"),
    ("The fishermen felt they had been sold down the river by the capital.", "sell"),
    ("The envoy accused his former partners of double-crossing him at the talks.", "double-cross"),
    ("Party loyalists branded the defecting mayor a turncoat.", "turncoat"),
    ("The minister called his deputy a snake in the grass after the leak.", "snake in the grass"),
    ("The columnist accused the island state of ingratitude towards its patrons.", "ingratitude"),
    # outcast nouns after a bloc noun
    ("A member of parliament in Dorrin called the new pact an alliance of outlaws.", "<bloc_noun> of outlaws"),
    ("The exiles dismissed the summit as a coalition of renegades.", "<bloc_noun> of renegades"),
]


@pytest.mark.parametrize("body, term", LOADED)
def test_round12_loaded_use_counts(body, term):
    assert term in terms(body)


LITERAL = [
    # laughter, not panic
    ("The comedian had the whole hall in hysterics by the second act.", "hysterics"),
    ("The children dissolved into hysterics when the puppet fell over.", "hysterics"),
    # the image-processing term
    ("The printer driver applies dithering to each image so that the colours blend.", "dither"),
    # an outcome that decides nothing
    ("The vote in Marrow produced an indecisive result.", "indecisive"),
    ("After an indecisive battle both armies withdrew to the river.", "indecisive"),
    # the performer and the fish
    ("A clown on stilts greeted children at the circus in Pell.", "clown"),
    ("Divers photographed a clown fish near the reef.", "clown"),
    ("The museum's new painting shows a medieval court jester in red and gold.", "court jester"),
    ("At the Renaissance festival a jester juggled for the crowd.", "court jester"),
    # a real snake, a real river, a real bite
    ("A hiker was bitten by a snake in the grass near the lake.", "snake in the grass"),
    ("The barges drifted down the river towards the sea.", "sell"),
    ("The stray dog bit the hand of the boy who fed it.", "bite the hand that feeds"),
    # outcast nouns: alone or without a bloc noun, or the adjective, are no template hit
    ("Legends of outlaws are told in every valley of the province.", "<bloc_noun> of outlaws"),
    ("A renegade commander crossed the border with forty men.", "<bloc_noun> of renegades"),
]


@pytest.mark.parametrize("body, term", LITERAL)
def test_round12_literal_use_does_not_count(body, term):
    assert term not in terms(body)


def test_plain_hesitation_is_not_flagged():
    body = "The ministry said it would decide on the tender next month after reviewing the bids."
    assert terms(body) == []


def _voices(body: str) -> dict[str, str]:
    return {h.entry.term: h.voice for h in w.find_terms(doc_of(body), paraphrase_spans=[],
                                                          tiers=("core", "general", "pattern"))}


def test_quoted_label_keeps_quoted_voice():
    body = 'A shipyard steward in Fenmoor said: "We need the orders now, no more dithering from the capital."'
    assert _voices(body).get("dither") == "quoted"


def test_narrator_label_keeps_narrator_voice():
    body = "The governor, who has made himself the cabinet's court jester, posted another video on Sunday."
    assert _voices(body).get("court jester") == "narrator"


# The exaggeration entries of degree (staggering, shocking, unprecedented, crippling: loaded_terms.yaml, source
# semeval_exag) count in the outlet's voice only: inside quotation marks they are the speaker's emphasis (SUMMARY 26).
@pytest.mark.parametrize("body, term", [
    ('The agency in Vell called the vote "a crushing defeat for the warmongers of the north".', "crippling"),
    ('"These are unprecedented times for our fishermen," the mayor of Tolk said.', "unprecedented"),
    ('A trade official said the figures were "simply staggering".', "staggering"),
])
def test_quoted_exaggeration_is_the_speakers_emphasis(body, term):
    assert term not in _voices(body)


@pytest.mark.parametrize("body, term", [
    ("The island has lived under crippling tariffs since the election in Vell.", "crippling"),
    ("The ministry in Tolk has spent an unprecedented sum on the harbour wall.", "unprecedented"),
    ("Prices in the capital rose by a staggering margin last spring.", "staggering"),
])
def test_exaggeration_in_the_outlets_voice_counts(body, term):
    assert _voices(body).get(term) == "narrator"


def test_quoted_pejorative_still_counts():
    body = 'The agency in Vell called its neighbours "a coalition of outlaws and their hysterics".'
    assert {"<bloc_noun> of outlaws", "hysterics"} <= set(_voices(body))


@pytest.mark.parametrize("body", [
    "The children in Pell laughed at the clown who juggled oranges.",
    "In the second act a clown is hit with a custard pie.",
])
def test_the_performing_clown_does_not_count(body):
    assert "clown" not in terms(body)
