"""Round 21 (lead): page layouts the seventeenth set showed, as general rules, on sentences written here."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import question_heading_paragraphs
from tests._attribution_helpers import atts, doc

_PAGE = ("Our postbag was full this week. Here are answers to the questions you sent most often.\n\n"
         "\u201cWill the ferry fares rise again?\u201d \u2014 Morag, Oban\n\n"
         "Probably. The operator said in a statement that fuel costs \u201cleave no room\u201d.\n\n"
         "\u201cWho decides the timetable?\u201d \u2014 Iain Stewart, Fort William\n\n"
         "The council does, according to its transport chief.")


def test_readers_questions_set_as_headings_are_not_quotations():
    found = atts(_PAGE)
    texts = [a.text for a in found]
    assert not any("?" in t for t in texts)
    assert any(a.kind == "partial" and a.text == "leave no room" for a in found)


def test_question_headings_need_two_lines_and_a_bare_signature():
    paras = doc(_PAGE).text.paragraphs
    assert question_heading_paragraphs(paras) == frozenset({1, 3})
    one = doc("Voices from the queue.\n\n\u201cWhy should we pay more?\u201d \u2014 Ana Diaz, a teacher\n\n"
               "\u201cWhere is the bus?\u201d \u2014 Tom Roe, a driver")
    assert question_heading_paragraphs(one.text.paragraphs) == frozenset()   # descriptions: a vox pop
    single = doc("Intro.\n\n\u201cWill fares rise?\u201d \u2014 Morag, Oban\n\nProbably.")
    assert question_heading_paragraphs(single.text.paragraphs) == frozenset()


def test_a_timeline_entrys_date_is_no_part_of_the_speaker():
    from tests._attribution_helpers import summary
    body = ("Key events since the vote:\n\n"
            "MAR 2023 - Harbour officials say the dredging will start in spring.\n\n"
            "SEPT 4, 2023 - The port authority says the first berth is ready.\n\n"
            "14 Jan 2024: Ferry operators said fares would rise.\n\n"
            "2025 - Dockworkers say the cranes are idle.")
    assert [s[1] for s in summary(body)] == ["Harbour officials", "The port authority", "Ferry operators",
                                             "Dockworkers"]


def test_a_name_after_a_date_label_keeps_its_month_word():
    from tests._attribution_helpers import summary
    # "May" here is a given name, not the month of a date label: no digits follow it
    assert summary("Intro.\n\nMay Roe said the ferry was late.")[0][1] == "May Roe"


def test_a_source_between_a_copula_and_its_complement_vouches_for_the_complement():
    from tests._attribution_helpers import summary
    assert summary("The ferry deal is, in the view of most pilots I spoke to, a gift to the operator.") == [
        ("in the view of", "most pilots I spoke to", "a gift to the operator", "according_to")]
    assert summary("The berth was, according to the port authority, finished in March.")[0][2] == \
        "finished in March"
    # at the end of the sentence the source still vouches for all before it
    assert summary("The berth was finished in March, according to the port authority.")[0][2] == \
        "The berth was finished in March"


def test_put_it_with_an_addressee_and_a_comma_before_its_quotation():
    from tests._attribution_helpers import summary
    assert summary('As one harbour pilot put it to me, "The operator just found a new friend."') == [
        ("put it", "one harbour pilot", "The operator just found a new friend.", "direct")]
    # a comma that closes a quotation with its own postposed cue is not this cue's
    assert [s[0] for s in summary('He put it there, "Do not touch," the label warned.')] == ["warned"]


def test_a_noun_compound_with_a_verb_stem_stays_inside_the_speakers_phrase():
    from tests._attribution_helpers import summary
    assert summary("One fisheries hand at a Dunmore think tank said the quota was lost.")[0][1] == \
        "One fisheries hand at a Dunmore think tank"


@pytest.mark.parametrize("body, content", [
    ("Meanwhile, according to the port authority, the berth is ready.", "the berth is ready"),
    ("However, according to the port authority, the berth is ready.", "the berth is ready"),
    ("Previously, according to the port authority, the berth was closed.", "the berth was closed"),
])
def test_a_connector_before_according_to_is_no_claim(body, content):
    from tests._attribution_helpers import summary
    assert summary(body) == [("according to", "the port authority", content, "according_to")]


def test_a_source_between_that_and_its_clause_vouches_for_the_clause_and_the_verb_keeps_it():
    from tests._attribution_helpers import summary
    assert summary("Rep. Ann Roe (Labour) noted that, according to the port authority, the growers had expressed "
                   "discomfort about the levy.") == [
        ("noted", "Rep. Ann Roe (Labour)", "the growers had expressed discomfort about the levy", "indirect"),
        ("according to", "the port authority", "the growers had expressed discomfort about the levy",
         "according_to")]
    # an aside of the speaker's own stays inside the content, without the comma that opens it
    assert summary("Ann Roe noted that, in her view, the berth is ready.")[0][2] == "in her view, the berth is ready"


def test_assessed_that_reports_a_judgement_assessed_an_object_does_not():
    from tests._attribution_helpers import summary
    assert summary("The agency assessed that the berth would close by May.") == [
        ("assessed that", "The agency", "the berth would close by May", "indirect")]
    assert summary("The agency assessed the damage at two million.") == []
