"""Context steps: which pact, which commune, which regime, which overrides; explanations."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_bdd import given, then

from tests.bdd.context import add_override, new_context
from tests.bdd.parsing import plain_spaces
from tests.bdd.steps._common import p


@pytest.fixture(scope="session")
def pacte_cache() -> dict[Any, Any]:
    """Loaded (scenario, pact) pairs by input; safe to share because models are frozen."""
    return {}


@pytest.fixture
def ctx(pacte_cache: dict[Any, Any]) -> dict[str, Any]:
    """The scenario's context (see :mod:`tests.bdd.context` for its keys)."""
    return new_context(pacte_cache)


@given(p("le pacte « {pacte} »"), target_fixture="ctx")
def given_pact(pacte_cache: dict[Any, Any], pacte: str) -> dict[str, Any]:
    ctx = new_context(pacte_cache)
    ctx["pacte"] = pacte
    return ctx


@given(p("la commune « {commune} »"))
def given_commune(ctx: dict[str, Any], commune: str) -> None:
    ctx["commune"] = commune


@given(p("le régime « {regime} »"))
def given_regime(ctx: dict[str, Any], regime: str) -> None:
    if regime not in ("pacte", "loi"):
        raise AssertionError(f"régime inconnu « {regime} » — attendu : pacte ou loi")
    ctx["regime"] = regime


@given(p("le paramètre « {chemin} » vaut {valeur}"))
def given_override(ctx: dict[str, Any], chemin: str, valeur: str) -> None:
    add_override(ctx, chemin, plain_spaces(valeur).replace(" ", "") if valeur[:1].isdigit() else valeur)


@given(p("le pacte n'a pas de clause « {cle} »"))
def given_without_clause(ctx: dict[str, Any], cle: str) -> None:
    add_override(ctx, cle, "null")


@then(p("l'explication contient « {texte} »"))
def then_explanation(ctx: dict[str, Any], texte: str) -> None:
    decision = ctx.get("decision")
    if decision is None:
        raise AssertionError("aucune décision à expliquer : il manque une étape « Quand »")
    said = plain_spaces(decision.explanation)
    assert plain_spaces(texte) in said, f"l'explication ne contient pas « {texte} » : {said}"
