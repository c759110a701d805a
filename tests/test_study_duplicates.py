"""Duplicates in a study: listed by open_study and framing study, never dropped silently."""

from __future__ import annotations

import shutil
from pathlib import Path

from analysis.cli.main import main
from analysis.study import open_study

FIXTURE = Path(__file__).parent / "data" / "fixture_corpus"


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in sorted(FIXTURE.glob("2031-03-04-*.md")):
        shutil.copy(f, corpus / f.name)
    src = (FIXTURE / "2031-03-04-daily-planet.md").read_text()
    # the same article saved twice (same URL): kept once
    (corpus / "zz-copy.md").write_text(src.replace("title: Kastovia slammed", "title: COPY Kastovia slammed"))
    # the same text under another outlet and URL: a syndicated copy, kept
    (corpus / "zz-syndicated.md").write_text(src.replace("outlet: Daily Planet", "outlet: Syndicate Times")
                                             .replace("example.invalid/daily-planet", "example.invalid/synd"))
    return corpus


def test_open_study_lists_dropped_and_syndicated_copies(tmp_path):
    study = open_study(_corpus(tmp_path), cache=False)
    reasons = sorted(d.reason for d in study.duplicates)
    assert reasons == ["syndicated", "url"]
    table = study.tables["duplicates"]
    assert sorted(table["reason"]) == reasons
    assert "Syndicate Times" in study.outlets          # the syndicated copy is a finding, kept
    assert len(study.articles) == 3                     # the URL copy is dropped


def test_framing_study_prints_them(tmp_path, capsys):
    corpus = _corpus(tmp_path)
    rc = main(["study", "--corpus", str(corpus), "--only", "tone", "--figures", str(tmp_path / "fig"),
               "--build", str(tmp_path / "build"), "--formats", "png", "--cache", str(tmp_path / "cache"),
               "--jobs", "1"])
    err = capsys.readouterr().err
    assert rc == 0, err
    assert "1 syndicated" in err and "framing analyze writes them to duplicates.csv" in err
