"""Round 14 (T1): entries demoted out of the default tiers by their measured PTC precision, and the PTC
evaluator's halves (``load_ptc(half=...)``, ``--half``) and per-entry table (``by_term``, ``--low-precision``)
that make the demotion reproducible.  Invented sentences, names and places; PTC dev itself is read only
from ../shared/ptc (skipped when absent), never copied."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from _loaded_helpers import hits
from analysis.evaluate import ptc

DEFAULT = ("core", "general", "pattern", "candidate")
SHARED_PTC = Path(__file__).resolve().parents[2] / "shared" / "ptc" / "dev"


# ----------------------------------------------------------------------------- the demoted entries

@pytest.mark.parametrize("sentence, matched", [
    ("Residents of Pellam say the harbour board is corrupt.", "corrupt"),
    ("A columnist in Varo called the councillor a bigot.", "bigot"),
    ("The pamphlet blamed globalists for the closure of the Orrin mill.", "globalists"),
    ("Fans said the referee in the Tarn derby was biased.", "biased"),
    ("A fundamentalist sect bought the farm outside Brask.", "fundamentalist"),
    ("The comeback of the Ulm rowing crew was incredible.", "incredible"),
    ("The coach chastised his players after the loss in Dunmore.", "chastised"),
    ("Two wardens were complicit in the escape from Kell prison.", "complicit"),
    ("The candidate's incendiary remarks in Nolby drew a rebuke.", "incendiary"),
    ("The flyer in Carvish spoke of illegals taking jobs.", "illegals"),
])
def test_demoted_entries_leave_the_default_tiers_but_stay_borderline(sentence, matched):
    assert matched not in [m for _, m in hits(sentence, tiers=DEFAULT)]
    assert [m for _, m in hits(sentence, tiers=("borderline",))] == [matched]


@pytest.mark.parametrize("sentence, matched", [
    # same file, same classes, not demoted: their PTC precision was not below the rule's bar, or a proxy
    # gold set counts them (immoral, betray)
    ("The bishop of Arlo called the lottery immoral.", "immoral"),
    ("Dockers in Pellam felt betrayed by the union.", "betrayed"),
    ("The new stadium in Velm is a hideous lump of concrete.", "hideous"),
    ("The mayor's plan for the Orrin ring road is dreadful.", "dreadful"),
    ("The council of Brask is a gang of crooks, the flyer said.", "crooks"),
])
def test_neighbours_of_the_demoted_entries_still_count(sentence, matched):
    assert matched in [m for _, m in hits(sentence, tiers=DEFAULT)]


@pytest.mark.parametrize("sentence, word", [
    ("The harvest in Dunmore was bad this year.", "bad"),
    ("Her fake smile fooled nobody at the Arlo gala.", "fake"),
    ("Winters on the Carvish plateau are extreme.", "extreme"),
    ("The bridge at Kell was completely rebuilt.", "completely"),
    ("The crash on the Tarn road was fatal.", "fatal"),
    ("The tribunal found the poster offensive.", "offensive"),
    ("The essay on Velm's canals is purely descriptive.", "purely"),
])
def test_excluded_candidate_words_are_no_candidates(sentence, word):
    assert word not in [m.lower() for _, m in hits(sentence, tiers=DEFAULT)]


def test_other_candidate_words_still_count_in_the_narrator_voice():
    sentence = "The landlord in Nolby sent abusive letters to his tenants."
    assert hits(sentence, tiers=DEFAULT) == [("abusive", "abusive")]
    assert hits(sentence, tiers=("core", "general", "pattern")) == []


def test_the_packaged_lexicon_keeps_the_demoted_entries_with_their_measured_reason():
    from analysis.measures import wording as w
    lex = w.load_loaded_terms()
    demoted = {e.term: e for e in lex.entries if "round 14 (T1): demoted" in e.rationale}
    assert set(demoted) == {"corrupt", "bigot", "globalist", "biased", "fundamentalist", "incredible", "chastise",
                            "complicit", "incendiary", "illegals"}
    assert {e.tier for e in demoted.values()} == {"borderline"}
    assert all("half A" in e.rationale and "hits" in e.rationale for e in demoted.values())
    assert {"bad", "fake", "extreme", "completely", "fatal", "offensive", "purely"} <= lex.rules.exclude


# ----------------------------------------------------------------------------- the evaluator

def _folder(tmp_path: Path, ids=(1, 2, 3, 4)) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "labels").mkdir()
    for i in ids:
        body = f"Title {i}\n\nThe mayor of Orrin {i} called the plan absurd nonsense and the rival a hideous coward.\n"
        at = body.index("absurd")
        (tmp_path / "articles" / f"article{i}.txt").write_text(body, encoding="utf-8")
        (tmp_path / "labels" / f"article{i}.labels").write_text(f"{i}\tLoaded_Language\t{at}\t{at + 6}\n",
                                                                 encoding="utf-8")
    return tmp_path


def test_halves_split_by_the_parity_of_the_article_id(tmp_path):
    root = _folder(tmp_path, ids=(1, 2, 3, 10, 11))
    odd, _ = ptc.load_ptc(root, half="odd")
    even, _ = ptc.load_ptc(root, half="even")
    whole, _ = ptc.load_ptc(root)
    assert [a.id for a in odd] == ["1", "11", "3"]            # file order (sorted names)
    assert [a.id for a in even] == ["10", "2"]
    assert sorted(a.id for a in odd + even) == sorted(a.id for a in whole)
    with pytest.raises(ValueError):
        ptc.load_ptc(root, half="A")


def test_by_term_counts_each_entry_and_low_precision_lists_only_entries_over_the_bar(tmp_path):
    arts, _ = ptc.load_ptc(_folder(tmp_path))
    rep = ptc.evaluate_ptc(arts, tiers=["core", "general", "pattern"])
    table = rep.as_dict()["by_term"]
    assert table["general/absurd"] == {"flagged": 4, "precision": 1.0, "precision_any": 1.0}
    assert table["general/coward"]["flagged"] == 4 and table["general/coward"]["precision"] == 0.0
    low = ptc.low_precision_entries(rep)
    assert ("general/coward", 4, 0) in low and all(k != "general/absurd" for k, _, _ in low)
    assert ptc.low_precision_entries(rep, min_hits=5) == []        # four hits are under a bar of five


def test_eval_ptc_half_and_low_precision_options(tmp_path, capsys):
    root = _folder(tmp_path)
    args = argparse.Namespace(path=str(root), tiers=["core", "general", "pattern"], half="even", low_precision=True)
    assert ptc.run_eval_ptc(args) == 0
    out = capsys.readouterr().out
    assert "2 articles" in out
    assert "entries with >= 3 flagged terms" in out and "general/coward" not in out   # 2 hits on the even half
    args = argparse.Namespace(path=str(root), tiers=["core", "general", "pattern"], low_precision=True)
    assert ptc.run_eval_ptc(args) == 0
    assert "general/coward" in capsys.readouterr().out


@pytest.mark.skipif(not SHARED_PTC.is_dir(), reason="PTC dev is not beside the project")
def test_ptc_dev_curated_precision_on_the_held_out_half():
    """The demotion was chosen on the odd half; the even half is the check (.481 -> .504 when measured)."""
    arts, _ = ptc.load_ptc(SHARED_PTC, half="even")
    rep = ptc.evaluate_ptc(arts, tiers=["core", "general", "pattern"])
    assert rep.precision >= 0.50
    assert rep.recall >= 0.34
