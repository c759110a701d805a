"""The ``framing`` command: study, analyze, check, import, eval.

Each subcommand is a thin wrapper: it parses arguments, calls one function of
the package, prints, and returns an exit code.  Errors in the user's input
are printed (file and line named) and give exit code 2; nothing is written
half-way.
"""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from analysis import __version__


def _add_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="validate a corpus and print one row per article")
    p.add_argument("path", help="corpus folder or table (CSV, JSONL, Parquet)")
    p.set_defaults(func=_run_check)


def _run_check(args: argparse.Namespace) -> int:
    from analysis.corpus import run_check  # implemented with the corpus loader
    return run_check(args)


def _add_import(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="turn raw text files into cleaned corpus files")
    p.add_argument("files", nargs="+", help="raw text files; first line is the headline")
    p.set_defaults(func=_run_import)


def _run_import(args: argparse.Namespace) -> int:
    from analysis.importing import run_import
    return run_import(args)


def _add_analyze(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="write the measurement tables (CSV) for a corpus")
    p.add_argument("corpus", help="corpus folder or table")
    p.add_argument("--out", required=True, help="folder for the CSV tables")
    p.set_defaults(func=_run_analyze)


def _run_analyze(args: argparse.Namespace) -> int:
    from analysis.study import run_analyze
    return run_analyze(args)


def _add_study(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("study", help="run every notebook with papermill and write the figures")
    p.set_defaults(func=_run_study)


def _run_study(args: argparse.Namespace) -> int:
    from analysis.runner import run_study
    return run_study(args)


def _add_eval(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score the extractors against annotated gold")
    ev = p.add_subparsers(dest="dataset", required=True)
    seeds = ev.add_parser("seeds", help="our hand annotation of the seed articles")
    seeds.set_defaults(func=_run_eval_seeds)
    polnear = ev.add_parser("polnear", help="PolNeAR attribution corpus (BRAT standoff)")
    polnear.set_defaults(func=_run_eval_polnear)


def _run_eval_seeds(args: argparse.Namespace) -> int:
    from analysis.evaluate.seeds import run_eval_seeds
    return run_eval_seeds(args)


def _run_eval_polnear(args: argparse.Namespace) -> int:
    from analysis.evaluate.polnear import run_eval_polnear
    return run_eval_polnear(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="framing", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"framing-study {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for add in (_add_study, _add_analyze, _add_check, _add_import, _add_eval):
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
