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
(``engine.io.input_file``), the CSV itself is read by :mod:`engine.sortition.csv_input`
(encodings, malformed CSV, ragged rows, control characters, spreadsheet formulas), and this
module adds duplicate ids and unknown categories. At most :data:`MAX_PEOPLE` people are read.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from engine.core.errors import InputError, Problem
from engine.io.input_file import read_bytes
from engine.model.scenario import Scenario
from engine.sortition.csv_input import (
    MAX_BYTES,
    MAX_PEOPLE,
    MAX_PROBLEMS,
    cell_problem,
    csv_start,
    row_problems,
    show,
    too_many,
)
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

__all__ = ["MAX_BYTES", "MAX_PEOPLE", "Person", "Pool", "parse_pool", "read_pool"]

REQUIRED = ("id", QUARTIER, GENRE, CSP)

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


def parse_pool(raw: bytes, name: str, scenario: Scenario, *, need_age: bool = False) -> Pool:
    """Validate pool bytes (UTF-8 CSV). Every problem names the line and the column."""
    digest = hashlib.sha256(raw).hexdigest()
    records, header_row, delimiter = csv_start(raw, name, "(en-tête)", "une ligne d'en-tête "
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
                raise InputError.single(name, line, "(lignes)", too_many(limit=MAX_PEOPLE))
            found = row_problems(name, line, row, header, delimiter)
            if found:
                problems += found
            else:
                cells = {keys[i]: row[i].strip() for i in range(len(header))}
                person, found = _person(name, line, cells, index, header, row, matcher, need_age)
                problems += found
                if person is not None and person.id in seen:
                    problems.append(Problem(name, line, "id", f"identifiant « {show(person.id)} » "
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


def _check_header(name: str, header: list[str], keys: list[str], need_age: bool) -> None:
    found = (cell_problem(name, 1, f"colonne {i + 1}", cell) for i, cell in enumerate(header))
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
