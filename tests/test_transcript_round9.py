"""Round 9: who is the outlet's side in a broadcast transcript.

A sound-bite label with a long affiliation after its comma ('ANNA BERG, NORDIC INSTITUTE FOR ARCTIC POLICY') is
a turn (found by helper mw4), and a speaker the programme's own turns introduce as its staff ("our senior Europe
affairs correspondent, Marta Solberg", "HBC's Marta Solberg is in Riga", "Marta Solberg reports from Riga") is
on the outlet's side whatever the label's apposition says, so the seed scheme reads its report as the outlet's
narration.  A guest who "joins us" or "told HBC", or another outlet's reporter, stays a guest.  Every sentence
here is invented (other names, outlets, places)."""
from __future__ import annotations

import datetime as dt

from _loaded_helpers import doc_of
from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.text import parse_article

BYLINE = "HBC Late Edition (transcript)"


def _doc(body: str, byline: str = BYLINE):
    return parse_article(Article(outlet="Harrow Broadcasting", title="t", date=dt.date(2024, 1, 1), body=body,
                                 byline=byline))


def _roles(body: str, byline: str = BYLINE) -> dict[str, str]:
    return {t.label: t.role for t in _doc(body, byline).text.turns}


def _bulletin(intro: str) -> str:
    return ("ANCHOR (TOM EKBERG): Good evening. The Baltic ferry deal collapsed today. " + intro + " Marta?\n\n"
            "MARTA SOLBERG, HBC SENIOR EUROPE AFFAIRS CORRESPONDENT: Tom, the talks ended at noon and the "
            "ministers fled like cowards without a statement.\n\n"
            "(BEGIN VIDEO CLIP)\n\n"
            "IVAN KORO, NORDIC INSTITUTE FOR BALTIC POLICY: We think the whole thing is a disgrace.\n\n"
            "(END VIDEO CLIP)\n\n"
            "ANCHOR (TOM EKBERG): And what happens next?\n\n"
            "SOLBERG: Nobody here will say. The port authority said only that the ferries keep sailing.")


STAFF = "MARTA SOLBERG, HBC SENIOR EUROPE AFFAIRS CORRESPONDENT"
GUEST = "IVAN KORO, NORDIC INSTITUTE FOR BALTIC POLICY"


def test_a_correspondent_introduced_by_our_and_a_staff_word_is_the_outlets_side():
    roles = _roles(_bulletin("Our senior Europe affairs correspondent, Marta Solberg, is in Riga."))
    assert roles == {"ANCHOR": "question", STAFF: "question", GUEST: "answer",
                     "SOLBERG": "question"}
    roles = _roles(_bulletin("We go to our reporter Marta Solberg in Riga."))
    assert roles[STAFF] == "question" and roles["SOLBERG"] == "question" and roles[GUEST] == "answer"


def test_the_outlets_possessive_and_reports_from_introduce_staff():
    for intro in ("HBC's Marta Solberg is in Riga tonight.", "HBC’s correspondent Marta Solberg is in Riga.",
                  "Marta Solberg reports from Riga."):
        roles = _roles(_bulletin(intro))
        assert (roles[STAFF], roles["SOLBERG"], roles[GUEST]) == ("question", "question", "answer"), intro


def test_a_guest_who_joins_us_or_told_the_outlet_or_another_outlets_reporter_stays_a_guest():
    for intro in ("Joining us from Riga is Marta Solberg of the Baltic Ports Forum.",
                  "Marta Solberg told HBC the talks were over.",
                  "The Riga Courier's Marta Solberg is with us.",
                  "Our guest, Marta Solberg, is in Riga."):
        roles = _roles(_bulletin(intro))
        assert (roles[STAFF], roles["SOLBERG"], roles[GUEST]) == ("answer", "answer", "answer"), intro


def test_an_introduction_in_a_guests_answer_makes_no_staff():
    body = ("HOST: Who broke the story?\n\n"
            "MARTA SOLBERG, HBC SENIOR EUROPE AFFAIRS CORRESPONDENT: I did not. Our reporter Ivan Koro did.\n\n"
            "HOST: Is that so?\n\n"
            "IVAN KORO, RIGA COURIER: I am afraid so.")
    roles = _roles(body, byline="Riga Courier Weekend (transcript)")
    assert roles == {"HOST": "question", STAFF: "answer", "IVAN KORO, RIGA COURIER": "answer"}


def _run(label: str) -> str:
    return ("HOST: Is the northern plan dead?\n\n"
            f"{label}: It is a disgrace, and the ministers are cowards.\n\n"
            "HOST: Why do you say so?\n\n"
            "ANNA BERG: Because I read it.")


def test_a_label_with_a_five_word_affiliation_is_an_answer_turn():
    # helper mw4's case
    d = doc_of(_run("ANNA BERG, NORDIC INSTITUTE FOR ARCTIC POLICY"))
    assert [(t.label, t.role) for t in d.text.turns] == [
        ("HOST", "question"), ("ANNA BERG, NORDIC INSTITUTE FOR ARCTIC POLICY", "answer"),
        ("HOST", "question"), ("ANNA BERG", "answer")]
    voices = {h.entry.term: h.voice for h in w.find_terms(d, paraphrase_spans=[])}
    assert voices == {"disgrace": "quoted", "coward": "quoted"}


def test_a_six_word_affiliation_still_fits_and_a_whole_capitalised_sentence_is_no_label():
    d = doc_of(_run("ANNA BERG, THE NORDIC INSTITUTE FOR ARCTIC STUDIES"))
    assert [t.role for t in d.text.turns] == ["question", "answer", "question", "answer"]
    headline = doc_of("STORM WARNING, ALL FERRIES TO THE ISLANDS ARE CANCELLED UNTIL FURTHER NOTICE: officials.\n\n"
                      "The ministers are cowards, the paper wrote.")
    assert headline.text.turns == ()


def test_the_correspondents_report_is_narration_and_the_guests_words_are_quoted():
    d = _doc(_bulletin("Our senior Europe affairs correspondent, Marta Solberg, is in Riga."))
    voices = {h.entry.term: h.voice for h in w.find_terms(d, paraphrase_spans=[])}
    assert voices == {"coward": "narrator", "disgrace": "quoted"}
