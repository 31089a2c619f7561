"""The `pacte` command line: exit codes, French errors without traceback, JSON outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from engine.cli.main import app
from engine.core.paths import DEFAULT_PACT

ROOT = Path(__file__).resolve().parent.parent
STEP_KEYS = {"date", "event", "clause", "source"}


def pacte(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m engine …`` as a user would (a real process, real exit code)."""
    return subprocess.run([sys.executable, "-m", "engine", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def in_process(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
               *args: str) -> tuple[int, str]:
    """Run ``engine.cli.main.main`` in this process (exit code, stderr): same code path, no start-up."""
    from engine.cli.main import main

    monkeypatch.setattr(sys, "argv", ["pacte", *args])
    with pytest.raises(SystemExit) as exit_:
        main()
    return int(exit_.value.code), capsys.readouterr().err


def invoke_json(*args: str) -> dict:
    result = CliRunner().invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- errors: exit 2, French, no traceback -----------------------------------------------

def test_bad_pact_file_exits_2_with_file_line_and_field(tmp_path: Path) -> None:
    text = DEFAULT_PACT.read_text(encoding="utf-8").replace(
        "  seuil_pct:\n    description: Signatures requises, en pourcentage des électeurs inscrits\n"
        "    unite: pourcent\n    valeur: 3\n",
        "  seuil_pct:\n    description: Signatures requises, en pourcentage des électeurs inscrits\n"
        "    unite: pourcent\n    valeur: 140\n")
    assert "valeur: 140" in text
    bad = tmp_path / "pacte.yaml"
    bad.write_text(text, encoding="utf-8")
    line = text.splitlines().index("    valeur: 140") + 1
    run = pacte("clauses", str(bad))
    assert run.returncode == 2
    assert f"pacte.yaml:{line}" in run.stderr
    assert "« votation_propositionnelle.seuil_pct.valeur »" in run.stderr
    assert "valeur trop grande" in run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    assert run.stdout == ""


@pytest.mark.parametrize(("args", "expected"), [
    (("calendrier", "--procedure", "abrogation", "--depuis", "2026-02-30"), "date invalide « 2026-02-30 »"),
    (("calendrier", "--procedure", "abrogation", "--depuis", "2040-01-01"), "hors du mandat"),
    (("calendrier", "--procedure", "inconnue", "--depuis", "2026-10-15"), "procédure inconnue"),
    (("calendrier", "--procedure", "petition"), "indiquer --depuis"),
    (("calendrier", "--regime", "ancien"), "régime inconnu"),
    (("clauses", "--set", "votation_propositionnelle.seuil_inconnu=3"), "--set"),
    (("clauses", "introuvable.yaml"), "fichier introuvable"),
])
def test_bad_arguments_exit_2_in_french(capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch,
                                        args: tuple[str, ...], expected: str) -> None:
    code, err = in_process(capsys, monkeypatch, *args)
    assert code == 2, err
    assert expected in err
    assert "Traceback" not in err


def test_impossible_date_in_a_real_process() -> None:
    run = pacte("calendrier", "--procedure", "abrogation", "--depuis", "2026-02-30")
    assert run.returncode == 2
    assert "date invalide « 2026-02-30 »" in run.stderr and "Traceback" not in run.stderr


def test_help_is_in_french() -> None:
    result = CliRunner().invoke(app, ["calendrier", "--help"])
    assert result.exit_code == 0 and "Étapes datées" in result.stdout


# --- JSON outputs -----------------------------------------------------------------------

def test_clauses_json_has_a_source_on_every_parameter() -> None:
    data = invoke_json("clauses")
    params = [p for c in data["clauses"] for p in c["parameters"]]
    assert len(data["clauses"]) >= 15 and len(params) >= 100
    for p in params:
        assert p["source"] and "§" in p["source"], p["path"]
        assert {"path", "value", "unit", "description", "legal_basis"} <= set(p)


def test_clauses_json_shows_an_override() -> None:
    data = invoke_json("clauses", "--set", "votation_propositionnelle.seuil_pct=2")
    seuil = next(p for c in data["clauses"] for p in c["parameters"]
                 if p["path"] == "votation_propositionnelle.seuil_pct")
    assert seuil["value"] == 2


def test_abrogation_calendar_json_from_15_october_2026() -> None:
    data = invoke_json("calendrier", "--procedure", "abrogation", "--depuis", "2026-10-15",
                       "--regime", "pacte")
    assert data["procedure"] == "abrogation"
    steps = data["steps"]
    assert all(STEP_KEYS <= set(s) for s in steps)
    assert [s["date"] for s in steps] == sorted(s["date"] for s in steps)
    at = {s["event"]: s["date"] for s in steps}
    assert at == {
        "seance_cm": "2026-10-15", "fin_delai_demande": "2026-11-15",
        "debut_suspension": "2026-11-15", "fin_collecte": "2027-01-15",
        "verification_dpc": "2027-01-29", "declenchement_cm": "2027-02-12",
        "fin_campagne": "2027-03-12", "vote": "2027-03-14", "cm_abrogation_si_oui": "2027-03-22"}
    assert data["suspension"]["oui"] == {"debut": "2026-11-15", "fin": "2027-03-14", "jours": 119}
    assert data["suspension"]["sans_demande"] is None


@pytest.mark.parametrize(("procedure", "since"), [
    ("petition", "2026-10-15"), ("revocation", "2026-10-15"), ("rotation", None),
    ("audits", None), ("mandat", None), ("mandat", "2030-01-01")])
def test_every_procedure_json_is_sorted_with_the_documented_keys(procedure: str, since: str | None) -> None:
    args = ["calendrier", "--procedure", procedure] + (["--depuis", since] if since else [])
    for regime in ("pacte", "loi"):
        data = invoke_json(*args, "--regime", regime)
        steps = data["steps"]
        assert steps and data["procedure"] == procedure and data["regime"] == regime
        assert all(STEP_KEYS <= set(s) and s["source"] for s in steps)
        days = [date.fromisoformat(s["date"]) for s in steps]
        assert days == sorted(days)
        if since and procedure == "mandat":
            assert days[0] >= date.fromisoformat(since)


def test_law_regime_in_json_moves_the_petition_vote() -> None:
    pacte_ = invoke_json("calendrier", "--procedure", "petition", "--depuis", "2026-07-01", "--regime", "pacte")
    loi = invoke_json("calendrier", "--procedure", "petition", "--depuis", "2026-07-01", "--regime", "loi")
    vote = {d["regime"]: next(s["date"] for s in d["steps"] if s["event"] == "votation") for d in (pacte_, loi)}
    assert vote == {"pacte": "2027-04-11", "loi": "2027-07-11"}
    assert pacte_["signatures"]["value"]["required"] == 1043


@pytest.mark.parametrize("args, expected", [
    (["pouvoirs", "--format", "xx"], "n'est pas une valeur permise"),
    (["calendrier", "--procedure"], "attend une valeur"),
    (["nimportequoi"], "commande inconnue"),
    (["clauses", "--bidule"], "option inconnue"),
    (["simuler", "--runs", "abc"], "nombre entier"),
])
def test_usage_errors_are_french_with_exit_2(args, expected):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "engine", *args], capture_output=True, text=True)
    assert proc.returncode == 2
    assert expected in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("pact", ["chambery-2026", "saillans-2026"])
def test_calendar_text_names_its_sources_by_their_titles(pact: str) -> None:
    """Each step says what it comes from in words: the clause and parameter by their French
    names, the documents by their titles — no file name, no key, no English heading."""
    r = CliRunner().invoke(app, ["calendrier", pact])
    assert r.exit_code == 0, r.output
    arrows = [line for line in r.output.splitlines() if "↳" in line]
    assert arrows
    for line in arrows:
        assert ".txt" not in line and ".yaml" not in line and "LEGAL.md" not in line, line
        assert "Calendar helper" not in line and "_" not in line, line
