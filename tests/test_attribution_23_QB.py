"""Round 23 (helper QB): clause structure, spurious entries and cue boundaries the nineteenth and twenty-first
invented sets showed, as general rules, on sentences written here (new names, places and outlets)."""

from __future__ import annotations

from tests._attribution_helpers import summary


# ---------------------------------------------------------------- what "citing"/"quoting" names is a source
def test_a_cited_source_before_the_verb_speaks_the_that_clause():
    # one of a group ("a naval source", the group word being "sources") is a source, and a past-shaped word right
    # after the determiner ("an unnamed ...") modifies the noun: the that-clause is the source's
    assert summary("The Daily Lark, citing an unnamed naval source, reported that the ships had left port.") == [
        ("citing", "an unnamed naval source", "the ships had left port", "indirect"),
        ("reported", "The Daily Lark", "the ships had left port", "indirect")]


def test_a_closing_quoting_participle_names_the_source_not_the_content():
    assert summary('"Love your neighbour," the priest said, quoting the Book of Ruth.') == [
        ("said", "the priest", "Love your neighbour,", "direct")]


def test_a_cited_reason_stays_the_content():
    assert summary("The mayor of Dunmore resigned on Friday, citing health reasons.") == [
        ("citing", "The mayor of Dunmore", "health reasons", "indirect")]


# ---------------------------------------------------------------- a time adverbial, then an aside, after a postposed cue
def test_a_time_adverbial_before_an_as_aside_is_no_content():
    # "said yesterday, as she ...": the time phrase belongs to the cue; the fronted clause is the content
    assert summary("Trinidad will back the accord, the minister said on Tuesday, as he left the cabinet room.") == [
        ("said", "the minister", "Trinidad will back the accord", "indirect")]
    got = summary("Belize will keep its embassy open, Foreign Minister Ines Marrow said yesterday, as she answered "
                  "questions about the new pact.")
    assert got[0] == ("said", "Foreign Minister Ines Marrow", "Belize will keep its embassy open", "indirect")


# ---------------------------------------------------------------- "by" after an active perfect or before a time
def test_by_a_deadline_after_a_perfect_names_no_agent():
    # "had not commented by Friday evening on ...": a deadline, and a perfect without "been" is active
    assert summary("The palace had not commented by Friday evening on the accord signed in Lisbon by the two "
                   "leaders.") == []
    assert summary('The plan has been described by Ana Roe as "reckless".') == [
        ("described", "Ana Roe", "reckless", "partial")]


# ---------------------------------------------------------------- a participle aside after the subject
def test_the_subject_before_a_participle_aside_after_a_conjunction_speaks():
    assert summary('The palace was silent, but Foreign Minister Ana Roe, asked about it by reporters on her way '
                   'into a dinner in Belém, said Portugal "rejects any such deal".') == [
        ("said", "Foreign Minister Ana Roe", "rejects any such deal", "partial")]
    assert summary('The palace was silent, but Foreign Minister Ana Roe, speaking to reporters, said Portugal '
                   '"rejects any such deal".') == [
        ("said", "Foreign Minister Ana Roe", "rejects any such deal", "partial")]


def test_a_cited_event_stays_the_content():
    # a message noun ("release") heads no source: the released prisoners are the reason cited
    assert summary("The country had changed, Senator Ivo Brand said in June, citing the release of political "
                   "prisoners.")[-1] == ("citing", "Senator Ivo Brand", "the release of political prisoners",
                                         "indirect")


# ---------------------------------------------------------------- questions and conditions report nothing
def test_a_question_about_who_spoke_is_no_report():
    assert summary('Which minister said the town would "rebuild" its port?') == []
    assert summary("Which country's envoy said Lima would \"reconsider\" sending arms? The mayor said it "
                   "\"will\".") == [("said", "The mayor", "will", "partial")]


def test_a_condition_on_a_noun_is_hypothetical():
    assert summary('Half a point if you said "the harbour", because she meant it.') == []


# ---------------------------------------------------------------- "according to" inside a relative clause
def test_according_to_inside_a_relative_clause_vouches_for_its_predicate():
    assert summary("It contains a buyback clause which, according to several bankers, revives the 1998 "
                   "guarantee.") == [
        ("according to", "several bankers", "revives the 1998 guarantee", "according_to")]


def test_according_to_which_takes_the_antecedent_as_source():
    assert summary("The blog reposted the ministry's account, according to which the envoy called the accord "
                   '"a new chapter".') == [
        ("according to which", "the ministry's account", 'the envoy called the accord "a new chapter"',
         "according_to"),
        ("called", "the envoy", "a new chapter", "partial")]


# ---------------------------------------------------------------- a participle after a clause of its own
def test_a_participle_after_a_new_clause_takes_that_clause_subject():
    got = summary("Lima and Quito have denounced the deal as a threat, while Brasília, the region's largest "
                  "economy, has so far refused to comment, calling it a bilateral matter.")
    assert got[-1] == ("calling it", "Brasília", "a bilateral matter", "indirect")
    # no new clause: the earlier speaker goes on
    assert summary("The mayor said the plan was dead, calling it a mistake.")[-1] == (
        "calling it", "The mayor", "a mistake", "indirect")
