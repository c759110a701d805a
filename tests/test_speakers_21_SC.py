"""Round 21, helper SC: a pronoun after the named subject of its own sentence refers to that subject, not to an
older speaker of the paragraph (the fifth set's "Her colleague Rufus Steadwell (no relation) is less sure: he
thinks ..." had given the earlier speaker of the same surname).  Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

from analysis.corpus.model import Article
from analysis.extract import annotate
from analysis.text.document import parse_article


def _speakers(body: str) -> list[tuple[str, str, str, str]]:
    """(cue, speaker name, speaker type, content) of each attribution of an article whose body is ``body``."""
    d = annotate(parse_article(Article(outlet="Test Wire", title="A test", date=dt.date(2024, 6, 20), body=body)))
    return [(body[a.cue_start:a.cue_end], s.name, s.speaker_type, body[a.start:a.end])
            for a, s in zip(d.attributions, d.speakers)]


def _by_cue(body: str, cue: str) -> tuple[str, str]:
    hits = [(name, typ) for c, name, typ, _ in _speakers(body) if c == cue]
    assert len(hits) == 1, _speakers(body)
    return hits[0]


def test_pronoun_after_its_own_sentences_subject_is_that_subject():
    body = ("Hannah Brandt of the Orwell Institute, a think-tank in Leeds, reckons Lima dislikes the idea. "
            "Her colleague Rufus Okoro is less sure: he thinks Lima quietly welcomes it.")
    assert _by_cue(body, "reckons") == ("Hannah Brandt", "expert_think_tank")
    # (a person the article gives no body or role is typed 'other')
    assert _by_cue(body, "thinks") == ("Rufus Okoro", "other")


def test_a_shared_surname_does_not_merge_the_pronouns_referent():
    body = ("Hannah Brandt of the Orwell Institute reckons Lima dislikes the idea. \"Quito wants calm,\" she argues. "
            "Her colleague Rufus Brandt (no relation) is less sure: he thinks Lima quietly welcomes it.")
    name, typ = _by_cue(body, "thinks")
    assert name == "Rufus Brandt"
    assert typ != "unnamed"


def test_bare_subject_name_before_a_colon():
    body = ("Mara Voss of the Tidewater Forum reckons the pact is hollow. "
            "Elias Grent is less sure: he thinks it will bind both sides.")
    assert _by_cue(body, "thinks") == ("Elias Grent", "other")
    assert _by_cue(body, "reckons") == ("Mara Voss", "expert_think_tank")


def test_a_reporting_clause_inside_its_content_keeps_the_earlier_speaker():
    # "Ortega, he argued, is the winner": Ortega is what the content is about, not who argues it
    body = ("Analyst Pavel Dunn of the Riga Defence Desk told the radio that the deal was old news. "
            "\"It changes little,\" he said.\n\n"
            "According to Dunn, the pact gives cover to trade. Ortega, he argued, is the real winner.")
    assert _by_cue(body, "argued") == ("Pavel Dunn", "expert_think_tank")


def test_pronoun_after_a_quotation_of_two_sentences_is_the_narrations_subject():
    # the quotation's first sentence names no one outside it: "he" goes back to the narration's subject,
    # not to the older speaker of the paragraph before
    body = ("Dr Ada Okafor, a senior fellow at the Ibadan Centre for Strategic and Security Studies, warned that "
            "the accord \"is bad.\" She said governments should \"act.\"\n\n"
            "Professor Chidi Nwosu-Ala of the Department of History, Jos Federal University, was less alarmed. "
            "\"This is a pact of convenience. Neither will die for the other,\" he told The Ledger by telephone.")
    assert _by_cue(body, "told") == ("Chidi Nwosu-Ala", "expert_academic")
    assert _by_cue(body, "warned") == ("Ada Okafor", "expert_think_tank")
