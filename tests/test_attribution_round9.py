"""Attribution rules of round 9 (house styles no earlier rule was written for), on sentences written for these
tests: each rule has sentences it must report and sentences with the same words that must not give the new
reading."""

from __future__ import annotations

from _attribution_helpers import doc, summary


# ------------------------------------------------------------------ magazine inversions after a quotation

def test_noun_risk_s_form_inverted_after_a_quotation():
    # "“...,” notes/quips/remarks <speaker>": the -s form agrees with the speaker after it
    assert summary('"The harbour plan will fail," remarks a banker in Oslo.') == [
        ("remarks", "a banker", "The harbour plan will fail,", "direct")]
    assert summary('"The harbour plan will fail," notes Ana Lind, a banker.') == [
        ("notes", "Ana Lind, a banker", "The harbour plan will fail,", "direct")]
    assert summary('"Why now?" jokes one trader.') == [("jokes", "one trader", "Why now?", "direct")]


def test_noun_after_a_quotation_stays_a_noun():
    # no noun phrase after the -s form: "jokes and all" is a noun, as before
    assert summary('The survey covers "swing states," jokes and all.') == []
    assert summary('He kept the "best bits," notes and drafts alike.') == []


# ------------------------------------------------------------------ reckon (VerbNet consider-29.9)

def test_reckon_reports_an_opinion_in_every_position():
    assert summary("The port's owners reckon the ferry will be late.") == [
        ("reckon", "The port's owners", "the ferry will be late", "indirect")]
    assert summary("The harbour plan will fail, reckons one banker in Oslo.") == [
        ("reckons", "one banker in Oslo", "The harbour plan will fail", "indirect")]
    assert summary("The harbour plan will fail, one banker in Oslo reckons.") == [
        ("reckons", "one banker in Oslo", "The harbour plan will fail", "indirect")]


def test_reckon_without_a_clause_reports_nothing():
    assert summary("The firm reckoned the cost at two billion.") == []
    assert summary("It was a day of reckoning for the party.") == []


# ------------------------------------------------------------------ "V, citing X, that ..."

def test_citing_parenthesis_before_the_that_clause():
    # the cue's content is the that-clause after the participial parenthesis (and a time phrase before it);
    # the cited noun phrase speaks for the participle
    assert summary("Channel 9 news reported Tuesday night, citing two army officials, that Oslo had raised the "
                   "issue with Riga.") == [
        ("reported", "Channel 9 news", "Oslo had raised the issue with Riga", "indirect"),
        ("citing", "two army officials", "Oslo had raised the issue with Riga", "indirect")]
    assert summary("Local media claimed, citing unnamed officials, that the port had shipped shells.") == [
        ("claimed", "Local media", "the port had shipped shells", "indirect"),
        ("citing", "unnamed officials", "the port had shipped shells", "indirect")]


def test_citing_without_a_that_clause_keeps_its_object():
    assert summary("The mayor resigned, citing health reasons.") == [
        ("citing", "The mayor", "health reasons", "indirect")]
    # a cited source closing the sentence is who speaks, no content of the participle (round 23: the invented
    # sets' golds give every cited source as a speaker, never as content: "quoting the Gospel of Matthew")
    # round 31: the cited source is also the speaker of the unquoted clause reported (thirtieth invented set's
    # gold: "reported that ..., citing an unnamed government official" is the official's entry too)
    assert summary("The paper said the port was closed, citing two officials.") == [
        ("said", "The paper", "the port was closed", "indirect"),
        ("citing", "two officials", "the port was closed", "indirect")]
    # a participle with its own that-clause is no parenthesis before the cue's clause
    assert summary("The mayor spoke, adding that the port was closed.") == [
        ("adding", "The mayor", "the port was closed", "indirect")]


# ------------------------------------------------------------------ gapped object after coordinated names

def test_gapped_object_relative_with_coordinated_names():
    assert summary("The mill dumped waste in the river, a charge Lima and Quito have always denied.") == [
        ("denied", "Lima and Quito", "a charge", "indirect")]
    assert summary("The mill dumped waste in the river, a charge Quito has denied.") == [
        ("denied", "Quito", "a charge", "indirect")]


# ------------------------------------------------------------------ broadcast transcripts: the outlet's correspondent

_PACKAGE = """ANCHOR (ANN ROE): Good evening. We begin in Oslo. Tom?

TOM LEE, {appos} (on camera): Ann, the mood is grim here.

LEE (voice-over): The mayor said the port would close, the state broadcaster reported. A senior aide told \
reporters the deal was "a direct threat to this port".

LEE (on camera): Officials here tell me they are worried. Ann?

ANCHOR (ANN ROE): Thank you, Tom."""


def test_correspondent_of_the_bylined_outlet_narrates():
    # "TOM LEE, KTV CORRESPONDENT" under the byline "KTV Night News": the outlet's staff, so LEE's later turns
    # ("LEE (voice-over):", a stage direction the line label now covers) are narration with their own reports
    assert summary(_PACKAGE.format(appos="KTV CORRESPONDENT"), byline="KTV Night News (transcript)") == [
        ("reported", "the state broadcaster", "The mayor said the port would close", "indirect"),
        ("said", "The mayor", "the port would close", "indirect"),
        ("told", "A senior aide", "a direct threat to this port", "partial"),
        ("tell", "Officials here", "they are worried", "indirect")]


def test_reporter_of_another_outlet_is_a_guest():
    # "HARBOUR GAZETTE REPORTER" under a KTV byline: a guest, whose lines are answer turns (quoted voice); since
    # round 18 the reports inside them are entries as in narration, so the entries are the staff reporter's
    body = _PACKAGE.format(appos="HARBOUR GAZETTE REPORTER")
    assert [(t.label, t.role) for t in doc(body, byline="KTV Night News (transcript)").text.turns] == [
        ("ANCHOR", "question"), ("TOM LEE, HARBOUR GAZETTE REPORTER", "answer"), ("LEE", "answer"), ("LEE", "answer"),
        ("ANCHOR", "question")]
    assert summary(body, byline="KTV Night News (transcript)") == \
        summary(_PACKAGE.format(appos="KTV CORRESPONDENT"), byline="KTV Night News (transcript)")


def test_place_pro_form_after_a_plural_subject():
    assert summary("Officials here say the port could close.") == [
        ("say", "Officials here", "the port could close", "indirect")]
    assert summary("Is there say in the matter?") == []


# ------------------------------------------------------------------ lines linking to another story

def test_link_line_to_another_story_reports_nothing():
    body = ("The port closed on Monday, the mayor said.\n\nREAD MORE: 'We will not bow': Lee slams pressure on Riga"
            "\n\nRelated: New cranes arrive at Oslo harbour, officials say\n\nThe ferry will run again, officials said.")
    assert summary(body) == [("said", "the mayor", "The port closed on Monday", "indirect"),
                             ("said", "officials", "The ferry will run again", "indirect")]


def test_body_sentence_opening_like_a_link_label_is_kept():
    assert summary("Read more — and read carefully — the judge told jurors.") == [
        ("told", "the judge", "Read more — and read carefully", "indirect")]


# ------------------------------------------------------------------ manner of another cue's act

def test_cue_whose_manner_is_another_cue_reports_nothing():
    assert summary('The coach replied by warning that the league would "regret it".') == [
        ("warning", "The coach", "regret it", "partial")]
    assert summary('The minister reacted by calling the plan "reckless".') == [
        ("calling", "The minister", "reckless", "partial")]


def test_cue_with_its_own_content_before_a_by_phrase_stays():
    assert summary("The mayor said by telephone that the port would close.") == [
        ("said", "The mayor", "the port would close", "indirect")]


# ------------------------------------------------------------------ comparative clauses

def test_comparative_clause_reports_nothing():
    assert summary("It is far less than the city pledged in its budget.") == []
    assert summary("The deficit is larger than officials promised last year.") == []
    assert summary("The film is remembered more for what it claimed than for what it showed.") == []


def test_more_than_a_number_of_speakers_still_speaks():
    assert summary("More than 40 officials said the port would close.") == [
        ("said", "More than 40 officials", "the port would close", "indirect")]
    assert summary("More than a dozen officials said the port would close.") == [
        ("said", "More than a dozen officials", "the port would close", "indirect")]


def test_comparative_clause_with_a_clause_after_the_verb_keeps_it():
    # the gap is inside the reported clause ("than aides say [he deserves __]"): a report, as PolNeAR marks it
    assert summary("The mayor got less credit than aides say he deserves.") == [
        ("say", "aides", "he deserves", "indirect")]
    assert summary("More than two-thirds of voters predict they will be richer.") == [
        ("predict", "More than two-thirds of voters", "they will be richer", "indirect")]


# ------------------------------------------------------------------ "X quoted by Y said" with no commas

def test_reduced_relay_participle_before_the_cue():
    assert summary("Estonian army sources quoted by the news site Delfi said that the shells came from the east.") == [
        ("quoted by", "the news site Delfi", "the shells came from the east", "indirect"),
        ("said", "Estonian army sources", "the shells came from the east", "indirect")]


def test_quoted_remarks_as_a_subject_are_no_relay():
    assert summary("The remarks quoted by Reuters were brief, the mayor said.") == [
        ("said", "the mayor", "The remarks quoted by Reuters were brief", "indirect")]
    assert summary("The daily Delfi said that the shells came from the east.") == [
        ("said", "The daily Delfi", "the shells came from the east", "indirect")]


# ------------------------------------------------------------------ inception verbs (reporting_verbs.yaml)

def test_began_or_started_claiming_opens_the_cue():
    assert summary("Within hours, online users began claiming that the minister had resigned.") == [
        ("began claiming", "online users", "the minister had resigned", "indirect")]
    assert summary("Within hours, online users started to claim that the minister had resigned.") == [
        ("started to claim", "online users", "the minister had resigned", "indirect")]


def test_inception_verb_negated_modal_or_noun_reports_nothing():
    assert summary("Users will begin claiming that the minister resigned.") == []
    assert summary("Users did not start claiming that the minister resigned.") == []
    assert summary("The start saying goodbye was hard.") == []


# ------------------------------------------------------------------ an "according to" phrase is no content

def test_according_to_phrase_before_a_cue_is_no_content():
    assert summary("According to Nora Vik, the unions agreed to cut overtime in the winter months.") == [
        ("According to", "Nora Vik", "the unions agreed to cut overtime in the winter months", "according_to")]


def test_clause_with_according_to_before_a_postposed_cue_stays():
    assert summary("According to the mayor, the port will close, officials said.") == [
        ("said", "officials", "According to the mayor, the port will close", "indirect"),
        ("According to", "the mayor", "the port will close", "according_to")]


# ------------------------------------------------------------------ the writer's gloss on reported content

def test_gloss_in_a_sentential_relative_is_no_ones_words():
    assert summary('The ministry says the port is a local matter, which is polite for "leave us alone".') == [
        ("says", "The ministry", "the port is a local matter", "indirect")]
    assert summary('The union says the talks are going well, which is code for "no deal yet".') == [
        ("says", "The union", "the talks are going well", "indirect")]


def test_speakers_words_after_which_stay_theirs():
    assert summary('Lee said he was hoping for a large turnout, which "will help elect Ann Roe."') == [
        ("said", "Lee", "will help elect Ann Roe.", "partial")]
    assert summary('She added that the vote was split, which is a problem because, "In the end, we vote for '
                   'somebody."') == [("added", "She", "In the end, we vote for somebody.", "partial")]


# ------------------------------------------------------------------ noun objects that look like cues

def test_free_relative_object_is_no_that_clause():
    # "everything that fills ...": a relative clause on the pronoun, the verb's object (not a that-clause)
    assert summary("The club welcomes everything that fills the stadium.") == [
        ("welcomes", "The club", "everything that fills the stadium", "indirect")]
    assert summary("She believes the club secretly welcomes everything that fills the stadium.") == [
        ("believes", "She", "the club secretly welcomes everything that fills the stadium", "indirect")]


def test_noun_risk_form_after_verb_and_adjective_is_a_noun():
    assert summary("Lenders could extend formal guarantees to Lisbon.") == []
    assert summary("She said Madrid might later extend military guarantees to Lisbon, and that the current accord "
                   "is silent.") == [("said", "She", "Madrid might later extend military guarantees to Lisbon, and that the "
                                     "current accord is silent", "indirect")]
    # the verb itself, and a noun with its own infinitive, stay
    assert summary("The treaty guarantees that each side will help.") == [
        ("guarantees", "The treaty", "each side will help", "indirect")]


# ------------------------------------------------------------------ "A clip forwarded 12,000 times claims ..."

def test_participle_with_a_count_of_times_modifies_the_speaker():
    assert summary("A clip forwarded over 12,000 times on Telegram claims the mayor fled.") == [
        ("claims", "A clip forwarded over 12,000 times on Telegram", "the mayor fled", "indirect")]
    assert summary("A clip viewed two million times says the port closed.") == [
        ("says", "A clip viewed two million times", "the port closed", "indirect")]


def test_count_of_times_in_a_finite_clause_stays_content():
    assert summary("The clip was forwarded 12,000 times on Telegram, police say.") == [
        ("say", "police", "The clip was forwarded 12,000 times on Telegram", "indirect")]
    assert summary("Fans posted the clip 12,000 times on Telegram, the league says.") == [
        ("says", "the league", "Fans posted the clip 12,000 times on Telegram", "indirect")]


# ------------------------------------------------------------------ a text is a speaker only with a verb of saying

def test_document_subject_of_an_object_only_verb_reports_nothing():
    assert summary("The second clause refers to an earlier fisheries accord.") == []
    assert summary("The provision refers to the old border.") == []


def test_document_with_a_verb_of_saying_or_a_person_with_refer_to_stays():
    assert summary("The clause states that each side will help.") == [
        ("states", "The clause", "each side will help", "indirect")]
    assert summary("The mayor referred to the charter.") == [
        ("referred to", "The mayor", "the charter", "indirect")]
