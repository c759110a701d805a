"""Round 20 (Q): which spans are attributions, and their cue.  Each rule is a general pattern read off the
sixteenth invented set's errors (and the fifteenth's leftovers); every sentence here is invented for the tests
(new names, places and outlets), with a negative or control case beside each positive one.

1. An -s word right after a coordinating conjunction is a noun phrase's second conjunct, not a verb: "advises
   shipping and commodities firms on sanctions" has no clause (phrases._third_person_verb).
2. "that" closing its clause ("Do they believe that?") is a pronoun, no that-clause; a Markdown bold question
   ("**Do your readers believe it?**") is a question like a plain one (tokens.EMPHASIS_MARKS), and bold marks
   are no part of a speaker mention.
3. A question verb whose content is a direct question after a colon ("ask one question only: will ...?") asks,
   claims nothing (resolve._colon_question), like "asked whether ...".
4. A generic singular speaker ("Every treaty says ...", "every buyer reads that as ...") in the present is the
   writer's generalisation, no entry (eighth set's convention); a past report of "every minister" keeps it.
5. "said so" / "believes so" (the clause pro-form "so") has no content of its own (seed scheme); "said so many
   people had left" is a clause.
6. "remembered X as “...”" characterises X in quoted words (lexicon remember, quoted_as_lemmas); without a
   quotation it is memory.
7. A comma parenthesis between a characterising verb and its "as" ("described, in the ministry's own phrase,
   as “...”") is skipped.
8. A participle after a message noun with a quoted object ("a communiqué expressing its “warm wishes”") reports
   the issuer's words, and the issuer (the subject before "issued a statement") is the mention.
9. A quoted noun phrase object of a non-speech verb inside another report keeps being the object even when its
   head carries a relative clause ("maintained “close ties with every state that respects ...”").
10. "... had demanded X and that Y": the second that-clause belongs to the outer report, not to "demanded".
11. "answering a question from X" names the exchange, no content (seed scheme: answer is a topic-object lemma).
12. The paragraphs above a byline among the first three (a standfirst) carry no entries.
"""

from __future__ import annotations

import pytest


from tests._attribution_helpers import summary


def _cues(body: str) -> list[str]:
    return [s[0] for s in summary(body)]


# ------------------------------------------------------------------ 1. -s word after a conjunction
def test_a_job_description_with_a_coordinated_object_is_no_report():
    assert summary("Mira Oden runs Fjordline Advisory, a Tallinn firm that advises ferry and timber companies "
                   "on tariffs.") == []


def test_a_clause_after_the_cue_with_a_coordinated_subject_keeps_its_verb():
    assert summary("The minister said steel and coal prices would rise.") == [
        ("said", "The minister", "steel and coal prices would rise", "indirect")]


# ------------------------------------------------------------------ 2. "that" closing a clause; bold questions
@pytest.mark.parametrize("body", [
    "Do your readers believe that?",
    "**Do your readers believe that?**",
    "**Do your readers believe the port is safe?**",
    "Voters believe that.",
])
def test_a_question_or_a_closing_that_reports_nothing(body):
    assert summary(body) == []


def test_a_bold_line_s_speaker_has_no_emphasis_marks():
    assert summary("**Oslo and Riga insist the ferry deal is purely commercial. Do your readers agree?**") == [
        ("insist", "Oslo and Riga", "the ferry deal is purely commercial", "indirect")]


# ------------------------------------------------------------------ 3. a direct question after a colon
def test_a_direct_question_after_a_colon_is_no_report():
    assert summary("Our buyers ask one question only: will a customs officer in Gdansk stop this cargo?") == []
    assert summary("The senator asked one thing: why had the agency kept the audit secret?") == []


def test_asking_someone_to_act_is_still_a_report():
    assert summary("The senator asked the agency to publish the audit.") == [
        ("asked", "The senator", "to publish the audit", "indirect")]


# ------------------------------------------------------------------ 4. generic singular speakers
@pytest.mark.parametrize("body", [
    "Every charter says it is defensive.",
    "When the charter says the members will help each other, every freight buyer reads that as policy.",
])
def test_a_generic_singular_speaker_in_the_present_is_no_entry(body):
    assert [s for s in summary(body) if s[1] and s[1].lower().startswith("every")] == []


def test_a_past_report_of_every_member_keeps_its_entry():
    assert summary("Every minister said the pact was defensive.") == [
        ("said", "Every minister", "the pact was defensive", "indirect")]


def test_a_plural_group_reading_that_as_is_still_a_report():
    found = summary("Analysts we spoke to read that as quiet unease: Tallinn likes a buffer on its border.")
    assert [s[0] for s in found] == ["read"] and found[0][1].startswith("Analysts")


# ------------------------------------------------------------------ 5. "so" standing for a clause
@pytest.mark.parametrize("body", [
    "He said so on Tuesday.",
    "The envoy disliked the plan and said so more often than his superiors liked.",
    "The mayor said so, and left.",
    "The envoy believes so too.",
])
def test_so_standing_for_a_clause_has_no_content(body):
    assert summary(body) == []


def test_so_opening_a_clause_as_a_degree_adverb_is_content():
    assert summary("The minister said so many people had left that the town was empty.") == [
        ("said", "The minister", "so many people had left that the town was empty", "indirect")]


# ------------------------------------------------------------------ 6. remembered X as "..."
def test_remembered_as_a_quotation_is_a_partial_report():
    assert summary('Colleagues remember her as "a tireless negotiator".') == [
        ("remember", "Colleagues", "a tireless negotiator", "partial")]


def test_remembered_as_without_a_quotation_is_memory():
    assert summary("Her sister remembered him as a shy boy.") == []
    assert summary("I remember that day well.") == []


# ------------------------------------------------------------------ 7. a parenthesis before "as"
def test_a_parenthesis_between_the_verb_and_as_is_skipped():
    found = summary("Mr Oden backed the campaign, which he described, in the ministry's own phrase, as a "
                    "“limited border operation”.")
    assert ("described", "he", "limited border operation", "partial") in found
    assert summary('The minister described the deal, privately, as "a disaster".') == [
        ("described", "The minister", "a disaster", "partial")]


# ------------------------------------------------------------------ 8. message noun + participle + quoted object
def test_a_communique_expressing_a_quoted_object_is_the_issuer_s_report():
    assert summary('The Government of Valdoria issued a communiqué expressing its "warm wishes" to the peoples '
                   'of both states.') == [("expressing", "The Government of Valdoria", "warm wishes", "partial")]


def test_the_issuer_is_the_mention_after_a_fronted_phrase_a_list_or_a_noun_appositive():
    assert summary('Outside the chamber, the Brevian Embassy in Lisbon issued a statement describing the '
                   'criticism as "hysteria".')[0][1] == "the Brevian Embassy in Lisbon"
    assert summary('Norland, Vestria and Ostmark issued a joint statement saying the deal "undermines" '
                   'security.')[0][1] == "Norland, Vestria and Ostmark"
    assert summary("Ilse Varga, the party's chair and its most reliable attack dog, issued a statement on "
                   "3 May warning that the plan would fail.")[0][1] == \
        "Ilse Varga, the party's chair and its most reliable attack dog"


def test_a_letter_received_keeps_the_letter_as_its_speaker():
    assert summary("Ann Roe received a letter on Thursday slamming the plan.")[0][1] == "a letter"


# ------------------------------------------------------------------ 9. quoted noun phrase with a relative clause
def test_a_quoted_object_with_a_relative_clause_is_no_report_of_its_own():
    assert summary('Speaking in Vostrand on Monday, Ilse Varga said Norland maintained "close ties with every '
                   'state that respects our borders", including both of its neighbours.') == [
        ("said", "Ilse Varga", "close ties with every state that respects our borders", "partial")]


# ------------------------------------------------------------------ 10. a second that-clause of the outer verb
def test_and_that_coordinates_the_outer_report_s_clauses():
    assert summary("She later recalled that the other side had demanded a veto clause and that the ministry had "
                   "refused it “within the hour”.") == [
        ("recalled", "She", "within the hour", "partial")]


def test_a_verb_with_its_own_that_clause_keeps_it():
    assert summary("The minister said the plan failed and that talks would resume.") == [
        ("said", "The minister", "the plan failed and that talks would resume", "indirect")]


# ------------------------------------------------------------------ 11. answering a question
def test_answering_a_question_names_the_exchange_only():
    assert summary('"Norland is our closest partner," the minister stressed, answering a question from a '
                   'Harbour Post correspondent.') == [
        ("stressed", "the minister", "Norland is our closest partner,", "direct")]


def test_answering_with_a_that_clause_is_a_report():
    assert summary("The minister answered that the talks would go on.") == [
        ("answered", "The minister", "the talks would go on", "indirect")]


# ------------------------------------------------------------------ 12. a standfirst above a byline
def test_a_standfirst_above_the_byline_carries_no_entries():
    body = ("Veteran envoy who drafted the harbour accord and warned against its successor\n\n"
            "By Jane Holloway\n\n"
            "The envoy warned against a hasty decision.")
    assert summary(body) == [("warned against", "The envoy", "a hasty decision", "indirect")]


def test_a_sentence_opening_with_by_is_no_byline():
    body = ("By signing the accord, the minister warned against a hasty decision.\n\n"
            "The envoy said the port would close.")
    assert [s[0] for s in summary(body)] == ["warned against", "said"]


# ------------------------------------------------------------------ 13. set 15's leftovers
def test_slamming_an_object_for_its_own_report_has_the_object_as_text():
    # "for hyping ... as a “...”": the object's own speech act, nested; its quotation is not the critics' words
    body = ('The pact is a matter for the two states, Tallinn scholars said on Friday, while slamming some foreign '
            'papers and pundits for hyping the deal as a "new bloc" to stir tension.')
    assert ("slamming", "Tallinn scholars", "some foreign papers and pundits", "indirect") in summary(body)
    assert summary('The mayor slammed the board for calling the levy "a fair tax".') == [
        ("slammed", "The mayor", "the board", "indirect")]


def test_a_reason_of_no_one_s_words_stays_content():
    assert summary("The mayor blasted the media for being dishonest.") == [
        ("blasted", "The mayor", "the media for being dishonest", "indirect")]


def test_a_subject_before_an_as_participle_aside_is_the_verb_s_subject():
    # "Article 4 ..., as published by ..., refers to ...": a document's reference, nested in the report, no entry
    found = summary("Holm pointed out that Clause 4 of the charter, as published by the Vestrand Gazette, refers "
                    "explicitly to Clause 9 of the old accord, meaning it is in essence defensive.")
    assert [s[0] for s in found] == ["pointed out"]
    assert summary("The council's report, as published on Monday, says the port will close.") == [
        ("says", "The council's report", "the port will close", "indirect")]


def test_put_it_past_a_manner_an_occasion_and_a_time_adjunct():
    body = ('A Brevian envoy I have known for ten years put it with unusual frankness over dinner in Kasso last '
            'spring: "We need their ports. Friendship has nothing to do with it."')
    assert summary(body) == [("put it", "A Brevian envoy I have known for ten years",
                              "We need their ports. Friendship has nothing to do with it.", "direct")]


def test_put_it_on_a_thing_is_still_no_report():
    assert summary('She put it on the old table: "Do not touch."') == []


# ------------------------------------------------------------------ 14. a quoted noun phrase after its cue is partial
@pytest.mark.parametrize("body, cue, text", [
    ('"We will not be drawn in," she said, warning against "a new arms race".', "warning against", "a new arms race"),
    ('The envoy called for "calm and restraint".', "called for", "calm and restraint"),
    ('Lund expressed "full support".', "expressed", "full support"),
])
def test_a_quoted_noun_phrase_completing_its_cue_is_partial(body, cue, text):
    found = {s[0]: s for s in summary(body)}
    assert found[cue][2:] == (text, "partial")


def test_a_quoted_clause_after_its_cue_stays_direct():
    assert summary('She said: "We will not be drawn in."')[0][3] == "direct"
    assert summary('"We will not be drawn in," she said.')[0][3] == "direct"
