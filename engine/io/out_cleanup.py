"""Clean-up of ``--out`` temporaries, with SIGINT/SIGTERM/SIGHUP held back meanwhile.

Renames and removals run with those signals held (delivered on exit), so an interruption
never leaves a half-moved result. SIGKILL cannot be caught: the next run aimed at the same
folder removes the temporaries ``.pacte-tmp.NOM.PID.XXXX`` whose process no longer runs.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

from engine.io.out_target import TEMP_PREFIX

SIGNALS = tuple(s for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP))


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT/SIGTERM/SIGHUP back (delivered on exit) while renaming or cleaning up."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def remove(path: Path) -> None:
    with signals_held(), contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale(parent: Path) -> list[Path]:
    """Remove the temporaries left in ``parent`` by Pacte runs that no longer run
    (``.pacte-tmp.NOM.PID.XXXX``, e.g. after a SIGKILL); the paths removed."""
    removed = []
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(TEMP_PREFIX):
            continue
        pid = temp_pid(entry.name)
        if pid is None or pid == os.getpid() or pid_alive(pid):
            continue
        path = Path(entry.path)
        with contextlib.suppress(OSError):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed


def temp_pid(name: str) -> int | None:
    """The pid in ``.pacte-tmp.NOM.PID.XXXX`` (NOM may hold dots: the pid is the last but one)."""
    parts = name[len(TEMP_PREFIX):].rsplit(".", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    return int(parts[1])
