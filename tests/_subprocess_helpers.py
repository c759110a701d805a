"""Running one script under several PYTHONHASHSEED values (tests that results do not depend on set or dict
iteration order). The processes start together and are waited for in order: each gets its own seed and
interpreter exactly as one after another would, and the suite waits for the slowest instead of the sum."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Iterable


def outputs_under_hash_seeds(args: Iterable[str], seeds: Iterable[str], *, cwd: Path | None = None) -> list[str]:
    """The standard output of ``python <args>`` run once per seed of ``seeds`` (in that order); a run that
    exits non-zero raises :class:`subprocess.CalledProcessError` with its output, as ``check=True`` does."""
    args = list(args)
    procs = [subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}, cwd=cwd) for seed in seeds]
    outs = []
    try:
        for proc in procs:
            out, err = proc.communicate()
            if proc.returncode:
                raise subprocess.CalledProcessError(proc.returncode, proc.args, out, err)
            outs.append(out)
    finally:
        for proc in procs:          # after a failure: none left running
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    return outs
