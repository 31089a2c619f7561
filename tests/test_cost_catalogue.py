"""Cost lines of the catalogue's clauses: the participatory budget and paid bodies drawn by lot
come from their clauses' own rules, and move with their parameters."""

from __future__ import annotations

from decimal import Decimal

from engine.io.context import load_context
from engine.procedures.assemblies import yearly_allowance
from engine.procedures.cost_table import cost_table
from engine.procedures.participatory_budget import yearly_envelope

PARTICIPATION = "tests/fixtures/pacte_participation.yaml"
CATALOGUE = "tests/fixtures/pacte_catalogue.yaml"


def _line(table, line_id):
    return next(x for x in table.operating + table.investment if x.id == line_id)


def test_participatory_budget_is_an_investment_line_equal_to_the_envelope() -> None:
    scen, pact = load_context(pact=PARTICIPATION)
    table = cost_table(pact, scen)
    line = _line(table, "participatory_budget")
    assert line in table.investment
    assert line.amount == Decimal(str(yearly_envelope(pact, scen).value.total_eur))
    assert line.amount == Decimal("1690000")  # 5 % of 33 800 000 € of investment receipts
    assert any(c.clause.endswith("enveloppe_pct_investissement") for c in line.inputs)


def test_the_envelope_share_moves_the_line() -> None:
    scen, pact = load_context(pact=PARTICIPATION,
                              overrides=[("budget_participatif.enveloppe_pct_investissement", 2)])
    assert _line(cost_table(pact, scen), "participatory_budget").amount == Decimal("676000")


def test_a_paid_assembly_costs_its_allowance_at_the_national_smic() -> None:
    scen, pact = load_context(pact=CATALOGUE)
    table = cost_table(pact, scen)
    paid = next(a for a in pact.assemblies if a.allowance_smic_multiple is not None)
    line = _line(table, f"assembly_{paid.id}")
    assert line.amount == yearly_allowance(paid, 12.02).value
    assert "donnée nationale : 12,02 €/h — SMIC horaire brut" in line.basis


def test_an_unpaid_assembly_costs_nothing_and_uses_no_price() -> None:
    scen, pact = load_context(pact=CATALOGUE)
    unpaid = next(a for a in pact.assemblies if a.allowance_smic_multiple is None)
    line = _line(cost_table(pact, scen), f"assembly_{unpaid.id}")
    assert line.amount == 0 and not line.national
    assert "ne fixe pas de défraiement" in line.basis


def test_no_clause_no_line() -> None:
    scen, pact = load_context()
    ids = {x.id for x in cost_table(pact, scen).operating + cost_table(pact, scen).investment}
    assert "participatory_budget" not in ids and not any(i.startswith("assembly_") for i in ids)
