"""Round 32 (fixer FX5): mends of reviewer RV5's findings on helper SB's speaker rules. A shadow/rival/parallel
word before a ministry's name says nothing of the ministry; an office after 'its' is not a state's unless ...
Every sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


def _types(body: str, **kw) -> list[tuple[str, str]]:
    return [(n, t) for _, n, t in _resolved(body, **kw)]


# ---------------------------------------------------------------- 1: "the shadow Home Office team" (UK frontbench)

def test_a_shadow_frontbench_team_leaves_the_ministry_a_government_body() -> None:
    got = _types("The Home Office said the plan was \"on course\".\n\n"
                 "The shadow Home Office team called the plan \"a fiasco\".\n")
    assert got[0] == ("Home Office", "government")


def test_a_shadow_secretary_leaves_the_secretary_a_government_office() -> None:
    got = _types("The Home Secretary said the plan was \"on course\", while the shadow Home Secretary "
                 "called it \"a fiasco\".\n")
    assert got[0] == ("Home Secretary", "government")


def test_a_rival_report_leaves_the_office_a_government_body() -> None:
    got = _types("The Cabinet Office said the audit was \"thorough\". A rival Cabinet Office report "
                 "called it \"hasty\".\n")
    assert got[0] == ("Cabinet Office", "government")


def test_a_shadow_team_leaves_the_treasury_official_a_government_one() -> None:
    got = _types("Mira Kell, the Treasury's chief secretary, said spending was \"on track\". "
                 "The shadow Treasury team disagreed.\n")
    assert got[0] == ("Mira Kell", "government")


def test_a_body_called_a_government_in_exile_later_is_other() -> None:
    got = _types("The Vessa Unity Government (VUG), the shadow administration formed after the coup, said "
                 "the poll was \"a sham\".\n\nThe VUG said talks were \"over\".\n")
    assert got[-1] == ("Vessa Unity Government", "other")


# ---------------------------------------------------------------- 2: "signed by its chairman, <Name>," of a club

def test_a_clubs_chairman_after_its_is_no_government_office() -> None:
    got = _types("The rowing club, in a note signed by its chairman, Olav Brisk, hailed the win.\n\n"
                 "Brisk later told reporters the result was \"deserved\".\n")
    assert got[-1] == ("Olav Brisk", "other")


def test_a_ministrys_office_after_its_keeps_the_office_without_its() -> None:
    import datetime as dt
    from analysis.corpus import Article
    from analysis.text import parse_article
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    body = ("The ministry, in a note signed by its spokeswoman, Irma Vost, praised the \"resolve\" of both.\n\n"
            "Vost later told reporters that the deal \"stands\".\n")
    d = parse_article(Article(outlet="Test Wire", title="A test", date=dt.date(2024, 6, 20), body=body))
    found = extract_attributions(d)
    sp = resolve_speakers(d, found)[-1]
    assert (sp.name, sp.speaker_type, sp.role) == ("Irma Vost", "government", "spokeswoman")


# ---------------------------------------------------------------- 3: "... Authority" only for a public body itself

def test_a_charity_called_an_authority_is_not_government() -> None:
    got = _types("Pia Lund, head of the Renters Authority, a charity, said rents were \"absurd\".\n")
    assert got == [("Pia Lund", "other")]


def test_an_industry_standards_authority_is_not_government() -> None:
    got = _types("The Billboard Standards Authority said the poster was \"misleading\".\n")
    assert got == [("Billboard Standards Authority", "other")]


def test_a_ports_authority_is_still_government() -> None:
    got = _types("The Vessan Ports Authority said the quay was \"shut\".\n")
    assert got == [("Vessan Ports Authority", "government")]


# ---------------------------------------------------------------- 4: "of" inside a fronted phrase still closes it

def test_of_inside_a_fronted_phrase_keeps_the_subject_apart() -> None:
    got = _resolved("At a session of the Vessa Grain Board (VGB) senior officials said the quota was \"unfair\".\n")
    assert got[0][0] == "senior officials"


def test_of_after_a_fronted_noun_keeps_the_delegates_apart() -> None:
    got = _resolved("At the close of the Vessa Health Forum (VHF) summit delegates said the pact was \"vital\".\n")
    assert got[0][0] == "summit delegates"


def test_of_after_the_subject_head_still_joins_the_body() -> None:
    got = _resolved("An official of the Vessa Grain Board (VGB) said the quota was \"unfair\".\n")
    assert got[0][0] == "An official of the Vessa Grain Board (VGB)"


# ---------------------------------------------------------------- 5: "the ruling party's mouthpiece" of a body

def test_a_state_run_league_called_a_mouthpiece_is_no_outlet() -> None:
    got = _types("The state-run Vessa Youth League, the ruling party's mouthpiece, said the ban was \"needed\".\n")
    assert got[0][1] == "other"


def test_a_state_run_paper_called_a_mouthpiece_is_still_state_media() -> None:
    got = _types("The state-run Morning Lamp of Eritrea, long the regime's mouthpiece, said the ban was \"needed\".\n")
    assert got == [("Morning Lamp of Eritrea", "state_media")]


# ---------------------------------------------------------------- 7: one body, one type, its appositive in the mention

def test_a_government_in_exile_has_one_type_from_its_first_mention() -> None:
    got = _types("The Vessa Unity Government (VUG), Vessa's government in exile, said the poll was \"a sham\".\n\n"
                 "The VUG said talks were \"over\".\n")
    assert [t for _, t in got] == ["other", "other"]


def test_a_parallel_administration_in_the_mention_is_other() -> None:
    got = _types("The Vessa Unity Government, a parallel administration formed by ousted deputies, said the poll "
                 "was \"a sham\".\n")
    assert got[0][1] == "other"


# ---------------------------------------------------------------- 8: level words alike whatever the owner word

def test_a_capitals_federal_government_is_the_states() -> None:
    got = _types("Nairobi's central government said the road was \"open\".\n")
    assert got == [("Kenyan government", "government")]


def test_a_capitalised_federal_after_a_states_possessive_is_dropped_too() -> None:
    got = _types("Kenya's Federal Government said the road was \"open\".\n")
    assert got == [("Kenyan government", "government")]


# ---------------------------------------------------------------- 9: a vox-pop sentence after '?', '!' or '."'

def test_a_street_interview_after_a_quoted_full_stop_is_a_vox_pop() -> None:
    got = _types("The mayor called the rise \"brief.\" In street interviews in Vessa, a porter said fares were "
                 "\"absurd\".\n")
    assert got[-1] == ("Porter in Vessa", "unnamed")


def test_a_street_interview_after_a_question_is_a_vox_pop() -> None:
    got = _types("Is the rise brief? In street interviews in Vessa, a porter said fares were \"absurd\".\n")
    assert got[-1] == ("Porter in Vessa", "unnamed")


# ---------------------------------------------------------------- 10: "from one of the 27 <ORG> member states"

def test_a_diplomat_from_one_of_the_member_states_is_a_states() -> None:
    got = _types("A diplomat from one of the 27 EU member states said the pact \"will hold\".\n")
    assert got == [("Diplomat from one of the 27 EU member states", "government")]


def test_an_analyst_for_a_member_country_is_no_states() -> None:
    got = _types("An analyst for an OPEC member country said the quota was \"overdue\".\n")
    assert got == [("Analyst for an OPEC member country", "international_org")]


# ---------------------------------------------------------------- 13: the appositive after the mention, a paper noun

def test_a_state_run_name_a_later_appositive_calls_a_daily_is_state_media() -> None:
    got = _resolved("The state-run Morning Lamp of Eritrea, long the regime's daily, said the ban was \"needed\".\n")
    assert got == [("The state-run Morning Lamp of Eritrea", "Morning Lamp of Eritrea", "state_media")]


def test_a_capitalised_transitional_federal_government_keeps_its_name() -> None:
    got = _types("Chad's Transitional Federal Government said the levy was \"unhelpful\" to traders.\n")
    assert got == [("Chadian Transitional Federal Government", "government")]


# ---------------------------------------------------------------- 6: a level-word government coordinated with a body

def test_a_states_central_government_and_a_named_body_are_joined() -> None:
    got = _types("Kenya's central government and the Vessa Regional Council said in a joint note that the pact "
                 "was \"final\".\n")
    assert got == [("Kenyan government and Vessa Regional Council", "government")]
