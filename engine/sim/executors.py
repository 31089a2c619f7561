"""Where runs execute: one interface, three implementations.

- :class:`InlineExecutor` — in this process (``--jobs 1``, tests, the dashboard);
- :class:`LocalExecutor` — a pool of local processes (the default on several cores);
- :class:`DaskExecutor` — a Dask distributed cluster (``--scheduler ADDRESS``).

Each executor takes picklable tasks (a module-level function and its arguments) and yields
``(task_id, result)`` as tasks finish, in any order; callers reorder by id, so results never
depend on the executor, the number of workers or the chunking.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

Task = tuple[Callable[..., Any], tuple[Any, ...]]


class Executor(Protocol):
    workers: int

    def run(self, tasks: Sequence[Task]) -> Iterator[tuple[int, Any]]:
        """Start every task (a pool queues them all before returning, so the caller can work
        while they run); iterate to get (index in ``tasks``, result) as each one finishes."""
        ...

    def close(self) -> None: ...


class InlineExecutor:
    """Run tasks one after the other in this process."""

    workers = 1

    def run(self, tasks: Sequence[Task]) -> Iterator[tuple[int, Any]]:
        for i, (fn, args) in enumerate(tasks):
            yield i, fn(*args)

    def close(self) -> None:
        pass

    def __enter__(self) -> InlineExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LocalExecutor:
    """A pool of ``workers`` local processes (fork where available: no re-import cost)."""

    def __init__(self, workers: int) -> None:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        self.workers = max(1, workers)
        method = "fork" if "fork" in mp.get_all_start_methods() else None
        ctx = mp.get_context(method) if method else None
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx)

    def run(self, tasks: Sequence[Task]) -> Iterator[tuple[int, Any]]:
        """Queue every task now (the workers start at once, while the caller goes on), and
        return the iterator of their results."""
        futures = {self._pool.submit(fn, *args): i for i, (fn, args) in enumerate(tasks)}
        return self._collect(futures)

    @staticmethod
    def _collect(futures: dict[Any, int]) -> Iterator[tuple[int, Any]]:
        from concurrent.futures import as_completed

        try:
            for future in as_completed(futures):
                yield futures[future], future.result()
        finally:
            for future in futures:
                future.cancel()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class DaskExecutor:
    """Tasks on a Dask distributed cluster, given its scheduler address (tcp://host:port)."""

    def __init__(self, address: str, client: Any = None, timeout: str = "10s") -> None:
        from distributed import Client

        from engine.core.errors import InputError

        self._own = client is None
        if client is None:
            try:
                client = Client(address, timeout=timeout, set_as_default=False)
            except (OSError, TimeoutError) as exc:
                raise InputError.single("--scheduler", None, address,
                                        f"ordonnanceur Dask injoignable : {exc}") from None
        self._client = client
        workers = client.scheduler_info().get("workers", {})
        self.workers = max(1, sum(w.get("nthreads", 1) for w in workers.values()))

    def run(self, tasks: Sequence[Task]) -> Iterator[tuple[int, Any]]:
        """Submit every task now; return the iterator of their results."""
        futures = [self._client.submit(fn, *args, pure=False) for fn, args in tasks]
        return self._collect(futures)

    def _collect(self, futures: list[Any]) -> Iterator[tuple[int, Any]]:
        from distributed import as_completed

        index = {f.key: i for i, f in enumerate(futures)}
        for future in as_completed(futures, loop=self._client.loop):
            yield index[future.key], future.result()

    def close(self) -> None:
        if self._own:
            self._client.close()

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_executor(jobs: int | None = None, scheduler: str | None = None) -> Executor:
    """Dask when a scheduler address is given; else local processes, or inline for 1 job."""
    if scheduler:
        return DaskExecutor(scheduler)
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 1:
        return InlineExecutor()
    return LocalExecutor(jobs)


def default_jobs() -> int:
    """The machine's cores available to this process."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
