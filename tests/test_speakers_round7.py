"""Speakers, round 7.  Articles, people, outlets and organisations are invented for the tests."""

from __future__ import annotations

import pytest

from test_speakers_names import _resolve  # the speaker tests' gold-quote helper


def _s2_one(body: str, mention: str, text: str = "the plan would fail", cue: str = "said"):
    [sp] = _resolve(body, [(text, cue, mention)])
    return sp


# ------------------------------------------------------------------ s2: ranks and parliamentary titles
@pytest.mark.parametrize("mention, name, role", [
    ("Colonel Ann Marsh", "Ann Marsh", "Colonel"),
    ("Lieutenant Colonel Ann Marsh", "Ann Marsh", "Lieutenant Colonel"),
    ("Wing Commander Ann Marsh", "Ann Marsh", "Wing Commander"),
    ("Chief Petty Officer Ann Marsh", "Ann Marsh", "Chief Petty Officer"),
    ("Tory MP Ann Marsh", "Ann Marsh", "Tory MP"),
    ("Labour MP Ann Marsh", "Ann Marsh", "Labour MP"),
    ("MEP Ann Marsh", "Ann Marsh", "MEP"),
])
def test_s2_a_rank_or_a_members_title_is_no_part_of_the_name(mention, name, role):
    sp = _s2_one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.role, sp.speaker_type) == (name, role, "government")


@pytest.mark.parametrize("body, mention, name", [
    # a single rank word that is also an ordinary word or a surname stays part of a name
    ("Major League Baseball said the plan would fail.", "Major League Baseball", "Major League Baseball"),
    ("Former prime minister John Major spoke first.\n\nMajor said the plan would fail.", "Major", "John Major"),
    ("Captain Ridge Farms said the plan would fail.", "Captain Ridge Farms", "Captain Ridge Farms"),
])
def test_s2_a_rank_word_alone_that_is_an_ordinary_word_stays(body, mention, name):
    assert _s2_one(body, mention).name == name


def test_s2_a_members_title_types_a_lawmaker_after_the_name():
    sp = _s2_one("Ann Roe, a Conservative MP for Dale, said the plan would fail.", "Ann Roe, a Conservative MP for Dale")
    assert (sp.name, sp.speaker_type) == ("Ann Roe", "government")


# ------------------------------------------------------------------ s1: anonymous sources and officials
def _s1_all(body: str, quotes: list[tuple[str, str, str]]):
    return [(sp.name, sp.speaker_type, sp.named) for sp in _resolve(body, quotes)]


@pytest.mark.parametrize("body, mention, expected", [
    # a count or article is dropped, seniority kept first, the body's country from the dateline
    ("OSLO, March 3 (Wire) -- Norway weighed the harbour levy.\n\nOne senior Finance Ministry official said "
     "the levy was dead.", "One senior Finance Ministry official",
     ("Senior Norwegian Finance Ministry official", "government", False)),
    ("OSLO, March 3 (Wire) -- Norway weighed the harbour levy.\n\nGovernment sources said the levy was dead.",
     "Government sources", ("Norwegian government sources", "government", False)),
    ("Ottawa (Net) — The cabinet met.\n\nTwo defence officials, who were not authorized to speak, said the "
     "levy was dead.", "Two defence officials, who were not authorized to speak",
     ("Canadian defence officials", "government", False)),
    # a seat of government of the gazetteer names the government
    ("A Whitehall source said the levy was dead.", "A Whitehall source",
     ("British government source", "government", False)),
    ("Sources in South Block said the levy was dead.", "Sources in South Block",
     ("Indian government sources", "government", False)),
    ("Officials in Kasumigaseki said the levy was dead.", "Officials in Kasumigaseki",
     ("Japanese government officials", "government", False)),
    # a metonym of a department
    ("Pentagon officials said the levy was dead.", "Pentagon officials",
     ("US Defense Department officials", "government", False)),
    # sources with no body: unnamed, the count dropped
    ("Four sources said the levy was dead.", "Four sources", ("Sources", "unnamed", False)),
    ("A source close to the Kremlin said the levy was dead.", "A source close to the Kremlin",
     ("Source close to the Kremlin", "unnamed", False)),
    # an appositive naming the source's role is the speaker
    ("Another source, a Polish diplomat who served in Oslo, said the levy was dead.",
     "Another source, a Polish diplomat who served in Oslo", ("Polish diplomat", "government", False)),
])
def test_s1_an_anonymous_source_in_the_canonical_form(body, mention, expected):
    assert _s1_all(body, [("the levy was dead", "said", mention)]) == [expected]


def test_s1_initials_defined_in_the_article_expand_to_the_body_with_its_country():
    body = ("CANBERRA: Australia is watching.\n\nOfficials in the Department of Foreign Affairs and Trade (DFAT) "
            "said the levy was dead.\n\nA DFAT spokesperson said the toll was high.")
    got = _s1_all(body, [("the levy was dead", "said", "Officials in the Department of Foreign Affairs and Trade (DFAT)"),
                         ("the toll was high", "said", "A DFAT spokesperson")])
    assert got == [("Australian Foreign Affairs and Trade Department officials", "government", False),
                   ("Australian Foreign Affairs and Trade Department spokesperson", "government", False)]


def test_s1_the_source_and_the_official_refer_back_to_the_unnamed_one():
    body = ("A source close to the Arden cabinet said the levy was dead. \"It is dead,\" the source said.\n\n"
            "Washington (Net) — A senior administration official said the toll was high.\n\n"
            "\"It is high,\" the official said.")
    got = _s1_all(body, [("the levy was dead", "said", "A source close to the Arden cabinet"),
                         ("It is dead", "said", "the source"),
                         ("the toll was high", "said", "A senior administration official"),
                         ("It is high", "said", "the official")])
    assert got[1][0] == got[0][0] == "Source close to the Arden cabinet"
    assert got[3][0] == got[2][0] == "Senior administration official"


@pytest.mark.parametrize("body, mention, name", [
    # no anonymous source: a named person's staff, an appositive name, a private body, no country to add
    ("Putin's spokesman, Dmitry Peskov, said the levy was dead.", "Putin's spokesman, Dmitry Peskov", "Dmitry Peskov"),
    ("Sources in the industry said the levy was dead.", "Sources in the industry", "Sources in the industry"),
    ("A spokesman said the levy was dead.", "A spokesman", "Spokesman"),
    ("An ICE spokeswoman said the levy was dead.", "An ICE spokeswoman", "ICE spokeswoman"),
    ("A former top Arden security official said the levy was dead.", "A former top Arden security official",
     "Former top Arden security official"),
])
def test_s1_not_rewritten_as_an_anonymous_source(body, mention, name):
    assert _s1_all(body, [("the levy was dead", "said", mention)])[0][0] == name


def test_s1_the_official_after_a_named_official_is_that_person():
    body = "Kremlin spokesman Dmitry Peskov said the levy was dead. The spokesman said the toll was high."
    got = _s1_all(body, [("the levy was dead", "said", "Kremlin spokesman Dmitry Peskov"),
                         ("the toll was high", "said", "The spokesman")])
    assert got[1][0] == "Dmitry Peskov"


# ------------------------------------------------------------------ s2: a past office only is no institution now
@pytest.mark.parametrize("intro", [
    "Retired diplomat Ann Roe spoke on Monday.",
    "Ann Roe, a former Danish diplomat now based in Rome, spoke on Monday.",
    "Former ministry official turned blogger Ann Roe spoke on Monday.",
    "The plan is bad, warned former army intelligence officer Colonel Ann Roe.",
    "Ann Roe, who served as Norway's envoy in Oslo, spoke on Monday.",
    "Ann Roe, an ex-diplomat, spoke on Monday.",
])
def test_s2_a_person_described_by_a_past_office_only_is_other(intro):
    sp = _s2_one(f"{intro}\n\nThe vote went on.\n\nRoe said the plan would fail.", "Roe")
    assert (sp.name, sp.speaker_type) == ("Ann Roe", "other")


@pytest.mark.parametrize("intro", [
    # an office held now besides the past one
    "Ann Roe, a former diplomat who now heads the agency, spoke on Monday.",
    "Former general turned defence minister Ann Roe spoke on Monday.",
    # the past modifier is the owner's: the office is held now
    "Ann Roe, the former mayor's spokeswoman, spoke on Monday.",
    # an elected or party office: a political actor still
    "Former Gov. Ann Roe spoke on Monday.",
    "Ann Roe, a former senator, spoke on Monday.",
    "Ann Roe, a former party chairman, spoke on Monday.",
    # no past at all; a present perfect is the office held now
    "Ann Roe, a Norwegian diplomat, spoke on Monday.",
    "Ann Roe, who has served as envoy since 2019, spoke on Monday.",
])
def test_s2_a_present_or_political_office_keeps_the_government_type(intro):
    sp = _s2_one(f"{intro}\n\nThe vote went on.\n\nRoe said the plan would fail.", "Roe")
    assert (sp.name, sp.speaker_type) == ("Ann Roe", "government")


def test_s2_a_past_office_in_the_mention_itself_is_other():
    mention = "Ann Roe, a retired army officer"
    sp = _s2_one(f"{mention}, said the plan would fail.", mention)
    assert (sp.name, sp.speaker_type) == ("Ann Roe", "other")


# ------------------------------------------------------------------ s1: bodies, statements, coordinated groups
def test_s1_a_body_followed_by_its_initials_is_named_by_them_and_the_agency_refers_back():
    body = ("Norway's military intelligence agency (ADI) has said that the drones came from the north. "
            "According to the agency, debris was found.")
    got = _s1_all(body, [("that the drones came from the north", "has said", "Norway's military intelligence agency"),
                         ("debris was found", "According to", "the agency")])
    assert got == [("ADI", "government", True), ("ADI", "government", True)]


def test_s1_a_person_or_a_place_before_initials_is_not_renamed():
    body = "Tom Roe (TR) said the levy was dead. The Arden Bank (AB) said the toll was high."
    got = _s1_all(body, [("the levy was dead", "said", "Tom Roe"), ("the toll was high", "said", "The Arden Bank")])
    assert got[0][0] == "Tom Roe" and got[1][0] != "AB"


def test_s1_the_ministry_refers_back_to_the_body_named_before():
    body = "Norway's Finance Ministry said on Monday that the levy was dead. The ministry said the toll was high."
    got = _s1_all(body, [("the levy was dead", "said", "Norway's Finance Ministry"),
                         ("the toll was high", "said", "The ministry")])
    assert got[1] == got[0] == ("Norwegian Finance Ministry", "government", True)


def test_s1_the_statement_is_who_issued_it_and_its_text_is_the_document():
    body = ("Norway's Finance Ministry said in a statement that the levy was dead.\n\n"
            "\"The toll is high,\" the statement read.\n\n"
            "The harbour pact binds both ports, according to its text.")
    got = _s1_all(body, [("the levy was dead", "said", "Norway's Finance Ministry"),
                         ("The toll is high", "read", "the statement"),
                         ("The harbour pact binds both ports", "according to", "its text")])
    assert got[1] == ("Norwegian Finance Ministry", "government", True)
    assert got[2][1] == "document" and got[2][0] != "the text"


def test_s1_a_statement_nobody_issued_stays_a_document():
    body = "A statement was posted on the door.\n\n\"The toll is high,\" the statement read."
    assert _s1_all(body, [("The toll is high", "read", "the statement")])[0][1] == "document"


@pytest.mark.parametrize("mention, name, typ", [
    ("Hawks and engagement advocates alike", "Hawks and engagement advocates", "unnamed"),
    ("Farmers and teachers", "Farmers and teachers", "unnamed"),
    ("Officials and analysts", "Officials and analysts", "unnamed"),
])
def test_s1_coordinated_plural_groups_are_one_group_named_whole(mention, name, typ):
    got = _s1_all(f"{mention} agree that the levy is dead.", [("the levy is dead", "agree that", mention)])
    assert got == [(name, typ, False)]


def test_s1_western_intelligence_agencies_are_a_government_group():
    got = _s1_all("Western intelligence agencies have said that the drones came from the north.",
                  [("the drones came from the north", "have said that", "Western intelligence agencies")])
    assert got == [("Western intelligence agencies", "government", False)]


def test_s1_a_lone_article_mention_reads_the_noun_phrase_it_opens():
    from analysis.extract.speakers import resolve_speakers
    from test_speakers_names import _doc
    body = "Kim pledged to help, according to the state-controlled KCNA news agency."
    doc = _doc(body)
    s = body.index("the state-controlled")
    [sp] = resolve_speakers(doc, [{"speaker_mention": "the", "speaker_start": s, "speaker_end": s + 3,
                                   "start": 0, "end": 20, "cue_start": s - 13, "kind": "according_to"}])
    assert (sp.name, sp.speaker_type) == ("KCNA", "state_media")


def test_s1_both_governments_in_the_order_of_first_mention():
    # no coordination of the two near "Both governments": the two countries mentioned most, in the
    # order the article first mentions them (not by how often)
    body = ("Sweden signed the harbour pact with Norway.\n\nNorway sent ships. Norway sent more ships.\n\n"
            "Norway said little.\n\nThe pact came after warnings. Both governments deny the claims.")
    got = _s1_all(body, [("the claims", "deny", "Both governments")])
    assert got == [("Swedish and Norwegian governments", "government", True)]


# ------------------------------------------------------------------ s2: an outlet's possessive before a name
def _s2_outlet_doc(body: str, outlet: str = "North Valley Radio"):
    import datetime as dt
    from analysis.corpus import Article
    from analysis.text import parse_article
    return parse_article(Article(outlet, "t", dt.date(2024, 6, 20), body))


def _s2_resolve(body: str, quotes, outlet: str = "North Valley Radio"):
    from analysis.evaluate.speakers import locate_gold
    from analysis.extract.speakers import resolve_speakers
    doc = _s2_outlet_doc(body, outlet)
    attrs = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m, "kind": "indirect"} for t, c, m in quotes])
    return resolve_speakers(doc, attrs, actors=[])


@pytest.mark.parametrize("owner", ["NVR's", "North Valley Radio's"])
def test_s2_the_own_outlets_possessive_before_a_name_is_its_journalist(owner):
    body = (f"Reporting from Dale, {owner} Jonah Park said the plan would fail.\n\n"
            "The vote went on.\n\nPark said the port would close.")
    first, later = _s2_resolve(body, [("the plan would fail", "said", f"{owner} Jonah Park"),
                                      ("the port would close", "said", "Park")])
    assert (first.name, first.speaker_type, first.affiliation) == ("Jonah Park", "media", "North Valley Radio")
    assert (later.name, later.speaker_type) == ("Jonah Park", "media")


def test_s2_a_listed_outlets_possessive_before_a_name_is_its_journalist():
    [sp] = _s2_resolve("CNN's Ann Roe said the plan would fail.", [("the plan would fail", "said", "CNN's Ann Roe")])
    assert (sp.name, sp.speaker_type, sp.affiliation) == ("Ann Roe", "media", "CNN")


def test_s2_a_title_before_a_place_word_surname_keeps_the_name():
    [sp] = _s2_resolve("Rep. Tom Church said the plan would fail.", [("the plan would fail", "said", "Rep. Tom Church")])
    assert (sp.name, sp.speaker_type) == ("Tom Church", "government")


@pytest.mark.parametrize("body, mention", [
    # a possessive that names no outlet: no journalist, and a place word stays a place
    ("Dale's Olympic Park said the plan would fail.", "Dale's Olympic Park"),
    ("Gorky Park said the plan would fail.", "Gorky Park"),
])
def test_s2_no_journalist_and_no_surname_without_an_outlet_or_a_title(body, mention):
    [sp] = _s2_resolve(body, [("the plan would fail", "said", mention)])
    assert sp.speaker_type != "media" and not (sp.kind == "person" and sp.named)


def test_s2_another_possessive_before_a_name_is_no_journalist():
    [sp] = _s2_resolve("Arden Steel's Ann Roe said the plan would fail.",
                       [("the plan would fail", "said", "Arden Steel's Ann Roe")])
    assert sp.speaker_type != "media"


# ------------------------------------------------------------------ s1: here, state media, documents by an agent
def test_s1_a_group_here_drops_the_adverb_and_officials_here_take_the_datelines_country():
    body = "OSLO: Norway is watching.\n\nExperts here said the levy was dead. Officials here said the toll was high."
    got = _s1_all(body, [("the levy was dead", "said", "Experts here"), ("the toll was high", "said", "Officials here")])
    assert got == [("Experts", "unnamed", False), ("Norwegian officials", "government", False)]


@pytest.mark.parametrize("mention, name", [
    ("The Kremlin's propaganda machine", "Russian state media"),
    ("Pyongyang's propaganda outlets", "North Korean state media"),
    ("Russian state media", "Russian state media"),
])
def test_s1_unspecified_state_media_are_named_demonym_state_media(mention, name):
    got = _s1_all(f"{mention} said the levy was dead.", [("the levy was dead", "said", mention)])
    assert got == [(name, "state_media", False)]


def test_s1_a_document_carried_by_an_outlet_is_the_document():
    body = ("The harbour pact was signed on Monday.\n\n"
            "It binds both ports, as per the text carried by North Korean state media.")
    mention = "the text carried by North Korean state media"
    got = _s1_all(body, [("It binds both ports", "as per", mention)])
    assert got[0][1] == "document"


# ------------------------------------------------------------------ s2: a lower-case role before "Name of the X"
@pytest.mark.parametrize("mention, role", [
    ("Independent military analyst Ann Roe of the Dale-based Arden Monitor, who left Norway in 2020",
     "Independent military analyst"),
    ("senior researcher Ann Roe at the Arden Institute", "senior researcher"),
])
def test_s2_a_name_after_a_lower_case_role_keeps_its_organisation_after_it(mention, role):
    body = f"The plan would fail, {mention}, told reporters.\n\nRoe said the port would close."
    first, later = _resolve(body, [("The plan would fail", "told reporters", mention),
                                   ("the port would close", "said", "Roe")])
    assert (first.name, first.role, first.speaker_type) == ("Ann Roe", role, "expert_think_tank")
    assert later.name == "Ann Roe"


@pytest.mark.parametrize("mention", [
    "A spokeswoman for Ann Roe of the Arden Party",      # a role for someone: not the person
    "A spokesman for analyst Ann Roe of the Arden Monitor",   # the role is another's
])
def test_s2_no_name_after_a_role_for_someone(mention):
    sp = _s2_one(f"{mention} said the plan would fail.", mention)
    assert sp.name != "Ann Roe"


# ------------------------------------------------------------------ s1: the home country of a national body
def test_s1_a_national_body_without_its_country_takes_the_leads_country():
    body = ("Norway on Thursday vowed to fight the harbour levy.\n\n"
            "\"It is unlawful,\" a senior official at the presidential office said.\n\n"
            "The finance ministry summoned the envoy, according to ministry officials.\n\n"
            "The presidential office said the toll was high.")
    got = _s1_all(body, [("It is unlawful", "said", "a senior official at the presidential office"),
                         ("The finance ministry summoned the envoy", "according to", "ministry officials"),
                         ("the toll was high", "said", "The presidential office")])
    assert [g[0] for g in got] == ["Senior Norwegian presidential official", "Norwegian finance ministry officials",
                                   "Norwegian presidential office"]


@pytest.mark.parametrize("body, mention, name", [
    # a headline's noun phrase is no lead subject; a person's administration is not the home country's
    ("Norway leader's visit marks a success.\n\nAdministration officials said the levy was dead.",
     "Administration officials", "Administration officials"),
    ("Norway on Thursday vowed to fight.\n\nAnn Roe spoke.\n\nThe Roe administration said the levy was dead.",
     "The Roe administration", "Roe administration"),
])
def test_s1_no_home_country_from_a_headline_or_for_a_persons_body(body, mention, name):
    assert _s1_all(body, [("the levy was dead", "said", mention)])[0][0] == name


# ------------------------------------------------------------------ s2: pejorative rulers; delayed identification
def test_s2_a_pejorative_noun_for_a_ruler_refers_to_the_leader():
    body = ("Norwegian Prime Minister Ann Roe met the envoys on Monday.\n\nThe vote went on.\n\n"
            "The Oslo tyrant said the plan would fail.")
    sp = _s2_one(body, "The Oslo tyrant")
    assert (sp.name, sp.named) == ("Ann Roe", True)


@pytest.mark.parametrize("body, mention", [
    # no leader named: the description stays
    ("The vote went on.\n\nThe Oslo tyrant said the plan would fail.", "The Oslo tyrant"),
    # not a pejorative noun for a ruler
    ("Norwegian Prime Minister Ann Roe met the envoys.\n\nThe Oslo baker said the plan would fail.", "The Oslo baker"),
])
def test_s2_no_leader_from_a_description_that_names_none(body, mention):
    assert _s2_one(body, mention).name != "Ann Roe"


_S2_LEAD = ("OSLO -- {lead} said on Monday that the plan would fail.\n\n"
            "\"We are worried,\" {second} told a news conference.")


def test_s2_a_leads_description_is_the_person_the_next_paragraph_names():
    body = _S2_LEAD.format(lead="Norway's top government spokesman", second="Chief Cabinet Secretary Ann Roe")
    first, second = _resolve(body, [("the plan would fail", "said", "Norway's top government spokesman"),
                                    ("We are worried", "told", "Chief Cabinet Secretary Ann Roe")])
    assert (first.name, first.speaker_type, first.named) == ("Ann Roe", "government", True)


@pytest.mark.parametrize("lead, second", [
    ("A government spokesman", "Chief Cabinet Secretary Ann Roe"),        # indefinite: a new, unnamed one
    ("Norway's top government spokesman", "Professor Ann Roe of Arden University"),   # another type
    ("Norway's top government spokesmen", "Chief Cabinet Secretary Ann Roe"),         # plural
])
def test_s2_no_delayed_identification_for_another_description(lead, second):
    body = _S2_LEAD.format(lead=lead, second=second)
    first, _ = _resolve(body, [("the plan would fail", "said", lead), ("We are worried", "told", second)])
    assert first.name != "Ann Roe"


def test_s2_no_delayed_identification_when_a_person_is_named_before():
    body = ("Ann Lee spoke first.\n\nNorway's top government spokesman said on Monday that the plan would fail.\n\n"
            "\"We are worried,\" Chief Cabinet Secretary Ann Roe told a news conference.")
    first, _ = _resolve(body, [("the plan would fail", "said", "Norway's top government spokesman"),
                               ("We are worried", "told", "Chief Cabinet Secretary Ann Roe")])
    assert first.name != "Ann Roe"


# ------------------------------------------------------------------ s1: people familiar with, officials with a body
@pytest.mark.parametrize("body, mention, expected", [
    ("Two people familiar with the talks said the levy was dead.", "Two people familiar with the talks",
     ("People familiar with the talks", "unnamed", False)),
    ("A person with knowledge of the talks said the levy was dead.", "A person with knowledge of the talks",
     ("Person with knowledge of the talks", "unnamed", False)),
    ("Three Western diplomats said the levy was dead.", "Three Western diplomats",
     ("Western diplomats", "government", False)),
    ("OSLO, May 2 (Wire) -- Norway met.\n\nAn official with the Finance Ministry said the levy was dead.",
     "An official with the Finance Ministry", ("Norwegian Finance Ministry official", "government", False)),
])
def test_s1_more_anonymous_sources(body, mention, expected):
    assert _s1_all(body, [("the levy was dead", "said", mention)]) == [expected]


@pytest.mark.parametrize("mention, name", [
    ("Many people", "Many people"),                       # a quantifier is kept: no count to drop
    ("An official with Arden Bank", "Official with Arden Bank"),   # a private body: not rewritten here
])
def test_s1_not_an_anonymous_source_rewrite(mention, name):
    assert _s1_all(f"{mention} said the levy was dead.", [("the levy was dead", "said", mention)])[0][0] != \
        f"Arden Bank official" and _s1_all(f"{mention} said the levy was dead.",
                                            [("the levy was dead", "said", mention)])[0][0] == name


# ------------------------------------------------------------------ s1: seats of government as modifiers
@pytest.mark.parametrize("mention, expected", [
    ("A Kremlin source", ("Kremlin source", "government", False)),
    ("Sources in the Kremlin", ("Kremlin sources", "government", False)),
    ("A Downing Street source", ("Downing Street source", "government", False)),
])
def test_s1_a_seat_of_government_names_its_country_itself(mention, expected):
    assert _s1_all(f"{mention} said the levy was dead.", [("the levy was dead", "said", mention)]) == [expected]


def test_s1_the_senior_official_refers_back_too():
    body = "A senior trade official said the levy was dead. \"It is dead,\" the senior official said."
    got = _s1_all(body, [("the levy was dead", "said", "A senior trade official"),
                         ("It is dead", "said", "the senior official")])
    assert got[1][0] == got[0][0] == "Senior trade official"


# ------------------------------------------------------------------ s2: a named channel is media
@pytest.mark.parametrize("mention, name", [
    ("The popular channel Arden Chronicle", "Arden Chronicle"),
    ("The pro-war Telegram channel Arden Front", "Arden Front"),
    ("The Arden Front channel", "Arden Front"),
    ("The podcast Arden Hour", "Arden Hour"),
])
def test_s2_a_named_channel_is_an_outlet(mention, name):
    sp = _s2_one(f"{mention} wrote that the plan would fail.", mention, cue="wrote")
    assert (sp.name, sp.speaker_type, sp.kind, sp.named) == (name, "media", "outlet", True)


@pytest.mark.parametrize("mention", [
    "The channel",                 # no name: not a named channel
    "Blogger Ann Roe",              # a person who writes one
])
def test_s2_no_named_channel_without_a_name_or_for_a_person(mention):
    sp = _s2_one(f"{mention} wrote that the plan would fail.", mention, cue="wrote")
    assert not (sp.kind == "outlet" and sp.named)


# ------------------------------------------------------------------ s1: a statement issued in a sentence of its own
def test_s1_the_statement_of_a_body_that_issued_it_in_a_sentence_of_its_own():
    body = ("Norway's Finance Ministry issued a statement on Monday.\n\n\"The toll is high,\" the statement read.\n\n"
            "The club released a statement.\n\n\"It is fine,\" the statement said.")
    got = _s1_all(body, [("The toll is high", "read", "the statement"), ("It is fine", "said", "the statement")])
    assert got[0] == ("Norwegian Finance Ministry", "government", True)
    assert got[1][1] == "document"          # an unnamed club: no issuer to name


# ------------------------------------------------------------------ s2: the outlet's own journalists
@pytest.mark.parametrize("mention", [
    "My colleague on the security beat, who has covered the port for years",
    "Our correspondent in Oslo",
    "Our reporters",
    "Our correspondents in the region",
])
def test_s2_my_or_our_colleague_is_the_outlets_own_journalist(mention):
    [sp] = _s2_resolve(f"{mention} said the plan would fail.", [("the plan would fail", "said", mention)])
    assert (sp.speaker_type, sp.affiliation, sp.named) == ("media", "North Valley Radio", False)


@pytest.mark.parametrize("mention", ["His colleague", "My neighbour", "Our allies", "My staff"])
def test_s2_no_own_journalist_without_a_first_person_owner_or_a_staff_noun(mention):
    [sp] = _s2_resolve(f"Ann Roe spoke.\n\n{mention} said the plan would fail.", [("the plan would fail", "said", mention)])
    assert sp.speaker_type != "media"


# ------------------------------------------------------------------ s1: a body with its own country after in/at
@pytest.mark.parametrize("mention, name, country", [
    ("An official at Norway's Finance Ministry", "Norwegian Finance Ministry official", "Norway"),
    ("Officials at the Norwegian Finance Ministry", "Norwegian Finance Ministry officials", "Norway"),
])
def test_s1_a_body_after_in_or_at_keeps_its_own_country_over_the_dateline(mention, name, country):
    body = f"TOKYO, May 2 (Wire) -- Japan met.\n\n{mention} said the levy was dead."
    [sp] = _resolve(body, [("the levy was dead", "said", mention)])
    assert (sp.name, sp.country, sp.speaker_type) == (name, country, "government")


# ------------------------------------------------------------------ s1: initials inside the mention
def test_s1_initials_inside_the_mention_name_the_body_not_its_spokesman():
    body = ("Norway's military intelligence agency (NMI) said the drones came from the north. "
            "Norway's Ministry of Trade (MOT) said the toll was high. "
            "A spokesman for the ministry (MOT) said the port was shut.")
    got = _s1_all(body, [("the drones came from the north", "said", "Norway's military intelligence agency (NMI)"),
                         ("the toll was high", "said", "Norway's Ministry of Trade (MOT)"),
                         ("the port was shut", "said", "A spokesman for the ministry (MOT)")])
    assert got[0] == ("NMI", "government", True)
    assert got[1][0] != "MOT"           # a proper name stays as written
    assert got[2][0] != "MOT" and got[2][2] is False


# ------------------------------------------------------------------ review mends (ms7)
# item 1: a lead's description is the next paragraph's person only when that person holds its office
@pytest.mark.parametrize("lead, second", [
    ("Arden's foreign minister", "Arden's defence minister Tom Roe"),          # another minister
    ("The Norwegian foreign minister", "Norwegian Prime Minister Tom Roe"),     # another office
    ("The Arden government's chief negotiator", "Arden's Interior Minister Tom Roe"),
])
def test_ms7_no_delayed_identification_of_another_office(lead, second):
    body = f"{lead} said on Monday the plan would fail.\n\n{second} said the port would close."
    first, _ = _resolve(body, [("the plan would fail", "said", lead), ("the port would close", "said", second)])
    assert first.name != "Tom Roe" and not first.named


@pytest.mark.parametrize("lead, second", [
    ("Norway's foreign minister", "Foreign Minister Tom Roe"),                 # the same office
    ("Norway's top government spokeswoman", "Press Secretary Tom Roe"),       # a specific role of the noun
])
def test_ms7_delayed_identification_of_the_same_office_still_works(lead, second):
    body = f"OSLO -- {lead} said on Monday the plan would fail.\n\n\"We are worried,\" {second} told a news conference."
    first, _ = _resolve(body, [("the plan would fail", "said", lead), ("We are worried", "told", second)])
    assert (first.name, first.named) == ("Tom Roe", True)


def test_ms7_delayed_identification_takes_only_the_first_person_named():
    # the next paragraph's first person is someone else: no later person is taken either
    lead = "Norway's foreign minister"
    body = (f"OSLO -- {lead} said on Monday the plan would fail.\n\n"
            "\"We are worried,\" Ann Lee, a professor at Arden University, told Foreign Minister Tom Roe.")
    first, _ = _resolve(body, [("the plan would fail", "said", lead), ("We are worried", "told", "Ann Lee")])
    assert first.name not in ("Tom Roe", "Ann Lee")



# item 2: a body two countries' mentions name stays without a country; one country's or none (home)
_MS7_TWO = ("OSLO, March 3 (Wire) -- Sweden's foreign ministry and Finland's foreign ministry issued a joint note "
            "on Thursday.\n\n{m} said the plan would fail.")


@pytest.mark.parametrize("mention", ["A foreign ministry official", "The foreign ministry"])
def test_ms7_a_body_two_countries_name_before_gets_no_country(mention):
    sp = _s2_one(_MS7_TWO.format(m=mention), mention)
    assert sp.country is None and "Norwegian" not in sp.name and "Swedish" not in sp.name


@pytest.mark.parametrize("lead, country", [
    ("Sweden's foreign ministry issued a note on Thursday.", "Sweden"),        # one country's: that one
    ("The harbour levy stalled on Thursday.", "Norway"),                         # none: the dateline's
])
def test_ms7_a_body_one_country_or_none_names_before_still_gets_one(lead, country):
    body = f"OSLO, March 3 (Wire) -- {lead}\n\nA foreign ministry official said the plan would fail."
    sp = _s2_one(body, "A foreign ministry official")
    assert sp.country == country


def test_ms7_a_body_named_in_full_before_gives_its_country_to_sources_in_it():
    body = "The Norwegian foreign ministry met the envoy.\n\nSources in the ministry said the plan would fail."
    sp = _s2_one(body, "Sources in the ministry")
    assert (sp.name, sp.country) == ("Norwegian foreign ministry sources", "Norway")


# item 8: per-mention lookups read per-article indexes, so the work grows with the article, not its square
def _ms7_count_calls(monkeypatch, cls, name, body, quotes):
    calls = []
    orig = getattr(cls, name)

    def counted(self, *a, **k):
        calls.append(1)
        return orig(self, *a, **k)
    monkeypatch.setattr(cls, name, counted)
    speakers = _resolve(body, quotes)
    return len(calls), speakers


def test_ms7_an_anonymous_official_per_paragraph_reads_the_body_country_index_once(monkeypatch):
    from analysis.extract.speakers.resolver import _Resolver
    n = 120
    body = "Sweden's defence ministry announced drills on Thursday.\n\n" + "\n\n".join(
        f"A defence ministry official said plan {i} would fail." for i in range(n))
    quotes = [(f"plan {i} would fail", "said", "A defence ministry official") for i in range(n)]
    calls, speakers = _ms7_count_calls(monkeypatch, _Resolver, "_country_in", body, quotes)
    assert {sp.country for sp in speakers} == {"Sweden"}
    assert calls < 20 * n            # was about n * n / 2 (a scan of all earlier text per mention)


def test_ms7_the_statement_per_paragraph_does_not_walk_the_whole_history(monkeypatch):
    from analysis.extract.speakers.resolver import _Resolver
    n = 120
    body = "\n\n".join(f"The ministry issued a statement on day {i}. The statement said plan {i} would fail."
                       for i in range(n))
    quotes = [(f"plan {i} would fail", "said", "The statement") for i in range(n)]
    calls, speakers = _ms7_count_calls(monkeypatch, _Resolver, "_sentence_index", body, quotes)
    assert len({(sp.name, sp.kind) for sp in speakers}) == 1
    assert calls < 20 * n            # was about n * n / 2 (the whole history per mention)


# item 3: "my"/"our" is the outlet's only in the article's own voice
def _ms7_outlet_one(body, mention, text="the plan would fail", cue="said", outlet="Dale Courier"):
    import datetime as dt
    from analysis.corpus import Article
    from analysis.evaluate.speakers import locate_gold
    from analysis.extract.speakers import resolve_speakers
    from analysis.text import parse_article
    doc = parse_article(Article(outlet, "t", dt.date(2024, 6, 20), body))
    attrs = locate_gold(doc, [{"text": text, "cue": cue, "speaker_mention": mention, "kind": "indirect"}])
    assert attrs[0] is not None
    [sp] = resolve_speakers(doc, attrs, actors=[])
    return sp


@pytest.mark.parametrize("body, mention, text, cue", [
    ('Ann Marsh said: "Our correspondent told us the port would close." She left.', "Our correspondent",
     "the port would close", "told"),                                        # inside someone's quotation
    ("Q: What happened?\n\nA: My colleague said the plan would fail, and I agree.", "My colleague",
     "the plan would fail", "said"),                                          # an interview's answer line
])
def test_ms7_my_or_our_in_someone_elses_words_is_not_the_outlet(body, mention, text, cue):
    assert _ms7_outlet_one(body, mention, text, cue).affiliation != "Dale Courier"


def test_ms7_our_correspondent_in_the_articles_voice_is_the_outlet_and_keeps_the_place():
    sp = _ms7_outlet_one("Our correspondent in Seoul said the plan would fail.", "Our correspondent in Seoul")
    assert (sp.speaker_type, sp.affiliation, sp.country) == ("media", "Dale Courier", "South Korea")


# item 4: a rank or a lawmaker's title is stripped only when a person remains
@pytest.mark.parametrize("mention", ["MP Holdings", "Commodore Holdings", "Ensign Bank", "Admiral Insurance",
                                     "General Mills", "General Motors"])   # (mr7: "Colonel Sanders", a
def test_ms7_a_rank_before_no_person_stays_part_of_the_name(mention):        # surname no English word, is a person)
    sp = _s2_one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.role) == (mention, None) and sp.speaker_type != "government"


@pytest.mark.parametrize("body, mention, name, role", [
    ("Colonel Ann Marsh said the plan would fail.", "Colonel Ann Marsh", "Ann Marsh", "Colonel"),
    ("MP Ann Marsh said the plan would fail.", "MP Ann Marsh", "Ann Marsh", "MP"),
    # a surname the article registers
    ("Commodore Tom Roe arrived on Monday.\n\nCommodore Roe said the plan would fail.", "Commodore Roe", "Tom Roe",
     "Commodore"),
    ("Adm. Tom B. Roe Jr. arrived on Monday.\n\nAdmiral Roe said the plan would fail.", "Admiral Roe",
     "Tom B. Roe Jr", "Admiral"),    # a full name with a suffix: its surname before the suffix links back (round 20)
])
def test_ms7_a_rank_before_a_person_is_still_stripped(body, mention, name, role):
    sp = _s2_one(body, mention)
    assert (sp.name, sp.speaker_type) == (name, "government") and role in (sp.role or "")


# item 5: a capitalised "Channel" after a name is part of it; an English word or a place alone is no name
def test_ms7_the_english_channel_is_no_outlet():
    sp = _s2_one("The English Channel said the plan would fail.", "The English Channel")
    assert sp.kind != "outlet" and sp.speaker_type != "media"


@pytest.mark.parametrize("mention, name", [
    ("The Arden Channel", "Arden Channel"),        # a capitalised noun: part of the name
    ("The Arden Front channel", "Arden Front"),    # a lower-case noun: the name before it
])
def test_ms7_a_channel_name_keeps_a_capitalised_noun(mention, name):
    sp = _s2_one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.kind, sp.speaker_type) == (name, "outlet", "media")


def test_ms7_a_place_named_channel_is_no_outlet():
    sp = _s2_one("The South Korea channel said the plan would fail.", "The South Korea channel")
    assert sp.kind != "outlet"


# item 6: "former" reaches only its own conjunct
def test_ms7_former_does_not_reach_an_office_after_and():
    mention = "Tom Roe, a former diplomat and spokesman for the foreign ministry"
    assert _s2_one(f"{mention}, said the plan would fail.", mention).speaker_type == "government"


@pytest.mark.parametrize("mention", [
    "Tom Roe, a former diplomat and former spokesman for the foreign ministry",   # both held before
    "Tom Roe, a retired diplomat",
])
def test_ms7_an_office_held_only_before_is_still_other(mention):
    assert _s2_one(f"{mention}, said the plan would fail.", mention).speaker_type == "other"


# item 9: one invented sentence for each guard no test reached
def test_ms7_current_and_former_officials_hold_an_office_now():
    mention = "Tom Roe, one of the current and former ministry officials"
    assert _s2_one(f"{mention}, said the plan would fail.", mention).speaker_type == "government"


def test_ms7_a_persons_administration_takes_no_home_country():
    body = "OSLO, March 3 (Wire) -- The harbour levy stalled.\n\nA Petrov administration official said the plan would fail."
    sp = _s2_one(body, "A Petrov administration official")
    assert sp.country is None and "Norwegian" not in sp.name


def test_ms7_the_statement_after_another_statement_named_since_is_not_the_first_issuer():
    body = ("Tom Roe said in a statement that the port would close.\n\n"
            "A statement from the harbour board followed on Tuesday.\n\nThe statement said the plan would fail.")
    _, sp = _resolve(body, [("the port would close", "said", "Tom Roe"), ("the plan would fail", "said", "The statement")])
    assert sp.name != "Tom Roe"


def test_ms7_initials_with_no_country_stay_as_written():
    body = "The Ministry of Harbours (MH) met on Monday.\n\nAn MH official said the plan would fail."
    assert "MH" in _s2_one(body, "An MH official").name


def test_ms7_the_former_ambassadors_spokesman_holds_an_office_now():
    mention = "Tom Roe, the former ambassador's spokesman"        # the past modifier is the owner's
    assert _s2_one(f"{mention}, said the plan would fail.", mention).speaker_type == "government"


def test_ms7_my_editor_at_another_outlet_is_not_the_articles_outlet():
    sp = _ms7_outlet_one("My colleague at Arden Ledger said the plan would fail.", "My colleague at Arden Ledger")
    assert sp.affiliation != "Dale Courier"


# item 10: one list of ranks (roles.yaml); the word lists read from the lexicons keep the rules
def test_ms7_ranks_are_listed_once():
    import yaml
    from pathlib import Path
    lex = Path(__file__).resolve().parents[1] / "analysis" / "lexicons"
    cues = yaml.safe_load((lex / "source_cues.yaml").read_text(encoding="utf-8"))["titles"]["words"]
    roles = yaml.safe_load((lex / "roles.yaml").read_text(encoding="utf-8"))["titles"]
    ranks = set(roles["military_ranks"])
    assert not ranks & set(cues) and not ranks & set(roles["words"])


@pytest.mark.parametrize("mention, role", [("General Ann Marsh", "General"), ("Marshal Ann Marsh", "Marshal"),
                                           ("Admiral Ann Marsh", "Admiral")])
def test_ms7_a_rank_from_the_one_list_is_still_a_title(mention, role):
    sp = _s2_one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.role) == ("Ann Marsh", role)


@pytest.mark.parametrize("mention, expected", [
    ("Three people familiar with the talks", "People familiar with the talks"),   # count dropped, tail kept
    ("One source privy to the deliberations", "Source privy to the deliberations"),
])
def test_ms7_anonymous_source_words_from_the_lexicon(mention, expected):
    assert _s2_one(f"{mention} said the plan would fail.", mention).name == expected


# ------------------------------------------------------------------ mr7 (review rvm7 items 1, 7, 8)
# item 1: a rank before one word that is no English word is a person with a rank; an English or
# organisation word after a rank stays a company or brand name
@pytest.mark.parametrize("mention, name, role", [
    ("General Kwon", "Kwon", "General"), ("Admiral Nakata", "Nakata", "Admiral"),
    ("Colonel Marsh", "Marsh", "Colonel"), ("MP Okafor", "Okafor", "MP"), ("Gen. Kwon", "Kwon", "Gen."),
])
def test_mr7_a_rank_before_a_one_word_surname_is_stripped(mention, name, role):
    sp = _s2_one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.role, sp.speaker_type) == (name, role, "government")


@pytest.mark.parametrize("mention", ["General Motors", "MP Holdings", "Ensign Bank", "Major Insurance",
                                     "General Electric", "Commodore Holdings"])
def test_mr7_a_rank_before_an_english_or_company_word_stays_a_name(mention):
    sp = _s2_one(f"{mention} said the plan would fail.", mention)
    assert sp.name == mention and sp.speaker_type != "government"


# item 8: the registered surnames are built once and rebuilt when the registry grows: a surname
# registered by a full name (even an English word) after a rank is still the person
def test_mr7_a_registered_surname_after_a_rank_still_names_the_person():
    body = ("Colonel Tom Field Jr. met the envoys on Monday.\n\n"
            "Colonel Field said the plan would fail.")
    sp = _s2_one(body, "Colonel Field")
    assert (sp.name, sp.speaker_type) == ("Tom Field Jr", "government")


# item 7: a name before a lower-case "channel" is the channel's name even when it is an English word;
# before a capitalised "Channel" the whole is the name, unless the word is a nationality (a sea)
@pytest.mark.parametrize("mention, name", [
    ("The Dawn channel", "Dawn"), ("The Star channel", "Star"), ("The Freedom channel", "Freedom"),
    ("The History Channel", "History Channel"),
])
def test_mr7_an_english_word_names_a_channel(mention, name):
    sp = _s2_one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.kind, sp.speaker_type) == (name, "outlet", "media")


@pytest.mark.parametrize("mention", ["The English Channel", "The Irish Channel", "The South Korea channel"])
def test_mr7_a_nationality_or_place_before_channel_is_no_outlet(mention):
    sp = _s2_one(f"{mention} said the plan would fail.", mention)
    assert sp.kind != "outlet" and sp.speaker_type != "media"
