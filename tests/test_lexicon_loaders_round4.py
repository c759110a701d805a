"""Lexicon loaders: the shared top-level key check, the one UTF-8 message, --actors entries, big files."""

from __future__ import annotations

import pytest

from analysis.encoding import utf8_message, utf8_problem
from analysis.lexicons import LexiconError, check_top_keys, read_lexicon, top_key_line


# --------------------------------------------------------------------------- check_top_keys

def _data(tmp_path, text):
    f = tmp_path / "words.yaml"
    f.write_text(text, encoding="utf-8")
    return read_lexicon(f, "words.yaml", lines=True)


EXPECTED = {"groups": list, "titles": dict, "note": None, "either": (list, str)}


def test_top_keys_accepts_known_keys_and_empty_values(tmp_path):
    data, name = _data(tmp_path, "groups: [a]\ntitles:\n  x: 1\nnote: 3\neither: one\nempty:\n")
    with pytest.raises(LexiconError, match=r"words\.yaml:6: unknown key 'empty'"):
        check_top_keys(data, name, expected=EXPECTED, kind="word list")
    del data["empty"]
    check_top_keys(data, name, expected=EXPECTED, kind="word list")
    data, name = _data(tmp_path, "groups:\ntitles:\n")   # empty values: the loader decides
    check_top_keys(data, name, expected=EXPECTED, kind="word list")


@pytest.mark.parametrize("text, message", [
    ("# a comment\ngroups: [a]\nalias: [b]\n",
     "words.yaml:3: unknown key 'alias' at the top of this word list (expected groups, titles, note, either)"),
    ("groups:\n  a: 1\n", "words.yaml:1: 'groups' in this word list must be a list, not a mapping"),
    ("groups: []\n\ntitles: [x]\n", "words.yaml:3: 'titles' in this word list must be a mapping, not a list"),
    ("titles: plain\n", "words.yaml:1: 'titles' in this word list must be a mapping, not a single value 'plain'"),
    ("either: {a: 1}\n", "words.yaml:1: 'either' in this word list must be a list or a string, not a mapping"),
    ("groups: true\n", "words.yaml:1: 'groups' in this word list must be a list, not a single value True"),
])
def test_top_keys_refuses_unknown_keys_and_wrong_types_at_their_line(tmp_path, text, message):
    data, name = _data(tmp_path, text)
    with pytest.raises(LexiconError) as err:
        check_top_keys(data, name, expected=EXPECTED, kind="word list")
    assert str(err.value).endswith(message)
    assert err.value.problems[0].path == name


def test_top_key_is_not_confused_with_a_nested_key_on_the_first_line(tmp_path):
    # the top-level mapping and the flow mapping inside it both start on line 1
    data, name = _data(tmp_path, "x: {on: 1, 'no': 2}\non: 3\n")
    with pytest.raises(LexiconError) as err:
        check_top_keys(data, name, expected={"x": None}, kind="word list")
    assert str(err.value) == f"{name}:2: unknown key 'on' at the top of this word list (expected x)"


def test_top_keys_without_a_file_has_no_line():
    with pytest.raises(LexiconError) as err:
        check_top_keys({"x": 1}, "nowhere/missing.yaml", expected={"y": None}, kind="list")
    assert err.value.problems[0].line is None


def test_top_key_line_reads_packaged_and_user_files(tmp_path):
    assert top_key_line("analysis/lexicons/naming_words.yaml", "titles") is not None
    assert top_key_line("analysis/lexicons/naming_words.yaml", "no_such_key") is None
    f = tmp_path / "u.yaml"
    f.write_text("a: 1\n\n\nb: 2\n", encoding="utf-8")
    assert top_key_line(str(f), "b") == 4


# --------------------------------------------------------------------------- the UTF-8 message

def test_utf8_problem_names_byte_and_line():
    data = b"one\ntwo\nthr\xe9e\n"
    with pytest.raises(UnicodeDecodeError) as err:
        data.decode("utf-8")
    assert utf8_problem(data, err.value) == ("not valid UTF-8 (byte 0xe9); save the file as UTF-8", 3)
    assert utf8_message() == "not valid UTF-8; save the file as UTF-8"


def test_every_reader_says_the_same_utf8_message(tmp_path):
    from analysis.corpus.frontmatter import read_article_file
    from analysis.corpus.tables import iter_rows
    bad = b"---\noutlet: A\ntitle: T\ndate: 2024-06-20\n---\nCaf\xe9\n"
    f = tmp_path / "a.md"
    f.write_bytes(bad)
    _, problems = read_article_file(f)
    assert [(p.line, p.message) for p in problems] == [
        (6, "undecodable bytes: not valid UTF-8 (byte 0xe9); save the file as UTF-8")]
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_bytes(b'{"outlet": "A"}\n{"outlet": "Caf\xe9"}\n')
    problems = []
    list(iter_rows(jsonl, problems))
    assert [(p.line, p.message) for p in problems] == [
        (2, "undecodable bytes: not valid UTF-8 (byte 0xe9); save the file as UTF-8")]
    lex = tmp_path / "l.yaml"
    lex.write_bytes(b"# x\nwords: [caf\xe9]\n")
    with pytest.raises(LexiconError) as err:
        read_lexicon(lex, "actors.yaml")
    assert str(err.value) == f"{lex}:2: cannot read actors lexicon: not valid UTF-8 (byte 0xe9); save the file as UTF-8"


# --------------------------------------------------------------------------- --actors entries

def _actors(tmp_path, text):
    from analysis.measures.wording import load_actors
    f = tmp_path / "my_actors.yaml"
    f.write_text(text, encoding="utf-8")
    return f, lambda: load_actors(f)


def test_an_unknown_key_inside_an_actor_is_an_error_at_its_line(tmp_path):
    f, load = _actors(tmp_path, "actors:\n"
                                "  - name: Ann Vale\n"
                                "    kind: person\n"
                                "    labels: [Ms Vale]\n"
                                "    alias: [Vale]\n"              # typo for labels: silently ignored before
                                "  - {name: Bob Rode, kind: person, labels: [Rode], contry: X}\n")
    with pytest.raises(LexiconError) as err:
        load()
    assert [(p.path, p.line, p.message) for p in err.value.problems] == [
        (str(f), 5, "actor 1 ('Ann Vale'): unknown key 'alias' (expected name, kind, labels, speaker_type, "
                    "affiliation, country, rationale, gender)"),
        (str(f), 6, "actor 2 ('Bob Rode'): unknown key 'contry' (expected name, kind, labels, speaker_type, "
                    "affiliation, country, rationale, gender)")]


def test_a_wrong_type_inside_an_actor_is_an_error_at_the_key_line(tmp_path):
    f, load = _actors(tmp_path, "actors:\n"
                                "  - name: Ann Vale\n"
                                "    kind: person\n"
                                "    labels: [Ms Vale]\n"
                                "    country:\n"
                                "      name: X\n"
                                "  - name: Bob Rode\n"
                                "    kind: [person]\n"
                                "    labels: {a: 1}\n")
    with pytest.raises(LexiconError) as err:
        load()
    assert [(p.line, p.message.split(":")[0]) for p in err.value.problems] == [
        (5, "actor 1 ('Ann Vale')"), (8, "actor 2 ('Bob Rode')"), (9, "actor 2 ('Bob Rode')")]
    assert "'country' must be a string or null" in err.value.problems[0].message
    assert "'kind' must be one of" in err.value.problems[1].message
    assert "'labels' must be a non-empty list" in err.value.problems[2].message


def test_an_unknown_top_level_key_of_an_actors_file_is_an_error(tmp_path):
    f, load = _actors(tmp_path, "actors:\n  - {name: A, kind: person, labels: [A]}\nactor:\n  - {name: B}\n")
    with pytest.raises(LexiconError) as err:
        load()
    assert str(err.value) == (f"{f}:3: unknown key 'actor' at the top of this actors lexicon (expected actors)")


def test_actor_objects_are_checked_the_same_way_without_a_line():
    from analysis.measures.wording import as_actors
    with pytest.raises(LexiconError) as err:
        as_actors([{"name": "A", "kind": "person", "labels": ["A"], "label": "x"}])
    assert [(p.path, p.line) for p in err.value.problems] == [("<actors object>", None)]
    assert "unknown key 'label'" in str(err.value)


def test_the_packaged_actors_and_a_full_entry_still_load(tmp_path):
    from analysis.measures.wording import load_actors
    assert len(load_actors()) > 10
    _, load = _actors(tmp_path, "actors:\n  - name: Ann Vale\n    kind: person\n    labels: [Ms Vale, Vale]\n"
                                "    speaker_type: principal\n    affiliation: null\n    country: Freedonia\n"
                                "    rationale: the minister\n")
    (actor,) = load()
    assert (actor.name, actor.labels, actor.country, actor.affiliation) == ("Ann Vale", ("Ms Vale", "Vale"),
                                                                             "Freedonia", None)


# --------------------------------------------------------------------------- one-pass YAML builder

_YAML_CASES = [
    "", "# only a comment\n", "---\n", "a: 1\n---\nb: 2\n", "- a\n", "plain\n", "a: &x 1\nb: *x\n", "a: &x 1\n",
    "a: 1\na: 2\n", "<<: {a: 1}\n", "a: {b: 1, b: 2}\n", "? [a]\n: 1\n", "? {a: 1}\n: 1\n",
    "a: !!str 3\nb: !!int '4'\nc: !foo x\n", "a: =\n", "=: 1\n", "a: 2024-01-02\nb: 1e3\nc: .nan\nd: ~\ne: yes\n"
    "f: 0x1f\ng: !!binary aGVsbG8=\nh: 1_000\ni: 1:20\nj: -.inf\nk: NO\nl: null\nm: ''\n",
    "a: !!set {x, y}\n", "a: !!omap [x: 1]\n", "__line__: 5\nb: {c: 1}\n", "a: [1, 2\n", "a: b: c\n",
    "a: " + "[" * 70 + "]" * 70 + "\n", "a: " + "[" * 63 + "]" * 63 + "\n", "a: " + "[" * 64 + "]" * 64 + "\n",
    "1: a\n1.0: b\n", "true: a\n1: b\n", "a: ! 12\nb: ! [1]\nc: !!map {x: 1}\nd: !!seq [1]\n",
    "a:\n  - b: 1\n    c: [x, {d: 2}]\n  -\n  - - y\n", "%YAML 1.1\n---\na: 1\n", "a: 1\n...\n", "!!map {a: 1}\n",
    "a: 'quoted'\nb: \"d\\u00e9\"\nc: |\n  block\n  text\nd: >-\n  folded\n  text\ne: 'yes'\nf: \"12\"\n",
    "a: !!python/object:os.system x\n", "entries:\n  - {term: x, category: label, rationale: r}\n  - term: y\n",
]


def _both_paths(text, lines, monkeypatch):
    from analysis import lexicons

    def parse():
        try:
            return "ok", lexicons.parse_lexicon(text, "f.yaml", lines=lines)
        except LexiconError as exc:
            return "refused", str(exc)
    fast = parse()
    with monkeypatch.context() as m:
        m.setattr(lexicons, "_from_events", lambda text, lines: None)
        general = parse()
    return fast, general


@pytest.mark.parametrize("lines", [False, True])
@pytest.mark.parametrize("text", _YAML_CASES)
def test_the_one_pass_builder_gives_what_the_general_path_gives(text, lines, monkeypatch):
    import pickle
    fast, general = _both_paths(text, lines, monkeypatch)
    assert fast == general and pickle.dumps(fast) == pickle.dumps(general)   # types too (True vs 1)
    if fast[0] == "ok":
        assert list(fast[1]) == list(general[1])                             # key order


def test_every_packaged_lexicon_takes_the_one_pass_builder_and_equals_the_general_path(monkeypatch):
    from importlib import resources
    from analysis import lexicons
    files = sorted(p.name for p in resources.files("analysis").joinpath("lexicons").iterdir()
                   if p.name.endswith(".yaml"))
    assert len(files) > 10
    for file in files:
        text = lexicons.packaged_lexicon_text(file)
        assert lexicons._from_events(text, True) is not None, file
        fast, general = _both_paths(text, True, monkeypatch)
        assert fast == general, file


def test_the_one_pass_builder_records_lines_and_keeps_errors_with_their_line(tmp_path):
    data, _ = _data(tmp_path, "# head\nentries:\n  - term: a\n    category: label\n  - {term: b}\nsub:\n  x: 1\n")
    assert data == {"entries": [{"term": "a", "category": "label", "__line__": 3}, {"term": "b", "__line__": 5}],
                    "sub": {"x": 1, "__line__": 7}, "__line__": 2}
    with pytest.raises(LexiconError, match=r"words\.yaml:4: duplicate key 'a' \(first given on line 3\)"):
        _data(tmp_path, "x:\n  y:\n    a: 1\n    a: 2\n")


# --------------------------------------------------------------------------- the spelling key's shortcut

def _every_rule(word):
    from analysis.measures import wording
    w = word.lower().replace("’", "'").replace("‘", "'")
    if len(w) > 5:
        for pattern, repl in wording._SPELLING_RULES:
            w = pattern.sub(repl, w)
        w = w.replace("programme", "program").replace("sceptic", "skeptic")
    return w


@pytest.mark.parametrize("word", [
    "defences", "offence", "licences", "pretence", "realise", "organisations", "organisational", "analysed",
    "paralysing", "colour", "honourable", "favourites", "labelled", "travelling", "theatre", "centres",
    "programme", "sceptical", "Defence", "REALISED", "don’t", "sailor", "island", "analysis", "ballistic",
    "tremendous", "metres", "is", "hour", "yourself", "chisel", "crisis", "Paris", "tours", "pollers",
])
def test_the_spelling_key_shortcut_changes_no_key(word):
    from analysis.measures.wording import _inflections, _spelling_key
    for form in {word, *_inflections(word)}:
        assert _spelling_key(form) == _every_rule(form), form


# --------------------------------------------------------------------------- --lexicon keys

def test_an_unknown_key_of_a_loaded_terms_file_is_an_error_at_its_line(tmp_path):
    from analysis.measures.wording import load_loaded_terms
    f = tmp_path / "terms.yaml"
    f.write_text("sources:\n  me: My list\nentries:\n  - term: rogue state\n    category: label\n"
                 "    source: me\n    neutral: the country\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_loaded_terms(f)
    assert [(p.line, p.message) for p in err.value.problems] == [
        (7, "entry 1 ('rogue state'): unknown key 'neutral' (expected term, category, neutral_alternative, "
            "variants, source, rationale, tier, inflect, hyphen, require_before, require_before_far, "
            "require_before_gap, require_after, require_gap, "
            "exclude_before, exclude_after, "
            "case_sensitive, amplifier, cue_only, adjective_only, verb_first, not_compound_modifier, voices, context_exclude, context_require)")]
    f.write_text("sources:\n  me: My list\nentry:\n  - {term: rogue state, category: label, source: me}\n",
                 encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_loaded_terms(f)
    assert str(err.value) == (f"{f}:3: unknown key 'entry' at the top of this loaded-terms file (expected extend, "
                              "sources, entries, exclude, candidates, classes, templates, suffixes, compounds, derivations)")
    f.write_text("extend: true\nentries:\n  - {term: rogue state, category: label, rationale: r}\n", encoding="utf-8")
    assert any(e.term == "rogue state" for e in load_loaded_terms(f))


def test_unknown_entry_keys_names_each_key_at_its_line(tmp_path):
    from analysis.lexicons import entry_key_lines, unknown_entry_keys
    data, name = _data(tmp_path, "items:\n  - word: a\n    wrod: b\n    note: c\n")
    (item,) = data["items"]
    problems = unknown_entry_keys(item, name, expected=("word", "source"), where="item 1",
                                  key_line=entry_key_lines(name))
    assert [(p.line, p.message) for p in problems] == [
        (3, "item 1: unknown key 'wrod' (expected word, source)"), (4, "item 1: unknown key 'note' (expected word, source)")]
    assert [p.line for p in unknown_entry_keys(item, name, expected=("word",), where="item 1")] == [2, 2]
    assert unknown_entry_keys(item, name, expected=("word", "wrod", "note"), where="item 1") == []


# --------------------------------------------------------------------------- review R1: BOM offsets, non-string keys

BOM = b"\xef\xbb\xbf"


def test_utf8_problem_after_a_byte_order_mark_names_the_byte_and_line():
    # utf-8-sig drops the BOM before decoding: exc.start counts after it, three bytes short
    data = BOM + b"a: 1\nb: 2\n\xe9x\n"
    with pytest.raises(UnicodeDecodeError) as err:
        data.decode("utf-8-sig")
    assert utf8_problem(data, err.value) == ("not valid UTF-8 (byte 0xe9); save the file as UTF-8", 3)
    # the same bytes decoded without a BOM, and a line decoded alone, are unchanged
    with pytest.raises(UnicodeDecodeError) as err:
        data[3:].decode("utf-8")
    assert utf8_problem(data[3:], err.value) == ("not valid UTF-8 (byte 0xe9); save the file as UTF-8", 3)


def test_every_reader_names_the_byte_after_a_byte_order_mark(tmp_path):
    from analysis.corpus import CorpusError
    from analysis.corpus.frontmatter import read_article_file
    from analysis.corpus.importing import import_files
    lex = tmp_path / "bom.yaml"
    lex.write_bytes(BOM + b"a: 1\nb: 2\nc: \xe9\n")
    with pytest.raises(LexiconError) as err:
        read_lexicon(lex, "actors.yaml")
    assert str(err.value) == f"{lex}:3: cannot read actors lexicon: not valid UTF-8 (byte 0xe9); save the file as UTF-8"
    md = tmp_path / "a.md"
    md.write_bytes(BOM + b"---\noutlet: A\ntitle: T\ndate: 2024-06-20\n---\nCaf\xe9\n")
    _, problems = read_article_file(md)
    assert [(p.line, p.message) for p in problems] == [
        (6, "undecodable bytes: not valid UTF-8 (byte 0xe9); save the file as UTF-8")]
    raw = tmp_path / "raw.txt"
    raw.write_bytes(BOM + b"Title\n\nOne line.\nCaf\xe9 two.\n")
    with pytest.raises(CorpusError) as err:
        import_files([raw], out_dir=tmp_path / "out", write=False)
    assert [(p.line, p.message) for p in err.value.problems] == [
        (4, "not valid UTF-8 (byte 0xe9); save the file as UTF-8")]


@pytest.mark.parametrize("text, message", [
    ("groups: [a]\n\nyes: 1\n", "words.yaml:3: unknown key 'yes' at the top of this word list"),
    ("groups: [a]\nOn: 1\n", "words.yaml:2: unknown key 'On' at the top of this word list"),
    ("groups: [a]\n# c\n1: x\n", "words.yaml:3: unknown key '1' at the top of this word list"),
    ("'1': x\ngroups: [a]\n1: y\n", "words.yaml:1: unknown key '1' at the top of this word list"),
    ("groups: [a]\n'true': x\n", "words.yaml:2: unknown key 'true' at the top of this word list"),
])
def test_top_keys_name_a_key_yaml_reads_as_another_type_as_written(tmp_path, text, message):
    data, name = _data(tmp_path, text)
    with pytest.raises(LexiconError) as err:
        check_top_keys(data, name, expected=EXPECTED, kind="word list")
    assert str(err.value).endswith(message + " (expected groups, titles, note, either)")


def test_top_key_line_matches_the_constructed_key(tmp_path):
    f = tmp_path / "u.yaml"
    f.write_text("'yes': 1\nno: 2\n1: 3\n'1': 4\ntrue: 5\n", encoding="utf-8")
    assert top_key_line(str(f), "yes") == 1       # the quoted string, not the boolean
    assert top_key_line(str(f), False) == 2
    assert top_key_line(str(f), 1) == 3           # the integer, not True nor '1'
    assert top_key_line(str(f), "1") == 4
    assert top_key_line(str(f), True) == 5
    assert top_key_line(str(f), "True") is None


def test_unknown_entry_keys_name_a_key_read_as_another_type_at_its_line(tmp_path):
    from analysis.lexicons import entry_key_lines, unknown_entry_keys
    data, name = _data(tmp_path, "items:\n  - word: a\n\n    on: 1\n    2: b\n")
    (item,) = data["items"]
    problems = unknown_entry_keys(item, name, expected=("word",), where="item 1", key_line=entry_key_lines(name))
    assert [(p.line, p.message) for p in problems] == [
        (4, "item 1: unknown key 'on' (expected word)"), (5, "item 1: unknown key '2' (expected word)")]


def test_loaded_terms_entry_key_read_as_a_boolean_is_named_at_its_line(tmp_path):
    from analysis.measures.wording import load_loaded_terms
    f = tmp_path / "t.yaml"
    f.write_text("sources:\n  x: y\nentries:\n  - term: foo\n    category: label\n    source: x\n"
                 "    rationale: r\n\n    on: 1\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_loaded_terms(f)
    assert str(err.value).startswith(f"{f}:9: entry 1 ('foo'): unknown key 'on' (expected term, ")


def test_one_pass_builder_leaves_only_expected_errors_to_the_general_path(monkeypatch):
    import analysis.lexicons as lx
    # an impossible date: the one-pass builder gives up, the general path words the error
    assert lx._from_events("when: 2024-02-30\n", False) is None
    with pytest.raises(LexiconError) as err:
        lx.parse_lexicon("when: 2024-02-30\n", "d.yaml")
    assert str(err.value) == "d.yaml: invalid YAML: a value cannot be read (day is out of range for month)"
    assert lx._from_events("a: [1\n", False) is None                  # a YAML error
    assert lx._from_events("a: &x 1\nb: *x\n", False) is None         # an alias: unusual
    assert lx._from_events("a: 1\n", False) == {"a": 1}

    def broken(text, lines):
        raise AttributeError("a bug in the builder")
    monkeypatch.setattr(lx, "_build_from_events", broken)
    with pytest.raises(AttributeError, match="a bug in the builder"):   # not hidden by a silent fallback
        lx._from_events("a: 1\n", False)
