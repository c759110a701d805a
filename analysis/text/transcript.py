"""Interview transcripts: paragraphs opening with a speaker label ("Q:", "A:", "HOST:", "JANE DOE:").

A transcript is a run of paragraphs each opening with a speaker label followed by a colon, in which at least
two different labels take turns and one of them is the interviewer: a question label ("Q", "Question",
"Interviewer", "Host", "Moderator", "Anchor") or, when there is none, the label whose turns most often end
with a question mark.  The interviewer's turns are ``question`` turns; every other label's turns are
``answer`` turns.  An unlabelled paragraph between two turns continues the turn before it; one after the
last turn is the article's own narration again.

What the roles mean downstream (the conventions of the fourth invented set's README, "Interview
transcript"): a question turn is the outlet's voice, annotated like narration; an answer turn is the
interviewee's own words, like one long direct quotation without marks: the attribution layer finds no
entries inside it and its words are in quoted voice (:meth:`ParsedText.voice_of`, :class:`Token` voice).
The turns keep their label so a later table can say who speaks each answer.

A label's speaker is its last word ("JANE DOE", later "DOE").  A single labelled paragraph ("Note: ...", "WASHINGTON: ..."), a run of labels with no interviewer (a
factbox's "GERMANY: ...", "FRANCE: ..." lines: no question label, no question mark) and a bulleted label
("* GERMANY:") are no transcript.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Sequence

Role = Literal["question", "answer"]

#: labels that name the interviewer's turns (lower case, without the colon)
QUESTION_LABELS = frozenset({"q", "question", "interviewer", "host", "moderator", "anchor"})
#: labels that name the interviewee's turns whatever the others are
ANSWER_LABELS = frozenset({"a", "answer"})

# "Q:", "A:", "HOST:", "JANE DOE:", "Interviewer:", "Jane Doe:" at a paragraph's start, then text on the
# same line: an upper-case label of one to four words, or a capitalised label of one to three words
_LABEL = re.compile(r"(?P<label>[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3}"
                    r"|[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2})"
                    r"[ \t]*:[ \t]+(?=\S)")


@dataclass(frozen=True)
class Turn:
    """One speaker's turn in a transcript; offsets index the body.

    ``label`` is the speaker label as written ("Q", "JANE DOE"), at ``label_start:label_end``;
    ``start:end`` is the turn's words after the label (continuation paragraphs included).
    """

    index: int
    paragraph: int                  # the paragraph holding the label
    last_paragraph: int             # the last paragraph of the turn (continuations)
    label: str
    label_start: int
    label_end: int
    start: int
    end: int
    role: Role


def _labelled(paragraphs: Sequence) -> list[tuple[int, re.Match]]:
    out = []
    for p in paragraphs:
        m = _LABEL.match(p.text)
        if m is not None:
            out.append((p.index, m))
    return out


def _runs(labelled: list[tuple[int, re.Match]], paragraphs: Sequence) -> list[list[tuple[int, re.Match]]]:
    """Labelled paragraphs grouped into runs: a run breaks where more than two unlabelled paragraphs part two
    labelled ones (an article may hold a transcript between narration)."""
    runs: list[list[tuple[int, re.Match]]] = []
    for item in labelled:
        if runs and item[0] - runs[-1][-1][0] <= 3:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _key(label: str) -> str:
    """A label's speaker: its last word, lower case ("JANE DOE" and later "DOE" are one speaker)."""
    return label.split()[-1].lower()


def _interviewer(run: list[tuple[int, re.Match]], paragraphs: Sequence) -> str | None:
    labels = [_key(m["label"]) for _, m in run]
    if len(set(labels)) < 2:
        return None
    asked = [lab for lab in dict.fromkeys(labels) if lab in QUESTION_LABELS]
    if asked:
        return asked[0]
    # no question label: the label whose turns most often end with a question mark (at least one), holding at
    # least two turns and a third of the run (a list of labelled items, "Smith: ...", "Jones: ...?", one
    # each, has no interviewer)
    share: dict[str, list[int]] = {}
    for (p, _), lab in zip(run, labels):
        if lab in ANSWER_LABELS:
            continue
        asks = paragraphs[p].text.rstrip().rstrip("\"”’'").endswith("?")
        share.setdefault(lab, [0, 0])
        share[lab][0] += asks
        share[lab][1] += 1
    best = max(share.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[1][0]), default=None)
    if best is None or best[1][0] == 0 or best[1][1] < 2 or 3 * best[1][1] < len(run):
        return None
    return best[0]


def find_turns(body: str, paragraphs: Sequence) -> tuple[Turn, ...]:
    """The transcript turns of a body split into ``paragraphs`` (see the module docstring); () when none."""
    labelled = _labelled(paragraphs)
    if len(labelled) < 2:
        return ()
    turns: list[Turn] = []
    for run in _runs(labelled, paragraphs):
        host = _interviewer(run, paragraphs)
        if host is None:
            continue
        for n, (p, m) in enumerate(run):
            last = p
            if n + 1 < len(run):
                last = run[n + 1][0] - 1          # unlabelled paragraphs up to the next turn continue this one
            para = paragraphs[p]
            role: Role = "question" if _key(m["label"]) == host else "answer"
            turns.append(Turn(len(turns), p, last, m["label"], para.start + m.start("label"),
                              para.start + m.end("label"), para.start + m.end(), paragraphs[last].end, role))
    return tuple(turns)


__all__ = ["ANSWER_LABELS", "QUESTION_LABELS", "Role", "Turn", "find_turns"]
