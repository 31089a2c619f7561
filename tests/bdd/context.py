"""The scenario context: one plain ``dict`` per scenario, created by the ``ctx`` fixture.

Keys a step may read or write (all optional except ``cache``):

``pacte``       pact id or file (« chambery-2026 », or a path written by a loading step)
``commune``     scenario id or file (« chambery »)
``surcharges``  list of ``(chemin, valeur)`` overrides, applied exactly like ``--set``
``regime``      ``"pacte"`` (default) or ``"loi"``
``cache``       the session's cache of loaded (scenario, pact) pairs (models are frozen)
``decision``    the last ``Decision`` a rule function returned (for « l'explication … »)
``erreur``      the ``InputError`` a step caught when the scenario expects a failure
Procedure steps add their own result under a telling key (``abrogation``, ``petition``,
``auditions``, ``passages``…), documented in each step module.
"""

from __future__ import annotations

from typing import Any

from engine.io.context import load_context
from engine.io.overrides import parse_override
from engine.model.pact import Pact
from engine.model.scenario import Scenario

DEFAULT_PACT = "chambery-2026"
DEFAULT_COMMUNE = "chambery"


def new_context(cache: dict[Any, Any]) -> dict[str, Any]:
    """A fresh context on the bundled pact and commune, pact delays only."""
    return {"pacte": DEFAULT_PACT, "commune": DEFAULT_COMMUNE, "surcharges": [],
            "regime": "pacte", "cache": cache}


def add_override(ctx: dict[str, Any], path: str, raw_value: str) -> None:
    """« Le paramètre « a.b » vaut 2 »: parsed and validated exactly like ``--set a.b=2``."""
    ctx["surcharges"].append(parse_override(f"{path}={raw_value}"))


def loaded(ctx: dict[str, Any]) -> tuple[Scenario, Pact]:
    """The (scenario, pact) pair of the context, loaded once per distinct input."""
    key = (str(ctx["commune"]), str(ctx["pacte"]), repr(ctx["surcharges"]))
    cache = ctx["cache"]
    if key not in cache:
        cache[key] = load_context(ctx["commune"], ctx["pacte"], list(ctx["surcharges"]))
    return cache[key]


def scenario_of(ctx: dict[str, Any]) -> Scenario:
    return loaded(ctx)[0]


def pact_of(ctx: dict[str, Any]) -> Pact:
    return loaded(ctx)[1]


def result(ctx: dict[str, Any], key: str, what: str) -> Any:
    """A result stored by an earlier « Quand » step, or a clear French failure."""
    if key not in ctx:
        raise AssertionError(f"étape manquante : il faut d'abord {what}")
    return ctx[key]
