"""`pacte simuler`: JSON on stdout, results folder, no progress bar when piped, exit 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from engine.cli.main import app

RUNNER = CliRunner()


def test_json_schema_and_same_results_whatever_jobs() -> None:
    one = RUNNER.invoke(app, ["simuler", "--runs", "6", "--graine", "3", "--jobs", "1", "--format", "json"])
    two = RUNNER.invoke(app, ["simuler", "--runs", "6", "--graine", "3", "--jobs", "2", "--format", "json"])
    assert one.exit_code == 0, one.output
    assert one.output == two.output
    data = json.loads(one.output)
    assert data["scenario"] == "chambery" and data["runs"] == 6 and data["seed"] == 3
    assert data["metrics"]["votes_in_blackout"]["p95"] == 0
    assert data["assumptions"]["regime_des_votes"] == "loi"


def test_text_output_in_french_and_results_folder(tmp_path) -> None:
    out = tmp_path / "res"
    r = RUNNER.invoke(app, ["simuler", "--runs", "3", "--jobs", "1", "--out", str(out), "--regime", "pacte"])
    assert r.exit_code == 0, r.output
    assert "délais du pacte" in r.output and "Invariants vérifiés" in r.output
    assert (out / "summary.json").exists() and (out / "events.parquet").exists()


def test_hypotheses_override_reaches_the_model() -> None:
    r = RUNNER.invoke(app, ["simuler", "--runs", "3", "--jobs", "1", "--format", "json",
                            "--set", "hypotheses.petitions_pour_10000_habitants_par_an=0"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["metrics"]["petitions_started"]["p95"] == 0


def test_piped_output_has_no_progress_bar_and_bad_input_exits_2() -> None:
    ok = subprocess.run([sys.executable, "-m", "engine", "simuler", "-n", "2", "-j", "1"],
                        capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stderr == ""
    bad = subprocess.run([sys.executable, "-m", "engine", "simuler", "--set", "hypotheses.inconnue=1"],
                         capture_output=True, text=True)
    assert bad.returncode == 2
    assert "hypothèse inconnue" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.parametrize("args", [["-n", "0"], ["--regime", "parfois"], ["-j", "0"],
                                  ["--set", "votation_propositionnelle.seuil_pct=abc"]])
def test_bad_input_is_an_input_error(args) -> None:
    from engine.core.errors import InputError

    r = RUNNER.invoke(app, ["simuler", *args])
    assert isinstance(r.exception, InputError), r.output


def test_the_scenario_may_be_given_as_in_the_other_commands() -> None:
    """`--scenario` says what the argument says (as `pacte bilan PACTE --scenario S` does);
    two different scenarios are refused."""
    flag = RUNNER.invoke(app, ["simuler", "--scenario", "saillans", "--pacte", "saillans-2026",
                               "--runs", "2", "--jobs", "1", "--format", "json"])
    arg = RUNNER.invoke(app, ["simuler", "saillans", "--pacte", "saillans-2026",
                              "--runs", "2", "--jobs", "1", "--format", "json"])
    assert flag.exit_code == 0, flag.output
    assert flag.output == arg.output
    data = json.loads(flag.output)
    assert data["scenario"] == "saillans"
    assert data["sans_objet"]["abrogation_requests"] == "le pacte ne prévoit pas de votation abrogatoire"
    both = subprocess.run([sys.executable, "-m", "engine", "simuler", "chambery", "--scenario",
                           "saillans", "--runs", "2"], capture_output=True, text=True, timeout=120)
    assert both.returncode == 2 and "deux scénarios donnés" in both.stderr
    assert "Traceback" not in both.stderr
