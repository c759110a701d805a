"""Round 32 (helper QA): quotes, cues and mentions, as general rules on sentences written here (new names, places
and outlets): a sentence adverb between a modal and its reporting verb, a numbered article that "refers to" something, a
reporting verb in a relative clause with a plain object, a purpose noun after "present ... as" with an adjective
or in quotation marks, the subject of a trailing "saying" after an opening phrase and a role before a name, "held that"
and "ruled that" (not a demonstrative "held that post"), "which" after a body's initials, an opening "Citing X,",
a picture shown whose quotation was another cue's and a quoted title as a sentence's subject.  Each rule is also checked against the look-alikes it must leave
alone."""

from __future__ import annotations

from tests._attribution_helpers import summary


# ---------------------------------------------------------------- a predicted report: modal + adverb + verb
def test_a_modal_report_with_a_sentence_adverb_is_no_report():
    assert summary("Lima will doubtless argue that the levy is lawful; Quito will answer that it is not.") == []
    assert summary("Lima will argue that the levy is lawful.") == []  # a regression guard (the same at round-32 start)


def test_doubtless_before_a_past_report_keeps_it():
    assert summary("Ms Roe doubtless said that the levy was lawful.") == [
        ("said", "Ms Roe", "the levy was lawful", "indirect")]


# ---------------------------------------------------------------- a numbered article referring: a text, no speaker
def test_a_numbered_part_of_a_text_referring_to_something_is_no_report():
    assert summary("Article 4 refers to the parties' domestic tax rules.") == []
    assert summary("Section 12 refers to the harbour charter.") == []


def test_a_person_referring_to_something_keeps_the_entry():
    # issue 9 names the frame ("referring to" stays an entry, round 28 lead decision), and a numbered article
    # that says something is still a speaker
    assert summary('"Nobody asks about trams," Ms Roe said, referring to the new harbour line.') == [
        ("said", "Ms Roe", "Nobody asks about trams,", "direct"),
        ("referring to", "Ms Roe", "the new harbour line", "indirect")]
    assert summary("Article 4 says that help is automatic.") == [
        ("says", "Article 4", "help is automatic", "indirect")]


# ---------------------------------------------------------------- a relative clause on a job: no report
def test_a_relative_clause_verb_with_a_plain_object_is_no_report():
    assert summary("For Tom Vale, an engineer who writes a weekly column for this paper, the bus is a shelter.") == []
    assert summary('Ana Roe, a lawyer who advises Peruvian fishing firms, said the ban was "a clear breach."') == [
        ("said", "Ana Roe, a lawyer who advises Peruvian fishing firms", "a clear breach.", "partial")]
    assert summary("Ana Roe, who advises the city on water, said the bus was late.") == [
        ("said", "Ana Roe, who advises the city on water", "the bus was late", "indirect")]


def test_a_relative_clause_report_with_a_clause_keeps_its_entry():
    """Regression guard (code review of round 32): this output is the same on the round-32 start; the test
    keeps the look-alikes of the plain-object rule (job verbs only since 872d6f0) as they are."""
    assert [s[:2] for s in summary("Ana Roe, who says the bus is late, left early.")][:1] == [("says", "who")]
    assert [s[:2] for s in summary("Ana Roe, who often writes that the bus is late, left early.")][:1] == [
        ("writes", "who")]


# ---------------------------------------------------------------- present ... as a gift: an act
def test_presenting_a_thing_as_a_quoted_gift_is_an_act():
    assert summary('Ms Roe said the mayor had presented the clock as "a personal gift," along with a vase.') == [
        ("said", "Ms Roe", "a personal gift,", "partial")]
    assert summary("The troops attacked the village as a brutal warning to others.") == []


def test_presenting_as_a_characterisation_keeps_the_entry():
    assert summary("The ministry presented the visit as proof of its standing.") == [
        ("presented", "The ministry", "the visit as proof of its standing", "indirect")]
    assert summary("The junta attacked the budget as a gift to the rich.") == [
        ("attacked", "The junta", "the budget as a gift to the rich", "indirect")]


# ---------------------------------------------------------------- a trailing "saying" after a role and a name
def test_saying_after_a_declined_comment_with_an_opening_phrase_and_a_role():
    assert summary("At the weekly briefing, spokesman Tom Vale declined to comment on the levy, saying it was "
                   "“a matter for the courts.”") == [
        ("saying", "spokesman Tom Vale", "a matter for the courts.", "partial")]
    assert summary("At the weekly briefing, spokesman Tom Vale said the levy was “a matter for the courts.”") == [
        ("said", "spokesman Tom Vale", "a matter for the courts.", "partial")]



# ---------------------------------------------------------------- held / ruled with an object: no report
# ('held that' / 'ruled that' are no cues since FX4's removal, RV4 findings 2-4; the look-alikes stay none)
def test_held_or_ruled_with_an_object_or_a_demonstrative_is_no_report():
    """Regression guard (code review of round 32): this output is the same on the round-32 start; the test
    keeps the look-alikes of the 'held that' / 'ruled that' cues (removed in df755fd) as they are."""
    assert summary("The two mayors held “frank and friendly talks” on Monday.") == []
    assert summary("Ana Roe held that post until 2019.") == []
    assert summary("The party that held that seat lost it.") == []
    assert summary("The junta has ruled that country since 2021.") == []
    assert summary("These are the rules, according to the agency ANA, that govern the fishing season.")[0][:3] == (
        "according to", "the agency ANA", "These are the rules")


def test_a_that_clause_after_a_that_only_verb_keeps_its_entry():
    assert summary("Lima has always maintained that dialogue and trade are the only way.") == [
        ("maintained", "Lima", "dialogue and trade are the only way", "indirect")]
    assert summary("Lima maintained that inflation in Peru rose.") == [
        ("maintained", "Lima", "inflation in Peru rose", "indirect")]


# ---------------------------------------------------------------- "which" after a body's initials in parentheses
def test_which_after_a_bodys_initials_finds_the_body():
    assert summary("Ms Roe met the Arden News Agency (ANA), which said that ties were good.") == [
        ("said", "the Arden News Agency (ANA)", "ties were good", "indirect")]
    assert summary("Ms Roe met the Arden News Agency, which said that ties were good.") == [
        ("said", "the Arden News Agency", "ties were good", "indirect")]


def test_a_picture_shown_with_a_relative_clause_report_is_the_agencys_entry_only():
    assert summary("The broadcast also showed archive footage released by the Arden News Agency (ANA), which said "
                   "in a commentary that ties had reached “the highest level of trust.”") == [
        ("said", "the Arden News Agency (ANA)", "the highest level of trust.", "partial")]
    assert summary("The data showed prices “sliding” in May.") == [("showed", "The data", "sliding", "partial")]


# ---------------------------------------------------------------- an opening "Citing X," gives X the clause too
def test_an_opening_citing_phrase_is_a_source_of_the_clause():
    assert summary("Citing two harbour officials, the Tejo Post reported that the port would close.") == [
        ("Citing", "two harbour officials", "the port would close", "indirect"),
        ("reported", "the Tejo Post", "the port would close", "indirect")]


def test_an_opening_citing_a_reason_is_no_source():
    assert summary("Citing rising costs, the guild said that fees would rise.") == [
        ("said", "the guild", "fees would rise", "indirect")]


# ---------------------------------------------------------------- a quoted title as a sentence's subject
def test_a_quoted_title_opening_the_next_paragraph_is_no_continuation():
    body = ("According to Arden Audience Research, the segment drew a rating of 7.1 percent.\n\n"
            "“Good Morning Arden” airs weekdays on ATV.")
    assert summary(body) == [("According to", "Arden Audience Research", "the segment drew a rating of 7.1 percent",
                              "according_to")]


def test_a_quote_paragraph_after_a_direct_quote_still_continues():
    from tests._attribution_helpers import atts
    found = atts("“We will win,” Ms Roe said.\n\n“We will win again. Nobody doubts it.”")
    assert len(found) == 1 and found[0].speaker_mention == "Ms Roe" and len(found[0].parts) == 2


# ---------------------------------------------------------------- guards found on the PTC dev dump
def test_a_relative_clause_verb_before_a_name_and_an_age_keeps_its_clause():
    out = summary("Ana Roe, 51, who claims Tom Vale, 53, assaulted her decades ago, testified on Monday.")
    assert out[0][:2] == ("claims", "who") and out[0][2].startswith("Tom Vale, 53, assaulted her")


def test_which_after_initials_of_a_texts_paragraph_finds_no_body():
    assert summary("It took a year to explain away the infamous paragraph 303 of Amoris Novus (AN), which reads as "
                   "follows in the official translation: “x y z.”") == []
