"""One lexicon reader, one error type: every bad lexicon file is a LexiconError naming the file and line.

Every loader (loaded terms, actors, reporting verbs, stop words, topics, abbreviations, sentence
rules, English markers, cleaning rules) gets the same hostile files: missing, a folder, non-UTF-8
bytes, invalid YAML, an alias bomb, a duplicate key, a list at the top.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

import analysis.lexicons as lexicons
from analysis.corpus.cleaning import load_cleaning_rules
from analysis.extract import speakers
from analysis.extract.reporting_verbs import load_reporting_verbs
from analysis.lexicons import LexiconError, MAX_DEPTH, parse_lexicon, read_lexicon
from analysis.measures import wording
from analysis.measures.coverage import load_topics, parse_topics
from analysis.measures.vocabulary import load_not_names, load_stopwords
from analysis.text.segment import english_share, load_abbreviations, load_english_markers, load_sentence_rules

LOADERS: dict[str, Callable[[Any], Any]] = {
    "loaded_terms": wording.load_loaded_terms,
    "actors": wording.load_actors,
    "reporting_verbs": load_reporting_verbs,
    "stopwords": load_stopwords,
    "not_names": load_not_names,
    "topics": load_topics,
    "abbreviations": load_abbreviations,
    "sentence_rules": load_sentence_rules,
    "english_markers": load_english_markers,
    "cleaning": load_cleaning_rules,
    "source_cues": speakers.load_source_cues,
    "gazetteer": speakers.load_gazetteer,
    "actors_for_sources": speakers.load_actors_for_sources,
}

# An alias bomb: nine levels of nine-way aliases would expand to 9**9 (387 million) strings.
ALIAS_BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))

# name -> (file bytes or None for "no file" / "dir" for a folder, expected line, words in the message)
HOSTILE: dict[str, tuple[bytes | str | None, int | None, tuple[str, ...]]] = {
    "missing": (None, None, ("cannot read", "no such file")),
    "folder": ("dir", None, ("cannot read", "folder")),
    "not_utf8": (b"# comment\nwords: [caf\xe9]\n", 2, ("not valid UTF-8", "0xe9")),
    "invalid_yaml": (b"# comment\nwords: a: b\n", 2, ("invalid YAML",)),
    "alias_bomb": (ALIAS_BOMB.encode(), 1, ("anchors are not allowed", "&a")),
    "duplicate_key": (b"words: [a]\nother: [b]\nwords: [c]\n", 3, ("duplicate key 'words'", "first given on line 1")),
    "top_level_list": (b"# comment\n- a\n- b\n", 2, ("expected a mapping", "a list")),
}


def _write(tmp_path: Path, case: str) -> Path:
    content = HOSTILE[case][0]
    path = tmp_path / f"{case}.yaml"
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    return path


def _assert_refused(loader: Callable[[Any], Any], path: Path, case: str) -> None:
    _, line, words = HOSTILE[case]
    with pytest.raises(LexiconError) as info:
        loader(path)
    problem = info.value.problems[0]
    assert problem.path == str(path)
    assert problem.line == line
    for word in words:
        assert word in problem.message
    assert str(info.value).startswith(f"{path}:{line}: " if line else f"{path}: ")


@pytest.mark.parametrize("case", sorted(HOSTILE))
@pytest.mark.parametrize("loader", sorted(LOADERS))
def test_every_loader_refuses_every_hostile_file_naming_file_and_line(tmp_path, loader, case):
    _assert_refused(LOADERS[loader], _write(tmp_path, case), case)



def test_lexicon_error_is_a_value_error_with_problems():
    err = LexiconError.at("x.yaml", "bad", 3)
    assert isinstance(err, ValueError)
    assert [(p.path, p.message, p.line) for p in err.problems] == [("x.yaml", "bad", 3)]
    assert str(err) == "x.yaml:3: bad"


# --------------------------------------------------------------------------- the reader itself

@pytest.fixture(params=["libyaml", "pure-python"])
def yaml_backend(request, monkeypatch):
    """Run a test with libyaml (when installed) and with PyYAML's pure-Python loader."""
    if request.param == "pure-python" or not hasattr(yaml, "CSafeLoader"):
        class Plain(yaml.SafeLoader):
            pass

        class WithLines(yaml.SafeLoader):
            pass

        WithLines.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                                  lexicons._construct_mapping_with_line)
        monkeypatch.setattr(lexicons, "_Loader", Plain)
        monkeypatch.setattr(lexicons, "_LineLoader", WithLines)
    return request.param


def test_read_lexicon_packaged_and_user_file(tmp_path, yaml_backend):
    data, name = read_lexicon(None, "english_markers.yaml")
    assert name == "analysis/lexicons/english_markers.yaml" and "the" in data["words"]
    f = tmp_path / "mine.yaml"
    f.write_bytes(b"\xef\xbb\xbfwords: [a]\r\nmore:\r\n  - {x: 1}\r\n  - y: 2\r\n")  # BOM and CRLF are fine
    assert read_lexicon(f, "english_markers.yaml") == ({"words": ["a"], "more": [{"x": 1}, {"y": 2}]}, str(f))
    data, _ = read_lexicon(f, "english_markers.yaml", lines=True)
    assert data == {"words": ["a"], "more": [{"x": 1, "__line__": 3}, {"y": 2, "__line__": 4}], "__line__": 1}


def test_empty_file_is_an_empty_mapping(yaml_backend):
    assert parse_lexicon("", "e.yaml") == {} and parse_lexicon("# nothing\n", "e.yaml", lines=True) == {}


@pytest.mark.parametrize("text, line, words", [
    ("a: [x]\nb: *a\n", 2, "aliases are not allowed in a lexicon (found *a)"),
    ("a:\n  b: &anchor 1\n", 2, "anchors are not allowed in a lexicon (found &anchor)"),
    ("a: {x: 1}\nb:\n  <<: {x: 1}\n  y: 2\n", 3, "merge keys (<<) are not allowed"),
    ("a:\n  - {x: 1, y: 2}\n  - x: 1\n    x: 2\n", 4, "duplicate key 'x' (first given on line 3)"),
    ("yes: 1\ntrue: 2\n", 2, "duplicate key 'true' (first given on line 1)"),
    ("a: !!python/object/apply:os.system ['echo pwned']\n", 1, "could not determine a constructor"),
    ("a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n", 1, f"nested more than {MAX_DEPTH} levels"),
    ("a: 1\n---\nb: 2\n", 2, "expected a single document"),
    ("a: [1, 2\nb: 3\n", 2, "flow sequence (started on line 1)"),
    ("a: b\x00c\n", 1, "invalid YAML"),
    ("? [a, b]\n: c\n", 1, "unhashable key"),
    ("just text\n", 1, "found a single value 'just text'"),
])
def test_parse_lexicon_refuses_with_line(text, line, words, yaml_backend):
    with pytest.raises(LexiconError) as info:
        parse_lexicon(text, "t.yaml")
    assert [(p.path, p.line) for p in info.value.problems] == [("t.yaml", line)]
    assert words in info.value.problems[0].message


def test_python_tags_never_run(tmp_path):
    target = tmp_path / "pwned"
    f = tmp_path / "evil.yaml"
    f.write_text(f"entries: !!python/object/apply:os.system ['touch {target}']\n", "utf-8")
    with pytest.raises(LexiconError, match=r"evil.yaml:1: invalid YAML"):
        wording.load_loaded_terms(f)
    assert not target.exists()


# --------------------------------------------------------------------------- content problems, with lines

def test_packaged_lexicons_all_load_and_quote_yaml_booleans():
    assert "on" in load_english_markers() and "true" not in load_english_markers()
    blasted = next(e for e in wording.load_loaded_terms() if e.term == "blasted")
    assert blasted.exclude_after[0] == "off"
    assert len(load_reporting_verbs()) > 50 and len(load_topics()) > 5 and "the" in load_stopwords()
    assert "mr" in load_abbreviations() and load_cleaning_rules().source == "analysis/lexicons/cleaning.yaml"
    share = english_share("the cat sat on the mat " * 10)
    assert share == pytest.approx(30 / 60)   # the, on, the of 6 words: "on" counts


@pytest.mark.parametrize("loader, text, line, words", [
    ("loaded_terms", "entries:\n  - {term: x, category: label, rationale: r, exclude_after: [off]}\n", 2,
     "'exclude_after' must be a string or a list of strings (YAML read a bare word as False"),
    ("loaded_terms", "sources: [a]\nentries: []\n", None, "'sources' must be a mapping"),
    ("actors", "actors:\n  - {name: X, kind: person, labels: [X], country: 12}\n", 2,
     "actor 1 ('X'): 'country' must be a string or null"),
    ("stopwords", "stopwords:\n  - group: g\n    rationale: r\n    words: abc\n", 2,
     "stopwords[0] (g): 'words' must be a list, not str"),
    ("stopwords", "stopwords: {words: [a]}\n", 1, "'stopwords' must be a list of groups"),
    ("stopwords", "not_names: []\n", None, "no 'stopwords' list"),
    ("topics", "topics:\n  - topic: A\n    rationale: r\n    phrases: nope\n", 2,
     "topic 'A': phrases must be a list, not str"),
    ("topics", "topics:\n  - topic: A\n    rationale: r\n    phrases: ['']\n", 2, "topic 'A': empty phrase"),
    ("abbreviations", "titles: {Mr: 1}\n", None, "'titles' must be a list of abbreviations, not dict"),
    ("abbreviations", "titles: [Mr, No]\n", None, "entry False under 'titles' was read as a boolean"),
    ("english_markers", "words: [the, yes]\n", None, "True was read by YAML as bool"),
    ("english_markers", "others: [the]\n", None, "expected a mapping with a 'words' list"),
    ("cleaning", "share_words:\n  rationale: r\n  entries: [Share, 1]\n", 2,
     "'share_words' must hold a list of strings under 'entries': entry 2 (1)"),
])
def test_content_problems_name_file_and_line(tmp_path, loader, text, line, words):
    f = tmp_path / f"{loader}.yaml"
    f.write_text(text, "utf-8")
    with pytest.raises(LexiconError) as info:
        LOADERS[loader](f)
    problem = info.value.problems[0]
    assert (problem.path, problem.line) == (str(f), line)
    assert words in problem.message


def test_every_problem_of_a_topic_file_is_reported_at_once():
    data = {"topics": [{"topic": "A", "phrases": ["x"], "__line__": 2},
                       {"topic": "B", "phrases": ["(y"], "regex": ["(unclosed"], "rationale": "r", "__line__": 4},
                       {"topic": "A", "phrases": ["x"], "rationale": "r", "__line__": 6}]}
    with pytest.raises(LexiconError) as info:
        parse_topics(data, name="t.yaml")
    assert [str(p) for p in info.value.problems] == [
        "t.yaml:2: topic 'A': needs a rationale or source",
        "t.yaml:4: topic 'B': invalid pattern '(unclosed' (missing ), unterminated subpattern at position 0)",
        "t.yaml:6: topic 'A': duplicate topic name"]


# --------------------------------------------------------------------------- the command line

def test_framing_analyze_stops_on_a_bad_lexicon_before_any_article(tmp_path, capsys, corpus_dir):
    from analysis.cli.main import main

    bad = tmp_path / "verbs.yaml"
    bad.write_text("verbs:\n  - {lemma: opine, forms: [opined], category: grumpy, rationale: x}\n", "utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(corpus_dir), "--out", str(out), "--verbs", str(bad), "--no-cache", "-q"]) == 2
    err = capsys.readouterr().err
    assert f"framing analyze: {bad}:2: verbs entry 1 (opine): category 'grumpy' not one of" in err
    assert f"--verbs {bad}: 1 problem(s) in the lexicon file; nothing written" in err
    assert not out.exists()


def test_framing_import_prints_every_rules_problem(tmp_path, capsys):
    from analysis.cli.main import main

    raw = tmp_path / "a.txt"
    raw.write_text("Headline\n\nBody.\n", "utf-8")
    rules = tmp_path / "rules.yaml"
    rules.write_text("share_words: {entries: [Share]}\nshare_words: {entries: [Tweet]}\n", "utf-8")
    assert main(["import", str(raw), "--out", str(tmp_path / "c"), "--outlet", "X", "--date", "2024-06-20",
                 "--rules", str(rules)]) == 2
    err = capsys.readouterr().err
    assert f"error: {rules}:2: duplicate key 'share_words' (first given on line 1)" in err
    assert not (tmp_path / "c").exists()


def test_every_packaged_lexicon_has_a_kind_for_its_messages():
    # "cannot read <kind>" names what the file is; a new packaged file must say what it is
    packaged = {p.name for p in (Path(lexicons.__file__).parent).glob("*.yaml")}
    assert packaged == set(lexicons._KINDS)
