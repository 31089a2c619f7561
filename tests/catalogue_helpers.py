"""The catalogue fixture (tests/fixtures/pacte_catalogue.yaml) against the Chambéry scenario,
with ``--set``-like overrides: free clauses, votes of every kind, bodies drawn by lot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from engine.io.context import load_context
from engine.model.pact import Pact
from engine.model.scenario import Scenario

FIXTURE = Path(__file__).parent / "fixtures" / "pacte_catalogue.yaml"


def catalogue(*overrides: tuple[str, Any]) -> tuple[Scenario, Pact]:
    """(scenario, pact) of the catalogue fixture in Chambéry, after the overrides."""
    return load_context("chambery", FIXTURE, list(overrides))


def param(description: str, unit: str, value: Any) -> dict[str, Any]:
    """A cited parameter block, as a pact file writes it (to add an optional parameter)."""
    return {"description": description, "unite": unit, "valeur": value}
