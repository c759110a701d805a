"""``framing eval ptc``: its option checks run once, before the data is read."""

from __future__ import annotations

import argparse

import pytest

from analysis.evaluate import ptc


def _args(path, **kw) -> argparse.Namespace:
    return argparse.Namespace(path=str(path), **kw)


@pytest.mark.parametrize("n", [1, -3])
def test_skip_boilerplate_is_refused_before_the_data_is_read(tmp_path, capsys, n):
    # the folder does not exist: the option is refused first, by the one check evaluate_ptc uses
    assert ptc.run_eval_ptc(_args(tmp_path / "no-such-ptc", skip_boilerplate=n)) == 2
    err = capsys.readouterr().err
    assert err == f"framing eval ptc: --skip-boilerplate needs N >= 2 (articles a line must occur in) or 0 (off), not {n}\n"
    assert ptc.skip_boilerplate_problem(0) is None and ptc.skip_boilerplate_problem(2) is None


def test_a_bad_lexicon_is_an_error_with_its_line_not_a_traceback(tmp_path, capsys):
    bad = tmp_path / "terms.yaml"
    bad.write_bytes("entries:\n  - term: caf\xe9\n".encode("latin-1"))
    assert ptc.run_eval_ptc(_args(tmp_path / "no-such-ptc", lexicon=str(bad))) == 2
    err = capsys.readouterr().err
    assert f"framing eval ptc: {bad}:2: cannot read loaded-terms lexicon: not valid UTF-8 (byte 0xe9)" in err
    assert f"--lexicon {bad}: 1 problem(s) in the lexicon file" in err
