"""Writing ``--out``: all or nothing, never over a system path, one run at a time.

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
import errno
import fcntl
import os
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import FrameType

from engine.core.errors import InputError

TEMP_PREFIX = ".pacte-tmp."
LOCK_PREFIX = ".pacte-verrou."

#: Names of the files Pacte writes in an output folder: a folder holding only these (or
#: nothing) is an earlier result and may be replaced.
OUTPUT_NAMES = frozenset({
    "tirage.json", "panel.csv", "probabilites.csv", "quotas.csv", "vivier.csv", "LISEZMOI.txt",
    "runs.parquet", "monthly.parquet", "events.parquet", "summary.json",
})

#: Folders no result is ever written into (or over).
SYSTEM_ROOTS = tuple(Path(p) for p in (
    "/proc", "/sys", "/dev", "/etc", "/boot", "/bin", "/sbin", "/lib", "/lib32", "/lib64",
    "/libx32", "/usr", "/var/lib", "/var/log", "/var/spool", "/var/cache", "/run/systemd"))

_SIGNALS = tuple(s for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP))

_ERRNO_FR = {
    errno.ENOSPC: "disque plein",
    errno.EDQUOT: "quota disque dépassé",
    errno.EACCES: "droits insuffisants",
    errno.EPERM: "opération non permise",
    errno.EROFS: "disque en lecture seule",
    errno.ENAMETOOLONG: "nom trop long",
    errno.ENOENT: "dossier disparu pendant l'écriture",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.EISDIR: "c'est un dossier",
    errno.EXDEV: "déplacement entre deux disques impossible",
    errno.EBUSY: "dossier occupé (point de montage ?)",
    errno.ENOTEMPTY: "dossier non vide",
    errno.ELOOP: "lien symbolique en boucle",
    errno.EIO: "erreur d'entrée-sortie du disque",
}


class Kind(StrEnum):
    FOLDER = "dossier"
    FILE = "fichier"


def _refuse(out: Path | str, message: str) -> InputError:
    return InputError.single(str(out), None, "--out", message)


def _why(exc: OSError) -> str:
    return _ERRNO_FR.get(exc.errno or 0, f"erreur système n° {exc.errno}")


def _is_system(path: Path) -> bool:
    return path == Path("/") or any(path == root or path.is_relative_to(root) for root in SYSTEM_ROOTS)


def _mode(base: int) -> int:
    """``base`` (0o777 for folders, 0o666 for files) less the process's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return base & ~mask


def target_path(out: Path | str) -> Path:
    """The absolute target (its folder resolved, its own name kept), or a French refusal."""
    text = str(out)
    if not text.strip():
        raise _refuse(out, "chemin vide")
    if "\x00" in text:
        raise _refuse(out, "chemin invalide (octet nul)")
    path = Path(text).expanduser()
    try:
        if path.name in ("", ".", ".."):
            path = path.resolve()
        parent = path.parent.resolve(strict=True)
    except FileNotFoundError:
        raise _refuse(out, f"le dossier {path.parent} n'existe pas ; créez-le d'abord") from None
    except (OSError, RuntimeError) as exc:
        why = _why(exc) if isinstance(exc, OSError) else "lien symbolique en boucle"
        raise _refuse(out, f"dossier {path.parent} inaccessible ({why})") from None
    if not parent.is_dir():
        raise _refuse(out, f"{parent} n'est pas un dossier")
    if not path.name:
        raise _refuse(out, "la racine du disque ne peut pas recevoir un résultat")
    return parent / path.name


def check_target(out: Path | str, kind: Kind) -> Path:
    """Every check that can be made before the work starts; the absolute target."""
    target = target_path(out)
    parent = target.parent
    if _is_system(target) or _is_system(parent):
        raise _refuse(out, f"{target} est un emplacement système : choisissez un dossier à vous "
                           "(ex. ./resultats)")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise _refuse(out, f"impossible d'écrire dans le dossier {parent} (droits insuffisants ou "
                           "disque en lecture seule)")
    _check_existing(out, target, kind)
    return target


def _check_existing(out: Path | str, target: Path, kind: Kind) -> None:
    try:
        info = target.lstat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _refuse(out, f"{target} inaccessible ({_why(exc)})") from None
    if stat.S_ISLNK(info.st_mode):
        raise _refuse(out, f"{target} est un lien symbolique : indiquez le {kind} lui-même")
    if kind is Kind.FILE:
        if stat.S_ISDIR(info.st_mode):
            raise _refuse(out, f"{target} est un dossier ; un nom de fichier est attendu")
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(out, f"{target} n'est pas un fichier ordinaire (tube, périphérique ou "
                               "socket)")
        return
    if not stat.S_ISDIR(info.st_mode):
        raise _refuse(out, f"{target} existe et n'est pas un dossier")
    with contextlib.suppress(OSError):
        if Path.cwd().resolve().is_relative_to(target.resolve()):
            raise _refuse(out, f"{target} est le dossier courant ou l'un de ses parents : "
                               "choisissez un dossier nouveau")
    try:
        entries = list(os.scandir(target))
    except OSError as exc:
        raise _refuse(out, f"dossier {target} illisible ({_why(exc)})") from None
    for entry in entries:
        if entry.name not in OUTPUT_NAMES or not entry.is_file(follow_symlinks=False):
            raise _refuse(out, f"le dossier {target} existe et contient « {entry.name} », qui "
                               "n'est pas un résultat de Pacte : il n'est pas remplacé ; "
                               "choisissez un dossier nouveau ou vide")


def _pid_alive(pid: int) -> bool:
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
        pid = _temp_pid(entry.name)
        if pid is None or pid == os.getpid() or _pid_alive(pid):
            continue
        path = Path(entry.path)
        with contextlib.suppress(OSError):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed


def _temp_pid(name: str) -> int | None:
    """The pid in ``.pacte-tmp.NOM.PID.XXXX`` (NOM may hold dots: the pid is the last but one)."""
    parts = name[len(TEMP_PREFIX):].rsplit(".", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    return int(parts[1])


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT/SIGTERM/SIGHUP back (delivered on exit) while renaming or cleaning up."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _remove(path: Path) -> None:
    with _signals_held(), contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)


@dataclass
class Reservation:
    """A target reserved by this process: checked, locked, written all at once."""

    out: Path | str
    target: Path
    kind: Kind
    lock_fd: int
    lock_path: Path
    owner: int
    depth: int = 1

    def write_folder(self, fill: Callable[[Path], None]) -> Path:
        """Run ``fill(temporary_folder)``, then move the folder into place (old result swapped
        out and removed)."""
        self._expect(Kind.FOLDER)
        parent, name = self.target.parent, self.target.name
        remove_stale(parent)
        tmp = self._temp(lambda: Path(tempfile.mkdtemp(prefix=self._prefix(), dir=parent)))
        old = parent / f"{TEMP_PREFIX}{name}.{os.getpid()}.ancien"
        return self._install(tmp, fill, 0o777, lambda: self._swap_folder(tmp, old))

    def write_files(self, files: Mapping[str, str | bytes]) -> Path:
        """Write ``files`` (name → text or bytes) as the whole folder."""
        def fill(folder: Path) -> None:
            for file_name, content in files.items():
                if isinstance(content, bytes):
                    (folder / file_name).write_bytes(content)
                elif isinstance(content, str):
                    (folder / file_name).write_text(content, encoding="utf-8")
                else:
                    raise TypeError(f"contenu de {file_name} : texte ou octets attendus")
        return self.write_folder(fill)

    def write_file(self, fill: Callable[[Path], None]) -> Path:
        """Run ``fill(temporary_file_path)``, then rename the file into place."""
        self._expect(Kind.FILE)
        parent = self.target.parent
        remove_stale(parent)

        def make() -> Path:
            fd, name = tempfile.mkstemp(prefix=self._prefix(), dir=parent)
            os.close(fd)
            return Path(name)

        tmp = self._temp(make)
        return self._install(tmp, fill, 0o666, lambda: os.replace(tmp, self.target))

    def _install(self, tmp: Path, fill: Callable[[Path], None], mode: int,
                 move: Callable[[], None]) -> Path:
        """Fill the temporary, then move it into place with signals held; on any failure
        or interruption the temporary is removed and the target left as it was."""
        try:
            fill(tmp)
            os.chmod(tmp, _mode(mode))
            _check_existing(self.out, self.target, self.kind)
            with _signals_held():
                move()
        except OSError as exc:
            _remove(tmp)
            raise _refuse(self.out, f"écriture impossible dans {self.target.parent} "
                                    f"({_why(exc)}) ; rien n'a été modifié") from None
        except BaseException:
            _remove(tmp)
            raise
        return self.target

    def write_text(self, text: str) -> Path:
        return self.write_file(lambda path: path.write_text(text, encoding="utf-8"))

    def _expect(self, kind: Kind) -> None:
        if self.kind is not kind:
            raise ValueError(f"cible réservée comme {self.kind}, écrite comme {kind}")

    def _prefix(self) -> str:
        return f"{TEMP_PREFIX}{self.target.name}.{os.getpid()}."

    def _temp(self, make: Callable[[], Path]) -> Path:
        try:
            with _signals_held():
                return make()
        except OSError as exc:
            raise _refuse(self.out, f"impossible d'écrire dans le dossier {self.target.parent} "
                                    f"({_why(exc)})") from None

    def _swap_folder(self, tmp: Path, old: Path) -> None:
        if not self.target.exists():
            os.rename(tmp, self.target)
            return
        _remove(old)
        os.rename(self.target, old)
        try:
            os.rename(tmp, self.target)
        except OSError:
            os.rename(old, self.target)
            raise
        _remove(old)


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
            raise _refuse(out, f"impossible d'écrire dans le dossier {target.parent} "
                               f"({_why(exc)})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_pid(fd)
            os.close(fd)
            who = f" (processus {holder})" if holder else ""
            raise _refuse(out, f"un autre calcul Pacte{who} écrit déjà dans {target} : attendez "
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
    raise _refuse(out, f"verrou de {target} introuvable de façon stable ; réessayez")


def _read_pid(fd: int) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        return int(os.pread(fd, 32, 0).decode().strip() or "0") or None
    return None


def _release(reservation: Reservation) -> None:
    with _signals_held():
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
            with _signals_held():
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
