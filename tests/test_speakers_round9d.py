"""Speakers, round 9 (d): mends from the second-look review rv2.  Articles, people and organisations
are invented for the tests; speaker mentions are given as the attribution layer should give them
(``locate_gold``)."""

from __future__ import annotations

from test_speakers_round9b import _resolve
from _attribution_helpers import speaker_names


# ------------------------------------------------------------------ rv2 finding 2: a state's department at the seat
_SEAT = "UNITED NATIONS, 3 May — The Trusteeship panel heard a report on fishing rights.\n\n"


def _seat_type(sentence: str, mention: str) -> str:
    q = sentence.split(" said ")[1].rstrip(".")
    [sp] = _resolve(_SEAT + sentence, [(q, "said", mention)])
    return sp.speaker_type


def test_at_the_seat_a_states_department_stays_government():
    for sentence, mention in [
            ("Hugo Brandt, a spokesman for the Department of Justice, said the vote was unfair.",
             "Hugo Brandt, a spokesman for the Department of Justice"),
            ("Ines Kovac, head of the Department of Foreign Affairs of Norway, said the vote was unfair.",
             "Ines Kovac, head of the Department of Foreign Affairs of Norway"),
            ("Ines Kovac, a director in the Department of Fisheries, said the vote was unfair.",
             "Ines Kovac, a director in the Department of Fisheries")]:
        assert _seat_type(sentence, mention) == "government", mention


def test_at_the_seat_the_organisations_departments_stay_international():
    for sentence, mention in [
            ("Briefing the panel, Ines Kovac, Director for Africa in the Department of Peace Operations, "
             "said the camps were full.",
             "Briefing the panel, Ines Kovac, Director for Africa in the Department of Peace Operations"),
            ("Ines Kovac, a director in the UN's Department of Trade Statistics, said the camps were full.",
             "Ines Kovac, a director in the UN's Department of Trade Statistics")]:
        assert _seat_type(sentence, mention) == "international_org", mention


# ------------------------------------------------------------------ rv2 finding 8: the statement's issuer
def _statement_issuer(body: str, mention: str = "a statement"):
    q = body.split("saying ")[1].rstrip(".")
    [sp] = _resolve(body, [(q, "saying", mention)])
    return sp.name, sp.kind


def test_statement_issuer_drops_an_appositive_after_the_name():
    assert _statement_issuer("Mara Voss, the owner of the sawmill, issued a statement saying the mill was safe.") \
        == ("Mara Voss", "person")
    assert _statement_issuer("Mara Voss, the owner, has released a statement saying the mill was safe.") \
        == ("Mara Voss", "person")


def test_statement_issuer_past_the_window_is_no_main_clause_subject():
    long = ", who " + " and ".join(["had kept the accounts of the timber yard by the river for years"] * 7) + ","
    body = "Lena Ortiz said the owner, Mara Voss" + long + " issued a statement saying the mill was safe."
    assert body.index("issued") - body.index("Mara") > 400
    name, kind = _statement_issuer(body)
    assert name != "Lena Ortiz" and kind == "document"
    # no reporting verb before the window: the sentence's subject still issues
    body = ("Mara Voss issued a statement on Friday, after " +
            " and ".join(["a long meeting with the timber board"] * 12) + ", saying the mill was safe.")
    assert _statement_issuer(body) == ("Mara Voss", "person")


def test_statement_issuing_verbs_come_from_the_lexicon():
    from analysis.extract.speakers.documents import _issuing_verb_res
    subject, verb, appositive, comma, here = _issuing_verb_res(("in", "issued", "circulated", "handed out"))
    assert verb.search("the board circulated a memo") and not verb.search("the board released a memo")
    assert here.search("the board handed out ") and subject.match("Mara Voss circulated").group("np") == "Mara Voss"


# ------------------------------------------------------------------ rv2 finding 4: a place's appositive names no one
def test_a_place_word_name_with_a_places_appositive_is_no_person():
    body = ("Park Mi-rae, a councillor, spoke first. Marchers later gathered in Alma Park, a former center of "
            "the wool trade. Park said the march was calm.")
    [sp] = _resolve(body, [("the march was calm", "said", "Park")])
    assert sp.name == "Park Mi-rae"
    body = ("Dora Hall, a lawyer, spoke first. Marchers later met at Vera Hall, a concert theater of the old "
            "town. Hall said the march was calm.")
    [sp] = _resolve(body, [("the march was calm", "said", "Hall")])
    assert sp.name == "Dora Hall"
    # a person's agent noun still introduces the name
    body = ("Park Mi-rae, a councillor, spoke first. Ines Park, a teacher at the school, spoke next. "
            "Park said the march was calm.")
    [sp] = _resolve(body, [("the march was calm", "said", "Park")])
    assert sp.name == "Ines Park"


# ------------------------------------------------------------------ rv2 finding 10a: a demonym in passing
def _home_speakers(body: str, country: str) -> dict[str, str]:
    return speaker_names(body, country=country)

def test_a_demonym_in_passing_names_no_other_country():
    got = _home_speakers("The government announced a cut in rail fares, weeks after a Danish survey urged it.\n\n"
                         "Officials said the cut would help commuters.\n", "Sweden")
    assert got["Officials"] == "Swedish officials"
    # a demonym before a side of its country still names it
    got = _home_speakers("The government announced a cut in rail fares, weeks after Danish officials urged it.\n\n"
                         "Officials said the cut would help commuters.\n", "Sweden")
    assert got["Officials"] != "Swedish officials"


# ------------------------------------------------------------------ rv2 finding 9: a trade's agent noun before a firm
def test_a_trade_agent_noun_before_a_firm_gives_the_firm():
    for sentence, mention in [("The insurer, Velora, said claims had doubled.", "The insurer, Velora"),
                              ("The carrier, Northgate Airways, said fares would rise.", "The carrier, Northgate Airways")]:
        q = sentence.split(" said ")[1].rstrip(".")
        [sp] = _resolve(sentence, [(q, "said", mention)])
        assert (sp.name, sp.kind) == (mention.split(", ")[1], "organisation"), sp
    [sp] = _resolve("The seller, Mara Voss, said the price was fair.",
                    [("the price was fair", "said", "The seller, Mara Voss")])
    assert (sp.name, sp.kind) == ("Mara Voss", "person")
