"""Hostile corpus input (issue 10 items 2, 3, 6, 9, 10): a clear problem naming file and line for each
case, never a traceback, never silent loss, never a hang.  Every hostile file is built here."""

from __future__ import annotations

import csv
import json
import os
import threading

import pytest

from analysis.cli.main import main
from analysis.corpus import CorpusError, check_corpus, escape_controls, iter_articles, load_corpus
from analysis.corpus import tables as corpus_tables

GOOD_BODY = "First paragraph.\n\nSecond paragraph."


def _md(outlet="Outlet A", title="A title", date="2024-06-20", extra="", body=GOOD_BODY) -> str:
    return f"---\noutlet: {outlet}\ntitle: {title}\ndate: {date}\n{extra}---\n\n{body}\n"


def _only_problem(path):
    arts, problems = check_corpus(path)
    assert arts == [] and len(problems) == 1, problems
    return problems[0]


def _rows(lines) -> str:
    return "\n".join(json.dumps(r) if isinstance(r, dict) else r for r in lines) + "\n"


def _row(**kw) -> dict:
    return {"outlet": "A", "title": "T", "date": "2024-06-20", "text": "Body.", **kw}


# --------------------------------------------------------------------------- 2. YAML alias bomb

def test_yaml_alias_bomb_is_refused_at_the_anchor(tmp_path):
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    f = tmp_path / "bomb.md"
    f.write_text("---\noutlet: A\ntitle: T\ndate: 2024-06-20\n" + "\n".join(levels)
                 + "\nurl: *a8\n---\n\nBody.\n", "utf-8")
    p = _only_problem(tmp_path)
    assert (p.path, p.line) == (str(f), 5)
    assert p.message == ("YAML anchors and aliases are not allowed in front matter (found &a0): "
                         "write each value out")


def test_yaml_alias_alone_is_refused(tmp_path):
    f = tmp_path / "alias.md"
    f.write_text("---\noutlet: A\ntitle: T\ndate: 2024-06-20\nurl: *nowhere\n---\n\nBody.\n", "utf-8")
    p = _only_problem(f)
    assert p.line == 5 and "found *nowhere" in p.message  # an undefined alias: still refused before YAML


def test_front_matter_over_64_kib_is_refused(tmp_path):
    f = tmp_path / "big.md"
    f.write_text(_md(extra="notes: " + "x" * (64 * 1024) + "\n"), "utf-8")
    p = _only_problem(f)
    assert (p.path, p.line) == (str(f), 2)
    assert p.message == "front matter too large (65,592 bytes; at most 64 KiB)"


def test_front_matter_nested_too_deep_is_refused(tmp_path):
    f = tmp_path / "deep.md"
    f.write_text(_md(extra="tags: " + "[" * 40 + "]" * 40 + "\n"), "utf-8")
    p = _only_problem(f)
    assert (p.line, p.message) == (5, "front matter nested more than 32 levels deep")


# --------------------------------------------------------------------------- 3. CSV swallowing rows

def test_csv_unclosed_quote_swallowing_rows_is_reported(tmp_path):
    f = tmp_path / "swallow.csv"
    f.write_text('outlet,title,date,text\n'
                 'A,One,2024-06-20,Body one\n'
                 'B,Two,2024-06-20,"He said ""go"" and left\n'
                 'C,Three,2024-06-21,Body three\n'
                 'D,Four,2024-06-22,Body four\n'
                 'E,Five,2024-06-23,"Body five"\n'
                 'F,Six,2024-06-24,Body six\n', "utf-8")
    arts, problems = check_corpus(f)
    # the quote opened on line 3 closes at the first quote of line 6: lines 4-6 were read into row 3
    assert [a.title for a in arts] == ["One", "Six"]
    assert [(p.path, p.line) for p in problems] == [(str(f), 3)]
    assert problems[0].message == (
        "row: unclosed quote? a quoted field of this row runs over 3 later line(s) that look like rows "
        "of their own (first: line 4), so those rows were read into it; check the quotes in this row")


def test_csv_quote_never_closed_is_reported(tmp_path):
    f = tmp_path / "eof.csv"
    f.write_text('outlet,title,date,text\nA,One,2024-06-20,Body one\nB,Two,2024-06-20,"Body two\n'
                 'more text\nand more\n', "utf-8")
    arts, problems = check_corpus(f)
    assert [a.title for a in arts] == ["One"]
    assert [(p.path, p.line) for p in problems] == [(str(f), 3)]
    assert problems[0].message == ("row: unclosed quote: a quoted field of this row is never closed, so "
                                   "the rest of the file (3 line(s)) was read into it")


def test_csv_unclosed_quote_in_a_title_is_reported_before_the_field_count(tmp_path):
    f = tmp_path / "title.csv"
    f.write_text('outlet,title,date,text\nA,"One,2024-06-20,Body one\nB,Two,2024-06-21,Body two\n', "utf-8")
    p = _only_problem(f)
    assert (p.path, p.line) == (str(f), 2)
    assert p.message.startswith("row: unclosed quote? a quoted field of this row runs over 1 later line(s) "
                                "that look like rows of their own (first: line 3)")


def test_csv_multiline_body_with_dates_is_not_flagged(tmp_path):
    f = tmp_path / "ok.csv"
    body = 'On 2024-06-20, officials said:\n\nA,B,2024-06-21 was "the day"\n\nEnd.'
    with f.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["outlet", "title", "date", "text"], ["A", "One", "2024-06-20", body]])
    (a,), problems = check_corpus(f)
    assert problems == [] and a.body == body


# --------------------------------------------------------------------------- 6. values never coerced

def test_front_matter_text_values_are_verbatim(tmp_path):
    (tmp_path / "a.md").write_text(
        _md(outlet="NO", title="010", extra="byline: Yes\ncountry: 1e3\nurl: ~\ncount: 3\n"), "utf-8")
    (tmp_path / "b.md").write_text(_md(outlet="'off'", title="Yes", date="'2024-06-21'"), "utf-8")
    (a, b), problems = check_corpus(tmp_path)
    assert problems == []
    assert (a.outlet, a.title, a.byline, a.country, a.url) == ("NO", "010", "Yes", "1e3", None)
    assert dict(a.extra) == {"count": 3}  # other keys keep their YAML types
    assert (b.outlet, b.title) == ("off", "Yes")


def test_front_matter_date_with_trailing_garbage_is_refused(tmp_path):
    f = tmp_path / "a.md"
    f.write_text(_md(date="2024-06-20 garbage"), "utf-8")
    p = _only_problem(f)
    assert (p.path, p.line, p.message) == (str(f), 4, "bad date 2024-06-20 garbage: expected YYYY-MM-DD")


def test_table_date_with_trailing_garbage_is_refused(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text("outlet,title,date,text\nA,T,2024-06-20T10:00:00Z,ok\nB,T,2024-06-20x,Body.\n"
                 "C,T,2024-06-20 25:00,Body.\n", "utf-8")
    arts, problems = check_corpus(f)
    assert [a.outlet for a in arts] == ["A"]
    assert [(p.line, p.message) for p in problems] == [
        (3, "row: bad date 2024-06-20x: expected YYYY-MM-DD"),
        (4, "row: bad date 2024-06-20 25:00: expected YYYY-MM-DD")]


def test_front_matter_mapping_for_text_is_refused(tmp_path):
    f = tmp_path / "a.md"
    f.write_text(_md(title="{a: 1}", extra="byline: [Ann, {b: 2}]\n"), "utf-8")
    arts, problems = check_corpus(f)
    assert arts == []
    assert [(p.line, p.message) for p in problems] == [(3, "'title' must be text, not a mapping"),
                                                       (5, "'byline' must be text, not a list")]


def test_parquet_null_title_is_refused(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq
    f = tmp_path / "t.parquet"
    pq.write_table(pa.table({"outlet": ["A", "B"], "title": ["One", None], "date": ["2024-06-20"] * 2,
                             "text": ["Body.", "Body."]}), f)
    arts, problems = check_corpus(f)
    assert [a.title for a in arts] == ["One"]
    assert [(p.path, p.line, p.message) for p in problems] == [(str(f), 2, "row: missing required key 'title'")]


def test_parquet_non_text_values_are_refused(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq
    f = tmp_path / "t.parquet"
    pq.write_table(pa.table({"outlet": ["A"], "title": [8], "date": ["2024-06-20"], "text": [b"bytes"]}), f)
    assert [(p.line, p.message) for p in check_corpus(f)[1]] == [
        (1, "row: 'title' must be text, not a number"), (1, "row: 'text' must be text, not bytes")]


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_jsonl_nan_and_infinity_are_refused(tmp_path, literal):
    f = tmp_path / "t.jsonl"
    f.write_text(_rows([_row(), f'{{"outlet": "B", "title": {literal}, "date": "2024-06-20", "text": "x"}}']),
                 "utf-8")
    arts, problems = check_corpus(f)
    assert [a.outlet for a in arts] == ["A"]
    assert [(p.path, p.line, p.message) for p in problems] == [
        (str(f), 2, f"JSON row refused: {literal} is not valid JSON (write null, or the value as text)")]


def test_jsonl_float_out_of_range_is_refused(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text('{"outlet": "A", "title": "T", "date": "2024-06-20", "text": "x", "score": 1e400}\n', "utf-8")
    p = _only_problem(f)
    assert (p.line, p.message) == (1, "JSON row refused: number 1e400 is out of range")


@pytest.mark.parametrize("text, kind", [(42, "a number"), (["a", "b"], "a list"), ({"p": "a"}, "a mapping"),
                                        (True, "true/false")])
def test_jsonl_text_that_is_not_text_is_refused(tmp_path, text, kind):
    f = tmp_path / "t.jsonl"
    f.write_text(_rows([_row(text=text)]), "utf-8")
    p = _only_problem(f)
    assert (p.path, p.line, p.message) == (str(f), 1, f"row: 'text' must be text, not {kind}")


def test_jsonl_number_title_is_refused(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text(_rows([_row(), _row(title=10), _row(outlet=False, title="U")]), "utf-8")
    arts, problems = check_corpus(f)
    assert len(arts) == 1
    assert [(p.line, p.message) for p in problems] == [(2, "row: 'title' must be text, not a number"),
                                                       (3, "row: 'outlet' must be text, not true/false")]


def test_duplicate_yaml_key_is_an_error(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\noutlet: A\ntitle: First\ndate: 2024-06-20\ntitle: Second\n---\n\nBody.\n", "utf-8")
    p = _only_problem(f)
    assert (p.path, p.line, p.message) == (str(f), 5, "duplicate key 'title' (first given on line 3)")


def test_duplicate_nested_yaml_key_is_an_error(tmp_path):
    f = tmp_path / "a.md"
    f.write_text(_md(extra="meta:\n  a: 1\n  a: 2\n"), "utf-8")
    assert (_only_problem(f).line, _only_problem(f).message) == (7, "duplicate key 'a' (first given on line 6)")


def test_duplicate_csv_header_is_an_error(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text("outlet,title,date,text,title\nA,One,2024-06-20,Body.,Two\n", "utf-8")
    p = _only_problem(f)
    assert (p.path, p.line, p.message) == (str(f), 1, "column(s) given twice: 'title'")


def test_duplicate_jsonl_key_is_an_error(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text(_rows([_row(), '{"outlet": "B", "title": "One", "date": "2024-06-20", "text": "x", "title": "Two"}']),
                 "utf-8")
    arts, problems = check_corpus(f)
    assert len(arts) == 1
    assert [(p.line, p.message) for p in problems] == [(2, "JSON row refused: key 'title' given twice")]


# --------------------------------------------------------------------------- 9. JSONL tracebacks

def test_jsonl_huge_integer_is_a_problem(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text(_rows([_row(), '{"outlet": "A", "title": "U", "date": "2024-06-20", "text": "x", "n": '
                        + "9" * 5000 + "}"]), "utf-8")
    arts, problems = check_corpus(f)
    assert len(arts) == 1
    assert [(p.path, p.line, p.message) for p in problems] == [
        (str(f), 2, "JSON row refused: a number with 5,000 digits (at most 4,300)")]


@pytest.mark.parametrize("depth, message", [(100_000, "JSON row refused: nested too deeply"),
                                            (100, "JSON row refused: nested more than 64 levels deep")])
def test_jsonl_deep_nesting_is_a_problem(tmp_path, depth, message):
    f = tmp_path / "t.jsonl"
    f.write_text('{"outlet": "A", "title": "T", "date": "2024-06-20", "text": "x", "n": '
                 + "[" * depth + "]" * depth + "}\n", "utf-8")
    p = _only_problem(f)
    assert (p.path, p.line, p.message) == (str(f), 1, message)


def test_jsonl_lone_surrogate_is_a_problem(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text(_rows([_row(), '{"outlet": "A", "title": "U", "date": "2024-06-20", "text": "cut \\ud83d here"}',
                        '{"outlet": "A", "title": "V", "date": "2024-06-20", "text": "emoji \\ud83d\\ude00 ok"}']),
                 "utf-8")
    arts, problems = check_corpus(f)
    assert [a.body for a in arts] == ["Body.", "emoji \U0001F600 ok"]
    assert [(p.line, p.message) for p in problems] == [
        (2, "JSON row refused: lone surrogate '\\ud83d' in a string: not valid Unicode")]


def test_jsonl_bad_rows_do_not_hide_later_rows(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text(_rows([_row(title="One"), "{oops", "[1, 2]", _row(title="Four", text="Body four.")]), "utf-8")
    arts, problems = check_corpus(f)
    assert [a.title for a in arts] == ["Four", "One"]
    assert [(p.line, p.message) for p in problems] == [
        (2, "unreadable JSON row: Expecting property name enclosed in double quotes (column 2)"),
        (3, "JSON row is not an object")]


# --------------------------------------------------------------------------- 10. skipped without a word

def test_dangling_symlink_is_a_problem(tmp_path):
    (tmp_path / "a.md").write_text(_md(), "utf-8")
    os.symlink(tmp_path / "gone.md", tmp_path / "b.md")
    arts, problems = check_corpus(tmp_path)
    assert len(arts) == 1
    assert [(p.path, p.line) for p in problems] == [(str(tmp_path / "b.md"), None)]
    assert problems[0].message == (f"dangling symbolic link (to {str(tmp_path / 'gone.md')!r}): "
                                   "its target does not exist")
    assert _only_problem(tmp_path / "b.md").message == "dangling symbolic link: its target does not exist"


def test_symlinked_folder_is_a_problem_and_symlinked_file_is_read(tmp_path):
    corpus, elsewhere = tmp_path / "corpus", tmp_path / "elsewhere"
    corpus.mkdir()
    elsewhere.mkdir()
    (elsewhere / "x.md").write_text(_md(title="Linked file"), "utf-8")
    os.symlink(elsewhere, corpus / "sub")
    os.symlink(elsewhere / "x.md", corpus / "x.md")
    arts, problems = check_corpus(corpus)
    assert [a.title for a in arts] == ["Linked file"]
    assert [(p.path, p.line) for p in problems] == [(str(corpus / "sub"), None)]
    assert problems[0].message.startswith(f"symbolic link to a folder (to {str(elsewhere)!r}): not followed")


def _without_hanging(func, *args):
    result = []
    worker = threading.Thread(target=lambda: result.append(func(*args)), daemon=True)
    worker.start()
    worker.join(20)
    assert not worker.is_alive(), "blocked on a FIFO"
    return result[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_named_md_is_a_problem_and_never_blocks(tmp_path):
    (tmp_path / "a.md").write_text(_md(), "utf-8")
    os.mkfifo(tmp_path / "pipe.md")
    os.symlink(tmp_path / "pipe.md", tmp_path / "z.md")
    arts, problems = _without_hanging(check_corpus, tmp_path)
    assert len(arts) == 1
    assert [(p.path, p.message) for p in problems] == [
        (str(tmp_path / "pipe.md"), "not a regular file: a FIFO (named pipe); not read"),
        (str(tmp_path / "z.md"), "symbolic link to a FIFO (named pipe): not read")]
    direct = _without_hanging(check_corpus, tmp_path / "pipe.md")[1]
    assert [p.message for p in direct] == ["not a regular file: a FIFO (named pipe); not read"]
    os.mkfifo(tmp_path / "pipe.jsonl")
    table = _without_hanging(check_corpus, tmp_path / "pipe.jsonl")[1]
    assert [p.message for p in table] == ["not a regular file: a FIFO (named pipe); not read"]


def test_check_escapes_control_characters(tmp_path, capsys):
    table = tmp_path / "t.jsonl"
    table.write_text(_rows([_row(outlet="\x1b[31mRed\x1b[0m\\0Nul\x00", title="T\u202eevil"),
                            _row(date="2024-06-20\x07")]), "utf-8")
    assert main(["check", str(table)]) == 2
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x00" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b[31mRed\\x1b[0m\\0Nul\\x00" in out  # outlet cell (the literal backslash-zero stays)
    assert "T\\u202eevil" in out
    assert f"{table}:2: row: bad date 2024-06-20\\x07: expected YYYY-MM-DD" in out
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "b\x1b[2Jx.md").write_text("no front matter\n", "utf-8")
    assert main(["check", str(folder)]) == 2
    out = capsys.readouterr().out
    assert "\x1b" not in out and f"{folder}/b\\x1b[2Jx.md:1: missing front matter" in out
    assert escape_controls("tab\tnew\nline\u2028ok é 한") == "tab\\x09new\\x0aline\\u2028ok é 한"


def test_csv_field_over_the_csv_default_limit_loads(tmp_path):
    body = "word " * 60_000  # 300,000 characters: over the csv module's 131,072 default
    f = tmp_path / "long.csv"
    with f.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["outlet", "title", "date", "text"], ["A", "T", "2024-06-20", body]])
    (a,) = load_corpus(f)
    assert a.body == body.strip()
    assert corpus_tables.CSV_FIELD_LIMIT == 64 * 1024 * 1024


def test_csv_field_over_our_limit_is_a_problem(tmp_path, monkeypatch):
    f = tmp_path / "huge.csv"
    f.write_text('outlet,title,date,text\nA,One,2024-06-20,Body.\nB,Two,2024-06-20,"' + "x" * 5000 + '"\n', "utf-8")
    monkeypatch.setattr(corpus_tables, "CSV_FIELD_LIMIT", 1000)
    previous = csv.field_size_limit(1000)
    try:
        arts, problems = check_corpus(f)
    finally:
        csv.field_size_limit(previous)
    assert [a.title for a in arts] == ["One"]
    assert [(p.path, p.line, p.message) for p in problems] == [
        (str(f), 3, "unreadable CSV: a field is longer than 1,000 characters (the CSV field limit); is a "
                    "quote opened in the row starting on line 3 never closed?")]


def test_undecodable_csv_names_the_line(tmp_path):
    f = tmp_path / "t.csv"
    f.write_bytes(b"outlet,title,date,text\nA,One,2024-06-20,Body.\n" + b"B,Two,2024-06-20,Caf\xe9\n" * 3000)
    arts, problems = check_corpus(f)
    assert [(p.line, p.message) for p in problems] == [(3, "undecodable bytes: not valid UTF-8 (byte 0xe9); save the file as UTF-8")]


# --------------------------------------------------------------------------- streaming

def test_iter_articles_streams_in_source_order_and_raises_at_the_end(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text(_rows([_row(outlet="B", date="2024-06-21", title="b1", text="B one."),
                        _row(outlet="A", title="a1", text="A one."), "{oops",
                        _row(outlet="B", date="2024-06-21", title="b1", text="B one."),
                        _row(outlet="A", title="a2", text="A two.")]),
                 "utf-8")
    got, duplicates = [], []
    with pytest.raises(CorpusError) as info:
        for a in iter_articles(f, duplicates=duplicates):
            got.append(a.title)
    assert got == ["b1", "a1", "a2"]  # source order; every good article came before the error
    assert [p.line for p in info.value.problems] == [3]
    assert info.value.problems[0].message.startswith("unreadable JSON row")
    assert [(d.reason, d.kept_source, d.other_source) for d in duplicates] == [("same_text", f"{f}:1", f"{f}:4")]
    problems = []
    assert [a.title for a in iter_articles(f, outlets=["A", "Le Monde"], problems=problems)] == ["a1", "a2"]
    assert problems[-1].message == "outlet not in corpus: 'Le Monde'; known outlets: B, A"
