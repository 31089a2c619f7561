"""The bundled pact democracite-2026 (the fictional « Démocracité » of seed 004, issue 10 § 1)
through the command line, like a campaign list would use it: every command exits 0, speaks
of Démocracité's own figures (45 000 habitants, 28 800 inscrits, its quartiers and bodies
drawn by lot) and never of Chambéry's. Expected figures are recomputed here from the pact's
and the scenario's parameters, never copied from an output."""

from __future__ import annotations

import json
import math
from datetime import date
from functools import cache
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from typer.testing import CliRunner

from engine.cli.main import app
from engine.core.fr import number
from engine.io.context import load_context
from engine.io.national import load_prices

PACT = "democracite-2026"
SCENARIO = "democracite"
BODIES = ("assemblee-citoyenne", "convention-citoyenne", "assemblee-budgetaire")
# Chambéry's figures and name (scenarios/chambery.yaml): none may reach Démocracité's outputs.
CHAMBERY = ("Chambéry", "Chambery", "34 757", "34757", "34\u202f757", "59 856", "59856", "59\u202f856")

COMMANDS: list[tuple[str, ...]] = [
    ("bilan", PACT),
    ("verifier", PACT),
    ("couts", PACT),
    ("clauses", PACT),
    ("calendrier", PACT, "--procedure", "mandat"),
    ("calendrier", PACT, "--procedure", "petition", "--depuis", "2026-10-01"),
    ("simuler", SCENARIO, "--runs", "4"),
    ("pouvoirs", PACT),
    *[("tirage", "--pacte", PACT, "--organe", body, "--generer-vivier", "400", "--graine", "3")
      for body in BODIES],
]


@cache
def run(*args: str) -> str:
    """Output of ``pacte ARGS`` (exit code 0 asserted); cached, as every command is
    deterministic and the bilan runs a whole simulation."""
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, f"pacte {' '.join(args)} → {result.exit_code}\n{result.output}"
    return result.stdout


def run_json(*args: str) -> Any:
    return json.loads(run(*args, "--format", "json"))


@pytest.fixture(scope="module")
def context() -> tuple[Any, Any]:
    return load_context(pact=PACT)


def _without_shared_assumptions(args: tuple[str, ...], data: Any) -> Any:
    """The simulation's JSON also lists the shared behaviour assumptions
    (rules/hypotheses/defaut.yaml), whose descriptions explain their calibration on
    Chambéry's petitions; they are the same for every commune, so they are left out here."""
    if args[0] == "simuler":
        data = {k: v for k, v in data.items() if k != "assumptions"}
    return data


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_speaks_of_democracite_only(args: tuple[str, ...]) -> None:
    text = run(*args)
    data = _without_shared_assumptions(args, run_json(*args))
    dumped = json.dumps(data, ensure_ascii=False)
    for figure in CHAMBERY:
        assert figure not in text, f"« {figure} » dans pacte {' '.join(args)}"
        assert figure not in dumped, f"« {figure} » dans pacte {' '.join(args)} --format json"


def test_bilan_uses_the_commune_figures(context: tuple[Any, Any]) -> None:
    scen, pact = context
    electors = scen.commune.electors.at()
    data = run_json("bilan", PACT)
    assert data["commune"] == data["commune_du_pacte"] == scen.commune.name == "Démocracité"
    assert data["note_commune"] is None
    required = math.ceil(pact.petition.threshold_pct.at() * electors / 100)
    assert data["thresholds"]["petition"]["required"] == required
    assert f"{number(electors)} électeurs inscrits" in data["thresholds"]["petition"]["explanation"]
    votes = {v["clause"]: v for v in data["catalogue"]["votes"]}
    assert votes["votations.referendum-local"]["signatures"] is None
    causes = next(v for v in pact.votes if v.id == "votation-causes")
    assert votes["votations.votation-causes"]["signatures"] == causes.petition_signatures.at()
    assert data["costs"]["population"] == scen.commune.population.at()
    assert data["costs"]["electors"] == electors
    assert {f["id"] for f in data["legality"]["serious"]} >= {
        "legal.votation_propositionnelle", "legal.votations.votation-causes",
        "legal.assemblees_tirees_au_sort.assemblee-budgetaire"}


def test_verifier_reads_the_pact_as_the_law_does(context: tuple[Any, Any]) -> None:
    scen, _ = context
    findings = {f["id"]: f for f in run_json("verifier", PACT)["findings"]}
    expected = {
        "legal.votations.referendum-local": "conforme",
        "legal.votations.votation-causes": "conflit",
        "legal.votation_propositionnelle": "conflit",
        "legal.assemblees_tirees_au_sort.assemblee-citoyenne": "conforme",
        "legal.assemblees_tirees_au_sort.convention-citoyenne": "conforme",
        "legal.assemblees_tirees_au_sort.assemblee-budgetaire": "conflit",
        "legal.budget_participatif": "engagement_politique",
        "legal.charte_ethique": "engagement_politique",
        "legal.libre.representativite-sociale": "engagement_politique",
        "legal.libre.parlement-du-vivant": "a_verifier",
    }
    assert {k: findings[k]["verdict"] for k in expected} == expected
    free = [f for f in findings if f.startswith("legal.libre.")]
    assert len(free) == len(context[1].free_clauses)
    size = findings["legal.commune.effectif"]["message"]
    assert f"{number(scen.commune.population.at())} habitants" in size
    assert "conseil de 43 membres" in size  # L2121-2 : 40 000 à 49 999 habitants


def test_couts_are_those_of_the_pact(context: tuple[Any, Any]) -> None:
    scen, pact = context
    data = run_json("couts", PACT)
    smic = load_prices().smic_hourly_eur.dated()[1].value
    lines = {line["id"]: line for line in data["operating"]["lines"]}
    for body in pact.assemblies:
        hours = body.members.at() * body.meetings_per_year.at() * body.meeting_hours.at()
        expected = hours * body.allowance_smic_multiple.at() * smic
        assert lines[f"assembly_{body.id}"]["amount_eur"] == pytest.approx(expected, abs=0.01)
    counted = sum(line["amount_eur"] or 0 for line in data["operating"]["lines"])
    assert data["operating"]["total_eur"] == pytest.approx(counted, abs=0.01)
    receipts = scen.commune.budget.investment_receipts_eur.at()
    pct = pact.participatory_budget.envelope_pct.at()
    assert data["investment"]["total_eur"] == pytest.approx(pct * receipts / 100)
    assert data["investment_receipts_eur"] == receipts
    assert data["per_inhabitant_eur"] == round(counted / scen.commune.population.at(), 2)


def test_calendrier_dates_the_draws_reports_and_votes(context: tuple[Any, Any]) -> None:
    scen, pact = context
    steps = run_json("calendrier", PACT, "--procedure", "mandat")["steps"]
    assert all(s["source"] for s in steps)
    start, end = scen.mandate.start, scen.mandate.end

    def days(event: str) -> list[date]:
        return [date.fromisoformat(s["date"]) for s in steps if s["event"] == event]

    renewals = []
    for body in pact.assemblies:
        if body.renewal_months is not None:
            k = 1
            while (day := start + relativedelta(months=k * body.renewal_months.at())) < end:
                renewals.append(day)
                k += 1
    assert sorted(days("assemblee_renouvellement")) == sorted(renewals)
    every = pact.commitments.report_period_months.at()
    assert days("compte_rendu_mandat_imperatif")[0] == start + relativedelta(months=every)
    votation_days = days("jour_de_votation")
    assert votation_days and all(d.weekday() == 6 for d in votation_days)  # dimanche
    per_year: dict[int, int] = {}
    for d in votation_days:
        per_year[d.year] = per_year.get(d.year, 0) + 1
    assert max(per_year.values()) == pact.petition.max_votations_per_year.at()
    openings = days("bp_appel_a_projets")
    month = pact.participatory_budget.opening_month.at()
    assert openings and all(d.month == month and d.day == 1 for d in openings)


def test_simuler_runs_the_petitions_of_democracite() -> None:
    data = run_json("simuler", SCENARIO, "--runs", "4")
    assert data["pact"] == PACT and data["scenario"] == SCENARIO and data["runs"] == 4
    assert data["metrics"]["petitions_started"]["mean"] > 0
    assert data["metrics"]["cost_investment_eur_per_year"]["mean"] > 0
    assert not any(data["invariant_violations"].values())


def test_pouvoirs_shows_the_bodies_drawn_by_lot(context: tuple[Any, Any]) -> None:
    _, pact = context
    data = run_json("pouvoirs", PACT)
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    for body in pact.assemblies:
        assert f"({body.members.at()} tiré·es au sort)" in labels[f"assemblee_{body.id}"]
    scrutins = {v["scrutin"] for v in data["citizen_votes"]}
    assert {"votation_propositionnelle", "votation_votation-causes"} <= scrutins


@pytest.mark.parametrize(("first", "second"), [(PACT, "chambery-2026"), ("chambery-2026", PACT)])
def test_pouvoirs_compares_with_chambery_both_ways(first: str, second: str) -> None:
    diff = run_json("pouvoirs", first, "--comparer", second)["diff"]
    assert (diff["from"], diff["to"]) == (first, second)
    ours = {f"assemblee_{b}" for b in BODIES}
    side = diff["nodes_removed"] if first == PACT else diff["nodes_added"]
    assert ours <= set(side)


@pytest.mark.parametrize("body", BODIES)
def test_tirage_draws_each_body_with_the_commune_quartiers(body: str,
                                                          context: tuple[Any, Any]) -> None:
    scen, pact = context
    data = run_json("tirage", "--pacte", PACT, "--organe", body, "--generer-vivier", "400",
                    "--graine", "3")
    members = next(b for b in pact.assemblies if b.id == body).members.at()
    assert data["feasible"] and len(data["panel"]) == data["seats"] == members
    text = run("tirage", "--pacte", PACT, "--organe", body, "--generer-vivier", "400",
               "--graine", "3")
    assert any(q.name in text for q in scen.commune.quartiers)
