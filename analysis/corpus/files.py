"""Finding and opening corpus files without surprises.

* A folder is walked depth-first, entries sorted by name (the same order as sorting the full
  paths), hidden entries (name starting with ".") skipped, one file at a time (nothing is listed
  up front).
* Every entry that is not read is reported: a dangling symbolic link, a symbolic link to a folder
  (not followed: it could loop or leave the corpus), a FIFO, socket or device.  A symbolic link
  to a regular file is read.
* A file is opened non-blocking and checked with ``fstat`` before anything is read, so a FIFO
  named ``*.md`` never blocks, even if it replaced a regular file after the folder was listed.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO, Iterator

from analysis.corpus.model import Problem


class UnreadableFile(Exception):
    """A file that cannot be read as a regular file; ``problem`` says why."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISDIR, "a folder"))


def file_kind(mode: int) -> str:
    """'a FIFO (named pipe)', 'a socket', ... for a non-regular ``st_mode``."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def open_regular(path: str | Path) -> BinaryIO:
    """Open a regular file for binary reading; raise :class:`UnreadableFile` for anything else.

    The file is opened with ``O_NONBLOCK`` (a FIFO then opens at once instead of waiting for a
    writer) and its type checked on the open descriptor before any read."""
    where = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        link = os.path.islink(path)
        raise UnreadableFile(Problem(where, "dangling symbolic link: its target does not exist" if link
                                     else "no such file or folder")) from None
    except OSError as exc:
        raise UnreadableFile(Problem(where, f"cannot read file: {exc.strerror or exc}")) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise UnreadableFile(Problem(where, f"not a regular file: {file_kind(mode)}; not read"))
    return os.fdopen(fd, "rb")


def read_bytes(path: str | Path) -> bytes:
    """The bytes of a regular file (see :func:`open_regular`)."""
    with open_regular(path) as f:
        try:
            return f.read()
        except OSError as exc:
            raise UnreadableFile(Problem(str(path), f"cannot read file: {exc.strerror or exc}")) from None


def walk_files(folder: Path, problems: list[Problem]) -> Iterator[Path]:
    """Regular files (and symbolic links to regular files) under ``folder``, in sorted path order.

    Every other non-hidden entry is appended to ``problems``.  Iterative (no recursion limit on
    folder depth); holds one sorted listing per open folder level."""
    stack = [iter(_listing(folder, problems))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        path = Path(entry.path)
        if entry.is_symlink():
            what = _link_problem(path)
            if what is None:
                yield path
            else:
                problems.append(Problem(str(path), what))
        elif entry.is_dir(follow_symlinks=False):
            stack.append(iter(_listing(path, problems)))
        elif entry.is_file(follow_symlinks=False):
            yield path
        else:
            mode = entry.stat(follow_symlinks=False).st_mode
            problems.append(Problem(str(path), f"not a regular file: {file_kind(mode)}; not read"))


def _listing(folder: Path, problems: list[Problem]) -> list[os.DirEntry]:
    """The non-hidden entries of one folder, sorted by name."""
    try:
        with os.scandir(folder) as it:
            return sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        problems.append(Problem(str(folder), f"cannot list folder: {exc.strerror or exc}"))
        return []


def _target(path: Path) -> str:
    try:
        return repr(os.readlink(path))
    except OSError:
        return "?"


def _link_problem(path: Path) -> str | None:
    """Why a symbolic link is not read (None: it points at a regular file)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return f"dangling symbolic link (to {_target(path)}): its target does not exist"
    except OSError as exc:
        return f"unreadable symbolic link: {exc.strerror or exc}"
    if stat.S_ISDIR(mode):
        return (f"symbolic link to a folder (to {_target(path)}): not followed; "
                "copy the folder into the corpus or check it on its own")
    if not stat.S_ISREG(mode):
        return f"symbolic link to {file_kind(mode)}: not read"
    return None
