"""Round 16 (G1): the country of a national body a paper names by its portfolio alone.

Review R3 (round 15) found the outlet-country fallback gave a foreign ministry the outlet's country
(a donor or a visitor named near it was enough).  The body's country now comes from the story's
scene (groups._body_scene): the dateline; the places the mention's paragraph puts things in; the
headline's places or its subject country; the lead's likewise; else the outlet's country when the
mention's paragraph names it and no other country (envoys and visitors apart).  Unclear -> the bare
name.  Stories, places and people invented (real countries only as places); shapes written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest


def _typed(body: str, country: str, title: str) -> dict[str, tuple[str, str]]:
    from analysis.corpus import Article
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from analysis.text import parse_article
    doc = parse_article(Article(outlet="Test Gazette", title=title, date=dt.date(2025, 3, 4), body=body,
                                country=country))
    atts = extract_attributions(doc)
    return {a.speaker_mention: (s.name, s.speaker_type) for a, s in zip(atts, resolve_speakers(doc, atts))}


# ------------------------------------------------------------------ the scene is the outlet's country

def test_headline_subject_sets_a_home_scene():
    body = ("Barge operators will need a dredging permit from next month, and fines for working without "
            "one will double.\n\n"
            "Announcing the change on Monday, the Ministry of Transport and Public Works warned that silt "
            "\"costs every exporter\".\n")
    got = _typed(body, "Uruguay", "Uruguay tightens river dredging rules")
    name, typ = got["the Ministry of Transport and Public Works"]
    assert typ == "government" and name.startswith("Uruguayan ") and "Public Works" in name


def test_a_paragraph_naming_only_the_outlets_country_sets_a_home_scene():
    body = ("Ferry fares will rise by a fifth in July, operators confirmed on Monday after weeks of talks.\n\n"
            "A Ministry of the Sea spokesman argued that Portugal \"cannot keep paying for empty crossings\".\n")
    got = _typed(body, "Portugal", "Ferry fares to climb a fifth")
    assert got["A Ministry of the Sea spokesman"][0].startswith("Portuguese ")


def test_a_foreign_envoy_in_the_paragraph_is_no_scene():
    body = ("Olive growers blocked two border crossings on Tuesday over cheap imports, stranding lorries "
            "for hours.\n\n"
            "The Ministry of Agriculture insisted that it had \"raised the matter firmly\" with the Spanish "
            "ambassador and that Portugal would seek compensation.\n")
    got = _typed(body, "Portugal", "Growers block border roads")
    assert got["The Ministry of Agriculture"][0].startswith("Portuguese ")


# ------------------------------------------------------------------ the scene is another country

def test_a_headline_place_abroad_gives_that_countrys_body():
    body = ("Clinics have run short of vaccine as cases climbed for a fourth week, while Washington offered "
            "$3 million and the United States Navy sent a hospital ship.\n\n"
            "The Ministry of Health warned that supplies \"will last days, not weeks\".\n")
    got = _typed(body, "United States", "Yellow fever spreads across Brazil")
    name, typ = got["The Ministry of Health"]
    assert typ == "government" and name.startswith("Brazilian ")


def test_a_place_abroad_in_the_paragraph_gives_that_countrys_body():
    body = ("Our correspondent has spent the week on the road with the trade mission.\n\n"
            "Talks in Tokyo ran late on Thursday, and the Ministry of Agriculture noted "
            "afterwards that tariffs \"remain on the table\".\n")
    got = _typed(body, "Australia", "Trade mission ends its week")
    assert got["the Ministry of Agriculture"][0].startswith("Japanese ")


# ------------------------------------------------------------------ unclear: the bare name

def test_an_unknown_place_abroad_keeps_the_bare_name():
    body = ("Rain washed out the final session after the visitors had slumped to 143 for six.\n\n"
            "Security around the ground in Lahore was tightened overnight, and a Ministry of Interior "
            "spokesman insisted the Australia team \"faces no threat\".\n")
    got = _typed(body, "Australia", "Openers fail again as rain saves Australia")
    name, _ = got["a Ministry of Interior spokesman"]
    assert not name.startswith("Australian")


def test_a_sports_headline_abroad_with_a_home_subject_keeps_the_bare_name():
    body = ("Australia lost four wickets before lunch on the third day.\n\n"
            "A Ministry of Interior spokesman insisted that extra police \"were a precaution only\".\n")
    got = _typed(body, "Australia", "Australia collapse in Rawalpindi heat")
    assert not got["A Ministry of Interior spokesman"][0].startswith("Australian")


def test_a_visiting_minister_is_no_home_scene():
    body = ("The trade secretary spent a second day touring container terminals and a car plant.\n\n"
            "After the visiting British minister left, the Ministry of Transport confirmed that port "
            "fees \"will not change this year\".\n")
    got = _typed(body, "United Kingdom", "Trade secretary tours terminals")
    assert not got["the Ministry of Transport"][0].startswith("British")


def test_a_donor_in_the_paragraph_of_a_story_set_abroad_keeps_no_home_country():
    body = ("Clinics in Belo Horizonte have turned patients away since Friday, and the United States "
            "pledged field hospitals.\n\n"
            "The Ministry of Health cautioned that the peak \"is still ahead\".\n")
    got = _typed(body, "United States", "Clinics overwhelmed as outbreak peaks")
    assert not got["The Ministry of Health"][0].startswith(("US ", "American ", "U.S. "))


def test_a_province_or_state_scene_keeps_the_bare_name():
    body = ("Teachers in Saxony walked out on Wednesday over a new timetable, the biggest school strike in "
            "Germany since 2019.\n\n"
            "The Ministry of Education maintained that the change \"was agreed last spring\".\n")
    got = _typed(body, "Germany", "Teachers walk out over timetable")
    assert not got["The Ministry of Education"][0].startswith("German")


def test_a_us_state_department_of_transportation_keeps_the_bare_name():
    body = ("Snowploughs worked through the night on Interstate 80 across Nebraska after a storm closed "
            "the road, the worst closure in the United States this winter.\n\n"
            "A Department of Transportation spokeswoman warned that drifts \"could close it again\".\n")
    got = _typed(body, "United States", "Storm shuts interstate")
    assert not got["A Department of Transportation spokeswoman"][0].startswith(("US ", "American ", "U.S. "))


def test_a_university_department_is_no_state_body():
    body = ("Portugal's budget deficit narrowed last year, figures showed on Friday.\n\n"
            "The Department of Economics at Varnholt University cautioned that the gain \"will not last\".\n")
    got = _typed(body, "Portugal", "Deficit narrows")
    assert not got["The Department of Economics at Varnholt University"][0].startswith("Portuguese")


def test_two_countries_in_the_headline_keep_the_bare_name():
    body = ("Negotiators met for a ninth round on Monday without agreeing on fishing rights.\n\n"
            "The Ministry of Fisheries said talks \"would go on\".\n")
    got = _typed(body, "Norway", "Talks in Lisbon and Madrid stall over quotas")
    assert not got["The Ministry of Fisheries"][0].startswith(("Norwegian", "Portuguese", "Spanish"))


def test_no_home_scene_when_the_article_never_names_the_outlets_country():
    body = ("Sluice gates on the northern canal will stay shut until the spring thaw.\n\n"
            "A Ministry of Waterways spokeswoman explained that repairs \"cannot wait\".\n")
    got = _typed(body, "Uruguay", "Canal to stay shut")
    assert not got["A Ministry of Waterways spokeswoman"][0].startswith("Uruguayan")


def test_a_dateline_abroad_sets_the_scene_not_the_outlet():
    body = ("LIMA -- Uruguay's negotiators left the table early on Friday.\n\n"
            "The Ministry of Production declared that boats \"will keep fishing\".\n")
    got = _typed(body, "Uruguay", "Fishing talks break up")
    assert not got["The Ministry of Production"][0].startswith("Uruguayan")


def test_another_country_named_in_the_mentions_paragraph_is_no_home_scene():
    body = ("Prices at the pump rose for a sixth week, the longest run since 2015.\n\n"
            "Chile cut its own fuel duty on Monday, and the Ministry of Energy argued that Uruguay \"must "
            "follow\".\n")
    got = _typed(body, "Uruguay", "Pump prices climb again")
    assert not got["the Ministry of Energy"][0].startswith("Uruguayan")


# ------------------------------------------------------------------ scorer: the country leniency is for bodies of state

def test_scorer_country_leniency_only_for_bodies_of_state():
    from analysis.evaluate.seeds import same_speaker
    assert same_speaker("Ministry of Waterways", "Uruguayan Ministry of Waterways", "Uruguay")
    assert same_speaker("Embassy spokesman", "Uruguayan Embassy spokesman", "Uruguay")
    # a person, a firm, a club: the adjective makes another name
    assert not same_speaker("Ana Castro", "Uruguayan Ana Castro", "Uruguay")
    assert not same_speaker("Rivera Shipping spokesman", "Uruguayan Rivera Shipping spokesman", "Uruguay")
    assert not same_speaker("Nacional supporters", "Uruguayan Nacional supporters", "Uruguay")



# ------------------------------------------------------------------ a national statistics office is a state body

def test_a_statistics_office_is_government_a_named_survey_is_not():
    body = ("Rents rose faster than wages for a fifth month.\n\n"
            "The Office for National Statistics reported that pay \"lagged prices\" in May.\n\n"
            "The Bureau of Statistics cautioned that the figures were provisional.\n\n"
            "The Varnholt Household Survey found that most tenants \"cut back on heating\".\n")
    got = _typed(body, "Portugal", "Rents outpace pay")
    assert got["The Office for National Statistics"][1] == "government"
    assert got["The Bureau of Statistics"][1] == "government"
    assert got["The Varnholt Household Survey"][1] != "government"

# ------------------------------------------------------------------ "officials in both capitals"

def test_a_group_in_both_capitals_is_the_two_countries_its_sentence_pairs():
    body = "Chile and Peru are drafting a fisheries accord, which officials in both capitals say is nearly finished.\n"
    assert _typed(body, "Uruguay", "Accord near")["officials in both capitals"] == \
        ("Chilean and Peruvian officials", "government")


def test_a_group_from_both_countries_after_a_sentence_pairing_them():
    body = ("Chile and Peru signed a fisheries accord on Monday.\n\n"
            "Diplomats from both countries insisted that the text \"settles the quarrel\".\n")
    assert _typed(body, "Uruguay", "Accord signed")["Diplomats from both countries"][0] == "Chilean and Peruvian diplomats"


@pytest.mark.parametrize("body, mention", [
    # three countries: which two is unclear
    ("Chile, Peru and Bolivia met in June. Officials in both capitals said talks \"went well\".\n",
     "Officials in both capitals"),
    # one country only
    ("Peru tabled a draft on Monday. Officials in both capitals said talks \"went well\".\n",
     "Officials in both capitals"),
    # no country in the sentence or the one before
    ("The talks ran late.\n\nNegotiators met again on Friday. Officials in both capitals said talks \"went well\".\n",
     "Officials in both capitals"),
])
def test_no_pair_without_exactly_two_countries(body, mention):
    name, _ = _typed(body, "Uruguay", "Talks")[mention]
    assert " and " not in name


# ------------------------------------------------------------------ "a ministry spokesperson" after "<Country>'s X Ministry"

def test_a_bare_ministry_takes_the_one_ministry_a_countrys_possessive_named_before():
    body = ("LIMA — Peru's Foreign Ministry has said nothing about the accord Chile and Bolivia signed on Monday.\n\n"
            "Pressed on Tuesday, a ministry spokesperson said only that Peru \"respects its neighbours\".\n")
    name, typ = _typed(body, "Peru", "Lima quiet on accord")["a ministry spokesperson"]
    assert typ == "government" and name == "Peruvian Foreign Ministry spokesperson"


def test_a_bare_ministry_after_two_countries_ministries_takes_neither():
    body = ("Peru's Foreign Ministry and Chile's Interior Ministry both stayed silent on Monday.\n\n"
            "Pressed on Tuesday, a ministry spokesperson said only that Peru \"respects its neighbours\".\n")
    name, _ = _typed(body, "Peru", "Silence on accord")["a ministry spokesperson"]
    assert "Interior" not in name and "Foreign" not in name


def test_a_bare_ministry_after_a_provinces_ministry_takes_none():
    body = ("Ontario's Health Ministry published the waiting lists on Monday.\n\n"
            "Pressed on Tuesday, a ministry spokesperson said only that the lists \"speak for themselves\".\n")
    name, _ = _typed(body, "Canada", "Waiting lists published")["a ministry spokesperson"]
    assert "Health" not in name


# ------------------------------------------------------------------ "at" + an unknown name (review RA, round 16)

@pytest.mark.parametrize("tail", ["at Christmas", "at Westminster", "at Easter"])
def test_an_unknown_name_after_at_is_no_scene_abroad(tail):
    body = ("Motorists queued at depots across the country on Friday as a tanker strike entered its third day.\n\n"
            f"The Ministry of Energy said Uruguay's pump prices would fall again {tail}.\n")
    got = _typed(body, "Uruguay", "Fuel queues lengthen")
    assert got["The Ministry of Energy"][0].startswith("Uruguayan ")


def test_an_unknown_place_after_in_still_makes_the_scene_unclear():
    body = ("Motorists queued at depots on Friday as a tanker strike entered its third day.\n\n"
            "Hospitals in Quetzaltenango ran generators, and the Ministry of Energy said Uruguay's donation "
            "of diesel \"came just in time\".\n")
    got = _typed(body, "Uruguay", "Fuel queues lengthen")
    assert got["the Ministry of Energy"][0] == "Ministry of Energy"
