"""The study pipeline: map per article, reduce per outlet, each thing computed once.

corpus (streamed) -> :func:`process_article` (parse, annotate, every measure's
per-article part; cached on disk) -> :class:`Reducer` (row tables concatenated
in corpus order, cross-article measures accumulated per outlet) -> tables.

:func:`run_pipeline` is what ``framing analyze``, ``framing study``, every
notebook (through :func:`analysis.study.open_study`) and the report use, so a
study parses and annotates each article once, whatever reads the tables.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import os
import stat
import sys
import time
import warnings
from dataclasses import asdict, dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

import pandas as pd

from analysis import __version__
from analysis.corpus import escape_controls
from analysis.enums import NAME_ORDERS
from analysis.lexicons import LexiconError
from analysis.study.cache import ArticleCache, CacheCorrupt, article_fingerprint
from analysis.study.execute import ordered_map
from analysis.study.measures import MEASURES, Measure, article_row

WARNING_COLUMNS = ("article_id", "outlet", "stage", "message")


@dataclass(frozen=True)
class Options:
    """The lexicons a study uses (paths to the user's files, ``None`` for the packaged ones) and
    its name order (``None``: ``given_first``; ``as_written`` keeps each outlet's order of a name
    written family name first, :data:`analysis.enums.NAME_ORDERS`).

    Every per-article result depends on these and on nothing else but the
    article; :meth:`fingerprint` is part of each cache key.
    """

    lexicon: str | None = None      # loaded terms
    actors: str | None = None
    topics: str | None = None
    stopwords: str | None = None
    verbs: str | None = None        # reporting verbs
    cues: str | None = None         # source cues
    gazetteer: str | None = None
    roles: str | None = None        # role nouns -> speaker types
    speaker_words: str | None = None       # speaker-resolution words (speaker_words.yaml)
    segmentation_words: str | None = None  # the segmenter's words (segmentation.yaml): changes the parse
    name_order: str | None = field(default=None, metadata={"lexicon": False})   # not a file

    def __post_init__(self) -> None:
        for name in LEXICON_OPTIONS:
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, os.fspath(value))
        if self.name_order is not None and self.name_order not in NAME_ORDERS:
            raise ValueError(f"name_order (--name-order) must be one of {', '.join(NAME_ORDERS)}, "
                             f"not {self.name_order!r}")
        if self.name_order == NAME_ORDERS[0]:       # the default named: one cache key for both spellings
            object.__setattr__(self, "name_order", None)

    def annotation(self) -> dict[str, str | None]:
        """The options :func:`analysis.extract.annotate` takes (its ``ANNOTATION_OPTIONS``, and
        ``name_order`` when one is chosen)."""
        from analysis.extract import ANNOTATION_OPTIONS
        return {**{k: getattr(self, k) for k in ANNOTATION_OPTIONS},
                **({} if self.name_order is None else {"name_order": self.name_order})}

    def parsing(self) -> dict[str, Any]:
        """The keywords :func:`analysis.text.parse_article` takes: the user's segmentation words,
        loaded (read once per process), or nothing for the packaged ones."""
        if self.segmentation_words is None:
            return {}
        from analysis.text import load_segmentation_words
        return {"segmentation_words": load_segmentation_words(self.segmentation_words)}

    def fingerprint(self) -> str:
        """SHA-256 of the toolkit code and version and of the content of every lexicon used."""
        h = hashlib.sha256(_code_fingerprint().encode())
        for name, value in sorted(asdict(self).items()):
            h.update(f"\0{name}=".encode())
            if name not in LEXICON_OPTIONS:
                h.update(str(value).encode())
            elif value is None:
                h.update(b"packaged")
            else:
                from analysis.corpus.files import UnreadableFile, read_bytes
                try:
                    h.update(read_bytes(value))    # opened non-blocking: a FIFO is refused, never waited on
                except UnreadableFile as exc:
                    reason = exc.problem.message.removesuffix("; not read")
                    raise FileNotFoundError(f"{option_flag(name)}: cannot read {value}: {reason}") from None
        return h.hexdigest()


#: The study options that name lexicon files, in one place (the fields of :class:`Options`).
LEXICON_OPTIONS: tuple[str, ...] = tuple(f.name for f in fields(Options) if f.metadata.get("lexicon", True))
#: Every study option (the lexicons and the name order): what :func:`analysis.study.open_study` takes
#: beyond the corpus and the run settings, and what every notebook passes on.
STUDY_OPTIONS: tuple[str, ...] = tuple(f.name for f in fields(Options))


def option_flag(key: str) -> str:
    """The command-line flag of a lexicon option ("speaker_words" -> "--speaker-words")."""
    return "--" + key.replace("_", "-")


#: The one loader of each lexicon option's file, "module:function" (what the pipeline itself calls,
#: so the check up front and the run share one parse through the loader's cache).
LEXICON_LOADERS = {
    "lexicon": "analysis.measures.wording:load_loaded_terms",
    "actors": "analysis.lexicons.actors:load_actors",
    "topics": "analysis.measures.coverage:load_topics",
    "stopwords": "analysis.measures.vocabulary:load_stopwords",
    "verbs": "analysis.extract.reporting_verbs:load_reporting_verbs",
    "cues": "analysis.extract.speakers:load_source_cues",
    "gazetteer": "analysis.extract.speakers:load_gazetteer",
    "roles": "analysis.extract.speakers:load_roles",
    "speaker_words": "analysis.extract.speakers:load_speaker_words",
    "segmentation_words": "analysis.text.segment:load_segmentation_words",
}


#: Problems of one file printed at the most: a generated 5 MB list can have a million, and the
#: first ones show what is wrong; the rest are counted.
PROBLEMS_SHOWN = 50


def shown_problems(problems: list[str], *, limit: int = PROBLEMS_SHOWN, what: str = "problem(s) like these"
                   ) -> list[str]:
    """``problems`` without repeats, or the first ``limit`` of them and a line counting the others
    ("... and 1,234 more unknown outlets": ``what`` names the group, so that two groups' count lines
    never read alike).  Repeats are dropped here, before the cut, so the count is of distinct problems."""
    problems = list(dict.fromkeys(problems))
    if len(problems) <= limit:
        return problems
    return problems[:limit] + [f"{OVERFLOW_PREFIX}{len(problems) - limit:,} more {what}"]


#: How every count line of :func:`shown_problems` begins (a caller merging several groups' lines keeps them all).
OVERFLOW_PREFIX = "... and "


def lexicon_problem_lines(flag: str, path: str | os.PathLike[str], problems: Iterable[object]) -> list[str]:
    """How every command reports a lexicon file's problems: the first :data:`PROBLEMS_SHOWN` (a
    count line for the rest) and ``"FLAG PATH: N problem(s) in the lexicon file"``, each line with
    its control characters escaped (problems quote file names and file text)."""
    found = [str(p) for p in problems]
    return [escape_controls(line) for line in
            [*shown_problems(found), f"{flag} {path}: {len(found)} problem(s) in the lexicon file"]]


def report_lexicon_problems(prog: str, flag: str, path: str | os.PathLike[str], problems: Iterable[object], *,
                            tail: str = "", file: Any = None) -> None:
    """Print :func:`lexicon_problem_lines` to ``file`` (stderr), each after ``prog: ``, ``tail``
    after the last ("; nothing written")."""
    lines = lexicon_problem_lines(flag, path, problems)
    lines[-1] += tail
    for line in lines:
        print(f"{prog}: {line}", file=file if file is not None else sys.stderr)


def not_a_file(path: str | os.PathLike[str]) -> str | None:
    """What ``path`` is when it exists but is no regular file ("a folder", "a FIFO (named pipe)",
    "a character device", ...), None when it does not exist (or is a regular file)."""
    from analysis.corpus.files import file_kind
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return None if stat.S_ISREG(mode) else file_kind(mode)


def lexicon_problems(option: str, path: str) -> list[str]:
    """Every problem of the user's lexicon file for ``--<option>`` (file:line: message), read once
    up front so that a bad file stops the run instead of failing on every article.

    Also what ``framing study`` checks for each lexicon parameter (``-p speaker_words PATH``, in
    :func:`analysis.study.runner.validate`)."""
    module, _, func = LEXICON_LOADERS[option].partition(":")
    try:
        getattr(importlib.import_module(module), func)(path)
    except LexiconError as exc:
        return [str(p) for p in exc.problems]
    except ValueError as exc:       # a loader not yet raising LexiconError
        return [str(exc)]
    return []


@functools.lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """Version plus a hash of the installed package's code and packaged lexicons.

    Results depend on the code, not only on the version number, so a cache
    filled by an older checkout of the same version is never read back.
    """
    h = hashlib.sha256(__version__.encode())
    root = resources.files("analysis")
    base = Path(str(root))
    for path in sorted(base.rglob("*")):
        if path.suffix in {".py", ".yaml", ".yml", ".txt"} and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(base)).encode())
            h.update(path.read_bytes())
    h.update(_name_dictionary_bytes())
    return f"{__version__}:{h.hexdigest()[:16]}"


def _name_dictionary_bytes() -> bytes:
    """The installed name dictionary that orders family-first names (an optional extra), or
    ``b"none"``: speakers differ with and without it, so cached results must too."""
    from analysis.extract.speakers.name_order import name_dictionary_path
    where = name_dictionary_path()
    try:
        return b"none" if where is None else where.read_bytes()
    except OSError:
        return b"none"


# --------------------------------------------------------------------------- map

def process_article(article: Any, *, options: Options, measures: tuple[Measure, ...] = MEASURES
                    ) -> dict[str, Any]:
    """Every per-article result of ``article`` (JSON-serialisable), warnings included.

    A measure that raises on one article is reported in ``warnings`` and gives
    an empty part; it never stops the run.
    """
    from analysis.extract import annotate
    from analysis.text import parse_article

    out: dict[str, Any] = {}
    notes: list[dict[str, Any]] = []

    def note(stage: str, message: str) -> None:
        notes.append({"article_id": article.id, "outlet": article.outlet, "stage": stage,
                      "message": " ".join(str(message).split())})

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = parse_article(article, **options.parsing())
        try:
            doc = annotate(doc, **options.annotation())
        except LexiconError:      # a bad lexicon is the user's input error, not this article's
            raise
        except Exception as exc:  # one odd article never sinks a corpus run
            note("attribution", f"attribution failed ({type(exc).__name__}: {exc}); no attributions")
            from analysis.extract import annotation_key
            import dataclasses
            doc = dataclasses.replace(doc, attributions=(), speakers=(), paraphrase=(),
                                      annotation_key=annotation_key(**options.annotation()))
        out["articles"] = [article_row(doc)]
        for m in measures:
            try:
                out[m.name] = m.part(doc, options)   # JSON-safe by each measure's contract
            except LexiconError:
                raise
            except Exception as exc:
                note(m.name, f"{m.name} failed ({type(exc).__name__}: {exc}); left out for this article")
                out[m.name] = m.empty
    for w in _data_warnings(caught):
        msg = str(w.message)
        prefix = f"{article.id}: "
        note("warning", msg[len(prefix):] if msg.startswith(prefix) else msg)
    out["warnings"] = notes
    return out


def _cached_process(item: tuple[Any, str | None], *, options: Options, cache_dir: str | None,
                    measures: tuple[Measure, ...]) -> tuple[dict[str, Any], bool]:
    """Worker side: compute one article and store it in the cache (when there is one)."""
    article, key = item
    result = process_article(article, options=options, measures=measures)
    if cache_dir is not None and key is not None:
        try:
            ArticleCache(cache_dir).put(key, result)
        except OSError as exc:
            result["warnings"].append({"article_id": article.id, "outlet": article.outlet, "stage": "cache",
                                       "message": f"could not write cache entry ({exc.strerror or exc})"})
    return result, False


# --------------------------------------------------------------------------- reduce

class Reducer:
    """Consumes per-article results in corpus order and builds the tables.

    Row tables keep their rows, or hand them to ``sink`` batch by batch
    (:meth:`flush`) and keep nothing unless named in ``keep``; cross-article
    measures keep per-outlet accumulators only.
    """

    def __init__(self, measures: tuple[Measure, ...] = MEASURES, *, options: Options | None = None,
                 sink: Callable[[str, list[dict[str, Any]]], None] | None = None,
                 keep: Iterable[str] | None = None):
        self.measures = measures
        self.options = options or Options()
        self.sink = sink
        self.keep = set(keep) if keep is not None else None
        self.rows: dict[str, list[Any]] = {"articles": [], "warnings": []}
        self.accumulators: dict[str, Any] = {}
        self._reduce: dict[str, Callable[[Any, Any], pd.DataFrame]] = {}
        for m in measures:
            if m.kind == "accumulate":
                self.accumulators[m.name] = m.new_accumulator()
                if m.rows_table:
                    self.rows[m.rows_table] = []
                    self._reduce[m.rows_table] = m.rows_table_of
            else:
                self.rows[m.name] = []
                self._reduce[m.name] = m.table_of
        self.words = 0
        self.count = 0

    def add(self, result: Mapping[str, Any]) -> None:
        self.count += 1
        art = result["articles"][0]
        self.words += int(art.get("words") or 0)
        self.rows["articles"].append(art)
        self.rows["warnings"].extend(result.get("warnings") or [])
        for m in self.measures:
            part = result.get(m.name)
            if m.kind == "rows":
                self.rows[m.name].extend(part or [])
            else:
                self.accumulators[m.name].add(art["outlet"], part)
                if m.rows_table:
                    self.rows[m.rows_table].extend(part or [])

    def reduce_rows(self, name: str, rows: list[Any]) -> pd.DataFrame:
        """The table ``name`` of these rows (a batch, or all of them)."""
        from analysis.study.measures import articles_from_rows
        if name == "articles":
            return articles_from_rows(rows)
        if name == "warnings":
            return warnings_table(rows)
        return self._reduce[name](rows, self.options)

    def flush(self) -> None:
        """Hand the rows gathered so far to the sink (row tables it need not keep)."""
        if self.sink is None:
            return
        for name, rows in self.rows.items():
            if rows and (self.keep is None or name not in self.keep) and name != "warnings":
                self.sink(name, rows)
                self.rows[name] = []

    def _kept(self, name: str) -> bool:
        return self.sink is None or (self.keep is not None and name in self.keep) or name == "warnings"

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table built from what was added (row tables handed to the sink are not included;
        the warnings table is built last, by :func:`analysis.study.build_tables`).

        A table that cannot be built (one outlet has no distinctive
        vocabulary) is left out with a row in the warnings table; the others
        are built.  Warnings raised while reducing become rows there too.
        """
        out: dict[str, pd.DataFrame] = {}
        for name, rows in self.rows.items():
            if self._kept(name) and name != "warnings":
                self.guarded(out, name, lambda rows=rows, name=name: self.reduce_rows(name, rows))
        for m in self.measures:
            if m.kind == "accumulate":
                self.guarded(out, m.name, lambda m=m: m.table_of(self.accumulators[m.name], self.options))
        return out

    def guarded(self, out: dict[str, pd.DataFrame], name: str, build: Callable[[], pd.DataFrame]) -> None:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                out[name] = build()
            except Exception as exc:  # noqa: BLE001  (one table never sinks the others)
                self.table_warning(name, f"{name} table not computed: {type(exc).__name__}: {exc}")
        for w in _data_warnings(caught):
            self.table_warning(name, str(w.message))

    def table_warning(self, stage: str, message: str) -> None:
        self.rows["warnings"].append({"article_id": "", "outlet": "", "stage": stage,
                                      "message": " ".join(message.split())})


def _data_warnings(caught: Iterable[warnings.WarningMessage]) -> list[warnings.WarningMessage]:
    """The recorded warnings that belong in the warnings table: not a ResourceWarning, which the interpreter raises
    when the garbage collector happens to free an unclosed resource of earlier code (an event loop, a file) at any
    point, so its presence would make the table depend on collection timing rather than on the corpus."""
    return [w for w in caught if not issubclass(w.category, ResourceWarning)]


def warnings_table(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(WARNING_COLUMNS)).astype(object)


# --------------------------------------------------------------------------- run

@dataclass
class RunStats:
    articles: int = 0
    words: int = 0
    cached: int = 0
    computed: int = 0
    corrupt: int = 0
    seconds: float = 0.0
    key: str = ""

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0


def run_pipeline(articles: Iterable[Any], *, options: Options | None = None, jobs: int = 1,
                 scheduler: str | None = None, cache: str | os.PathLike[str] | None = None,
                 progress: bool | None = None, total: int | None = None, reducer: Reducer | None = None,
                 stats: RunStats | None = None) -> Reducer:
    """Map every article (cached, parallel), reduce in corpus order; the filled :class:`Reducer`.

    ``cache``: a folder for per-article results, or ``None`` for none.
    ``progress``: a progress bar on stderr (default: when stderr is a terminal).
    """
    options = options or (reducer.options if reducer is not None else Options())
    reducer = reducer or Reducer(options=options)
    stats = stats if stats is not None else RunStats()
    fp = options.fingerprint()
    store = ArticleCache(cache) if cache is not None else None
    if store is not None:
        store.clean_stale()
    t0 = time.perf_counter()
    keys = hashlib.sha256()
    corrupt: list[str] = []

    def items() -> Iterator[tuple[Any, str]]:
        for article in articles:
            key = hashlib.sha256(f"{fp}\0{article_fingerprint(article)}".encode()).hexdigest()
            keys.update(key.encode())
            yield (article, key)

    def lookup(item: tuple[Any, str]) -> tuple[dict[str, Any], bool] | None:
        if store is None:
            return None
        try:
            hit = store.get(item[1])
        except CacheCorrupt as exc:
            corrupt.append(str(exc))
            return None
        return None if hit is None else (hit, True)

    work = functools.partial(_cached_process, options=options,
                             cache_dir=None if store is None else str(store.root), measures=reducer.measures)
    results = ordered_map(work, items(), jobs=jobs, scheduler=scheduler, ready=lookup)
    bar = _progress_bar(progress, total)
    try:
        for n, (result, was_cached) in enumerate(results, 1):
            reducer.add(result)
            if was_cached:
                stats.cached += 1
            else:
                stats.computed += 1
            if n % 64 == 0:
                reducer.flush()
            if bar is not None:
                bar.update(1)
                elapsed = time.perf_counter() - t0
                bar.set_postfix_str(f"{reducer.words / elapsed if elapsed else 0:,.0f} words/s", refresh=False)
        reducer.flush()
    finally:
        if bar is not None:
            bar.close()
    stats.articles = reducer.count
    stats.words = reducer.words
    stats.seconds = time.perf_counter() - t0
    stats.corrupt = len(corrupt)
    stats.key = keys.hexdigest()
    for msg in corrupt:
        reducer.rows["warnings"].append({"article_id": "", "outlet": "", "stage": "cache", "message": msg})
    return reducer


def _progress_bar(progress: bool | None, total: int | None):
    if progress is None:
        progress = sys.stderr.isatty()
    if not progress:
        return None
    from tqdm import tqdm
    return tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True, smoothing=0.1,
                desc="articles")


def format_warnings(table: pd.DataFrame, *, limit: int = 20) -> list[str]:
    """One line per warning (article, what, why), the first ``limit``, then a count of the rest."""
    lines = []
    for row in table.head(limit).itertuples(index=False):
        where = row.article_id or row.stage
        lines.append(escape_controls(f"warning: {where}: {row.message}"))
    if len(table) > limit:
        lines.append(f"... and {len(table) - limit} more warning(s)")
    return lines


__all__ = ["LEXICON_LOADERS", "LEXICON_OPTIONS", "STUDY_OPTIONS", "OVERFLOW_PREFIX", "Options", "PROBLEMS_SHOWN", "Reducer", "RunStats",
           "WARNING_COLUMNS", "format_warnings", "lexicon_problem_lines", "lexicon_problems", "not_a_file",
           "option_flag", "process_article", "report_lexicon_problems", "run_pipeline", "shown_problems",
           "warnings_table"]
