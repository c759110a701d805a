"""Round 17 (lead): a broadcast script's sound-bite cue line ("[Soundbite] Name, role", "SOUNDBITE (English) Name,
role:", "[CLIP: NAME]") opens the named speaker's words in the next paragraph: quoted voice, like an interview's
answer turn (the fifth and thirteenth invented sets' convention for soundbites).  Every script here is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.text import parse_article
from analysis.text.segment import load_segmentation_words
from analysis.text.transcript import _soundbite_label

TAGS = load_segmentation_words().transcript_soundbite_tags


def _voices(body: str, words: tuple[str, ...]) -> dict[str, str]:
    doc = parse_article(Article(outlet="Tarn Valley TV", title="t", date=dt.date(2024, 1, 1), body=body))
    pt = doc.text
    out = {}
    for w in words:
        a = body.index(w)
        out[w] = pt.voice_of(a, a + len(w))
    return out


@pytest.mark.parametrize("line, label", [
    ("[Soundbite] Ilse Varn, harbour master (Dutch)", "Ilse Varn, harbour master (Dutch)"),
    ("SOUNDBITE (English) Tomas Reel, fisheries minister:", "Tomas Reel, fisheries minister"),
    ("[CLIP: OSKAR LIND, VIA INTERPRETER]", "OSKAR LIND, VIA INTERPRETER"),
    ("(SOT) Mara Quist/Ferry captain", "Mara Quist/Ferry captain"),
    ("[Sync] Pel Amundsen, union organiser", "Pel Amundsen, union organiser"),
])
def test_a_cue_line_gives_the_speaker_label(line, label):
    assert _soundbite_label(line, TAGS) == label


@pytest.mark.parametrize("line", [
    "[Anchor Lead]",                                   # a script's part, no clip
    "[VIDEO: Ferries leaving the harbour at dawn]",    # pictures, no speaker
    "(BEGIN VIDEO CLIP)",                              # a stage direction
    "[NAT SOT] Gulls and engines",                     # natural sound: no speaker
    "Clip Art Gallery",                                # a cue word in ordinary case opening a heading
    "SOT",                                             # the cue without a speaker
    "[Soundbite] The minister spoke for an hour.",     # a sentence, not a label
    "[2] Tarn Valley Gazette, 3 May 2024.",            # a footnote
])
def test_lines_that_are_no_sound_bite_cue(line):
    assert _soundbite_label(line, TAGS) is None


def test_the_paragraph_after_the_cue_is_the_speakers_voice_and_narration_resumes():
    body = ("[Anchor Lead]\n\nThe ferry strike entered its third day.\n\n"
            "[Soundbite] Ilse Varn, harbour master (Dutch)\n\n"
            "These saboteurs will not close my harbour.\n\n"
            "Union leaders say the saboteurs are the owners.\n")
    got = _voices(body, ("These saboteurs", "the saboteurs are"))
    assert got == {"These saboteurs": "quoted", "the saboteurs are": "narrator"}


def test_a_first_person_paragraph_continues_the_bite_and_a_report_ends_it():
    body = ("The vote is on Friday.\n\nSOUNDBITE (English) Tomas Reel, fisheries minister:\n\n"
            "The quota stays.\n\nWe will not bow to these thugs.\n\n"
            "The opposition said the thugs were his own officials.\n")
    got = _voices(body, ("these thugs", "the thugs were"))
    assert got == {"these thugs": "quoted", "the thugs were": "narrator"}


def test_without_a_cue_line_the_paragraph_is_the_outlets_voice():
    body = ("[Pkg]\n\nIlse Varn, harbour master\n\nThese saboteurs will not close the harbour.\n")
    assert _voices(body, ("These saboteurs",)) == {"These saboteurs": "narrator"}
