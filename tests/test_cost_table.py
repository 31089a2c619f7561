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


def _without_costs():
    scen, pact = load_context()
    return scen, pact.model_copy(update={"costs": None})


def test_without_couts_nothing_is_borrowed_from_the_reference_pact(reference) -> None:
    """No « couts » clause: no price of the Chambéry pact is used; every value the pact does
    not give is a national fact or a flagged default, with its source, or « non chiffré »."""
    scen, bare = _without_costs()
    t = cost_table(bare, scen)
    assert "absente" in t.inputs_from and t.uses_defaults
    seed = {line.id: line.amount for line in reference.lines}
    # the lines the pact's clauses create are all there, none at the reference amount
    assert {line.id for line in t.lines} == set(seed)
    for line in t.lines:
        assert not any(c.clause.startswith("couts.") for c in line.inputs), line.id
    # salaries and office costs are the list's choice: no default, « non chiffré » with the key
    dpc = t.line("dpc_staff")
    assert dpc.amount == 0 and "couts.salaire_brut_annuel_cadre_eur" in " ".join(dpc.missing)
    assert "non chiffré" in dpc.basis
    assert t.line("office_logistics").amount == 0 and t.line("office_equipment").amount == 0


def test_without_couts_each_default_is_flagged_with_its_source() -> None:
    scen, bare = _without_costs()
    t = cost_table(bare, scen)
    data = t.as_dict()
    assert data["valeur_par_defaut"] is True and data["non_chiffre"]
    cc = next(x for x in data["operating"]["lines"] if x["id"] == "citizen_council")
    assert cc["valeur_par_defaut"] is True and "valeur par défaut" in cc["basis"]
    used = {u["parametre"]: u for u in cc["valeurs_nationales"]}
    assert {"mois_indemnises_par_an", "garde_enfants_multiple_smic",
            "smic_horaire_brut_eur"} <= set(used)
    for u in used.values():
        assert u["reference"] and u["fichier"].startswith("rules/national/")
        assert u["reference"][:30] in cc["basis"]
    assert used["smic_horaire_brut_eur"]["nature"] == "fait_national"
    assert used["mois_indemnises_par_an"]["nature"] == "valeur_par_defaut"
    for citation in t.line("citizen_council").inputs:
        assert "§" in citation.source


def test_without_couts_the_amounts_come_from_national_data_and_the_clauses() -> None:
    from engine.io.national import load_cost_defaults, load_prices

    scen, bare = _without_costs()
    t = cost_table(bare, scen)
    smic = Decimal(str(load_prices().smic_hourly_eur.at()))
    d = load_cost_defaults()
    months = Decimal(str(d.paid_months_per_year.at()))
    care = Decimal(str(d.childcare_smic_multiple.at()))
    cc = bare.citizen_council
    paid = 2 * cc.meeting_hours.at() + cc.personal_work_hours_per_month.at()  # 2 meetings a month
    expected = (cc.members.at() * months * Decimal(str(paid))
                * (Decimal(str(cc.allowance_smic_multiple.at())) + care) * smic)
    assert t.amount("citizen_council") == expected
    assert "prix non fixé" in t.line("citizen_council").basis  # tickets: no price, no default
    # votes: the petition's yearly cap × the default cost per registered elector
    cap = bare.petition.max_votations_per_year.at()
    unit = Decimal(str(d.votation_eur_per_elector.at())) * scen.commune.electors.at()
    assert t.amount("votations_conventions") == cap * unit
    votes = t.line("votations_conventions")
    assert votes.uses_defaults and "valeur par défaut : 0,28 € par électeur inscrit" in votes.basis
    assert "cout_votation_eur_par_electeur_inscrit" not in votes.basis  # words, not a key
    assert any(u.key == "cout_votation_eur_par_electeur_inscrit" for u in votes.national)
    assert any("couts.cout_unitaire_convention_eur" in why for why in votes.missing)


def test_the_national_smic_is_the_one_in_force_on_the_day() -> None:
    from engine.io.national import load_prices

    scen, bare = _without_costs()
    smic = load_prices().smic_hourly_eur
    days = sorted(smic.values)
    if len(days) < 2:
        pytest.skip("une seule valeur datée du SMIC")
    early, late = cost_table(bare, scen, days[-2]), cost_table(bare, scen, days[-1])
    ratio = Decimal(str(smic.at(days[-1]))) / Decimal(str(smic.at(days[-2])))
    assert late.amount("quartier_councils") == early.amount("quartier_councils") * ratio
    assert late.line("quartier_councils").national[-1].since == days[-1]
    assert early.line("quartier_councils").national[-1].since == days[-2]


def test_a_price_the_pact_gives_wins_over_national_data(reference) -> None:
    assert not reference.uses_defaults and reference.inputs_from == "couts"
    assert all(not line.national and not line.missing for line in reference.lines)
    assert reference.as_dict()["valeur_par_defaut"] is False


def test_a_partial_couts_clause_takes_only_the_missing_prices_elsewhere() -> None:
    scen, pact = load_context()
    costs = pact.costs.model_copy(update={"votations_budgeted_per_year": None,
                                          "bus_ticket_eur": None})
    t = cost_table(pact.model_copy(update={"costs": costs}), scen)
    # the count of votations now comes from the petition's yearly cap, at the pact's price
    cap = pact.petition.max_votations_per_year.at()
    assert t.amount("votations_conventions") == 100_000 + cap * 50_000
    assert any("couts.votations_budgetees_par_an" in why
               for why in t.line("votations_conventions").missing)
    assert not t.line("votations_conventions").uses_defaults
    assert any("couts.prix_ticket_bus_eur" in why for why in t.line("citizen_council").missing)
    assert t.amount("dpc_staff") == 526_500


def test_the_collegial_pact_costs_only_what_its_own_clauses_create() -> None:
    """Seed 002 creates no DPC, no citizen council, no committee and promises no vote: its
    table has no DPC line, no vote line and no borrowed amount."""
    from engine.core.paths import PACTS_DIR
    from engine.io.context import load_pact

    scen, _ = load_context()
    pact = load_pact(PACTS_DIR / "collegial-2026.yaml")
    t = cost_table(pact, scen)
    ids = {line.id for line in t.lines}
    assert "dpc_staff" not in ids and "votations_conventions" not in ids
    assert t.total == sum((line.amount for line in t.lines), Decimal(0))
    for line in t.lines:
        keys = {c.clause.split(".")[0] for c in line.inputs}
        assert keys <= set(pact.clauses()) | {"national", "defaut"}, line.id
    assert not t.uses_defaults


def test_a_clause_that_creates_a_cost_brings_its_line() -> None:
    scen, pact = load_context()
    no_dpc = cost_table(pact.model_copy(update={"dpc": None}), scen)
    assert no_dpc.line("dpc_staff") is None
    assert "DPC" not in no_dpc.line("office_logistics").basis
    silent = pact.model_copy(update={"petition": None, "abrogation": None, "referendum": None,
                                     "revocation": None, "conventions": None})
    assert cost_table(silent, scen).line("votations_conventions") is None


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


def _pact_without_costs(tmp_path):
    from ruamel.yaml import YAML

    from engine.core.paths import DEFAULT_PACT

    yaml = YAML()
    data = yaml.load(DEFAULT_PACT.read_text(encoding="utf-8"))
    del data["couts"]
    path = tmp_path / "sans-couts.yaml"
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    return path


def test_command_flags_defaults_in_json_and_in_french(tmp_path) -> None:
    path = _pact_without_costs(tmp_path)
    result = CliRunner().invoke(app, ["couts", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["valeur_par_defaut"] is True
    flagged = [x for x in data["operating"]["lines"] if x["valeur_par_defaut"]]
    assert flagged and all(x["valeurs_nationales"] for x in flagged)
    text = CliRunner().invoke(app, ["couts", str(path)])
    assert text.exit_code == 0, text.output
    assert "valeur par défaut" in text.output and "non chiffré" in text.output
    assert "valeurs par défaut de Pacte, signalées" in text.output
    assert ".yaml" not in text.output  # the files are named in the JSON (« fichier »)
    assert any(u["fichier"].endswith("couts_par_defaut.yaml") for x in flagged
               for u in x["valeurs_nationales"])


def test_command_for_the_collegial_pact_shows_no_vote_and_no_dpc() -> None:
    result = CliRunner().invoke(app, ["couts", "collegial-2026", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    ids = {x["id"] for x in data["operating"]["lines"] + data["investment"]["lines"]}
    assert not ids & {"dpc_staff", "votations_conventions"}
    text = CliRunner().invoke(app, ["couts", "collegial-2026"])
    assert "votation" not in text.output.lower() and "DPC" not in text.output


def test_a_pact_with_dated_values_says_which_year_the_table_shows() -> None:
    """Démocracité's participatory budget rises from 10 % to 30 % of investment: the yearly
    table says it takes the latest values, and `--au` shows another year."""
    from datetime import date

    from typer.testing import CliRunner

    from engine.cli.main import app
    from engine.io.context import load_context
    from engine.procedures.cost_table import cost_table

    scen, pact = load_context(pact="democracite-2026")
    latest, early = cost_table(pact, scen), cost_table(pact, scen, date(2027, 6, 1))
    assert latest.values_on is None and early.values_on == date(2027, 6, 1)
    assert latest.amount("participatory_budget") == 3 * early.amount("participatory_budget")
    assert any(d.startswith("budget_participatif.enveloppe_pct_investissement") for d in latest.dated)
    out = CliRunner().invoke(app, ["couts", "democracite-2026", "--au", "2027-06-01",
                                   "--format", "json"])
    assert out.exit_code == 0 and '"valeurs_au": "2027-06-01"' in out.stdout
