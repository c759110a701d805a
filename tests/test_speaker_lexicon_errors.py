"""The speaker lexicons a user can give (``--cues``, ``--gazetteer``, ``--roles``; the speaker word
list through its loader) refuse a file of the wrong shape with an error naming the file and the
line, instead of reading it as an empty lexicon: an unknown top-level key (e.g. the ``entries:``
of a loaded-terms file) or a known key holding a list where a mapping belongs, or the reverse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.cli.main import main
from analysis.extract.speakers import (load_gazetteer, load_roles, load_source_cues,
                                       load_speaker_words)
from analysis.lexicons import LexiconError, packaged_lexicon_text

LOADERS = {"cues": (load_source_cues, "source_cues.yaml"), "gazetteer": (load_gazetteer, "gazetteer.yaml"),
           "roles": (load_roles, "roles.yaml"), "speaker_words": (load_speaker_words, "speaker_words.yaml")}

LOADED_TERMS_FILE = "# my loaded terms\nentries:\n  - {term: regime, category: label, rationale: test}\n"

# (option, file text, line of the problem, what the message says)
WRONG_TYPES = [
    ("cues", "precedence: [government, other]\ntypes:\n  expert: [professor]\n", 2, "'types'"),
    ("gazetteer", "# countries\ncountries: Korea\n", 2, "'countries'"),
    ("roles", "types: []\ntime:\n  - Monday\n", 2, "'time'"),
    ("speaker_words", "name_suffixes:\n  words: [Jr]\n\npair_nouns: [leaders]\n", 4, "'pair_nouns'"),
]


def _corpus(tmp_path: Path) -> Path:
    c = tmp_path / "corpus.jsonl"
    c.write_text(json.dumps({"outlet": "A", "title": "T", "date": "2024-01-01",
                             "text": "Officials said the regime would fall."}) + "\n", encoding="utf-8")
    return c


def _analyze(tmp_path: Path, option: str, lexicon: Path, capsys) -> tuple[int, str, Path]:
    out = tmp_path / "out"
    rc = main(["analyze", str(_corpus(tmp_path)), "--out", str(out), "--quiet", "--no-cache", "--jobs", "1",
               f"--{option}", str(lexicon)])
    return rc, capsys.readouterr().err, out


@pytest.mark.parametrize("option", ["cues", "gazetteer", "roles"])
def test_analyze_with_a_loaded_terms_file_as_speaker_lexicon_exits_2(tmp_path, capsys, option):
    lex = tmp_path / "terms.yaml"
    lex.write_text(LOADED_TERMS_FILE, encoding="utf-8")
    rc, err, out = _analyze(tmp_path, option, lex, capsys)
    assert rc == 2
    assert f"{lex}:2: unknown key 'entries'" in err and "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize("option, text, line, key", [w for w in WRONG_TYPES if w[0] != "speaker_words"])
def test_analyze_with_a_known_key_of_the_wrong_kind_exits_2(tmp_path, capsys, option, text, line, key):
    lex = tmp_path / "mine.yaml"
    lex.write_text(text, encoding="utf-8")
    rc, err, _ = _analyze(tmp_path, option, lex, capsys)
    assert rc == 2
    assert f"{lex}:{line}: {key}" in err and "must be a" in err and "Traceback" not in err


@pytest.mark.parametrize("which", list(LOADERS))
def test_each_loader_refuses_an_unknown_top_level_key(tmp_path, which):
    load, _ = LOADERS[which]
    lex = tmp_path / "terms.yaml"
    lex.write_text(LOADED_TERMS_FILE, encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"terms\.yaml:2: unknown key 'entries' at the top"):
        load(lex)


@pytest.mark.parametrize("which, text, line, key", WRONG_TYPES)
def test_each_loader_refuses_a_known_key_of_the_wrong_kind(tmp_path, which, text, line, key):
    load, _ = LOADERS[which]
    lex = tmp_path / "mine.yaml"
    lex.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        load(lex)
    assert f"mine.yaml:{line}: {key}" in str(exc.value)


@pytest.mark.parametrize("which", list(LOADERS))
def test_packaged_files_and_copies_of_them_still_load(tmp_path, which):
    load, packaged = LOADERS[which]
    lex = tmp_path / packaged
    lex.write_text(packaged_lexicon_text(packaged), encoding="utf-8")
    assert load(lex) == load()


def test_a_known_key_left_empty_is_an_empty_section(tmp_path):
    lex = tmp_path / "g.yaml"
    lex.write_text("countries:\n  - {name: Freedonia, aliases: [Fredonia]}\ninstitutions:\n", encoding="utf-8")
    gaz = load_gazetteer(lex)
    assert gaz.places["Fredonia"] == "Freedonia" and not gaz.institutions
