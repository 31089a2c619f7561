"""`pacte tirage` and `pacte vivier` end to end (subprocess, like a user); `pacte lettres`:
``tests/test_lettres_command.py``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def pacte(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "engine", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})


def test_draw_json_and_output_folder(tmp_path):
    pool = tmp_path / "vivier.csv"
    gen = pacte("vivier", "90", "--graine", "4", "--out", str(pool))
    assert gen.returncode == 0, gen.stderr
    out = tmp_path / "resultat"
    run = pacte("tirage", str(pool), "--graine", "avril 2026", "--format", "json", "--out", str(out))
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert {"panel", "probabilities", "quotas", "algorithm", "seed", "library_version"} <= set(doc)
    assert len(doc["panel"]) == 30 and doc["seed"] == "avril 2026" and doc["algorithm"] == "profils"
    assert abs(sum(doc["probabilities"].values()) - 30) < 1e-6
    assert all(q["met"] for q in doc["quotas"])
    assert doc["audit"]["pool"]["sha256"] and doc["audit"]["quotas_sha256"]
    assert "--graine 'avril 2026'" in doc["audit"]["command"]
    assert sorted(p.name for p in out.iterdir()) == [
        "LISEZMOI.txt", "panel.csv", "probabilites.csv", "quotas.csv", "tirage.json"]
    assert json.loads((out / "tirage.json").read_text()) == doc
    again = pacte("tirage", str(pool), "--graine", "avril 2026", "--format", "json")
    assert json.loads(again.stdout)["panel"] == doc["panel"]


def test_bad_csv_exits_2_with_the_line(tmp_path):
    pool = tmp_path / "vivier.csv"
    pool.write_text("id,quartier,genre,csp\na,Bissy,femme,cadres\nb,Atlantide,homme,cadres\n")
    run = pacte("tirage", str(pool))
    assert run.returncode == 2
    assert f"{pool}:3" in run.stderr and "quartier" in run.stderr and "Atlantide" in run.stderr
    assert "Traceback" not in run.stderr


def test_infeasible_draw_explained_and_strict_exit(tmp_path):
    pool = tmp_path / "vivier.csv"
    pool.write_text("id,quartier,genre,csp\n" + "".join(
        f"p{i},Bissy,femme,employes\n" for i in range(40)))
    run = pacte("tirage", str(pool), "--graine", "1")
    assert run.returncode == 0
    assert "abaisser le minimum de 5 à 0" in run.stdout and "Aucun panel" in run.stdout
    assert pacte("tirage", str(pool), "--graine", "1", "--strict").returncode == 1
