"""Speaker resolution on long hostile input: every one of 1,000 repeated units keeps its own,
correct speaker (values, never timings).

The units are written for the tests (invented people at a real university's name pattern).
The first tests give the resolver each speaker span as the attribution layer should give it;
the last goes through ``annotate`` with whatever spans the attribution layer finds, including
spans that run from the sentence start over many clauses (longer than any real mention).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from analysis.corpus import Article
from analysis.extract import annotate
from analysis.extract.speakers import _MENTION_MAX_CHARS, resolve_speakers
from analysis.text import parse_article

N = 1000


@dataclass(frozen=True)
class _Attr:
    start: int
    end: int
    cue_start: int
    speaker_start: int
    speaker_end: int
    speaker_mention: str
    paragraph: int | None = None


def _name(i: int) -> str:
    """A distinct invented surname per unit: Aabson, Babson, ..."""
    return f"{chr(65 + i % 26)}{chr(97 + (i // 26) % 26)}{chr(97 + (i // 676) % 26)}son"


def _doc(body: str):
    return parse_article(Article("Test", "t", dt.date(2024, 6, 20), body))


def _units(mention_of, tail: str, sep: str = ""):
    """Body of N units ``mention + tail`` and one attribution per unit with the exact mention span."""
    parts, attrs, pos = [], [], 0
    for i in range(N):
        m = mention_of(i)
        cue = pos + len(m) + tail.index("said")
        attrs.append(_Attr(cue + 5, cue + 7, cue, pos, pos + len(m), m))
        parts.append(m + tail + sep)
        pos += len(m) + len(tail) + len(sep)
    return "".join(parts) + "So on.", attrs


def test_one_comma_chained_sentence_each_unit_its_own_speaker():
    body, attrs = _units(lambda i: f"Jane {_name(i)}, a professor at Lund University", ", said it, and ")
    out = resolve_speakers(_doc(body), attrs, actors=[])
    assert len(out) == N
    for i, sp in enumerate(out):
        assert (sp.name, sp.speaker_type, sp.role, sp.affiliation) == \
            (f"Jane {_name(i)}", "expert_academic", "professor", "Lund University"), i


def test_many_title_mentions_in_one_paragraph():
    body, attrs = _units(lambda i: f"Mr. {_name(i)}", " said it, and ")
    out = resolve_speakers(_doc(body), attrs, actors=[])
    assert [sp.name for sp in out] == [_name(i) for i in range(N)]
    assert {sp.speaker_type for sp in out} == {"other"}     # no cue to a role anywhere


def test_many_paragraphs_each_introducing_a_person_then_surnames():
    # each person introduced with a role, then referred to by the surname alone later on
    intro, attrs1 = _units(lambda i: f"Jane {_name(i)}, a researcher at Lund University,", " said it.", "\n\n")
    off = len(intro)
    later = "".join(f"{_name(i)} said so.\n\n" for i in range(N))
    body = intro + "\n\n" + later
    attrs2, pos = [], off + 2
    for i in range(N):
        m = _name(i)
        attrs2.append(_Attr(pos + len(m) + 6, pos + len(m) + 8, pos + len(m) + 1, pos, pos + len(m), m))
        pos += len(m) + len(" said so.\n\n")
    doc = _doc(body)
    assert all(doc.body[a.speaker_start:a.speaker_end] == a.speaker_mention for a in attrs2)
    out = resolve_speakers(doc, attrs1 + attrs2, actors=[])
    for i in range(N):
        for sp in (out[i], out[N + i]):
            assert (sp.name, sp.speaker_type, sp.affiliation) == \
                (f"Jane {_name(i)}", "expert_academic", "Lund University"), (i, sp)


def test_an_overlong_mention_is_read_from_its_head():
    # a span running over many clauses (a misprediction): the speaker is the one at its head
    unit = "Jane Roe, a professor at Lund University, said it, and "
    mention = (unit * 40).rstrip(", and")
    assert len(mention) > _MENTION_MAX_CHARS
    body = mention + " said so."
    cue = len(mention) + 1
    sp = resolve_speakers(_doc(body), [_Attr(cue + 5, cue + 7, cue, 0, len(mention), mention)], actors=[])[0]
    assert (sp.name, sp.speaker_type, sp.affiliation) == ("Jane Roe", "expert_academic", "Lund University")


def test_annotate_on_a_long_comma_chained_sentence():
    body = "Jane Roe, a professor at Lund University, said it, and " * N + "so on."
    doc = annotate(_doc(body))
    assert len(doc.speakers) == len(doc.attributions) >= N - 1
    # whatever span the attribution layer gives, a mention headed by the name is that person
    named = [sp for a, sp in zip(doc.attributions, doc.speakers) if (a.speaker_mention or "").startswith("Jane Roe")]
    assert named
    assert {(sp.name, sp.speaker_type, sp.affiliation) for sp in named} == \
        {("Jane Roe", "expert_academic", "Lund University")}


# ---------------------------------------------------------------- "it" / "they": the phrase referred to
def _one(body: str, pronoun: str, content: str = "") -> tuple[str, str]:
    """The speaker of the one attribution '<pronoun> said' in ``body`` (content span ``content``)."""
    m_at = body.index(f"{pronoun} said")
    c0 = body.index(content) if content else 0
    attr = _Attr(c0, c0 + len(content), m_at + len(pronoun) + 1, m_at, m_at + len(pronoun), pronoun)
    sp = resolve_speakers(_doc(body), [attr], actors=[])[0]
    return sp.name, sp.speaker_type


def test_it_is_the_nearest_fitting_phrase_outside_contents_and_quotations():
    body = "On Monday the report came out, and the Foreign Ministry plan was off, it said."
    assert _one(body, "it") == ("Foreign Ministry", "government")
    # the same phrase inside the attribution's content or inside quotation marks is not it
    assert _one(body, "it", content="the Foreign Ministry plan was off") == ("the report", "document")
    quoted = "On Monday the report came out, and “the Foreign Ministry plan was off,” it said."
    assert _one(quoted, "it") == ("the report", "document")


def test_the_previous_sentence_subject_comes_before_a_nearer_phrase():
    assert _one("The Foreign Ministry met. Then the report came out, and it said so.", "it") == \
        ("Foreign Ministry", "government")
    assert _one("Officials of two ministries met. Then the report came out, and they said so.", "they") == \
        ("Officials", "government")


def test_long_sentence_of_contents_each_it_reads_past_them():
    # one sentence: a fitting phrase at its start, then N clauses each the content of its own
    # "it said" and each holding a phrase that would fit "it" were it not inside the content
    head = "On Monday the report came out, and "
    units = [f"the Foreign Ministry plan of Jane {_name(i)} was off" for i in range(N)]
    body = head + "".join(u + ", it said, and " for u in units) + "so on."
    attrs, pos = [], len(head)
    for u in units:
        m_at = pos + len(u) + 2
        attrs.append(_Attr(pos, pos + len(u), m_at + 3, m_at, m_at + 2, "it"))
        pos += len(u) + len(", it said, and ")
    out = resolve_speakers(_doc(body), attrs, actors=[])
    assert [(sp.name, sp.speaker_type) for sp in out] == [("the report", "document")] * N


def test_long_sentence_where_only_the_last_phrase_is_outside_contents():
    # the hostile shape: each "it" has before it people, and organisations all inside some
    # attribution's content (each content runs from the sentence start to its unit's name)
    # except the last unit's -> unknown for all but the last, which is that organisation
    units = [f"Jane {_name(i)}, a professor at Lund University, said it, and " for i in range(N)]
    body = "".join(units) + "so on."
    attrs, pos = [], 0
    for unit in units:
        cue = pos + unit.index("said")
        attrs.append(_Attr(0, pos + unit.index(","), cue, cue + 5, cue + 7, "it"))
        pos += len(unit)
    out = resolve_speakers(_doc(body), attrs, actors=[])
    assert [sp.name for sp in out] == ["Unknown"] * (N - 1) + ["Lund University"]
