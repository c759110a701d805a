"""`framing check` and check_corpus: every problem, with file and line, at once; exit codes."""

from __future__ import annotations

import shutil

import pytest

from analysis.cli.main import main
from analysis.corpus import CorpusError, check_corpus, load_corpus

# tests/data/broken_corpus: one defect per file (file name says which), plus one good article;
# h_duplicate.md is a copy of a_ok.md: listed as a duplicate (dropped), not a problem.
EXPECTED = [
    ("b_no_front_matter.md", 1, "missing front matter"),
    ("c_malformed_yaml.md", 3, "malformed front matter (YAML)"),
    ("d_missing_title.md", 1, "missing required key 'title'"),
    ("e_bad_date.md", 4, "bad date 2024-13-45"),
    ("f_empty_body.md", 6, "empty body"),
    ("g_latin1.md", 7, "undecodable bytes"),
    ("i_notes.docx", None, "unknown file type '.docx'"),
    ("j_unclosed.md", 1, "front matter not closed"),
]


@pytest.fixture()
def broken(repo_root):
    return repo_root / "tests" / "data" / "broken_corpus"


def test_check_corpus_lists_every_problem(broken):
    duplicates = []
    articles, problems = check_corpus(broken, duplicates=duplicates)
    assert [a.title for a in articles] == ["A good article"]
    got = [(p.path.rsplit("/", 1)[-1], p.line) for p in problems]
    assert got == [(f, line) for f, line, _ in EXPECTED]
    for p, (_, _, msg) in zip(problems, EXPECTED):
        assert msg in p.message
    (dup,) = duplicates
    assert (dup.reason, dup.kept_source, dup.other_source) == \
        ("same_text", str(broken / "a_ok.md"), str(broken / "h_duplicate.md"))


def test_load_corpus_raises_with_all_problems(broken):
    with pytest.raises(CorpusError) as info:
        load_corpus(broken)
    assert len(info.value.problems) == len(EXPECTED)
    assert "e_bad_date.md:4: bad date" in str(info.value)


def test_cli_check_broken_folder_exits_2_and_lists_all(broken, capsys):
    assert main(["check", str(broken)]) == 2
    out = capsys.readouterr().out
    for f, line, msg in EXPECTED:
        where = f"{broken / f}:{line}: " if line else f"{broken / f}: "
        assert where + msg in out
    assert "1 article(s) from 1 outlet(s), 8 problem(s); 1 duplicate(s) dropped" in out
    assert "duplicate (same_text): h_duplicate.md dropped, same outlet and same text as a_ok.md" in out
    assert "A good article" in out  # the good article is still listed


def test_cli_check_seed_corpus_is_clean(corpus_dir, capsys):
    assert main(["check", str(corpus_dir)]) == 0
    out = capsys.readouterr().out
    header, *rows = out.splitlines()[:6]
    assert header.split() == ["outlet", "date", "words", "paras", "title", "file"]
    assert [r.split("  ")[0].strip() for r in rows] == ["Yonhap", "NPR", "Reuters", "The Telegraph",
                                                        "Unidentified outlet"]
    assert "2024-06-20-reuters.md" in out
    assert out.rstrip().endswith("5 article(s) from 5 outlet(s), 0 problem(s)")


def test_cli_check_table_file(seed_corpus, tmp_path, capsys):
    import pandas as pd
    pd.DataFrame([{"outlet": a.outlet, "title": a.title, "date": a.date, "text": a.body}
                  for a in seed_corpus]).to_csv(tmp_path / "c.csv", index=False)
    assert main(["check", str(tmp_path / "c.csv")]) == 0
    assert "5 article(s)" in capsys.readouterr().out


def test_empty_folder_missing_path_and_unknown_file(tmp_path, capsys):
    _, problems = check_corpus(tmp_path)
    assert [p.message for p in problems] == ["empty folder: no article files (.md, .txt) found"]
    _, problems = check_corpus(tmp_path / "nope")
    assert problems[0].message == "no such file or folder"
    (tmp_path / "x.docx").write_text("x")
    _, problems = check_corpus(tmp_path / "x.docx")
    assert "unknown file type '.docx'" in problems[0].message
    assert main(["check", str(tmp_path / "nope")]) == 2


def test_duplicate_across_subfolders_names_both(tmp_path, broken):
    for sub in ("one", "two"):
        (tmp_path / sub).mkdir()
        shutil.copy(broken / "a_ok.md", tmp_path / sub / "a.md")
    duplicates = []
    arts, problems = check_corpus(tmp_path, duplicates=duplicates)
    assert len(arts) == 1 and problems == [] and len(duplicates) == 1
    assert duplicates[0].other_source == str(tmp_path / "two" / "a.md")
    assert duplicates[0].kept_source == str(tmp_path / "one" / "a.md")


def test_cli_check_notes_lines_that_are_not_article_text(tmp_path, capsys):
    (tmp_path / "a.md").write_text(
        "---\noutlet: Harbour Post\ndate: 2024-06-20\ntitle: Port deal signed\n---\n\n"
        "The minister signed the port deal on Thursday.\n\n"
        "Read also: Opposition walks out of budget debate\n\n"
        "Officials said the deal would create jobs.\n\n"
        "Read also: Opposition walks out of budget debate\n", "utf-8")
    assert main(["check", str(tmp_path)]) == 0   # a note, not a problem
    out = capsys.readouterr().out
    notes = [ln for ln in out.splitlines() if ln.startswith("note:")]
    assert notes == [f"note: {tmp_path / 'a.md'}:{n}: this line may not be article text (link to another story "
                     "or live coverage): 'Read also: Opposition walks out of budget debate'; its words are "
                     "measured as the article's unless you remove it" for n in (9, 13)]   # each its own line
    assert out.rstrip().endswith("1 article(s) from 1 outlet(s), 0 problem(s)")
    assert main(["check", str(tmp_path), "--no-line-notes"]) == 0
    assert "note:" not in capsys.readouterr().out
    (tmp_path / "rules.yaml").write_text("related_link_patterns:\n  entries: ['^Read also(']\n", "utf-8")
    assert main(["check", str(tmp_path), "--rules", str(tmp_path / "rules.yaml")]) == 2
    assert "rules.yaml" in capsys.readouterr().out
