"""Round 23 (helper QA): rarer cue shapes the nineteenth and twenty-first invented sets showed (a relay verb after
an aside or in a relative clause, a quoted characterisation inside another report), as general rules, on sentences
written here (new names, places and outlets)."""

from __future__ import annotations

from tests._attribution_helpers import speaker_names, summary


# ---------------------------------------------------------------- relay frames: the agent before an aside / "which"
def test_a_relay_agent_before_a_parenthetical_aside_relays():
    # "meanwhile" (roles.yaml setting.parenthetical) can be left out: the noun phrase before it quotes
    assert summary('The Harbour Gazette, meanwhile, quoted Mayor Ilse Brandt as calling the bridge '
                   '"a gift to the valley".') == [
        ("quoted", "The Harbour Gazette", 'the bridge "a gift to the valley"', "indirect"),
        ("as calling", "Mayor Ilse Brandt", "a gift to the valley", "partial")]


def test_a_relative_which_relays_for_its_antecedent():
    body = ('Mayor Ilse Brandt opened the bridge, according to the Tarn Courier, which also quoted the mayor as '
            'hailing the bridge as "a gift to the valley" for all.')
    assert summary(body) == [
        ("according to", "the Tarn Courier", "Mayor Ilse Brandt opened the bridge", "according_to"),
        ("quoted", "which", 'the bridge as "a gift to the valley" for all', "indirect"),
        ("as hailing", "the mayor", "a gift to the valley", "partial")]
    assert speaker_names(body)["which"] == "Tarn Courier"


def test_a_relative_which_of_another_clause_is_no_agent():
    # "which" after a comma but no noun phrase before it (a clause-final quotation): no relay agent invented
    assert [s[0] for s in summary('The Tarn Courier quoted the mayor as saying the bridge was "a gift".')] == [
        "quoted", "as saying"]


# ---------------------------------------------------------------- a quoted characterisation inside a report
def test_a_quoted_characterisation_inside_a_report_is_its_speakers_own():
    # the reporter gets the clause, the one who described / hailed / named gets the quoted words (VerbNet
    # characterize-29.2, dub-29.3.2), whoever the reporter is
    assert summary('The Tarn Courier reported on Friday that Governor Ilse Brandt had lauded the dam as '
                   '"a monument to patience".') == [
        ("reported", "The Tarn Courier", 'Governor Ilse Brandt had lauded the dam as "a monument to patience"',
         "indirect"),
        ("lauded", "Governor Ilse Brandt", "a monument to patience", "partial")]
    assert summary('The Courier said Brandt had toasted the engineers as "true builders".') == [
        ("said", "The Courier", 'Brandt had toasted the engineers as "true builders"', "indirect"),
        ("toasted", "Brandt", "true builders", "partial")]
    found = summary('Ana Voss recalls that the old governor called the dam "a cathedral of concrete" in 1961.')
    assert ("called", "the old governor", "a cathedral of concrete", "partial") in found


def test_a_directive_inside_a_report_stays_the_reporters():
    # an order or demand in a report is no characterisation: one entry, the reporter's
    found = summary('The Courier said the governor had ordered crews to "work through the night".')
    assert [f[0] for f in found] == ["said"]


# ---------------------------------------------------------------- "said in a statement" + a clause without "that"
def test_a_message_phrase_between_the_verb_and_a_thatless_clause():
    assert summary('Harbour Council chair Ana Lio said in a statement the members were "deeply worried by any '
                   'build-up".') == [
        ("said", "Harbour Council chair Ana Lio", "deeply worried by any build-up", "partial")]
    assert summary("Ana Lio wrote in her weekly column the port would close.") == [
        ("wrote", "Ana Lio", "the port would close", "indirect")]


def test_a_message_phrase_with_a_relative_clause_leaves_the_that_clause():
    # "the statement the firm released Monday": a relative clause on the noun; the content follows "that"
    assert summary("Ana Lio said in a statement the firm released Monday that the port would close.") == [
        ("said", "Ana Lio", "the port would close", "indirect")]


# ---------------------------------------------------------------- "In his assessment," / "by her own estimate,"
def test_a_possessive_phrase_of_judgement_is_according_to():
    assert summary("Professor Ivo Dane runs the Arden Institute. In his assessment, the toll is a paper tiger.") == [
        ("In his assessment", "his", "the toll is a paper tiger", "according_to")]
    assert summary("Ana Lio runs the mill. By her own estimate, the mill lost a third of its orders.") == [
        ("By her own estimate", "her", "the mill lost a third of its orders", "according_to")]


def test_a_possessive_phrase_after_an_adverbial_subordinator_and_comma():
    found = summary("She skips the valley, where, by her estimate, workers were put on long shifts.")
    assert ("by her estimate", "her", "workers were put on long shifts", "according_to") in found
    # after "that" the phrase stays inside the report's own clause
    assert summary("Ana Lio says that, in her view, the mill is safe.") == [
        ("says", "Ana Lio", "in her view, the mill is safe", "indirect")]


def test_in_the_view_of_a_named_source_is_unchanged():
    assert summary("In the view of Paula Reyes, the port will close.") == [
        ("In the view of", "Paula Reyes", "the port will close", "according_to")]


# ---------------------------------------------------------------- "viewed that", a VBZ verb before "in/on/at"
def test_viewed_that_states_an_opinion():
    assert summary("Professor Ana Voss, however, viewed that the toll should be read in context.") == [
        ("viewed", "Professor Ana Voss", "the toll should be read in context", "indirect")]
    assert summary("Ana Voss viewed the site on Monday.") == []
    assert summary("The toll is viewed as a threat.") == []


def test_a_verb_ending_in_s_before_in_opens_the_clause_of_a_weak_cue():
    # "lies" is first a verb (Brill VBZ): "the weight lies in ..." is a clause, not a plural noun "lies"
    assert summary("Dr. Ivo Dane, a fellow at the Arden Institute, reckons the toll's weight lies in what comes "
                   "next.") == [
        ("reckons", "Dr. Ivo Dane, a fellow at the Arden Institute", "the toll's weight lies in what comes next",
         "indirect")]
    assert summary("Dr. Ivo Dane believes the future rests on the harbour.") == [
        ("believes", "Dr. Ivo Dane", "the future rests on the harbour", "indirect")]
