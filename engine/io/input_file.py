"""Reading a user's file safely: type checked before reading, size capped, UTF-8 only.

Users paste files from e-mails and share links: a FIFO, ``/dev/zero``, a folder, a symlink
loop, an unreadable file, a 2 GB file, a Latin-1 or NUL-filled file must each end in a
French message naming the file (exit code 2), never in a hang, a memory blow-up or a
traceback. Every reader of a user file (pacts, scenarios, pools, ``--garder`` lists,
dashboard uploads) goes through :func:`read_text`.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from engine.core.errors import InputError
from engine.core.fr import number

#: Largest user file read, in bytes (a pact is ~60 kB; a pool of 100,000 people ~8 MB).
MAX_FILE_BYTES = 20_000_000


def display_name(path: Path) -> str:
    """A file name as the user would type it: relative to the current folder when inside it."""
    try:
        resolved = path.absolute()
        rel = os.path.relpath(resolved)
    except (ValueError, OSError):
        return str(path)
    return rel if not rel.startswith("..") else str(resolved)


def _refuse(name: str, message: str) -> InputError:
    return InputError.single(name, None, "(fichier)", message)


def check_regular_file(path: Path, name: str | None = None) -> os.stat_result:
    """The file's status if it is a readable regular file; else a French ``InputError``."""
    name = name or display_name(path)
    try:
        info = path.stat()  # follows symlinks; a loop raises ELOOP
    except FileNotFoundError:
        raise _refuse(name, "fichier introuvable") from None
    except PermissionError:
        raise _refuse(name, "fichier inaccessible (droits insuffisants)") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _refuse(name, "lien symbolique en boucle") from None
        if exc.errno == errno.ENAMETOOLONG:
            raise _refuse(name, "nom de fichier trop long") from None
        raise _refuse(name, f"fichier illisible ({exc.strerror or 'erreur système'})") from None
    except ValueError:  # e.g. a NUL byte in the path
        raise _refuse(name, "nom de fichier invalide") from None
    problem = _kind_problem(info.st_mode)
    if problem:
        raise _refuse(name, problem)
    return info


def _kind_problem(mode: int) -> str | None:
    if stat.S_ISDIR(mode):
        return "c'est un dossier ; un fichier est attendu"
    if not stat.S_ISREG(mode):
        return ("ce n'est pas un fichier ordinaire (tube, périphérique ou socket) ; "
                "un fichier texte est attendu")
    return None


def _too_big(name: str, size: int, max_bytes: int) -> InputError:
    return _refuse(name, f"fichier trop gros ({number(size)} octets ; au plus {number(max_bytes)})")


def read_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES, name: str | None = None) -> bytes:
    """At most ``max_bytes`` of a regular file (checked before and while reading).

    The type is checked before opening, and again on the open descriptor (the file may
    have been swapped for a FIFO in between): the open is non-blocking, so a FIFO
    without writer can never hang the reader.
    """
    name = name or display_name(path)
    info = check_regular_file(path, name)
    if info.st_size > max_bytes:
        raise _too_big(name, info.st_size, max_bytes)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError:
        raise _refuse(name, "fichier inaccessible (droits insuffisants)") from None
    except OSError as exc:
        raise _refuse(name, f"fichier illisible ({exc.strerror or 'erreur système'})") from None
    try:
        with os.fdopen(fd, "rb") as handle:
            opened = os.fstat(handle.fileno())
            problem = _kind_problem(opened.st_mode)
            if problem:
                raise _refuse(name, problem)
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _refuse(name, f"fichier illisible ({exc.strerror or 'erreur système'})") from None
    if len(data) > max_bytes:
        raise _refuse(name, f"fichier trop gros (plus de {number(max_bytes)} octets)")
    return data


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text (a leading BOM is dropped); NUL bytes and other encodings are refused."""
    if b"\x00" in data:
        raise _refuse(name, "le fichier contient des octets nuls : ce n'est pas un fichier texte")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError.single(
            name, line, "(encodage)",
            "le fichier n'est pas en UTF-8 (peut-être Latin-1 ou Windows-1252) : "
            "enregistrez-le en UTF-8") from None
    return text


def read_text(path: Path | str, max_bytes: int = MAX_FILE_BYTES, name: str | None = None) -> str:
    """The UTF-8 text of a user's file, or a French ``InputError`` naming it."""
    path = Path(path)
    name = name or display_name(path)
    return decode_text(read_bytes(path, max_bytes, name), name)
