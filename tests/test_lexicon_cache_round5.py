"""The version key of lexicon caches (analysis.lexicons.file_stamp) sees an in-place rewrite of the
same size whose modification time was set back (cp -p, rsync -t --inplace): invented files."""

from __future__ import annotations

import os
import time

from analysis.lexicons import file_stamp
from analysis.lexicons.actors import read_actors


def _actors(name: str) -> str:
    return (f"actors:\n  - name: {name}\n    kind: person\n    speaker_type: principal\n"
            f"    affiliation: null\n    country: null\n    labels: [{name}]\n    rationale: invented\n")


def _rewrite_keeping_mtime(path, text: str) -> None:
    time.sleep(0.05)                       # past the clock tick of the first write
    with open(path, "r+", encoding="utf-8") as f:
        f.write(text)                      # same file, same size
    os.utime(path, ns=(10**18, 10**18))    # the old modification time, as cp -p or rsync -t keep it


def test_stamp_changes_when_mtime_is_set_back(tmp_path):
    p = tmp_path / "a.yaml"
    p.write_text(_actors("Ann Roe"), encoding="utf-8")
    os.utime(p, ns=(10**18, 10**18))
    before = file_stamp(p)
    _rewrite_keeping_mtime(p, _actors("Bob Lee"))
    after = file_stamp(p)
    assert before[:4] == after[:4]         # device, inode, size and mtime all kept
    assert before != after


def test_actors_read_again_after_in_place_rewrite_with_old_mtime(tmp_path):
    p = tmp_path / "actors.yaml"
    p.write_text(_actors("Ann Roe"), encoding="utf-8")
    os.utime(p, ns=(10**18, 10**18))
    assert read_actors(p)[0].name == "Ann Roe"
    _rewrite_keeping_mtime(p, _actors("Bob Lee"))
    assert read_actors(p)[0].name == "Bob Lee"
