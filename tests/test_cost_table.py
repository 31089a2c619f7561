"""The cost table reproduces the seed's table to the euro and follows its inputs."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from engine.cli.main import app
from engine.io.context import load_context
from engine.procedures.cost_table import cost_table

# « Estimation des coûts annuels de la transition démocratique »
# (000_721ebb8a9b1c3e2a.txt § Quel coût ?)
SEED_OPERATING = {
    "dpc_staff": 526_500,
    "office_logistics": 200_000,
    "citizen_council": 212_256,
    "committees_and_council": 707_928,
    "quartier_councils": 172_800,
    "votations_conventions": 700_000,
}
SEED_INVESTMENT = {"office_equipment": 50_000, "quartier_budgets": 1_200_000}


def table(*sets: str):
    from engine.io.overrides import parse_override

    scen, pact = load_context(None, None, [parse_override(s) for s in sets])
    return cost_table(pact, scen)


@pytest.fixture(scope="module")
def reference():
    return table()


def test_every_line_of_the_seed_table_is_reproduced_to_the_euro(reference) -> None:
    assert {line.id: line.amount for line in reference.operating} == SEED_OPERATING
    assert {line.id: line.amount for line in reference.investment} == SEED_INVESTMENT
    assert reference.operating_total == 2_519_484
    assert reference.investment_total == 1_250_000


def test_shares_of_the_commune_budget_match_the_seed(reference) -> None:
    assert round(reference.share_of_operating_spending, 1) == 2.4
    assert round(reference.share_of_investment_receipts, 1) == 3.7


def test_per_inhabitant_and_per_elector(reference) -> None:
    d = reference.as_dict()
    assert d["per_inhabitant_eur"] == pytest.approx(2_519_484 / 59_856, abs=0.005)
    assert d["per_elector_eur"] == pytest.approx(2_519_484 / 34_757, abs=0.005)
    assert d["per_inhabitant_total_eur"] == pytest.approx(3_769_484 / 59_856, abs=0.005)


def test_every_line_cites_its_inputs(reference) -> None:
    for line in reference.operating + reference.investment:
        assert line.inputs, line.id
        for citation in line.inputs:
            assert "§" in citation.source


@pytest.mark.parametrize(
    ("setting", "line_id", "expected"),
    [
        # SMIC 13 €: CC 30 × 12 × (16 h × 3 × 13 + 8 × 1,70)
        ("couts.smic_horaire_eur=13", "citizen_council", 30 * 12 * (16 * 3 * 13 + 8 * Decimal("1.7"))),
        ("couts.smic_horaire_eur=13", "quartier_councils", 6 * 25 * 8 * 13 * 12),
        ("couts.prix_ticket_bus_eur=2", "committees_and_council", 2400 * (8 * 3 * 12 + 4 * 2) + 240 * 2),
        ("commissions.participants_par_commission=30", "committees_and_council",
         3600 * (288 + 4 * Decimal("1.7")) + 240 * Decimal("1.7")),
        ("conseil_municipal.sessions_par_an=10", "committees_and_council",
         2400 * (288 + 4 * Decimal("1.7")) + 200 * Decimal("1.7")),
        ("conseil_citoyen.membres=36", "citizen_council", 36 * 12 * (16 * 36 + 8 * Decimal("1.7"))),
        ("conseil_citoyen.tickets_bus_par_mois=0", "citizen_council", 30 * 12 * 16 * 36),
        ("couts.votations_budgetees_par_an=4", "votations_conventions", 100_000 + 4 * 50_000),
        ("conventions_citoyennes.max_par_an=0", "votations_conventions", 12 * 50_000),
        ("couts.cout_unitaire_votation_eur=60000", "votations_conventions", 100_000 + 12 * 60_000),
        ("direction_pouvoir_citoyen.cadres=6", "dpc_staff", Decimal("526500") + Decimal("54000") * Decimal("1.35")),
        ("couts.charges_employeur_pct=40", "dpc_staff", 390_000 * Decimal("1.4")),
        ("conseils_de_quartier.budget_annuel_par_quartier_eur=150000", "quartier_budgets", 900_000),
        ("conseils_de_quartier.nombre=8", "quartier_councils", 8 * 25 * 8 * 12 * 12),
        ("couts.mois_indemnises_par_an=11", "quartier_councils", 6 * 25 * 8 * 12 * 11),
        ("couts.equipement_investissement_eur_par_an=70000", "office_equipment", 70_000),
    ],
)
def test_a_changed_input_changes_its_line_through_the_formula(setting, line_id, expected) -> None:
    t = table(setting)
    assert t.amount(line_id) == Decimal(expected)
    assert t.operating_total + t.investment_total != 2_519_484 + 1_250_000


def test_the_commune_budget_moves_the_shares() -> None:
    t = table("commune.budget.depenses_reelles_fonctionnement_eur=50000000")
    assert t.share_of_operating_spending == pytest.approx(2_519_484 / 50_000_000 * 100)


def test_a_pact_without_cost_clause_uses_the_reference_inputs() -> None:
    scen, pact = load_context()
    bare = pact.model_copy(update={"costs": None})
    t = cost_table(bare, scen)
    assert t.operating_total == 2_519_484
    assert "référence" in t.inputs_from


def test_absent_clauses_drop_their_lines() -> None:
    scen, pact = load_context()
    bare = pact.model_copy(update={"citizen_council": None, "quartier_councils": None})
    ids = {line.id for line in cost_table(bare, scen).operating + cost_table(bare, scen).investment}
    assert "citizen_council" not in ids and "quartier_budgets" not in ids
    assert "dpc_staff" in ids


# --- the command -------------------------------------------------------------------------


def test_command_json_schema() -> None:
    result = CliRunner().invoke(app, ["couts", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["operating"]["total_eur"] == 2_519_484
    assert data["investment"]["total_eur"] == 1_250_000
    assert {"id", "label", "basis", "amount_eur"} <= set(data["operating"]["lines"][0])
    for key in ("share_of_operating_spending", "share_of_investment_receipts",
                "per_inhabitant_eur", "per_elector_eur"):
        assert key in data


def test_command_text_in_french_with_set() -> None:
    result = CliRunner().invoke(app, ["couts", "--set", "couts.prix_ticket_bus_eur=2"])
    assert result.exit_code == 0, result.output
    # ticket at 2 €: CC 360 × (576 + 16) = 213 120; committees 2 400 × 296 + 480 = 710 880
    assert "Total fonctionnement" in result.output
    assert "2\u202f523\u202f300 €" in result.output


def test_command_bad_input_exits_2() -> None:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "engine", "couts", "--set",
                           "couts.smic_horaire_eur=abc"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "smic_horaire_eur" in proc.stderr and "Traceback" not in proc.stderr
