"""Speakers, round 17 (G2): buildings that stand for a body of state.  Places, buildings, bodies and
wording are invented for the tests (the gazetteer's real seats of government are used only where the
rule reads the gazetteer)."""

from __future__ import annotations

import pytest

from test_speakers_names import _resolve  # the speaker tests' gold-quote helper

_DATELINE = "OSLO, May 2 (Wire) -- Norway weighed the harbour levy.\n\n"


def _one(body: str, mention: str):
    [sp] = _resolve(body, [("the levy was dead", "said", mention)])
    return sp.name, sp.speaker_type, sp.named


# ------------------------------------------------------------------ "<building>, the seat of the <body>"
@pytest.mark.parametrize("mention, expected", [
    # the appositive names the body the building houses; the country is the dateline's
    ("A source at the Marble Hall, the seat of the finance ministry",
     ("Norwegian finance ministry source", "government", False)),
    ("Two officials at Tern House, the headquarters of the defence ministry",
     ("Norwegian defence ministry officials", "government", False)),
    ("Officials inside Rook Court, home of the interior ministry",
     ("Norwegian interior ministry officials", "government", False)),
])
def test_a_building_named_with_the_body_it_houses_speaks_for_the_body(mention, expected):
    assert _one(f"{_DATELINE}{mention}, said the levy was dead.", mention) == expected


def test_a_building_of_the_gazetteer_gives_its_own_country_before_the_dateline():
    # the Czech foreign ministry's palace (gazetteer), written in an Oslo-datelined story
    mention = "A source at the Czernin Palace, the seat of the foreign ministry"
    assert _one(f"{_DATELINE}{mention}, said the levy was dead.", mention) == \
        ("Czech foreign ministry source", "government", False)


@pytest.mark.parametrize("mention", [
    "A source at the Grand Hall, the home of the national orchestra",      # no body of state
    "An official at Arden Bank, the headquarters of the lender",           # a firm, not a ministry
    "A source at Tern House, home of the ministry's archive",              # an archive, not the ministry
    "A source at the ministry, a former palace",                           # the appositive is no seat
])
def test_an_appositive_that_names_no_body_of_state_is_not_read_as_its_seat(mention):
    name, _, _ = _one(f"{_DATELINE}{mention}, said the levy was dead.", mention)
    assert "ministry source" not in name.lower() and not name.startswith("Norwegian")


# ------------------------------------------------------------------ a head of government's seat
@pytest.mark.parametrize("mention, expected", [
    ("Matignon sources", ("French prime minister's office sources", "government", False)),
    ("Sources at the Moncloa", ("Spanish prime minister's office sources", "government", False)),
    ("Two Kantei officials", ("Japanese prime minister's office officials", "government", False)),
])
def test_a_prime_ministers_seat_speaks_for_the_prime_ministers_office(mention, expected):
    assert _one(f"{mention} said the levy was dead.", mention) == expected


@pytest.mark.parametrize("mention, expected", [
    # named by itself it keeps the name news gives it (as the Elysee and the Kremlin do)
    ("Palazzo Chigi", ("Palazzo Chigi", "government", True)),
    # the presidential office's official is still a presidential official (the office word goes)
    ("An official at the presidential office", None),
])
def test_the_seat_itself_and_an_office_without_possessive_are_unchanged(mention, expected):
    got = _one(f"{_DATELINE}{mention} said the levy was dead.", mention)
    if expected is None:
        assert "office" not in got[0] and got[1] == "government"
    else:
        assert got == expected


# ------------------------------------------------------------------ a country with an appositive
# G2's rule (a country or capital with a definite appositive or a relative clause is its government) was withdrawn
# after review RB (lead, round 17): it made teams, host cities and people's first names governments.
@pytest.mark.parametrize("body, mention", [
    ("Tesland, the defending champions, said the levy was dead.", "Tesland, the defending champions"),
    ("Norway, the league leaders, said the levy was dead.", "Norway, the league leaders"),
    ("Oslo, the host city of the games, said the levy was dead.", "Oslo, the host city of the games"),
    ("The Bell family lost their home in May.\n\nGeorgia, the couple's eldest daughter, said the levy was dead.",
     "Georgia, the couple's eldest daughter"),
])
def test_a_country_word_with_an_appositive_is_no_government(body, mention):
    name, typ, _ = _one(body, mention)
    assert not name.endswith("government") and typ != "government"


# ------------------------------------------------------------------ bare "Officials" in a broadcast script
@pytest.mark.parametrize("label", ["[Studio Intro]", "[Presenter]\n\n[Lead-in]"])
def test_a_scripts_bracketed_labels_do_not_hide_the_leads_country(label):
    body = f"{label}\n\nNorway says it will review the harbour levy.\n\nOfficials say the levy was dead."
    [sp] = _resolve(body, [("the levy was dead", "say", "Officials")])
    assert (sp.name, sp.speaker_type) == ("Norwegian officials", "government")


@pytest.mark.parametrize("body", [
    "[Studio Intro]\n\nThe harbour levy is back on the table.\n\nOfficials say the levy was dead.",  # no country
    "[Studio Intro]\n\nDock workers in Norway say the levy hurts.\n\nOfficials say the levy was dead.",  # not the subject
    "[Studio Intro]\n\nArden says it will review the harbour levy.\n\nOfficials say the levy was dead.",  # no country
])
def test_no_country_for_bare_officials_when_the_lead_gives_none(body):
    [sp] = _resolve(body, [("the levy was dead", "say", "Officials")])
    assert sp.name == "Officials"
