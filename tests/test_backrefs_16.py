"""Speakers, round 16: descriptions that refer back to a person.  Articles, people, places and
bodies are invented for the tests."""

from __future__ import annotations

import pytest

from test_speakers_names import _resolve  # the speaker tests' gold-quote helper


def _one(body: str, mention: str, text: str = "fares would rise", cue: str = "said"):
    [sp] = _resolve(body, [(text, cue, mention)])
    return sp


# ------------------------------------------------------------ "the <role>": the previous sentence's subject
@pytest.mark.parametrize("body, mention, name", [
    # a participle clause opens the description's sentence; the subject was named without an office
    ("Dalia Vrenn opened the session on Friday. Pressed by reporters afterwards, "
     "the state councillor said fares would rise.", "the state councillor", "Dalia Vrenn"),
    # an office written with capitals
    ("Piet Harlo toured the depot on Monday. Later that day the Federal Delegate "
     "said fares would rise.", "the Federal Delegate", "Piet Harlo"),
])
def test_a_description_no_one_fits_is_the_previous_subject(body, mention, name):
    sp = _one(body, mention)
    assert sp.named and sp.name == name


@pytest.mark.parametrize("body, mention", [
    # a person introduced with another office is not the description's holder (review RB, round 16)
    ("Harbour Commissioner Dalia Vrenn opened the session on Friday. Pressed by reporters afterwards, "
     "the state councillor said fares would rise.", "the state councillor"),
    ("Health Minister Ola Brun opened the ward on Monday. Asked about it, the prosecutor said fares would rise.",
     "the prosecutor"),
    ("Judge Ola Brun opened the hearing on Monday. Asked about it, the state prosecutor said fares would rise.",
     "the state prosecutor"),
    ("Ilse Marrow, a junior member of the upper chamber, backed the motion. Later the appointed envoy said "
     "fares would rise.", "the appointed envoy"),
])
def test_a_description_does_not_take_a_person_with_another_office(body, mention):
    sp = _one(body, mention)
    assert sp.name not in ("Dalia Vrenn", "Ola Brun", "Ilse Marrow")


@pytest.mark.parametrize("body, mention", [
    # an office with one holder per place can be a first mention
    ("Transport Minister Piet Harlo toured the depot on Monday. Asked about the budget, the mayor said fares "
     "would rise.", "the mayor"),
    # two people named in the sentence before
    ("Transport Minister Piet Harlo met Ona Wist on Monday. The senator said fares would rise.", "The senator"),
    # his own role holds the head word with another office: the description is someone else
    ("Deputy Minister Piet Harlo toured the depot on Monday. The foreign minister said fares would rise.",
     "The foreign minister"),
    # the description's sentence says "him": another person
    ("Piet Harlo toured the depot on Monday. The senator thanked him and said fares would rise.", "The senator"),
    # a person named before the description in its own sentence
    ("Piet Harlo toured the depot on Monday. After Ona Wist left, the senator said fares would rise.",
     "the senator"),
    # a general noun of a head of state or government
    ("Piet Harlo toured the depot on Monday. Asked about the budget, the leader said fares would rise.",
     "the leader"),
    # the named person is no subject
    ("Police questioned Piet Harlo on Monday. The senator said fares would rise.", "The senator"),
])
def test_a_description_stays_when_the_previous_subject_is_not_its_referent(body, mention):
    sp = _one(body, mention)
    assert sp.name not in ("Piet Harlo", "Ona Wist")


def test_a_person_named_before_with_the_role_still_wins():
    body = ("Senator Ona Wist spoke first on Monday. Piet Harlo toured the depot later. "
            "The senator said fares would rise.")
    assert _one(body, "The senator").name == "Ona Wist"


# ------------------------------------------------------------ "an ABC spokesman": initials the article defined
def test_initials_the_article_defined_name_the_body_of_the_role():
    body = ("OSLO -- The Federal Department of Canals (FDC) closed two locks on Monday.\n\nLater, an FDC "
            "spokesman said fares would rise.")
    got = _resolve(body, [("two locks on Monday", "closed", "The Federal Department of Canals (FDC)"),
                          ("fares would rise", "said", "an FDC spokesman")])
    assert (got[1].name, got[1].speaker_type, got[1].country, got[1].named) == (
        "Norwegian Federal Department of Canals spokesman", "government", "Norway", False)


def test_initials_of_a_body_with_no_country_stay_as_written():
    body = "On Monday the Harbor Film Guild (HFG) met. Later an HFG spokeswoman said fares would rise."
    assert _one(body, "an HFG spokeswoman").name.startswith("HFG")


@pytest.mark.parametrize("body, mention", [
    # initials the article never wrote out stay as written
    ("On Monday the ministry cut the quota. Later an AMF spokeswoman said fares would rise.", "an AMF spokeswoman"),
    # initials defined for another body
    ("The Arden Ministry of Fisheries (AMF) cut the quota. Later a DLB spokeswoman said fares would rise.",
     "a DLB spokeswoman"),
])
def test_initials_the_article_did_not_define_stay(body, mention):
    sp = _one(body, mention)
    assert "Ministry" not in sp.name and sp.name.split()[0] in ("AMF", "DLB")


def test_initials_before_a_word_that_is_no_role_are_not_a_role_holder():
    body = "The Arden Ministry of Fisheries (AMF) cut the quota. Later an AMF trawler radioed that fares would rise."
    sp = _one(body, "an AMF trawler", cue="radioed that")
    assert sp.name != "Arden Ministry of Fisheries trawler"


# ------------------------------------------------------------ "a diplomat at one of the <place> missions"
@pytest.mark.parametrize("mention, name", [
    ("A diplomat at one of the Oslo embassies", "Diplomat in Oslo"),
    ("An official at one of the Nairobi agencies", "Official in Nairobi"),
])
def test_one_of_a_places_bodies_places_the_person(mention, name):
    sp = _one(f"{mention} said fares would rise.", mention)
    assert (sp.name, sp.country, sp.affiliation, sp.named) == (name, None, None, False)


@pytest.mark.parametrize("mention", [
    "A guard at one of the gates",                 # no place
    "A clerk at one of the Harbor Street shops",   # no place of the gazetteer
    "A diplomat at the Oslo embassy",              # one body, no partitive
])
def test_no_partitive_of_a_place_keeps_the_body(mention):
    sp = _one(f"{mention} said fares would rise.", mention)
    assert not sp.name.endswith((" in Oslo", " in Harbor Street")) and " in " not in sp.name


# ------------------------------------------------------------ "its creator, who posts as @handle"
@pytest.mark.parametrize("mention, handle, role", [
    ("Its maker, who posts as @dale_farms", "@dale_farms", "maker"),
    ("One farmer, known online as @dalefarms", "@dalefarms", "farmer"),
    ("A user (@corn.rows)", "@corn.rows", "user"),
])
def test_a_person_known_by_a_handle_only_is_named_by_it(mention, handle, role):
    sp = _one(f"The clip spread fast. {mention} said fares would rise.", mention)
    assert (sp.name, sp.named, sp.speaker_type, sp.role) == (handle, True, "other", role)


@pytest.mark.parametrize("mention, name", [
    ("Ann Roe, who posts as @annroe", "Ann Roe"),              # a named person keeps the name
    ("A farmer who wrote to @dalefarms", None),                 # the handle is someone else's
    ("The ministry, which posts as @MinFin", None),             # a body: no person's handle
])
def test_a_handle_that_is_no_alias_of_the_speaker_does_not_name_it(mention, name):
    sp = _one(f"{mention} said fares would rise.", mention)
    assert not sp.name.startswith("@") and (name is None or sp.name == name)


# ------------------------------------------------------------ "a parliamentarian": a lawmaker
def test_a_parliamentarian_is_a_lawmaker():
    sp = _one("A parliamentarian from the northern islands said fares would rise.",
              "A parliamentarian from the northern islands")
    assert (sp.speaker_type, sp.named) == ("government", False)


@pytest.mark.parametrize("mention", ["A former parliamentarian", "A retired parliamentarian"])
def test_a_past_parliamentarian_holds_no_office(mention):
    assert _one(f"{mention} said fares would rise.", mention).speaker_type == "other"
