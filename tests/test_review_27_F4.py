"""Round 27 (F4): review RV2's regressions and two minor findings, each in sentences written for these tests
(invented people, firms and parties; real countries only as places)."""

from __future__ import annotations

import datetime as dt

from tests._attribution_helpers import resolved


def _resolved(body: str) -> list[tuple[str | None, str, str]]:
    """(mention, speaker name, speaker type) per attribution, in text order."""
    return resolved(body, outlet="Test Courier", title="Leaders react to port pact", date=dt.date(2025, 5, 2))


def _names(body: str) -> list[str]:
    return [n for _, n, _ in _resolved(body)]


# RV2 2: "<role> from <name>": an employer the lists do not know stays "<body> <role>"
def test_a_role_from_an_unlisted_name_is_the_employers_not_a_place():
    assert _names("An economist from Tavensby said the pact was \"risky\".") == ["Tavensby economist"]
    # a place the gazetteer knows, or a region opened by a compass word, stays where the people come from
    assert _names("Two officials from South-West Asia said the pact was \"risky\".") == ["Officials from South-West Asia"]
    assert _names("One listener from Velmora wrote that the pact was \"risky\".") == ["Listener from Velmora"]


# RV2 3: a lawmaker of a party that defines its initials is the lawmaker, not the party
def test_a_lawmaker_from_a_party_with_initials_is_no_party():
    for body in ("A lawmaker from the opposition Harvest League (HL) said the pact was \"reckless\".",
                 "A lawmaker from the Harvest League (HL) said the pact was \"reckless\"."):
        name, typ = _resolved(body)[0][1:]
        assert name != "Harvest League" and name.endswith("lawmaker"), name
    # the party itself still drops its initials
    assert _names("The opposition Harvest League (HL) said the pact was \"reckless\".") == ["Harvest League"]


# RV2 4: two coordinated parties are no single named body
def test_two_opposition_parties_joined_by_and_are_not_one_name():
    name = _names("The main opposition Liberty Party and the Farmers Union said the pact was \"a mistake\".")[0]
    assert name != "Liberty Party and the Farmers Union"
    assert _names("The main opposition Liberty Party said the pact was \"a mistake\".") == ["Liberty Party"]


# RV2 1: "led by <name>" makes no bare "leader" of that person; "chaired by" still makes "the chair"
def test_led_by_gives_no_bare_leader_but_chaired_by_gives_the_chair():
    body = ("Lorvan President Tomas Brek arrived on Monday. His delegation was led by Ida Velsen, a deputy minister.\n\n"
            "The leader said the pact was \"a milestone\".")
    assert _names(body)[-1] not in ("Ida Velsen", "Leader")
    body = "The session was chaired by Ida Velsen of the Marrow Institute.\n\nThe chair said the talks were \"frank\"."
    assert _names(body) == ["Ida Velsen"]


# RV2 10: the chair guard reads the head word, not the mention's last word
def test_the_chair_guard_reads_the_head_word():
    from analysis.extract.speakers.descriptions import _HEAD_BEFORE_PP_RE, _title_word_fits
    m = "The chair of the hearing"
    written = _HEAD_BEFORE_PP_RE.split(m, maxsplit=1)[0].split()[-1].lower()
    assert written == "chair" and not _title_word_fits(written, "Chairman")


# RV2 11: an adverb between the auxiliary and the verb of denying
def test_a_pair_that_has_repeatedly_denied():
    from analysis.extract.speakers.anaphors import _AnaphorRules
    for tail, verb in ((" have repeatedly denied it", "denied"), (" both strongly deny it", "deny"),
                       (" deny it", "deny"), (" had also denied it", "denied")):
        assert _AnaphorRules._PAIR_NEXT_WORD_RE.match(tail).group(1) == verb
