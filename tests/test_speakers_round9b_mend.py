"""Speakers, round 9 (b) mend: the review's counter-examples to the round-9 (b) rules.  Articles,
people and organisations are invented for the tests; speaker mentions are given as the attribution
layer should give them (``locate_gold``)."""

from __future__ import annotations

from test_speakers_round9b import _resolve


# ------------------------------------------------------------------ 1. types at an international organisation's seat
_SEAT = "UNITED NATIONS, 3 May — {lead}\n\n"


def test_at_the_seat_national_officials_keep_their_government_type():
    lead = _SEAT.format(lead="The Trusteeship panel heard a report on fishing rights.")
    for sentence, mention in [
            ("The White House press secretary, Nora Pike, said the vote was unfair.",
             "The White House press secretary, Nora Pike"),
            ("The police commissioner said the streets were calm.", "The police commissioner"),
            ("The congressman, Abel Crane, said the vote was unfair.", "The congressman, Abel Crane"),
            ("Irma Solt, the governor of the central bank, said the vote was unfair.",
             "Irma Solt, the governor of the central bank"),
            ("The chancellor, Irma Solt, said the vote was unfair.", "The chancellor, Irma Solt")]:
        q = sentence.split(" said ")[1].rstrip(".")
        [sp] = _resolve(lead + sentence, [(q, "said", mention)])
        assert sp.speaker_type == "government", (mention, sp)


def test_at_the_seat_the_organisations_own_offices_are_international():
    lead = _SEAT.format(lead="The Trusteeship panel heard a report on fishing rights.")
    [sp] = _resolve(lead + "The Secretary-General's envoy for Syria, Anna Dorn, said the talks would go on.",
                    [("the talks would go on", "said", "The Secretary-General's envoy for Syria, Anna Dorn")])
    assert (sp.name, sp.speaker_type) == ("Anna Dorn", "international_org")
    [sp] = _resolve(lead + "Anna Dorn, head of unit in the Department of Field Support, said the talks would go on.",
                    [("the talks would go on", "said", "Anna Dorn, head of unit in the Department of Field Support")])
    assert sp.speaker_type == "international_org"


def test_of_a_state_is_its_delegate_only_at_a_meeting_of_member_states():
    sentence = "Lina Berg of Norway said the leaders had failed her generation."
    mention = [("the leaders had failed her generation", "said", "Lina Berg of Norway")]
    [sp] = _resolve(_SEAT.format(lead="Young campaigners addressed a summit on the oceans.") + sentence, mention)
    assert sp.speaker_type != "government"
    [sp] = _resolve(_SEAT.format(lead="Delegates argued over the fishing accord.") + sentence, mention)
    assert sp.speaker_type == "government"


# ------------------------------------------------------------------ 3. "the <role>, Full Name," names one person only
def test_a_person_role_takes_the_single_name_in_apposition_after_it():
    [sp] = _resolve("The harbour master, Rosa Imre, said the quay was shut.",
                    [("the quay was shut", "said", "The harbour master")])
    assert sp.name == "Rosa Imre"


def test_plural_heads_organisations_and_lists_take_no_name_in_apposition():
    for sentence, mention in [
            ("The two finalists, Rosa Imre, Piet Claes and Ilse Brandt, said the jury was biased.", "The two finalists"),
            ("The brewery, Kestrel Malting Works, said the jury was biased.", "The brewery"),
            ("The harbour master, Rosa Imre, and the pilot said the jury was biased.", "The harbour master")]:
        [sp] = _resolve(sentence, [("the jury was biased", "said", mention)])
        assert sp.name not in ("Rosa Imre", "Kestrel Malting Works"), (mention, sp)


# ------------------------------------------------------------------ 4. the issuer of a statement is the issuing verb's subject
def test_the_issuer_is_the_subject_of_the_issuing_verb_not_of_the_reporting_verb():
    [sp] = _resolve("Coastguards said the skipper, Piet Claes, issued a statement saying the hull was sound.",
                    [("the hull was sound", "saying", "a statement")])
    assert sp.name == "Piet Claes"
    [sp] = _resolve("Piet Claes said the strikers released a statement saying the mill was closed.",
                    [("the mill was closed", "saying", "a statement")])
    assert sp.name != "Piet Claes"


# ------------------------------------------------------------------ 8. nouns of a body (roles.yaml body_heads)
def test_a_body_noun_heads_an_organisation_that_it_refers_back_to():
    for noun in ("watchdog", "regulator", "council", "board"):
        said, it = _resolve(f"The {noun} said the ferry firm had failed. It added that fines would follow.",
                            [("the ferry firm had failed", "said", f"The {noun}"),
                             ("fines would follow", "added", "It")])
        assert said.kind == "organisation" and it.name == said.name, (noun, said, it)


def test_a_person_noun_after_a_body_noun_stays_a_person():
    [sp] = _resolve("The board member said the ferry firm had failed.",
                    [("the ferry firm had failed", "said", "The board member")])
    assert sp.kind == "person"


# ------------------------------------------------------------------ 2. no gender vote when the appositive names another referent
def test_a_pronoun_after_an_appositive_with_another_owner_gives_no_gender():
    for appositive in ("the orphan's guardian", "the guardian of the orphan"):
        body = (f"Dirk Hale said the pier was shut. Olaf Brandt, {appositive}, said her inheritance was safe. "
                "\"We will appeal,\" he said.")
        hale, brandt, he = _resolve(body, [("the pier was shut", "said", "Dirk Hale"),
                                           ("her inheritance was safe", "said", f"Olaf Brandt, {appositive}"),
                                           ("We will appeal", "said", "he")])
        assert he.name == "Olaf Brandt", (appositive, he)


def test_a_pronoun_after_an_appositive_owned_by_a_body_still_gives_the_gender():
    body = ("Dirk Hale said the pier was shut. Vera Lind, the council's chair, said her staff were tired. "
            "\"We are fine,\" he said.")
    hale, lind, he = _resolve(body, [("the pier was shut", "said", "Dirk Hale"),
                                     ("her staff were tired", "said", "Vera Lind, the council's chair"),
                                     ("We are fine", "said", "he")])
    assert he.name == "Dirk Hale"


# ------------------------------------------------------------------ 5. "Mr. <family name>" goes to a namesake only written family name first
from analysis.extract.speakers import Actor

_HAN = Actor("Han Do-yun", "person", "principal", "Arden government", "Arden",
             ("Han Do-yun", "Han", "Mr. Han", "Mr Han"), "male")


def _han_article(person: str, later: str = "") -> list:
    body = ("DALE, 3 May — The pact Han Do-yun signed split the assembly.\n\n"
            f"{person}, a senator, said his party was split{later}. Mr. Han said the pact reflected the will of the people.")
    return _resolve(body, [("his party was split", "said", f"{person}, a senator"),
                           ("the pact reflected the will", "said", "Mr. Han")], actors=[_HAN])


def test_a_namesake_written_given_name_first_does_not_take_mr_family_name():
    _, mr = _han_article("Han Whitlock", later=", and aides to Mr. Whitlock agreed")
    assert mr.name == "Han Do-yun"


def test_a_namesake_with_a_hyphenated_given_name_takes_mr_family_name():
    _, mr = _han_article("Han Ji-ho")
    assert mr.name == "Han Ji-ho"


# ------------------------------------------------------------------ 6. only a word of research makes a project a think tank
def test_a_programme_named_for_its_subject_is_no_think_tank():
    for name in ("Coastal Defence Initiative", "Regional Grain Security Programme"):
        [sp] = _resolve(f"The {name} said the convoy was searched.",
                        [("the convoy was searched", "said", f"The {name}")])
        assert sp.speaker_type != "expert_think_tank", (name, sp)


# ------------------------------------------------------------------ 7. one dateline pattern: the place and region are no person
def test_dateline_places_after_blanks_colons_and_regions_are_no_person():
    for dateline in ("  CORAL BANKS - ", "NEW DELHI: ", "PORT LOUIS, Mauritius (Wire) — ", "LA PAZ, Bolivia, 3 May — "):
        [sp] = _resolve(dateline + "Fifty years ago a cyclone flattened the harbour.\n\n"
                        "The harbour must be rebuilt, she said on a visit.",
                        [("The harbour must be rebuilt", "said", "she")])
        assert sp.name not in ("CORAL BANKS", "NEW DELHI", "Mauritius", "Bolivia", "LA PAZ"), (dateline, sp)


def test_transcript_labels_in_capitals_stay_names():
    [sp] = _resolve("IVO MAREK — The harbour must be rebuilt, he said.\n\nRUTH SOLL — It will be.",
                    [("The harbour must be rebuilt", "said", "he")])
    assert sp.name.lower() == "ivo marek"
