"""What makes a draw re-runnable: the seed, the versions, the inputs' fingerprints.

The output folder is written all at once by ``engine.io.output_dir`` (shared by every command).
"""

from __future__ import annotations

import hashlib
import secrets
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from engine.core.errors import InputError

MAX_SEED = 2**63 - 1


@dataclass(frozen=True)
class Seed:
    """The public seed as written (any text) and the integer the generators use (≥ 1).

    A whole number written as such (« 20260412 ») is used as is, so the library's own
    ``random_number_seed`` setting can reproduce a library draw; any other text (« loto du
    12 avril : 3 14 25 31 47 ») goes through SHA-256.
    """

    text: str
    value: int

    def derived(self, label: str) -> int:
        """An independent seed for a sub-task (e.g. one Monte-Carlo run)."""
        return _hash_int(f"{self.text}|{label}")


def make_seed(text: str | None) -> Seed:
    """The seed from the command line, or a fresh one (recorded, so the draw can be re-run)."""
    if text is None:
        text = str(secrets.randbelow(10**12 - 1) + 1)
    text = text.strip()
    if not text:
        raise InputError.single("--graine", None, "graine", "graine vide")
    if text.isdigit() and 0 < int(text) <= MAX_SEED:
        return Seed(text, int(text))
    return Seed(text, _hash_int(text))


def _hash_int(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:16], 16) % MAX_SEED + 1


def sha256_file(path: Path | str) -> str:
    """The SHA-256 of a user's file, read through ``engine.io.input_file`` (type and size checked)."""
    from engine.io.input_file import read_bytes

    return hashlib.sha256(read_bytes(Path(path))).hexdigest()


def versions() -> dict[str, str]:
    """Versions that decide the outcome of a draw (solver, generators, library)."""
    out = {"python": sys.version.split()[0]}
    for package in ("pacte", "sortition-algorithms", "numpy", "scipy", "highspy"):
        try:
            out[package] = version(package)
        except PackageNotFoundError:
            out[package] = "absent"
    return out
