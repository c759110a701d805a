"""Interview transcripts: lines opening with a speaker label ("Q:", "A:", "HOST:", "JANE DOE:").

A transcript is a run of lines (paragraphs, or lines of one paragraph) each opening with a speaker label and
a colon, in which at least two different speakers take turns and one of them is on the outlet's side: a label
with a question or staff word ("Q", "Question", "Interviewer", "HOST", "ANCHOR JANE ROE", "CORRESPONDENT";
``question_labels``, from ``segmentation.yaml``) or, when there is none, the speaker holding at least two turns and a third of the
run whose turns most often end with a question mark; a label naming the article's byline (:func:`byline_hosts`)
is on the outlet's side too, and so is a speaker that side's turns introduce as the outlet's own staff ("our chief
foreign affairs correspondent, Jane Roe, is at the ministry", "KTV's Jane Roe is in the capital", "Jane Roe reports
from the capital"; a guest who "joins us" or "told KTV" is none) whatever its label's apposition says, and so
is the person a staff label names in parentheses ("PRESENTER (JANE ROE):", later "JANE ROE:").  That
side's turns are ``question`` turns; every other speaker's are ``answer`` turns.  A label's speaker is the last
word of its name ("JANE DOE", later "DOE";
"JANE DOE (voice-over)", "JANE DOE, SENATOR").  Unlabelled lines of a turn's paragraph continue it, and so do
unlabelled paragraphs after it while each speaks in the first person or ends with a question mark (an answer in
several paragraphs); the first other unlabelled paragraph ("The ministry later said ...") and the rest up to the
next turn are the article's own narration, as is everything after the run's last turn's paragraph.  A run starts at its
first question turn (a label before it, "EXPLAINER: ...", is no answer), and it is an interview only when some
answer speaks in the first person (I, we, my, our, me, us): a Q/A explainer box in the outlet's voice is no
transcript.  A staff word in a label's apposition counts only alone ("JANE DOE, ANCHOR"; "JANE ROE, HARBOUR
GAZETTE REPORTER" is a guest) or after words of the byline ("JANE DOE, KTV CORRESPONDENT" under "KTV Night
News"); a run whose speakers are all on the outlet's side, one of them so labelled, has no answers (an anchor
and the programme's correspondent: their words are the outlet's narration).  A byline name is matched in full when the label has two words or more.

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
from functools import lru_cache
from itertools import chain
from typing import Literal, NamedTuple, Sequence

from analysis.text.patterns import alternation, alternatives

Role = Literal["question", "answer"]

# "Q:", "A:", "HOST:", "JANE DOE:", "Interviewer:", "Jane Doe:", "JANE DOE (voice-over):", "JANE DOE, ANCHOR:" at
# a line's start, then text on the same line: an upper-case label of one to four words, or a capitalised label
# of one to three words, with an optional parenthesis or upper-case apposition after it (up to six words: an
# affiliation, "JANE DOE, HARLOW INSTITUTE FOR BALTIC STUDIES:")
_WORD_UP = r"[A-Z][A-Z.'’-]*"
_WORD_CAP = r"[A-Z][a-z'’-]+"
_LABEL = re.compile(rf"(?P<label>{_WORD_UP}(?:[ \t]+{_WORD_UP}){{0,3}}(?:,[ \t]+{_WORD_UP}(?:[ \t]+{_WORD_UP}){{0,5}}){{0,2}}"
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


def _asks(label: str, question_labels: frozenset[str], own: frozenset[str] = frozenset(),
          ranks: frozenset[str] = frozenset()) -> bool:
    """A label on the outlet's side: a staff word in its name part ("HOST", "ANCHOR JANE ROE", "Q"), or an
    apposition that is one staff word alone ("JANE DOE, ANCHOR"; not "JANE ROE, HARBOUR GAZETTE REPORTER", a
    guest from another outlet), or one staff word with words that all name the outlet in its byline (``own``,
    :func:`_byline_words`), one of them distinctive, and rank words (``ranks``): "JANE DOE, KTV CORRESPONDENT",
    "KTV CHIEF CORRESPONDENT", "KTV'S CORRESPONDENT", "CORRESPONDENT, KTV" under the byline "KTV Morning News";
    not "RADIO HOST" under "Harbour Radio Weekend" (a generic word: a host of some radio)."""
    name, _, appos = label.partition(",")
    words = [_POSSESSIVE.sub("", w.lower().strip(".,")) for w in appos.split()]
    if any(w.lower().strip(".") in question_labels for w in name.split()) or \
            (len(words) == 1 and words[0] in question_labels):
        return True
    staff = [w for w in words if w in question_labels]
    rest = [w for w in words if w not in question_labels and w not in ranks]
    return len(words) > 1 and len(staff) == 1 and bool(rest) and all(w in own for w in rest) and \
        any(_distinctive(w) for w in rest)


#: a possessive ending of an outlet's name in a label ("KTV'S CORRESPONDENT")
_POSSESSIVE = re.compile(r"['’]s\Z")


def _distinctive(word: str) -> bool:
    """A byline word that names the outlet itself: no generic programme word (segmentation.yaml
    transcript_programme_words: "radio", "news", "evening", "tonight", "the") and no number ("ktv", "sky",
    "times", "globe"; a common English word may be an outlet's name)."""
    from analysis.text.segment import load_segmentation_words
    return bool(word) and not word.isdigit() and word not in load_segmentation_words().transcript_programme_words


def _byline_words(hosts: frozenset[str]) -> frozenset[str]:
    """The words (lower case, edge punctuation stripped) of the byline's names: a programme or outlet byline
    ("KTV Morning News (transcript)") names the outlet a staff label's apposition may repeat."""
    return frozenset(w.strip(".,;:()[]\"'’“”") for h in hosts for w in h.split()) - {""}


#: a first-person word: an interviewee speaks of themself ("I think", "we wait", "told me"); an explainer's
#: "Q: Who pays? A: Islanders, the mayor said." has none
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|us|[Oo]urselves|[Mm]yself)\b")
#: a quotation inside a turn: its first-person words are someone else's ("The mayor said, “We will review it.”")
_QUOTED = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?")
#: a capitalised word right before "I": a Roman numeral ("Phase I", "World War I"), not the pronoun
_NUMERAL_BEFORE = re.compile(r"[A-Z][\w’'-]*[ \t]+\Z")


def _first_person(text: str) -> bool:
    """The text speaks in the first person outside quotation marks; "I" after a capitalised word is a Roman
    numeral ("Phase I covers the harbour")."""
    text = _QUOTED.sub(" ", text)
    for m in _FIRST_PERSON.finditer(text):
        if m.group() != "I" or not _NUMERAL_BEFORE.search(text, 0, m.start()):
            return True
    return False


def _continues_answer(text: str, attributes: re.Pattern | None) -> bool:
    """Whether an unlabelled paragraph ``text`` after an answer goes on with it: it speaks in the first person, asks,
    or opens with a letter and attributes nothing to a third party outside quotation marks (``attributes``,
    :func:`_attribution_re`); "The ministry later said ..." and "(BEGIN VIDEO CLIP)" are the article's narration."""
    return _first_person(text) or text.rstrip("\"”’'").endswith("?") or \
        (text[:1].isalpha() and not (attributes and attributes.search(_QUOTED.sub(" ", text))))


def _attribution_re(words: frozenset[str]) -> re.Pattern | None:
    """A pattern of the third-party attribution words ("said", "according to"); None when there are none."""
    return alternation(words, flags=re.I, space=r"[ \t]+") if words else None


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


def _interviewers(run: list[tuple[int, re.Match]], lines: list[_Line], hosts: frozenset[str],
                  question_labels: frozenset[str], answer_labels: frozenset[str],
                  ranks: frozenset[str] = frozenset()) -> set[str]:
    """The speakers (:func:`_key`) of the run's question turns; empty when the run is no transcript.
    ``hosts``: names (lower case) of the article's byline, whose labels are the outlet's side (:func:`_is_host`)."""
    labels = [_key(m["label"]) for _, m in run]
    if len(set(labels)) < 2:
        return set()
    own = _byline_words(hosts)
    asked = {_key(m["label"]) for _, m in run
             if _asks(m["label"], question_labels, own, ranks) or _is_host(m["label"], hosts) or
             _staff_note(m.group(), question_labels, ranks)}
    # a staff label's person in parentheses ("PRESENTER (JANE ROE):") speaks the later turns under that name
    # ("JANE ROE:", "ROE:")
    asked |= {k for n, m in run if _key(m["label"]) in asked for k in _parenthesised_names(m.group(), run)} & \
        set(labels)
    # a programme's cast line before the turns ("Presenters: Jane Roe and Tom Lee. Correspondent: Ann Park (Seoul).
    # Guests: ...") names the outlet's own side by a staff word
    asked |= {k for n, _ in run for k in _cast_staff(lines[n].text, question_labels)} & set(labels)
    if asked:
        # a speaker the outlet's side introduces as its own staff ("our chief correspondent, Jane Roe, is at
        # the ministry", "KTV's Jane Roe is in the capital", "Jane Roe reports from the capital") is on that side
        # too, whatever its label's apposition says ("JANE ROE, KTV CHIEF FOREIGN AFFAIRS CORRESPONDENT")
        asked |= _introduced_staff([lines[n].text[m.end():] for n, m in run if _key(m["label"]) in asked],
                                   question_labels, own) & set(labels)
    if asked and (set(labels) - asked or any(_asks(m["label"], question_labels, own, ranks) and "," in m["label"]
                                             for _, m in run)):
        return asked                      # (every speaker on the outlet's side, one named with its staff
        #                                   apposition: an anchor and a correspondent, no guest: no answers)
    # no question label: the label whose turns most often end with a question mark (at least one), holding at
    # least two turns and a third of the run (a list of labelled items, "Smith: ...", "Jones: ...?", one
    # each, has no interviewer)
    share: dict[str, list[int]] = {}
    for (n, _), lab in zip(run, labels):
        if lab in answer_labels:
            continue
        asks = lines[n].text.rstrip("\"”’'").endswith("?")
        share.setdefault(lab, [0, 0])
        share[lab][0] += asks
        share[lab][1] += 1
    best = max(share.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[1][0]), default=None)
    if best is None or best[1][0] == 0 or best[1][1] < 2 or 3 * best[1][1] < len(run):
        return set()
    return {best[0]}


#: one "<Role>: <names>" part of a programme's cast line ("Presenters: Jane Roe and Tom Lee.", "Correspondent: Ann
#: Park (Seoul)."): a capitalised role of one or two words, then names up to the next part or the line's end
_CAST_PART = re.compile(r"(?P<role>[A-Z][a-z]+(?:[ -][A-Za-z]+)?):[ \t]+(?P<names>[^:]+?)"
                        r"(?=\.[ \t]+[A-Z][a-z]+(?:[ -][A-Za-z]+)?:|\.?[ \t]*\Z)")
#: a personal name in a cast list, two to four capitalised words ("Park Min-jae", "Jane Q. Roe")
_CAST_NAME = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}")


def _cast_staff(text: str, question_labels: frozenset[str]) -> set[str]:
    """The speakers (:func:`_key`: last word of the name, lower case) a programme's cast line names under a staff
    word, singular or plural ("Presenters: Jane Roe and Tom Lee." -> {"roe", "lee"}; "Correspondent: Ann Park
    (Seoul)." -> {"park"}); guests ("Guests: ...") and any other role are none.  A broadcast transcript with two
    presenters sharing the questions has no one label asking most of them, and this line says who the outlet's side
    is (round 20)."""
    out: set[str] = set()
    for m in _CAST_PART.finditer(text):
        role = m["role"].lower()
        if role not in question_labels and not (role.endswith("s") and role[:-1] in question_labels):
            continue
        names = re.sub(r"\([^()]*\)", " ", m["names"])
        for part in re.split(r",|\band\b|&", names):
            name = _CAST_NAME.fullmatch(part.strip())
            if name is not None:
                out.add(name.group().split()[-1].lower().strip("."))
    return out


#: a role note in a label's parentheses after the name, with nothing after a comma ("JANE ROE (PRESENTER):", "JANE
#: ROE (SENIOR CORRESPONDENT):"); a note with a comma may name another body ("(CHIEF CORRESPONDENT, THE ORMSBY POST)",
#: review RC, round 18), which this layer cannot tell from a place ("(HOST, LONDON)"), so it is no staff note
_PAREN_NOTE = re.compile(r"\([ \t]*([^(),\n]+)\)")


def _staff_note(label_text: str, question_labels: frozenset[str], ranks: frozenset[str] = frozenset()) -> bool:
    """A label whose parenthesised role note is a staff word of the outlet's side, alone or with rank words only
    ("JANE ROE (PRESENTER):", "JANE ROE (SENIOR CORRESPONDENT):"): the way phone-in and panel transcripts print who
    the presenter is.  Not a note with a comma ("(HOST, LONDON)" is lost with "(CORRESPONDENT, THE ORMSBY POST)", another
    outlet's), a caller's or a guest's note ("(CALLER, LEEDS)", "(HARBOUR
    INSTITUTE)"), another outlet's staff ("(KTV CORRESPONDENT)": a word that is no rank) nor a note on the delivery
    ("(voice-over)", "(through translator)")."""
    m = _PAREN_NOTE.search(label_text)
    if m is None:
        return False
    words = [w.lower().strip(".") for w in m[1].split()]
    return any(w in question_labels for w in words) and all(w in question_labels or w in ranks for w in words)


#: a person's name in a label's parentheses, two to four capitalised words ("PRESENTER (JANE ROE)", "ANCHOR (Jane
#: Q. Roe)"); a note ("(voice-over)", "(through translator)", "(VO)") is none
_PAREN_NAME = re.compile(r"\([ \t]*((?:[A-Z][A-Za-z.'’-]*[ \t]+){1,3}[A-Z][A-Za-z.'’-]*)[ \t]*\)")


def _parenthesised_names(label_text: str, run: list[tuple[int, re.Match]]) -> set[str]:
    """The speakers (:func:`_key`: last name word, lower case) a label names in parentheses ("PRESENTER (JANE
    ROE)" -> {"roe"}); not a family name that another full name of the run shares ("PAUL ROE:" beside "(JANE
    ROE)": the key cannot tell the two apart, so neither is made staff)."""
    out = set()
    for m in _PAREN_NAME.finditer(label_text):
        full = " ".join(m[1].split()).lower()
        key = full.split()[-1].strip(".")
        if not any(_key(r["label"]) == key and len(_name(r["label"]).split()) > 1 and
                   " ".join(_name(r["label"]).split()).lower() != full for _, r in run):
            out.add(key)
    return out


#: a personal name in running text, one to three capitalised words ("Jane Roe", "Jane Q Roe")
_NAME = r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}"
#: "<Name> reports from <Place>": the sign-off a programme gives its own correspondent's package (a guest is
#: introduced as joining the programme or as having told it something)
_REPORTS_FROM = re.compile(rf"(?P<name>{_NAME})[ \t]+reports[ \t]+from[ \t]+[A-Z]")


@lru_cache(maxsize=8)
def _staff_intro_re(staff: frozenset[str]) -> re.Pattern | None:
    """The outlet's side introducing its own staff by a staff word after "our" or the outlet's possessive, up to
    four title words between ("our chief foreign affairs correspondent, Jane Roe", "our reporter Jane Roe",
    "KTV's correspondent Jane Roe"); None when there are no staff words."""
    alts = alternatives(w for w in staff if len(w) > 1)
    if not alts:
        return None
    return re.compile(rf"(?:\b[Oo]ur|(?P<outlet>\b[A-Z][\w&-]*)['’]s)[ \t]+(?:[A-Za-z'’-]+[ \t]+){{0,4}}?"
                      rf"(?i:{alts})s?[ \t]*,?[ \t]+(?P<name>{_NAME})")


#: the outlet's possessive naming its staff member directly ("KTV's Jane Roe is in the capital")
_OUTLET_NAME = re.compile(rf"(?P<outlet>\b[A-Z][\w&-]*)['’]s[ \t]+(?P<name>{_NAME})")


def _introduced_staff(texts: Sequence[str], staff: frozenset[str], own: frozenset[str]) -> set[str]:
    """The speakers (:func:`_key`: last word of the name, lower case) that the outlet's side introduces as its
    own staff in ``texts`` (its turns' words): after "our" or the outlet's possessive (a distinctive word of the
    byline, :func:`_distinctive`) and a staff word, or the outlet's possessive right before the name, or
    "<Name> reports from <Place>".  A guest "joins us" or "told KTV": no introduction."""
    intro = _staff_intro_re(staff)
    out: set[str] = set()
    for text in texts:
        for m in chain(intro.finditer(text) if intro is not None else (), _OUTLET_NAME.finditer(text)):
            o = m["outlet"]
            if o is None or (o.lower() in own and _distinctive(o.lower())):
                out.add(m["name"].split()[-1].lower())
        out.update(m["name"].split()[-1].lower() for m in _REPORTS_FROM.finditer(text))
    return out


#: a first-person word of the outlet: a record it made itself ("From our interview transcript:")
_OUTLET_FIRST_PERSON = re.compile(r"\b(?:[Oo]ur|[Ww]e|[Uu]s)\b")


def _record_intro(lines: list[_Line], first: int, record_words: frozenset[str]) -> bool:
    """Whether the paragraph right before line ``first`` (a transcript run's first turn) is narration introducing a
    written record of proceedings: it ends with a colon and names a record (``record_words``: "From the committee's
    transcript:", "The minutes record the exchange:"), not one of the outlet's own ("From our transcript:") nor an
    interview's ("An edited transcript of the interview follows:", which may be the outlet's own).  Then
    every turn is others' words (round 20: the twelfth set's hearing excerpt, whose "WHITLOW:" questions are a
    congressman's, not the outlet's)."""
    if first == 0 or not record_words:
        return False
    par = lines[first - 1].paragraph
    if par == lines[first].paragraph:
        return False
    text = " ".join(ln.text for ln in lines if ln.paragraph == par)
    if not text.rstrip().endswith(":") or _OUTLET_FIRST_PERSON.search(text) or _INTERVIEW_WORD.search(text):
        return False                      # (an interview's transcript may be the outlet's own: its questions)
    low = text.lower()
    return any(re.search(rf"\b{re.escape(w)}\b", low) for w in record_words)


def byline_hosts(byline: str | None) -> frozenset[str]:
    """The names (lower case) in a byline ("By Jane Roe and Tom Lee" -> {"jane roe", "tom lee"}): a transcript
    label naming one of them is the outlet's side even when it asks no question (a TV anchor introducing a
    package); see :func:`_is_host`."""
    if not byline:
        return frozenset()
    names = re.split(r"\s*(?:,|&|\band\b|\bwith\b)\s*", re.sub(r"^\s*by\s+", "", byline, flags=re.I))
    return frozenset(" ".join(w.strip(".") for w in n.lower().split()) for n in names
                     if n.strip() and n.strip()[0].isupper())


def _is_host(label: str, hosts: frozenset[str]) -> bool:
    """The label names a byline name: its full name when it has two words or more ("TOM LEE" for "By Tom Lee",
    not "ANN LEE", a guest sharing the surname), else its one word as a byline surname ("LEE")."""
    words = [w.strip(".") for w in _name(label).lower().split()]
    if len(words) >= 2:
        return " ".join(words) in hosts
    return bool(words) and words[0] in {h.split()[-1] for h in hosts if h}


def find_turns(body: str, paragraphs: Sequence, *, hosts: frozenset[str] = frozenset(),
               question_labels: frozenset[str] | None = None,
               answer_labels: frozenset[str] | None = None,
               attribution_words: frozenset[str] | None = None,
               staff_ranks: frozenset[str] | None = None,
               record_words: frozenset[str] | None = None) -> tuple[Turn, ...]:
    """The transcript turns of a body split into ``paragraphs`` (see the module docstring); () when none.
    ``hosts``: the byline's surnames (:func:`byline_hosts`), labels on the outlet's side.  ``question_labels``
    / ``answer_labels``: label words of the outlet's side and of the interviewee; None reads them from the
    packaged ``segmentation.yaml`` (:func:`~analysis.text.segment.load_segmentation_words`), and so does
    ``attribution_words`` (third-party attribution: "said", "according to") and ``staff_ranks`` ("chief")."""
    if question_labels is None or answer_labels is None or attribution_words is None or staff_ranks is None:
        from analysis.text.segment import load_segmentation_words
        words = load_segmentation_words()
        question_labels = words.transcript_question_labels if question_labels is None else question_labels
        answer_labels = words.transcript_answer_labels if answer_labels is None else answer_labels
        attribution_words = words.transcript_attribution_words if attribution_words is None else attribution_words
        staff_ranks = words.transcript_staff_ranks if staff_ranks is None else staff_ranks
    if record_words is None:
        from analysis.text.segment import load_segmentation_words
        record_words = load_segmentation_words().transcript_record_words
    if ":" not in body:
        return ()
    lines = _lines(body, paragraphs)
    labelled = [(n, m) for n, ln in enumerate(lines) if (m := _LABEL.match(ln.text)) is not None]
    if len(labelled) < 2:
        return ()
    attributes = _attribution_re(frozenset(attribution_words))
    own = _byline_words(hosts)
    turns: list[Turn] = []
    for run in _runs(labelled):
        asking = _interviewers(run, lines, hosts, question_labels, answer_labels, staff_ranks)
        if not asking:
            continue
        roles: list[Role] = ["question" if _key(m["label"]) in asking or _asks(m["label"], question_labels, own, staff_ranks)
                             else "answer" for _, m in run]
        # the run starts at its first question turn: a label before it ("EXPLAINER: What the fee means.") is
        # no answer
        first = roles.index("question")
        run, roles = run[first:], roles[first:]
        if "answer" not in roles:
            continue
        if _record_intro(lines, run[0][0], record_words):
            roles = ["answer"] * len(roles)   # others' words in a record the outlet quotes: no turn is its own
        spans = []
        for k, (n, m) in enumerate(run):
            # continuation lines of the label's paragraph continue the turn, and so do the next unlabelled
            # paragraphs while each speaks in the first person, asks, or (neither) holds words that open with a
            # letter and attribute nothing to a third party ("At any rate, I think ...", "The opposition is
            # reckless ...": a long answer in several paragraphs); the first other one ("The ministry later said
            # ...", "(BEGIN VIDEO CLIP)") and all after it up to the next turn are the article's narration
            nxt = run[k + 1][0] if k + 1 < len(run) else n + 1
            last = n
            while last + 1 < nxt:
                par = lines[last + 1].paragraph
                if par != lines[n].paragraph:
                    text = " ".join(lines[x].text for x in range(last + 1, nxt) if lines[x].paragraph == par)
                    if not _continues_answer(text, attributes):
                        break
                last += 1
            spans.append((n, m, last))
        # a Q/A explainer box in the outlet's voice: its answers attribute to third parties ("A: The ministry
        # said ...") and never speak in the first person (outside quotation marks); an interview's answers may
        # do neither ("A: Friday.")
        answers = [" ".join(lines[x].text for x in range(n, last + 1))[m.end():]
                   for (n, m, last), role in zip(spans, roles) if role == "answer"]
        if not any(_first_person(a) for a in answers) and attributes is not None and \
                any(attributes.search(_QUOTED.sub(" ", a)) for a in answers):
            continue
        for (n, m, last), role in zip(spans, roles):
            ln = lines[n]
            turns.append(Turn(len(turns), ln.paragraph, lines[last].paragraph, m["label"],
                              ln.start + m.start("label"), ln.start + m.end("label"), ln.start + m.end(),
                              lines[last].end, role))
    return tuple(turns)


# A broadcast script's sound-bite line: a cue in brackets or parentheses, the speaker after it or inside it after a
# colon ("[Soundbite] Jane Roe, mayor (Korean)", "(SOT) Jane Roe/Mayor", "[CLIP: JANE ROE, VIA INTERPRETER]"), or
# the cue word opening the line ("SOUNDBITE (English) Jane Roe, mayor:"); nothing else on the line
_BITE_BRACKETED = re.compile(r"[\[(](?P<tag>[A-Za-z][A-Za-z /-]{0,20}?)[ \t]*(?::[ \t]*(?P<inner>[^\[\]()\n]{1,120}?))?[ \t]*[\])]"
                             r"[ \t]*(?P<label>[^\n]{0,160}?)[ \t]*:?[ \t]*")
_BITE_WORD = re.compile(r"(?P<tag>[A-Za-z][A-Za-z ]{0,12}?)\b[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:?[ \t]*"
                        r"(?P<label>[A-Z][^\n]{0,160}?)[ \t]*:?[ \t]*")
_BITE_LABEL_END = re.compile(r"[.!?…][\"'”’»]*\Z")


def _soundbite_label(text: str, tags: frozenset[str]) -> str | None:
    """The speaker label of a sound-bite cue line ``text`` (one whole line), or None when it is none: the cue must be
    one of ``tags`` and the label a capitalised name of at most twenty words that ends no sentence."""
    for pattern in (_BITE_BRACKETED, _BITE_WORD):
        m = pattern.fullmatch(text)
        if m is None or m["tag"].strip().lower() not in tags or (pattern is _BITE_WORD and not m["tag"].isupper()):
            continue        # a bare cue word is written in capitals ("SOUNDBITE", "SOT"): "Clip Art Gallery" is none
        label = (m.groupdict().get("inner") or m["label"] or "").strip()
        if label[:1].isupper() and len(label.split()) <= 20 and not _BITE_LABEL_END.search(label):
            return label
    return None


def find_soundbites(body: str, paragraphs: Sequence, *, tags: frozenset[str],
                    attribution_words: frozenset[str] = frozenset(), taken: Sequence[Turn] = ()) -> tuple[Turn, ...]:
    """The sound bites of a broadcast script: a paragraph that is one cue line (:func:`_soundbite_label`: "[Soundbite]
    Jane Roe, mayor") opens the named speaker's words in the next paragraph, like an interview's answer turn
    (``answer``: quoted voice, no attribution entries inside in the seed scheme: the fifth and thirteenth invented
    sets' soundbites); the words go on into later paragraphs while each speaks in the first person and attributes
    nothing to a third party.  A speaker label opening the words ("Jane Roe: We ...") is left out of them.  Bites
    inside a turn of ``taken`` (found by :func:`find_turns`) are not repeated.  () when none."""
    if not tags:
        return ()
    attributes = _attribution_re(frozenset(attribution_words))
    pars = list(paragraphs)
    out: list[Turn] = []
    k = 0
    while k < len(pars) - 1:
        p = pars[k]
        text = body[p.start:p.end]
        label = _soundbite_label(text, tags) if "\n" not in text else None
        if label is None or _soundbite_label(body[pars[k + 1].start:pars[k + 1].end].split("\n")[0], tags):
            k += 1
            continue
        first = pars[k + 1]
        start = first.start
        lab = _LABEL.match(body, first.start, first.end)
        if lab is not None:
            start = lab.end()
        last = k + 1
        while last + 1 < len(pars):
            nxt = body[pars[last + 1].start:pars[last + 1].end]
            if _soundbite_label(nxt.split("\n")[0], tags) or not _first_person(nxt) or \
                    (attributes is not None and attributes.search(_QUOTED.sub(" ", nxt))):
                break
            last += 1
        end = pars[last].end
        if not any(t.start <= start < t.end or start <= t.start < end for t in taken):
            a = p.start + text.index(label)
            out.append(Turn(len(out), p.index, pars[last].index, label, a, a + len(label), start, end, "answer"))
        k = last + 1
    return tuple(out)


#: a paragraph that is one bold question: the whole paragraph in Markdown strong emphasis ("**What changed?**",
#: "__Do your clients believe that?__"), ending with a question mark inside it (a quotation mark may close first)
_BOLD_QUESTION = re.compile(r"(?P<mark>\*\*|__)(?=\S)[^\n]*?\?[\"'”’]*(?P=mark)")


#: the interviewer addressing the interviewee in a question ("Do your clients believe that?")
_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b")
#: the outlet saying, before the first question, that what follows is an interview ("Interview by ...", "in an
#: interview with", "a Q&A"), or that it asked the interviewee ("We asked her what ...", "spoke to")
_INTERVIEW_WORD = re.compile(r"\b(?:[Ii]nterview(?:ed|s)?|Q&A|[Aa]sked (?:her|him|them)|[Ss]poke (?:to|with)|"
                             r"[Tt]alked (?:to|with))\b")


def _bold_question(text: str) -> bool:
    """Whether a paragraph's ``text`` is one bold question line (:data:`_BOLD_QUESTION`)."""
    return "\n" not in text.strip() and _BOLD_QUESTION.fullmatch(text.strip()) is not None


def find_bold_interview(body: str, paragraphs: Sequence, *, attribution_words: frozenset[str] = frozenset(),
                        taken: Sequence[Turn] = ()) -> tuple[Turn, ...]:
    """The answer turns of a magazine interview printed as bold questions and plain answer paragraphs ("**What
    changed on June 19?**", then the interviewee's words without a label or quotation marks): each answer runs from
    the paragraph after a bold question up to the next bold question, and within that stretch (and after the last
    question) it goes on while :func:`_continues_answer` holds, as :func:`find_turns` continues an answer: a
    paragraph reporting a third party ("The ministry said on Friday ...") ends it.  The questions stay the outlet's own voice, as the eighth set's "Q:"
    lines are; the answers are the interviewee's own words, quoted voice, with an entry only for a report of someone
    else's words (the sixteenth invented set's convention for its business interview, the eighth set's for "A:"
    lines).  An interview needs two bold questions with an answer after each, and at least two answers that speak in
    the first person outside quotation marks: a FAQ explainer's bold questions answered in the outlet's own voice
    are none.  And it must show it is an interview: a question addresses the interviewee ("you", "your") or the text
    before the first question says so ("Interview by", "in an interview", "We asked her", "spoke to"), so a
    first-person column's bold subheads ("**Why does it matter?**") stay the author's, the outlet's, voice.
    Answers inside a turn of ``taken`` are not repeated.  The turns carry no label (the layout names no speaker).
    () when none."""
    pars = list(paragraphs)
    questions = [k for k, p in enumerate(pars) if _bold_question(body[p.start:p.end])]
    if len(questions) < 2:
        return ()
    attributes = _attribution_re(frozenset(attribution_words))
    spans: list[tuple[int, int]] = []
    for n, q in enumerate(questions):
        stop = questions[n + 1] if n + 1 < len(questions) else len(pars)
        if q + 1 >= stop:
            continue
        last = q + 1
        while last + 1 < stop:
            text = body[pars[last + 1].start:pars[last + 1].end]
            if not _continues_answer(text, attributes):
                break
            last += 1
        spans.append((q + 1, last))
    first_person = sum(any(_first_person(body[pars[k].start:pars[k].end]) for k in range(a, b + 1))
                       for a, b in spans)
    if len(spans) < 2 or first_person < 2:
        return ()
    if not (any(_SECOND_PERSON.search(body[pars[q].start:pars[q].end]) for q in questions) or
            _INTERVIEW_WORD.search(body, 0, pars[questions[0]].start)):
        return ()                         # a first-person column's bold subheads ("**Why does it matter?**")
    out: list[Turn] = []
    for a, b in spans:
        start, end = pars[a].start, pars[b].end
        if not any(t.start < end and start < t.end for t in taken):
            out.append(Turn(len(out), pars[a].index, pars[b].index, "", start, start, start, end, "answer"))
    return tuple(out)


__all__ = ["Role", "Turn", "byline_hosts", "find_bold_interview", "find_soundbites", "find_turns"]
