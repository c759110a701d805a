"""The segmenter's words are data (lexicons/segmentation.yaml): packaged entries, a user's file,
and what a bad file says."""

from __future__ import annotations

import pytest

from analysis.lexicons import LexiconError
from analysis.text import SegmentationWords, load_segmentation_words, parse_text

USER_FILE = """\
leading_elisions:
  - group: mine
    rationale: clipped "except" in quoted speech
    words: {{cept: except{extra_elision}}}
line_continuations:
  - group: mine
    rationale: a preposition needs its complement
    words: [the{extra_continuation}]
"""


def _user_words(tmp_path, *, elision: str = "", continuation: str = "") -> SegmentationWords:
    f = tmp_path / "seg.yaml"
    f.write_text(USER_FILE.format(extra_elision=elision, extra_continuation=continuation), encoding="utf-8")
    return load_segmentation_words(f)


def test_packaged_words_are_read_once_from_the_yaml_file():
    words = load_segmentation_words()
    assert {"til", "em", "cause", "tis", "n"} <= words.leading_elisions
    assert {"the", "of", "and", "said", "than"} <= words.line_continuations
    assert load_segmentation_words() is words          # cached: one read per process


def test_packaged_elision_is_an_apostrophe_not_a_quote():
    p = parse_text("He said he would wait ’til dawn, and he did.")
    assert p.quotations == () and p.stray_marks == ()


def test_user_added_elision_changes_the_quotation(tmp_path):
    body = "‘I will be there ’cept Tuesday,’ she said."
    default = parse_text(body)
    # ’ read as a new opening mark: the first quote is abandoned there (an opening ‘ yields its
    # words up to that mark), the second runs to the closing mark
    assert [q.text for q in default.quotations] == ["I will be there", "cept Tuesday,"]
    assert [s.offset for s in default.stray_marks] == [0]
    mine = parse_text(body, segmentation_words=_user_words(tmp_path))
    assert [q.text for q in mine.quotations] == ["I will be there ’cept Tuesday,"]
    assert mine.stray_marks == ()


def test_user_added_continuation_joins_a_wrapped_line():
    body = "Talks resumed under\nKim Jong Un, whose government had refused them for years."
    assert [s.text for s in parse_text(body).sentences] == [
        "Talks resumed under", "Kim Jong Un, whose government had refused them for years."]
    base = load_segmentation_words()
    mine = SegmentationWords(base.leading_elisions, base.line_continuations | {"under"})
    assert [s.text for s in parse_text(body, segmentation_words=mine).sentences] == [body]


def test_user_file_replaces_the_packaged_lists(tmp_path):
    words = _user_words(tmp_path, continuation=", Under")
    assert words.leading_elisions == {"cept"}
    assert words.line_continuations == {"the", "under"}     # lower-cased
    body = "Talks resumed under\nKim Jong Un, whose government had refused them for years."
    assert len(parse_text(body, segmentation_words=words).sentences) == 1


@pytest.mark.parametrize("text, message", [
    ("leading_elisions:\n  - group: g\n    words: [til]\n", "seg.yaml:2: leading_elisions[0] (g) needs a source or rationale"),
    ("leading_elisions:\n  - group: g\n    source: s\n    words: [\"'til\"]\n",
     "seg.yaml:2: leading_elisions[0] (g): \"'til\" must be letters a-z only"),
    ("line_continuations:\n  - group: g\n    source: s\n    words: [a, on]\n",
     "seg.yaml:2: line_continuations[0] (g): True was read by YAML as bool"),
    ("line_endings:\n  - group: g\n", "unknown key 'line_endings'"),
    ("line_continuations: [the]\n", "line_continuations[0] must be a group"),
])
def test_bad_user_file_is_a_lexicon_error_naming_file_and_line(tmp_path, text, message):
    f = tmp_path / "seg.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_segmentation_words(f)
    assert message in str(info.value)



def test_abbreviation_file_read_once_per_version_for_all_three_loaders(tmp_path, monkeypatch):
    """load_abbreviations, load_title_abbreviations and load_sentence_rules share one read of a
    file, keyed by its version (analysis.lexicons.file_stamp): an edited file is read again."""
    from analysis.text import segment as seg
    reads = []
    real = seg.read_lexicon

    def counting(path, packaged, **kw):
        reads.append(packaged)
        return real(path, packaged, **kw)

    monkeypatch.setattr(seg, "read_lexicon", counting)
    f = tmp_path / "abbr.yaml"
    f.write_text("titles: [Sen.]\nsentence_final: [Inc.]\nsentence_starters: [The]\n", encoding="utf-8")
    assert seg.load_abbreviations(f) == frozenset({"sen", "inc"})
    assert seg.load_title_abbreviations(str(f)) == frozenset({"sen"})
    rules = seg.load_sentence_rules(f)
    assert (rules.final, rules.starters) == (frozenset({"inc"}), frozenset({"The"}))
    assert reads == ["abbreviations.yaml"]
    f.write_text("titles: [Sen., Gov.]\nsentence_starters: [The]\n", encoding="utf-8")
    assert seg.load_title_abbreviations(f) == frozenset({"sen", "gov"})
    assert seg.load_sentence_rules(f).final == frozenset()
    assert reads == ["abbreviations.yaml"] * 2
