"""Reading national data: a file of ``rules/national/`` validated into its model, cached.

``load_national("prix.yaml", Prices)`` reads the national unit prices; any other file of
the folder is read the same way with its own model (``load_national("elections.yaml",
Elections)``). A bad file gives the French errors of :func:`engine.io.load.read_document`
and :func:`engine.io.validation.validate` (file, line, field, what is expected), never a
traceback.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from engine.core.paths import REPO
from engine.io.load import read_document
from engine.io.validation import validate
from engine.model.national import CostDefaults, Prices

NATIONAL_DIR = REPO / "rules" / "national"
PRICES_FILE = "prix.yaml"
COST_DEFAULTS_FILE = "couts_par_defaut.yaml"

M = TypeVar("M", bound=BaseModel)


@lru_cache(maxsize=16)
def _load(path: str, stamp: tuple[int, int], model: type[BaseModel]) -> BaseModel:
    return validate(model, read_document(Path(path)))


def _stamp(path: Path) -> tuple[int, int]:
    """The file's modification time and size (a changed file is read again); (0, 0) when it
    cannot be read — the reader then says in French what is wrong."""
    try:
        info = path.stat()
    except OSError:
        return (0, 0)
    return (info.st_mtime_ns, info.st_size)


def load_national(name: str, model: type[M], directory: Path | str | None = None) -> M:
    """The file ``name`` of ``directory`` (``rules/national`` by default) validated into
    ``model``; cached per file while it is unchanged. Bad input → ``InputError``."""
    path = Path(directory) if directory is not None else NATIONAL_DIR
    path = path / name
    found = _load(str(path), _stamp(path), model)
    assert isinstance(found, model)
    return found


def load_prices(directory: Path | str | None = None) -> Prices:
    """The national unit prices (``rules/national/prix.yaml``)."""
    return load_national(PRICES_FILE, Prices, directory)


def load_cost_defaults(directory: Path | str | None = None) -> CostDefaults:
    """The documented cost defaults (``rules/national/couts_par_defaut.yaml``)."""
    return load_national(COST_DEFAULTS_FILE, CostDefaults, directory)
