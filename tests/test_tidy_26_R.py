"""Round 26 (helper R, tidy): one source for each list of body nouns.

The resolver's test of an organisation word and the anaphor rules' body-name vocabulary read one set
(resolver._organisation_words).  Every sentence is invented (names, places, wording)."""
from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.extract.speakers.lexicons import load_gazetteer, load_roles, load_source_cues
from analysis.extract.speakers.resolver import _Resolver, load_speaker_words
from analysis.text import parse_article


def _resolver(body: str) -> _Resolver:
    doc = parse_article(Article("Test", "t", dt.date(2024, 6, 20), body))
    return _Resolver(doc, load_source_cues(None), load_gazetteer(None), [], load_roles(None), load_speaker_words(None))


# ---------------------------------------------------------------- one vocabulary of organisation words

def test_organisation_word_reads_the_one_vocabulary() -> None:
    r = _resolver("The board said nothing.")
    cues, roles = load_source_cues(None), load_roles(None)
    expected = {*roles.body_heads, *(w for w, _ in cues.org_types), *(w for w, _ in roles.org_types)}
    assert r._organisation_words() == frozenset(expected)
    assert all(r._organisation_word(w) for w in ("watchdog", "council", "ministry", "agency"))
    assert not any(r._organisation_word(w) for w in ("mayor", "group", "Watchdog", "the council", ""))


def test_the_anaphor_body_words_add_only_the_private_bodies() -> None:
    r = _resolver("The board said nothing.")
    private = {w.lower() for w in load_source_cues(None).private_bodies}
    assert r._org_words() == frozenset({w.lower() for w in r._organisation_words()} | private)
    assert {"company", "union", "watchdog"} <= r._org_words()


def test_organisation_word_agrees_with_the_compiled_patterns_it_replaced() -> None:
    # the old test: a body_heads noun, or a whole-string match of source_cues' or roles.yaml's organisation words
    r = _resolver("The board said nothing.")
    probes = {*r._organisation_words(), *(w.upper() for w in r._organisation_words()), "mayor", "the board",
              "boards", "ministry-run", "council ", "think  tank", "Agency", ""}
    for w in probes:
        old = w in r.roles.body_heads or r.lex.org_word_re.fullmatch(w) is not None or \
            any(x.fullmatch(w) for _, x in r.ri.org_type_res)
        assert r._organisation_word(w) == old, w
