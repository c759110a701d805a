"""Person names in speaker mentions and in the article's name registry: a quoted nickname inside
a name, a plural abbreviated title before several names, and an -ing/-ed word that is
capitalised only because it opens a sentence.  Articles and people are written for the tests;
speaker mentions are given as the attribution layer should give them (``locate_gold``)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.evaluate.speakers import locate_gold
from analysis.extract import annotate
from analysis.extract.speakers import resolve_speakers
from analysis.text import parse_article


def _doc(body: str):
    return parse_article(Article("Test", "t", dt.date(2024, 6, 20), body))


def _resolve(body: str, quotes: list[tuple[str, str, str]]):
    doc = _doc(body)
    attrs = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m, "kind": "indirect"} for t, c, m in quotes])
    assert all(a is not None for a in attrs), attrs
    return resolve_speakers(doc, attrs, actors=[])


def _fields(sp):
    return sp.name, sp.speaker_type, sp.role


NICKNAME_QUOTES = [('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’")]


# ------------------------------------------------------------------ quoted nicknames
@pytest.mark.parametrize("open_q,close_q", NICKNAME_QUOTES)
def test_a_quoted_nickname_is_not_part_of_the_name(open_q, close_q):
    mention = f"Rep. Maria L. {open_q}Mimi{close_q} Okafor"
    body = f"{mention} said the levy was dead.\n\nThe vote went on.\n\nLater Okafor said the plan would fail."
    first, later = _resolve(body, [("the levy was dead", "said", mention),
                                   ("the plan would fail", "said", "Okafor")])
    assert _fields(first) == ("Maria L. Okafor", "government", "Rep.")
    assert _fields(later) == ("Maria L. Okafor", "government", "Rep.")


@pytest.mark.parametrize("open_q,close_q", NICKNAME_QUOTES)
def test_a_surname_finds_a_nicknamed_name_introduced_without_a_quote(open_q, close_q):
    body = (f"Rep. Maria L. {open_q}Mimi{close_q} Okafor opened the hearing on Monday.\n\n"
            "The vote went on.\n\nOkafor said the plan would fail.\n\nMimi Okafor said the levy was dead.")
    surname, nickname = _resolve(body, [("the plan would fail", "said", "Okafor"),
                                        ("the levy was dead", "said", "Mimi Okafor")])
    assert (surname.name, surname.speaker_type, surname.role.rstrip(".")) == ("Maria L. Okafor", "government", "Rep")
    # the nickname with the surname is the same person, with the same description
    assert (nickname.name, nickname.speaker_type, nickname.role.rstrip(".")) == ("Mimi Okafor", "government", "Rep")


def test_a_nickname_in_the_pipeline_names_the_person_not_a_quote():
    doc = annotate(_doc('Rep. Maria L. "Mimi" Okafor said the levy was dead.'), actors=[])
    assert [(sp.name, sp.speaker_type) for sp in doc.speakers] == [("Maria L. Okafor", "government")]
    assert all(sp.name != "Mimi" for sp in doc.speakers)


# ------------------------------------------------------------------ plural titles
@pytest.mark.parametrize("plural,single", [("Sens.", "Sen."), ("Reps.", "Rep."), ("Govs.", "Gov.")])
def test_a_plural_title_gives_every_name_its_type(plural, single):
    mention = f"{plural} Ann Lindahl and Tomas Reyna"
    body = (f"{mention} said the levy was dead.\n\nThe vote went on.\n\n"
            "Reyna said the plan would fail.\n\nLindahl said the talks were over.")
    both, reyna, lindahl = _resolve(body, [("the levy was dead", "said", mention),
                                           ("the plan would fail", "said", "Reyna"),
                                           ("the talks were over", "said", "Lindahl")])
    assert (both.name, both.speaker_type, both.plural) == ("Ann Lindahl and Tomas Reyna", "government", True)
    # a role from the name registry is written without the title's period
    assert (reyna.name, reyna.speaker_type, reyna.role.rstrip(".")) == ("Tomas Reyna", "government", single[:-1])
    assert (lindahl.name, lindahl.speaker_type, lindahl.role.rstrip(".")) == ("Ann Lindahl", "government", single[:-1])


def test_a_plural_title_reads_like_the_singular_title_before_each_name():
    plural = _resolve("Drs. Ann Lindahl and Tomas Reyna said the levy was dead.",
                      [("the levy was dead", "said", "Drs. Ann Lindahl and Tomas Reyna")])[0]
    single = _resolve("Dr. Ann Lindahl and Dr. Tomas Reyna said the levy was dead.",
                      [("the levy was dead", "said", "Dr. Ann Lindahl and Dr. Tomas Reyna")])[0]
    assert _fields(plural) == _fields(single) == ("Ann Lindahl and Tomas Reyna", "other", None)


def test_a_name_with_its_own_title_keeps_it_after_a_plural_title():
    mention = "Sens. Ann Lindahl and Gov. Tomas Reyna"
    body = f"{mention} said the levy was dead.\n\nReyna said the plan would fail."
    reyna = _resolve(body, [("the levy was dead", "said", mention), ("the plan would fail", "said", "Reyna")])[1]
    assert (reyna.name, reyna.speaker_type, reyna.role.rstrip(".")) == ("Tomas Reyna", "government", "Gov")


# ------------------------------------------------------------------ -ing/-ed words at a sentence start
def test_an_adjective_opening_the_sentence_is_not_a_first_name():
    sp = _resolve("Crooked Hillary Clinton said the levy was dead.",
                  [("the levy was dead", "said", "Crooked Hillary Clinton")])[0]
    assert _fields(sp) == ("Hillary Clinton", "other", None)


@pytest.mark.parametrize("opening", [
    "Injecting Okafor into the race, Reyna said the levy was dead.",
    '"Injecting Okafor into the race was a mistake," Reyna said.',
    "The vote was near. Injecting Okafor into the race, Reyna said the levy was dead.",
])
def test_a_fronted_participle_clause_is_not_a_name(opening):
    body = f"{opening}\n\nThe vote went on.\n\nOkafor said the plan would fail."
    content = "the levy was dead" if "levy" in opening else "Injecting Okafor into the race was a mistake"
    first, later = _resolve(body, [(content, "said", "Reyna"),
                                   ("the plan would fail", "said", "Okafor")])
    assert _fields(first) == ("Reyna", "other", None)
    assert _fields(later) == ("Okafor", "other", None)     # not "Injecting Okafor"


@pytest.mark.parametrize("name", ["Sterling Brown", "Jared Lindahl", "Reed Okafor"])
def test_a_first_name_that_looks_like_an_ing_or_ed_word_is_kept(name):
    body = f"{name} opened the hearing on Monday.\n\nThe vote went on.\n\n{name.split()[1]} said the plan would fail."
    sp = _resolve(body, [("the plan would fail", "said", name.split()[1])])[0]
    assert _fields(sp) == (name, "other", None)


def test_a_participle_before_a_plural_noun_is_left_to_the_group():
    # a headline's capitalised group, not a person "Parents Rally ..."
    body = "Frustrated Parents Rally Across The Country\n\nThe parents said the levy was dead."
    sp = _resolve(body, [("the levy was dead", "said", "The parents")])[0]
    assert sp.name != "Parents Rally Across The"
