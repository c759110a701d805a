"""Round 23 (L): voice of a narrator's label inside a reported clause; loaded idioms, metaphors and patterns;
Kim naming forms.

Every sentence here is written for the test (invented names, places and outlets; real states only where a guard
needs a state of the gazetteer).
"""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.measures.wording.voice import narrator_label
from analysis.text import parse_article


def doc(body: str):
    return parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))


def voices(body: str) -> dict[str, str]:
    return {h.matched_text: h.voice for h in w.find_terms(doc(body))}


def found(body: str, tiers=w.CURATED_TIERS) -> list[str]:
    return [h.matched_text for h in w.find_terms(doc(body), tiers=tiers)]


# ---------------------------------------------------------------- voice: the narrator's labels in a paraphrase

def test_apposition_to_a_name_inside_a_paraphrase_is_the_narrators_label() -> None:
    body = ("Minister Tavo Reyes said the accord, signed by Lukashenko, the ageing dictator, would bind "
            "Minsk to the bloc.")
    assert voices(body).get("dictator") == "narrator"


def test_apposition_rule_reads_the_text_not_the_word() -> None:
    body = "They said that Belarus, a rogue state with few friends, was buying drones."
    s = body.index("rogue state")
    assert narrator_label(body, s, s + len("rogue state")) is True
    # an opening phrase 'In Minsk, the ...' is not an apposition
    other = "They said that in Minsk, the rogue state was buying drones."
    s = other.index("rogue state")
    assert narrator_label(other, s, s + len("rogue state")) is False


def test_definite_subject_of_a_nested_report_is_the_narrators_label() -> None:
    body = ("Osei argues that at the summit the ageing autocrat described the deal as a gift, and that "
            "nobody objected.")
    assert voices(body).get("autocrat") == "narrator"


def test_a_noun_after_the_hit_is_not_a_verb_of_saying() -> None:
    body = "Dara Voss said the report showed that the authoritarian states grew closer."
    s = body.index("authoritarian")
    assert narrator_label(body, s, s + len("authoritarian")) is False


def test_a_label_the_speaker_chose_stays_paraphrase() -> None:
    body = "Senator Ilse Marrow said the dictator would never keep his word."
    assert voices(body).get("dictator") == "paraphrase"


def test_a_title_before_a_name_stays_paraphrase() -> None:
    body = "Minister Tavo Reyes said the pact signed by Belarusian dictator Alexander Lukashenko would fail."
    assert voices(body).get("dictator") == "paraphrase"
