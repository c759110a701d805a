"""Roles an article gives a named person outside the name's own phrase.

The name registry (:mod:`.resolver`) reads the words before a name and the appositive after it.
News copy also gives a role in a clause of its own, which these functions find as candidate role
texts for the resolver to classify:

* a copular predicate: "Roe is a professor at Arden University", "Roe, 61, was the state's
  attorney general", "Roe has been a senior fellow at ..." (:func:`copular_roles`);
* a verb of leading with an organisation as its object: "Roe has led the agency since 2019",
  "Roe heads the Arden Institute" -> "head of the Arden Institute" (:func:`leading_roles`), and its
  passive: "The meeting was chaired by Ann Roe" -> "chair" (:func:`passive_leading_roles`);
* a definite description that opens the next sentence after a sentence that opens with the
  person's name and names no one else: "Ann Roe has a plan. The Democratic presidential candidate
  said ..." (:func:`next_sentence_descriptions`), and a copular predicate of "He"/"She" there:
  "Ann Roe spoke on Monday. She is a professor at X." (:func:`next_sentence_pronoun_roles`);
* an election campaign named after the person: "Roe's campaign", "the Roe campaign" -> a
  candidate (:func:`campaign_roles`).

Each function returns (offset of the name or description, the name word as written, role text);
which name words count as people and which role texts give a type is the caller's (the
resolver's) lexicons.  Pure functions of the text: no lexicon is read here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Collection, Iterator, Mapping, Sequence

from analysis.text.patterns import alternatives
from analysis.extract.speakers.helpers import _before_preposition

#: a capitalised word (a person's surname), optionally an age appositive, then a copula and a
#: noun phrase opened by an article or a possessive name ("Roe's")
_COPULAR_RE = re.compile(
    r"(?<![\w’'\-.])(?P<name>[A-Z][a-z][\w’'\-]*)(?:,[ \u00a0]\d{1,3},)?[ \u00a0]+"
    r"(?:is|was|has[ \u00a0]+been|had[ \u00a0]+been|became|has[ \u00a0]+become|remains|remained)[ \u00a0]+"
    r"(?:(?:now|also|currently|still|then|once|already|formerly)[ \u00a0]+)?"
    r"(?P<np>(?:a|an|the|[A-Z][\w’'\-.]*[’']s)[ \u00a0][^.;:!?\n\"“”]{1,160})")

@lru_cache(maxsize=8)
def _leading_re(forms: tuple[str, ...]) -> re.Pattern[str]:
    """A person's surname, then one of ``forms`` (the verbs of leading, roles.yaml's role_verbs:
    leading) and a definite object."""
    alts = alternatives(forms, space=r"[ \u00a0]+")
    return re.compile(
        r"(?<![\w’'\-.])(?P<name>[A-Z][a-z][\w’'\-]*)[ \u00a0]+(?:(?:now|also|currently|still|once)[ \u00a0]+)?"
        r"(?P<verb>" + (alts or r"(?!)") + r")[ \u00a0]+(?P<obj>the[ \u00a0][^.;:!?\n\"“”]{1,120})")


#: where a predicate's noun phrase ends: a comma, a relative pronoun, a conjunction ("a consultant and a
#: commentator": the first role; "a hawkish person and would be ...": no clause read as a role)
_NP_END_RE = re.compile(r",|[ \u00a0](?:who|whom|whose|which|that|but|when|while|because|after|before|since|until"
                        r"|and|or)(?![\w’'\-])")
#: where an organisation object ends: a time or a following clause ("the agency since 2019")
_OBJ_END_RE = re.compile(r",|[ \u00a0](?:who|whom|whose|which|that|but|when|while|because|after|before|since|until"
                         r"|from|during|for[ \u00a0]+(?:\d|a|an|the|more|nearly|about|almost|over|years|decades)"
                         r"|in[ \u00a0]+(?:\d|the[ \u00a0]+\d|[a-z])|and)(?![\w’'\-])")

_MAX_NP_WORDS = 14


def _cut(text: str, end_re: re.Pattern[str]) -> str:
    m = end_re.search(text)
    return (text[:m.start()] if m else text).strip()


def _head_words(np: str) -> list[str]:
    """The words of ``np`` before its first preposition, lower case, possessive names dropped."""
    words = _before_preposition(np).split()
    return [w.lower().strip("’'\"“”()") for w in words if not re.search(r"[’']s$", w)]


def _role_np(np: str, is_role_head: Callable[[str], bool],
             sense_fits: Callable[[str, str], bool] = lambda head, np: True) -> str | None:
    """``np`` cut at its clause boundary when a role noun heads it and ``sense_fits(role noun,
    np)`` (a polysemous role word's object names its office: "a judge of the district court",
    not "a judge of the baking contest"), else None."""
    np = _cut(np, _NP_END_RE)
    if not np or len(np.split()) > _MAX_NP_WORDS:
        return None
    head = _head_words(np)
    if not head:
        return None
    role = head[-1] if is_role_head(head[-1]) else " ".join(head[-2:]) if len(head) > 1 else None
    if role is None or not is_role_head(role) or not sense_fits(role, np):
        return None
    return np


def copular_roles(text: str, *, people: Collection[str], is_role_head: Callable[[str], bool],
                  sense_fits: Callable[[str, str], bool] = lambda head, np: True) -> Iterator[tuple[int, str, str]]:
    """(offset, name word, noun phrase) of each copular predicate after a person's name word:
    ``people`` are the article's surnames, ``is_role_head`` tells a role noun ("professor",
    "attorney general"), which must head the noun phrase (the word, or two words, before its first
    preposition): "Roe is a professor at X" gives "a professor at X"; "Roe is a more hawkish
    person", "Roe was the top recipient among ..." give nothing; nor does a polysemous role word
    whose object ``sense_fits`` rejects ("Roe became a judge of the baking contest").  Also the
    same predicate fronted as an appositive before the sentence's subject (:data:`_FRONTED_RE`:
    "Now the state's top prosecutor, Roe rose ..." says what "Roe is now the state's top
    prosecutor" says)."""
    found = []
    for rx in (_COPULAR_RE, _FRONTED_RE):
        for m in rx.finditer(text):
            name = m.group("name")
            if name not in people:
                continue
            np = _role_np(m.group("np"), is_role_head, sense_fits)
            if np is not None:
                found.append((m.start("name"), name, np))
    yield from sorted(found)


#: an appositive noun phrase opening a sentence (after an optional time adverb) before the
#: subject's surname and its verb: "Now the state's top prosecutor, Roe rose to ...", "A former
#: miner, Roe runs ..."; not a comment clause ("The plan, Roe said, was ..."; a comma after the verb)
#: nor a name in apposition ("The minister, Roe, said": a comma after the name)
_FRONTED_RE = re.compile(
    r"(?:^|(?<=[.!?][ \u00a0])|(?<=[.!?][\"”’'][ \u00a0]))"
    r"(?:(?:Now|Once|Already|Still|Long|Then|Formerly|Today)[ \u00a0]+)?"
    r"(?P<np>(?:[Aa]n?|[Tt]he)[ \u00a0][^,.;:!?\n\"“”]{1,120}),[ \u00a0]+"
    r"(?P<name>[A-Z][a-z][\w’'\-]*)[ \u00a0]+[a-z][\w\-]*(?=[ \u00a0]+[\w“\"])", re.MULTILINE)


def leading_roles(text: str, *, people: Collection[str], is_organisation: Callable[[str], bool],
                  verbs: Mapping[str, str]) -> Iterator[tuple[int, str, str]]:
    """(offset, name word, role) of each "<name> heads/has led/ran ... the <organisation>":
    the verb's agent noun "of" the object ("head of the Arden Institute"), when
    ``is_organisation`` says the object's head phrase (its words before the first preposition)
    names an organisation of a type ("the agency", "the Arden Institute", "the Bank" of "the Bank
    of Arden"; not "the charge", "the field", "the agency's critics", "the court challenge").
    ``verbs``: each form of a verb of leading -> its agent noun ("has led" -> "leader")."""
    for m in _leading_re(tuple(sorted(verbs))).finditer(text):
        name = m.group("name")
        if name not in people:
            continue
        obj = _cut(m.group("obj"), _OBJ_END_RE)
        # the object's head phrase (before its first preposition: "the court challenge to the law")
        # must name the organisation ("the agency's critics", "the court renovation": no leading of one)
        head = _before_preposition(obj).strip()
        if len(obj.split()) < 2 or len(obj.split()) > _MAX_NP_WORDS or not is_organisation(head):
            continue
        agent = verbs[" ".join(m.group("verb").split())]
        yield m.start("name"), name, f"{agent} of {obj}"


@lru_cache(maxsize=8)
def _passive_leading_re(participles: tuple[str, ...]) -> re.Pattern[str]:
    """A participle of a verb of leading, "by" and a capitalised run ending in a surname ("chaired by
    Ann Roe", "led by Dr Ann Roe of ..."): group "name" is the run's last word."""
    alts = alternatives(participles, space=r"[ \u00a0]+")
    return re.compile(
        r"(?<![\w’'\-])(?:" + (alts or r"(?!)") + r")[ \u00a0]+by[ \u00a0]+"
        r"(?:[A-Z][\w’'\-.]*[ \u00a0]+){0,3}(?P<name>[A-Z][a-z][\w’'\-]*)(?![\w’'\-]|[ \u00a0]+[A-Z])")


def passive_leading_roles(text: str, *, people: Collection[str], verbs: Mapping[str, str]) -> Iterator[tuple[int, str, str]]:
    """(offset, name word, role) of each "<something> was chaired/led/headed by <name>": the verb's agent
    noun ("The meeting was chaired by Ann Roe" -> Roe, "chair"), so "the chair" later refers to her as
    "the chair" refers to a person the article calls so (Quirk et al. 1985, 3.63ff, the passive's agent is
    the active's subject: "Ann Roe chaired the meeting").  ``verbs``: each form of a verb of leading ->
    its agent noun; the participles are the forms after "has" and the one-word forms without "-s"
    ("founded")."""
    participles = {k[4:]: v for k, v in verbs.items() if k.startswith("has ")}
    participles.update({k: v for k, v in verbs.items() if " " not in k and not k.endswith("s")})
    for m in _passive_leading_re(tuple(sorted(participles))).finditer(text):
        name = m.group("name")
        if name not in people:
            continue
        verb = text[m.start():m.start("name")].split()[0]
        yield m.start("name"), name, participles[verb]


#: the words that open a sentence with "The": a definite description and what follows it
_OPENING_THE_RE = re.compile(r"[\s\"“‘']*The[ \u00a0]+(?P<words>(?:[\w’'\-]+[ \u00a0]+){1,6})")


def _opening_description(text: str, start: int, end: int,
                         is_role_head: Callable[[str], bool]) -> tuple[int, str, str] | None:
    """(offset, description, head noun) of a sentence that opens with "The" + up to four
    words + a role noun followed by a lower-case word that is no role word (its verb): "The
    former senator spoke" -> "The former senator"; None otherwise."""
    m = _OPENING_THE_RE.match(text, start, end)
    if m is None:
        return None
    words = m.group("words").split()
    for k in range(min(5, len(words) - 1)):
        nxt = words[k + 1]
        if not nxt[:1].islower() or is_role_head(nxt.lower()):
            continue
        head = words[k].lower()
        if not words[k][:1].islower():
            continue
        if is_role_head(head) or k > 0 and is_role_head(f"{words[k - 1].lower()} {head}"):
            np_start = text.index("The", m.start(), m.start("words"))
            return np_start, " ".join(["The", *words[:k + 1]]), head
        return None
    return None


#: an object pronoun in the description's sentence: "The former senator praised him." (him is the
#: person named before, so the senator is someone else)
_OBJECT_PRONOUN_RE = re.compile(r"(?<![\w’'\-])(?:him|her|himself|herself)(?![\w’'\-])")


def next_sentence_descriptions(text: str, sentences: Sequence[tuple[int, int]], *,
                               person_at_start: Callable[[int, int], str | None],
                               is_role_head: Callable[[str], bool],
                               unique_office: Callable[[str], bool] = lambda head: False,
                               ) -> Iterator[tuple[int, str, str]]:
    """(offset of the description, the person's name word, the description) of each sentence
    that opens with a definite description of one person ("The former senator said ...") right
    after a sentence that opens with a person's name and names no one else
    (``person_at_start(start, end)`` gives that name word or None).  The previous sentence must
    not use the description's head noun itself ("Roe met the senator. The senator said": the
    senator is someone else).  A bare office with one holder per place ("The mayor":
    ``unique_office`` of the words after "The") can name its holder at first mention, so it is no description of the
    person ("Roe has a plan. The mayor rejected it."; "The former mayor", "The diplomat" still
    are), and a description whose sentence says him/her ("The former senator praised him") is
    someone else: neither is read."""
    for (s0, e0), (s1, e1) in zip(sentences, sentences[1:]):
        found = _opening_description(text, s1, e1, is_role_head)
        if found is None:
            continue
        off, np, head = found
        if re.search(r"(?<![\w’'\-])" + re.escape(head) + r"(?![\w’'\-])", text[s0:e0], re.IGNORECASE):
            continue
        if unique_office(" ".join(np.split()[1:]).lower()) or _OBJECT_PRONOUN_RE.search(text, off, e1):
            continue
        name = person_at_start(s0, e0)
        if name is not None:
            yield off, name, np


#: a sentence that opens with "He"/"She" and a copula: "She is a professor at X."
_PRONOUN_COPULAR_RE = re.compile(
    r"[\s\"“‘']*(?:He|She)[ \u00a0]+(?:is|was|has[ \u00a0]+been|had[ \u00a0]+been|became|remains)[ \u00a0]+"
    r"(?:(?:now|also|currently|still|then|once|already|formerly)[ \u00a0]+)?"
    r"(?P<np>(?:a|an|the|[A-Z][\w’'\-.]*[’']s)[ \u00a0][^.;:!?\n\"“”]{1,160})")


def next_sentence_pronoun_roles(text: str, sentences: Sequence[tuple[int, int]], *,
                                person_at_start: Callable[[int, int], str | None],
                                is_role_head: Callable[[str], bool],
                                sense_fits: Callable[[str, str], bool] = lambda head, np: True,
                                ) -> Iterator[tuple[int, str, str]]:
    """(offset of the pronoun, the person's name word, noun phrase) of each sentence that opens
    with "He"/"She" + a copula + a role noun phrase right after a sentence that opens with a
    person's name and names no one else: "Ann Roe spoke on Monday. She is a professor at X.";
    not when that sentence gives someone else a role ("Ann Roe met the senator. She is ...")."""
    for (s0, e0), (s1, e1) in zip(sentences, sentences[1:]):
        m = _PRONOUN_COPULAR_RE.match(text, s1, e1)
        if m is None:
            continue
        np = _role_np(m.group("np"), is_role_head, sense_fits)
        if np is None or _describes_another(text[s0:e0], is_role_head):
            continue
        name = person_at_start(s0, e0)
        if name is not None:
            yield m.start("np"), name, np


#: the name run opening a sentence, and an appositive of its own after it (", a lawyer,")
_OPENING_RUN_RE = re.compile(r"[\s\"“‘']*(?:[A-Z][\w’'\-.]*[ \u00a0]+)*[A-Z][\w’'\-.]*(?:,[^,]*,)?")


def _describes_another(sentence: str, is_role_head: Callable[[str], bool]) -> bool:
    """Whether a sentence that opens with a person's name describes someone else by a role after
    the name and its own appositive ("Tom Roe met the senator on Monday": then "He is a professor"
    may be the senator)."""
    m = _OPENING_RUN_RE.match(sentence)
    words = re.findall(r"[a-z][\w\-]*", sentence[m.end() if m else 0:])
    return any(is_role_head(w) or k > 0 and is_role_head(f"{words[k - 1]} {w}") for k, w in enumerate(words))


#: a person's election campaign: "Roe's campaign", "the Roe campaign", "a Roe campaign official",
#: "Roe's presidential campaign",
#: "Roe's re-election bid" (what follows it is read by :func:`_election_tail`)
_CAMPAIGN_RE = re.compile(
    r"(?<![\w’'\-])(?:(?P<own>[A-Z][a-z][\w\-]*)[’']s?|(?:[Tt]he|[Aa])[ \u00a0]+(?P<the>[A-Z][a-z][\w\-]*))[ \u00a0]+"
    r"(?:(?:presidential|re-?election|Senate|senate|gubernatorial|mayoral|congressional|primary|\d{4})[ \u00a0]+)*"
    r"(?:campaign|candidacy|re-?election[ \u00a0]+bid)(?![\w\-])")


_NEXT_WORD_RE = re.compile(r"[ \u00a0]+([a-z][\w\-]*)")
#: what follows "campaign": a preposition and the words after it ("for the Democratic nomination")
_CAMPAIGN_TAIL_RE = re.compile(r"[ \u00a0]+(?P<prep>against|of|to|for)[ \u00a0]+(?:(?:the|a|an|his|her|their|its|second|third|fourth|another)[ \u00a0]+)*"
                               r"(?P<word>[\w’'\-]+)")


def campaign_roles(text: str, *, people: Collection[str],
                   modifies_noun: Callable[[str], bool],
                   is_role_head: Callable[[str], bool] = lambda w: False,
                   objects: Collection[str] = frozenset(), verbs: Collection[str] = frozenset(),
                   ) -> Iterator[tuple[int, str, str]]:
    """(offset, surname, "candidate") of each election campaign the article names after a person
    ("Roe's campaign", "the Roe campaign", "Roe's re-election bid"): that person is a candidate
    (roles.yaml types candidates and campaigns as political sources).  ``people``: the surnames
    that name one person only in the article (a namesake's campaign is someone else's);
    ``modifies_noun(word)``: whether "campaign" before ``word`` only modifies it ("Roe's campaign
    experiment": no election; "Roe's campaign manager", "Roe's campaign said" are one).  A
    preposition after it must say an election (:func:`_election_tail`; ``objects`` and ``verbs``
    from roles.yaml's campaigns): "Roe's campaign for governor", "to unseat the mayor"; not "to cut
    sugar", "for clean air", "of harassment", "against the bank"."""
    for m in _CAMPAIGN_RE.finditer(text):
        name = m.group("own") or m.group("the")
        if name not in people:
            continue
        nxt = _NEXT_WORD_RE.match(text, m.end())
        if nxt is not None and modifies_noun(nxt.group(1)):
            continue
        tail = _CAMPAIGN_TAIL_RE.match(text, m.end())
        if tail is not None and not _election_tail(tail.group("prep"), tail.group("word"), is_role_head=is_role_head,
                                                   objects=objects, verbs=verbs):
            continue
        yield m.start(), name, "candidate"


def _election_tail(prep: str, word: str, *, is_role_head: Callable[[str], bool],
                   objects: Collection[str], verbs: Collection[str]) -> bool:
    """Whether "campaign <prep> ... <word>" is an election campaign: "to" a verb of ``verbs``
    ("to win", "to unseat"), "for" a role word, a capitalised name or an object of ``objects``
    ("for governor", "for the Democratic nomination", "for the presidency"); never "against" or
    "of" ("a campaign of harassment")."""
    if prep == "to":
        return word.lower() in verbs
    if prep == "for":
        return word[:1].isupper() or word.lower() in objects or is_role_head(word.lower())
    return False
