"""Round 27 (P): PolNeAR speech-attribution recall.  Every sentence is invented for the tests (names, places,
outlets); each section is one general mend.

1. A relative clause whose gapped head is the subject of the reported clause, with the verb's -s form before a
   modal ("a slump that the institute predicts will last", "a fight the union says will be long"): an -s form
   whose most frequent tag is a verb (VBZ in the Brill lexicon: says, predicts, insists) is the reporting verb;
   one that is mostly a plural noun ("states", "claims") before a modal stays the modal's subject.  A wh-word
   just before ("I wonder who she thinks will win") asks a question: no report in either scheme.
2. A naming verb ("call": no clause frame) with a demonstrative or a bare plural opening its object: "called that
   plan “a cruel one”", "called migrants from the coast “thieves”" name the object (was no entry: "that" read as
   a complementizer, a bare plural with a prepositional phrase not read as an object).
3. "“...,” X said, according to a transcript of ...": the seed scheme drops the record (it only wrote the words
   down, twenty-fourth invented set); PolNeAR annotates it as the outer source, the report inside its content
   (univocal: the inner "said" is then no entry)."""

from __future__ import annotations

import pytest

from analysis.extract.attribution import extract_attributions
from analysis.extract.attribution.cues import _verb_only_s_form
from analysis.extract.attribution.tokens import _Tok, _sentence_tokens
from tests._attribution_helpers import doc


def _rows(body: str, scheme: str = "polnear") -> list[tuple[str, str | None, str, str]]:
    """(cue, speaker mention, content, kind) of each attribution of ``body`` in ``scheme``."""
    return [(a.cue, a.speaker_mention, a.text, a.kind) for a in extract_attributions(doc(body), scheme=scheme)]


# ---- 1. "a slump that the institute predicts will last": an -s verb before the gapped clause's modal

@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body, cue, speaker, content", [
    ("Ferry traffic fell again, a slump that the Varna Transit Institute predicts will last until spring.",
     "predicts", "the Varna Transit Institute", "will last until spring"),
    ("The dockers face a dispute that the union says will be long and costly.",
     "says", "the union", "will be long and costly"),
    ("It is a levy Mayor Petra Lind insists would hurt small bakeries.",
     "insists", "Mayor Petra Lind", "would hurt small bakeries"),
    ("The council backed a plan which Ivo Sand believes could cut fares.",
     "believes", "Ivo Sand", "could cut fares"),
])
def test_an_s_verb_before_a_modal_reports_the_gapped_clause(body, cue, speaker, content, scheme):
    assert [(c, s, t) for c, s, t, _ in _rows(body, scheme)] == [(cue, speaker, content)]


@pytest.mark.parametrize("body", [
    "Small states cannot afford another levy.",
    "Such claims will not survive a court hearing.",
    "Emergency calls will go unanswered on Sunday.",
])
def test_a_plural_noun_before_a_modal_is_no_cue(body):
    assert _rows(body) == []


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
def test_a_wh_question_over_the_gapped_subject_is_no_report(scheme):
    assert _rows("I wonder who the coach thinks will start on Sunday.", scheme) == []


def _toks(text: str) -> list[_Tok]:
    """The tokens of ``text``'s sentences, in order."""
    return [t for sent in _sentence_tokens(doc(text).text) for t in sent]


def test_verb_only_s_forms_read_the_brill_tag():
    assert [_verb_only_s_form(t) for t in _toks("He says predicts insists states claims reports Says")] == \
        [False, True, True, True, False, False, False, False]


# ---- 2. "called that plan “a cruel one”", "called migrants from the coast “thieves”"

@pytest.mark.parametrize("body, speaker, content", [
    ('Councillor Rhea Voss called that plan "a cruel one" at the hearing.', "Councillor Rhea Voss", "a cruel one"),
    ('Mayor Ivo Sand called migrants from the coast "thieves" and promised to build a fence.', "Mayor Ivo Sand",
     "thieves"),
    ('Ada Lenz called rural voters in Dunmore "the backbone of the party."', "Ada Lenz", "the backbone of the party."),
])
def test_a_naming_verb_with_a_demonstrative_or_bare_plural_object(body, speaker, content):
    rows = _rows(body)
    assert (rows[0][0], rows[0][1], rows[0][2]) == ("called", speaker, content)


@pytest.mark.parametrize("body", [
    "She called that morning from the ferry terminal.",
    "The judge called reporters to the bench a day later.",
])
def test_a_call_that_names_nothing_stays_no_entry(body):
    assert _rows(body) == []


# ---- 3. '“...,” X said, according to a transcript of ...': PolNeAR's outer source is the record

_RECORD = '"The levy is dead," Ada Lenz said, according to a transcript of the Dunmore council hearing.'


def test_polnear_keeps_the_record_as_the_outer_source():
    rows = _rows(_RECORD)
    assert [(cue, spk, kind) for cue, spk, _, kind in rows] == \
        [("according to", "a transcript of the Dunmore council hearing", "according_to")]
    assert "Ada Lenz said" in rows[0][2]


def test_the_seed_scheme_keeps_the_speaker_and_drops_the_record():
    assert [(cue, spk) for cue, spk, _, _ in _rows(_RECORD, "seeds")] == [("said", "Ada Lenz")]


def test_a_record_standing_alone_is_a_source_in_both_schemes():
    body = "According to the transcript, the mayor left the hearing early."
    for scheme in ("polnear", "seeds"):
        assert [(cue, spk) for cue, spk, _, _ in _rows(body, scheme)] == [("According to", "the transcript")]


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
def test_a_demonstrative_object_gives_the_entry_a_definite_one_gives(scheme):
    that = _rows('Lena Brod labelled that bill "bought and paid for."', scheme)
    the = _rows('Lena Brod labelled the bill "bought and paid for."', scheme)
    assert that == the == [("labelled", "Lena Brod", "bought and paid for.", "partial")]
