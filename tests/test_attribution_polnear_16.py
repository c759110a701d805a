"""Round 16 (N2) attribution rules for PolNeAR's speech recall, each with invented sentences (invented names and
places), positive and negative cases."""

from __future__ import annotations

import pytest

from analysis.extract.attribution import extract_attributions
from tests._attribution_helpers import doc


def _rows(body: str, scheme: str) -> list[tuple[str, str | None, str]]:
    return [(a.cue, a.speaker_mention, a.text) for a in extract_attributions(doc(body), scheme=scheme)]


def _source_of(body: str, cue: str, scheme: str) -> str | None:
    """The source span of the first relation whose cue is ``cue`` (AssertionError when there is none)."""
    rows = [r for r in _rows(body, scheme) if r[0] == cue]
    assert rows, f"no {cue!r} relation"
    return rows[0][1]


# ------------------------------------------------------------------ 1. a gerund after an exceptive preposition
# "aside from / apart from / besides / beyond / other than saying <clause>" asserts the saying: a report whose
# speaker is the main clause's subject; the object before ", aside from" is not part of the first cue's content.

@pytest.mark.parametrize("body, expected", [
    ("Ilse Varga would not name a date for the vote, aside from saying it would come before winter.",
     ("saying", "Ilse Varga", "it would come before winter")),
    ("The harbour board kept its plans quiet, apart from saying that two berths would close.",
     ("saying", "The harbour board", "two berths would close")),
    ("Besides hinting the levy could fall, the treasurer offered nothing new.",
     ("hinting", "the treasurer", "the levy could fall")),
    ("Other than saying the ferries had been delayed, the operator gave no reason.",
     ("saying", "the operator", "the ferries had been delayed")),
    ("Beyond noting that the tunnel leaked, the inspectors kept silent.",
     ("noting", "the inspectors", "the tunnel leaked")),
    ("The pilots' union gave no figures, aside from warning fares would rise.",
     ("warning", "The pilots' union", "fares would rise")),
])
@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
def test_exceptive_gerund_is_a_report(body, expected, scheme):
    assert expected in _rows(body, scheme)


def test_object_before_exceptive_gerund_ends_at_the_comma():
    rows = _rows("Dr. Anton Pell declined to discuss the bidders, aside from saying he favours a local firm.",
                 "polnear")
    assert ("declined to discuss", "Dr. Anton Pell", "the bidders") in rows
    assert ("saying", "Dr. Anton Pell", "he favours a local firm") in rows


@pytest.mark.parametrize("body, verb", [
    # "from" alone: the saying is withheld or prevented
    ("Councillor Rhee refrained from saying she would stand again.", "saying"),
    ("The clerk was barred from announcing the tally would be late.", "announcing"),
    # no clause after the gerund: a formula, not reported words
    ("Apart from saying thanks, the coach left the podium.", "saying"),
    ("Aside from saying grace, the Orlov family ate in silence.", "saying"),
    ("Besides saying goodbye, the captain did nothing.", "saying"),
    ("Apart from saying thanks to the crew, the coach left the podium.", "saying"),
    # a noun phrase object, no clause
    ("Beyond noting the date, the minutes record nothing.", "noting"),
    # a noun after "other", not the exceptive "other than"
    ("The fund went to other things than saying the bridge was sound.", "saying"),
])
@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
def test_no_report_after_a_non_exceptive_or_without_a_clause(body, verb, scheme):
    assert [r for r in _rows(body, scheme) if r[0] == verb] == []


def test_sentence_opening_exceptive_word_is_never_the_speaker():
    for body in ("Besides warning that fares would rise, the ferry company cut two routes.",
                 "Other than saying the count was over, the returning officer left."):
        assert all(r[1] not in {"Besides", "Other than", "Other"} for r in _rows(body, "polnear"))


# ------------------------------------------------------------------ 2. a time phrase is never the source
# "X, who in 2012 said ...", "X, who last year warned ...": the relative pronoun speaks, past its time phrase;
# "“...,” Name, R-Vt., said Tuesday.": a weekday after the verb is no inverted speaker, the name before speaks.

@pytest.mark.parametrize("body, cue, source", [
    ("The guild has long opposed Mira Tolk, who in 2014 said the archive should be sold.", "said", "who"),
    ("The guild backed Mira Tolk, who last month warned that the archive would flood.", "warned", "who"),
    ("The guild backed Mira Tolk, who on Monday argued that the archive was safe.", "argued", "who"),
    ('Ivo Sarn, who has in the past branded the levy "a raid," voted for it.', "branded", "who"),
    ("Ivo Sarn, who has both praised the levy and attacked its author, voted for it.", "praised", "who"),
    ('"The archive stays open," Deputy Mira Tolk, L-Ore., said Thursday.', "said", "Deputy Mira Tolk, L-Ore."),
    ('"The archive stays open," the deputy, a Liberal, said Thursday, adding that funds were short.', "said",
     "the deputy, a Liberal"),
])
@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
def test_time_phrase_is_not_the_source(body, cue, source, scheme):
    assert _source_of(body, cue, scheme) == source


@pytest.mark.parametrize("body, source", [
    # a name that begins with a weekday word stays an inverted speaker
    ('"The archive stays open," said Sunday Okafor, the curator.', "Sunday Okafor, the curator"),
    # a time phrase inside the subject, no relative pronoun before it: untouched
    ("Residents in 2014 said the archive should be sold.", "Residents in 2014"),
    # the plain relative clause is unchanged
    ("The guild backed Mira Tolk, who said the archive was safe.", "who"),
    # a subject with "both" and a time phrase, no relative pronoun: the subject stays
    ("Both unions have in the past said the levy was unfair.", "Both unions"),
])
def test_time_phrase_rule_leaves_other_sources(body, source):
    rows = _rows(body, "polnear")
    assert rows and rows[0][1] == source


def test_relative_with_a_time_phrase_and_no_report_gives_none():
    assert _rows("The levee, which in 2009 failed, was rebuilt by the county.", "polnear") == []


# ------------------------------------------------------------------ 3. PolNeAR: the issuer of a message speaks
# PolNeAR's cue spans "issued a statement saying" and its source is the issuer (train: 20 such relations had the
# message noun as source); the seed scheme keeps the message as the speaker (seed conventions §11).

@pytest.mark.parametrize("body, cue, source", [
    ("The Vessa port authority issued a statement saying the quay would reopen.", "saying", "The Vessa port authority"),
    ("The ferry union sent out a press release saying fares would rise.", "saying", "The ferry union"),
    ("Councillor Hana Brisk posted two tweets Monday claiming the vote was rigged.", "claiming",
     "Councillor Hana Brisk"),
    ('The Orvel Trust published a letter calling the levy "a tax on water."', "calling", "The Orvel Trust"),
])
def test_polnear_issuer_of_a_message_is_the_source(body, cue, source):
    assert _source_of(body, cue, "polnear") == source


@pytest.mark.parametrize("body, cue, source, scheme", [
    # round 20: the seed scheme names the issuer too (the later invented sets' golds)
    ("The Vessa port authority issued a statement saying the quay would reopen.", "saying", "The Vessa port authority",
     "seeds"),
    ("The ferry union sent out a press release saying fares would rise.", "saying", "The ferry union", "seeds"),
    # no verb of issuing: the recipient or reader does not speak, the message does
    ("The mayor received a letter saying the quay would reopen.", "saying", "a letter", "polnear"),
    ("The clerk read out a statement saying the quay would reopen.", "saying", "a statement", "polnear"),
    ("The clerk found a note saying the quay would reopen.", "saying", "a note", "polnear"),
])
def test_message_stays_the_source_without_an_issuing_verb_or_in_the_seed_scheme(body, cue, source, scheme):
    assert _source_of(body, cue, scheme) == source


def test_issuing_verb_without_a_message_noun_is_no_report():
    assert _rows("The board issued permits allowing the quay to reopen.", "polnear") == []
