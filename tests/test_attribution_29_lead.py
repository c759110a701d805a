"""Round 29, lead: two faults found by comparing every attribution on the PTC dev articles (real news, never used
for rules) before and after the round, each tested on sentences written for the test."""

from __future__ import annotations

from _attribution_helpers import summary


def test_a_plural_noun_after_an_adjective_is_no_reporting_verb() -> None:
    # "prompted huge protests": "protests" is a noun after its adjective, not a verb whose subject is the head of
    # the relative clause before it
    got = summary("The ruling angered Ana Roe, a nurse whose dismissal in 2019 caused fierce protests in Tarn.")
    assert [c for c, *_ in got] == []
    got = summary("Rights groups said the arrests drew angry claims of abuse from families.")
    assert [(c, s) for c, s, *_ in got] == [("said", "Rights groups")]


def test_the_same_verb_after_a_comma_aside_still_reports() -> None:
    assert summary("The minister, visibly furious, claims the vote was rigged.") == \
        [("claims", "The minister", "the vote was rigged", "indirect")]
    assert summary("The union protests that the cuts are unlawful.") == \
        [("protests", "The union", "the cuts are unlawful", "indirect")]


def test_a_message_noun_speaker_starts_after_the_last_preposition_before_it() -> None:
    got = summary("The dispute was to be dealt with under a new council resolution condemning the blockade.")
    assert [(c, s) for c, s, *_ in got] == [("condemning", "a new council resolution")]
    got = summary("The campaign spent heavily on ads attacking the mayor.")
    assert [(c, s) for c, s, *_ in got] == [("attacking", "ads")]
