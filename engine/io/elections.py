"""Reading the national electoral calendar ``rules/national/elections.yaml`` into an
:class:`~engine.model.elections.ElectoralCalendar` (cached per file while it is unchanged),
with French errors naming file, line and field."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from engine.core.paths import REPO
from engine.io.load import read_document
from engine.io.validation import validate
from engine.model.elections import ElectoralCalendar
from engine.model.scenario import ElectionWindow

ELECTIONS_FILE = REPO / "rules" / "national" / "elections.yaml"
#: How the outputs name the origin of a national election's dates.
NATIONAL_CALENDAR_FR = "calendrier électoral national de Pacte (dates des scrutins nationaux)"


@lru_cache(maxsize=4)
def _load(path: str, stamp: tuple[int, int]) -> ElectoralCalendar:
    return validate(ElectoralCalendar, read_document(Path(path)))


def load_electoral_calendar(path: Path | str | None = None) -> ElectoralCalendar:
    """The national electoral calendar, validated (``InputError`` in French if it is bad)."""
    file = Path(path) if path is not None else ELECTIONS_FILE
    try:
        info = file.stat()
        stamp = (info.st_mtime_ns, info.st_size)
    except OSError:
        return validate(ElectoralCalendar, read_document(file))  # the reader says what is wrong
    return _load(str(file), stamp)


def national_election_windows(path: Path | str | None = None) -> list[ElectionWindow]:
    """The national elections as election windows (``origine: national``) for every scenario."""
    return load_electoral_calendar(path).windows()
