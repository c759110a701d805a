"""Round 24 (L): metaphors of consumption, trade and alarm, the accomplice label, 'sign away', the agent of an
escalation, a state's proxies, 'outlaws' and 'separatist' as labels (loaded_terms.yaml, round 24 block).

Every sentence here is written for the test (invented names, places and outlets; real states only where a guard
needs a state of the gazetteer).  Each test asserts the entry found, the span it covers and its voice, and the
literal sense the guard keeps out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.text import parse_article


def hits(body: str) -> list[tuple[str, str, str]]:
    """(entry term, the text of the span, voice) of every curated-tier hit; the span is checked against the body."""
    doc = parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))
    out = []
    for h in w.find_terms(doc, tiers=w.CURATED_TIERS):
        assert body[h.start:h.end] == h.matched_text
        out.append((h.entry.term, h.matched_text, h.voice))
    return out


def terms(body: str) -> set[str]:
    return {t for t, _, _ in hits(body)}


@pytest.mark.parametrize("body, expected", [
    ('Analyst Mira Kallas said the invasion "devours soldiers faster than the draft can replace them".',
     ("devour", "devours", "quoted")),
    ("The offensive has devoured Norvia's reserves of artillery since the spring.",
     ("devour", "devoured", "narrator")),
])
def test_devour_said_of_a_war_is_a_consumption_metaphor(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in hits(body)


@pytest.mark.parametrize("body", [
    "She devoured the novel on the night train to Tallard.",
    "The lions devoured the carcass within an hour.",
    "Commuters devoured the free breakfast at the station.",
])
def test_devour_reading_eating_and_beasts_are_literal(body: str) -> None:
    assert "devour" not in terms(body)


def test_enabler_of_a_war_is_an_accomplice_label() -> None:
    body = 'Envoys from Sarnia have called Ostrava the "chief enabler" of the invasion.'
    assert ("decisive enabler", "chief enabler", "quoted") in hits(body)
    body = "The bishop and his principal enablers hid the reports for a decade."
    assert ("decisive enabler", "principal enablers", "narrator") in hits(body)
    # the bare word stays out (round 11's decision)
    assert "decisive enabler" not in terms("The bishop and his enablers hid the reports for a decade.")


@pytest.mark.parametrize("body", [
    "Cheap cloud storage is a key enabler of growth for small firms.",
    "The bank sees digital payments as the main enabler for rural customers.",
])
def test_enabler_in_business_copy_is_plain(body: str) -> None:
    assert "decisive enabler" not in terms(body)


def test_arms_bazaar_is_a_market_metaphor_for_the_arms_trade() -> None:
    body = 'A senator called the port "a weapons bazaar for every sanctioned navy".'
    assert ("arms bazaar", "weapons bazaar", "quoted") in hits(body)
    assert "arms bazaar" not in terms("The church bazaar raised money for the roof of the hall.")


def test_sign_away_is_a_verdict_of_betrayal() -> None:
    body = "Opposition leader Ilse Varn said the premier had signed away the nation's fishing grounds."
    assert ("sign away", "signed away", "paraphrase") in hits(body)
    body = 'Critics in Tallard said the two ministers were "signing away our grandchildren\'s water".'
    assert ("sign away", "signing away", "quoted") in hits(body)


def test_escalation_by_a_named_actor_is_a_blame_frame() -> None:
    body = 'The Green League blamed "the escalation provoked by Washington and its allies" for the shortages.'
    assert ("escalation promoted by", "escalation provoked by", "quoted") in hits(body)
    # no actor after 'by': a cause, no blame
    assert "escalation promoted by" not in terms("Traders feared an escalation fuelled by rising grain prices.")


def test_sound_the_alarm_is_a_dramatising_verb_of_saying_in_the_outlets_voice() -> None:
    body = "Coastal mayors are sounding the alarm over the new port deal."
    assert ("sound the alarm", "sounding the alarm", "narrator") in hits(body)
    # the speaker's own words inside quotation marks are the speaker's
    assert "sound the alarm" not in terms('"We sounded the alarm a year ago," Mayor Dita Ohlsen said.')


def test_a_states_proxies_in_a_speakers_voice() -> None:
    body = '"Each new arms deal makes Tehran and its proxies feel untouchable," said Noor Halabi, a lecturer.'
    assert ("proxies", "proxies", "quoted") in hits(body)
    body = "Amal Reyes said the drones would end up with Iran's proxies along the border."
    assert ("proxies", "proxies", "paraphrase") in hits(body)
    # the narrator's analysis, and proxies without an owner, do not count
    assert "proxies" not in terms("Iran has long worked through its proxies in the region.")
    assert "proxies" not in terms('"Shareholders voted by proxies," Ana Bell said.')


def test_outlaws_as_a_label_but_not_the_verb() -> None:
    body = '"The lesson is that outlaws will always find a buyer," Pavel Dorn said.'
    assert ("outlaws", "outlaws", "quoted") in hits(body)
    body = "Lena Ruud wrote that outlaws like Norvia would sell shells to anyone."
    assert ("outlaws", "outlaws", "paraphrase") in hits(body)
    assert "outlaws" not in terms("The new bill outlaws protests near schools.")
    assert "outlaws" not in terms("A law that outlaws the practice passed on Monday.")
    # the people of a contest or a story
    assert "losers" not in terms("The losers were the Rovers, beaten three-nil at home.")
    # the bloc template still takes 'a coalition of outlaws'
    assert "<bloc_noun> of outlaws" in terms("An envoy in Tell called the new bloc a coalition of outlaws.")


def test_separatist_before_a_movements_name_in_the_outlets_voice() -> None:
    body = "The separatist Arden Liberation Front, which is armed by its neighbour, rejected the plan."
    assert ("separatist", "separatist", "narrator") in hits(body)
    # descriptive wire usage: no name after it
    assert "separatist" not in terms("Separatist forces shelled the town overnight.")
    assert "separatist" not in terms("Pro-Vellan separatists seized the airport.")
    # inside quotation marks it is the speaker's word
    assert "separatist" not in terms('"The separatist Arden Liberation Front must disarm," the minister said.')
