"""Round 31 (helper SA): person name forms, offices written before names and back-references to persons, as
general rules, on sentences written here (invented names, places and bodies): a diplomatic rank's title with
post-positive qualifiers, initials of the given names glued to a surname, an office before a one-word name with a
glued initial."""

from __future__ import annotations

from tests._attribution_helpers import resolved


def _names(body: str, **kw) -> list[str]:
    return [name for _, name, _ in resolved(body, **kw)]


# ---------------------------------------------------------------- a diplomatic rank's long title
def test_an_ambassador_extraordinary_and_plenipotentiary_is_one_title_before_the_name():
    body = ("At a briefing on Monday, Ambassador Extraordinary and Plenipotentiary of the Republic of Arden to Tonga "
            "Pavel Ivanovich Serov stated that the accord \"harms nobody\". The ambassador said trade would grow.")
    assert resolved(body) == [
        ("Ambassador Extraordinary and Plenipotentiary of the Republic of Arden to Tonga Pavel Ivanovich Serov",
         "Pavel Ivanovich Serov", "government"),
        ("The ambassador", "Pavel Ivanovich Serov", "government")]


def test_two_people_joined_by_and_are_still_two():
    body = "Ana Roe and Tom Lee said the bridge would close."
    assert _names(body) != ["Ana Roe"]


# ---------------------------------------------------------------- initials glued to a surname
def test_initials_of_given_name_and_patronymic_glued_to_the_surname_refer_back():
    body = ("Envoy of the Republic of Arden to the Kingdom of Tonga Irina Olegovna Petrova said the port would open. "
            "I.O.Petrova stressed that the fees would stay. I.O. Petrova added that ships were welcome.")
    assert _names(body) == ["Irina Olegovna Petrova"] * 3


def test_initials_that_do_not_fit_the_given_names_are_another_person():
    body = ("Envoy of the Republic of Arden to the Kingdom of Tonga Irina Olegovna Petrova said the port would open. "
            "K.L.Petrova said the fees would rise.")
    assert _names(body)[1] != "Irina Olegovna Petrova"


# ---------------------------------------------------------------- an office before a one-word glued name
def test_an_office_and_its_body_before_a_glued_initial_name_are_no_part_of_it():
    body = ("Senior researcher at the Institute of Steppe Water Studies Kh.Nomin said the dam \"changes the valley\". "
            "Kh.Nomin believes the herders should be heard.")
    assert resolved(body) == [
        ("Senior researcher at the Institute of Steppe Water Studies Kh.Nomin", "Kh.Nomin", "expert_think_tank"),
        ("Kh.Nomin", "Kh.Nomin", "expert_think_tank")]


def test_a_department_head_before_a_glued_initial_name_is_a_government_official_and_stays_so():
    body = ("Head of the Treaty Department at the Ministry of Foreign Affairs of Mongolia B.Tuvshin told reporters "
            "that the talks would go on. B.Tuvshin said the ministry was \"calm\".")
    assert [(n, t) for _, n, t in resolved(body)] == [("B.Tuvshin", "government")] * 2


def test_a_member_of_an_assembly_with_a_party_in_brackets_is_a_politician():
    body = "Member of the Provincial Assembly O.Saruul (Green Steppe Party) urged the council to \"say more\"."
    assert [(n, t) for _, n, t in resolved(body)] == [("O.Saruul", "government")]


# ---------------------------------------------------------------- callers named by a given name and a place
def test_a_caller_named_by_given_name_and_place_is_that_person_and_her_pronoun_too():
    body = ("Fuel prices rose again. Nuala from Dunmore, a mother of three, said she worried about the winter. "
            "\"It is the oil,\" she told the host.")
    assert resolved(body) == [("Nuala from Dunmore, a mother of three", "Nuala", "other"),
                              ("she", "Nuala", "other")]


def test_a_relative_who_after_a_caller_and_an_appositive_is_the_caller():
    body = "First on the line was Tadhg from Kilkee, a retired bus driver, who said he had seen worse winters."
    assert [(n, t) for _, n, t in resolved(body)] == [("Tadhg", "other")]


def test_plural_english_nouns_from_a_place_are_no_given_name():
    body = "Officials from Dunmore said the road would reopen on Monday."
    assert _names(body) != ["Officials"]


# ---------------------------------------------------------------- pronouns
def test_she_continues_the_person_the_sentence_before_calls_her():
    body = ("Senator Ann Roe said the bill was bad. The vote, she said, was close. "
            "Host Kim Lane put it to her that the bill was popular. She conceded that it was.")
    assert _names(body) == ["Ann Roe", "Ann Roe", "Kim Lane", "Ann Roe"]


def test_a_constituency_after_member_of_parliament_for_and_a_party_in_brackets_are_no_person():
    body = ("The plan drew fire from Siti Aminah binti Yusof, the member of parliament for Bukit Tinggi (Green "
            "Front), who spoke on Monday. She said the plan was \"a disgrace\".")
    assert _names(body)[-1] == "Siti Aminah binti Yusof"


def test_a_one_word_given_name_before_particles_is_registered_for_a_later_pronoun():
    body = ("Is it an alliance?\n\nThe pact is, to Margarethe von Altdorf of the Selm Institute, a bargain. "
            "She argues that Moscow \"paid too much\".")
    assert _names(body) == ["Margarethe von Altdorf"]


def test_an_object_pronoun_in_another_clause_leaves_the_subject_as_antecedent():
    body = ("Sam Reed, a client, said he had lost his savings. Tom Vey, a lawyer, said the case was weak. "
            "After court, Vey told reporters Abel had threatened to sue him. \"I will not go quietly,\" he said.")
    assert _names(body)[-1] == "Tom Vey"


# ---------------------------------------------------------------- a named person's office repeated
def test_a_shortened_office_written_before_with_a_name_refers_back_to_its_holder():
    body = ("Tom Lee, Chairman of the Harbour Affairs Commission of Arden, opened the quay. "
            "The Chairman of the Harbour Affairs said more ships would come.")
    assert [(n, t) for _, n, t in resolved(body)][-1] == ("Tom Lee", "government")


def test_an_office_written_before_a_name_refers_back_to_its_holder():
    body = ("Minister of Coastal Works Ana Roe opened the port on Monday. "
            "The Minister of Coastal Works said the fees were \"fair\".")
    assert _names(body) == ["Ana Roe"]


def test_an_office_two_people_held_refers_to_neither():
    body = ("Minister of Coastal Works Ana Roe met Minister of Coastal Works Tom Lee of Dale on Monday. "
            "The Minister of Coastal Works said the fees were \"fair\".")
    assert _names(body)[-1] not in ("Ana Roe", "Tom Lee")


# ---------------------------------------------------------------- a university's unit
def test_a_department_at_a_university_named_in_its_own_language_is_academic():
    body = ("Siti Rahmah of the Department of Marine Studies at Universiti Pantai Timur said the pact was \"a worry\". "
            "Tom Lee of the Department of Trade said it was \"new\".")
    assert [(n, t) for _, n, t in resolved(body)] == [("Siti Rahmah", "expert_academic"), ("Tom Lee", "government")]


def test_the_body_after_a_name_in_the_words_of_types_the_later_pronoun():
    body = ("Is it an alliance?\n\nThe pact is, in the words of Margarethe von Altdorf of the Selm Institute for "
            "Security Studies, \"a bargain\". She argues that Moscow \"paid too much\".")
    assert [(n, t) for _, n, t in resolved(body)][-1] == ("Margarethe von Altdorf", "expert_think_tank")
