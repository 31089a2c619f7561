"""The fifteen measures most common in 2026 pacts, written by a newcomer for Grenoble
(tests/fixtures/pacte_quinze_mesures.yaml), through the command line as a user would run it:
each measure gets its own finding, the free clause an honest verdict, the figures are Grenoble's
and the costs only cover the clauses the pact has."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from engine.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
PACT = str(ROOT / "tests" / "fixtures" / "pacte_quinze_mesures.yaml")

# Measure (its French name) → key of the clause that expresses it in the pact.
MESURES: dict[str, str] = {
    "Votation d'initiative citoyenne (pétition puis vote)": "votation_propositionnelle",
    "Référendum local": "referendum_municipal",
    "Questions des habitant·es en séance du conseil municipal": "conseil_municipal",
    "Budget participatif": "budget_participatif",
    "Assemblée citoyenne permanente tirée au sort (quotas par strate)":
        "assemblees_tirees_au_sort.assemblee-citoyenne",
    "Convention citoyenne": "conventions_citoyennes",
    "Pétition de mise à l'ordre du jour, droit d'interpellation": "interpellation",
    "Vote dès 16 ans et des résident·es étranger·es": "votations.votation-habitants",
    "Conseils de quartier": "conseils_de_quartier",
    "Commissions ouvertes": "commissions",
    "Gouvernance collégiale": "collegialite",
    "Plan pluriannuel d'investissement co-décidé": "ppi",
    "Transparence et données ouvertes": "transparence",
    "Charte éthique et non-cumul": "charte_ethique",
    "Suivi des engagements (mandat impératif)": "engagements",
}
CLAUSE_LIBRE = "clauses_libres.cantines-bio"
TITRE_LIBRE = "Cantines scolaires 100 % bio et locales"

LEGAL_VERDICTS = {"conforme", "engagement_politique", "conflit", "a_verifier"}
CONSISTENCY_VERDICTS = {"coherent", "incoherent", "a_verifier", "lacune"}

# Every cost line the pact may produce → the clause(s) that justify it (None: shared by all
# the instances of the pact, logistics and equipment).
LIGNES_DE_COUT: dict[str, tuple[str, ...] | None] = {
    "office_logistics": None,
    "office_equipment": None,
    "committees_and_council": ("commissions", "conseil_municipal"),
    "quartier_councils": ("conseils_de_quartier",),
    "quartier_budgets": ("conseils_de_quartier",),
    "votations_conventions": ("votation_propositionnelle", "referendum_municipal",
                              "conventions_citoyennes", "votations.votation-habitants"),
    "participatory_budget": ("budget_participatif",),
    "assembly_assemblee-citoyenne": ("assemblees_tirees_au_sort.assemblee-citoyenne",),
}

CHAMBERY = ("Chambéry", "Chambery", "34757", "59856")
SPACES = re.compile(r"[\s\u00a0\u202f]")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout


def run_json(*args: str) -> dict:
    code, out = run(*args, "--format", "json")
    assert code == 0, out
    return json.loads(out)


@pytest.fixture(scope="module")
def verification() -> dict:
    code, out = run("verifier", PACT, "--format", "json")
    assert code in (0, 1), out
    return json.loads(out)


@pytest.fixture(scope="module")
def bilan_json() -> tuple[str, dict]:
    code, out = run("bilan", PACT, "--runs", "2", "--format", "json")
    assert code == 0, out
    return out, json.loads(out)


@pytest.fixture(scope="module")
def couts_json() -> tuple[str, dict]:
    code, out = run("couts", PACT, "--format", "json")
    assert code == 0, out
    return out, json.loads(out)


@pytest.fixture(scope="module")
def clause_ids() -> set[str]:
    data = run_json("clauses", PACT)
    assert data["commune"] == "Grenoble"
    return {c["id"] for c in data["clauses"]} | {c["id"] for c in data["free_clauses"]}


# --- (a) the pact loads; each measure has a finding about its clause ---------------------

def test_the_pact_loads_for_grenoble(clause_ids: set[str]) -> None:
    assert set(MESURES.values()) <= clause_ids, set(MESURES.values()) - clause_ids
    assert CLAUSE_LIBRE in clause_ids


def test_verifier_json_runs_on_grenoble(verification: dict) -> None:
    assert verification["pacte"] == "grenoble-quinze-mesures"
    assert verification["commune"] == "Grenoble"


@pytest.mark.parametrize(("mesure", "clause"), list(MESURES.items()), ids=list(MESURES.values()))
def test_each_measure_has_a_finding_about_its_clause(verification: dict, mesure: str,
                                                     clause: str) -> None:
    findings = [f for f in verification["findings"] if f["clause"] == clause]
    assert findings, f"aucun constat pour « {mesure} » (clause {clause})"
    legal = [f for f in findings if f["kind"] == "legal"]
    assert legal, f"aucun constat juridique pour « {mesure} » (clause {clause})"
    for f in findings:
        assert f["verdict"] in LEGAL_VERDICTS | CONSISTENCY_VERDICTS, f
        assert "inconnue" not in f["id"], f"« {mesure} » : {f['id']}"
        assert "clause inconnue" not in f["message"].lower(), f"« {mesure} » : {f['message']}"
        assert f["message"].strip() and f["source"].strip()


def test_no_finding_says_clause_inconnue(verification: dict) -> None:
    for f in verification["findings"]:
        assert "clause inconnue" not in f["message"].lower(), f


# --- (b) the free clause: its own finding, an honest verdict, listed in the bilan ---------

def test_free_clause_has_its_own_honest_finding(verification: dict) -> None:
    findings = [f for f in verification["findings"] if f["clause"] == CLAUSE_LIBRE]
    assert len(findings) == 1, findings
    finding = findings[0]
    assert finding["kind"] == "legal"
    assert finding["verdict"] in LEGAL_VERDICTS - {"conforme"}, finding["verdict"]
    assert finding["severity"] != "info"


def test_free_clause_is_listed_in_the_bilan(bilan_json: tuple[str, dict]) -> None:
    _, data = bilan_json
    free = data["catalogue"]["free_clauses"]
    assert [c["clause"] for c in free] == [CLAUSE_LIBRE]
    assert free[0]["verdict"] != "conforme"
    code, text = run("bilan", PACT, "--runs", "2")
    assert code == 0, text
    assert f"Clause libre « {TITRE_LIBRE} »" in text


# --- (c) Grenoble's figures, never Chambéry's ---------------------------------------------

def _assert_no_chambery(out: str, data: dict) -> None:
    texts = (out, json.dumps(data, ensure_ascii=False))
    for text in texts:
        squeezed = SPACES.sub("", text)
        for needle in CHAMBERY:
            assert needle not in text and needle not in squeezed, needle


def test_bilan_is_grenoble_not_chambery(bilan_json: tuple[str, dict]) -> None:
    out, data = bilan_json
    _assert_no_chambery(out, data)
    assert data["commune"] == "Grenoble"
    petition = data["thresholds"]["petition"]
    assert petition["required"] == 2596  # 3 % de 86 523, arrondi au-dessus
    assert "86523" in SPACES.sub("", petition["explanation"])


def test_couts_are_grenoble_not_chambery(couts_json: tuple[str, dict]) -> None:
    out, data = couts_json
    _assert_no_chambery(out, data)
    assert data["scenario"] == "grenoble" and data["commune"] == "Grenoble"
    assert data["electors"] == 86523
    assert data["population"] == 156140


# --- (d) costs only for the clauses the pact has -------------------------------------------

def test_cost_lines_only_for_clauses_of_the_pact(couts_json: tuple[str, dict],
                                                 clause_ids: set[str]) -> None:
    _, data = couts_json
    lines = [line["id"] for part in ("operating", "investment") for line in data[part]["lines"]]
    unknown = set(lines) - set(LIGNES_DE_COUT)
    assert not unknown, f"lignes de coût sans clause dans le pacte : {unknown}"
    for line in lines:
        owners = LIGNES_DE_COUT[line]
        assert owners is None or any(o in clause_ids for o in owners), line
    # The pact has neither Conseil Citoyen nor DPC: no line may cost them.
    assert not any("conseil_citoyen" in line or "dpc" in line.lower() for line in lines)
    # The measures that cost money are all in the table.
    assert {"participatory_budget", "quartier_budgets", "assembly_assemblee-citoyenne",
            "votations_conventions", "committees_and_council"} <= set(lines)
