"""Round 32 (fixer FX2): mends of reviewer RV2's findings on the round-32 loaded-term classes of helper L
('spread lies', 'heroic people', 'dirty money', 'aggressive bloc').

Sentences written for these tests (invented people, places and outlets; real states only where an entry needs a
state of the gazetteer): each hit asserted with its span, term and voice, each excluded sense asserted empty."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits, voiced_spans as spans


def _terms(body: str) -> list[tuple[str, str]]:
    return [(span, term) for span, term, _ in hits(body)]


# --------------------------------------------------------------------------- finding 1: the verb 'spread', not the noun
@pytest.mark.parametrize("body, span, voice", [
    ("For a year the rival weekly in Brela has spread lies about the harbour plan.", "spread lies", "narrator"),
    ("Rival papers spread lies about the clinic every week.", "spread lies", "narrator"),
    ("Two bloggers in Orsk spread lies on social media before the vote.", "spread lies", "narrator"),
])
def test_spread_lies_verb_counts(body, span, voice):
    assert (span, "spread lies", voice) in hits(body)


@pytest.mark.parametrize("body", [
    # the noun 'spread' (after an article, a possessive or an adjective) and the verb 'lies'
    "Halting the spread lies in vaccinating every village, the health officer of Lenna said.",
    "The fever's spread lies mostly in the river towns near Orsk.",
    "The swift spread lies behind the new cases in the valley.",
    "Its spread lies in the damp cellars of the old quarter.",
    "Traders in Tarvos say the trouble with the spread lies with the central bank.",
])
def test_spread_noun_lies_verb_not_counted(body):
    assert [t for t in _terms(body) if t[1] == "spread lies"] == []


# --------------------------------------------------------------------------- finding 13: the listed forms, no 'spreaded'
@pytest.mark.parametrize("body, span", [
    ("The governor of Lenna said the weekly kept peddling calumny about his family.", "peddling calumny"),
    ("The weekly in Orsk spreads slander about the mayor in every issue.", "spreads slander"),
    ("Two radio hosts peddled untruths about the harbour plan for a year.", "peddled untruths"),
    ("The radio host is spreading calumnies about the banker's family, the mayor of Brela said.", "spreading calumnies"),
])
def test_spread_lies_forms(body, span):
    assert span in [s for s, t in _terms(body) if t == "spread lies"]


def test_spread_lies_no_regular_past_of_spread():
    # 'spread' has no regular past: the entry lists its forms (inflect: false) instead of generating 'spreaded'
    assert _terms("They spreaded lies about the harbour plan, the mayor of Brela said.") == []


# --------------------------------------------------------------------------- finding 8: a judge's or magistrate's finding
@pytest.mark.parametrize("body", [
    "A judge in Lenna ruled that the columnist had spread falsehoods about the harbour master.",
    "A magistrate found that the weekly in Orsk had peddled lies about the school.",
    "The columnist was fined after he spread lies about the harbour master.",
    "The weekly lost a libel case over claims that it had spread lies about the mayor.",
    "The defamation claim says the blogger spread slander about the mayor of Brela.",
    "The judge said Russia's dirty money had been hidden in the villa near Orsk.",
])
def test_court_finding_not_counted(body):
    assert _terms(body) == []


def test_without_court_word_counts():
    # the same charge without a court's process is the blame formula
    assert _terms("The columnist spread falsehoods about the harbour master, the mayor of Lenna said.") == \
        [("spread falsehoods", "spread lies")]


def test_ruled_out_is_no_court_word():
    # 'ruled that' is a court's ruling; 'ruled out' is a politician's refusal, no court in the sentence
    assert ("spreading lies", "spread lies") in _terms(
        "The minister ruled out talks with the paper, which he said was spreading lies about the port.")


# --------------------------------------------------------------------------- finding 5: a state's dirty money, as owner
@pytest.mark.parametrize("body, span", [
    ('"Our ports must stop washing Moscow\'s dirty money," the senator from Brela said.', "dirty money"),
    ("The free zone has become a laundromat for Tehran's dirty cash, the opposition in Orsk said.", "dirty cash"),
    ("The senator from Lenna called the shipping line a front for the dirty money of Iran.", "dirty money"),
])
def test_dirty_money_of_a_state_counts(body, span):
    assert (span, "dirty money") in _terms(body)


@pytest.mark.parametrize("body", [
    # the first noun of a compound: a laundering scandal, problem or crackdown of the place
    "Cyprus's dirty money scandal has forced out two ministers.",
    "Estonia's dirty money crackdown has closed three banks this year.",
    "Regulators say Austria's dirty money problem is worst in the property market.",
    # the state after the phrase is the subject of a clause about it, not its owner
    "The audit asks how much dirty money Austria takes in each year.",
    "Nobody knows how much dirty money the United Kingdom absorbs.",
    # money flowing through a place is a laundering description
    "Auditors say Vienna's dirty money flows through shell firms in the Caribbean.",
])
def test_dirty_money_of_a_place_not_counted(body):
    assert _terms(body) == []


# --------------------------------------------------------------------------- finding 6: heroic people of a state or a cause
@pytest.mark.parametrize("body, span", [
    ("State television praised the heroic people of Ukraine for a third night.", "heroic people"),
    ("The anniversary parade in Orsk honoured the heroic army that drove out the invaders.", "heroic army"),
    ("The museum in Lenna tells of the heroic resistance to the occupation.", "heroic resistance"),
    ("The party newspaper saluted the heroic working class of the republic.", "heroic working class"),
])
def test_heroic_people_of_a_state_counts(body, span):
    assert (span, "heroic people") in _terms(body)


@pytest.mark.parametrize("body", [
    # sport: a team's or a goalkeeper's resistance, a nation of fans
    "The visitors' heroic resistance ended in the last minute when their captain was sent off.",
    "Supporters cheered the heroic nation after the semi-final in Lenna.",
    # bystanders, volunteers, donors
    "Officers thanked the heroic people who pinned down the gunman outside the station.",
    "The heroic army of volunteers cleared the tar from the dunes in a week.",
    "The heroic people who gave blood after the crash were thanked by the hospital in Orsk.",
])
def test_heroic_people_without_a_state_not_counted(body):
    assert _terms(body) == []


# --------------------------------------------------------------------------- finding 4: the bloc of an alliance of states
@pytest.mark.parametrize("body, span", [
    ('"NATO is an aggressive bloc that moves its missiles ever closer," the envoy of Tarvos said.', "aggressive bloc"),
    ("The ministry in Orsk called the new alliance an aggressive bloc aimed at encircling it.", "aggressive bloc"),
    ('"They are building an aggressive military bloc in the Pacific," the spokesman of Lenna said.',
     "aggressive military bloc"),
])
def test_aggressive_bloc_of_states_counts(body, span):
    assert (span, "aggressive bloc") in _terms(body)


@pytest.mark.parametrize("body", [
    # a voting bloc of a legislature or a party
    "Farm-state senators formed an aggressive bloc in the chamber, stalling two bills.",
    "The rebels became an aggressive bloc inside the party, voting down every budget.",
    # investors and traders
    "Three hedge funds formed an aggressive bloc against the takeover of the brewer.",
    # states acting in markets or talks, not as a military alliance: a cartel cutting output, a negotiating group
    "The oil cartel acted as an aggressive bloc when it cut output again.",
    "Island states have become an aggressive bloc in the climate talks.",
])
def test_aggressive_bloc_without_an_alliance_not_counted(body):
    assert _terms(body) == []


# --------------------------------------------------------------------------- finding 11: quoted liberation struggle
def test_heroic_liberation_struggle_counts_in_quotes_as_heroic_struggle():
    # the same verdict on one side's war as 'heroic struggle' ('just struggle' entry), which counts in every voice
    body = '"We owe the bridge to the heroic liberation struggle of our grandfathers," the party secretary of Lenna said.'
    assert ("heroic liberation struggle", "heroic liberation struggle", "quoted") in hits(body)
    body = '"We owe the bridge to the heroic struggle of our grandfathers," the party secretary of Lenna said.'
    assert ("heroic struggle", "just struggle", "quoted") in hits(body)


# --------------------------------------------------------------------------- finding 14: each guard, as a minimal pair
# (the first sentence is excluded by exactly one guard; the second, without what triggers it, counts: removing the
# guard makes the first count as well)
@pytest.mark.parametrize("excluded, counted, span", [
    # court words (context_exclude <court_process_word>) of 'spread disinformation' and 'dirty money'
    ('"The channel was fined for spreading disinformation about the vote," the minister of Orsk said.',
     '"The channel keeps spreading disinformation about the vote," the minister of Orsk said.',
     "spreading disinformation"),
    ("A court in Lenna heard that Iran's dirty money paid for the tankers.",
     "The senator in Lenna said Iran's dirty money paid for the tankers.", "dirty money"),
    # the rescue anchors of 'heroic people' (the state anchor is there in both)
    ("The heroic people of Ukraine pulled survivors from the rubble after the strike.",
     "The heroic people of Ukraine held the line after the strike.", "heroic people"),
    # exclude_after 'of' of 'aggressive bloc' (the alliance anchor 'defence' is there in both)
    ("An aggressive bloc of shareholders in the defence firm voted down the merger.",
     '"An aggressive bloc is forming around the defence pact," the envoy of Tarvos said.', "aggressive bloc"),
    # voices of 'spread disinformation': the outlet's own name of an influence operation
    ("Forty accounts in Brela that spread disinformation about the floods were removed.",
     "The mayor of Brela accused forty accounts of spreading disinformation about the floods.",
     "spreading disinformation"),
])
def test_each_guard_minimal_pair(excluded, counted, span):
    assert spans(excluded) == []
    assert span in spans(counted)


def test_heroic_nation_of_a_national_team_not_counted():
    # a national team is a state's too: the words of a match or a tournament exclude
    assert _terms("The heroic nation of Iceland held on for a draw in their first World Cup match.") == []
    assert _terms("Fans sang that the heroic people of Wales would reach the semi-final.") == []
    # the same state's praise without a match counts
    assert ("heroic nation", "heroic people") in _terms("State radio saluted the heroic nation of Iceland on its national day.")
