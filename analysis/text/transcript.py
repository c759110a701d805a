"""Interview transcripts: lines opening with a speaker label ("Q:", "A:", "HOST:", "JANE DOE:").

A transcript is a run of lines (paragraphs, or lines of one paragraph) each opening with a speaker label and
a colon, in which at least two different speakers take turns and one of them is on the outlet's side: a label
with a question or staff word ("Q", "Question", "Interviewer", "HOST", "ANCHOR JANE ROE", "CORRESPONDENT";
:data:`QUESTION_LABELS`) or, when there is none, the speaker holding at least two turns and a third of the
run whose turns most often end with a question mark; a label naming the article's byline (:func:`byline_hosts`)
is on the outlet's side too.  That side's turns are ``question`` turns; every other
speaker's are ``answer`` turns.  A label's speaker is the last word of its name ("JANE DOE", later "DOE";
"JANE DOE (voice-over)", "JANE DOE, SENATOR").  Unlabelled lines between two turns continue the turn before
them; one after the last turn is the article's own narration again.

What the roles mean downstream (the conventions of the fourth invented set's README, "Interview
transcript"): a question turn is the outlet's voice, annotated like narration; an answer turn is the
interviewee's own words, like one long direct quotation without marks: the attribution layer (seed scheme)
finds no entries inside it and its words are in quoted voice (:meth:`ParsedText.voice_of`, :class:`Token`
voice).  The turns keep their label so a later table can say who speaks each answer.

A single labelled line ("Note: ...", "WASHINGTON: ..."), a run of labels with no interviewer (a factbox's
"GERMANY: ...", "FRANCE: ..." lines: no question label, no question mark; a list "Smith: ...", "Jones: ...?"
with one turn each) and a bulleted label ("* GERMANY:") are no transcript.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, NamedTuple, Sequence

Role = Literal["question", "answer"]

#: label words that name the outlet's side of a transcript: the interviewer and the programme's own staff
#: (lower case); a label holding one of them ("Q", "HOST", "ANCHOR JANE ROE", "CORRESPONDENT") is a question
#: turn, in the outlet's voice
QUESTION_LABELS = frozenset({"q", "question", "interviewer", "host", "co-host", "moderator", "anchor",
                             "presenter", "reporter", "correspondent", "narrator", "announcer"})
#: labels that name the interviewee's turns whatever the others are
ANSWER_LABELS = frozenset({"a", "answer"})

# "Q:", "A:", "HOST:", "JANE DOE:", "Interviewer:", "Jane Doe:", "JANE DOE (voice-over):", "JANE DOE, ANCHOR:" at
# a line's start, then text on the same line: an upper-case label of one to four words, or a capitalised label
# of one to three words, with an optional parenthesis or upper-case apposition after it
_WORD_UP = r"[A-Z][A-Z.'’-]*"
_WORD_CAP = r"[A-Z][a-z'’-]+"
_LABEL = re.compile(rf"(?P<label>{_WORD_UP}(?:[ \t]+{_WORD_UP}){{0,3}}(?:,[ \t]+{_WORD_UP}(?:[ \t]+{_WORD_UP}){{0,2}})?"
                    rf"|{_WORD_CAP}(?:[ \t]+{_WORD_CAP}){{0,2}})"
                    r"(?:[ \t]*\([^()\n]{1,40}\))?"
                    r"[ \t]*:[ \t]+(?=\S)")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Turn:
    """One speaker's turn in a transcript; offsets index the body.

    ``label`` is the speaker label as written ("Q", "JANE DOE"), at ``label_start:label_end``;
    ``start:end`` is the turn's words after the label (continuation lines and paragraphs included).
    """

    index: int
    paragraph: int                  # the paragraph holding the label
    last_paragraph: int             # the paragraph holding the turn's last line
    label: str
    label_start: int
    label_end: int
    start: int
    end: int
    role: Role


class _Line(NamedTuple):
    paragraph: int
    start: int
    end: int
    text: str


def _lines(body: str, paragraphs: Sequence) -> list[_Line]:
    out = []
    for p in paragraphs:
        for m in _LINE.finditer(body, p.start, p.end):
            if m.group().strip():
                a = m.start() + len(m.group()) - len(m.group().lstrip())
                out.append(_Line(p.index, a, m.start() + len(m.group().rstrip()), m.group().strip()))
    return out


def _name(label: str) -> str:
    """The name part of a label: before an apposition's comma ("JANE ROE, ANCHOR" -> "JANE ROE")."""
    return label.split(",")[0].strip()


def _key(label: str) -> str:
    """A label's speaker: the last word of its name part, lower case ("JANE DOE" and later "DOE" are one)."""
    return _name(label).split()[-1].lower()


def _asks(label: str) -> bool:
    return any(w.lower().strip(".") in QUESTION_LABELS for w in re.split(r"[\s,]+", label) if w)


def _runs(labelled: list[tuple[int, re.Match]]) -> list[list[tuple[int, re.Match]]]:
    """Labelled lines grouped into runs: a run breaks where more than two unlabelled lines part two labelled
    ones (an article may hold a transcript between narration)."""
    runs: list[list[tuple[int, re.Match]]] = []
    for item in labelled:
        if runs and item[0] - runs[-1][-1][0] <= 3:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _interviewers(run: list[tuple[int, re.Match]], lines: list[_Line], hosts: frozenset[str] = frozenset()
                  ) -> set[str]:
    """The speakers (:func:`_key`) of the run's question turns; empty when the run is no transcript.
    ``hosts``: surnames (lower case) of the article's byline, whose labels are the outlet's side."""
    labels = [_key(m["label"]) for _, m in run]
    if len(set(labels)) < 2:
        return set()
    asked = {_key(m["label"]) for _, m in run if _asks(m["label"])} | (set(labels) & hosts)
    if asked and set(labels) - asked:
        return asked
    # no question label: the label whose turns most often end with a question mark (at least one), holding at
    # least two turns and a third of the run (a list of labelled items, "Smith: ...", "Jones: ...?", one
    # each, has no interviewer)
    share: dict[str, list[int]] = {}
    for (n, _), lab in zip(run, labels):
        if lab in ANSWER_LABELS:
            continue
        asks = lines[n].text.rstrip("\"”’'").endswith("?")
        share.setdefault(lab, [0, 0])
        share[lab][0] += asks
        share[lab][1] += 1
    best = max(share.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[1][0]), default=None)
    if best is None or best[1][0] == 0 or best[1][1] < 2 or 3 * best[1][1] < len(run):
        return set()
    return {best[0]}


def byline_hosts(byline: str | None) -> frozenset[str]:
    """Surnames (lower case) in a byline ("By Jane Roe and Tom Lee" -> {"roe", "lee"}): a transcript label naming
    one of them is the outlet's side even when it asks no question (a TV anchor introducing a package)."""
    if not byline:
        return frozenset()
    names = re.split(r"\s*(?:,|&|\band\b|\bwith\b)\s*", re.sub(r"^\s*by\s+", "", byline, flags=re.I))
    return frozenset(n.split()[-1].lower().strip(".") for n in names if n.strip() and n.strip()[0].isupper())


def find_turns(body: str, paragraphs: Sequence, *, hosts: frozenset[str] = frozenset()) -> tuple[Turn, ...]:
    """The transcript turns of a body split into ``paragraphs`` (see the module docstring); () when none.
    ``hosts``: the byline's surnames (:func:`byline_hosts`), labels on the outlet's side."""
    if ":" not in body:
        return ()
    lines = _lines(body, paragraphs)
    labelled = [(n, m) for n, ln in enumerate(lines) if (m := _LABEL.match(ln.text)) is not None]
    if len(labelled) < 2:
        return ()
    turns: list[Turn] = []
    for run in _runs(labelled):
        asking = _interviewers(run, lines, hosts)
        if not asking:
            continue
        for k, (n, m) in enumerate(run):
            last = run[k + 1][0] - 1 if k + 1 < len(run) else n   # unlabelled lines up to the next turn continue it
            ln = lines[n]
            role: Role = "question" if _key(m["label"]) in asking or _asks(m["label"]) else "answer"
            turns.append(Turn(len(turns), ln.paragraph, lines[last].paragraph, m["label"],
                              ln.start + m.start("label"), ln.start + m.end("label"), ln.start + m.end(),
                              lines[last].end, role))
    return tuple(turns)


__all__ = ["ANSWER_LABELS", "QUESTION_LABELS", "Role", "Turn", "byline_hosts", "find_turns"]
