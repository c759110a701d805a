"""Round 20 (lead): speakers introduced the way state agencies and their translations write them, title first
with the body's or state's formal name before the person's name.  People, institutes and outlets are invented;
real countries only as places."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import speaker_names


@pytest.mark.parametrize("mention, name", [
    ("Minister of Foreign Affairs of the Kyrgyz Republic Aibek Toktorov", "Aibek Toktorov"),
    ("President of the Kyrgyz Republic Aibek Toktorov", "Aibek Toktorov"),
    ("Minister of Energy of the Republic of Tajikistan Daler Rahimov", "Daler Rahimov"),
    ("Director of the Selm Center for Strategic Research Ana Roe", "Ana Roe"),
    ("Chairman of the Board of the Kingdom of Cambodia Sok Dara", "Sok Dara"),
    ("Mayor of Bishkek Aziz Temirov", "Aziz Temirov"),
    # a country's name that is also a given name: the body before it ends the role
    ("Director of the Harbour Institute Jordan Lee", "Jordan Lee"),
])
def test_a_title_of_a_body_or_state_before_the_name(mention, name):
    names = speaker_names(f"{mention} said the dam would open on Monday.")
    assert names[mention] == name


def test_the_role_of_a_state_types_the_person():
    from analysis.corpus import Article
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from analysis.text import parse_article
    import datetime as dt
    body = "President of the Kyrgyz Republic Aibek Toktorov said the dam would open on Monday."
    doc = parse_article(Article(outlet="Test Wire", title="t", date=dt.date(2024, 6, 20), body=body))
    [sp] = resolve_speakers(doc, extract_attributions(doc))
    assert (sp.name, sp.speaker_type, sp.country) == ("Aibek Toktorov", "government", "Kyrgyzstan")


@pytest.mark.parametrize("subject, government", [
    ("The Kyrgyz Republic", "Kyrgyz government"),
    ("The Kingdom of Cambodia", "Cambodian government"),
    ("The Republic of Tajikistan", "Tajik government"),
])
def test_a_states_formal_name_is_its_government(subject, government):
    assert speaker_names(f"{subject} said the dam would open on Monday.")[subject] == government


def test_no_state_form_after_a_demonym_that_names_no_state():
    # "the British Commonwealth" is the Commonwealth of Nations, not the United Kingdom
    assert speaker_names("The British Commonwealth said the dam would open.").get("The British Commonwealth") \
        != "British government"


def test_a_body_without_a_name_after_it_stays_a_role():
    names = speaker_names("Director of the Institute of World Economy said the dam would open.")
    assert "Economy" in names["Director of the Institute of World Economy"]


@pytest.mark.parametrize("body, later, name", [
    # a Spanish or Portuguese compound surname's first part, alone, is the person named in full before
    ("Lucía Herrera Campos, a historian in Puebla, said the pact was symbolic.\n\n\"It is theatre,\" Herrera said.",
     "Herrera", "Lucía Herrera Campos"),
    ("João Pedro Arantes Lobo, an economist in Recife, said the pact was symbolic.\n\n\"It is theatre,\" Arantes "
     "said.", "Arantes", "João Pedro Arantes Lobo"),
    # an English middle name alone is no surname: the dictionary knows it as a given name
    ("Ana Maria Kolb, a lawyer, said the pact was symbolic.\n\n\"It is theatre,\" Maria said.", "Maria", "Maria"),
])
def test_a_compound_surnames_first_part_links_back(body, later, name):
    assert speaker_names(body)[later] == name


@pytest.mark.parametrize("mention, name", [
    ("Prime Minister Samdech Moha Borvor Thipadei Sok Dara", "Sok Dara"),
    ("Samdech Sok Dara", "Sok Dara"),
    ("Oknha Chea Vanna", "Chea Vanna"),
    ("Tan Sri Ali Roe", "Ali Roe"),
])
def test_a_style_of_several_words_is_stripped_from_the_name(mention, name):
    assert speaker_names(f"{mention} said the dam would open on Monday.")[mention] == name


@pytest.mark.parametrize("subject, government", [
    ("The Government of Nicaragua", "Nicaraguan government"),
    ("The Royal Government of Cambodia", "Cambodian government"),
    ("The Government of the DPRK", "North Korean government"),
    # a city's or a region's government is no state's
    ("The Government of Seoul", "Government of Seoul"),
    ("The Regional Government of Kurdistan", "Regional Government of Kurdistan"),
])
def test_the_government_of_a_country_is_that_countrys_government(subject, government):
    assert speaker_names(f"{subject} said the dam would open on Monday.")[subject] == government


@pytest.mark.parametrize("intro, description, name", [
    # a periphrasis of the office (roles.yaml periphrases)
    ("Cuban Foreign Minister Ana Roe", "the head of Cuban diplomacy", "Ana Roe"),
    ("Foreign Minister Ana Roe", "the head of the foreign ministry", "Ana Roe"),
    ("Foreign Minister Ana Roe", "the country's chief diplomat", "Ana Roe"),
    ("Prime Minister Ana Roe", "the head of government", "Ana Roe"),
    # 'premier' for a prime minister (roles.yaml hypernyms)
    ("Prime Minister Sok Dara", "the premier", "Sok Dara"),
    # the portfolio after the title
    ("Minister of Foreign Affairs of Norway Ana Roe", "the foreign minister", "Ana Roe"),
    ("Minister of Foreign Affairs of the Kyrgyz Republic Aibek Toktorov", "the minister", "Aibek Toktorov"),
])
def test_a_description_refers_back_to_the_office_named_before(intro, description, name):
    body = f"{intro} said the pact was no threat.\n\n\"We are neutral,\" {description} said."
    assert speaker_names(body)[description] == name


def test_the_head_of_the_defence_ministry_is_not_the_foreign_minister():
    body = ("Foreign Minister Tom Lee said the pact was no threat.\n\n"
            "\"We are neutral,\" the head of the defence ministry said.")
    assert speaker_names(body)["the head of the defence ministry"] != "Tom Lee"


def test_the_expert_is_the_one_research_source_named_before():
    body = ("Ana Roe, director of the Selm Center for Strategic Research, said the pact was weak.\n\n"
            "\"It is theatre,\" the expert said.")
    assert speaker_names(body)["the expert"] == "Ana Roe"


def test_the_expert_stays_a_description_when_two_research_sources_fit():
    body = ("Ana Roe, director of the Selm Center for Strategic Research, said the pact was weak. Tom Lee, "
            "director of the Dale Policy Institute, said it was strong.\n\n\"It is theatre,\" the expert said.")
    assert speaker_names(body)["the expert"] not in ("Ana Roe", "Tom Lee")


def test_a_possessor_after_the_same_pronoun_is_no_antecedent():
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from tests._attribution_helpers import doc
    d = doc("Ana Roe, who has died aged 83, was a diplomat.\n\n"
            "In 1999 she sat through long sessions with Tom Lee's negotiators; she later recalled that the talks "
            "had been \"brutal\".\n\n\"They wanted 1961 back,\" she told a weekly in 2012.")
    assert [s.name for s in resolve_speakers(d, extract_attributions(d))] == ["Ana Roe", "Ana Roe"]


def test_a_possessor_without_the_pronoun_before_it_stays_a_candidate():
    # no "she" earlier in the sentence: the possessor may still be the antecedent (the usual candidates)
    names = speaker_names("Tom Lee's aide left. She said the talks were \"brutal\".")
    assert names["She"] != "Ana Roe"


def test_a_newspapers_name_is_no_persons_name_for_a_pronoun():
    body = ("Ana Roe, who has died aged 83, was a diplomat.\n\nAna Roe in Oslo in 2011. Photograph: Selm Gazette "
            "archive\n\n\"They wanted 1961 back,\" she told a weekly in 2012.")
    assert speaker_names(body)["she"] == "Ana Roe"


@pytest.mark.parametrize("body, cue, mention", [
    # the with-absolute: the noun phrase after "with" is the participle's subject (Quirk et al. 1985 §15.60)
    ("Norway has called for restraint, with the Minister for Foreign Affairs, Hon. Ama Mensah, stating that "
     "Oslo's position is \"guided by the Charter.\"", "stating", "the Minister for Foreign Affairs, Hon. Ama Mensah"),
    ("The council met on Monday, with members stating that the budget was \"a disgrace\".", "stating", "members"),
    # an adjunct after "with", then the participle of the main subject
    ("The mayor spoke for an hour, with a smile, saying the port would reopen.", "saying", "The mayor"),
])
def test_the_subject_of_a_with_absolute(body, cue, mention):
    from tests._attribution_helpers import summary
    assert {c: m for c, m, _, _ in summary(body)}[cue] == mention


@pytest.mark.parametrize("body, mention", [
    # a name before a quotation whose first word is a reporting verb's -s form is the quoted clause's subject
    ("The Ministry, in a statement signed by its director, said Norway \"notes with concern\" the clause.",
     "The Ministry"),
    ("The Ministry, in a statement, said Norway \"regrets\" the decision.", "The Ministry"),
])
def test_a_name_before_a_quoted_predicate_is_no_inverted_speaker(body, mention):
    from tests._attribution_helpers import summary
    [(cue, got, _, _)] = summary(body)
    assert (cue, got) == ("said", mention)


@pytest.mark.parametrize("mention, name", [
    ("The Minister for Foreign Affairs and Regional Integration, Hon. Ama Mensah", "Ama Mensah"),
    ("The Minister of Trade and Industry, Ama Mensah", "Ama Mensah"),
])
def test_a_portfolio_joined_by_and_is_no_name(mention, name):
    assert speaker_names(f"{mention}, said the pact was a concern.")[mention] == name


@pytest.mark.parametrize("subject, name, typ", [
    ("The US Treasury", "US Department of the Treasury", "government"),    # (round 28: sets 16 and 27's gold)
    ("The Reserve Bank of Norway", None, "government"),
    ("North Korea's state news agency, KCNA,", "KCNA", "state_media"),
    ("CSTO Secretary General Ana Roe", "Ana Roe", "international_org"),
    ("The CSTO", "Collective Security Treaty Organization", "international_org"),
    ("ECOWAS", "Economic Community of West African States", "international_org"),
])
def test_bodies_of_state_and_regional_organisations_are_typed(subject, name, typ):
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from tests._attribution_helpers import doc
    d = doc(f"{subject} said the sanctions would stay.")
    [sp] = resolve_speakers(d, extract_attributions(d))
    assert sp.speaker_type == typ and (name is None or sp.name == name)


@pytest.mark.parametrize("subject, name", [
    ("The Americans", "US government"),
    ("The Russians", "Russian government"),
    ("The Swiss", "Swiss government"),
    ("The United States and its satellites", "US and allied governments"),
    ("Russia and its vassals", "Russian and allied governments"),
])
def test_a_nation_or_a_state_with_its_allies_speaks_as_governments(subject, name):
    assert speaker_names(f"{subject} said the pact was a threat.")[subject] == name


@pytest.mark.parametrize("subject", ["Some Americans", "Two Russians"])
def test_some_people_of_a_nation_are_no_government(subject):
    assert "government" not in speaker_names(f"{subject} said the pact was a threat.")[subject]


@pytest.mark.parametrize("mention, name, typ", [
    ("Chairman of the Standing Commission on Trade of the House of Representatives Ivan Petrov", "Ivan Petrov",
     "government"),
])
def test_a_legislatures_name_ends_the_body_before_a_name(mention, name, typ):
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from tests._attribution_helpers import doc
    d = doc(f"{mention} said the pact was a threat.")
    [sp] = resolve_speakers(d, extract_attributions(d))
    assert (sp.name, sp.speaker_type) == (name, typ)


def test_the_ministry_is_the_ministry_of_the_portfolio_named_before():
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from tests._attribution_helpers import doc
    d = doc("Norway has called for restraint, with the Minister for Trade and Fisheries, Ama Mensah, stating that "
            "Oslo's position is \"firm.\"\n\nThe Ministry, in a statement, said Norway \"respects\" the treaty.",
            country="Norway")
    found = extract_attributions(d)
    names = {a.speaker_mention: s.name for a, s in zip(found, resolve_speakers(d, found))}
    assert names["The Ministry"] == "Norwegian Trade and Fisheries Ministry"


def test_the_government_in_a_paper_at_home_is_its_countrys():
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from tests._attribution_helpers import doc
    d = doc("Norway's fishermen are worried.\n\nThe Government said the quotas would stay.", country="Norway")
    [sp] = resolve_speakers(d, extract_attributions(d))
    assert sp.name == "Norwegian government"


def test_a_quoted_predicate_of_any_verbs_s_form_keeps_the_subject_before_the_verb():
    from tests._attribution_helpers import summary
    [(cue, mention, _, _)] = summary('The Ministry, in a statement issued later, said Norway "respects the right '
                                     'of states".')
    assert (cue, mention) == ("said", "The Ministry")


@pytest.mark.parametrize("body, mention, name", [
    ("President of the Kyrgyz Republic Aibek Toktorov said the dam would open.\n\nThe bridge will also open, the "
     "press service of the head of state reported.", "the press service of the head of state",
     "Press service of the President of Kyrgyzstan"),
    ("The bridge will open, the press office of the Belarusian president said.",
     "the press office of the Belarusian president", "Press office of the President of Belarus"),
])
def test_the_press_unit_of_the_head_of_state(body, mention, name):
    assert speaker_names(body)[mention] == name


@pytest.mark.parametrize("subject, name", [
    ("Malta, Slovenia and Switzerland", "Maltese, Slovenian and Swiss governments"),
    ("Ivory Coast", "Ivorian government"),
    ("Jordan", "Jordanian government"),
    ("The Gambia", "Gambian government"),
    ("Trinidad and Tobago", "Trinidadian government"),
])
def test_every_un_member_state_is_a_country(subject, name):
    assert speaker_names(f"{subject} said the pact was a threat.")[subject] == name


@pytest.mark.parametrize("mention, name", [("Jordan Lee", "Jordan Lee"), ("Chad Smith", "Chad Smith")])
def test_a_countrys_name_as_a_given_name_stays_a_persons(mention, name):
    assert speaker_names(f"{mention} said the pact was a threat.")[mention] == name
