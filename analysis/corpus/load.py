"""Loading corpora: folders of Markdown/text files and tables, streamed, with validation.

A corpus is a folder of Markdown/text files with YAML front matter, or one table (CSV, JSONL,
Parquet; Media Cloud export names accepted).  Every problem found is a :class:`Problem` naming the
file and, where there is one, the line; nothing is silently skipped.

* :func:`iter_articles` streams: one file or one table row in memory at a time, in **source
  order** (folder files in sorted path order, table rows in file order).  Duplicates (same URL, or
  same outlet and same text) are dropped and syndicated copies (same text, other outlet) kept, each
  listed as a :class:`~analysis.corpus.duplicates.Duplicate`; the
  :class:`~analysis.corpus.duplicates.DuplicateFinder` keeps a few short strings per article, never
  the bodies.  Two different articles with the same outlet, date and title are both kept, the later
  one with a ``variant`` that keeps its id unique.
* :func:`check_corpus` and :func:`load_corpus` read the same stream and then sort the whole corpus
  by :func:`~analysis.corpus.model.article_sort_key` (date, outlet, title), as they always did:
  streaming callers that need that order sort their (small) per-article results by the same key.

The readers live in :mod:`analysis.corpus.files` (walking, opening), :mod:`~analysis.corpus.frontmatter`
(Markdown files), :mod:`~analysis.corpus.tables` (CSV/JSONL/Parquet) and
:mod:`~analysis.corpus.records` (fields -> :class:`Article`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from analysis.corpus.duplicates import Duplicate, DuplicateFinder
from analysis.corpus.files import walk_files
from analysis.corpus.frontmatter import read_article_file, split_front_matter
from analysis.corpus.model import Article, Corpus, CorpusError, Problem, article_sort_key
from analysis.corpus.records import parse_date
from analysis.corpus.tables import MEDIA_CLOUD_COLUMNS, TABLE_SUFFIXES, iter_table

TEXT_SUFFIXES = (".md", ".markdown", ".txt")

__all__ = ["Duplicate", "MEDIA_CLOUD_COLUMNS", "TABLE_SUFFIXES", "TEXT_SUFFIXES", "check_corpus",
           "iter_articles", "load_corpus", "parse_date", "read_article_file", "read_table",
           "split_front_matter"]


def iter_articles(path: str | Path, *, outlets: Iterable[str] | None = None,
                  problems: list[Problem] | None = None,
                  duplicates: list[Duplicate] | None = None) -> Iterator[Article]:
    """Every loadable article of a corpus folder or table, streamed in source order.

    Source order: folder files in sorted path order (depth-first, names sorted), table rows in
    file order; not the (date, outlet, title) order of :func:`load_corpus`.  ``outlets``: yield only
    these outlets' articles (still in source order); a wanted outlet with no article is a problem.
    Every problem found (bad files and rows) is appended to ``problems`` as soon as it is found;
    with ``problems=None`` a :class:`CorpusError` carrying them all is raised after the last article
    has been yielded.  Problems of articles of other outlets are reported too.

    Duplicates are not problems: the first article is kept, a later one with the same URL, or the
    same outlet and text, is not yielded; syndicated copies (same text, another outlet) are
    yielded.  Each pair is appended to ``duplicates`` (when given) as it is found, whatever the
    outlets asked for.
    """
    found: list[Problem] = [] if problems is None else problems
    wanted = list(dict.fromkeys(outlets or []))
    seen: dict[str, None] = {}
    for article in _unique(_source_articles(Path(path), found), duplicates):
        seen.setdefault(article.outlet)
        if not wanted or article.outlet in wanted:
            yield article
    for name in (o for o in wanted if o not in seen):
        found.append(Problem(str(path), f"outlet not in corpus: {name!r}; known outlets: {', '.join(seen)}"))
    if problems is None and found:
        raise CorpusError(found)


def check_corpus(path: str | Path, *,
                 duplicates: list[Duplicate] | None = None) -> tuple[list[Article], list[Problem]]:
    """Every loadable article and every problem of a corpus folder or table.

    Never raises on bad content.  A folder is searched recursively; hidden
    files and folders (name starting with ".") are the only ones not read, and
    any other entry that is not a .md/.markdown/.txt file is reported (unknown file types,
    tables, dangling symbolic links, symbolic links to folders, FIFOs and devices).  Articles are
    sorted by (date, outlet, title).  Duplicates (same URL, or same outlet and text) are left out
    and syndicated copies kept, the first file (in path order) or row being the one kept; every
    pair is appended to ``duplicates`` when given.  Problems are in the order found (path order,
    then row order).
    """
    problems: list[Problem] = []
    articles = sorted(iter_articles(path, problems=problems, duplicates=duplicates), key=article_sort_key)
    return articles, problems


def load_corpus(path: str | Path, *, outlets: Iterable[str] | None = None,
                duplicates: list[Duplicate] | None = None) -> Corpus:
    """Load a corpus folder or table; raise :class:`CorpusError` listing every problem.

    ``outlets``: keep only these outlets, in this order (empty or None = all,
    sorted by date, outlet, title).  Duplicates are left out (see :func:`iter_articles`) and
    listed in ``duplicates`` when given.
    """
    articles, problems = check_corpus(path, duplicates=duplicates)
    if problems:
        raise CorpusError(problems)
    corpus = Corpus(tuple(articles), str(path))
    wanted = list(outlets or [])
    return corpus.select(wanted) if wanted else corpus


def read_table(path: str | Path) -> tuple[list[Article], list[Problem]]:
    """Articles from a CSV, JSONL or Parquet table (one row per article), in row order, and every
    problem (duplicates are not looked for: :func:`check_corpus` does)."""
    problems: list[Problem] = []
    return [a for a, _ in iter_table(path, problems)], problems


def _source_articles(path: Path, problems: list[Problem]) -> Iterator[tuple[Article, int | None]]:
    """(article, table line or None) in source order; problems appended as found."""
    where = str(path)
    if not path.exists():
        dangling = path.is_symlink()
        problems.append(Problem(where, "dangling symbolic link: its target does not exist" if dangling
                                else "no such file or folder"))
    elif path.is_dir():
        yield from _folder_articles(path, problems)
    elif path.suffix.lower() in TABLE_SUFFIXES:
        yield from iter_table(path, problems)
    elif path.suffix.lower() in TEXT_SUFFIXES:
        yield from _file_article(path, problems)
    else:
        problems.append(Problem(where, f"unknown file type {path.suffix or '(none)'!r}: expected a "
                                f"folder, {', '.join(TEXT_SUFFIXES)} or {', '.join(TABLE_SUFFIXES)}"))


def _folder_articles(folder: Path, problems: list[Problem]) -> Iterator[tuple[Article, None]]:
    before, files = len(problems), 0
    for f in walk_files(folder, problems):
        files += 1
        suffix = f.suffix.lower()
        if suffix in TEXT_SUFFIXES:
            yield from _file_article(f, problems)
        elif suffix in TABLE_SUFFIXES:
            problems.append(Problem(str(f), "table file inside a corpus folder; load a table "
                                    "on its own (framing check FILE)"))
        else:
            problems.append(Problem(str(f), f"unknown file type {f.suffix or '(none)'!r}: "
                                    f"expected {', '.join(TEXT_SUFFIXES)}"))
    if files == 0 and len(problems) == before:
        problems.append(Problem(str(folder), "empty folder: no article files (.md, .txt) found"))


def _file_article(path: Path, problems: list[Problem]) -> Iterator[tuple[Article, None]]:
    article, probs = read_article_file(path)
    problems.extend(probs)
    if article is not None:
        yield article, None


def _unique(items: Iterable[tuple[Article, int | None]], duplicates: list[Duplicate] | None) -> Iterator[Article]:
    """The articles kept by a :class:`DuplicateFinder`, in source order; every pair it finds is
    appended to ``duplicates`` (when given)."""
    finder = DuplicateFinder()
    for article, line in items:
        where = article.source_path or "<corpus>"
        kept, pairs = finder.add(article, source=f"{where}:{line}" if line is not None else where)
        if duplicates is not None:
            duplicates.extend(pairs)
        if kept is not None:
            yield kept
