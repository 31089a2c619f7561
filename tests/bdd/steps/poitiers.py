"""Steps of features/poitiers.feature: the lines of the yearly cost table of a pact.

Context key written: ``couts`` (the pact's :class:`~engine.procedures.cost_inputs.CostTable`,
computed by :func:`engine.procedures.cost_table.cost_table`, the rule behind ``pacte couts``).
"""

from __future__ import annotations

from typing import Any

from pytest_bdd import then, when

from engine.core.fr import money
from engine.procedures.cost_table import cost_table
from tests.bdd.context import pact_of, result, scenario_of
from tests.bdd.steps._common import p


@when("on établit le tableau des coûts du pacte")
def when_cost_table(ctx: dict[str, Any]) -> None:
    ctx["couts"] = cost_table(pact_of(ctx), scenario_of(ctx))


@then(p("la ligne de coûts « {libelle} » compte {n:Nombre} € par an"))
def then_cost_line(ctx: dict[str, Any], libelle: str, n: int) -> None:
    table = result(ctx, "couts", "établir le tableau des coûts du pacte")
    lines = table.operating + table.investment
    line = next((x for x in lines if x.label == libelle), None)
    assert line is not None, f"aucune ligne « {libelle} » ; lignes : {', '.join(x.label for x in lines)}"
    assert line.amount == n, f"« {libelle} » : {money(line.amount, cents=False)} ({line.basis})"


@then(p("le tableau des coûts compte {n:Nombre} € de fonctionnement par an"))
def then_operating_total(ctx: dict[str, Any], n: int) -> None:
    table = result(ctx, "couts", "établir le tableau des coûts du pacte")
    assert table.operating_total == n, f"fonctionnement : {money(table.operating_total, cents=False)}"
