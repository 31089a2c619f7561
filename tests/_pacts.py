"""Test helpers: the bundled Chambéry context, and variants built without YAML (fast enough
for property tests). Models are frozen pydantic objects; ``model_copy(update=…)`` returns a
changed copy and never touches the original."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from engine.io.context import load_context
from engine.model.pact import Pact
from engine.model.params import Param
from engine.model.scenario import Scenario


@lru_cache(maxsize=1)
def chambery() -> tuple[Scenario, Pact]:
    """The bundled scenario and pact, loaded once per test process."""
    return load_context("chambery", "chambery-2026")


def param(base: Param[Any], value: Any = None, values: dict[date, Any] | None = None) -> Param[Any]:
    """``base`` with a new undated value, or new dated values."""
    if values is not None:
        return base.model_copy(update={"value": None, "values": values})
    return base.model_copy(update={"value": value, "values": None})


def with_params(pact: Pact, clause: str, **changes: Any) -> Pact:
    """A copy of ``pact`` whose ``clause`` (English attribute) has some parameters changed:
    ``with_params(pact, "abrogation", request_months=2)``."""
    current = getattr(pact, clause)
    update = {name: param(getattr(current, name), value) for name, value in changes.items()}
    return pact.model_copy(update={clause: current.model_copy(update=update)})


def without(pact: Pact, clause: str) -> Pact:
    return pact.model_copy(update={clause: None})


def with_commune(scenario: Scenario, **changes: Any) -> Scenario:
    """A copy of ``scenario`` whose commune parameters (``electors``, ``population``) change."""
    commune = scenario.commune
    update = {name: param(getattr(commune, name), value) for name, value in changes.items()}
    return scenario.model_copy(update={"commune": commune.model_copy(update=update)})

