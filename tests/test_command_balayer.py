"""`pacte balayer`: one row per grid point, printed and written."""

from __future__ import annotations

import json

import pandas as pd
from typer.testing import CliRunner

from engine.cli.main import app

RUNNER = CliRunner()


def test_sweep_prints_and_writes_a_table(tmp_path) -> None:
    out = tmp_path / "balayage.parquet"
    r = RUNNER.invoke(app, ["balayer", "--grille", "hypotheses.regime_des_votes=loi,pacte",
                            "--runs", "3", "--jobs", "1", "--out", str(out),
                            "--metriques", "votes_in_blackout,petition_to_vote_days"])
    assert r.exit_code == 0, r.output
    assert "Balayage : 2 points × 3 futurs simulés" in r.output
    table = pd.read_parquet(out)
    assert list(table["hypotheses.regime_des_votes"]) == ["loi", "pacte"]
    assert table.loc[0, "votes_in_blackout.mean"] == 0


def test_sweep_json_and_unknown_metric() -> None:
    r = RUNNER.invoke(app, ["balayer", "--grille", "commune.electeurs_inscrits=20000,40000",
                            "--runs", "2", "--jobs", "1", "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert [row["commune.electeurs_inscrits"] for row in data["rows"]] == [20000, 40000]
    bad = RUNNER.invoke(app, ["balayer", "--metriques", "inconnue", "--runs", "1"])
    assert bad.exit_code != 0
