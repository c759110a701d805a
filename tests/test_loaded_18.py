"""Round 18 (L5, with the lead's withdrawals after review RC): state-aimed criminal labels, transcript role notes,
the servility boundary guard.

Every sentence here is written for the test (invented names and places).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.text import parse_article
from analysis.text.segment import parse_text


def doc(body: str):
    return parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))


def terms(body: str) -> list[str]:
    return [h.entry.term for h in w.find_terms(doc(body))]


def voices(body: str) -> dict[str, str]:
    return {h.matched_text: h.voice for h in w.find_terms(doc(body))}


# ---------------------------------------------------------------- no core "<Name> aggressors"
# (L5's core entry was withdrawn after review RC: crime, historical and sport copy write the same words; these and the
# review's sentences count no "aggressors")

@pytest.mark.parametrize("body", [
    "Historians still argue over who the aggressors were in the border war of 1911.",
    "The treaty obliges each side to help the other repel any aggressors.",
    "The tribunal found that the Velmarian aggressors had crossed the river first.",
    "Pilots of the Red Flag aggressors flew the enemy role over the desert range.",
    "During the exercise the Tarsian aggressors played the opposing force for three days.",
    "The aggressor fired first, the report concluded.",
    "Unknown aggressors beat the night guard and took the till.",
    "Masked aggressors were seen leaving the stadium, police said.",
    "Witnesses said the two Moldavian aggressors fled in a grey van before officers arrived.",
    "The German aggressors of 1939 are the subject of the new exhibition.",
    "The United aggressors pressed high all match.",
])
def test_aggressors_not_counted(body):
    assert "aggressors" not in terms(body)


# ---------------------------------------------------------------- war criminal

@pytest.mark.parametrize("body", [
    "A columnist wrote that the president now shakes hands with a war criminal.",
    "Opposition leaders called the general a war criminal at the rally.",
])
def test_war_criminal_is_a_core_label_in_reported_speech(body):
    # round 24 (L23): core in the reported voices (every invented set's gold lists it there); the narrator's
    # historical and legal-process uses (review RC, round 18) are no longer counted in any tier
    assert "war criminal" in terms(body)
    narrated = "The president now shakes hands with a war criminal."
    assert "war criminal" not in [h.entry.term for h in w.find_terms(doc(narrated), tiers=("core", "general", "pattern",
                                                                                           "borderline"))]


@pytest.mark.parametrize("body", [
    "The convicted war criminal was moved to a prison in the north.",
    "An indicted war criminal slipped across the mountains in 1998.",
    "The tribunal sentenced the colonel, whom it called a war criminal, to twenty years.",
    "A museum exhibit traces the flight of Nazi war criminals to the south.",
    "The court heard that the commander had been named a war criminal in an earlier verdict.",
    "Prosecutors said the warrant named him as a suspected war criminal.",
    "Seven Japanese war criminals were hanged in Tokyo in December 1948.",
    "The ICC prosecutor's office declined to say whether it regards him as a war criminal.",
])
def test_war_criminal_as_a_determination_not_counted(body):
    assert "war criminal" not in terms(body)


# ---------------------------------------------------------------- accomplice in <state crime>

@pytest.mark.parametrize("body", [
    "The editorial said the shipments make Dorvia an accomplice to genocide.",
    "Critics have branded the consortium an accomplice in war crimes.",
    "For the weekly, the neighbouring government is now an accomplice to aggression.",
])
def test_accomplice_in_a_state_crime_counts(body):
    assert "accomplice in war crimes" in terms(body)


@pytest.mark.parametrize("body", [
    "The driver was charged as an accomplice to murder after the bank raid.",
    "Police believe a second man acted as an accomplice in the robbery.",
    "The court acquitted the clerk, who prosecutors said was an accomplice to war crimes.",
    "She admitted she had been an accomplice to the theft of the paintings.",
    "The jury heard he was an accomplice in genocide according to two witnesses.",
    "An accomplice waited in the car outside the jeweller's shop.",
])
def test_accomplice_ordinary_or_in_court_not_counted(body):
    assert "accomplice in war crimes" not in terms(body)


# ---------------------------------------------------------------- transcript role notes

PHONE_IN = """MORNING LINE WITH ODA VESK | 8 MARCH

ODA VESK (PRESENTER): Good morning. The lines are open on the grain deal. First, Pell in Marrow.

PELL (CALLER, MARROW): Morning Oda. Those butchers in the capital will sell us out again.

ODA VESK (PRESENTER): Strong words, Pell. Now Dr Ines Holt of the Crane Institute.

DR INES HOLT (CRANE INSTITUTE): The regime there is a kleptocracy, plain and simple.

ODA VESK (PRESENTER): And what of the regime's own media?
"""


def test_presenter_note_makes_callers_and_guests_answer_turns():
    turns = parse_text(PHONE_IN).turns
    roles = [(t.label, t.role) for t in turns]
    assert roles == [("ODA VESK", "question"), ("PELL", "answer"), ("ODA VESK", "question"),
                     ("DR INES HOLT", "answer"), ("ODA VESK", "question")]


def test_caller_and_guest_words_are_quoted_voice_presenter_narrator():
    got = voices(PHONE_IN)
    assert got["butchers"] == "quoted"
    assert got["kleptocracy"] == "quoted"
    # the guest's 'regime' is quoted, the presenter's narrator (voices() keeps only the last hit of a word)
    assert [h.voice for h in w.find_terms(doc(PHONE_IN)) if h.matched_text == "regime"] == ["quoted", "narrator"]


def _staff(note: str) -> bool:
    from analysis.text.segment import load_segmentation_words
    from analysis.text.transcript import _staff_note
    words = load_segmentation_words()
    return _staff_note(f"JANE ROE {note}: ", words.transcript_question_labels, words.transcript_staff_ranks)


@pytest.mark.parametrize("note,staff", [
    ("(PRESENTER)", True), ("(HOST, LONDON)", False), ("(CHIEF CORRESPONDENT, THE ORMSBY POST)", False), ("(Senior Correspondent)", True), ("(co-host)", True),
    ("(voice-over)", False), ("(through translator)", False), ("(KTV CORRESPONDENT)", False),
    ("(CALLER, LEEDS)", False),
    ("(HARBOUR INSTITUTE)", False), ("(FORMER PRESENTER OF KTV)", False)])
def test_staff_notes(note, staff):
    assert _staff(note) is staff


def test_a_list_of_labelled_callers_without_a_presenter_is_no_transcript():
    body = ("PELL (CALLER, MARROW): The roads are flooded again.\n\n"
            "ANNA (CALLER, DUNE): The ferry has not run since Monday.\n")
    assert parse_text(body).turns == ()


# ---------------------------------------------------------------- servility 'of <state>': the name ends its noun phrase

@pytest.mark.parametrize("body", [
    "The opposition called the cabinet a pliant tool of Moscow.",
    "Critics say the envoy was an obedient servant of the Kremlin, and nothing more.",
    "The junta acted as the docile instrument of Rome and Paris for a decade.",
])
def test_servility_of_a_state_counts(body):
    assert any(t.startswith("<servility_adjective>") for t in terms(body))


@pytest.mark.parametrize("body", [
    "The regulator was a pliant tool of Moscow oligarchs for years.",
    "The council became a docile instrument of Beijing tech giants.",
    "The agency was an obedient servant of Washington hawks, the memoir says.",
    "The fund was a pliant instrument of Rome's banking lobby.",
    "The club was the obedient servant of the Kremlin press office.",
    "The editor was a slavish instrument of London property developers.",
])
def test_servility_of_a_state_modifier_not_counted(body):
    assert not any(t.startswith("<servility_adjective>") for t in terms(body))


# ---------------------------------------------------------------- hits inside a paraphrase keep its voice
# (L5's rule giving an appositive epithet after a name the narrator's voice was withdrawn after review RC: list items
# and possessives, "visit Tesland, the junta in Ormsby and ...", "met Halvard Dunn, the dictator's son-in-law")

@pytest.mark.parametrize("body,word", [
    ("Officials said Tesland was a rogue state.", "rogue state"),
    ("Officials said the regime Tuesday had broken the truce.", "regime"),
    ("The mayor urged calm after Tesland, which she called a rogue state, shut the road.", "rogue state"),
    ("Officials said that, a rogue state or not, Tesland must pay.", "rogue state"),
    ("Officials said the dictator had fled before dawn.", "dictator"),
    ("The envoy said the accord was sealed by Tesland strongman Ivo Brant in the spring.", "strongman"),
    ("Officials said the sanctions would embolden Tesland.", "embolden"),
    ("Officials said that in Tesland, a dictator controls every newspaper.", "dictator"),
    ("Officials said that by March, the regime spokesman had stopped briefing.", "regime"),
    ("Officials said that on Friday, the regime had closed the border.", "regime"),
    ("The envoy said Tesland had become “a rogue state, Vorland’s puppet”.", "rogue state"),
    ("The minister said envoys would visit Tesland, the junta in Ormsby and the Vorland islands next month.", "junta"),
    ("Ortiz said she had met Halvard Dunn, the dictator's son-in-law, in Geneva.", "dictator"),
])
def test_other_reported_hits_keep_their_voice(body, word):
    assert voices(body)[word] in {"paraphrase", "quoted"}
