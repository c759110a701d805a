"""Running a per-article function over a stream of articles: in this process,
on local worker processes, or on a Dask cluster; results come back in input order.

* ``jobs=1``: in this process (no pickling, easiest to debug and profile);
* ``jobs=N``: a :class:`concurrent.futures.ProcessPoolExecutor` of N workers;
* ``scheduler="local"``: a :class:`dask.distributed.LocalCluster` of ``jobs``
  worker processes; ``scheduler="tcp://host:8786"``: an existing Dask
  scheduler (e.g. one started by dask-jobqueue on Slurm).

Articles are sent in batches, and at most a few batches per worker are in
flight, so memory stays bounded however long the input stream is.  Results
are yielded in input order whatever order the workers finish in, so tables
are identical for every ``jobs`` and scheduler.
"""

from __future__ import annotations

import collections
import os
import signal
import concurrent.futures.process as _futures_process
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _apply(func: Callable[[T], R], batch: Sequence[T]) -> list[R]:
    return [func(x) for x in batch]


def ordered_map(func: Callable[[T], R], items: Iterable[T], *, jobs: int = 1, scheduler: str | None = None,
                batch_size: int = 8, in_flight: int = 3,
                ready: Callable[[T], R | None] | None = None) -> Iterator[R]:
    """``func(item)`` for every item, in input order; see the module docstring.

    ``ready(item)``, when given, is asked first in this process: a value that
    is not ``None`` is the item's result and the item is not sent to a worker
    (cache hits).  ``func`` must be picklable (a module-level function or a
    :func:`functools.partial` of one) when ``jobs > 1`` or a scheduler is given.
    """
    if jobs <= 1 and not scheduler:
        for item in items:
            value = ready(item) if ready is not None else None
            yield value if value is not None else func(item)
        return
    with _backend(func, jobs, scheduler) as (submit, workers):
        window: collections.deque[tuple[str, Any]] = collections.deque()
        batch: list[T] = []
        limit = max(1, workers) * in_flight       # batches out at once
        most = limit * batch_size * 4             # results held in all (ready values wait behind work)
        out = 0                                   # batches in the window

        def drain(block_until: int) -> Iterator[R]:
            # yield finished work from the front; block on the front batch while more than
            # block_until batches are out or the window holds more than `most` entries
            nonlocal out
            while window:
                kind, payload = window[0]
                if kind == "v":
                    window.popleft()
                    yield payload
                elif payload.done() or out > block_until or len(window) > most:
                    window.popleft()
                    out -= 1
                    yield from payload.result()
                else:
                    return

        def send(work: list[T]) -> None:
            nonlocal out
            window.append(("f", submit(work)))
            out += 1

        for item in items:
            value = ready(item) if ready is not None else None
            if value is None:
                batch.append(item)
                if len(batch) >= batch_size:
                    send(batch)
                    batch = []
            else:
                if batch:
                    send(batch)
                    batch = []
                window.append(("v", value))
            yield from drain(limit)
        if batch:
            send(batch)
        yield from drain(0)


def _worker_signals() -> None:
    """A pool worker's signal dispositions: the parent handles Ctrl-C and stops the workers.

    A worker forked from the CLI inherits its SIGTERM handler (which raises an
    interrupt): terminating an idle worker printed a traceback, and a busy one
    caught the interrupt and went on with its batch.  Workers end on SIGTERM
    at once and ignore the terminal's SIGINT, which the parent receives too.
    """
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _backend:
    """``(submit(batch) -> future, number of workers)`` for a process pool or a Dask client."""

    def __init__(self, func: Callable, jobs: int, scheduler: str | None):
        self._func, self.jobs, self.scheduler = func, max(1, jobs), scheduler
        self.pool = self.client = self.cluster = None

    def __enter__(self):
        if not self.scheduler:
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=_worker_signals)
            return (lambda batch: self.pool.submit(_apply, self._func, batch)), self.jobs
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dask is a dependency
            raise RuntimeError("--scheduler needs dask.distributed (pip install 'dask[distributed]')") from exc
        if self.scheduler == "local":
            self.cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=40)
            self.client = Client(self.cluster)
        else:
            self.client = Client(self.scheduler)
        workers = len(self.client.scheduler_info().get("workers", {})) or self.jobs
        return (lambda batch: self.client.submit(_apply, self._func, batch, pure=False)), workers

    def __exit__(self, exc_type, exc, tb):
        if self.pool is not None:
            if exc_type is not None:
                # interrupted or failed: stop the workers now instead of letting them finish
                # their batches (Ctrl-C must return within a second)
                workers = list(getattr(self.pool, "_processes", {}).values())
                self.pool.shutdown(wait=False, cancel_futures=True)
                for proc in workers:
                    proc.terminate()
                for proc in workers:
                    proc.join(timeout=1)
                manager = getattr(self.pool, "_executor_manager_thread", None)
                if manager is not None:
                    # The interpreter's exit hook (concurrent.futures.process._python_exit) writes to every
                    # pool's wake-up pipe without the pool's lock, racing the manager thread that closes it
                    # (CPython 3.11: "OSError: Bad file descriptor" and a traceback on Ctrl-C under load;
                    # joining the thread for a second was not always enough).  The pool is shut down and
                    # already woken, so take it off the hook's list, then let the thread finish.
                    getattr(_futures_process, "_threads_wakeups", {}).pop(manager, None)
                    manager.join(timeout=1)
            else:
                self.pool.shutdown(wait=True)
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        return False


__all__ = ["default_jobs", "ordered_map"]
