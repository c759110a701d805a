"""``framing import``: raw text files and articles from the web -> cleaned corpus Markdown files.

Inputs, by file type (a folder is read recursively, in sorted path order):

* ``.txt``: a raw text file.  Its first non-blank line is the headline, the rest is scraped article
  text, cleaned with :mod:`analysis.corpus.cleaning`; every removed line is reported.
* saved HTML pages (``.html``, ``.htm``), WARC files (``.warc``, ``.warc.gz``), Media Cloud CSV
  exports and other article tables (``.csv``) and JSONL (``.jsonl``): read by
  :mod:`analysis.corpus.web` (trafilatura extracts title, date, author, site name, canonical URL and
  the article body of HTML; the text cleaning is for raw text only).

Metadata comes from, in order of precedence: a sidecar entry for that file (YAML or CSV keyed by
file name), the command-line options (the same for every file), then what the input says (for
text: byline and date lines; for pages: their metadata; for records: their columns).  The outlet of
a web article may also come from an outlet table (a CSV keyed by ``domain``, given with ``--meta``),
whose other columns become front-matter keys.

All inputs are checked before anything is written: any problem (unreadable file or record, missing
outlet or date, target exists without ``--force``) is reported with the file name and line or
record, and nothing is written.  Pages and records that hold no article (no text, an image in a
WARC, a copy of an article already imported) are skipped and each is listed with its reason.
Duplicates within one import (same URL, or same outlet and text) are imported once; syndicated
copies (same text, other outlets) are imported and listed.  Each output is written atomically
(:func:`analysis.atomic.write_atomic`).
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import yaml

from analysis.corpus.cleaning import CleanedText, CleaningRules, RemovedLine, clean_body, clean_headline, \
    load_cleaning_rules
from analysis.corpus import OPTIONAL_KEYS, Article, CorpusError, Problem, parse_date
from analysis.corpus.duplicates import Duplicate, DuplicateFinder, text_key
from analysis.corpus.web import OutletTable, Skipped, expand_folder, is_web_input, iter_pages, page_article, \
    read_outlet_table
from analysis.atomic import write_atomic
from analysis.encoding import utf8_problem
from analysis.corpus.files import UnreadableFile, read_bytes as read_regular_bytes
from analysis.lexicons import LexiconError
from analysis.yamlsafe import YamlRefused, load_checked

META_KEYS = ("outlet", "title", "date") + OPTIONAL_KEYS


@dataclass(frozen=True)
class ImportResult:
    """One imported article: where it came from and goes, and what cleaning removed."""

    source: Path
    target: Path
    article: Article
    removed: tuple[RemovedLine, ...]
    notes: tuple[str, ...] = ()
    kind: str = "text"          # text (cleaned) | html | warc | csv | jsonl (read by analysis.corpus.web)


# --------------------------------------------------------------------------- sidecar

#: Deepest nesting of lists/mappings accepted in a YAML metadata file (a sidecar needs two or three).
META_MAX_DEPTH = 64


def _read_meta_text(path: Path, kind: str) -> str:
    """The text of a ``--meta`` file; :class:`CorpusError` naming it for a missing file, a folder,
    a FIFO or device (opened non-blocking and refused before any read: never a hang) or bytes
    that are not UTF-8 (with the line)."""
    try:
        data = read_regular_bytes(path)
    except UnreadableFile as exc:
        raise CorpusError([Problem(str(path), f"cannot read {kind}: "
                                   f"{exc.problem.message.removesuffix('; not read')}")]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message, line = utf8_problem(data, exc)
        raise CorpusError([Problem(str(path), f"cannot read {kind}: {message}", line)]) from None

def read_sidecar(path: str | Path) -> dict[str, dict]:
    """Per-file metadata keyed by file name, from YAML or CSV.

    YAML: a mapping ``{file name: {outlet: ..., date: ...}}`` or a list of
    mappings each with a ``file`` key.  CSV: a header row with a ``file`` column
    and metadata columns (empty cells are ignored).
    """
    path = Path(path)
    text = _read_meta_text(path, "metadata sidecar")
    if path.suffix.lower() == ".csv":
        rows = list(csv.DictReader(text.splitlines()))
        if rows and "file" not in rows[0]:
            raise CorpusError([Problem(str(path), "metadata CSV needs a 'file' column", 1)])
        return {r["file"]: {k: v for k, v in r.items() if k != "file" and v not in (None, "")}
                for r in rows}
    if path.suffix.lower() not in (".yaml", ".yml"):
        raise CorpusError([Problem(str(path), "metadata sidecar must be .yaml, .yml or .csv")])
    try:
        # the checked loader of parameter files: no anchors/aliases (an alias bomb is never
        # expanded), no key given twice, no nesting deeper than META_MAX_DEPTH
        data = load_checked(text, max_depth=META_MAX_DEPTH, what="a metadata file") or {}
    except YamlRefused as exc:
        first = f" (first given on line {exc.first + 1})" if exc.first is not None else ""
        raise CorpusError([Problem(str(path), f"{exc.message}{first}", exc.line + 1)]) from None
    except yaml.YAMLError as exc:
        line = exc.problem_mark.line + 1 if getattr(exc, "problem_mark", None) else None
        raise CorpusError([Problem(str(path), f"invalid YAML: {getattr(exc, 'problem', exc)}", line)]) from None
    if isinstance(data, list):
        if not all(isinstance(d, dict) and "file" in d for d in data):
            raise CorpusError([Problem(str(path), "each list entry needs a 'file' key")])
        return {str(d["file"]): {k: v for k, v in d.items() if k != "file"} for d in data}
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise CorpusError([Problem(str(path), "expected a mapping of file name -> metadata mapping")])
    return {str(k): dict(v) for k, v in data.items()}


def read_meta(path: str | Path) -> dict[str, dict] | OutletTable:
    """A ``--meta`` file: an outlet table (a CSV with a ``domain`` column) or a per-file sidecar
    (:func:`read_sidecar`)."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        text = _read_meta_text(path, "metadata file")
        header = next(csv.reader(text.splitlines()[:1]), [])
        if "domain" in (h.strip() for h in header):
            return read_outlet_table(path, text)
        if "file" not in (h.strip() for h in header):
            raise CorpusError([Problem(str(path), "metadata CSV needs a 'domain' column (outlet table) "
                                       "or a 'file' column (per-file sidecar)", 1)])
    return read_sidecar(path)


def _sidecar_entry(sidecar: Mapping[str, dict], path: Path) -> dict:
    for key in (path.name, path.stem, str(path)):
        if key in sidecar:
            return dict(sidecar[key])
    return {}


# --------------------------------------------------------------------------- one text

def slug(text: str, *, max_len: int = 40) -> str:
    """Lower-case ASCII slug for file names."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:max_len].rstrip("-") or "article"


def import_text(raw: str, *, source: str, meta: Mapping[str, object] | None = None,
                rules: CleaningRules | None = None) -> tuple[Article, CleanedText, list[str]]:
    """Turn one raw text (headline on the first non-blank line) into an Article.

    Raises :class:`CorpusError` naming ``source`` when the headline, body,
    outlet or date is missing or the date is not a valid date.
    """
    meta = {k: v for k, v in (meta or {}).items() if v not in (None, "")}
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        raise CorpusError([Problem(source, "file is empty (the first line must be the headline)")])
    notes: list[str] = []
    title, suffix = clean_headline(lines[first].strip())
    if suffix:
        notes.append(f"line {first + 1}: removed scraped suffix {suffix!r} from the headline")
    cleaned = clean_body("\n".join(lines[first + 1:]), headline=title, first_line=first + 2, rules=rules)
    problems = []
    if not cleaned.body.strip():
        problems.append(Problem(source, "no body text left after the headline and cleaning"))
    found = cleaned.metadata
    fields: dict[str, object] = {"title": title}
    if "byline" in found:
        fields["byline"] = found["byline"]
    if "date" in found:
        fields["date"] = found["date"]
    fields.update(meta)
    for key in ("outlet", "date"):
        if not fields.get(key):
            problems.append(Problem(source, f"no {key}: give --{key} or a sidecar entry"
                                    + (" (none found in the text)" if key == "date" else "")))
    date = None
    if fields.get("date"):
        date = parse_date(fields["date"])
        if date is None:
            problems.append(Problem(source, f"bad date {fields['date']!r}: expected YYYY-MM-DD"))
    if problems:
        raise CorpusError(problems)
    extra = {k: v for k, v in fields.items() if k not in META_KEYS}
    if "credits" in found and "credits" not in extra:
        extra["credits"] = found["credits"]
    if "updated" in found and found["updated"] != date.isoformat() and "updated" not in extra:
        extra["updated"] = found["updated"]
    extra.setdefault("imported_from", Path(source).name)
    article = Article(
        outlet=str(fields["outlet"]).strip(), title=str(fields["title"]).strip(), date=date,
        body=cleaned.body, source_path=source, extra=extra,
        **{k: (str(fields[k]).strip() if fields.get(k) not in (None, "") else None) for k in OPTIONAL_KEYS})
    return article, cleaned, notes


def render_markdown(article: Article) -> str:
    """The corpus-file text of an article: YAML front matter, blank line, body."""
    front: dict[str, object] = {"outlet": article.outlet, "title": article.title, "date": article.date}
    for key in OPTIONAL_KEYS:
        if getattr(article, key):
            front[key] = getattr(article, key)
    front.update({k: v for k, v in article.extra.items() if k not in front})
    dumped = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=10**6)
    return f"---\n{dumped}---\n\n{article.body.strip()}\n"




# --------------------------------------------------------------------------- many files

def _read_raw(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError([Problem(str(path), f"cannot read file: {exc.strerror or exc}")]) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message, line = utf8_problem(data, exc)
        raise CorpusError([Problem(str(path), message, line)]) from exc


def _inputs(paths: Sequence[str | Path], skipped: list[Skipped], problems: list[Problem]) -> list[Path]:
    """Files to import: the paths given, folders expanded (sorted, recursive)."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = expand_folder(p, skipped)
            if not found:
                problems.append(Problem(str(p), "no article files in the folder (.txt, .html, .htm, .warc, .warc.gz)"))
            files.extend(found)
        else:
            files.append(p)             # a missing file is reported by its reader ("cannot read file")
    return files


def _read_articles(files: Sequence[Path], *, meta: Mapping[str, object], sidecar: Mapping[str, dict],
                   outlets: OutletTable | None, rules: CleaningRules | None, problems: list[Problem],
                   skipped: list[Skipped]) -> list[tuple[Path, Article, tuple[RemovedLine, ...], list[str], str]]:
    found = []
    for p in files:
        entry = {k: v for k, v in meta.items() if v not in (None, "")}
        entry.update(_sidecar_entry(sidecar, p))
        if not is_web_input(p):
            if p.suffix.lower() not in (".txt", ".text", ""):
                problems.append(Problem(str(p), f"unknown file type {p.suffix!r}: expected .txt, .html, .htm, "
                                        ".warc, .warc.gz, .csv, .jsonl or a folder"))
                continue
            try:
                article, cleaned, notes = import_text(_read_raw(p), source=str(p), meta=entry, rules=rules)
            except CorpusError as exc:
                problems.extend(exc.problems)
                continue
            found.append((p, article, cleaned.removed, notes, "text"))
            continue
        for page in iter_pages(p, problems, skipped):
            try:
                article = page_article(page, meta=entry, outlets=outlets)
            except CorpusError as exc:
                problems.extend(exc.problems)
                continue
            found.append((p, article, (), _page_notes(page, article, entry, outlets), page.kind))
    return found


def _page_notes(page, article: Article, entry: Mapping[str, object], outlets: OutletTable | None) -> list[str]:
    if entry.get("outlet"):
        how = "from the command line or sidecar"
    elif page.fields.get("outlet"):
        how = "named by the record"
    elif outlets is not None and (row := outlets.lookup(page.hosts)) and row.get("outlet") == article.outlet:
        how = f"from the outlet table ({', '.join(page.hosts)})"
    else:
        how = "the page's site name" if page.kind in ("html", "warc") else "Media Cloud's media_name"
    return [f"outlet {how}; {article.words} words extracted"]


def import_files(paths: Sequence[str | Path], *, out_dir: str | Path,
                 meta: Mapping[str, object] | None = None,
                 sidecar: Mapping[str, dict] | None = None, force: bool = False,
                 rules: CleaningRules | None = None, write: bool = True,
                 outlets: OutletTable | None = None, skipped: list[Skipped] | None = None,
                 duplicates: list[Duplicate] | None = None) -> list[ImportResult]:
    """Import every file (raw text, HTML, WARC, CSV, JSONL, folders of them); raise CorpusError with
    all problems before writing anything.

    ``skipped`` receives every page or record that gave no article (with its reason), copies
    included; ``duplicates`` every duplicate (not imported) and syndicated pair (imported)."""
    out = Path(out_dir)
    skips: list[Skipped] = [] if skipped is None else skipped
    problems: list[Problem] = []
    files = _inputs(paths, skips, problems)
    found = _read_articles(files, meta=meta or {}, sidecar=sidecar or {}, outlets=outlets, rules=rules,
                           problems=problems, skipped=skips)
    finder = DuplicateFinder()
    results: list[ImportResult] = []
    for p, article, removed, notes, kind in found:
        kept, pairs = finder.add(article, source=article.source_path)
        if duplicates is not None:
            duplicates.extend(pairs)
        for d in pairs:
            if d.dropped:
                why = "same URL" if d.reason == "url" else "same outlet and text"
                skips.append(Skipped(d.other_source, f"duplicate of {d.kept_source} ({why}); imported once"))
            else:
                notes = [*notes, f"syndicated: the same text as {d.kept_source} ({d.kept_outlet})"]
        if kept is None:
            continue
        target = out / f"{kept.date.isoformat()}-{slug(kept.outlet, max_len=24)}.md"
        results.append(ImportResult(p, target, kept, tuple(removed), tuple(notes), kind))
    # two articles of one outlet on one day: add the title to the file name, then (same title) the text's digest
    for suffix in (lambda r: slug(r.article.title), lambda r: text_key(r.article.body)[:8]):
        names: dict[Path, int] = {}
        for r in results:
            names[r.target] = names.get(r.target, 0) + 1
        results = [r if names[r.target] == 1 else dataclasses.replace(
            r, target=r.target.with_name(f"{r.target.stem}-{suffix(r)}.md")) for r in results]
    seen: dict[Path, str] = {}
    for r in results:
        if r.target in seen:
            problems.append(Problem(str(r.article.source_path or r.source),
                                    f"same output file {r.target} as {seen[r.target]}"))
        seen[r.target] = str(r.article.source_path or r.source)
        if r.target.exists() and not force:
            problems.append(Problem(str(r.article.source_path or r.source), f"{r.target} exists; use --force to overwrite"))
    if problems:
        raise CorpusError(problems)
    if write:
        for r in results:
            write_atomic(r.target, render_markdown(r.article))
    return results


def _runs(removed: Iterable[RemovedLine]) -> list[tuple[int, int, str, str]]:
    """Group consecutive removed lines with the same reason: (first, last, reason, first text)."""
    out: list[list] = []
    for r in removed:
        if out and out[-1][2] == r.reason and r.line - out[-1][1] <= 2:
            out[-1][1] = r.line
            out[-1][4] += 1
        else:
            out.append([r.line, r.line, r.reason, r.text.strip() or r.text, 1])
    return [(a, b, reason, f"{text!r}" + (f" ... ({n} lines)" if n > 1 else "")) for a, b, reason, text, n in out]


def format_report(result: ImportResult) -> str:
    a = result.article
    source = result.source if result.kind in ("text", "html") else a.source_path
    head = (f"{source} -> {result.target}  ({a.outlet}, {a.date.isoformat()}, "
            f"{a.words} words, {len(a.paragraphs)} paragraphs)")
    lines = [head] + [f"  {n}" for n in result.notes]
    for first, last, reason, text in _runs(result.removed):
        where = f"line {first}" if first == last else f"lines {first}-{last}"
        lines.append(f"  removed {where}: {reason}: {text}")
    if not result.removed and result.kind == "text":
        lines.append("  removed nothing")
    return "\n".join(lines)


def run_import(args: argparse.Namespace) -> int:
    """CLI entry: import, print what was removed or skipped per input, exit 2 on any problem."""
    meta = {k: getattr(args, k, None) for k in META_KEYS if k != "title"}
    metas = getattr(args, "meta", None) or []
    if isinstance(metas, (str, Path)):
        metas = [metas]
    skipped: list[Skipped] = []
    try:
        sidecar: dict[str, dict] = {}
        outlets: OutletTable | None = None
        for m in metas:
            got = read_meta(m)
            if isinstance(got, OutletTable):
                if outlets is not None:
                    raise CorpusError([Problem(str(m), f"a second outlet table (the first is {outlets.path}); "
                                               "merge them into one")])
                outlets = got
            else:
                sidecar.update(got)
        rules = load_cleaning_rules(args.rules) if getattr(args, "rules", None) else None
        results = import_files(args.files, out_dir=args.out, meta=meta, sidecar=sidecar,
                               force=bool(getattr(args, "force", False)), rules=rules, outlets=outlets,
                               skipped=skipped)
    except (CorpusError, LexiconError) as exc:   # LexiconError: a bad --rules file
        for p in exc.problems:
            print(f"error: {p}", file=sys.stderr)
        for s in skipped:
            print(str(s), file=sys.stderr)
        print(f"nothing written ({len(exc.problems)} problem(s))", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for r in results:
        print(format_report(r))
    for s in skipped:
        print(str(s))
    if not results:
        print(f"nothing written: no article in the input(s) ({len(skipped)} skipped)", file=sys.stderr)
        return 2
    print(f"wrote {len(results)} file(s) to {args.out}" + (f"; {len(skipped)} skipped (listed above)"
                                                         if skipped else ""))
    return 0
