"""Round 22 (lead, speakers): a quantifier floated after a subject and its comma-closed clause, and a pair
anaphor whose noun is an office ("both ministers").  Every sentence is invented (names, places, bodies and
wording)."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- a floated quantifier is no subject

@pytest.mark.parametrize("body, mention, name", [
    ("Prime Minister Anna Berg and President Lars Holm, who met in Oslo on Monday, both described the pact as "
     '"a danger."\n', "Prime Minister Anna Berg and President Lars Holm, who met in Oslo", "Anna Berg and Lars Holm"),
    ("Mayor Ines Vale and Governor Rui Sá, the two hosts of the forum, both said the plan was \"late\".\n",
     "Mayor Ines Vale and Governor Rui Sá, the two hosts of the forum", "Ines Vale and Rui Sá"),
])
def test_a_quantifier_floated_after_a_comma_closed_clause_leaves_the_subject_before_it(
        body: str, mention: str, name: str) -> None:
    got = _typed(body)
    assert "both" not in got
    assert got[mention][0] == name


def test_a_quantifier_after_a_fronted_adverbial_is_the_subject() -> None:
    # "On Monday, both said": the comma closes an adverbial, and "both" is the subject pronoun
    got = _typed("Anna Berg met Lars Holm in Oslo.\n\nOn Monday, both said the pact was \"a danger\".\n")
    assert "both" in got


# ---------------------------------------------------------------- "both ministers": the pair holding the office

@pytest.mark.parametrize("body, mention, name", [
    # a person named between the pair and the anaphor holds no such office and is passed over
    ("Norway's Foreign Minister Anna Berg and Denmark's Foreign Minister Lars Holm met a day after Vladimir "
     "Putin and Kim Jong Un signed the pact. Both ministers condemned the pact.\n", "Both ministers",
     "Anna Berg and Lars Holm"),
    ("Ambassador Ann Roe met Ambassador Tom Lee in Geneva, where President Joe Biden spoke. The two ambassadors "
     "said the pact was \"worrying\".\n", "The two ambassadors", "Ann Roe and Tom Lee"),
])
def test_a_pair_anaphor_with_an_office_noun_names_the_two_holders(body: str, mention: str, name: str) -> None:
    assert _typed(body)[mention] == (name, "government")


def test_a_pair_anaphor_with_an_office_noun_and_no_two_holders_stays_a_group() -> None:
    got = _typed("Ann Roe and Tom Lee met in Oslo. Both ministers said it was \"bad\".\n")
    assert got["Both ministers"][0] == "Both ministers"


# ---------------------------------------------------------------- a name's description stays in its own phrase

@pytest.mark.parametrize("body", [
    # another person's phrase before a coordination is not the second person's description
    "Norway's Foreign Minister Anna Berg and Denmark's Foreign Minister Lars Holm met in Oslo. "
    "Holm said it was \"a threat\".\n",
    # nor is the clause before a finite verb
    "The minister met Denmark's Foreign Minister Lars Holm in Oslo. Holm said it was \"a threat\".\n",
])
def test_a_role_before_a_name_is_read_from_its_own_phrase(body: str) -> None:
    import datetime as dt

    from analysis.corpus import Article
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from analysis.text import parse_article
    doc = parse_article(Article(outlet="Test Wire", title="A test", date=dt.date(2024, 6, 20), body=body))
    atts = extract_attributions(doc)
    (sp,) = resolve_speakers(doc, atts)
    assert (sp.name, sp.role, sp.country, sp.affiliation) == ("Lars Holm", "Foreign Minister", "Denmark",
                                                                "Danish Foreign Ministry")
