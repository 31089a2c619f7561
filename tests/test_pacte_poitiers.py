"""The bundled Poitiers pact (« poitiers-2026 », issue 10 § 1: the permanent « Assemblée
citoyenne et populaire ») through every command of the command line: each exits 0, gives the
commune's own figures (90 000 habitants, 52 000 électeurs inscrits, a council of 53, 15
adjoint·es at most, conseils de quartier obligatoires, 5 200 signatures for the legal petition)
and none of Chambéry's (34 757 électeurs, 59 856 habitants, the name itself) — except where
Chambéry's pact is asked for, in the comparison of powers."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from typing import Any

from typer.testing import CliRunner

from engine.cli.main import app

PACT = "poitiers-2026"
BODY = "assemblee-citoyenne"
CHAMBERY = re.compile(r"chamb[eé]ry|34 ?757|59 ?856", re.IGNORECASE)


def plain(text: str) -> str:
    """French numbers use narrow no-break spaces (« 90 000 »): compare with plain spaces."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def invoke(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return plain(result.stdout)


def run(*args: str) -> str:
    out = invoke(*args)
    found = CHAMBERY.search(out)
    assert found is None, f"chiffre ou nom de Chambéry dans « pacte {' '.join(args)} » : {found.group(0)}"
    return out


def run_json(*args: str) -> Any:
    out = run(*args, "--format", "json")
    return json.loads(out[out.index("{"):])


def findings(*sets: str) -> dict[str, dict[str, Any]]:
    extra = [x for s in sets for x in ("--set", s)]
    return {f["id"]: f for f in run_json("verifier", PACT, *extra)["findings"]}


def test_verifier_says_poitiers_law() -> None:
    f = findings()
    message = plain(f["legal.commune.effectif"]["message"])
    for said in ("Poitiers : 90 000 habitants", "conseil de 53 membres (L2121-2)",
                 "au plus 15 adjoint·es", "convocation 5 jours francs (L2121-12)",
                 "conseils de quartier obligatoires (L2143-1)"):
        assert said in message, message
    assert "5 200 signatures" in plain(f["legal.commune.electeurs"]["message"])
    body = f[f"legal.assemblees_tirees_au_sort.{BODY}"]
    assert body["verdict"] == "conforme" and "L2143-2" in body["articles"]
    assert "Assemblée consultative de 100 membres" in plain(body["message"])
    assert f["legal.votations.referendum-projets"]["verdict"] == "conforme"
    assert "LO1112-7" in f["legal.votations.referendum-projets"]["articles"]
    assert f["legal.libre.groupe-de-proposition"]["verdict"] == "a_verifier"
    assert f["legal.libre.animation-autonome"]["verdict"] == "engagement_politique"
    assert f["consistency.budget.votations"]["verdict"] == "coherent"
    quartiers = plain(f["consistency.lacune.quartiers"]["message"])
    assert "Poitiers compte 90 000 habitants" in quartiers
    assert "n'en parle que dans la clause libre « Conseils de quartier tirés au sort et volontaires »" \
        in quartiers


def test_an_assembly_that_codecides_conflicts_with_the_law() -> None:
    f = findings(f"assemblees_tirees_au_sort.{BODY}.pouvoirs=[avis, codecision]")
    body = f[f"legal.assemblees_tirees_au_sort.{BODY}"]
    assert body["verdict"] == "conflit" and "L2121-29" in body["articles"]


def test_couts() -> None:
    costs = run_json("couts", PACT)
    assert (costs["commune"], costs["population"], costs["electors"]) == ("Poitiers", 90000, 52000)
    assert costs["operating_spending_eur"] == 126_000_000
    # one referendum day a year (the pact's cap) × 0,28 € per registered elector × 52 000
    assert costs["operating"]["total_eur"] == 14560
    assert costs["investment"]["total_eur"] == 0
    text = run("couts", PACT)
    assert "Par habitant (90 000) : 0,16 € de fonctionnement" in text
    assert "le pacte ne fixe pas de défraiement" in text
    paid = run_json("couts", PACT, "--set",
                    f"assemblees_tirees_au_sort.{BODY}.indemnite_multiple_smic="
                    "{description: défraiement, unite: nombre, valeur: 1}")
    # + 100 membres × 4 sessions × 3 h × 12,02 € (SMIC horaire brut 2026) = 14 424 €
    assert paid["operating"]["total_eur"] == 14560 + 14424


def test_calendrier_du_mandat() -> None:
    cal = run_json("calendrier", PACT, "--procedure", "mandat")
    draws = [s["date"] for s in cal["steps"] if s["event"] == "assemblee_renouvellement"]
    assert draws == ["2027-03-27", "2028-03-27", "2029-03-27", "2030-03-27", "2031-03-27"]
    sessions = [s["date"] for s in cal["steps"] if s["event"] == "seance_cm"]
    assert sessions[0] == "2026-04-27" and all(Counter(d[:4] for d in sessions)[y] == 4
                                               for y in ("2027", "2028", "2029", "2030", "2031"))
    text = run("calendrier", PACT, "--procedure", "mandat")
    assert "27 mars 2027  Assemblée citoyenne et populaire permanente : renouvellement par tirage au sort" in text


def test_simuler() -> None:
    sim = run_json("simuler", "poitiers", "--runs", "2", "-j", "1")
    assert (sim["scenario"], sim["pact"], sim["runs"]) == ("poitiers", PACT, 2)
    assert sim["metrics"]["elected_hours"]["mean"] > 0
    # the assembly: 100 members × 4 sessions × 3 h = 1 200 h a year, over the mandate's days
    # (no referendum called, so that no voter's hours are added)
    sim = run_json("simuler", "poitiers", "--runs", "2", "-j", "1",
                   "--set", "hypotheses.votations_demandees_par_an=0")
    mandate_months = (date(2032, 3, 14) - date(2026, 3, 27)).days / (365.25 / 12)
    assert round(sim["metrics"]["citizen_hours"]["mean"]) == round(mandate_months * 1200 / 12) == 7159
    assert sim["metrics"]["votes_in_blackout"]["mean"] == 0
    assert not sim["invariant_violations"]
    assert "Simulation : Poitiers 2026–2032" in run("simuler", "poitiers", "--runs", "2", "-j", "1")


def test_bilan() -> None:
    bilan = run_json("bilan", PACT, "--runs", "0")
    assert bilan["commune"] == "Poitiers" and bilan["pacte"] == PACT
    assert bilan["costs"]["operating"]["total_eur"] == 14560
    cat = bilan["catalogue"]
    assert [c["verdict"] for c in cat["free_clauses"]] == [
        "a_verifier", "a_verifier", "engagement_politique", "a_verifier", "engagement_politique"]
    assert cat["assemblies"] == [{"clause": f"assemblees_tirees_au_sort.{BODY}",
                                  "title": "Assemblée citoyenne et populaire permanente",
                                  "verdict": "conforme", "confidence": "H",
                                  "articles": ["L2143-2", "CRPA-L131-1"], "members": 100}]
    assert cat["votes"][0]["signatures"] is None  # the council calls the referendum
    text = run("bilan", PACT, "--runs", "0")
    assert "Bilan du pacte « poitiers-2026 » à Poitiers" in text
    assert "Mandat : du 27 mars 2026 au 14 mars 2032 ; 7 clauses." in text


def test_pouvoirs_and_comparison_both_ways() -> None:
    powers = run_json("pouvoirs", PACT)
    ids = {n["id"] for n in powers["nodes"]}
    assert {f"assemblee_{BODY}", "votation_referendum-projets"} <= ids
    assert "conseil_citoyen" not in ids and "votation_propositionnelle" not in ids
    text = run("pouvoirs", PACT)
    assert "Assemblée citoyenne et populaire permanente (100 tiré·es au sort)" in text
    assert "seuls les élu·es peuvent convoquer un référendum" in text
    # the comparison names the other pact: Chambéry's name is expected there
    there = json.loads(invoke("pouvoirs", PACT, "--comparer", "chambery-2026", "--format", "json"))
    assert f"assemblee_{BODY}" in there["diff"]["nodes_removed"]
    assert "conseil_citoyen" in there["diff"]["nodes_added"]
    back = json.loads(invoke("pouvoirs", "chambery-2026", "--comparer", PACT, "--format", "json"))
    assert f"assemblee_{BODY}" in back["diff"]["nodes_added"]
    assert "conseil_citoyen" in back["diff"]["nodes_removed"]


def test_tirage_draws_the_hundred_members_with_their_quotas() -> None:
    draw = run_json("tirage", "--pacte", PACT, "--organe", BODY, "--generer-vivier", "150",
                    "--graine", "7")
    assert draw["feasible"] and draw["seats"] == 100 and len(draw["panel"]) == 100
    assert all(q["met"] for q in draw["quotas"])
    wanted = {(q["feature"], q["value"]): (q["min"], q["max"]) for q in draw["quotas"]}
    assert wanted[("genre", "femme")] == (50, 50)
    assert wanted[("tranche_age", "15-29")] == (34, 34)
    assert wanted[("csp", "cadres")] == (10, 11)
    assert wanted[("quartier", "Trois-Cités")] == (14, 14)
    selected = {(q["feature"], q["value"]): q["selected"] for q in draw["quotas"]}
    assert selected[("quartier", "Centre-ville")] == 16 and selected[("quartier", "Beaulieu")] == 12
    assert selected[("genre", "homme")] == 50 and selected[("tranche_age", "75+")] == 12
    assert abs(sum(draw["probabilities"].values()) - 100) < 1e-6
