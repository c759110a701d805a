"""Round 29 (fixer F2): mends of reviewer RV1's findings 3, 4 and 6 on the round's attribution rules, on sentences
written here (new names, places and outlets)."""

from __future__ import annotations

from tests._attribution_helpers import summary


def _cues(body: str) -> list[str]:
    return [s[0] for s in summary(body)]


# ---------------------------------------------------------------- RV1 finding 3: a relative "that" after a passive agent
def test_a_relative_that_after_a_passive_agent_keeps_the_passive_cue_with_its_subject():
    # the relative clause is the agent's, no content; the passive's subject is what was criticised
    assert summary("The levy was criticised by the guild that represents bakers.") == [
        ("criticised", "the guild", "The levy", "indirect")]
    assert summary("The levy was criticised by the guild.") == [
        ("criticised", "the guild", "The levy", "indirect")]


def test_a_relative_that_with_a_reporting_verb_after_a_passive_agent_keeps_both_cues():
    assert summary("The merger was condemned by regulators that said it was unlawful.") == [
        ("condemned", "regulators", "The merger", "indirect"),
        ("said", "regulators", "it was unlawful", "indirect")]
