"""Speakers, round 6: roles given in a clause of their own (a copular predicate, a verb of leading
an organisation, a description opening the next sentence), and international bodies.  Articles,
people and organisations are invented for the tests."""

from __future__ import annotations

import pytest

from test_speakers_names import _resolve  # the speaker tests' gold-quote helper


def _one(body: str, mention: str, text: str = "the plan would fail", cue: str = "said"):
    [sp] = _resolve(body, [(text, cue, mention)])
    return sp


# ------------------------------------------------------------------ a role in a clause of its own
@pytest.mark.parametrize("intro, typ", [
    # a copular predicate, before or after the quote
    ("Tom Roe is a professor at Arden University. He studies trade.", "expert_academic"),
    ("Tom Roe, 61, was the state's attorney general for a decade.", "government"),
    ("Tom Roe has been a senior fellow at the Arden Institute since 2019.", "expert_think_tank"),
    ("Tom Roe is now the city's deputy mayor and a keen sailor.", "government"),
    # a verb of leading an organisation
    ("Tom Roe has led the agency since 2019.", "government"),
    ("Tom Roe heads the Arden Institute, a research group.", "expert_think_tank"),
    # the next sentence opens with a description of him
    ("Tom Roe has a plan for the port. The former senator spoke on Monday.", "government"),
])
def test_a_role_in_a_clause_of_its_own_types_the_person(intro, typ):
    body = f"{intro}\n\nThe vote went on.\n\nRoe said the plan would fail."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type) == ("Tom Roe", typ)


def test_a_copular_role_given_after_the_quote_types_the_person():
    body = "Roe said the plan would fail.\n\nTom Roe is a research fellow at the Arden Institute."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type) == ("Tom Roe", "expert_think_tank")


@pytest.mark.parametrize("intro", [
    # the predicate is no role
    "Tom Roe is a more hawkish person and would be a tougher senator.",
    "Tom Roe was the top recipient among the presidential candidates of the gifts.",
    "Tom Roe is a keen sailor.",
    # 'led' with no organisation as its object
    "Tom Roe led the charge against the plan.",
    "Tom Roe led the field in the first round.",
    # the next sentence's description is someone else's: the sentence before names two people,
    # or uses the description's noun itself
    "Tom Roe met Ann Lee in the port. The former senator spoke on Monday.",
    "Tom Roe met the senator in the port. The senator spoke on Monday.",
    # a description not at the start of the next sentence
    "Tom Roe has a plan. On Monday the former senator spoke.",
])
def test_no_role_from_a_clause_that_gives_none(intro):
    body = f"{intro}\n\nThe vote went on.\n\nRoe said the plan would fail."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type) == ("Tom Roe", "other")


def test_the_names_own_phrase_wins_over_a_clause_of_its_own():
    # "Professor Roe" is his own phrase; "the group's leader" later does not make him government
    body = ("Professor Tom Roe teaches in Dale.\n\nRoe is the group's intellectual leader.\n\n"
            "Roe said the plan would fail.")
    sp = _one(body, "Roe")
    assert sp.speaker_type == "expert_academic"


def test_a_description_refers_back_to_a_copular_role():
    body = "Tom Roe is a professor at Arden University.\n\nThe professor said the plan would fail."
    sp = _one(body, "The professor")
    assert (sp.name, sp.speaker_type) == ("Tom Roe", "expert_academic")


def test_an_undersecretary_holds_office():
    # (round 7: "who was undersecretary" is a past office, typed other; the office held now is government)
    body = "Tom Roe, who is undersecretary of state, spoke.\n\nRoe said the plan would fail."
    assert _one(body, "Roe").speaker_type == "government"


def test_a_description_opening_the_next_sentence_is_the_person_that_sentence_opens_with():
    body = ("Tom Roe is a presidential candidate from Dale. Ann Lee met voters in Arden.\n\n"
            "Lee said she would cut the levy. The presidential candidate said the plan would fail.")
    first, second = _resolve(body, [("she would cut the levy", "said", "Lee"),
                                    ("the plan would fail", "said", "The presidential candidate")])
    assert (second.name, second.speaker_type) == ("Ann Lee", "government")


def test_a_next_sentence_description_that_fits_someone_named_before_is_not_read():
    # "The minister" is Foreign Minister Tom Lee, not the spokeswoman the sentence before opens with
    body = ("Foreign Minister Tom Lee met the press in Dale. Ann Roe, the ministry's spokeswoman, spoke first. "
            "The minister said the plan would fail.")
    sp = _one(body, "The minister")
    assert sp.name == "Tom Lee"


# ------------------------------------------------------------------ international bodies
@pytest.mark.parametrize("mention, name", [
    ("The African Union", "African Union"),
    ("The European Union", "European Union"),
    ("NATO", "NATO"),
    ("ASEAN", "ASEAN"),
    ("The Arab League", "Arab League"),
    ("The Asian Development Bank", "Asian Development Bank"),
])
def test_a_union_of_states_is_an_international_organisation(mention, name):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.speaker_type, sp.kind) == (name, "international_org", "organisation")


@pytest.mark.parametrize("mention, typ, affiliation", [
    ("Tom Roe, an official at the Asian Development Bank", "international_org", "Asian Development Bank"),
    ("Tom Roe, a World Bank economist", "international_org", "World Bank"),
    ("An Asian Development Bank economist", "international_org", "Asian Development Bank"),
    ("Tom Roe, the leader of the African Union", "international_org", "African Union"),
])
def test_a_development_bank_or_union_official_is_international(mention, typ, affiliation):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.speaker_type, sp.affiliation) == (typ, affiliation)


@pytest.mark.parametrize("mention, role, affiliation, typ", [
    # an organisation named with "of" before the role: the organisation, then the role
    ("Tom Roe, a Bank of Japan official", "official", "Bank of Japan", "government"),
    ("Tom Roe, a Ministry of Foreign Affairs spokesman", "spokesman", "Ministry of Foreign Affairs", "government"),
    ("Tom Roe, a University of Oslo professor", "professor", "University of Oslo", "expert_academic"),
    ("Tom Roe, Friends of Arden's executive director", "executive director", "Friends of Arden", "other"),
])
def test_an_organisation_named_with_of_before_the_role_is_the_affiliation(mention, role, affiliation, typ):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.role, sp.affiliation, sp.speaker_type) == ("Tom Roe", role, affiliation, typ)


def test_an_unnamed_official_of_an_organisation_named_with_of():
    sp = _one("A Bank of Japan official said the plan would fail.", "A Bank of Japan official")
    assert (sp.name, sp.affiliation, sp.country, sp.speaker_type, sp.named) == \
        ("Bank of Japan official", "Bank of Japan", "Japan", "government", False)


def test_a_title_with_of_is_no_organisation():
    # "Former Secretary of State" is his title, not an organisation he works for
    sp = _one("Former Secretary of State and party leader Tom Roe said the plan would fail.",
              "Former Secretary of State and party leader Tom Roe")
    assert (sp.name, sp.role, sp.speaker_type) == ("Tom Roe", "Former Secretary", "government")
    assert not (sp.affiliation or "").startswith("Former Secretary")


# ------------------------------------------------------------------ an outlet named again by its noun
@pytest.mark.parametrize("first, again, name, typ", [
    ("The Washington Post", "The newspaper", "The Washington Post", "media"),
    ("Xinhua", "The agency", "Xinhua", "state_media"),
    ("KCNA", "The news agency", "KCNA", "state_media"),
])
def test_the_outlets_noun_is_the_outlet_with_its_type(first, again, name, typ):
    body = f"{first} reported the sale on Monday. {again} said the plan would fail."
    sp = _one(body, again)
    assert (sp.name, sp.speaker_type, sp.kind) == (name, typ, "outlet")


# ------------------------------------------------------------------ appositives of other shapes
@pytest.mark.parametrize("intro, typ", [
    # an appositive that opens with a possessive name
    # (round 7: a former appointed official speaks for no institution now: other)
    ("Tom Roe, Ann Lund's former national security adviser, spoke on Monday.", "other"),
    ("Tom Roe, Ann Lund's campaign manager, spoke on Monday.", "government"),
    # a relative clause of serving or taking over as
    ("Tom Roe, who served as secretary of state under two presidents, spoke.", "government"),
    ("Tom Roe, who took over as head of the agency last year, spoke.", "government"),
])
def test_a_possessive_or_served_as_appositive_gives_the_role(intro, typ):
    body = f"Ann Lund spoke first.\n\n{intro}\n\nRoe said the plan would fail."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type) == ("Tom Roe", typ)


@pytest.mark.parametrize("intro", [
    # a comma after the name that opens no appositive of his
    "For Tom Roe, Arden's uprising against the European Union is a warning.",
    "Tom Roe, Ann Lund's neighbour, spoke on Monday.",
])
def test_no_role_from_a_possessive_clause_that_names_none(intro):
    body = f"{intro}\n\nRoe said the plan would fail."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type) == ("Tom Roe", "other")


# ------------------------------------------------------------------ coordinated countries, outlets, bodies
@pytest.mark.parametrize("mention, name", [
    ("The U.S. and Norway", "US and Norwegian governments"),         # the period of initials stays
    ("Both Oslo and Stockholm", "Norwegian and Swedish governments"),  # "both" only marks the pair
])
def test_coordinated_countries_are_their_governments(mention, name):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.speaker_type) == (name, "government")


def test_the_us_with_its_period_is_the_us_government():
    sp = _one("The U.S. said the plan would fail.", "The U.S.")
    assert (sp.name, sp.speaker_type, sp.country) == ("US government", "government", "United States")


def test_two_demonyms_before_officials_are_one_group_of_both_countries():
    sp = _one("American and Norwegian officials said the plan would fail.", "American and Norwegian officials")
    assert (sp.name, sp.speaker_type, sp.named, sp.vague) == ("US and Norwegian officials", "government", False, True)


@pytest.mark.parametrize("mention, name, typ", [
    ("Britain's public broadcaster BBC", "BBC", "media"),
    ("China's official Xinhua News Agency (Xinhua)", "Xinhua", "state_media"),
])
def test_an_outlet_after_its_description_is_the_outlet(mention, name, typ):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.speaker_type, sp.kind) == (name, typ, "outlet")


def test_an_office_that_speaks_has_its_type():
    sp = _one("Norway's national security office said the plan would fail.", "Norway's national security office")
    assert (sp.name, sp.speaker_type) == ("Norwegian national security office", "government")
    # a person at an unnamed body keeps the role path ("a spokesman for the office")
    sp = _one("The foundation said the plan would fail.", "The foundation")
    assert sp.speaker_type == "expert_think_tank"


def test_the_head_of_state_is_the_president_named_before():
    body = "President Ann Lee of Norway spoke on Monday.\n\nThe head of state said the plan would fail."
    sp = _one(body, "The head of state")
    assert sp.name == "Ann Lee"
    # a prime minister heads a government, not the state
    body = "Prime Minister Ann Lee spoke on Monday.\n\nThe head of state said the plan would fail."
    assert _one(body, "The head of state").name != "Ann Lee"


def test_a_capitals_state_media_are_the_countrys():
    sp = _one("Oslo's state media said the plan would fail.", "Oslo's state media")
    assert (sp.name, sp.speaker_type, sp.country) == ("Norwegian state media", "state_media", "Norway")


# ------------------------------------------------------------------ the role held now; a country's body
@pytest.mark.parametrize("intro, typ", [
    ("Ann Roe, a former State Department official who now teaches at Harmon College, spoke.", "expert_academic"),
    ("Ann Roe, a former professor who now heads the agency, spoke.", "government"),
    # no "now": the former role is the description, a past office (round 7: other, no institution now)
    ("Ann Roe, a former State Department official who lives in Dale, spoke.", "other"),
])
def test_a_former_role_yields_to_the_role_held_now(intro, typ):
    sp = _one(f"{intro}\n\nRoe said the plan would fail.", "Roe")
    assert (sp.name, sp.speaker_type) == ("Ann Roe", typ)


@pytest.mark.parametrize("mention, name", [
    ("A spokesperson for the Norway Foreign Ministry", "Norwegian Foreign Ministry spokesperson"),
    ("A spokesman for the U.S. State Department", "US State Department spokesman"),
])
def test_a_countrys_name_before_its_ministry_is_its_adjective(mention, name):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.speaker_type) == (name, "government")


def test_a_place_name_inside_an_institutes_name_stays():
    mention = "A spokesman for the Norway Institute of Peace Studies"
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert "Norway Institute" in sp.name and "Norwegian" not in sp.name


@pytest.mark.parametrize("intro, typ", [
    ("Tom Roe spoke on Monday. He is a professor at Arden University.", "expert_academic"),
    ("Ann Roe spoke on Monday. She was the state's attorney general until 2019.", "government"),
    # the sentence before names someone else too: whose "he" is unclear
    ("Tom Roe met Ann Lund on Monday. He is a professor at Arden University.", "other"),
    # no role noun heads the predicate
    ("Tom Roe spoke on Monday. He is a keen sailor.", "other"),
])
def test_a_pronoun_copula_after_a_sentence_opening_with_the_name(intro, typ):
    sp = _one(f"{intro}\n\nThe vote went on.\n\nRoe said the plan would fail.", "Roe")
    assert (sp.name, sp.speaker_type) == ("Tom Roe" if "Tom" in intro else "Ann Roe", typ)


# ------------------------------------------------------------------ a person's election campaign
@pytest.mark.parametrize("intro, typ", [
    ("Tom Roe toured Dale. Roe's campaign said turnout was high.", "government"),
    ("Tom Roe toured Dale. The Roe campaign bought ads.", "government"),
    ("Tom Roe toured Dale. Roe's presidential campaign bought ads.", "government"),
    ("Tom Roe toured Dale. Roe's campaign manager spoke.", "government"),
    ("Tom Roe toured Dale. A Roe campaign official spoke.", "government"),
    # no election campaign
    ("Tom Roe toured Dale. Roe's campaign experiment ended.", "other"),
    ("Tom Roe toured Dale. Roe's campaign against the dam ended.", "other"),
    # two people share the surname: whose campaign is unclear
    ("Tom Roe toured Dale with his father, Ed Roe. The Roe campaign bought ads.", "other"),
])
def test_a_persons_election_campaign_makes_a_candidate(intro, typ):
    sp = _one(f"{intro}\n\nThe vote went on.\n\nTom Roe said the plan would fail.", "Tom Roe")
    assert (sp.name, sp.speaker_type) == ("Tom Roe", typ)


# ------------------------------------------- review mends: a verb of leading needs an organisation
@pytest.mark.parametrize("intro", [
    "Tom Roe led the agency's critics in the hearing.",
    "Tom Roe ran the police department's charity marathon.",
    "Tom Roe led the court challenge to the law.",
    "Tom Roe oversaw the court renovation.",
])
def test_leading_an_object_that_only_holds_an_organisation_word_gives_no_role(intro):
    body = f"{intro}\n\nThe vote went on.\n\nRoe said the plan would fail."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type, sp.role) == ("Tom Roe", "other", None)


@pytest.mark.parametrize("intro, role", [
    ("Tom Roe has led the agency since 2019.", "leader of the agency"),
    ("Tom Roe heads the city's police department.", "head of the city's police department"),
])
def test_leading_an_organisation_still_gives_the_role(intro, role):
    body = f"{intro}\n\nThe vote went on.\n\nRoe said the plan would fail."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type, sp.role) == ("Tom Roe", "government", role)


# ------------------------------- review mends: which next-sentence descriptions refer back
@pytest.mark.parametrize("intro", [
    "Tom Roe has a plan for the port. The mayor rejected it on Monday.",     # one holder per place
    "Tom Roe wrote a letter. The former governor criticised him for it.",    # him is Roe
])
def test_a_next_sentence_office_holder_who_is_someone_else_gives_no_role(intro):
    body = f"{intro}\n\nThe vote went on.\n\nRoe said the plan would fail."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type, sp.role) == ("Tom Roe", "other", None)


def test_the_bare_unique_office_is_not_the_person_named_before():
    body = "Tom Roe has a plan for the port. The mayor rejected it on Monday.\n\nThe mayor said the plan would fail."
    assert _one(body, "The mayor").name != "Tom Roe"


@pytest.mark.parametrize("intro, role", [
    ("Tom Roe has a plan for the port. The former mayor spoke on Monday.", "former mayor"),
    ("Foreign Minister Tom Roe spoke. The diplomat lashed out at the critics.", None),
])
def test_a_next_sentence_description_still_refers_back(intro, role):
    body = f"{intro}\n\nThe diplomat said the plan would fail."
    if role is not None:
        sp = _one(body.replace("The diplomat said", "Roe said"), "Roe")
        assert (sp.name, sp.role) == ("Tom Roe", role)
    else:
        assert _one(body, "The diplomat").name == "Tom Roe"


# ---------------------------------------------- review mends: an issue campaign is no candidacy
@pytest.mark.parametrize("intro", [
    "Tom Roe spoke. Roe's campaign to cut sugar in schools grew.",
    "Tom Roe spoke. Roe's campaign for clean air grew.",
    "Tom Roe spoke. Roe's campaign of harassment ended.",
    "Tom Roe spoke. Roe's campaign against the bank worked.",
])
def test_an_issue_campaign_makes_no_candidate(intro):
    body = f"{intro}\n\nThe vote went on.\n\nRoe said the plan would fail."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type) == ("Tom Roe", "other")


@pytest.mark.parametrize("intro", [
    "Tom Roe spoke. Roe's campaign for governor grew.",
    "Tom Roe spoke. Roe's campaign for the Democratic nomination grew.",
    "Tom Roe spoke. Roe's campaign for a second term grew.",
    "Tom Roe spoke. Roe's campaign to unseat the mayor grew.",
])
def test_an_election_campaign_with_its_object_still_makes_a_candidate(intro):
    body = f"{intro}\n\nThe vote went on.\n\nRoe said the plan would fail."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type, sp.role) == ("Tom Roe", "government", "candidate")


# ------------------------------------------- review mends: the head of state holds an office of state
@pytest.mark.parametrize("intro", [
    "Tom Roe, the president of Arden Steel, met Prime Minister Ann Lee on Monday.",
    "Tom Roe, the president of Arden Steel, spoke on Monday.",
])
def test_the_head_of_state_is_no_company_president(intro):
    body = f"{intro}\n\nThe head of state said the plan would fail."
    assert _one(body, "The head of state").name != "Tom Roe"


def test_the_head_of_state_is_still_the_king_beside_a_university_president():
    body = ("King Tom Roe met Ann Lee, the president of Arden University, on Monday.\n\n"
            "The head of state said the plan would fail.")
    assert _one(body, "The head of state").name == "Tom Roe"


# --------------------------------------- review mends: initials other bodies share are no alias
@pytest.mark.parametrize("mention", ["The ECB", "The BIS"])
def test_shared_initials_name_no_international_body(mention):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert sp.speaker_type != "international_org"


@pytest.mark.parametrize("mention, name", [
    ("The GCC", "Gulf Cooperation Council"),
    ("The European Central Bank", "European Central Bank"),
    ("The Bank for International Settlements", "Bank for International Settlements"),
])
def test_an_international_bodys_full_name_or_own_initials_still_name_it(mention, name):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert (sp.name, sp.speaker_type) == (name, "international_org")


# ------------------------ review mends: 'He is a ...' after a sentence that describes someone else
@pytest.mark.parametrize("intro", [
    "Tom Roe met the senator on Monday. He is a professor at Arden University.",
    "Tom Roe met a former senator on Monday. He is a professor at Arden University.",
])
def test_a_pronoun_copula_after_someone_elses_role_gives_no_role(intro):
    body = f"{intro}\n\nRoe said the plan would fail."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type) == ("Tom Roe", "other")


def test_a_pronoun_copula_after_the_persons_own_appositive_still_gives_the_role():
    body = ("Tom Roe, a keen sailor, spoke on Monday. He is a professor at Arden University.\n\n"
            "Roe said the plan would fail.")
    assert _one(body, "Roe").speaker_type == "expert_academic"


# ------------------------------------------ review mends: the verbs of leading are lexicon data
def test_the_verbs_of_leading_come_from_roles_yaml_with_their_forms():
    from analysis.extract.speakers.lexicons import load_roles
    forms = load_roles().leading_verbs
    assert forms["heads"] == forms["headed"] == forms["had headed"] == forms["oversaw"] == "head"
    assert forms["has led"] == forms["led"] == "leader" and forms["has overseen"] == "head"
    assert forms["co-founded"] == "co-founder" and "has founded" not in forms and "manages" not in forms


def test_a_leading_verb_without_an_agent_noun_is_a_lexicon_error(tmp_path):
    from analysis.extract.speakers.lexicons import load_roles
    from analysis.lexicons import LexiconError
    bad = tmp_path / "roles.yaml"
    bad.write_text("role_verbs:\n  entries: {heads: head}\n  leading: [heads, steers]\n")
    with pytest.raises(LexiconError, match="steers"):
        load_roles(bad)


def test_an_irregular_past_of_leading_still_gives_the_role():
    body = "Tom Roe oversaw the agency for a decade.\n\nThe vote went on.\n\nRoe said the plan would fail."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type, sp.role) == ("Tom Roe", "government", "head of the agency")


# --------------------------------------- review mends: one preposition cut for role heads
def test_one_preposition_cut_serves_predicates_resolver_and_types():
    from analysis.extract.speakers.helpers import _before_preposition
    assert _before_preposition("a protester against the mayor") == "a protester"
    assert _before_preposition("adviser to the president") == "adviser"
    assert _before_preposition("the court challenge to the law") == "the court challenge"
    assert _before_preposition("the agency") == "the agency"


def test_a_role_word_after_against_heads_no_copular_role():
    body = "Tom Roe is a protester against the mayor.\n\nThe vote went on.\n\nRoe said the plan would fail."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type, sp.role) == ("Tom Roe", "other", None)


# ------------------------------- review mends: a judge of a contest holds no office of a court
@pytest.mark.parametrize("intro", [
    "Tom Roe became a judge of the baking contest.",
    "Tom Roe is a judge on the talent show.",
    "Tom Roe spoke on Monday. He is a judge of the baking contest.",
])
def test_a_judge_of_a_contest_gives_no_role(intro):
    body = f"{intro}\n\nThe vote went on.\n\nRoe said the plan would fail."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type, sp.role) == ("Tom Roe", "other", None)


@pytest.mark.parametrize("intro", [
    "Tom Roe became a judge of the district court in 2010.",
    "Tom Roe became a judge in 2010.",
    "Tom Roe is a justice of the Supreme Court.",
])
def test_a_judge_of_a_court_or_a_bare_judge_is_the_bench_typed_other(intro):
    # round 18: the bench is typed other (set 14's convention, roles.yaml types)
    body = f"{intro}\n\nThe vote went on.\n\nRoe said the plan would fail."
    sp = _one(body, "Roe")
    assert (sp.name, sp.speaker_type) == ("Tom Roe", "other")
