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
    p.add_argument("--rules", help="cleaning rules YAML for the notes on body lines that look like captions, "
                                   "bylines or 'Read also:' links (default: the packaged lexicons/cleaning.yaml)")
    p.add_argument("--no-line-notes", dest="line_notes", action="store_false",
                   help="skip those notes (they cost about 2 ms per article)")
    p.set_defaults(func=_run_check)


def _run_check(args: argparse.Namespace) -> int:
    from analysis.corpus import run_check  # implemented with the corpus loader
    return run_check(args)


def _add_import(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="turn raw text files, saved web pages, WARC files, Media Cloud exports "
                                      "and JSONL into corpus files")
    p.add_argument("files", nargs="+",
                   help="raw text (.txt, first line is the headline), saved HTML pages (.html, .htm), WARC files "
                        "(.warc, .warc.gz), Media Cloud CSV exports or outlet/title/date/text tables (.csv), JSONL "
                        "(one article object per line), or folders of them")
    p.add_argument("--out", required=True, help="corpus folder to write the Markdown files to")
    p.add_argument("--outlet", help="outlet display name (all files)")
    p.add_argument("--date", help="publication date YYYY-MM-DD (default: a date line found in the text, "
                                  "the page's metadata or the record's date)")
    p.add_argument("--url", help="article URL")
    p.add_argument("--byline", help="author(s) (default: a 'By ...' line found in the text, or the page's author)")
    p.add_argument("--country", help="the outlet's country")
    p.add_argument("--outlet-type", dest="outlet_type",
                   help="wire | newspaper | public-broadcaster | state-media | digital | ...")
    p.add_argument("--meta", metavar="FILE", action="append",
                   help="per-file metadata, YAML or CSV keyed by file name (overrides the options above); or an "
                        "outlet table, a CSV with columns domain,outlet[,label,outlet_type,country,...] giving the "
                        "outlet of web articles by domain (other columns become front-matter keys); repeatable")
    p.add_argument("--rules", help="cleaning rules YAML (default: the packaged lexicons/cleaning.yaml)")
    p.add_argument("--force", action="store_true", help="overwrite existing corpus files")
    p.set_defaults(func=_run_import)


def _run_import(args: argparse.Namespace) -> int:
    from analysis.corpus.importing import run_import
    return run_import(args)


def _add_analyze(sub: argparse._SubParsersAction) -> None:
    from analysis.cli.analyze import add_analyze_parser
    add_analyze_parser(sub)


def _add_study(sub: argparse._SubParsersAction) -> None:
    from analysis.cli.analyze import add_pipeline_arguments

    p = sub.add_parser("study", help="build the tables once, run every notebook with papermill, write the figures",
                       description="Build the tables once (per-article cache, --jobs worker processes), run every "
                                   "notebook whose inputs changed (the others come from the cache), and publish "
                                   "figures, index.md and report.html together.")
    p.add_argument("--corpus", help="corpus folder or table (default: corpus/)")
    p.add_argument("--outlets", nargs="+", metavar="OUTLET",
                   help="outlets to include, in this order (default: all, corpus order)")
    p.add_argument("--figures", metavar="DIR", help="folder for figures (default: figures/)")
    p.add_argument("--formats", nargs="+", metavar="FMT", help="figure formats: png svg pdf (default: all)")
    p.add_argument("-f", "--params", metavar="YAML", help="YAML file of parameters (command-line options win)")
    p.add_argument("-p", "--parameter", nargs=2, action="append", metavar=("NAME", "VALUE"), default=[],
                   help="one notebook parameter (value parsed as YAML), repeatable")
    p.add_argument("--notebooks", metavar="DIR", default="notebooks", help="notebook folder (default: notebooks/)")
    p.add_argument("--only", nargs="+", metavar="NAME", help="run only these notebooks (e.g. wording)")
    p.add_argument("--build", metavar="DIR", default="build/notebooks",
                   help="where executed notebooks go (default: build/notebooks/)")
    add_pipeline_arguments(p)   # lexicons, --jobs (notebooks run min(2, jobs) at a time), cache, --quiet
    p.set_defaults(func=_run_study)


def _run_study(args: argparse.Namespace) -> int:
    from analysis.study.runner import run_study
    return run_study(args)


def _add_eval(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score the extractors against annotated gold")
    ev = p.add_subparsers(dest="dataset", required=True)
    seeds = ev.add_parser("seeds", help="our hand annotation of the seed articles")
    seeds.add_argument("--gold", default=None,
                       help="folder of gold *.json (default: ../shared/gold/seeds)")
    seeds.add_argument("--corpus", default="corpus",
                       help="corpus folder/table, or a folder of the raw seed .txt files (default: corpus)")
    seeds.add_argument("--by", choices=("kind", "outlet"), default=None,
                       help="print only this breakdown (default: both)")
    seeds.add_argument("--json", action="store_true", help="print the full report as JSON")
    seeds.set_defaults(func=_run_eval_seeds)
    polnear = ev.add_parser("polnear", help="PolNeAR attribution corpus (BRAT standoff)")
    polnear.add_argument("path", help="PolNeAR data folder (metadata.tsv, train/ dev/ test/), e.g. ../shared/polnear")
    polnear.add_argument("--split", choices=("train", "dev", "test"), default="dev",
                         help="which split to score (default: dev; run test once, at the end)")
    polnear.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N articles")
    polnear.add_argument("--json", action="store_true", help="print the report as JSON")
    polnear.add_argument("--speech-only", action="store_true",
                         help="table for attributions whose cue is a speech verb only")
    polnear.add_argument("--extractor", choices=("rules", "baseline"), default="rules",
                         help="rules: analysis.extract.attribution (default); baseline: 'said/told/according to' floor")
    polnear.add_argument("--speech-verbs", default=None, metavar="WHICH",
                         help="speech subset defined by: lexicon (default, the current reporting verbs), original "
                              "(the forms pinned before the VerbNet extension), builtin, a lexicon .yaml or a word list")
    polnear.add_argument("--misses", nargs="?", const="all", default=None,
                         choices=("all", "missed", "extra", "source"),
                         help="list errors (missed gold, extra predictions, wrong sources) instead of scores; "
                              "with --speech-only, the speech subset only")
    polnear.set_defaults(func=_run_eval_polnear)
    ptc = ev.add_parser("ptc", help="loaded terms against PTC propaganda spans (SemEval-2020 task 11)")
    ptc.add_argument("path", help="PTC folder with articles/ and labels/, e.g. ../shared/ptc/dev")
    ptc.add_argument("--tiers", nargs="+", default=None, metavar="TIER",
                     help="lexicon tiers to flag (default: the terms table's default tiers)")
    ptc.add_argument("--lexicon", default=None, help="a loaded-terms YAML instead of the packaged one")
    ptc.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N articles")
    ptc.add_argument("--misses", type=int, default=0, metavar="N", help="list the N most frequent missed spans")
    ptc.add_argument("--extras", type=int, default=0, metavar="N",
                     help="list the N most frequent flagged terms outside target spans")
    ptc.add_argument("--skip-boilerplate", type=int, default=0, metavar="N",
                     help="do not score terms on lines found verbatim in N or more articles (polls, forms; "
                          "off by default; N=5 is the value measured on PTC dev)")
    ptc.add_argument("--half", choices=("odd", "even"), default=None,
                     help="only the articles whose numeric id is odd or even (choose a change on one half)")
    ptc.add_argument("--low-precision", action="store_true",
                     help="list the entries with >= 3 flagged terms, fewer than 25%% of them in a target span")
    ptc.add_argument("--json", action="store_true", help="print the report as JSON")
    ptc.set_defaults(func=_run_eval_ptc)
    from analysis.evaluate.segmentation import POLNEAR_DESCRIPTION, add_polnear_arguments
    segmentation = ev.add_parser("segmentation", help="the segmenter's quotation pairing on PolNeAR's quoted "
                                                      "contents (recall, misses by shape)",
                                 description=POLNEAR_DESCRIPTION)
    add_polnear_arguments(segmentation)
    segmentation.set_defaults(func=_run_eval_segmentation)
    every = ev.add_parser("all", help="seeds, PolNeAR dev (with the segmenter's quotation recall) and PTC dev "
                                      "in one table")
    every.add_argument("--shared", default=None, help="folder holding polnear/ and ptc/ (default: ../shared)")
    every.add_argument("--gold", default=None, help="seed gold folder (default as in 'eval seeds')")
    every.add_argument("--corpus", default="corpus", help="seed corpus (default: corpus)")
    every.add_argument("--all-rows", action="store_true",
                       help="also the per-kind, per-outlet, per-technique and per-tier rows")
    every.add_argument("--json", action="store_true", help="print every row as JSON")
    every.add_argument("--write", default=None, metavar="FILE", help="save the headline scores as JSON")
    every.set_defaults(func=_run_eval_all)


def _run_eval_seeds(args: argparse.Namespace) -> int:
    from analysis.evaluate.seeds import run_eval_seeds
    return run_eval_seeds(args)


def _run_eval_all(args: argparse.Namespace) -> int:
    from analysis.evaluate.summary import run_eval_all
    return run_eval_all(args)


def _run_eval_segmentation(args: argparse.Namespace) -> int:
    from analysis.evaluate.segmentation import run_segmentation_polnear
    return run_segmentation_polnear(args)


def _run_eval_ptc(args: argparse.Namespace) -> int:
    from analysis.evaluate.ptc import run_eval_ptc
    return run_eval_ptc(args)


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


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated()


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C (exit code 143)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; Ctrl-C exits 130 and SIGTERM 143, with outputs as they were before."""
    import signal
    import threading

    args = build_parser().parse_args(argv)
    old = None
    if threading.current_thread() is threading.main_thread():
        old = signal.signal(signal.SIGTERM, _terminate)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt as exc:
        print(f"framing {args.command}: interrupted; earlier outputs left as they were", file=sys.stderr)
        return 143 if isinstance(exc, _Terminated) else 130
    finally:
        if old is not None:
            signal.signal(signal.SIGTERM, old)


if __name__ == "__main__":
    sys.exit(main())
