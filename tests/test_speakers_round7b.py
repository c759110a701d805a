"""Speakers, round 7b.  Articles, people, outlets and organisations are invented for the tests."""

from __future__ import annotations

import pytest

from test_speakers_names import _resolve  # the speaker tests' gold-quote helper


def _one(body: str, mention: str, text: str = "the plan would fail", cue: str = "said"):
    [sp] = _resolve(body, [(text, cue, mention)])
    return sp


# ------------------------------------------------------------------ a family name that is also a place word
@pytest.mark.parametrize("mention, name, role", [
    ("Park Min-ho, a professor of history at Arden University in Busan", "Park Min-ho", "professor of history"),
    ("Park Seo-yeon, a professor", "Park Seo-yeon", "professor"),
    ("Hall Ji-woo, a former army officer", "Hall Ji-woo", "former army officer"),
])
def test_a_place_word_before_a_hyphenated_given_name_is_a_family_name(mention, name, role):
    sp = _one(f"{mention}, said the plan would fail.", mention)
    assert (sp.name, sp.role, sp.named) == (name, role, True)


@pytest.mark.parametrize("mention", ["Park Avenue", "Central Park", "Park Winston-Salem"])
def test_a_place_word_without_a_hyphenated_given_name_is_no_person(mention):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert not sp.named


# ------------------------------------------------------------------ private persons named by where they live
@pytest.mark.parametrize("mention, name, country", [
    ("A resident of Jagang province", "Jagang resident", None),
    ("A resident of Jagang province, who asked not to be named", "Jagang resident", None),
    ("A resident of Seoul", "Seoul resident", "South Korea"),
    ("A farmer from Arden county", "Arden farmer", None),
])
def test_a_resident_of_a_place_is_a_private_person_typed_other(mention, name, country):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.speaker_type, sp.named) == (name, "other", False)
    if country:
        assert sp.country == country


@pytest.mark.parametrize("mention, name, typ", [
    ("A spokesperson for the ministry", "Ministry spokesperson", "government"),
    ("A professor of history", "History professor", "expert_academic"),
])
def test_other_role_holders_of_a_body_keep_their_type(mention, name, typ):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.speaker_type) == (name, typ)


# ------------------------------------------------------------------ commercial analysts
@pytest.mark.parametrize("mention, name, typ", [
    ("Ann Vale, chief Asia strategist at Kestrel Capital in Hong Kong", "Ann Vale", "other"),
    ("Ann Vale, an economist at Harbor Lane Securities", "Ann Vale", "other"),
    ("Ann Vale, an analyst at a brokerage in Tokyo", "Ann Vale", "other"),
    ("Analysts at Harbor Lane Securities", "Harbor Lane Securities analysts", "other"),
    ("Harbor Lane Securities analysts", "Harbor Lane Securities analysts", "other"),
    # research institutes and universities keep their expert type
    ("Ann Vale, an analyst at the Arden Institute", "Ann Vale", "expert_think_tank"),
    ("Ann Vale, an economist at Arden University", "Ann Vale", "expert_academic"),
    ("Ann Vale, a senior fellow at the Capital Institute for Policy Studies", "Ann Vale", "expert_think_tank"),
    ("Ann Vale, an analyst in the capital", "Ann Vale", "expert_think_tank"),
])
def test_a_firms_analyst_is_typed_other(mention, name, typ):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.speaker_type) == (name, typ)


# ------------------------------------------------------------------ an international organisation's staff
@pytest.mark.parametrize("mention, typ", [
    ("EU diplomats", "international_org"),
    ("Some NATO officials", "international_org"),
    ("Russian diplomats", "government"),
])
def test_office_holders_of_an_international_organisation(mention, typ):
    assert _one(f"{mention} said the plan would fail.", mention).speaker_type == typ


# ------------------------------------------------------------------ an outlet's or a body's own text
@pytest.mark.parametrize("mention, name, typ", [
    ("A Daily Courier editorial", "Daily Courier", "media"),
    ("A Nordic Times editorial", "Nordic Times", "media"),
    ("A Kremlin readout", "Kremlin", "government"),
    ("A White House readout", "White House", "government"),
    ("A CNN report", "CNN", "media"),
])
def test_a_named_issuers_editorial_or_readout_is_the_issuer(mention, name, typ):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.speaker_type) == (name, typ)


@pytest.mark.parametrize("mention", ["An editorial", "A Tom Roe report"])
def test_an_editorial_without_a_named_issuer_is_no_outlet(mention):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert sp.kind not in ("outlet", "government")


# ------------------------------------------------------------------ name particles
@pytest.mark.parametrize("mention, name, typ", [
    ("Ana de Souza", "Ana de Souza", "other"),
    ("Ludwig van Aart", "Ludwig van Aart", "other"),
    ("Ana de Souza, a professor at Arden University", "Ana de Souza", "expert_academic"),
    ("Professor Ana de Souza", "Ana de Souza", "expert_academic"),
    ("Agence Nordique de Presse", "Agence Nordique de Presse", "media"),
    ("Agencia Arden de Prensa", "Agencia Arden de Prensa", "media"),
])
def test_a_lower_case_particle_stays_inside_a_name(mention, name, typ):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.speaker_type) == (name, typ)


def test_a_particle_without_a_capitalised_word_before_it_opens_no_name():
    # "the head de facto": no capitalised word before the particle
    sp = _one("The head of the bloc de Arden said the plan would fail.", "The head of the bloc de Arden")
    assert sp.name != "bloc de Arden"


# ------------------------------------------------------------------ a name with its institution or place after it
def test_a_capitalised_group_noun_ending_a_proper_name_heads_no_group():
    m = "Professor Ann Vale from Arden University's Centre for Korean Studies"
    sp = _one(f"{m} said the plan would fail.", m)
    assert (sp.name, sp.speaker_type, sp.role) == ("Ann Vale", "expert_academic", "Professor")


@pytest.mark.parametrize("mention", ["Korean studies", "Some Western observers"])
def test_a_group_noun_in_lower_case_still_heads_a_group(mention):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert sp.kind == "group"


@pytest.mark.parametrize("mention, name, typ", [
    ("Tom Roe in Seoul", "Tom Roe", "other"),
    ("Professor Tom Roe in Seoul", "Tom Roe", "expert_academic"),
    ("My colleague Min-ji Cho in Seoul", "Min-ji Cho", "media"),
])
def test_a_place_after_a_persons_name_is_no_part_of_it(mention, name, typ):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.speaker_type, sp.country) == (name, typ, "South Korea")


def test_a_group_in_a_place_is_no_person():
    sp = _one("Observers in Brussels said the plan would fail.", "Observers in Brussels")
    assert not sp.named


def test_my_colleague_inside_a_quotation_is_no_journalist_of_the_outlet():
    sp = _one('Ann Vale said: "My colleague Tom Roe in Seoul said the plan would fail."',
              "My colleague Tom Roe in Seoul")
    assert (sp.name, sp.speaker_type) == ("Tom Roe", "other")


# ------------------------------------------------------------------ official media and where they are
@pytest.mark.parametrize("mention, name, typ", [
    ("Official media in the hermit kingdom", "North Korean state media", "state_media"),
    ("State media in Pyongyang", "North Korean state media", "state_media"),
    ("Official media", "Official media", "state_media"),
    ("Local media", "Local media", "media"),
])
def test_official_media_are_state_media_named_by_their_country(mention, name, typ):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.speaker_type) == (name, typ)


# ------------------------------------------------------------------ seats of government
@pytest.mark.parametrize("mention, name, typ", [
    ("Western capitals", "Western governments", "government"),
    ("European capitals", "European governments", "government"),
    ("The presidential office in Seoul", "South Korean presidential office", "government"),
    ("The foreign ministry in Tokyo", "Japanese foreign ministry", "government"),
])
def test_a_seat_of_government_names_the_government(mention, name, typ):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.speaker_type) == (name, typ)


def test_a_body_in_an_unknown_place_is_not_renamed():
    sp = _one("The presidential office in the north said the plan would fail.", "The presidential office in the north")
    assert "South Korean" not in sp.name and sp.speaker_type == "government"


# ------------------------------------------------------------------ a former expert speaks for no institution
@pytest.mark.parametrize("mention, typ", [
    ("Tom Roe, a former U.S. intelligence analyst", "other"),
    ("Tom Roe, a former analyst at the Arden Institute", "other"),
    # an expert post held now stays
    ("Tom Roe, a former diplomat who is now a senior fellow at the Arden Institute", "expert_think_tank"),
    ("Tom Roe, a former diplomat and senior fellow at the Arden Institute", "expert_think_tank"),
    ("Tom Roe, an analyst at the Arden Institute", "expert_think_tank"),
    ("Tom Roe, a professor emeritus at Arden University", "expert_academic"),
])
def test_a_past_expert_post_alone_gives_type_other(mention, typ):
    assert _one(f"{mention}, said the plan would fail.", mention).speaker_type == typ


# ------------------------------------------------------------------ a document's text by a possessive; defined initials
@pytest.mark.parametrize("mention, name", [
    ("The treaty's text, published by the news agency", "the treaty"),
    ("The pact's wording", "the pact"),
])
def test_a_documents_text_by_a_possessive_is_the_document(mention, name):
    sp = _one(f"{mention}, says the plan would fail.", mention, cue="says")
    assert (sp.name, sp.speaker_type) == (name, "document")


def test_a_persons_text_is_no_document_of_theirs():
    sp = _one("The minister's text says the plan would fail.", "The minister's text", cue="says")
    assert sp.name != "the minister"


@pytest.mark.parametrize("mention, name", [
    ("Seoul's Ministry of Unification (MOU)", "South Korean Unification Ministry"),   # canonical order (MS1)
    ("The European Parliament (EP)", "European Parliament"),
    ("Ukraine's military intelligence agency (HUR)", "HUR"),     # a described body keeps its initials
])
def test_initials_defined_after_a_proper_name_are_no_part_of_it(mention, name):
    assert _one(f"{mention} said the plan would fail.", mention).name == name


# ------------------------------------------------------------------ a pronoun prefers the previous sentence's subject
def _pronoun_case(body: str, mention: str):
    first, second = _resolve(body, [("the plan would fail", "said", "Ann Vale"), ("the deal was dead", "said", mention)])
    return second.name


def test_a_pronoun_takes_the_named_subject_of_the_previous_sentence():
    body = "Ann Vale said the plan would fail.\n\nTom Roe went further. He said the deal was dead."
    assert _pronoun_case(body, "He") == "Tom Roe"


def test_a_pronoun_after_a_subject_that_is_no_person_keeps_the_last_speaker():
    body = "Ann Vale said the plan would fail. The bill passed. She said the deal was dead."
    assert _pronoun_case(body, "She") == "Ann Vale"


def test_a_pronoun_after_a_paragraph_break_keeps_the_last_speaker():
    body = "Ann Vale said the plan would fail. Tom Roe went further.\n\nShe said the deal was dead."
    assert _pronoun_case(body, "She") == "Ann Vale"


# ------------------------------------------------------------------ a relative pronoun after a person's appositive
def test_who_after_an_appositive_is_the_person_it_describes():
    from test_speakers_names import _doc
    from analysis.extract.speakers import resolve_speakers
    from types import SimpleNamespace
    body = ("The radio spoke to Ann Roe, a researcher at the Berlin-based Arden Foundation for Security "
            "Studies, who said the plan would fail.")
    doc = _doc(body)
    ante = body.index("Arden Foundation")
    who = body.index("who said")
    a = SimpleNamespace(kind="indirect", start=who + 9, end=len(body) - 1, text="the plan would fail",
                        cue_start=who + 4, cue_end=who + 8, cue="said", speaker_mention="who",
                        speaker_start=who, speaker_end=who + 3, relay=False, agentless=False,
                        paragraph=0, speaker_antecedent=(ante, ante + len("Arden Foundation for Security Studies")))
    [sp] = resolve_speakers(doc, [a], actors=[])
    assert (sp.name, sp.speaker_type) == ("Ann Roe", "expert_think_tank")


def test_who_after_an_organisation_stays_the_organisation():
    from test_speakers_names import _doc
    from analysis.extract.speakers import resolve_speakers
    from types import SimpleNamespace
    body = "The radio spoke to the Arden Foundation, which said the plan would fail."
    doc = _doc(body)
    ante = body.index("Arden Foundation")
    which = body.index("which said")
    a = SimpleNamespace(kind="indirect", start=which + 11, end=len(body) - 1, text="the plan would fail",
                        cue_start=which + 6, cue_end=which + 10, cue="said", speaker_mention="which",
                        speaker_start=which, speaker_end=which + 5, relay=False, agentless=False,
                        paragraph=0, speaker_antecedent=(ante, ante + len("Arden Foundation")))
    [sp] = resolve_speakers(doc, [a], actors=[])
    assert sp.name != "Ann Roe" and "Arden Foundation" in sp.name


# ------------------------------------------------------------------ a seat whose gazetteer name holds its country
@pytest.mark.parametrize("mention, name", [
    ("A State Department spokesperson", "US State Department spokesperson"),
    ("A US State Department spokesman", "US State Department spokesman"),      # no second "US"
    ("A Kremlin source", "Kremlin source"),                                   # the name holds no demonym
])
def test_an_anonymous_source_at_a_national_institution_takes_its_full_name(mention, name):
    assert _one(f"{mention} said the plan would fail.", mention).name == name


# ------------------------------------------------------------------ lead: an anonymous official keeps its body
@pytest.mark.parametrize("body, name, affiliation", [
    ('A US State Department spokesman said the deal was "of great concern".', "US State Department spokesman",
     "US State Department"),
    ("A State Department spokesman said the pact was a concern.", "US State Department spokesman",
     "US State Department"),
])
def test_lead_an_anonymous_official_keeps_the_body_as_affiliation_and_role(body, name, affiliation):
    from analysis.corpus.model import Article
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from analysis.text import parse_article
    import datetime as dt
    doc = parse_article(Article(outlet="Harbour Post", title="T", date=dt.date(2024, 6, 20), body=body))
    (sp,) = resolve_speakers(doc, extract_attributions(doc))
    assert (sp.name, sp.speaker_type, sp.affiliation, sp.role, sp.named) == (name, "government", affiliation, name, False)
