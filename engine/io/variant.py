"""A what-if variant: a pact and a scenario given as YAML text, plus « CHEMIN=VALEUR » overrides.

This is `engine.io.load.load_context` for inputs that are not files on disk (an uploaded pact,
the dashboard's edits): the same parser, the same override syntax (`parse_override`, the
CLI's ``--set``), the same order (the scenario's own « surcharges », then the overrides)
and the same validation, so an edit is accepted or refused exactly as in a file.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from engine.core.errors import InputError
from engine.core.paths import DEFAULT_PACT, DEFAULT_SCENARIO, PACTS_DIR, SCENARIOS_DIR
from engine.io.context import law_context, require_block
from engine.io.input_file import decode_text, read_text
from engine.io.load import MAX_FILE_BYTES, Document, parse_yaml
from engine.io.overrides import parse_override, set_path, split_overrides
from engine.io.validation import validate
from engine.io.yaml_guard import MAX_NUMBER, check_yaml_events


def format_value(value: Any) -> str:
    """A value as the right-hand side of « CHEMIN=VALEUR » (YAML 1.2 flow, JSON-compatible)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < MAX_NUMBER else repr(value)
    text = json.dumps(value, ensure_ascii=False, default=str)
    # YAML refuses raw DEL and C1 control characters that JSON leaves as they are.
    return "".join(f"\\u{ord(c):04x}" if 0x7F <= ord(c) <= 0x9F else c for c in text)


def override(path: str, value: Any) -> str:
    """One override in the CLI's syntax: ``votation_propositionnelle.seuil_pct=2``."""
    return f"{path}={format_value(value)}"


def parse_overrides(items: tuple[str, ...] | list[str]) -> list[tuple[str, Any]]:
    return [parse_override(item) for item in items]


ASSUMPTIONS_PREFIX = "hypotheses."


def is_assumption(item: str) -> bool:
    """« hypotheses.<clé>=… » edits the simulation's behaviour assumptions, not the files."""
    return item.startswith(ASSUMPTIONS_PREFIX)


def file_overrides(items: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(i for i in items if not is_assumption(i))


def assumption_overrides(items: tuple[str, ...] | list[str]) -> list[tuple[str, Any]]:
    return parse_overrides([i for i in items if is_assumption(i)])


def bundled_pacts() -> dict[str, str]:
    """The bundled pacts, id → file name."""
    return {p.stem: p.name for p in sorted(PACTS_DIR.glob("*.yaml"))}


def bundled_scenarios() -> dict[str, str]:
    return {p.stem: p.name for p in sorted(SCENARIOS_DIR.glob("*.yaml"))}


def bundled_text(kind: str, ident: str) -> tuple[str, str]:
    """(text, display name) of a bundled pact (kind « pacte ») or scenario (« scenario »)."""
    folder, default = (PACTS_DIR, DEFAULT_PACT) if kind == "pacte" else (SCENARIOS_DIR,
                                                                       DEFAULT_SCENARIO)
    plain_id = re.fullmatch(r"[\w-]{1,100}", ident) is not None
    path = folder / f"{ident if plain_id else '_'}.yaml"
    if not plain_id or not path.is_file() or path.parent != folder:
        known = ", ".join(p.stem for p in sorted(folder.glob("*.yaml")))
        raise InputError.single(ident, None, f"({kind})",
                                f"{kind} fourni inconnu — attendu l'un de : {known or default.stem}")
    shown = f"{folder.name}/{path.name}"
    return read_text(path, MAX_FILE_BYTES, shown), shown


def decode_upload(data: bytes, name: str) -> str:
    """An uploaded file's text, with the same limits as a file on disk (size cap, UTF-8
    only, BOM dropped, NUL refused: :func:`engine.io.input_file.decode_text`)."""
    if len(data) > MAX_FILE_BYTES:
        raise InputError.single(name, None, "(fichier)",
                                f"fichier trop gros ({len(data)} octets, au plus {MAX_FILE_BYTES})")
    if not data.strip():
        raise InputError.single(name, None, "(fichier)", "le fichier est vide")
    return decode_text(data, name)


@lru_cache(maxsize=16)
def _parsed(text: str, name: str) -> Document:
    """Parse once per text (ruamel's round-trip parser is the slow step, ~90 ms for the
    bundled pact); callers get a deep copy they may modify."""
    return parse_yaml(text, name)


def parse_copy(text: str, name: str) -> Document:
    doc = _parsed(text, name)
    return Document(doc.name, copy.deepcopy(doc.data), doc.lines)


@dataclass(frozen=True)
class Texts:
    """The inputs of a variant: the pact and scenario texts with their display names."""

    pact_text: str
    pact_name: str
    scenario_text: str
    scenario_name: str


def load_texts(texts: Texts, overrides: tuple[str, ...] | list[str] = ()):  # noqa: ANN201
    """(scenario, pact) from YAML texts and « CHEMIN=VALEUR » overrides; InputError if bad.
    « hypotheses.* » overrides are left to the simulation (``assumption_overrides``)."""
    from engine.model.pact import Pact
    from engine.model.scenario import Scenario

    scen_over, pact_over = split_overrides(parse_overrides(file_overrides(overrides)))
    sdoc = parse_copy(texts.scenario_text, texts.scenario_name)
    require_block(sdoc, "scenario", "scénario")
    for path, value in scen_over:
        set_path(sdoc.data, path, value, "modification")
    scen = validate(Scenario, sdoc, context=law_context())
    pdoc = parse_copy(texts.pact_text, texts.pact_name)
    require_block(pdoc, "pacte", "pacte")
    for path, value in scen.overrides.items():
        set_path(pdoc.data, path, value, f"{texts.scenario_name} (surcharges)")
    for path, value in pact_over:
        set_path(pdoc.data, path, value, "modification")
    return scen, validate(Pact, pdoc)


def load_pact_text(text: str, name: str, overrides: tuple[str, ...] | list[str] = ()):  # noqa: ANN201
    """A pact alone from its text (for an upload or a comparison)."""
    from engine.model.pact import Pact

    doc = parse_copy(text, name)
    require_block(doc, "pacte", "pacte")
    for path, value in parse_overrides(tuple(overrides)):
        set_path(doc.data, path, value, "modification")
    return validate(Pact, doc)


def edited_yaml(text: str, overrides: tuple[str, ...] | list[str]) -> str:
    """The pact's YAML with the overrides written in, comments and order kept."""
    import io

    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedSeq

    _, pact_over = split_overrides(parse_overrides(tuple(overrides)))
    yaml = YAML(typ="rt")
    yaml.version = (1, 2)
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    check_yaml_events(text, "pacte")  # no bomb, tag or directive reaches the loader below
    data = yaml.load(text)
    for path, value in pact_over:
        if isinstance(value, list):
            value = CommentedSeq(value)
            value.fa.set_flow_style()
        set_path(data, path, value, "modification")
    out = io.StringIO()
    yaml.dump(data, out)
    result = out.getvalue()
    # ruamel writes the « %YAML 1.2 » directive once a version is set; keep the file as it was.
    if result.startswith("%YAML") and not text.lstrip().startswith("%YAML"):
        result = result.split("---\n", 1)[1] if "---\n" in result else result
    return result
