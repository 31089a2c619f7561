"""The (scenario, pact) pair every command works on: bundled or named files, the scenario's
« surcharges », then the command line's ``--set``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from engine.core.errors import InputError, Problem
from engine.core.paths import DEFAULT_PACT, DEFAULT_SCENARIO, PACTS_DIR, SCENARIOS_DIR
from engine.io.law import load_law
from engine.io.load import Document, read_document
from engine.io.overrides import _apply, _blame_overrides, split_overrides
from engine.io.validation import validate


def law_context() -> dict[str, Any]:
    """What a scenario's validators need beyond the file: the law (L2121-2 table)."""
    return {"law": load_law()}


def validate_doc(model: type[BaseModel], doc: Document, context: dict[str, Any] | None = None) -> Any:
    try:
        return validate(model, doc, context=context)
    except InputError as exc:
        raise _blame_overrides(doc, exc) from None


def load_pact(path: Path | str | None = None, overrides: list[tuple[str, Any]] = ()):  # type: ignore[assignment]
    """Read and validate a pact file; overrides are applied before validation."""
    from engine.model.pact import Pact

    doc = read_document(resolve_pact(path))
    require_block(doc, "pacte", "pacte")
    _apply(doc, list(overrides), "--set")
    return validate_doc(Pact, doc)


def _exists(path: Path) -> bool:
    """Whether something is at ``path``; a name the system refuses (too long, NUL byte)
    is « nothing », and the reader then reports it in French."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def resolve_pact(ref: Path | str | None, base: Path | None = None) -> Path:
    """A pact by file path, or by id among the bundled pacts (``chambery-2026``)."""
    if ref is None:
        return DEFAULT_PACT
    candidate = Path(ref)
    if base is not None and not candidate.is_absolute():
        rel = base / candidate
        if _exists(rel):
            return rel
    if _exists(candidate):
        return candidate
    return _bundled(PACTS_DIR, str(ref)) or candidate


def _bundled(folder: Path, ref: str) -> Path | None:
    """A bundled file by its id: a plain name, never a path leading out of ``folder``."""
    if not re.fullmatch(r"[\w.-]{1,100}", ref) or ref.startswith("."):
        return None
    bundled = folder / f"{ref}.yaml"
    return bundled if _exists(bundled) else None


def resolve_scenario(ref: Path | str | None) -> Path:
    if ref is None:
        return DEFAULT_SCENARIO
    candidate = Path(ref)
    if _exists(candidate):
        return candidate
    return _bundled(SCENARIOS_DIR, str(ref)) or candidate


def require_block(doc: Document, key: str, kind: str) -> None:
    """A pact starts with its « pacte: » block, a scenario with its « scenario: » block.
    A file without it (another YAML file, a system file named by mistake or through
    ``--set scenario.pacte=…``) is refused with one message that quotes none of its
    content."""
    data = doc.data
    if not isinstance(data, dict):
        raise InputError.single(doc.name, 1, "(racine)",
                                f"le fichier doit contenir un bloc de clés : ce n'est pas un {kind}")
    if not isinstance(data.get(key), dict):
        line = doc.lines.get((key,), 1)
        raise InputError.single(doc.name, line, key,
                                f"ce fichier n'est pas un {kind} : le bloc « {key}: » "
                                "(id, titre…) est absent ou n'est pas un bloc de clés")



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
    require_block(sdoc, "scenario", "scénario")
    _apply(sdoc, scen_over, "--set")
    scen = validate_doc(Scenario, sdoc, law_context())
    pact_path = resolve_pact(pact if pact is not None else scen.info.pact, base=scen_path.parent)
    pdoc = read_document(pact_path)
    require_block(pdoc, "pacte", "pacte")
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
