"""The ``framing`` command: study, analyze, check, import, eval."""

from analysis.cli.main import main

__all__ = ["main"]
