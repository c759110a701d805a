"""Round-10 review R4, findings 1, 7 and 2 (attribution and the 'hostage' idiom): 'demand' has no addressee, so a
question word a few words into its object does not make it a question; 'hostage' with an armed group or a
purpose infinitive is literal, and 'is a hostage of' counts as 'became a hostage of' does; 'In her view, ...'
ends before ', and <noun phrase> <past verb>' as before a name or pronoun.  Invented sentences, positive and
negative cases."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import summary
from tests._loaded_helpers import terms


# ------------------------------------------------------------------ 1. 'demand' takes the thing demanded as object

@pytest.mark.parametrize("body, expected", [
    ("Picketers demanded his dismissal when he landed.",
     [("demanded", "Picketers", "his dismissal when he landed", "indirect")]),
    ("The dockers' guild demanded a bonus if tolls rise.",
     [("demanded", "The dockers' guild", "a bonus if tolls rise", "indirect")]),
])
def test_a_demand_with_a_wh_word_inside_its_object_keeps_its_entry(body, expected):
    assert summary(body) == expected


@pytest.mark.parametrize("body", [
    "Ostrava asked the ferry board whether the levy would stay.",     # ask: an addressee, then the question
    "Ostrava asked the wardens which gate they had closed.",
    "Ostrava demanded what the ferry board had concealed.",           # the question right at the content
])
def test_questions_still_have_no_entry(body):
    assert summary(body) == []


# ------------------------------------------------------------------ 7. 'hostage'

@pytest.mark.parametrize("sentence, counted", [
    ("The photographer became a hostage of the militia in 2011.", False),     # an armed group: literal
    ("The courier remained a hostage of rebels near Karvel for a year.", False),
    ("Four surveyors were held hostage to force the quarry to shut.", False),  # a purpose infinitive: literal
    ("Two pilots were held hostage to extract a payment from the airline.", False),
    ("The valley is a hostage of its timber mills.", True),                    # 'is a' as 'became a'
    ("The treasury was a hostage of two bondholders for a decade.", True),
    ("The valley became a hostage of its timber mills.", True),
    ("The reform was held hostage to one senator's vote.", True),
])
def test_hostage_counts_only_in_its_figurative_sense(sentence, counted):
    assert ("hostage" in terms(sentence)) is counted


# ------------------------------------------------------------------ 2. "In her view, ..." before ", and <noun> <past>"

@pytest.mark.parametrize("body, content", [
    ("In her view, the levy failed, and farmers agreed.", "the levy failed"),
    ("In her view, the levy failed, and the treasurer resigned.", "the levy failed"),
    ("In his view, the dam is sound, and local engineers concurred.", "the dam is sound"),
    ("In his view, the dam is sound, and Brevik agreed.", "the dam is sound"),
    # the view goes on: the same subject's second verb, or no past narration
    ("In her view, the levy was unfair, and often ignored.", "the levy was unfair, and often ignored"),
    ("In her view, the levy is unfair, and farmers should refuse it.", "the levy is unfair, and farmers should refuse it"),
])
def test_in_her_view_ends_before_the_narrators_coordinated_clause(body, content):
    assert [a[2] for a in summary(body)] == [content]
