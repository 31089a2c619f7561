"""Reading a user's CSV file (a pool, a list of ids) without ever trusting it.

Hostile files end in a French ``InputError`` (exit code 2), never a traceback, within
bounded time and memory: NUL bytes, UTF-16 and other encodings are refused with their line,
malformed CSV (a quote never closed, text after a closing quote, a cell over
:data:`MAX_CELL` characters) names the line and column, and so do ragged rows, control
characters and cells a spreadsheet would run as a formula (« =… », « @… », « +… » / « -… »
unless a number or phone number). At most :data:`MAX_RECORDS` lines and
:data:`MAX_COLUMNS` columns are read. Comma or semicolon separated, whichever the first
line uses most.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from engine.core.errors import InputError, Problem
from engine.core.fr import number
from engine.io.input_file import decode_text

#: Limits (docs/securite.md): a real pool is a few hundred to a few thousand volunteers.
MAX_PEOPLE = 100_000  # ≈ 5 MB of CSV; parsed and drawn (profils) in about 10 s on 2 cores
MAX_RECORDS = 2 * MAX_PEOPLE  # lines read, blank ones included
MAX_BYTES = 20_000_000  # a pool of 100,000 people with a few free columns
MAX_ID_LIST_BYTES = 2_000_000
MAX_CELL = 1_000  # characters in one cell
MAX_COLUMNS = 100
MAX_PROBLEMS = 20

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SIGNS = frozenset("=@+-")
_PHONE_OR_NUMBER = re.compile(r"[+-][0-9 .,()/+-]*[0-9][0-9 .,()/+-]*")


def csv_start(raw: bytes, name: str, field: str,
               expected: str) -> tuple[Iterator[tuple[int, list[str]]], list[str], str]:
    """The CSV records of a user's file, its first row and its delimiter; an empty file is
    refused."""
    text = _text(raw, name)
    if not text.strip():
        raise InputError.single(name, 1, field, "fichier vide : " + expected)
    delimiter = _delimiter(text)
    records = _records(text, name, delimiter)
    _line, first = next(records, (1, []))
    return records, first, delimiter


def whole_number(value: int) -> str:
    """A whole number the French way (« 100 000 »)."""
    return number(value)


def too_many(what: str = "personnes", limit: int | None = None) -> str:
    return (f"plus de {whole_number(MAX_PEOPLE if limit is None else limit)} {what} : au-delà, le tirage ne tient plus en un temps et "
            "une mémoire raisonnables ; un vivier réel compte quelques centaines à quelques "
            "milliers de volontaires")


def _text(raw: bytes, name: str) -> str:
    """UTF-8 text; a NUL byte is reported with its line and column, UTF-16 named as such."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError.single(name, 1, "(encodage)", "fichier en UTF-16 : enregistrez-le en UTF-8")
    if raw.count(b"\n") > MAX_RECORDS:  # refused before any parsing
        raise InputError.single(name, MAX_RECORDS + 1, "(lignes)", too_many("lignes", MAX_RECORDS))
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw.count(b"\n", 0, nul) + 1
        start = raw.rfind(b"\n", 0, nul) + 1
        head = raw[: raw.find(b"\n") if b"\n" in raw else len(raw)].decode("utf-8", "replace")
        before = raw[start:nul].decode("utf-8", "replace")
        delimiter = _delimiter(head)
        header = _cells(head, delimiter)
        index = len(_cells(before, delimiter)) - 1 if before else 0
        column = header[index].strip() if index < len(header) and line > 1 else f"colonne {index + 1}"
        raise InputError.single(name, line, column or f"colonne {index + 1}",
                                "octet nul (\\0) dans la cellule : ce n'est pas un fichier texte "
                                "(tableur enregistré dans un autre format ?)")
    return decode_text(raw, name)


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    return ";" if first.count(";") > first.count(",") else ","


def _records(text: str, name: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(first line, cells) of each CSV record; malformed CSV is a French ``InputError``."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    lines = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError([_csv_problem(name, text, start, delimiter, str(exc))]) from None
        lines += 1
        if lines > MAX_RECORDS:
            raise InputError.single(name, start, "(lignes)", too_many("lignes", MAX_RECORDS))
        if len(row) > MAX_COLUMNS:
            raise InputError.single(name, start, "(colonnes)", f"{len(row)} colonnes : au plus "
                                                               f"{MAX_COLUMNS} sont lues")
        yield start, row


def _csv_problem(name: str, text: str, line: int, delimiter: str, error: str) -> Problem:
    """The csv module's (English) error as a French problem naming the line and column."""
    physical = _physical_line(text, line)
    header = _cells(text.split("\n", 1)[0], delimiter)
    index = _bad_quote_cell(physical, delimiter)
    column = header[index].strip() if line > 1 and index < len(header) else f"colonne {index + 1}"
    if "field larger than field limit" in error:
        hint = " (guillemet « \" » jamais refermé ?)" if '"' in physical else ""
        message = f"cellule de plus de {whole_number(csv.field_size_limit())} caractères{hint}"
    elif "unexpected end of data" in error:
        message = "guillemet « \" » ouvert dans cette cellule et jamais refermé"
    elif "expected after" in error:
        message = (f"guillemet « \" » mal placé : après un guillemet fermant, le séparateur "
                   f"« {delimiter} » ou la fin de ligne est attendu")
    else:
        message = "CSV mal formé (guillemets ou séparateurs)"
    return Problem(name, line, column or f"colonne {index + 1}", message)


def _physical_line(text: str, line: int) -> str:
    """Line number ``line`` (from 1) of ``text``, without splitting the whole text."""
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def _bad_quote_cell(line: str, delimiter: str) -> int:
    """Index of the cell of ``line`` where quoting goes wrong: a quote never closed, or text
    after a closing quote (else the last cell). Only for naming the column in an error."""
    index, quoted, start, i = 0, False, True, 0
    while i < len(line):
        char = line[i]
        if quoted and char == '"':
            if line[i + 1: i + 2] == '"':
                i += 1  # an escaped quote
            elif line[i + 1: i + 2] not in ("", delimiter, "\r"):
                return index  # text after the closing quote
            else:
                quoted = False
        elif char == '"' and start:
            quoted = True
        elif char == delimiter and not quoted:
            index += 1
            start = True
            i += 1
            continue
        start = False
        i += 1
    return index


def _cells(line: str, delimiter: str) -> list[str]:
    """The cells of one physical line, for naming a column in an error (never raises)."""
    try:
        return next(csv.reader([line], delimiter=delimiter), [""])
    except csv.Error:  # e.g. an unclosed quote holding a cell over the csv module's limit
        return line.split(delimiter)


def row_problems(name: str, line: int, row: list[str], header: list[str], delimiter: str) -> list[Problem]:
    """Shape and cell checks of one row: its length, then each cell (size, control
    characters, spreadsheet formulas)."""
    if len(row) != len(header):
        missing = ", ".join(h for h in header[len(row):]) if len(row) < len(header) else ""
        detail = f" ; manque : {missing}" if missing else ""
        return [Problem(name, line, "(ligne)", f"{len(row)} colonnes au lieu de {len(header)} "
                                               f"(séparateur « {delimiter} »){detail}")]
    if (len(max(row, key=len)) <= MAX_CELL and _CONTROL.search("".join(row)) is None
            and not any(cell.lstrip()[:1] in _SIGNS for cell in row)):
        return []  # the common case, checked in one pass
    found = (cell_problem(name, line, header[i] or f"colonne {i + 1}", cell) for i, cell in enumerate(row))
    return [p for p in found if p is not None]


def cell_problem(name: str, line: int, column: str, cell: str) -> Problem | None:
    if len(cell) > MAX_CELL:
        return Problem(name, line, column, f"cellule de {whole_number(len(cell))} caractères : au plus "
                                           f"{whole_number(MAX_CELL)}")
    value = cell.strip()
    if _CONTROL.search(value):
        return Problem(name, line, column, "caractère de contrôle (retour à la ligne, tabulation…) "
                                           "dans la cellule")
    if _is_formula(value):
        return Problem(name, line, column, f"« {show(value)} » ressemble à une formule de tableur "
                                           f"(commence par « {value[0]} ») : refusée, car un tableur "
                                           "l'exécuterait ; retirez ce signe ou faites-le précéder "
                                           "d'une apostrophe (')")
    return None


def _is_formula(value: str) -> bool:
    """« =… » or « @… »; « +… » / « -… » unless it is a number or a phone number."""
    if value.startswith(("=", "@")):
        return True
    return value.startswith(("+", "-")) and _PHONE_OR_NUMBER.fullmatch(value) is None


def show(value: str, width: int = 40) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"
