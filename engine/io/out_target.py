"""Checking ``--out`` before any work: never a system path, a link or the user's own files.

The target's folder must exist and be writable; the target must not be (or be inside) a
system folder (``/proc``, ``/sys``, ``/dev``, ``/etc``, ``/usr`` …), a symbolic link, the
current folder or one of its parents. A folder target that exists must be a folder holding
nothing but earlier Pacte results (the file names of :data:`OUTPUT_NAMES`): a folder of the
user's own files is never replaced. A file target that exists must be an ordinary file. Each
refusal is a French ``InputError`` naming ``--out`` (exit code 2). See
:mod:`engine.io.output_dir` for the whole contract.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from enum import StrEnum
from pathlib import Path

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


def refuse(out: Path | str, message: str) -> InputError:
    return InputError.single(str(out), None, "--out", message)


def why(exc: OSError) -> str:
    return _ERRNO_FR.get(exc.errno or 0, f"erreur système n° {exc.errno}")


def is_system(path: Path) -> bool:
    return path == Path("/") or any(path == root or path.is_relative_to(root) for root in SYSTEM_ROOTS)


def file_mode(base: int) -> int:
    """``base`` (0o777 for folders, 0o666 for files) less the process's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return base & ~mask


def target_path(out: Path | str) -> Path:
    """The absolute target (its folder resolved, its own name kept), or a French refusal."""
    text = str(out)
    if not text.strip():
        raise refuse(out, "chemin vide")
    if "\x00" in text:
        raise refuse(out, "chemin invalide (octet nul)")
    path = Path(text).expanduser()
    try:
        if path.name in ("", ".", ".."):
            path = path.resolve()
        parent = path.parent.resolve(strict=True)
    except FileNotFoundError:
        raise refuse(out, f"le dossier {path.parent} n'existe pas ; créez-le d'abord") from None
    except (OSError, RuntimeError) as exc:
        reason = why(exc) if isinstance(exc, OSError) else "lien symbolique en boucle"
        raise refuse(out, f"dossier {path.parent} inaccessible ({reason})") from None
    if not parent.is_dir():
        raise refuse(out, f"{parent} n'est pas un dossier")
    if not path.name:
        raise refuse(out, "la racine du disque ne peut pas recevoir un résultat")
    return parent / path.name


def check_target(out: Path | str, kind: Kind) -> Path:
    """Every check that can be made before the work starts; the absolute target."""
    target = target_path(out)
    parent = target.parent
    if is_system(target) or is_system(parent):
        raise refuse(out, f"{target} est un emplacement système : choisissez un dossier à vous "
                          "(ex. ./resultats)")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise refuse(out, f"impossible d'écrire dans le dossier {parent} (droits insuffisants ou "
                          "disque en lecture seule)")
    check_existing(out, target, kind)
    return target


def check_existing(out: Path | str, target: Path, kind: Kind) -> None:
    try:
        info = target.lstat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise refuse(out, f"{target} inaccessible ({why(exc)})") from None
    if stat.S_ISLNK(info.st_mode):
        raise refuse(out, f"{target} est un lien symbolique : indiquez le {kind} lui-même")
    if kind is Kind.FILE:
        if stat.S_ISDIR(info.st_mode):
            raise refuse(out, f"{target} est un dossier ; un nom de fichier est attendu")
        if not stat.S_ISREG(info.st_mode):
            raise refuse(out, f"{target} n'est pas un fichier ordinaire (tube, périphérique ou "
                              "socket)")
        return
    if not stat.S_ISDIR(info.st_mode):
        raise refuse(out, f"{target} existe et n'est pas un dossier")
    with contextlib.suppress(OSError):
        if Path.cwd().resolve().is_relative_to(target.resolve()):
            raise refuse(out, f"{target} est le dossier courant ou l'un de ses parents : "
                              "choisissez un dossier nouveau")
    try:
        entries = list(os.scandir(target))
    except OSError as exc:
        raise refuse(out, f"dossier {target} illisible ({why(exc)})") from None
    for entry in entries:
        if entry.name not in OUTPUT_NAMES or not entry.is_file(follow_symlinks=False):
            raise refuse(out, f"le dossier {target} existe et contient « {entry.name} », qui "
                              "n'est pas un résultat de Pacte : il n'est pas remplacé ; "
                              "choisissez un dossier nouveau ou vide")
