"""The pool: a CSV with one row per volunteer, validated against the scenario.

Columns (header on the first line, names case-insensitive, comma or semicolon separated,
UTF-8): ``id`` (unique), ``quartier`` (a quartier of the scenario, accents and dashes
ignored), ``genre`` (``femme``/``homme``; ``F``/``H`` accepted; any other value is kept as
its own gender), ``csp`` (a CSP code of the scenario's demographics, its name or one of
its « alias », e.g. the INSEE group number 1 to 8), ``age``
(whole years; required only when the draw is stratified by age). Other columns are kept
and copied to the panel file. A bad row gives a French error naming the line and column.

Hostile files end in a French ``InputError`` (exit code 2), never a traceback, within
bounded time and memory: the file's type and size are checked before reading
(``engine.io.input_file``), NUL bytes, UTF-16 and other encodings are refused with their line,
malformed CSV (a quote never closed, text after a closing quote, a cell over
:data:`MAX_CELL` characters) names the line and column, and so do ragged rows, duplicate
ids, unknown categories, control characters and cells a spreadsheet would run as a formula
(« =… », « @… », « +… » / « -… » unless a number or phone number). At most
:data:`MAX_PEOPLE` people and :data:`MAX_COLUMNS` columns are read.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from engine.core.errors import InputError, Problem
from engine.io.input_file import decode_text, read_bytes
from engine.model.scenario import Scenario
from engine.sortition.quotas import (
    AGE,
    CSP,
    GENRE,
    MEN,
    QUARTIER,
    QUARTIER_GENRE,
    WOMEN,
    combined_value,
)
from engine.sortition.text import fold

REQUIRED = ("id", QUARTIER, GENRE, CSP)
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

_GENDER_ALIASES = {
    "femme": WOMEN, "f": WOMEN, "feminin": WOMEN, "female": WOMEN, "woman": WOMEN, "femmes": WOMEN,
    "homme": MEN, "h": MEN, "m": MEN, "masculin": MEN, "male": MEN, "man": MEN, "hommes": MEN,
}


@dataclass(frozen=True)
class Person:
    """One volunteer: id, line in the file, feature values (canonical) and every column."""

    id: str
    line: int
    features: dict[str, str]
    columns: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Pool:
    """The volunteers, in file order, with the file's name, header and SHA-256."""

    name: str
    sha256: str
    header: tuple[str, ...]
    people: tuple[Person, ...]

    def __len__(self) -> int:
        return len(self.people)

    def ids(self) -> list[str]:
        return [p.id for p in self.people]

    def by_id(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    def count(self, feature: str, value: str) -> int:
        return sum(1 for p in self.people if p.features.get(feature) == value)

    def without(self, ids: set[str]) -> Pool:
        return Pool(self.name, self.sha256, self.header, tuple(p for p in self.people if p.id not in ids))


def read_pool(path: Path | str, scenario: Scenario, *, need_age: bool = False) -> Pool:
    """Read and validate a pool CSV file (type and size checked before reading)."""
    path = Path(path)
    name = str(path)
    raw = read_bytes(path, MAX_BYTES, name)
    return parse_pool(raw, name, scenario, need_age=need_age)


def _csv_start(raw: bytes, name: str, field: str,
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


def parse_pool(raw: bytes, name: str, scenario: Scenario, *, need_age: bool = False) -> Pool:
    """Validate pool bytes (UTF-8 CSV). Every problem names the line and the column."""
    digest = hashlib.sha256(raw).hexdigest()
    records, header_row, delimiter = _csv_start(raw, name, "(en-tête)", "une ligne d'en-tête "
                                     "« id,quartier,genre,csp » puis une ligne par personne sont attendues")
    header = [h.strip() for h in header_row]
    keys = [fold(h) for h in header]
    _check_header(name, header, keys, need_age)

    matcher = _Matcher(scenario)
    problems: list[Problem] = []
    people: list[Person] = []
    seen: dict[str, int] = {}
    index = {k: i for i, k in enumerate(keys)}
    try:
        for line, row in records:
            if not any(cell.strip() for cell in row):
                continue
            if len(people) >= MAX_PEOPLE:
                raise InputError.single(name, line, "(lignes)", _too_many())
            row_problems = _row_problems(name, line, row, header, delimiter)
            if row_problems:
                problems += row_problems
            else:
                cells = {keys[i]: row[i].strip() for i in range(len(header))}
                person, row_problems = _person(name, line, cells, index, header, row, matcher, need_age)
                problems += row_problems
                if person is not None and person.id in seen:
                    problems.append(Problem(name, line, "id", f"identifiant « {_show(person.id)} » "
                                                              f"déjà utilisé ligne {seen[person.id]}"))
                elif person is not None:
                    seen[person.id] = line
                    people.append(person)
            if len(problems) >= MAX_PROBLEMS:
                break
    except InputError as exc:  # malformed CSV: the problems found so far, then this one
        raise InputError((problems + exc.problems)[:MAX_PROBLEMS]) from None
    if problems:
        raise InputError(problems[:MAX_PROBLEMS])
    if not people:
        raise InputError.single(name, 2, "(lignes)", "aucune personne dans le vivier")
    return Pool(name, digest, tuple(header), tuple(people))


def read_id_list(path: Path | str, name: str | None = None) -> list[tuple[str, int]]:
    """The ids of a ``--garder`` / ``--exclure`` file, each with its line: a CSV with an
    « id » column (comma or semicolon), or one id a line."""
    path = Path(path)
    name = name or str(path)
    return parse_id_list(read_bytes(path, MAX_ID_LIST_BYTES, name), name)


def parse_id_list(raw: bytes, name: str) -> list[tuple[str, int]]:
    records, first, delimiter = _csv_start(raw, name, "id", "une colonne « id » ou un identifiant par "
                                "ligne est attendu")
    keys = [fold(c.strip()) for c in first]
    column = keys.index("id") if "id" in keys else None
    rows = records if column is not None else _chain([(1, first)], records)
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
        problem = _cell_problem(name, line, "id", cell)
        if problem is not None:
            raise InputError([problem])
        if cell.strip():
            out.append((cell.strip(), line))
        if len(out) > MAX_PEOPLE:
            raise InputError.single(name, line, "id", _too_many("identifiants"))
    return out


def _chain(first: list[tuple[int, list[str]]],
           rest: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    yield from first
    yield from rest


def _n(value: int) -> str:
    """A whole number the French way (« 100 000 »)."""
    return f"{value:,}".replace(",", "\u202f")


def _too_many(what: str = "personnes", limit: int | None = None) -> str:
    return (f"plus de {_n(MAX_PEOPLE if limit is None else limit)} {what} : au-delà, le tirage ne tient plus en un temps et "
            "une mémoire raisonnables ; un vivier réel compte quelques centaines à quelques "
            "milliers de volontaires")


def _text(raw: bytes, name: str) -> str:
    """UTF-8 text; a NUL byte is reported with its line and column, UTF-16 named as such."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError.single(name, 1, "(encodage)", "fichier en UTF-16 : enregistrez-le en UTF-8")
    if raw.count(b"\n") > MAX_RECORDS:  # refused before any parsing
        raise InputError.single(name, MAX_RECORDS + 1, "(lignes)", _too_many("lignes", MAX_RECORDS))
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
            raise InputError.single(name, start, "(lignes)", _too_many("lignes", MAX_RECORDS))
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
        message = f"cellule de plus de {_n(csv.field_size_limit())} caractères{hint}"
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


def _row_problems(name: str, line: int, row: list[str], header: list[str], delimiter: str) -> list[Problem]:
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
    found = (_cell_problem(name, line, header[i] or f"colonne {i + 1}", cell) for i, cell in enumerate(row))
    return [p for p in found if p is not None]


def _cell_problem(name: str, line: int, column: str, cell: str) -> Problem | None:
    if len(cell) > MAX_CELL:
        return Problem(name, line, column, f"cellule de {_n(len(cell))} caractères : au plus "
                                           f"{_n(MAX_CELL)}")
    value = cell.strip()
    if _CONTROL.search(value):
        return Problem(name, line, column, "caractère de contrôle (retour à la ligne, tabulation…) "
                                           "dans la cellule")
    if _is_formula(value):
        return Problem(name, line, column, f"« {_show(value)} » ressemble à une formule de tableur "
                                           f"(commence par « {value[0]} ») : refusée, car un tableur "
                                           "l'exécuterait ; retirez ce signe ou faites-le précéder "
                                           "d'une apostrophe (')")
    return None


def _is_formula(value: str) -> bool:
    """« =… » or « @… »; « +… » / « -… » unless it is a number or a phone number."""
    if value.startswith(("=", "@")):
        return True
    return value.startswith(("+", "-")) and _PHONE_OR_NUMBER.fullmatch(value) is None


def _show(value: str, width: int = 40) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def _check_header(name: str, header: list[str], keys: list[str], need_age: bool) -> None:
    found = (_cell_problem(name, 1, f"colonne {i + 1}", cell) for i, cell in enumerate(header))
    problems = [p for p in found if p is not None]
    if problems:
        raise InputError(problems[:MAX_PROBLEMS])
    wanted = list(REQUIRED) + (["age"] if need_age else [])
    for col in wanted:
        if keys.count(col) == 0:
            hint = " (la stratification par âge le demande)" if col == "age" else ""
            problems.append(Problem(name, 1, col, f"colonne « {col} » absente de l'en-tête{hint} ; "
                                                  f"en-tête lu : {', '.join(header) or '(vide)'}"))
    for key, n in Counter(keys).items():
        if n > 1 and key:
            problems.append(Problem(name, 1, key, f"colonne « {key} » présente {n} fois"))
    for derived in (AGE, QUARTIER_GENRE):
        if derived in keys:
            problems.append(Problem(name, 1, derived, f"colonne « {derived} » réservée (calculée par Pacte)"))
    if problems:
        raise InputError(problems)


class _Matcher:
    """Folded spellings → the scenario's canonical quartier names and CSP / age codes."""

    def __init__(self, scenario: Scenario) -> None:
        self.quartiers = {fold(q.name): q.name for q in scenario.commune.quartiers}
        self.quartier_list = ", ".join(q.name for q in scenario.commune.quartiers)
        demo = scenario.commune.demographics
        self.csp: dict[str, str] = {}
        self.csp_list = ""
        self.genders = dict(_GENDER_ALIASES)
        self.bands: list[tuple[str, int, int | None]] = []
        if demo is not None:
            for item in demo.csp.items:
                for spelling in (item.code, item.name, *item.aliases):
                    self.csp[fold(spelling)] = item.code
            self.csp_list = ", ".join(item.code for item in demo.csp.items)
            for item in demo.gender.items:
                for spelling in (item.code, item.name, *item.aliases):
                    self.genders[fold(spelling)] = item.code
            if demo.ages is not None:
                self.bands = [(i.code, i.age_min or 0, i.age_max) for i in demo.ages.items]

    def band(self, age: int) -> str | None:
        for code, low, high in self.bands:
            if age >= low and (high is None or age <= high):
                return code
        return None


def _person(name: str, line: int, cells: dict[str, str], index: dict[str, int], header: list[str],
            row: list[str], m: _Matcher, need_age: bool) -> tuple[Person | None, list[Problem]]:
    problems: list[Problem] = []

    def bad(col: str, msg: str) -> None:
        problems.append(Problem(name, line, col, msg))

    pid = cells["id"]
    if not pid:
        bad("id", "identifiant vide")
    quartier = m.quartiers.get(fold(cells[QUARTIER]))
    if quartier is None:
        bad(QUARTIER, f"quartier inconnu « {cells[QUARTIER]} » — attendu : {m.quartier_list}"
            if cells[QUARTIER] else "quartier vide")
    raw_gender = cells[GENRE]
    gender = m.genders.get(fold(raw_gender), fold(raw_gender)) if raw_gender else None
    if gender is None:
        bad(GENRE, "genre vide — attendu : femme, homme ou une autre valeur")
    csp = m.csp.get(fold(cells[CSP])) if m.csp else (fold(cells[CSP]) or None)
    if csp is None:
        bad(CSP, f"catégorie socio-professionnelle inconnue « {cells[CSP]} » — attendu : {m.csp_list}"
            if cells[CSP] else "catégorie socio-professionnelle vide")
    features = {QUARTIER: quartier or "", GENRE: gender or "", CSP: csp or ""}
    if quartier and gender:
        features[QUARTIER_GENRE] = combined_value(quartier, gender)
    if need_age:
        text = cells.get("age", "")
        try:
            age = int(text)
        except ValueError:
            bad("age", f"âge « {text} » : un nombre entier d'années est attendu" if text else "âge vide")
        else:
            band = m.band(age)
            if band is None or age < 0 or age > 130:
                bad("age", f"âge {age} hors des tranches d'âge du scénario")
            else:
                features[AGE] = band
    if problems:
        return None, problems
    columns = {header[i]: row[i].strip() for i in range(len(header))}
    return Person(pid, line, features, columns), []
