"""``framing analyze CORPUS --out DIR``: every table of a corpus, streamed to CSV or Parquet.

Articles are read one by one, mapped (cached, on ``--jobs`` cores or a Dask
cluster) and reduced in corpus order; row tables (terms, quotes, tone, ...)
are written batch by batch, so memory stays bounded by the per-outlet
aggregates, not by the corpus.  Tables are published together at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from analysis.corpus import escape_controls
from analysis.enums import NAME_ORDERS
from analysis.publish.tables import FORMATS, OutputBusy, TableWriter, clean_stale_staging, output_lock
from analysis.study import build_tables, resolve_cache
from analysis.study.cache import ArticleCache, article_fingerprint
from analysis.study.execute import default_jobs
from analysis.study.measures import DERIVED, TABLE_ORDER
from analysis.study.pipeline import (LEXICON_LOADERS, LEXICON_OPTIONS, PROBLEMS_SHOWN, Options, Reducer, RunStats,
                                     format_warnings, lexicon_problems, not_a_file, option_flag,
                                     report_lexicon_problems, run_pipeline, shown_problems)

def add_pipeline_arguments(p: argparse.ArgumentParser) -> None:
    """Options shared by ``analyze`` and ``study``: lexicons, cache, parallelism, progress."""
    p.add_argument("--lexicon", metavar="PATH", help="your own loaded-terms YAML file")
    p.add_argument("--actors", metavar="PATH", help="your own actors YAML file")
    p.add_argument("--topics", metavar="PATH", help="your own coverage topics YAML file")
    p.add_argument("--stopwords", metavar="PATH", help="your own stop-word YAML file")
    p.add_argument("--verbs", metavar="PATH", help="your own reporting-verbs YAML file")
    p.add_argument("--cues", metavar="PATH", help="your own source-cues YAML file")
    p.add_argument("--gazetteer", metavar="PATH", help="your own gazetteer YAML file")
    p.add_argument("--roles", metavar="PATH", help="your own role-nouns YAML file (speaker types)")
    p.add_argument("--speaker-words", dest="speaker_words", metavar="PATH",
                   help="your own speaker-words YAML file (words never in a name, name suffixes, ...; "
                        "the layout of lexicons/speaker_words.yaml)")
    p.add_argument("--segmentation-words", dest="segmentation_words", metavar="PATH",
                   help="your own segmentation-words YAML file (leading elisions, line continuations; "
                        "the layout of lexicons/segmentation.yaml)")
    p.add_argument("--name-order", dest="name_order", choices=NAME_ORDERS, default=None,
                   help="a person's name written family name first (Japanese, Hungarian): 'given_first' (default) "
                        "turns it on the article's evidence, 'as_written' keeps each outlet's order")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help=f"worker processes for the per-article analysis (default: all cores, {default_jobs()} here)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="run the per-article analysis on Dask: 'local' (a LocalCluster of --jobs workers) "
                        "or a scheduler address such as tcp://10.0.0.5:8786")
    p.add_argument("--cache", metavar="DIR", help="per-article cache folder (default: $FRAMING_CACHE or "
                                                  "~/.cache/framing-study)")
    p.add_argument("--no-cache", action="store_true", help="compute everything, read and write no cache")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no warning lines")
    p.add_argument("--group-by", dest="group_by", metavar="KEY",
                   help="also compare groups of outlets by this front-matter key (outlet_type, country, or "
                        "your own, e.g. ownership): analyze writes groups.csv; study passes it to the "
                        "notebooks' group_by parameter")


def pipeline_settings(args: argparse.Namespace, prog: str, *,
                      read_lexicons: bool = True) -> tuple[Options, dict[str, Any]] | None:
    """(Options, run keywords) from parsed arguments, or ``None`` after printing what is wrong.

    Each lexicon file given must exist; with ``read_lexicons`` (``framing analyze``) it is also
    read and checked here, once.  ``framing study`` passes False: its parameter check
    (:func:`analysis.study.runner.validate`) reads every lexicon parameter, these included, and
    reading them here too parsed each file twice (a relative path and its absolute form are two
    entries of the loaders' caches)."""
    values = {}
    for key in LEXICON_OPTIONS:
        value = getattr(args, key, None)
        if value is not None:
            if not Path(value).is_file():
                kind = not_a_file(value)
                print(f"{prog}: {option_flag(key)} " + (f"file not found: {value}" if kind is None else
                                                         f"{value}: not a regular file: {kind}"), file=sys.stderr)
                return None
            values[key] = value
    for key, value in values.items() if read_lexicons else ():
        problems = lexicon_problems(key, value)
        if problems:
            report_lexicon_problems(prog, option_flag(key), value, problems, tail="; nothing written")
            return None
    jobs = getattr(args, "jobs", None)
    if jobs is not None and jobs < 1:
        print(f"{prog}: --jobs must be 1 or more, got {jobs}", file=sys.stderr)
        return None
    cache = None if getattr(args, "no_cache", False) else resolve_cache(getattr(args, "cache", None) or True)
    return Options(**values, name_order=getattr(args, "name_order", None)), {
        "jobs": jobs or default_jobs(), "scheduler": getattr(args, "scheduler", None), "cache": cache,
        "progress": False if getattr(args, "quiet", False) else None}


#: Tables ``analyze`` adds with ``--group-by`` / ``--days`` (from per-article sums gathered as the rows stream).
GROUP_TABLES = ("groups",)
DAY_TABLES = ("days", "first_use")


def run_analyze(args: argparse.Namespace) -> int:
    prog = "framing analyze"
    settings = pipeline_settings(args, prog)
    if settings is None:
        return 2
    group_by = getattr(args, "group_by", None)
    if group_by is not None and not group_by.strip():
        print(f"{prog}: --group-by needs a front-matter key, e.g. outlet_type", file=sys.stderr)
        return 2
    options, run = settings
    fmt = getattr(args, "format", None) or "csv"
    if fmt not in FORMATS:
        print(f"{prog}: unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}", file=sys.stderr)
        return 2
    known = list(TABLE_ORDER) + ["warnings"]
    wanted = list(dict.fromkeys(getattr(args, "tables", None) or known))
    unknown = [t for t in wanted if t not in known]
    if unknown:
        print(f"{prog}: unknown table(s): {', '.join(unknown)}; known: {', '.join(known)}", file=sys.stderr)
        return 2
    if not Path(args.corpus).exists():
        print(f"{prog}: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        print(f"{prog}: --out {out} exists and is not a folder", file=sys.stderr)
        return 2
    # first pass: validate every article (cheap, no analysis) and count them for the progress bar
    from analysis.corpus import iter_articles
    outlets = list(getattr(args, "outlets", None) or []) or None
    problems: list = []
    duplicates: list = []               # dropped copies and syndicated pairs: listed, not problems
    content = hashlib.sha256()          # what the tables depend on, for the up-to-date check
    total = 0
    for article in iter_articles(args.corpus, outlets=outlets, problems=problems, duplicates=duplicates):
        content.update(article_fingerprint(article).encode())
        total += 1
    for d in duplicates:
        content.update(json.dumps(d.row(), sort_keys=True).encode())
    if problems:
        for p in problems:
            print(f"{prog}: {escape_controls(str(p))}", file=sys.stderr)
        print(f"{prog}: {len(problems)} problem(s) in {args.corpus}; nothing written "
              f"(framing check lists them too)", file=sys.stderr)
        return 2
    if not total:
        print(f"{prog}: {args.corpus}: no articles", file=sys.stderr)
        return 2
    corpus = _Stream(args.corpus, outlets, total)
    if group_by:
        from analysis.measures.groups import group_key_problem
        missing = group_key_problem(group_by, corpus)     # reads up to the first article giving it
        if missing:
            print(f"{prog}: {missing}", file=sys.stderr)
            return 2
    from analysis.corpus.check import print_duplicates
    print_duplicates(duplicates, prog=prog, note=f"listed in duplicates.{fmt}")
    # second pass: stream the articles through the pipeline, in the corpus's own order
    try:
        with output_lock(out):
            clean_stale_staging(out)
            extras = ([f"group_by={group_by}"] if group_by else []) + (["days"] if getattr(args, "days", False) else [])
            key = tables_key(content.hexdigest(), options=options, fmt=fmt, wanted=wanted + extras)
            if run.get("cache") is not None and up_to_date(out, key):
                print(f"{prog}: the tables in {out} are up to date (same articles, lexicons, options and "
                      f"toolkit); nothing rewritten (--no-cache recomputes them)")
                return 0
            return _analyze(corpus, out, fmt=fmt, wanted=wanted, options=options, run=run, prog=prog, key=key,
                            duplicates=duplicates, group_by=group_by, days=bool(getattr(args, "days", False)))
    except OutputBusy as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    except (FileNotFoundError, NotADirectoryError, PermissionError) as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2


def _analyze(corpus: Any, out: Path, *, fmt: str, wanted: list[str], options: Options, run: dict[str, Any],
             prog: str, key: str, duplicates: list | None = None, group_by: str | None = None,
             days: bool = False) -> int:
    writer = TableWriter(out, fmt=fmt)
    # derived tables need their inputs in memory; every other row table streams to the writer
    keep = {u for name, (_, uses) in DERIVED.items() if name in wanted for u in uses}
    summaries = _GroupDaySums(group_by=group_by, days=days) if group_by or days else None
    if summaries is not None:           # groups and days need the articles, and sums of the other rows
        keep.add("articles")
    reducer: Reducer

    def sink(name: str, rows: list[Any]) -> None:
        needed = summaries is not None and name in summaries.reads
        if name in wanted or needed:
            table = reducer.reduce_rows(name, rows)
            if needed:
                summaries.add(name, table)
            if name in wanted:
                writer.append(name, table)

    stats = RunStats()
    try:
        reducer = Reducer(options=options, sink=sink, keep=keep)
        run_pipeline(corpus, options=options, total=corpus.total, reducer=reducer, stats=stats, **run)
        tables = build_tables(reducer)
        skipped = []
        for name in wanted:
            if name in tables:                   # kept in memory or aggregated: written whole
                writer.write(name, tables[name])
            elif writer.has(name):               # streamed batch by batch
                continue
            elif name in reducer.rows:           # a row table the corpus gave no rows for
                writer.write(name, reducer.reduce_rows(name, []))
            else:                                # could not be computed: said in warnings
                skipped.append(name)
        if duplicates:                           # the corpus's duplicates report, beside the tables
            from analysis.corpus.duplicates import duplicates_frame
            writer.write("duplicates", duplicates_frame(duplicates))
        if summaries is not None and "articles" in tables:
            for name in summaries.reads:         # kept whole for another table, or no rows at all
                summaries.add(name, tables[name] if name in tables else reducer.reduce_rows(name, []))
            for name, table in summaries.tables(tables["articles"]).items():
                writer.write(name, table)
        writer.manifest(key)
        paths = writer.commit(order=wanted)
    except BaseException:
        writer.abort()
        raise
    if not duplicates:                           # an earlier run's report no longer describes the corpus
        (out / f"duplicates.{fmt}").unlink(missing_ok=True)
    for name in (() if group_by else GROUP_TABLES) + (() if days else DAY_TABLES):
        (out / f"{name}.{fmt}").unlink(missing_ok=True)   # an earlier run's, not asked for now
    for path in paths:
        print(f"wrote {path}")
    for name in skipped:
        print(f"{prog}: {name} table not written (see the warnings)", file=sys.stderr)
    print(f"{stats.articles} article(s), {stats.words:,} words in {stats.seconds:.1f} s "
          f"({stats.words_per_second:,.0f} words/s, {run['jobs']} job(s)); "
          f"{stats.cached} from cache, {stats.computed} computed")
    if run.get("cache") is not None:
        print(f"cache: {run['cache']} ({ArticleCache(run['cache']).stats()})")
    warnings = tables.get("warnings")
    if warnings is not None and len(warnings):
        if run.get("progress") is not False:
            for line in format_warnings(warnings):
                print(line, file=sys.stderr)
        kinds = warnings["stage"].value_counts()
        summary = ", ".join(f"{n} {k}" for k, n in kinds.items())
        where = f" (all in {out / ('warnings.' + fmt)})" if "warnings" in wanted else ""
        print(f"{len(warnings)} warning(s): {summary}{where}", file=sys.stderr)
    return 0


class _GroupDaySums:
    """What ``groups`` (``--group-by``) and ``days``/``first_use`` (``--days``) need of the terms,
    quotes and tone tables, gathered batch by batch as they stream to the writer: per-article sums
    (:class:`analysis.measures.groups.GroupSums`), the loaded terms each article uses
    (:func:`analysis.measures.timeline.term_uses`) and the quotes shared quotes are found among."""

    def __init__(self, *, group_by: str | None, days: bool):
        from analysis.measures.groups import GroupSums
        self.group_by, self.days = group_by, days
        self.sums = GroupSums()
        self.uses: list[Any] = []
        self.quotes: list[Any] = []
        self.reads = ("terms", "quotes", "tone") if group_by else ("terms", "quotes") if days else ()

    def add(self, name: str, table: Any) -> None:
        """The rows of some articles (all of each article's rows at once)."""
        from analysis.measures import timeline
        if name == "terms":
            self.sums.add(terms=table)
            if self.days:
                self.uses.append(timeline.term_uses(table))
        elif name == "quotes":
            if self.group_by:
                self.sums.add(quotes=table)
            if self.days:
                self.quotes.append(timeline.shared_quote_candidates(table))
        elif name == "tone":
            self.sums.add(tone=table)

    def tables(self, arts: Any) -> dict[str, Any]:
        """``groups`` (:func:`analysis.measures.groups.groups_from_sums`, 2,000 replicates, seed 0)
        and ``days``/``first_use`` (:mod:`analysis.measures.timeline`)."""
        import pandas as pd
        out: dict[str, Any] = {}
        if self.group_by:
            from analysis.measures.groups import groups_from_sums
            out["groups"] = groups_from_sums(arts, self.sums, by=self.group_by, seed=0)
        if self.days:
            from analysis.measures import timeline
            per_day = timeline.articles_per_day(arts)
            hits = timeline.rate_by_day(self.sums.hits(), arts, by_outlet=True)[["outlet", "date", "hits", "rate"]]
            per_day = per_day.merge(hits, on=["outlet", "date"], how="left")
            per_day["hits"] = per_day["hits"].fillna(0).astype(int)
            per_day["rate"] = per_day["rate"].where(per_day["words"] > 0)   # no article that day: no rate
            out["days"] = per_day
            quotes = pd.concat(self.quotes, ignore_index=True) if self.quotes else None
            out["first_use"] = timeline.first_use(arts, uses=pd.concat(self.uses, ignore_index=True), quotes=quotes)
        return out


MANIFEST = ".framing-tables.json"


def tables_key(content: str, *, options: Options, fmt: str, wanted: list[str]) -> str:
    """Hash of everything a set of tables depends on: the articles (in order), the toolkit code,
    the lexicons, the format and the tables asked for."""
    return hashlib.sha256("\0".join([content, options.fingerprint(), fmt, ",".join(wanted)]).encode()).hexdigest()


def up_to_date(out: Path, key: str) -> bool:
    """Whether ``out`` holds the tables of ``key``, every file as it was written."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("key") != key:
            return False
        return all(hashlib.sha256((out / name).read_bytes()).hexdigest() == digest
                   for name, digest in manifest["files"].items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


class _Stream:
    """The articles of a validated corpus, read again one at a time."""

    def __init__(self, path: str, outlets: list[str] | None, total: int):
        self.path, self.outlets, self.total = path, outlets, total

    def __iter__(self):
        from analysis.corpus import iter_articles
        return iter_articles(self.path, outlets=self.outlets, problems=[])


def add_analyze_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="write the measurement tables (CSV or Parquet) for a corpus")
    p.add_argument("corpus", help="corpus folder or table")
    p.add_argument("--out", required=True, help="folder for the tables")
    p.add_argument("--outlets", nargs="+", metavar="OUTLET",
                   help="only these outlets (default: all); tables list articles in the corpus's own order")
    p.add_argument("--tables", nargs="+", metavar="NAME",
                   help=f"only these tables (default: all: {', '.join(TABLE_ORDER)}, warnings)")
    p.add_argument("--format", choices=FORMATS, default="csv", help="table file format (default: csv)")
    p.add_argument("--days", action="store_true",
                   help="also write days (articles, loaded-term hits and rate per outlet per day) and first_use "
                        "(who used each loaded term or shared quote first, and who followed)")
    add_pipeline_arguments(p)
    p.set_defaults(func=run_analyze)


__all__ = ["LEXICON_LOADERS", "PROBLEMS_SHOWN", "add_analyze_parser", "add_pipeline_arguments", "lexicon_problems",
           "not_a_file", "pipeline_settings", "run_analyze", "shown_problems"]
