"""framing eval segmentation: the segmenter's quotation recall on PolNeAR's quoted contents, a
subcommand of framing eval (as python -m analysis.evaluate.segmentation polnear)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.cli.main import build_parser, main
from analysis.evaluate import segmentation

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "polnear"
needs_polnear = pytest.mark.skipif(not (POLNEAR / "dev").is_dir(), reason="../shared/polnear not present")


def test_eval_segmentation_is_a_subcommand_with_its_help(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["eval", "segmentation", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "quotation pairing on PolNeAR" in out and "--split" in out and "test split is never read" in out
    args = build_parser().parse_args(["eval", "segmentation", "somewhere", "--split", "train", "dev"])
    assert (args.path, args.split, args.misses, args.shapes) == ("somewhere", ["train", "dev"], 0, 15)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["eval", "segmentation", "somewhere", "--split", "test"])


def test_eval_segmentation_on_a_missing_folder_exits_2(tmp_path, capsys):
    assert main(["eval", "segmentation", str(tmp_path / "none")]) == 2
    assert "segmentation polnear" in capsys.readouterr().err


@needs_polnear
def test_eval_segmentation_prints_the_same_line_as_the_module(capsys):
    assert main(["eval", "segmentation", str(POLNEAR), "--split", "dev", "--shapes", "0"]) == 0
    via_framing = capsys.readouterr().out
    assert segmentation.main(["polnear", str(POLNEAR), "--split", "dev", "--shapes", "0"]) == 0
    assert capsys.readouterr().out == via_framing
    assert via_framing.startswith("PolNeAR dev: ") and "quoted contents; recall " in via_framing


@needs_polnear
def test_eval_all_has_the_quotation_recall_row(monkeypatch):
    """The PolNeAR rows of framing eval all include the segmenter's recall, equal to the command's
    (on the first 3 dev articles, to stay fast)."""
    import analysis.evaluate.polnear as polnear
    from analysis.evaluate.summary import polnear_rows
    docs = polnear.load_polnear(POLNEAR, split="dev")[:3]
    monkeypatch.setattr(polnear, "load_polnear", lambda path, split: docs)
    r = segmentation.polnear_quote_recall(docs)
    (row,) = [x for x in polnear_rows(POLNEAR, "dev") if x["measure"] == "quotation pairing (segmenter)"]
    assert (row["dataset"], row["subset"], row["recall"], row["gold"], row["predicted"]) == \
        ("PolNeAR dev", "quoted contents", r["recall"], r["n"], r["exact"] + r["contained"])
    assert r["n"] > 0 and f"missed {len(r['misses'])}" in row["note"]
