"""Round 27 review RV1 items 7-9 (fixer F3): word lists and helpers written twice are written once.  Each test
asserts the values the shared piece gives and a sentence the rule serves, written for these tests (invented
names and places)."""

from __future__ import annotations

import analysis.extract.reporting_verbs as rv
from analysis.extract.speakers import descriptions, groups, names, registry
from analysis.text.patterns import alternatives


# ----------------------------------------------------------------------------- item 9: one alternation helper

def test_place_preposition_alternations_are_longest_first() -> None:
    assert not hasattr(rv, "word_alternation")     # the speaker modules use analysis.text.patterns.alternatives
    assert alternatives({"near", "at", "in", "inside"}) == "inside|near|at|in"
    assert descriptions._AFTER_PLACE_PREP_WORD_RE.pattern.startswith(r"(?<![\w’'\-])(?:from|near|at|in)")
    rx = registry._AFTER_PLACE_PREP_RE
    assert rx.search("a trader waiting inside ") is not None and rx.search("a trader waiting in ") is not None
    assert names._POSTED_IN_WORDS == {"in", "at"}


# ----------------------------------------------------------------------------- item 8: one definition of each set

def test_relative_pronoun_sets_are_the_tokens_module_s() -> None:
    from analysis.extract.attribution import content, document, tokens
    assert tokens.RELATIVES == {"that", "which", "who", "whom", "whose"}
    assert tokens.SUBJECT_RELATIVES == {"that", "which", "who"}
    assert not hasattr(content, "_QUOTED_RELATIVES") and not hasattr(document, "_RELATIVE_WORDS")


def test_np_openers_are_a_named_difference_from_dets() -> None:
    from analysis.extract.attribution import document
    assert document._NP_OPENERS == {"any", "a", "an", "the", "all", "every", "no", "some", "those", "these"}
    assert document._NP_OPENERS - {"all"} <= rv.DETS and "all" not in rv.DETS


def test_rank_ordinals_are_a_named_subset_of_the_ordinals() -> None:
    from analysis.extract.attribution import phrases
    assert phrases._RANK_ORDINALS == {"first", "second", "third"}
    assert phrases._ORDINALS == {"first", "second", "third", "fourth", "last", "next", "same"}


def test_bracket_helper_is_shared() -> None:
    from analysis.extract.attribution import cues, phrases
    assert cues._bracket_open is phrases._bracket_open


def test_rules_that_read_the_shared_sets_keep_their_readings() -> None:
    from tests._attribution_helpers import summary
    assert summary("Dana Piel claimed their second trophy at the Arvo meet.") == []
    assert summary("A Coalition for Vell Rivers (CVR) spokesperson said the dam would fail.") == [
        ("said", "spokesperson", "the dam would fail", "indirect")]
    assert summary("The board gave no view on whether Harlow backs the levy.") == []
    assert summary("Min Aro condemned “any pact that shields the smugglers.”") == [
        ("condemned", "Min Aro", "any pact that shields the smugglers.", "partial")]
    assert summary("The league, a club of towns that pledge to share data, met in Tarvo.") == []


# ----------------------------------------------------------------------------- item 7: one list of talk nouns

def test_spoken_occasion_nouns_are_one_list_in_roles_yaml() -> None:
    from analysis.extract.attribution.content import _talk_nouns
    from analysis.extract.speakers.lexicons import load_roles
    talks = load_roles().talk_settings
    assert talks == {"speech", "speeches", "interview", "interviews", "briefing", "address", "lecture", "lectures",
                     "sermon", "seminar", "podcast"}
    assert _talk_nouns() == talks
    assert not talks & rv.reporting_verbs().manner_words        # not a second copy in reporting_verbs.yaml
    assert "recent" in rv.reporting_verbs().manner_words


def test_a_talk_noun_in_the_gap_before_the_colon() -> None:
    from tests._attribution_helpers import summary
    assert summary("Sela Morn put it more plainly in a recent podcast: “We are out of water.”") == [
        ("put it", "Sela Morn", "We are out of water.", "direct")]
    assert summary("Ivo Kerr put it bluntly in his sermon last week: “Charity starts at the harbour.”") == [
        ("put it", "Ivo Kerr", "Charity starts at the harbour.", "direct")]
    # a thing's noun in the gap still stops it
    assert ("put it", "Ivo Kerr", "Charity starts at the harbour.", "direct") not in summary(
        "Ivo Kerr put it on the old bench: “Charity starts at the harbour.”")
