"""run_notebook starts a kernel again when the first could not bind its ports (another kernel took one between
jupyter_client choosing it and the kernel binding it: seen once in a fresh-clone `make study`), and only then."""

from __future__ import annotations

from pathlib import Path

import papermill
from papermill.exceptions import PapermillExecutionError

from analysis.study.runner import run_notebook


def _fake(calls: list, failures: list):
    """An execute_notebook that fails with the next of ``failures`` (writing its kernel log) and then succeeds."""
    def execute(src, out, **kw):
        calls.append(out)
        if failures:
            exc, log_line = failures.pop(0)
            Path(out).with_suffix(".kernel.log").write_text(log_line, encoding="utf-8")
            raise exc
        Path(out).write_text("{}", encoding="utf-8")
    return execute


def test_a_kernel_that_lost_its_port_is_started_again(tmp_path, monkeypatch):
    calls: list = []
    failure = (RuntimeError("Kernel didn't respond in 60 seconds"),
               "zmq.error.ZMQError: Address already in use (addr='tcp://127.0.0.1:41863')\n")
    monkeypatch.setattr(papermill, "execute_notebook", _fake(calls, [failure]))
    result = run_notebook(tmp_path / "a.ipynb", tmp_path / "build" / "a.ipynb", {})
    assert result.error is None and len(calls) == 2


def test_other_failures_are_not_retried(tmp_path, monkeypatch):
    calls: list = []
    failure = (RuntimeError("Kernel didn't respond in 60 seconds"), "ImportError: no module named x\n")
    monkeypatch.setattr(papermill, "execute_notebook", _fake(calls, [failure]))
    result = run_notebook(tmp_path / "a.ipynb", tmp_path / "build" / "a.ipynb", {})
    assert result.error and len(calls) == 1
    calls.clear()
    cell = (PapermillExecutionError(0, 1, "x = 1/0", "ZeroDivisionError", "division by zero", []),
            "Address already in use\n")          # a cell error is the notebook's, whatever the log says
    monkeypatch.setattr(papermill, "execute_notebook", _fake(calls, [cell]))
    result = run_notebook(tmp_path / "b.ipynb", tmp_path / "build" / "b.ipynb", {})
    assert result.error and len(calls) == 1


def test_a_second_port_failure_is_reported(tmp_path, monkeypatch):
    calls: list = []
    failure = (RuntimeError("Kernel didn't respond in 60 seconds"), "ZMQError: Address already in use\n")
    monkeypatch.setattr(papermill, "execute_notebook", _fake(calls, [failure, failure]))
    result = run_notebook(tmp_path / "a.ipynb", tmp_path / "build" / "a.ipynb", {})
    assert "Address already in use" in result.error and len(calls) == 2
