"""Cached pacts, scenarios and findings for the verifier's unit tests (reading YAML is the
slow part; models are immutable, so sharing them is safe)."""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import engine.io.context
from engine.io.context import load_context
from engine.io.law import load_law
from engine.io.load import Document
from engine.io.load import read_document as _read_document
from engine.model.law import Law
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.verifier.checks import check
from engine.verifier.findings import Finding
from engine.verifier.legal import legal_context
from engine.verifier.legal.aspects import LegalContext


def law() -> Law:
    return load_law()


@lru_cache(maxsize=16)
def _parsed(path: str, mtime: float) -> Document:
    return _read_document(path)


def _cached_read(path: Path | str) -> Document:
    """engine.io.load.read_document with the YAML parse cached (a fresh copy each time, since
    overrides are applied to the document in place)."""
    p = Path(path)
    if not p.is_file():
        return _read_document(path)
    return copy.deepcopy(_parsed(str(p.resolve()), p.stat().st_mtime))


@lru_cache(maxsize=64)
def _ctx(commune: str, pacte: str, overrides: tuple[tuple[str, str], ...]) -> tuple[Scenario, Pact]:
    # The real load_context, with only the file parsing cached.
    engine.io.context.read_document = _cached_read
    try:
        return load_context(commune, pacte, [(k, json.loads(v)) for k, v in overrides])
    finally:
        engine.io.context.read_document = _read_document


def context(commune: str = "chambery", pacte: str = "chambery-2026", **sets: Any) -> tuple[Scenario, Pact]:
    """(scenario, pact); keyword « a__b=1 » means --set a.b=1."""
    overrides = tuple((k.replace("__", "."), json.dumps(v)) for k, v in sorted(sets.items()))
    return _ctx(commune, pacte, overrides)


def legal_ctx(commune: str = "chambery", pacte: str = "chambery-2026", **sets: Any) -> LegalContext:
    scen, pact = context(commune, pacte, **sets)
    return legal_context(pact, scen, law())


def findings(commune: str = "chambery", pacte: str = "chambery-2026", **sets: Any) -> dict[str, Finding]:
    scen, pact = context(commune, pacte, **sets)
    return {f.id: f for f in check(pact, scen, law())}


def aspects(finding: Finding) -> dict[str, dict[str, Any]]:
    return {a["aspect"]: a for a in finding.details["aspects"]}
