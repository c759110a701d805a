"""``framing check``: a table of the articles a corpus holds and every problem, with file:line.

The corpus is streamed (:func:`~analysis.corpus.load.iter_articles`): only one short display row
per article is kept, so checking a 100k-article table needs little memory.  Everything printed
comes from the input (outlets, titles, file names), so control characters are escaped
(:func:`escape_controls`): an ANSI escape or a NUL in an outlet name is shown as ``\\x1b`` or
``\\x00`` instead of driving the terminal.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from analysis.corpus.duplicates import Duplicate, summary as duplicates_summary
from analysis.corpus.load import iter_articles
from analysis.corpus.model import Article, Problem, article_sort_key

if TYPE_CHECKING:
    from analysis.corpus.cleaning import CleaningRules

#: C0/C1 control characters and DEL, line/paragraph separators, and bidirectional embedding,
#: override and isolate controls (which reorder what a terminal shows).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

Row = tuple[str, str, str, str, str, str]


def escape_controls(text: str) -> str:
    """``text`` with every control character written as a visible escape (``\\x1b``, ``\\u202e``)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def _display_row(a: Article, root: str | Path | None) -> Row:
    """outlet, date, words, paragraphs, title (cut at 60 characters), file; escaped."""
    title = a.title if len(a.title) <= 60 else a.title[:57] + "..."
    cells = (a.outlet, a.date.isoformat(), str(a.words), str(len(a.paragraphs)), title,
             _relative(a.source_path, root))
    return tuple(escape_controls(c) for c in cells)  # type: ignore[return-value]


def _relative(p: str | None, root: str | Path | None) -> str:
    if not p:
        return ""
    if root is not None:
        try:
            return str(Path(p).relative_to(root))
        except ValueError:
            pass
    return p


def _render(rows: Iterable[Row]) -> str:
    rows = [("outlet", "date", "words", "paras", "title", "file"), *rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    right = {2, 3}
    out = []
    for r in rows:
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)


def format_table(articles: Sequence[Article], *, root: str | Path | None = None) -> str:
    """Fixed-width table: outlet, date, words, paragraphs, title, file (control characters escaped)."""
    return _render(_display_row(a, root) for a in articles)


def format_problem(problem: Problem) -> str:
    """``file:line: message`` with control characters escaped."""
    return escape_controls(str(problem))


def format_duplicate(duplicate: Duplicate, *, root: str | Path | None = None) -> str:
    """One line: which article was dropped or is a syndicated copy, of which kept one, and why
    (control characters escaped)."""
    d = duplicate
    other, kept = _relative(d.other_source, root), _relative(d.kept_source, root)
    if d.reason == "syndicated":
        text = f"syndicated: {other} ({d.other_outlet}) has the same text as {kept} ({d.kept_outlet}); both kept"
    else:
        why = "same URL" if d.reason == "url" else "same outlet and same text"
        text = f"duplicate ({d.reason}): {other} dropped, {why} as {kept} (kept: {d.kept_id})"
    return escape_controls(text)


def print_duplicates(duplicates: Sequence[Duplicate], *, prog: str, note: str, quiet: bool = False,
                     err: Any = None) -> None:
    """Each duplicate on its own line (unless ``quiet``), then the summary with ``note``; on stderr."""
    err = sys.stderr if err is None else err
    if not duplicates:
        return
    if not quiet:
        for d in duplicates:
            print(f"{prog}: {format_duplicate(d)}", file=err)
    print(f"{prog}: {duplicates_summary(duplicates)} ({note})", file=err)


def not_body_lines(article: Article, *, rules: "CleaningRules | None" = None) -> list[str]:
    """Notes (not problems) for body lines that ``framing import``'s cleaning rules would remove:
    a caption, a byline, a "Read also: ..." link left in a corpus file is measured as the article's
    own text.  Each note names the file and, for Markdown/text files, the line (the file is read
    once, and only for an article that gets a note; repeated lines get their own line numbers)."""
    from analysis.corpus.cleaning import clean_body
    removed = clean_body(article.body, headline=article.title, rules=rules).removed
    if not removed:
        return []
    where = article.source_path or article.id
    source_lines: list[str] = []
    if article.source_path and Path(article.source_path).suffix.lower() in {".md", ".txt", ".markdown"}:
        try:
            source_lines = Path(article.source_path).read_text("utf-8").split("\n")
        except (OSError, UnicodeDecodeError):
            source_lines = []
    notes, cursor = [], 0
    for r in removed:                       # in body order, so one forward pass finds every line
        text = r.text.strip()
        line = next((i for i in range(cursor, len(source_lines)) if source_lines[i].strip() == text), None)
        if line is not None:
            cursor = line + 1
        at = f"{where}:{line + 1}" if line is not None else where
        notes.append(f"{at}: this line may not be article text ({r.reason.split(' (')[0]}): {text[:80]!r}; "
                     "its words are measured as the article's unless you remove it")
    return notes


def run_check(args) -> int:
    """CLI entry of ``framing check PATH``: table, every problem, duplicates, summary; exit 0 or 2.

    Duplicates (dropped) and syndicated copies (kept) are listed but are not problems."""
    path = Path(args.path)
    root = path if path.is_dir() else None
    problems: list[Problem] = []
    duplicates: list[Duplicate] = []
    rows: list[tuple[tuple, Row]] = []
    outlets: set[str] = set()
    labelled: list[Article] = []
    body_notes: list[str] = []
    rules = None
    if getattr(args, "line_notes", True) and getattr(args, "rules", None):
        from analysis.corpus.cleaning import load_cleaning_rules
        from analysis.lexicons import LexiconError
        try:
            rules = load_cleaning_rules(args.rules)
        except LexiconError as exc:
            for p in exc.problems:
                print(format_problem(p))
            return 2
    for a in iter_articles(path, problems=problems, duplicates=duplicates):
        if getattr(args, "line_notes", True):
            body_notes += not_body_lines(a, rules=rules)
        rows.append((article_sort_key(a), _display_row(a, root)))
        outlets.add(a.outlet)
        if getattr(a, "label", None):
            labelled.append(a)
    rows.sort(key=lambda r: r[0])
    if rows:
        print(_render(r for _, r in rows))
        print()
    for d in duplicates:
        print(format_duplicate(d, root=root))
    for p in problems:
        print(format_problem(p))
    from analysis.corpus.labels import label_notes
    for note in label_notes(labelled):
        print(f"note: {escape_controls(note)}")
    for note in body_notes:
        print(f"note: {escape_controls(note)}")
    summary = f"{len(rows)} article(s) from {len(outlets)} outlet(s), {len(problems)} problem(s)"
    if duplicates:
        summary += f"; {duplicates_summary(duplicates)}"
    print(summary if not problems else f"{summary}: fix them and run framing check again")
    return 2 if problems else 0
