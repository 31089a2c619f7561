"""Results folder: Parquet tables and summary.json, written all at once."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from engine.core.errors import InputError
from engine.sim.montecarlo import run_monte_carlo
from engine.sim.output import write_results
from engine.sim.state import SERIES
from tests.sim_scenarios import inputs


@pytest.fixture(scope="module")
def result():
    return run_monte_carlo(inputs("chambery"), runs=4, seed=8, keep_events=2)


def test_tables_and_summary(tmp_path, result) -> None:
    out = write_results(result, tmp_path / "res")
    assert sorted(p.name for p in out.iterdir()) == ["events.parquet", "monthly.parquet",
                                                      "runs.parquet", "summary.json"]
    runs = pd.read_parquet(out / "runs.parquet")
    assert list(runs["run"]) == [0, 1, 2, 3]
    assert "hypothese.taux_acceptation_tirage_pct" in runs.columns
    monthly = pd.read_parquet(out / "monthly.parquet")
    assert len(monthly) == 4 * len(result.months) and set(SERIES) <= set(monthly.columns)
    events = pd.read_parquet(out / "events.parquet")
    assert set(events["run"]) == {0, 1}
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["runs"] == 4 and "monthly" in summary


def test_an_existing_result_is_replaced_and_no_temporary_is_left(tmp_path, result) -> None:
    target = tmp_path / "res"
    target.mkdir()
    (target / "panel.csv").write_text("x")  # an earlier Pacte result (another command's)
    write_results(result, target)
    assert not (target / "panel.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["res"]


def test_a_folder_of_other_files_is_never_replaced(tmp_path, result) -> None:
    target = tmp_path / "mes-documents"
    target.mkdir()
    (target / "budget.ods").write_text("x")
    with pytest.raises(InputError) as err:
        write_results(result, target)
    assert "budget.ods" in str(err.value) and "n'est pas un résultat de Pacte" in str(err.value)
    assert [p.name for p in target.iterdir()] == ["budget.ods"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mes-documents"]


def test_a_failed_write_leaves_nothing(tmp_path, result, monkeypatch) -> None:
    import engine.sim.output as output

    def boom(*_a, **_k):
        raise RuntimeError("disque plein")

    monkeypatch.setattr(output, "events_frame", boom)
    with pytest.raises(RuntimeError):
        write_results(result, tmp_path / "res")
    assert list(tmp_path.iterdir()) == []
