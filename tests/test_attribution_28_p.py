"""Round 28 (helper P): speaker spans of the source logic (subjects.py, resolve.py), sentences written for
these tests."""

from __future__ import annotations

from tests._attribution_helpers import doc
from analysis.extract.attribution import extract_attributions


def _speakers(body: str, scheme: str = "seeds") -> dict[str, str | None]:
    return {a.cue: a.speaker_mention for a in extract_attributions(doc(body), scheme=scheme)}


# ---- the clause subject of a participle cue ("X did Y, saying ...")

def test_participle_subject_past_a_title_period() -> None:
    # a title's period inside the object ("Mr.") does not end the search for the clause's verb
    body = "In March, several farm unions granted Mr. Okafor a delay on the new levy, saying his harvest had failed."
    for scheme in ("seeds", "polnear"):
        assert _speakers(body, scheme)["saying"] == "several farm unions"


def test_participle_subject_past_a_time_phrase() -> None:
    # a time phrase between the subject and its verb is no subject of the participle
    body = "The harbour master on Tuesday closed the eastern quay, saying the cranes were unsafe."
    assert _speakers(body)["saying"] == "The harbour master"
    body = "Mayor Ines Duarte last week renewed her attack on the bus company, calling its fares a scandal."
    assert _speakers(body)["calling"] == "Mayor Ines Duarte"


def test_participle_subject_drops_a_leading_time_phrase() -> None:
    body = "On Friday evening Ms. Halvorsen made a second attempt to end the strike, writing on her blog that talks had resumed."
    assert _speakers(body)["writing"] == "Ms. Halvorsen"


def test_participle_subject_bare_plural_after_an_opening_phrase() -> None:
    # a determinerless plural subject after a fronted prepositional phrase and its comma
    body = "In the spring, coastal councils shelved the ferry plan, arguing it would cost too much."
    assert _speakers(body)["arguing"] == "coastal councils"


def test_number_before_participle_adjective_is_no_verb() -> None:
    # "two seasoned negotiators": the -ed word after a number and before a noun is an adjective, so the
    # clause's subject stays the sentence's
    body = ("The union's lawyers reached out to Ana Ruiz and Tom Berg, two seasoned negotiators from the port "
            "authority, asking them to chair the talks.")
    assert _speakers(body)["asking"] == "The union's lawyers"


def test_adjective_ed_after_base_verb_is_no_verb() -> None:
    # "to pump flooded cellars": after a base verb and before a noun, the -ed word is an adjective, not the
    # finite verb whose subject the participle takes
    body = ("In June, several church charities gave Ms. Varga a grant from a fund to pump flooded cellars in the "
            "old town, saying her plan was the cheapest.")
    assert _speakers(body)["saying"] == "several church charities"


# ---- relative pronouns and modified names as subjects

def test_who_after_a_name_suffix_period() -> None:
    body = "The remark drew a sharp reply from Henry Tallis Jr., who suggested on the radio that the council was bankrupt."
    for scheme in ("seeds", "polnear"):
        assert _speakers(body, scheme)["suggested"] == "who"


def test_who_after_a_dash_or_a_bracket() -> None:
    body = "On Friday, Ms. Okoro — who had earlier endorsed the mayor — opened the new library."
    assert _speakers(body, "polnear")["endorsed"] == "who"
    body = "Pupils waved a banner showing Tom Pell (who loudly praises the plan) at the gates."
    assert _speakers(body, "polnear")["praises"] == "who"


def test_lowercase_modifier_before_a_titled_name_is_the_subject() -> None:
    # "retired Col. ..." opening the clause is an adjective of the name, not a fronted participle clause
    body = ("And retired Col. Maria Lund, who led the rescue teams in the valley, said on Monday that the dam "
            "was safe.")
    assert _speakers(body)["said"] == "retired Col. Maria Lund"


# ---- "X issued a statement saying ...": the issuer speaks

def test_issuer_after_a_fronted_phrase_with_a_comma_polnear() -> None:
    # PolNeAR's scheme joins the verb of issuing to the span; the noun phrase before it is still found when the
    # fronted phrase has a comma of its own (so the sentence's main subject is not read)
    body = ("Following a hastily called, late-night session, the city council issued a statement saying the closure "
            "was a grave mistake.")
    assert _speakers(body, "polnear")["saying"] == "the city council"


def test_issuer_of_bare_plural_messages() -> None:
    body = "Both unions released statements saying the decision was a betrayal."
    for scheme in ("seeds", "polnear"):
        assert _speakers(body, scheme)["saying"] == "Both unions"


def test_participle_adjective_before_bare_plural_is_no_issuing() -> None:
    # "cited published reports saying ...": after a verb, "published" is an adjective; the reports speak
    body = "The court filing cited published reports saying the mayor had known of the cracks."
    assert _speakers(body, "polnear")["saying"] == "reports"


# ---- a relative clause's second verb ("who did X and said ...")

def test_second_verb_of_a_relative_clause_has_the_relative_as_subject() -> None:
    body = ("The old mill has become a rallying point for residents here, who have packed the town hall and "
            "called for the site to be saved.")
    for scheme in ("seeds", "polnear"):
        assert _speakers(body, scheme)["called for"] == "who"


def test_relative_clause_inside_a_report_keeps_the_reporter() -> None:
    # the "and" may join the reporter's own second verb: no relative subject is forced
    body = ("The museum also announced a gift from collectors who have lent paintings for years and said the new "
            "wing would open in May.")
    assert _speakers(body, "polnear")["said"] == "The museum"


def test_passive_relative_clause_is_left_alone() -> None:
    body = "Voters turned to Ms. Kade, who is already well known and seen as the likeliest winner."
    assert _speakers(body, "polnear").get("seen") != "who"


def test_fronted_place_adverb_with_comma_is_no_subject() -> None:
    body = "There, the harbour chief refused to name the buyers but said two of them were foreign."
    for scheme in ("seeds", "polnear"):
        assert _speakers(body, scheme)["said"] == "the harbour chief"
