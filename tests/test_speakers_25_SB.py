"""Round 25 (helper SB, speakers): definite descriptions that refer back to a person named before ("The
Dalish diplomat" after an ambassador, "the head of the foreign policy department" after a foreign minister
named with a full protocol title "Minister of Foreign Affairs of <Country> <Name>") and source types.  Every
sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


def _speakers_of(got: list[tuple[str, str, str]], mention: str) -> list[tuple[str, str]]:
    return [(n, t) for m, n, t in got if m == mention]


# ---------------------------------------------------------------- "the <demonym> diplomat" = an ambassador

def test_the_diplomat_refers_back_to_an_ambassador_named_before() -> None:
    got = _resolved("The talks were held on Monday with the Ambassador of Denmark to Kenya, "
                    "Henrik Aalund.\n\nThe Danish diplomat, in turn, expressed thanks for the welcome and "
                    "said the accord \"harms no one\".\n")
    assert set(_speakers_of(got, "The Danish diplomat")) == {("Henrik Aalund", "government")}


def test_the_diplomat_of_another_country_is_not_the_ambassador() -> None:
    got = _resolved("The talks were held on Monday with the Ambassador of Denmark to Kenya, "
                    "Henrik Aalund.\n\nA French diplomat said the accord \"harms no one\".\n")
    assert all(n != "Henrik Aalund" for m, n, _ in got)


# ---------------------------------------------------------------- a full protocol title before a name

def test_a_title_with_portfolio_and_country_before_a_name_gives_the_person_that_role() -> None:
    got = _resolved("The line was set out on Tuesday by Minister of Foreign Affairs of Kenya Wanjiru Odhiambo "
                    "during a meeting in Nairobi. As the ministry reported, the head of the foreign policy "
                    "department noted that the ties were \"long-standing\".\n")
    assert ("Wanjiru Odhiambo", "government") in _speakers_of(got, "the head of the foreign policy department")


def test_a_foreign_minister_named_with_a_double_title_is_the_head_of_the_foreign_policy_department() -> None:
    got = _resolved("The line was set out by Deputy Chairman of the Cabinet of Ministers, Minister of Foreign "
                    "Affairs of Kenya Wanjiru Odhiambo during a meeting.\n\nThe head of the foreign policy "
                    "department said the ties were \"long-standing\".\n")
    assert _speakers_of(got, "The head of the foreign policy department") == [("Wanjiru Odhiambo", "government")]


# ---------------------------------------------------------------- two titles joined by "and" before one name

def test_two_titles_joined_by_and_are_both_the_person_s_and_the_first_refers_back() -> None:
    got = _resolved("NAIROBI – Kenya's Deputy Prime Minister and Foreign Minister Wanjiru Odhiambo on Monday "
                    "called the pact \"a deal of convenience\".\n\nSpeaking after a cabinet meeting, the deputy "
                    "prime minister said Kenya had no information on the shipments.\n")
    assert _speakers_of(got, "the deputy prime minister") == [("Wanjiru Odhiambo", "government")]


def test_a_name_then_and_then_a_titled_name_are_two_people() -> None:
    got = _resolved("Prime Minister Ana Kolb and Foreign Minister Tomas Reder met on Monday. Reder said the "
                    "pact was \"a deal of convenience\". Kolb said it was \"fragile\".\n")
    assert [n for m, n, _ in got] == ["Tomas Reder", "Ana Kolb"]


# ---------------------------------------------------------------- source types

def test_a_body_the_article_calls_a_think_tank_types_its_director_a_think_tank_expert() -> None:
    got = _resolved("Ana Roe, director of the Harwick Lab (HL), a Dalton think tank, said the treaty is a "
                    "signal. \"It is simple,\" Roe told the Test Wire.\n")
    assert set(_speakers_of(got, "Ana Roe, director of the Harwick Lab (HL), a Dalton think tank")) == \
        {("Ana Roe", "expert_think_tank")}
    assert _speakers_of(got, "Roe") == [("Ana Roe", "expert_think_tank")]


def test_a_body_the_article_calls_a_company_leaves_its_director_other() -> None:
    got = _resolved("Ana Roe, director of the Harwick Lab, a software company, said the treaty is a signal.\n")
    assert [t for _, _, t in got] == ["other"]


def test_the_paper_s_editor_in_chief_is_media() -> None:
    got = _resolved("Our editor-in-chief, Jonas Maes, replied on Friday that the paper would not withdraw the "
                    "drawing. \"Satire is not hatred,\" he wrote.\n")
    assert {t for _, _, t in got} == {"media"}
    assert {n for _, n, _ in got} == {"Jonas Maes"}


def test_a_professor_s_later_titled_mention_keeps_the_academic_type() -> None:
    got = _resolved("In the opinion of Professor Selin Avci, head of the department of law at the Institute of "
                    "Foreign Relations of the Ministry of Foreign Affairs of Kenya, the pact reflects \"a wish to "
                    "escape pressure\".\n\nThe text says each party shall help the other \"without delay\". "
                    "Professor Avci recalled that similar wording had been in the 1961 treaty.\n")
    assert _speakers_of(got, "Professor Avci") == [("Selin Avci", "expert_academic")]


# ---------------------------------------------------------------- pronouns

def test_he_after_a_role_with_an_appositive_name_is_that_name_not_an_earlier_holder_of_the_role() -> None:
    got = _resolved("Foreign Minister Ambassador Tendai Moyo said Harare respected the right of Moscow to choose. "
                    "\"We know sanctions,\" said Amb Moyo.\n\nThe minister added that the country would never "
                    "\"apologise for its friendships\".\n\nSpain's Ambassador to Zambia, Mr Diego Ferrer, told "
                    "the paper that the deal was defensive and \"threatens no one\". He said Madrid valued its "
                    "\"old friendship\" with Lusaka.\n")
    assert _speakers_of(got, "He") == [("Diego Ferrer", "government")]


def test_he_in_a_relative_clause_on_the_message_the_subject_sent_is_the_subject() -> None:
    got = _resolved("General Tom Vale also sent a message to President Ana Roe, in which he expressed confidence "
                    "that Arden would \"stand with friends\".\n")
    assert _speakers_of(got, "he") == [("Tom Vale", "government")]


def test_she_in_a_relative_clause_on_another_person_s_speech_is_not_the_subject() -> None:
    got = _resolved("General Tom Vale attended President Ana Roe's dinner, in which she expressed confidence "
                    "that Arden would \"stand with friends\".\n")
    assert _speakers_of(got, "she") == [("Ana Roe", "government")]


# ---------------------------------------------------------------- parties

def test_a_party_named_with_party_of_is_a_political_organisation() -> None:
    got = _resolved("Tom Vale, a lawmaker from the opposition Party of Northern Unity (PNU), said the government "
                    "was \"dramatising\" it. The PNU, which echoes the Kremlin, has accused the ruling party of "
                    "lying.\n")
    assert set(_speakers_of(got, "The PNU")) == {("Party of Northern Unity", "other")}   # round 30: an opposition party


def test_initials_of_a_name_in_its_own_language_order_expand_to_the_name() -> None:
    got = _resolved("Tom Vale, a lawmaker from the opposition Party of Northern Unity (PUN), said the government "
                    "was \"dramatising\" it. The PUN, which echoes the Kremlin, has accused the ruling party of "
                    "lying.\n")
    assert {(n, t) for m, n, t in got if m.startswith("The PUN")} == {("Party of Northern Unity", "other")}   # round 30: an opposition party


def test_a_party_of_common_nouns_is_no_party() -> None:
    got = _resolved("A party of tourists from Dale said the museum was \"wonderful\".\n")
    assert all(t != "government" for _, _, t in got)


# ---------------------------------------------------------------- "Chairman of the <INITIALS> <rank> <Name>"

def test_a_chair_of_a_body_s_initials_with_a_rank_before_the_name_is_the_name() -> None:
    got = _resolved("Chairman of the NDC Senior General Aung Kyaw Min met envoys of Dale on Monday. He said ties "
                    "were \"strong\".\n")
    assert _speakers_of(got, "He") == [("Aung Kyaw Min", "government")]


# ---------------------------------------------------------------- "the <demonym> press"

def test_the_press_of_a_country_is_media() -> None:
    got = _resolved("Ships were seen near the port, the Dalish press reported.\n")
    assert [(n, t) for _, n, t in got] == [("Dalish press", "media")]


def test_the_press_secretary_is_no_press() -> None:
    got = _resolved("The press secretary said the talks failed.\n")
    assert [t for _, _, t in got] == ["government"]


def test_the_director_of_a_policy_lab_is_a_think_tank_expert() -> None:
    got = _resolved("Ana Roe, director of the Dale Policy Lab, said it was fine.\n")
    assert [(n, t) for _, n, t in got] == [("Ana Roe", "expert_think_tank")]
