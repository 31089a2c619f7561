"""Writing ``--out``: all or nothing, never over a system path, one run at a time.

This module reserves the target (checks, then the lock) and offers the one-call writers; the
checks live in :mod:`engine.io.out_target`, the atomic writes in :mod:`engine.io.out_write`
and the clean-up of temporaries in :mod:`engine.io.out_cleanup`.

Every command that writes files (``pacte tirage --out DOSSIER``, ``pacte simuler --out
DOSSIER``, ``pacte balayer --out table.csv``, ``pacte vivier --out vivier.csv``) goes
through :func:`reserve` then :meth:`Reservation.write_folder` / :meth:`Reservation.write_file`
(or the one-call :func:`write_folder` / :func:`write_file`):

- **Checked before any work.** The target's folder must exist and be writable; the target
  must not be (or be inside) a system folder (``/proc``, ``/sys``, ``/dev``, ``/etc``,
  ``/usr`` …), a symbolic link, the current folder or one of its parents. A folder target
  that exists must be a folder holding nothing but earlier Pacte results (the file names of
  :data:`OUTPUT_NAMES`): a folder of the user's own files is never replaced. A file target
  that exists must be an ordinary file. Each refusal is a French ``InputError`` naming
  ``--out`` (exit code 2).
- **One run at a time.** An exclusive ``flock`` is taken, for the whole run, on a lock file
  ``.pacte-verrou.NOM`` beside the target; a second run aimed at the same target is refused
  at once (exit 2, naming the process that holds it) rather than kept waiting. The lock file
  is removed when the run ends; one left by a killed run is taken over by the next.
- **All or nothing.** Everything is written in a hidden temporary folder (or file)
  ``.pacte-tmp.NOM.PID.XXXX`` created beside the target (same file system), then renamed into
  place; an older result is swapped out and removed only once the new one is complete. On
  any error, on Ctrl-C (SIGINT), SIGTERM or SIGHUP (turned into ``KeyboardInterrupt`` while a
  reservation is held) the temporary is removed; those signals are held back during the final
  renames and the clean-up. SIGKILL cannot be caught: the next run aimed at the same folder
  removes the temporaries whose process no longer runs.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import FrameType

from engine.io.out_cleanup import remove_stale, signals_held
from engine.io.out_target import LOCK_PREFIX, Kind, check_target, refuse, why
from engine.io.out_write import Reservation

__all__ = ["Kind", "Reservation", "reserve", "reserve_optional", "write_file", "write_files",
           "write_folder"]

_held: dict[Path, Reservation] = {}


def _close_in_child() -> None:
    """After a fork (worker processes): drop this process's copies of the lock files.
    Closing a copy does not release the parent's lock; keeping it would keep the lock alive
    in a worker orphaned by a killed run."""
    for reservation in _held.values():
        with contextlib.suppress(OSError):
            os.close(reservation.lock_fd)
    _held.clear()


os.register_at_fork(after_in_child=_close_in_child)


def _lock(out: Path | str, target: Path) -> tuple[int, Path]:
    path = target.parent / f"{LOCK_PREFIX}{target.name}"
    for _attempt in range(20):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
        except OSError as exc:
            raise refuse(out, f"impossible d'écrire dans le dossier {target.parent} "
                              f"({why(exc)})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_pid(fd)
            os.close(fd)
            who = f" (processus {holder})" if holder else ""
            raise refuse(out, f"un autre calcul Pacte{who} écrit déjà dans {target} : attendez "
                              "qu'il se termine ou choisissez un autre --out") from None
        try:
            same = os.stat(path, follow_symlinks=False).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if not same:  # removed by the run that just finished: take the new one
            os.close(fd)
            continue
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        return fd, path
    raise refuse(out, f"verrou de {target} introuvable de façon stable ; réessayez")


def _read_pid(fd: int) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        return int(os.pread(fd, 32, 0).decode().strip() or "0") or None
    return None


def _release(reservation: Reservation) -> None:
    with signals_held():
        with contextlib.suppress(OSError):
            os.unlink(reservation.lock_path)
        with contextlib.suppress(OSError):
            os.close(reservation.lock_fd)


def _interrupt(signum: int, _frame: FrameType | None) -> None:
    """SIGTERM / SIGHUP while a target is reserved: unwind like Ctrl-C (temporaries removed).
    In a forked worker, behave as if no handler were installed."""
    if not _held or os.getpid() != next(iter(_held.values())).owner:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    raise KeyboardInterrupt


@contextlib.contextmanager
def _interrupt_handlers() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, _interrupt) for s in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


@contextlib.contextmanager
def reserve(out: Path | str, kind: Kind) -> Iterator[Reservation]:
    """Check and lock ``out`` for the duration of the block (re-entrant in one process)."""
    target = check_target(out, kind)
    held = _held.get(target)
    if held is not None:
        held._expect(kind)
        held.depth += 1
        try:
            yield held
        finally:
            held.depth -= 1
        return
    reservation: Reservation | None = None
    try:
        # Signals are held from the lock file's creation until the reservation is known, so
        # an interruption can never leave the lock file behind; the SIGTERM/SIGHUP handlers
        # are in place before they are let through.
        with _interrupt_handlers():
            with signals_held():
                fd, lock_path = _lock(out, target)
                reservation = Reservation(out, target, kind, fd, lock_path, os.getpid())
                _held[target] = reservation
            remove_stale(target.parent)
            yield reservation
    finally:
        if reservation is not None:
            _held.pop(target, None)
            _release(reservation)


@contextlib.contextmanager
def reserve_optional(out: Path | str | None, kind: Kind) -> Iterator[Reservation | None]:
    """:func:`reserve` when ``out`` is given, else nothing (commands whose ``--out`` is optional)."""
    if out is None:
        yield None
        return
    with reserve(out, kind) as reservation:
        yield reservation


def write_folder(out: Path | str, fill: Callable[[Path], None]) -> Path:
    """Reserve ``out`` (unless this process already holds it) and write the folder."""
    with reserve(out, Kind.FOLDER) as reservation:
        return reservation.write_folder(fill)


def write_files(out: Path | str, files: Mapping[str, str | bytes]) -> Path:
    with reserve(out, Kind.FOLDER) as reservation:
        return reservation.write_files(files)


def write_file(out: Path | str, fill: Callable[[Path], None]) -> Path:
    """Reserve ``out`` (unless this process already holds it) and write the file."""
    with reserve(out, Kind.FILE) as reservation:
        return reservation.write_file(fill)
