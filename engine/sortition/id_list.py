"""The ids of a ``--garder`` / ``--exclure`` file: a CSV with an « id » column, or one id a
line, read and checked like a pool's cells (:mod:`engine.sortition.csv_input`)."""

from __future__ import annotations

from itertools import chain
from pathlib import Path

from engine.core.errors import InputError
from engine.io.input_file import read_bytes
from engine.sortition.csv_input import (
    MAX_ID_LIST_BYTES,
    MAX_PEOPLE,
    cell_problem,
    csv_start,
    too_many,
)
from engine.sortition.text import fold


def read_id_list(path: Path | str, name: str | None = None) -> list[tuple[str, int]]:
    """The ids of a ``--garder`` / ``--exclure`` file, each with its line: a CSV with an
    « id » column (comma or semicolon), or one id a line."""
    path = Path(path)
    name = name or str(path)
    return parse_id_list(read_bytes(path, MAX_ID_LIST_BYTES, name), name)


def parse_id_list(raw: bytes, name: str) -> list[tuple[str, int]]:
    """The (id, line) pairs of a list's bytes; the first bad cell is a French error."""
    records, first, delimiter = csv_start(raw, name, "id", "une colonne « id » ou un "
                                          "identifiant par ligne est attendu")
    keys = [fold(c.strip()) for c in first]
    column = keys.index("id") if "id" in keys else None
    rows = records if column is not None else chain([(1, first)], records)
    out: list[tuple[str, int]] = []
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if column is None:  # one id a line: the whole line is the id
            cell = delimiter.join(row)
        elif column < len(row):
            cell = row[column]
        else:
            raise InputError.single(name, line, "id", f"{len(row)} colonne(s) : la colonne « id » "
                                                      f"(n° {column + 1}) manque")
        problem = cell_problem(name, line, "id", cell)
        if problem is not None:
            raise InputError([problem])
        if cell.strip():
            out.append((cell.strip(), line))
        if len(out) > MAX_PEOPLE:
            raise InputError.single(name, line, "id", too_many("identifiants"))
    return out
