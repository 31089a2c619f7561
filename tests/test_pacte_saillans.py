"""The bundled Saillans pact (« saillans-2026 », issue 10 § 1) through every command of the
command line: each exits 0, gives the village's own figures (1 405 habitants, 1 171 électeurs,
a council of 15, 4 adjoint·es, 3 jours francs, comités consultatifs L2143-2) and none of
Chambéry's (34 757 électeurs, 59 856 habitants, the name itself)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from typer.testing import CliRunner

from engine.cli.main import app

PACT = "saillans-2026"
CHAMBERY = re.compile(r"chamb[eé]ry|34 ?757|59 ?856", re.IGNORECASE)


def plain(text: str) -> str:
    """French numbers use narrow no-break spaces (« 1 405 »): compare with plain spaces."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    out = plain(result.stdout)
    found = CHAMBERY.search(out)
    assert found is None, f"chiffre ou nom de Chambéry dans « pacte {' '.join(args)} » : {found.group(0)}"
    return out


def run_json(*args: str) -> Any:
    out = run(*args, "--format", "json")
    return json.loads(out[out.index("{"):])


def findings(*sets: str) -> dict[str, dict[str, Any]]:
    extra = [x for s in sets for x in ("--set", s)]
    return {f["id"]: f for f in run_json("verifier", PACT, *extra)["findings"]}


def aspects(finding: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {a["aspect"]: a for a in finding["details"]["aspects"]}


def test_verifier_says_the_village_law() -> None:
    f = findings()
    commune = f["legal.commune.effectif"]
    message = plain(commune["message"])
    for said in ("Saillans : 1 405 habitants", "conseil de 15 membres (L2121-2)", "au plus 4 adjoint·es",
                 "convocation 3 jours francs (L2121-11)", "comités consultatifs L2143-2"):
        assert said in message, message
    assert commune["details"]["conseils_de_quartier"] == "non_applicable"
    assert "118 signatures" in plain(f["legal.commune.electeurs"]["message"])
    ex = f["legal.executif"]
    assert ex["verdict"] == "engagement_politique"
    assert aspects(ex)["plafond"]["verdict"] == "conforme"
    assert "adjoints_quartier" not in aspects(ex)
    assert f["consistency.effectifs.adjoints"]["details"]["adjoints_total"] == 4
    assert f["consistency.effectifs.elus"]["details"]["sieges_liste_gagnante"] == {"15": 12}
    assert f["legal.commissions"]["verdict"] == "conforme"
    assert "L2143-2" in f["legal.commissions"]["articles"]
    assert "L2121-11" in f["legal.conseil_municipal"]["articles"]
    assert f["legal.assemblees_tirees_au_sort.groupe-pilotage-plu"]["verdict"] == "conflit"
    assert f["legal.libre.revision-plu"]["verdict"] == "a_verifier"
    assert f["legal.votations.consultation-habitants"]["verdict"] == "engagement_politique"


def test_the_pact_is_judged_against_saillans_law_not_chambery() -> None:
    """A fourth delegation means a fifth adjoint: over Saillans' cap of 4, though far under
    Chambéry's 13 — the cap comes from the commune, not from the pact."""
    f = findings("executif.nombre_delegations=4")
    assert aspects(f["legal.executif"])["plafond"]["verdict"] == "conflit"
    assert f["consistency.effectifs.adjoints"]["verdict"] == "incoherent"
    assert "30 % de 15 = 4,5 → 4" in plain(aspects(f["legal.executif"])["plafond"]["explanation"])


def test_couts() -> None:
    costs = run_json("couts", PACT)
    assert (costs["commune"], costs["population"], costs["electors"]) == ("Saillans", 1405, 1171)
    assert costs["operating"]["total_eur"] == 4500
    assert costs["investment"]["total_eur"] == 1000
    assert costs["operating_spending_eur"] == 1_100_000
    text = run("couts", PACT)
    assert "Par habitant (1 405) : 3,20 € de fonctionnement" in text


def test_calendrier_du_mandat() -> None:
    cal = run_json("calendrier", PACT, "--procedure", "mandat")
    sessions = [s["date"] for s in cal["steps"] if s["event"] == "seance_cm"]
    assert len(sessions) == 65
    assert sessions[0] == "2026-04-15" and sessions[-1] == "2032-02-18"
    assert not any(d[5:7] == "08" for d in sessions)
    seminars = [s["date"] for s in cal["steps"] if s["event"] == "seminaire_majorite"]
    assert seminars[:2] == ["2026-03-27", "2026-09-27"] and len(seminars) == 12


def test_simuler() -> None:
    sim = run_json("simuler", "saillans", "--runs", "2", "-j", "1")
    assert (sim["scenario"], sim["pact"], sim["runs"]) == ("saillans", PACT, 2)
    assert sim["metrics"]["cost_operating_eur_per_year"]["mean"] > 0
    assert sim["metrics"]["citizen_hours"]["mean"] > 0
    assert not sim["invariant_violations"]


def test_bilan() -> None:
    bilan = run_json("bilan", PACT, "--runs", "2", "-j", "1")
    assert bilan["commune"] == "Saillans" and bilan["pacte"] == PACT
    assert bilan["costs"]["operating"]["total_eur"] == 4500
    assert "Bilan du pacte « saillans-2026 » à Saillans" in run("bilan", PACT, "--runs", "0")


def test_pouvoirs_and_comparison_both_ways() -> None:
    powers = run_json("pouvoirs", PACT)
    labels = {n["id"]: n["label"] for n in powers["nodes"]}
    assert "assemblee_groupe-pilotage-plu" in labels and "conseil_citoyen" not in labels
    result = CliRunner().invoke(app, ["pouvoirs", PACT, "--comparer", "chambery-2026", "--format", "json"])
    assert result.exit_code == 0, result.output
    diff = json.loads(result.stdout)["diff"]
    assert (diff["from"], diff["to"]) == (PACT, "chambery-2026")
    assert "conseil_citoyen" in diff["nodes_added"]
    back = CliRunner().invoke(app, ["pouvoirs", "chambery-2026", "--comparer", PACT, "--format", "json"])
    assert back.exit_code == 0, back.output
    assert "assemblee_groupe-pilotage-plu" in json.loads(back.stdout)["diff"]["nodes_added"]


@pytest.mark.parametrize("graine", ["2026", "loto-2026-03-27"])
def test_tirage_du_groupe_de_pilotage(graine: str) -> None:
    draw = run_json("tirage", "--pacte", PACT, "--organe", "groupe-pilotage-plu",
                    "--generer-vivier", "60", "--graine", graine)
    assert draw["feasible"] and draw["seats"] == 8 and len(draw["panel"]) == 8
    quotas = {q["value"]: q for q in draw["quotas"]}
    assert (quotas["femme"]["min"], quotas["femme"]["max"], quotas["femme"]["selected"]) == (4, 4, 4)
    assert (quotas["Village"]["min"], quotas["Village"]["max"]) == (5, 6)
    assert (quotas["Hameaux et écarts"]["min"], quotas["Hameaux et écarts"]["max"]) == (2, 3)
    assert all(q["met"] for q in draw["quotas"])


def test_clauses() -> None:
    text = run("clauses", PACT)
    assert "Groupe de pilotage citoyen de la révision du PLU" in text
