"""Round 26 (helper R, tidy): one source for each list of body nouns.

speaker_words.yaml ``body_kind_nouns`` no longer lists roles.yaml's ``body_heads`` word "watchdog" among its own
words: its ``body_heads`` key names the body_heads entries that also head a kind appositive ("X, a media
watchdog"), each of which must be a body_heads entry.  The resolver's test of an organisation word and the anaphor
rules' body-name vocabulary read one set (resolver._organisation_words).  Every sentence is invented (names,
places, wording)."""
from __future__ import annotations

import datetime as dt

import yaml

from analysis.corpus import Article
from analysis.extract.speakers.lexicons import load_gazetteer, load_roles, load_source_cues
from analysis.extract.speakers.resolver import _Resolver, load_speaker_words
from analysis.lexicons import packaged_lexicon_text
from analysis.text import parse_article


def _resolver(body: str) -> _Resolver:
    doc = parse_article(Article("Test", "t", dt.date(2024, 6, 20), body))
    return _Resolver(doc, load_source_cues(None), load_gazetteer(None), [], load_roles(None), load_speaker_words(None))


def _resolved(body: str) -> list[tuple[str, str, str]]:
    """(speaker name, type, kind) of every attribution of ``body``, in text order."""
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    doc = parse_article(Article(outlet="Test Wire", title="A test", date=dt.date(2024, 6, 20), body=body))
    atts = extract_attributions(doc)
    return [(s.name, s.speaker_type, s.kind) for s in resolve_speakers(doc, atts)]


def _body_kind_section() -> dict:
    return yaml.safe_load(packaged_lexicon_text("speaker_words.yaml"))["body_kind_nouns"]


# ---------------------------------------------------------------- one list of body nouns

def test_the_kind_nouns_taken_from_body_heads_are_body_heads_and_written_once() -> None:
    section = _body_kind_section()
    taken = {w.lower() for w in section["body_heads"]}
    own = {w.lower() for w in section["words"]}
    assert taken == {"watchdog"}
    assert taken <= load_roles(None).body_heads
    assert not own & load_roles(None).body_heads          # no body_heads entry written again
    assert load_speaker_words(None).body_kind_nouns == frozenset(own | taken)


def test_a_name_before_a_watchdog_appositive_is_the_body() -> None:
    assert _resolved('Kestrel Harbour Watch, a local watchdog, said the fines were "far too low".') == \
        [("Kestrel Harbour Watch", "other", "organisation")]


def test_a_name_before_a_regulator_appositive_is_still_no_body() -> None:
    # 'regulator' is a body_heads noun the kind appositive does not take ('a former regulator' is a person)
    assert _resolved('Corvin Ashby Lane, a former regulator, said the fines were "far too low".')[0][2] == "person"


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
