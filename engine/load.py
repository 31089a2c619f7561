"""YAML (safe, YAML 1.2, with line positions) → pydantic models, with French errors.

A bad file never gives a traceback: every problem names the file, the line, the field and
what is expected, and the caller exits with code 2.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from engine.errors import InputError, Problem

REPO = Path(__file__).resolve().parent.parent
PACTS_DIR = REPO / "rules" / "pactes"
SCENARIOS_DIR = REPO / "scenarios"
DEFAULT_PACT = PACTS_DIR / "chambery-2026.yaml"
DEFAULT_SCENARIO = SCENARIOS_DIR / "chambery.yaml"
MAX_FILE_BYTES = 2_000_000

Path_ = tuple[str | int, ...]


@dataclass
class Document:
    """Plain data read from a YAML file, with the line of every node (1-based)."""

    name: str
    data: Any
    lines: dict[Path_, int]
    overridden: dict[str, str] = field(default_factory=dict)

    def line_of(self, path: Iterable[str | int]) -> int | None:
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


def _plain(node: Any, path: Path_, lines: dict[Path_, int]) -> Any:
    """Convert ruamel round-trip nodes to plain Python, recording line numbers."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, CommentedMap):
        lines.setdefault(path, node.lc.line + 1)
        out: dict[Any, Any] = {}
        for key in node:
            k = _plain_scalar(key)
            try:
                line, _col = node.lc.key(key)
                lines[path + (str(k),)] = line + 1
            except (KeyError, TypeError, AttributeError):
                pass
            out[k] = _plain(node[key], path + (str(k),), lines)
        return out
    if isinstance(node, CommentedSeq):
        lines.setdefault(path, node.lc.line + 1)
        items = []
        for i, item in enumerate(node):
            try:
                line, _col = node.lc.item(i)
                lines[path + (i,)] = line + 1
            except (KeyError, TypeError, AttributeError):
                pass
            items.append(_plain(item, path + (i,), lines))
        return items
    return _plain_scalar(node)


def _plain_scalar(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, dt.datetime):
        return value.date() if (value.hour, value.minute, value.second) == (0, 0, 0) else value
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return value


def parse_yaml(text: str, name: str) -> Document:
    """Parse YAML 1.2 text (no `no`→False, no octal `052`) keeping line positions."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="rt")
    yaml.version = (1, 2)
    yaml.allow_duplicate_keys = False
    try:
        node = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = (exc.problem or exc.context or "syntaxe").strip()
        dup = re.match(r'found duplicate key "(.*?)"', what)
        if dup:
            raise InputError.single(name, line, dup.group(1),
                                    f"YAML mal formé : clé « {dup.group(1)} » en double") from None
        raise InputError.single(name, line, "(syntaxe YAML)", f"YAML mal formé : {what}") from None
    except YAMLError as exc:
        raise InputError.single(name, None, "(syntaxe YAML)", f"YAML mal formé : {exc}") from None
    except ValueError as exc:  # e.g. an impossible date such as 2026-02-30
        raise _impossible_date(yaml, text, name) or InputError.single(
            name, None, "(valeur)", f"valeur impossible : {exc}") from None
    lines: dict[Path_, int] = {}
    data = _plain(node, (), lines)
    return Document(name=name, data=data, lines=lines)


def display_name(path: Path) -> str:
    """A file name as the user would type it: relative to the current folder when inside it."""
    import os

    resolved = path.resolve()
    try:
        rel = os.path.relpath(resolved)
    except ValueError:
        return str(resolved)
    return rel if not rel.startswith("..") else str(resolved)


def _impossible_date(yaml: Any, text: str, name: str) -> InputError | None:
    """Find the scalar YAML reads as a date but that does not exist (2026-02-30), and name
    its line and field. The document is composed again (nodes only, nothing constructed)."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    try:
        root = yaml.compose(text)
    except Exception:  # the text was already parsed once; give up on a second failure
        return None

    def bad(node: Any) -> bool:
        if not isinstance(node, ScalarNode) or not str(node.tag).endswith(":timestamp"):
            return False
        try:
            dt.date.fromisoformat(str(node.value)[:10])
        except ValueError:
            return True
        return False

    def walk(node: Any, path: tuple[str, ...]) -> InputError | None:
        pairs: list[tuple[Any, tuple[str, ...]]] = []
        if isinstance(node, MappingNode):
            for key, value in node.value:
                pairs += [(key, path + (str(key.value),)), (value, path + (str(key.value),))]
        elif isinstance(node, SequenceNode):
            pairs = [(item, path + (str(i + 1),)) for i, item in enumerate(node.value)]
        for child, child_path in pairs:
            if bad(child):
                return InputError.single(
                    name, child.start_mark.line + 1, ".".join(child_path) or "(racine)",
                    f"date impossible « {child.value} » — attendu : une date réelle AAAA-MM-JJ")
            found = walk(child, child_path)
            if found is not None:
                return found
        return None

    return walk(root, ())


def read_document(path: Path | str) -> Document:
    path = Path(path)
    name = display_name(path)
    if not path.exists():
        raise InputError.single(name, None, "(fichier)", "fichier introuvable")
    if path.is_dir():
        raise InputError.single(name, None, "(fichier)", "c'est un dossier, un fichier YAML est attendu")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InputError.single(name, None, "(fichier)", f"fichier trop gros (plus de {MAX_FILE_BYTES} octets)")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError.single(name, None, "(fichier)", "le fichier n'est pas en UTF-8") from None
    return parse_yaml(text, name)


# --- pydantic errors in French --------------------------------------------------------

_MESSAGES = {
    "missing": "champ obligatoire absent",
    "extra_forbidden": "champ inconnu (clause ou clé non prévue par le schéma)",
    "int_type": "un nombre entier est attendu",
    "int_parsing": "un nombre entier est attendu",
    "int_from_float": "un nombre entier est attendu (sans décimales)",
    "float_type": "un nombre est attendu",
    "float_parsing": "un nombre est attendu",
    "bool_type": "un booléen est attendu (true ou false)",
    "bool_parsing": "un booléen est attendu (true ou false)",
    "string_type": "un texte est attendu",
    "date_type": "une date AAAA-MM-JJ est attendue",
    "date_parsing": "une date AAAA-MM-JJ est attendue",
    "date_from_datetime_parsing": "une date AAAA-MM-JJ est attendue",
    "list_type": "une liste est attendue",
    "tuple_type": "une liste est attendue",
    "dict_type": "un dictionnaire (clé: valeur) est attendu",
    "model_type": "un bloc de clés est attendu",
    "model_attributes_type": "un bloc de clés est attendu",
    "string_too_short": "le texte ne peut pas être vide",
    "string_pattern_mismatch": "format invalide",
}


def _num(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _french(err: dict[str, Any]) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    got = err.get("input")
    shown = "" if isinstance(got, (dict, list)) or got is None else f" (reçu : {got!r})"
    if kind in ("less_than_equal", "less_than"):
        op = "≤" if kind == "less_than_equal" else "<"
        return f"valeur trop grande{shown} — attendu : une valeur {op} {_num(ctx.get('le', ctx.get('lt')))}"
    if kind in ("greater_than_equal", "greater_than"):
        op = "≥" if kind == "greater_than_equal" else ">"
        return f"valeur trop petite{shown} — attendu : une valeur {op} {_num(ctx.get('ge', ctx.get('gt')))}"
    if kind == "literal_error":
        return f"valeur non prévue{shown} — attendu : {ctx.get('expected', '')}"
    if kind == "value_error":
        msg = str(ctx.get("error", err.get("msg", "")))
        return msg.removeprefix("Value error, ")
    if kind == "string_pattern_mismatch":
        return f"format invalide{shown} — attendu : {ctx.get('pattern', '')}"
    base = _MESSAGES.get(kind)
    if base:
        return base + (shown if kind not in ("missing", "extra_forbidden") else "")
    return f"{err.get('msg', kind)}{shown}"


def _clean_loc(loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """Drop pydantic's union/generic tags (e.g. 'PetitionClause', 'function-after[...]')."""
    out: list[str | int] = []
    for part in loc:
        if isinstance(part, int):
            out.append(part)
        elif isinstance(part, str) and ("[" in part or part.startswith("function-")):
            continue
        elif isinstance(part, dt.date):
            out.append(part.isoformat())
        else:
            out.append(str(part))
    return tuple(out)


def validate(model: type[BaseModel], doc: Document, field_prefix: str = "") -> Any:
    """Validate a document against a model; French problems with file and line."""
    if not isinstance(doc.data, dict):
        raise InputError.single(doc.name, 1, "(racine)", "le fichier doit contenir un bloc de clés")
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = _clean_loc(err["loc"])
            dotted = ".".join(str(p + 1) if isinstance(p, int) else p for p in loc) or "(racine)"
            problems.append(Problem(doc.name, doc.line_of(loc), field_prefix + dotted, _french(err)))
        raise InputError(problems) from None


# --- pacts, scenarios and overrides ---------------------------------------------------

SCENARIO_KEYS = ("scenario", "commune", "mandat", "elections", "surcharges", "hypotheses",
                 "score_liste_gagnante_pct", "sieges_conseil")


def parse_override(text: str) -> tuple[str, Any]:
    """« chemin.vers.champ=valeur » → (path, YAML 1.2 value)."""
    if "=" not in text:
        raise InputError.single("--set", None, text, "forme attendue : CHEMIN=VALEUR")
    path, raw = text.split("=", 1)
    path = path.strip()
    if not path:
        raise InputError.single("--set", None, text, "chemin vide avant « = »")
    doc = parse_yaml(raw if raw.strip() else "''", f"--set {path}")
    return path, doc.data


def set_path(data: dict[str, Any], dotted: str, value: Any, origin: str) -> None:
    """Set ``value`` at a dotted path (list items counted from 1). A cited parameter
    (a block with « valeur » or « valeurs ») gets a new undated « valeur »."""
    parts = dotted.split(".")
    node: Any = data
    for depth, part in enumerate(parts):
        last = depth == len(parts) - 1
        if isinstance(node, list):
            if not part.isdigit() or not 1 <= int(part) <= len(node):
                raise InputError.single(origin, None, dotted,
                                        f"indice « {part} » hors de la liste (1 à {len(node)})")
            key: Any = int(part) - 1
        elif isinstance(node, dict):
            key = part
            if key not in node and not last:
                raise InputError.single(origin, None, dotted, f"chemin inconnu : « {part} » n'existe pas")
        else:
            raise InputError.single(origin, None, dotted, f"« {part} » : ce champ n'a pas de sous-champs")
        if last:
            if isinstance(node, dict) and key in ("valeur", "valeurs"):
                node.pop("valeurs" if key == "valeur" else "valeur", None)
            target = node[key] if (isinstance(node, dict) and key in node) or isinstance(node, list) else None
            if isinstance(target, dict) and ("valeur" in target or "valeurs" in target) and not isinstance(value, dict):
                target.pop("valeurs", None)
                target["valeur"] = value
            else:
                node[key] = value
            return
        node = node[key]


def _apply(doc: Document, overrides: list[tuple[str, Any]], origin: str) -> None:
    for path, value in overrides:
        set_path(doc.data, path, value, origin)
        doc.overridden[path] = origin


def _blame_overrides(doc: Document, exc: InputError) -> InputError:
    """Problems on an overridden field name the override (« --set »), not the file line."""
    fixed = []
    for p in exc.problems:
        origin = next((o for path, o in doc.overridden.items()
                       if p.field == path or p.field.startswith(path + ".")), None)
        fixed.append(Problem(origin, None, p.field, p.message) if origin else p)
    return InputError(fixed)


def validate_doc(model: type[BaseModel], doc: Document) -> Any:
    try:
        return validate(model, doc)
    except InputError as exc:
        raise _blame_overrides(doc, exc) from None


def load_pact(path: Path | str | None = None, overrides: list[tuple[str, Any]] = ()):  # type: ignore[assignment]
    """Read and validate a pact file; overrides are applied before validation."""
    from engine.model.pact import Pact

    doc = read_document(resolve_pact(path))
    _apply(doc, list(overrides), "--set")
    return validate_doc(Pact, doc)


def resolve_pact(ref: Path | str | None, base: Path | None = None) -> Path:
    """A pact by file path, or by id among the bundled pacts (``chambery-2026``)."""
    if ref is None:
        return DEFAULT_PACT
    candidate = Path(ref)
    if base is not None and not candidate.is_absolute():
        rel = base / candidate
        if rel.exists():
            return rel
    if candidate.exists():
        return candidate
    bundled = PACTS_DIR / f"{ref}.yaml"
    if bundled.exists():
        return bundled
    return candidate


def resolve_scenario(ref: Path | str | None) -> Path:
    if ref is None:
        return DEFAULT_SCENARIO
    candidate = Path(ref)
    if candidate.exists():
        return candidate
    bundled = SCENARIOS_DIR / f"{ref}.yaml"
    return bundled if bundled.exists() else candidate


def split_overrides(overrides: list[tuple[str, Any]]) -> tuple[list[tuple[str, Any]], list[tuple[str, Any]]]:
    """Overrides for the scenario (commune, mandat…) and for the pact (its clauses)."""
    scen = [(p, v) for p, v in overrides if p.split(".", 1)[0] in SCENARIO_KEYS]
    pact = [(p, v) for p, v in overrides if p.split(".", 1)[0] not in SCENARIO_KEYS]
    return scen, pact


def load_context(
    scenario: Path | str | None = None,
    pact: Path | str | None = None,
    overrides: list[tuple[str, Any]] = (),  # type: ignore[assignment]
):
    """The (scenario, pact) pair every command works on.

    The scenario names its pact; an explicit ``pact`` replaces it. The scenario's own
    « surcharges » apply to the pact first, then the command line's ``--set``.
    """
    from engine.model.pact import Pact
    from engine.model.scenario import Scenario

    scen_over, pact_over = split_overrides(list(overrides))
    scen_path = resolve_scenario(scenario)
    sdoc = read_document(scen_path)
    _apply(sdoc, scen_over, "--set")
    scen = validate_doc(Scenario, sdoc)
    pact_path = resolve_pact(pact if pact is not None else scen.info.pact, base=scen_path.parent)
    pdoc = read_document(pact_path)
    _apply(pdoc, [(k, v) for k, v in scen.overrides.items()], f"{scen_path} (surcharges)")
    _apply(pdoc, pact_over, "--set")
    pact = validate_doc(Pact, pdoc)
    try:
        check_dates_in_mandate(pact, scen, pdoc)
    except InputError as exc:
        raise _blame_overrides(pdoc, exc) from None
    return scen, pact


def check_dates_in_mandate(pact: Any, scen: Any, doc: Document) -> None:
    """A dated value of the pact must start within the mandate (or before it: in force at
    the start). A date after the next renewal is an error naming file, line and field."""
    problems = []
    for key, clause in pact.clauses().items():
        for pkey, param in clause.params().items():
            for day, _value in param.changes():
                if day > scen.mandate.end:
                    path = (key, pkey, "valeurs", day.isoformat())
                    problems.append(Problem(
                        doc.name, doc.line_of(path), f"{key}.{pkey}.valeurs.{day.isoformat()}",
                        f"date hors du mandat : le mandat court du {scen.mandate.start.isoformat()} "
                        f"au {scen.mandate.end.isoformat()}"))
    if problems:
        raise InputError(problems)
