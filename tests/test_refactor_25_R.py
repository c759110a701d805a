"""Round 25 (R): code-quality mends with a behaviour to pin down.

Every sentence here is written for the test (invented names, places and outlets).
"""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.measures.wording.voice import narrator_label
from analysis.text import parse_article


def _voices(body: str) -> dict[str, str]:
    d = parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))
    return {h.matched_text: h.voice for h in w.find_terms(d)}


def _label(body: str, hit: str) -> bool:
    s = body.index(hit)
    return narrator_label(body, s, s + len(hit))


# ---------------------------------------------------------------- item 1: a relative clause inside the apposition

def test_and_inside_a_relative_clause_of_the_apposition_is_not_a_list() -> None:
    body = "Envoy Mara Quist said that Valdoria, a rogue state with which Ostrel and Kemmer trade, was arming."
    assert _label(body, "rogue state") is True
    assert _label("Quist said Valdoria, a rogue state which Ostrel or Kemmer still fund, was arming.",
                  "rogue state") is True
    assert _label("Quist said Valdoria, a rogue state whose generals and judges obey one man, was arming.",
                  "rogue state") is True


def test_a_list_after_the_apposition_still_keeps_the_paraphrase_voice() -> None:
    # no relative word before the 'and': a list item, as before
    assert _label("Quist said envoys would visit Valdoria, the junta in Pellham and the isles.", "junta") is False
    assert _voices("Quist said envoys would go to Ostrel, the junta at Varn or the coast.").get("junta") == \
        "paraphrase"
    # a possessor is still not an apposition head
    assert _label("Quist said she met Edda Lorn, the dictator's cousin, and Kemmer.", "dictator") is False


# ---------------------------------------------------------------- item 2: a dated dateline's month is a month

def test_a_dated_dateline_reads_a_month_of_the_time_words() -> None:
    from analysis.extract.attribution.tokens import _DATED_DATELINE
    for line in ("Kelvar, 14 Mar 2025 (Ostwire) - The envoy said", "Port Ellis, Sept. 3, 2025 -- The envoy said",
                 "Kelvar, November 14 — The envoy said", "Kelvar, 2 May - The envoy said"):
        assert _DATED_DATELINE.match(line) is not None, line
    # a capitalised word that is no month name nor abbreviation: no dateline
    for line in ("Tova Rinn, 12 Points - The envoy said", "Kelvar, Marsh 14 - The envoy said",
                 "Kelvar, 3 Junta - The envoy said"):
        assert _DATED_DATELINE.match(line) is None, line


def test_role_time_patterns_take_every_month_abbreviation_of_the_time_words() -> None:
    from analysis.extract.speakers.lexicons import load_roles
    roles = load_roles()
    assert roles.trail_re.search("The ministry late Jun. 5") is not None
    assert roles.trail_re.search("The ministry late Sept. 5") is not None
    assert {"jun", "jul", "sept"} <= roles.time_words


# ---------------------------------------------------------------- item 5: one to-infinitive test

def _to_after(sentence: str, word: str, *, request: bool = False) -> bool:
    from analysis.extract.attribution.cues import _to_infinitive
    from analysis.extract.attribution.tokens import _sentence_tokens
    from analysis.text import parse_text
    toks = _sentence_tokens(parse_text(sentence))[0]
    k = next(i for i, t in enumerate(toks) if t.low == "to" and i + 1 < len(toks) and toks[i + 1].low == word)
    return _to_infinitive(toks, k, len(toks), request=request)


def test_one_to_infinitive_test_for_cues_and_content() -> None:
    # a question's request after "Asked ..." (cues): a plain unquoted lower-case word
    assert _to_after("Asked by the host to respond, Ivo Sand said no.", "respond", request=True) is True
    # a place, a noun phrase, a pronoun, a number or a preposition: no request
    assert _to_after("Questioned during a visit to Pellham, Ivo Sand said no.", "pellham", request=True) is False
    assert _to_after("Questioned on a trip to the coast, Ivo Sand said no.", "the", request=True) is False
    assert _to_after("Asked about a letter to them, Ivo Sand said no.", "them", request=True) is False
    assert _to_after("Asked about a rise to two, Ivo Sand said no.", "two", request=True) is False
    assert _to_after("Asked about a rise to about ten, Ivo Sand said no.", "about", request=True) is False
    # a "to" frame's complement (content): a hyphenated verb reads as one, an -ing noun or a number does not
    assert _to_after("Kemmer urged the mayors to re-examine the plan.", "re-examine") is True
    assert _to_after("Asked about a halt to trading, Ivo Sand said no.", "trading") is False
    assert _to_after("Asked about a rise to two, Ivo Sand said no.", "two") is False
