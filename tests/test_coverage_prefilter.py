"""The topic matcher's offset prefilter finds exactly what scanning every offset finds."""

from analysis.measures.coverage import (Topic, _compile, _phrase_initials, _topic_matches,
                                        _word_boundary_starts, load_topics, phrases_pattern)

_TEXTS = [
    "The harbour pact was signed on Monday; harbour-pact critics spoke.",
    "xharbour pact is no match, nor is harbourpact, but (Harbour Pact) is.",
    "HARBOUR  PACT and harbour\u2013pact and \u212aelp fund and kelp fund.",   # Kelvin sign as K
    "The river-treaty's terms: river treaty, rivertreaty, river treaty's.",
    "1998 accord, x1998 accord, 1998accord, 1998 accord1.",
    "",
    "kelp",
]


def _topic(phrases, regexes=()):
    patterns = (_compile(phrases_pattern(phrases)),) + tuple(_compile(r) for r in regexes)
    return Topic("t", patterns, (), "test", _phrase_initials(phrases))


def test_initials_only_for_letters_and_digits():
    assert _phrase_initials(["harbour pact", "1998 accord"]) == frozenset({"h", "1"})
    assert _phrase_initials(["harbour pact", "'98 accord"]) is None
    assert _phrase_initials(["*"]) is None


def test_prefiltered_matches_equal_full_scan():
    topics = [_topic(["harbour pact", "Harbour", "kelp fund", "river treaty*", "1998 accord"],
                     [r"(?-i:\bPACT\b)"]),
              _topic(["river-treaty's", "river"])] + list(load_topics())
    for text in _TEXTS:
        starts = _word_boundary_starts(text)
        for topic in topics:
            assert _topic_matches(topic, text, starts) == _topic_matches(topic, text)
    text = _TEXTS[2]
    spans = _topic_matches(topics[0], text, _word_boundary_starts(text))
    assert [text[s:e] for s, e in spans] == ["HARBOUR  PACT", "harbour\u2013pact", "\u212aelp fund",
                                             "kelp fund"]
