"""Round 17 (reference, namesakes): a courtesy title + surname ("Mr. Roe") refers back to a namesake the article
introduced in the same paragraph (in a later one the registry person keeps it: round 9), even over a protagonist of that surname named earlier, and a
full name inside a quotation introduces no one such a title refers back to.  Both layers: the naming measure
(``find_mentions``) and the speaker layer (``resolve_speakers``).  Every sentence, name and place is invented."""

from __future__ import annotations

import pytest

from analysis.evaluate.speakers import locate_gold
from analysis.extract.speakers import Actor, resolve_speakers
from analysis.measures.wording import find_mentions
from test_speakers_names import _doc

NAMING_ACTORS = {"actors": [
    {"name": "Pak Sung Chol", "kind": "person", "gender": "male",
     "labels": ["Chairman Pak Sung Chol", "Pak Sung Chol", "Pak Sung-chol", "Mr Pak", "Mr. Pak", "Pak"]},
]}

SPEAKER_ACTORS = [
    Actor("Tor Valen", "person", "principal", "Arden government", "Arden", ("Tor Valen", "Mr Valen", "Valen"), "male"),
]


def _forms(body: str) -> list[str]:
    return [m.matched_text for m in find_mentions(body, actors=NAMING_ACTORS)]


def _speakers(body: str, quotes: list[tuple[str, str, str]]) -> list[str]:
    doc = _doc(body)
    attrs = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m, "kind": "indirect"} for t, c, m in quotes])
    assert all(a is not None for a in attrs), attrs
    return [sp.name for sp in resolve_speakers(doc, attrs, actors=SPEAKER_ACTORS)]


# ---------------------------------------------------------------- naming measure: "Mr Pak" forms

@pytest.mark.parametrize("body, forms", [
    # the namesake introduced in apposition; the actor named after it only inside a quotation
    ("At a dinner in Tessamar, Lorvan's trade envoy, Pak Dong-hwi, called the dam \"a present from Chairman "
     "Pak Sung Chol to our farmers.\" Mr. Pak added that barges would run by spring.",
     ["Chairman Pak Sung Chol"]),
    # the same with curly quotation marks and the titled surname in the next paragraph
    ("Chairman Pak Sung Chol opened the dam last week.\n\nAt the harbour, Pak Dong-hwi, the port director, praised "
     "\u201cthe wisdom of Pak Sung Chol\u201d in a speech.\n\nMr Pak then cut a ribbon.",
     ["Chairman Pak Sung Chol", "Pak Sung Chol"]),
])
def test_a_courtesy_title_passes_over_the_actor_named_inside_a_quotation(body, forms):
    assert _forms(body) == forms


@pytest.mark.parametrize("body, forms", [
    # no namesake: the quoted full name and the titled surname are the actor's
    ("Chairman Pak Sung Chol opened the dam. \"Pak Sung Chol gave us water,\" a farmer said. Mr Pak waved.",
     ["Chairman Pak Sung Chol", "Pak Sung Chol", "Mr Pak"]),
    # the actor named outside any quotation after the namesake: the titled surname stays his
    ("Pak Dong-hwi, the port director, spoke first.\n\nLater Chairman Pak Sung Chol toured the docks. Mr Pak waved.",
     ["Chairman Pak Sung Chol", "Mr Pak"]),
    # a bare surname keeps the quoted full name (round 16: only the speaker's own quotation is passed over)
    ("Lina Pak, a nurse, watched.\n\n\"Pak Sung Chol is right,\" she said. Pak left.\n", ["Pak Sung Chol", "Pak"]),
    # the namesake is a woman: "Mr Pak" passes over her to the actor, quoted or not
    ("Chairman Pak Sung Chol opened the dam. His niece, Pak Mi-ra, said she liked \"Pak Sung Chol's dam\". "
     "Mr Pak smiled.", ["Chairman Pak Sung Chol", "Pak Sung Chol", "Mr Pak"]),
])
def test_a_courtesy_title_stays_the_actors_without_an_unquoted_later_namesake(body, forms):
    assert _forms(body) == forms


# ---------------------------------------------------------------- speaker layer: "Mr. Valen said"

def test_a_titled_surname_after_a_namesake_just_introduced_is_that_person():
    body = ("Arden leader Tor Valen signed the pact in May.\n\n"
            "The harbour master at Dale, Oskar Valen, told the guild on Friday that the quay would reopen. "
            "Mr. Valen said that fees would rise.")
    names = _speakers(body, [("that the quay would reopen", "told", "The harbour master at Dale, Oskar Valen"),
                             ("that fees would rise", "said", "Mr. Valen")])
    assert names[-1] == "Oskar Valen"


def test_a_full_name_inside_a_quotation_does_not_hold_the_titled_surname():
    body = ("Arden leader Tor Valen signed the pact in May.\n\n"
            "The harbour master at Dale, Oskar Valen, told the guild that the quay was \"a gift of Tor Valen "
            "to the fishermen\". Mr. Valen said that fees would rise.")
    names = _speakers(body, [("that fees would rise", "said", "Mr. Valen")])
    assert names[-1] == "Oskar Valen"


@pytest.mark.parametrize("body", [
    # the only Valen is the leader
    "Arden leader Tor Valen signed the pact in May.\n\nCritics were loud. Mr. Valen said that fees would rise.",
    # the namesake named three paragraphs back: too far for the titled surname
    "The harbour master at Dale, Oskar Valen, spoke in March.\n\nThe guild met.\n\nArden leader Tor Valen flew in.\n\n"
    "Talks went on.\n\nMr. Valen said that fees would rise.",
    # a woman namesake: the courtesy title does not fit her
    "Arden leader Tor Valen signed the pact in May.\n\nHis cousin, Ms Ilse Valen, runs the port. "
    "Mr. Valen said that fees would rise.",
    # the leader named after the namesake, outside quotation marks
    "The harbour master, Oskar Valen, spoke first. Arden leader Tor Valen replied. Mr. Valen said that fees would rise.",
])
def test_a_titled_surname_stays_the_leader_without_a_near_fitting_namesake(body):
    names = _speakers(body, [("that fees would rise", "said", "Mr. Valen")])
    assert names[-1] == "Tor Valen"


def test_a_bare_surname_still_keeps_the_leader_over_an_untitled_namesake():
    # the near-namesake rule is for courtesy titles only: a bare "Valen" keeps the protagonist (round 8 rule)
    body = ("Arden leader Tor Valen signed the pact in May.\n\n"
            "The harbour master at Dale, Oskar Valen, spoke to the guild. Valen said that fees would rise.")
    names = _speakers(body, [("that fees would rise", "said", "Valen")])
    assert names[-1] == "Tor Valen"


# ---------------------------------------------------------------- a pronoun after a fronted adverbial's subject

_EXPERT = ('Dr. Omar Tell, an economist at the Varn Institute, told the paper that the levy was "a bluff."\n\n'
           '"It changes nothing," Tell said.\n\n')
_EXPERT_QUOTES = [("that the levy was", "told", "Dr. Omar Tell, an economist at the Varn Institute"),
                  ("It changes nothing", "said", "Tell")]


def _pronoun_speaker(sentence: str, pronoun: str) -> str:
    doc = _doc(_EXPERT + sentence)
    quotes = _EXPERT_QUOTES + [("the clause was weak", "said", pronoun)]
    attrs = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m, "kind": "indirect"} for t, c, m in quotes])
    return resolve_speakers(doc, attrs, actors=[])[-1].name


@pytest.mark.parametrize("sentence", [
    "Over in Selmar, Dr. Rina Asko, a lecturer in law, was less sure. She said the clause was weak.",
    "On Monday evening, Dr. Rina Asko, who teaches law, had doubts. She said the clause was weak.",
    "Meanwhile, Dr. Rina Asko had doubts. She said the clause was weak.",
])
def test_she_takes_the_subject_after_a_fronted_adverbial(sentence):
    assert _pronoun_speaker(sentence, "She") == "Rina Asko"


@pytest.mark.parametrize("sentence, pronoun", [
    # the person named inside the fronted phrase is no subject
    ("In a letter to Rina Asko, the panel asked for a delay. She said the clause was weak.", "She"),
    ("After meeting Rina Asko, the panel adjourned. He said the clause was weak.", "He"),
    # a fronted participle clause (no preposition or adverb first) moves nothing
    ("Speaking to Rina Asko, the panel adjourned. He said the clause was weak.", "He"),
])
def test_a_name_inside_a_fronted_phrase_does_not_take_the_pronoun(sentence, pronoun):
    assert _pronoun_speaker(sentence, pronoun) == "Omar Tell"


def test_a_name_inside_a_fronted_adverbial_is_no_subject_for_a_later_pronoun():
    """Lead mend (round 17): the fronted adverbial moves the subject past it, and a name inside it
    as a verb's object ("After visiting Tova Brink, ...") stays no subject."""
    from analysis.extract.speakers.anaphors import _title_lead
    seg = "After visiting Tova Brink, the warden left early."
    floor, lead = _title_lead(seg, 0, [seg.index("Tova"), seg.index("the")], is_role=lambda w: False)
    assert floor == lead == seg.index("the")


def test_a_name_right_after_the_fronted_preposition_stays_a_candidate():
    from analysis.extract.speakers.anaphors import _title_lead
    seg = "For Tova Brink, a ferry pilot, the levy changes little."
    floor, lead = _title_lead(seg, 0, [seg.index("Tova"), seg.index("the")], is_role=lambda w: False)
    assert (floor, lead) == (0, seg.index("a ferry"))


@pytest.mark.parametrize("sentence, speaker", [
    # an -ing word opening a place's name before a common noun stays in the name (lead mend, round 17)
    ("Pudding Lane sources said the levy was \"dead\".\n", ("Pudding Lane sources", None)),
    # an opening participle before a person's name is still cut
    ("Angering Tova Brink, Olek Varga said the levy was \"dead\".\n", ("Olek Varga", None)),
])
def test_an_opening_ing_word_is_cut_only_before_a_name(sentence, speaker):
    from tests.test_speakers_round10_bodies import _typed
    got = list(_typed(sentence).values())[0]
    assert got[0] == speaker[0]
    if speaker[1]:
        assert got[1] == speaker[1]


@pytest.mark.parametrize("body, mention", [
    # review RA: a relative named in full with a kinship noun, or "no relation", leaves "Mr. Valen" to the leader
    ("Arden leader Tor Valen returned from Dale on Sunday.\n\nReporters asked about the trial of his nephew, "
     "Piet Valen, which opens in June. Mr. Valen said that fees would rise.", "Mr. Valen"),
    ("Arden leader Tor Valen returned from Dale on Sunday.\n\nThe guild's treasurer, Piet Valen, no relation, "
     "counted the votes. Mr. Valen said that fees would rise.", "Mr. Valen"),
    # the leader named in the same paragraph, outside quotation marks, after the namesake
    ("The harbour master at Dale, Oskar Valen, opened the quay. Arden leader Tor Valen arrived by boat at noon. "
     "Mr. Valen said that fees would rise.", "Mr. Valen"),
])
def test_a_titled_surname_stays_the_leaders_after_a_relative_or_beside_the_leader(body, mention):
    assert _speakers(body, [("that fees would rise", "said", mention)]) == ["Tor Valen"]
