"""Round 11 mend (M3) of the bodies, media and documents rules: the negatives a review found (a
person of a body with a short name, a university's or firm's 'Affairs Office', loose short names,
...).  Invented text, people, places and outlets, worded unlike any test set."""

from __future__ import annotations

import pytest

from analysis.extract.speakers.groups import _GroupRules
from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- a body's short name in parentheses

@pytest.mark.parametrize("body, mention", [
    ("Quota talks dragged on in Tromso, Norway, all week.\n\n"
     "Ingrid Solvang of the Herring Department (HD) said that catches \"keep falling\".\n",
     "Ingrid Solvang of the Herring Department (HD)"),
    ("Quota talks dragged on in Tromso, Norway, all week.\n\n"
     "Herring Minister Ingrid Solvang of the Herring Department (HD) told the meeting the nets were \"too fine\".\n",
     "Herring Minister Ingrid Solvang of the Herring Department (HD)"),
])
def test_a_person_of_a_body_with_a_short_name_is_not_the_body(body, mention):
    name, typ = _typed(body, country="Norway")[mention]
    assert "Ingrid Solvang" in name and not name.startswith("Norwegian") and not name.endswith("Department")


@pytest.mark.parametrize("body, mention", [
    ("Tuition at Velden College rose twice this decade.\n\n"
     "The Student Affairs Office (SAO) said the fees were \"fair\".\n", "The Student Affairs Office (SAO)"),
    ("Shares of Korvik Shipping fell on Tuesday.\n\n"
     "The Consumer Affairs Council (CAC) said the slump was \"temporary\".\n", "The Consumer Affairs Council (CAC)"),
])
def test_an_affairs_office_with_no_state_in_sight_is_no_government(body, mention):
    got = _typed(body, country="Norway")
    assert got[mention][1] != "government"


def test_an_affairs_council_whose_sentence_names_a_country_is_government():
    got = _typed("Ferries were cancelled on Friday.\n\n"
                 "Norway must keep the ferries running, the Island Affairs Council (IAC) said.\n", country="Norway")
    assert got["the Island Affairs Council (IAC)"] == ("Norwegian Island Affairs Council", "government")


@pytest.mark.parametrize("short, name, expected", [
    ("MRY", "Ministry of Fisheries", False),      # a capital that opens no word
    ("Mines", "Ministry of Fisheries", False),    # leaves out a content word's initial
    ("MOF", "Ministry of Fisheries", True),
    ("Mofish", "Ministry of Fisheries", True),
    ("Derwi", "Department of Rural Water and Irrigation", True),
])
def test_a_short_name_abbreviates_only_with_its_capitals_on_word_starts(short, name, expected):
    assert _GroupRules._abbreviates(short, name) is expected


# ---------------------------------------------------------------- newspapers: heads, prefixes, owners

@pytest.mark.parametrize("body, mention", [
    ("Toll talks stalled again.\n\nThe weekly Cabinet Meeting said the toll \"stays\".\n", "The weekly Cabinet Meeting"),
    ("Toll talks stalled again.\n\nThe weekly Harbour Forum agreed that the toll \"stays\".\n", "The weekly Harbour Forum"),
    ("Toll talks stalled again.\n\nThe daily Harbour Briefing said the toll \"stays\".\n", "The daily Harbour Briefing"),
])
def test_a_meeting_or_forum_after_daily_or_weekly_is_no_paper(body, mention):
    assert _typed(body, country="Norway")[mention][1] not in ("media", "state_media")


def test_a_paper_after_weekly_is_still_a_paper():
    got = _typed("Toll talks stalled again.\n\nThe weekly Velden Iskra said that the toll \"stays\".\n",
                 country="Norway")
    assert got["The weekly Velden Iskra"] == ("Velden Iskra", "media")


@pytest.mark.parametrize("body, mention, name", [
    ("Toll talks stalled again.\n\nThe Pro-Harbour Herald argued the toll \"stays\".\n",
     "The Pro-Harbour Herald", "Pro-Harbour Herald"),
    ("Toll talks stalled again.\n\nThe Anti-Toll Gazette argued the toll \"must go\".\n",
     "The Anti-Toll Gazette", "Anti-Toll Gazette"),
])
def test_a_capitalised_pro_or_anti_word_opens_the_papers_name(body, mention, name):
    assert _typed(body, country="Norway")[mention] == (name, "media")


@pytest.mark.parametrize("body, mention", [
    ("Toll talks stalled again.\n\nThe Velden Herald, owned by the opposition party, said that ships \"must pay\".\n",
     "The Velden Herald, owned by the opposition party"),
    ("Toll talks stalled again.\n\nThe Velden Herald, the mouthpiece of the Harbour Party, argued the toll \"must go\".\n",
     "The Velden Herald, the mouthpiece of the Harbour Party"),
    ("Toll talks stalled again.\n\nThe opposition party weekly Velden Iskra argued the toll \"must go\".\n",
     "The opposition party weekly Velden Iskra"),
])
def test_a_paper_of_any_party_is_no_state_media(body, mention):
    assert _typed(body, country="Norway")[mention][1] == "media"


def test_a_paper_of_the_ruling_party_is_state_media():
    got = _typed("Toll talks stalled again.\n\nThe ruling party weekly Velden Iskra argued the toll \"stays\".\n",
                 country="Norway")
    assert got["The ruling party weekly Velden Iskra"] == ("Velden Iskra", "state_media")


# ---------------------------------------------------------------- documents: "It", "version", the nearest one

_TOLL_MINISTRY = "The Tarvik transport ministry said on Monday that the toll was \"far too high\".\n\n"


@pytest.mark.parametrize("cue", ["It also said", "It said"])
def test_it_after_a_document_subject_stays_with_the_speaker(cue):
    got = _typed(_TOLL_MINISTRY + "The Velden Toll Charter, agreed in 2015, fixes the toll at two crowns. "
                 f"{cue} the bridge would \"stay open\".\n", country="Norway")
    assert got["It"] == ("Tarvik transport ministry", "government")


@pytest.mark.parametrize("body, mention", [
    ("The Velden Toll Charter was agreed in 2015.\n\nAccording to his version, the guards \"fired first\".\n", "his version"),
    ("The Velden Toll Charter was agreed in 2015.\n\nThe official version says that the guards \"fired first\".\n",
     "The official version"),
    ("The Velden Toll Charter was agreed in 2015. The Tarvik ministry rejected the charge.\n\n"
     "Its version, sent to reporters, says that the guards \"fired first\".\n", "Its version, sent to reporters"),
])
def test_a_version_that_is_an_account_is_no_document(body, mention):
    assert _typed(body, country="Norway")[mention][1] != "document"



# ---------------------------------------------------------------- a letters page and its paper

def _typed_titled(body: str, title: str, outlet: str) -> dict[str, tuple[str, str]]:
    import datetime as dt

    from analysis.corpus import Article
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from analysis.text import parse_article
    doc = parse_article(Article(outlet=outlet, title=title, date=dt.date(2024, 6, 20), body=body))
    atts = extract_attributions(doc)
    return {a.speaker_mention: (s.name, s.speaker_type) for a, s in zip(atts, resolve_speakers(doc, atts))}


_YOUR_STORY = "Your story quotes the harbour master as saying the dredging is \"overdue.\" I doubt it.\n"


@pytest.mark.parametrize("title, body", [
    # a story that mentions a letter to the editor
    ("Harbour master under fire", "In a letter to the editor of the Velden Post, one skipper complained.\n\n" + _YOUR_STORY),
    # a headline that opens with the noun
    ("Letters show harbour master knew of silt", "The dredging was delayed twice.\n\n" + _YOUR_STORY),
    # a quoted email's subject line after 'It read:'
    ("Harbour master under fire", "The email was sent on May 3. It read:\n\nRe: silt survey\n\n" + _YOUR_STORY),
])
def test_no_letters_page_without_its_label_or_a_letters_opening(title, body):
    got = _typed_titled(body, title, "The Velden Courier")
    assert got["Your story"] != ("The Velden Courier", "media")


def test_a_letters_page_by_its_title_label():
    got = _typed_titled("Dredging\n\n" + _YOUR_STORY + "\nOla Berg, Velden\n",
                        "Letters, May 4: dredging and the harbour", "The Velden Courier")
    assert got["Your story"] == ("The Velden Courier", "media")


def test_a_letter_to_a_state_outlet_addresses_state_media():
    got = _typed_titled("LETTERS TO THE EDITOR\n\n" + _YOUR_STORY, "Readers write", "TASS")
    assert got["Your story"][1] == "state_media"


# ---------------------------------------------------------------- a seat of government and a surname

@pytest.mark.parametrize("body, mention, name", [
    ("Paul Matignon, a ferry pilot from Brest, has crossed the strait for years.\n\n"
     "Matignon said the new toll was \"a scandal\".\n", "Matignon", "Paul Matignon"),
    ("Olena Bankova, a nurse in Lviv, waited three days for a bed.\n\n"
     "Bankova said the queue was \"endless\".\n", "Bankova", "Olena Bankova"),
])
def test_a_seat_of_government_that_is_a_named_persons_surname_is_the_person(body, mention, name):
    assert _typed(body, country="France")[mention][0] == name


def test_a_seat_of_government_with_no_such_person_stays_government():
    got = _typed("The prime minister spoke in Lille on Monday.\n\nMatignon said the new toll was \"fair\".\n",
                 country="France")
    assert got["Matignon"][1] == "government"
