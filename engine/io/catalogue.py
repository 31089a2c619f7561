"""Loading the catalogue of measures (``rules/catalogue/mesures.yaml``): parsed and validated
once per process while the file is unchanged; French errors naming file, line and field."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from engine.core.paths import REPO
from engine.io.load import read_document
from engine.io.validation import validate
from engine.model.catalogue import Catalogue

CATALOGUE_FILE = REPO / "rules" / "catalogue" / "mesures.yaml"


@lru_cache(maxsize=4)
def _load(path: str, stamp: tuple[int, int]) -> Catalogue:
    found = validate(Catalogue, read_document(Path(path)))
    assert isinstance(found, Catalogue)
    return found


def _stamp(path: Path) -> tuple[int, int]:
    """Modification time and size (a changed file is read again); (0, 0) if unreadable —
    the reader then says in French what is wrong."""
    try:
        info = path.stat()
    except OSError:
        return (0, 0)
    return (info.st_mtime_ns, info.st_size)


def load_catalogue(path: Path | str = CATALOGUE_FILE) -> Catalogue:
    """The catalogue of measures, validated; bad input → ``InputError`` (exit code 2)."""
    path = Path(path)
    return _load(str(path), _stamp(path))
