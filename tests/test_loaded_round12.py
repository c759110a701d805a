"""Round 12, mended after review R4: loaded_general.yaml's round-12 entries (MPQA words of an overwrought or a
feeble reaction, the labels 'clown', 'turncoat' and 'renegade state', betrayal idioms) and loaded_patterns.yaml's
outcast nouns 'outlaws', 'renegades' after a bloc noun.

Every sentence is written for these tests, with invented names and places and wording of its own (no invented set's
sentence, with or without its names changed).  For each entry: its evaluative use counts, the literal uses review R4
listed (an event that decided nothing, performers, laughter and medicine, real snakes, stories and titles)
do not, and the entries R4 found unsupported by their sources are gone from the packaged lexicon."""

from __future__ import annotations

import pytest

from _loaded_helpers import CURATED, doc_of, terms
from analysis.measures import wording as w


def _voices(body: str) -> dict[str, str]:
    return {h.entry.term: h.voice for h in w.find_terms(doc_of(body), paraphrase_spans=[], tiers=CURATED)}


# ------------------------------------------------------------------ counted: each entry in the frame of a verdict

@pytest.mark.parametrize("term, body", [
    ("hysterics", "Diplomats in Quellmark shrugged off the hysterics coming from across the strait."),
    ("hysterics", "Her rivals dismissed the petition as hysteric scaremongering."),
    ("indecisive", "Voters in Halvard have grown weary of an indecisive prime minister."),
    ("irresolute", "An irresolute cabinet let the tender deadline slip by."),
    ("indecision", "Two years of indecision have left the bypass half built."),
    ("dilly-dally", "Nurses accused the board of dilly-dallying over the overtime rates."),
    ("ingratitude", "The finance minister spoke of the ingratitude of a neighbour kept afloat by loans."),
    ("clown", "The trade secretary is a clown, the opposition whip told reporters in Orm."),
    ("clown", "Farm protesters called him a clown as his convoy left the showground."),
    ("clowns", "Harbour pilots blamed the clowns running the port authority for the delays."),
    ("clowns", "Nobody trusts the clowns in the finance ministry any more, a trader said."),
    ("turncoat", "Loyalists jeered the deputy as a turncoat once she crossed the floor."),
    ("double-cross", "The militia says the general double-crossed it at the ceasefire table."),
    ("snake in the grass", "The party treasurer turned out to be a snake in the grass."),
    ("snake in the grass", "Former allies called her a snake in the grass after the memo surfaced."),
    ("bite the hand that feeds", "By taxing the federal depots the province is biting the hand that feeds it."),
    ("<bloc_noun> of outlaws", "A senator in Rell described the new bloc as a coalition of outlaws."),
    ("<bloc_noun> of renegades", "Exiled editors mocked the summit's signatories as a cabal of renegades."),
    ("renegade state", "Broadcasters in Tesk routinely call their southern neighbour a renegade state."),
    ("renegade state", "The communique warned the renegade regime in Dorla against further tests."),
])
def test_evaluative_use_counts(term, body):
    assert term in terms(body)


# ------------------------------------------------------------------ not counted: the literal or plain senses R4 listed

@pytest.mark.parametrize("body", [
    # an event that decided nothing is no verdict on an actor
    "The second ballot in Perrin proved just as indecisive as the first.",
    "An indecisive skirmish on the plateau cost both sides a dozen men.",
    "The club's indecisive season ended in mid-table again.",
    "Mediators called the talks indecisively short and promised a second round.",
    # the performing clown, and the clown in no name-calling frame
    "A man dressed as a clown was arrested after the robbery in Dunmere.",
    "Volunteer clowns tour the children's ward in Ostby every Friday.",
    "He worked as a clown for twenty years before opening a bakery.",
    "The rugby club's new clown mascot frightened the toddlers.",
    "Reports of masked clowns lurking near a playground alarmed parents in Vesk.",
    # jesters: a team, a costume, an opera role (the entry is withdrawn)
    "The Jesters, a rugby side from Orm, lifted the regional shield.",
    "Pupils dressed as jesters for the castle's open day.",
    "The young tenor sings the jester's aria in the second act.",
    # hysterics of laughter or of old medicine
    "By the interval the pantomime had the stalls in fits of hysterics.",
    "Wedding guests were reduced to hysterics by the best man's toast.",
    "An old asylum register in Morrowby lists three patients admitted with hysterics.",
    # procrastination as a private habit (the entry is withdrawn)
    "Sleep researchers in Brenn say procrastination peaks in the week before exams.",
    '"I put off the dentist for years, pure procrastination," said Tova Rusk, 61.',
    # real snakes
    "A cyclist swerved to avoid a snake in the grass by the canal path.",
    "Snakes in the grass along the dunes are mostly harmless, rangers say.",
    # goods shipped downstream (the entry is withdrawn)
    "Growers once sold their barley down the river at Kessel market.",
    # outcasts of fiction, music and history
    "A brotherhood of outlaws roams the hills in the novel's second half.",
    "The Alliance of Outlaws, a folk band from Tesk, released a new album.",
    "In the nineteenth century a coalition of renegades held the frontier forts.",
    # titles of works
    "Ingratitude, a comedy in three acts, opens at the Civic Theatre tonight.",
    "Turncoat, the debut novel by Ama Reyes, sold out in a week.",
    # 'renegade' of a person or a unit is no state label
    "A renegade officer crossed the river with forty men.",
    # a pet's bite
    "The pony bit the hand of the girl who was feeding it.",
])
def test_literal_or_plain_use_is_not_flagged(body):
    assert terms(body) == []


# ------------------------------------------------------------------ entries withdrawn after R4 stay out

@pytest.mark.parametrize("word", ["court jester", "jester", "jesters", "shilly-shally", "procrastinate",
                                  "procrastination", "ungratefully", "clownish", "dither",
                                  "dithering"])
def test_withdrawn_entries_are_not_listed(word):
    listed = {x.lower() for e in w.load_loaded_terms() for x in (e.term, *e.variants)}
    assert word not in listed


# ------------------------------------------------------------------ voices

def test_quoted_name_calling_keeps_the_quoted_voice():
    body = 'A ferry captain in Lusk said: "Those clowns in the port office have ruined the season."'
    assert _voices(body).get("clowns") == "quoted"


def test_narrator_label_keeps_the_narrator_voice():
    body = "Varn, a turncoat in the eyes of his old party, spoke first at the rally."
    assert _voices(body).get("turncoat") == "narrator"


# The intensifiers count in every voice (loaded_terms.yaml's shared comment; round 12's outlet-only list for four
# exaggeration entries was reverted after review R4 #8): a quoted verdict on an act is listed inside quotes too.
@pytest.mark.parametrize("body, term", [
    ('The envoy described the raids on the villages as "shocking and cruel".', "shocking"),
    ('"The bill for the repairs is mind-boggling," a shipowner in Orm complained.', "staggering"),
    ('A union leader warned of "crippling" fees for the smaller hauliers.', "crippling"),
])
def test_quoted_intensifier_counts_in_the_quoted_voice(body, term):
    assert _voices(body).get(term) == "quoted"
