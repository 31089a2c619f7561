"""engine.io.context: a pact given without a scenario gets the scenario of its own commune,
never Chambéry's by default; a scenario of another commune is said in every output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from engine.core.errors import InputError
from engine.core.paths import PACTS_DIR, REPO, SCENARIOS_DIR
from engine.io import context as io_context
from engine.io.context import (
    commune_key,
    commune_note,
    load_context,
    resolve_scenario,
    same_commune,
)

CHAMBERY_PACT = PACTS_DIR / "chambery-2026.yaml"


def pact_for(tmp_path: Path, commune: str, name: str = "pacte.yaml") -> Path:
    """The bundled Chambéry pact, copied with another « commune: »."""
    text = CHAMBERY_PACT.read_text(encoding="utf-8")
    assert "  commune: Chambéry\n" in text
    path = tmp_path / name
    path.write_text(text.replace("  commune: Chambéry\n", f"  commune: {commune}\n", 1),
                    encoding="utf-8")
    return path


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "engine", *args], capture_output=True,
                          text=True, timeout=300, cwd=REPO,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


@pytest.mark.parametrize(("a", "b"), [
    ("Chambéry", "CHAMBERY"), ("Saint-Étienne", "St Etienne"), ("Sainte-Foy-lès-Lyon", "Ste Foy les Lyon"),
    ("L'Isle-d'Abeau", "l isle d abeau"), ("  Grenoble ", "grenoble"),
])
def test_spellings_of_the_same_commune(a: str, b: str) -> None:
    assert same_commune(a, b), (commune_key(a), commune_key(b))


@pytest.mark.parametrize(("a", "b"), [
    ("Chambéry", "Grenoble"), ("Saint-Denis", "Saint-Denis-en-Val"), ("Stains", "Saint Ains"),
])
def test_different_communes(a: str, b: str) -> None:
    assert not same_commune(a, b)


def test_the_collegial_pact_of_chambery_gets_the_chambery_scenario() -> None:
    scen, pact = load_context(None, "collegial-2026")
    assert pact.info.commune == "Chambéry"
    assert scen.info.id == "chambery"
    assert commune_note(scen, pact) is None


def test_a_pact_written_for_grenoble_gets_grenoble_figures(tmp_path: Path) -> None:
    path = pact_for(tmp_path, "GRENOBLE")
    scen, pact = load_context(None, path)
    grenoble, _ = load_context("grenoble")
    chambery, _ = load_context("chambery")
    assert scen.info.id == "grenoble" and scen.commune.name == "Grenoble"
    assert scen.commune.electors.at() == grenoble.commune.electors.at()
    assert scen.commune.electors.at() != chambery.commune.electors.at()
    assert pact.info.id == "chambery-2026" and commune_note(scen, pact) is None
    assert resolve_scenario(None, path) == SCENARIOS_DIR / "grenoble.yaml"


def test_set_on_the_pact_commune_chooses_the_scenario() -> None:
    scen, pact = load_context(None, "chambery-2026", [("pacte.commune", "Saillans")])
    assert scen.info.id == "saillans" and pact.info.commune == "Saillans"


def test_no_scenario_for_the_commune_is_a_french_error_naming_file_line_and_field(
        tmp_path: Path) -> None:
    path = pact_for(tmp_path, "Pau")
    with pytest.raises(InputError) as err:
        load_context(None, path)
    (problem,) = err.value.problems
    assert problem.file == str(path) and problem.field == "pacte.commune"
    line = CHAMBERY_PACT.read_text(encoding="utf-8").splitlines().index("  commune: Chambéry") + 1
    assert problem.line == line
    assert "« Pau »" in problem.message
    from engine.core.paths import SCENARIOS_DIR

    for path in sorted(SCENARIOS_DIR.glob("*.yaml")):  # every bundled scenario is offered
        assert f"{path.stem} (" in problem.message
    assert "--scenario FICHIER" in problem.message


def test_the_cli_exits_2_for_a_pact_of_a_commune_without_scenario(tmp_path: Path) -> None:
    path = pact_for(tmp_path, "Pau")
    proc = run_cli("verifier", str(path))
    out = proc.stdout + proc.stderr
    assert proc.returncode == 2, out
    assert "pacte.commune" in out and "« Pau »" in out
    assert "scénarios fournis : chambery (Chambéry), " in out and "saillans (Saillans)" in out
    assert "pacte nouveau --commune NOM" in out
    assert "passez --scenario FICHIER, ou créez le scénario de votre commune" in out
    assert "Traceback" not in out and "Chambéry" not in out.split("scénarios fournis")[0]


def test_an_explicit_scenario_of_another_commune_is_said_in_json_and_text() -> None:
    proc = run_cli("verifier", "--scenario", "grenoble", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["commune"] == "Grenoble" and data["commune_du_pacte"] == "Chambéry"
    assert "écrit pour Chambéry" in data["note_commune"]
    assert "et si ce pacte était appliqué à Grenoble ?" in data["note_commune"]
    text = run_cli("verifier", "--scenario", "grenoble").stdout
    assert text.splitlines()[1] == data["note_commune"]


def test_the_bilan_says_the_commune_mismatch() -> None:
    from engine.render.text import render_text
    from engine.report.bilan import build_report

    scen, pact = load_context("saillans", "collegial-2026")
    data = build_report(pact, scen, runs=0)
    assert data["commune_du_pacte"] == "Chambéry" and data["commune"] == "Saillans"
    assert data["note_commune"] == commune_note(scen, pact)
    assert data["note_commune"] in render_text(data)
    same = build_report(*reversed(load_context("chambery", "collegial-2026")), runs=0)
    assert same["note_commune"] is None


def test_among_several_scenarios_of_the_commune_the_one_naming_the_pact(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (SCENARIOS_DIR / "chambery.yaml").read_text(encoding="utf-8")
    assert "pacte: ../rules/pactes/chambery-2026.yaml" in text
    for name, pact in (("a-autre", "collegial-2026.yaml"), ("b-celui-ci", "chambery-2026.yaml")):
        (tmp_path / f"{name}.yaml").write_text(text.replace(
            "pacte: ../rules/pactes/chambery-2026.yaml", f"pacte: {PACTS_DIR / pact}").replace(
            "id: chambery", f"id: {name}"), encoding="utf-8")
    monkeypatch.setattr(io_context, "SCENARIOS_DIR", tmp_path)
    scen, _ = load_context(None, CHAMBERY_PACT)
    assert scen.info.id == "b-celui-ci"
    scen, _ = load_context(None, PACTS_DIR / "collegial-2026.yaml")
    assert scen.info.id == "a-autre"
