"""The actors lexicon has one validated loader (analysis.lexicons.actors); the speaker layer's
records are built from it, so a bad file fails the same way on both paths."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.extract import speakers as S
from analysis.lexicons import LexiconError
from analysis.lexicons import actors as A
from analysis.measures import wording


def _problems(exc: LexiconError) -> list[tuple[str, int | None]]:
    return [(p.message, p.line) for p in exc.problems]


def test_wording_re_exports_the_one_loader():
    assert wording.Actor is A.Actor and wording.load_actors is A.load_actors and wording.as_actors is A.as_actors


def test_speakers_path_refuses_an_unknown_key_at_its_line(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n  - name: Ann Vale\n    kind: person\n    alias: [Vale]\n", "utf-8")
    with pytest.raises(LexiconError) as err:
        S.load_actors_for_sources(path)
    problem = err.value.problems[0]      # then: 'labels' missing (the typo hid them)
    assert problem.path == str(path) and problem.line == 4
    assert "unknown key 'alias'" in problem.message and "Ann Vale" in problem.message
    assert "'labels' must be a non-empty list" in err.value.problems[1].message
    with pytest.raises(LexiconError) as same:     # the naming measures' loader says the same
        wording.load_actors(path)
    assert _problems(same.value) == _problems(err.value)


def test_speakers_path_refuses_an_entry_without_kind(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n  - name: Ann Vale\n    labels: [Vale]\n  - name: Bob Roe\n    labels: [Roe]\n"
                    "    kind: human\n", "utf-8")
    with pytest.raises(LexiconError) as err:
        S.load_actors_for_sources(str(path))
    assert [(p.path, p.line) for p in err.value.problems] == [(str(path), 2), (str(path), 6)]
    assert all("'kind' must be one of" in p.message for p in err.value.problems)


def test_a_list_of_dicts_still_gives_speaker_records():
    got = S.load_actors_for_sources([
        {"name": "Ann Vale", "kind": "person", "labels": ["Vale", " Ms Vale "]},
        {"name": "Ruritania", "kind": "country", "labels": ["Ruritanian government"], "country": "Ruritania"},
        {"name": "Roe Agency", "kind": "organisation", "labels": ["the agency"], "speaker_type": "media"}])
    assert got == [S.Actor("Ann Vale", "person", "principal", None, None, ("Ann Vale", "Vale", "Ms Vale")),
                   S.Actor("Ruritania", "country", "government", None, "Ruritania",
                           ("Ruritania", "Ruritanian government")),
                   S.Actor("Roe Agency", "organisation", "media", None, None, ("Roe Agency", "the agency"))]
    with pytest.raises(LexiconError, match=r"actor 1 \('Ann Vale'\): unknown key 'label'"):
        S.load_actors_for_sources([{"name": "Ann Vale", "kind": "person", "labels": ["Vale"], "label": "x"}])


def test_records_and_frames_are_accepted_as_before():
    mine = S.Actor("Ann Vale", "person", "media", None, None, ("Ann Vale",))
    lexicon = A.Actor("Bob Roe", "person", ("Roe",))
    assert S.load_actors_for_sources([mine, lexicon, {"name": "Cy Doe", "kind": "person", "labels": ["Doe"]}]) == [
        mine, S.Actor("Bob Roe", "person", "principal", None, None, ("Bob Roe", "Roe")),
        S.Actor("Cy Doe", "person", "principal", None, None, ("Cy Doe", "Doe"))]
    frame = pd.DataFrame([{"name": "Ann Vale", "kind": "person", "labels": "Vale | Ms Vale", "affiliation": None},
                          {"name": "Ruritania", "kind": "country", "labels": "Ruritania", "affiliation": "UN"}])
    assert S.load_actors_for_sources(frame) == [
        S.Actor("Ann Vale", "person", "principal", None, None, ("Ann Vale", "Vale", "Ms Vale")),
        S.Actor("Ruritania", "country", "government", "UN", None, ("Ruritania", "Ruritania"))]


def test_the_packaged_file_gives_the_same_actors_on_both_paths():
    records = S.load_actors_for_sources()
    assert [(r.name, r.kind, r.labels[1:]) for r in records] == [(a.name, a.kind, a.labels) for a in A.load_actors()]
    assert all(r.labels[0] == r.name for r in records)
