"""``framing check``: a table of the articles a corpus holds and every problem, with file:line."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from analysis.corpus.load import check_corpus
from analysis.corpus.model import Article


def format_table(articles: Sequence[Article], *, root: str | Path | None = None) -> str:
    """Fixed-width table: outlet, date, words, paragraphs, title, file."""
    def rel(p: str | None) -> str:
        if not p:
            return ""
        if root is not None:
            try:
                return str(Path(p).relative_to(root))
            except ValueError:
                pass
        return p

    rows = [("outlet", "date", "words", "paras", "title", "file")]
    for a in articles:
        title = a.title if len(a.title) <= 60 else a.title[:57] + "..."
        rows.append((a.outlet, a.date.isoformat(), str(a.words), str(len(a.paragraphs)), title,
                     rel(a.source_path)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    right = {2, 3}
    out = []
    for r in rows:
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)


def run_check(args) -> int:
    """CLI entry of ``framing check PATH``: table, every problem, summary; exit 0 or 2."""
    path = Path(args.path)
    articles, problems = check_corpus(path)
    if articles:
        print(format_table(articles, root=path if path.is_dir() else None))
        print()
    for p in problems:
        print(p)
    outlets = len({a.outlet for a in articles})
    summary = f"{len(articles)} article(s) from {outlets} outlet(s), {len(problems)} problem(s)"
    print(summary if not problems else f"{summary}: fix them and run framing check again")
    return 2 if problems else 0
