"""Sweeps: grid parsing, one row per point, a table written atomically."""

from __future__ import annotations

import pandas as pd
import pytest

from engine.core.errors import InputError
from engine.sim.sweep import grid, parse_axis, run_sweep, write_table


def test_axes_are_parsed_as_yaml_values() -> None:
    axis = parse_axis("votation_propositionnelle.seuil_pct=1.5, 3,5")
    assert axis.values == (1.5, 3, 5)
    assert parse_axis("hypotheses.regime_des_votes=loi,pacte").values == ("loi", "pacte")
    assert parse_axis("scenario=chambery,autre.yaml").values == ("chambery", "autre.yaml")


@pytest.mark.parametrize("text", ["sans_egal", "=1,2", "chemin="])
def test_bad_axes_are_input_errors(text) -> None:
    with pytest.raises(InputError):
        parse_axis(text)


def test_grid_is_the_cartesian_product_first_axis_slowest() -> None:
    points = grid([parse_axis("a=1,2"), parse_axis("b=x,y,z")])
    assert len(points) == 6 and points[0] == {"a": 1, "b": "x"} and points[3] == {"a": 2, "b": "x"}
    with pytest.raises(InputError):
        grid([parse_axis("a=1"), parse_axis("a=2")])


def test_sweep_rows_follow_the_parameters(tmp_path) -> None:
    axes = [parse_axis("votation_propositionnelle.seuil_absolu=0"),
            parse_axis("votation_propositionnelle.seuil_pct=1,10")]
    result = run_sweep(axes, runs=4, seed=2)
    rows = result.rows()
    assert [r["votation_propositionnelle.seuil_pct"] for r in rows] == [1, 10]
    assert rows[0]["petitions_admissible.mean"] >= rows[1]["petitions_admissible.mean"]
    assert all(r["violations"] == 0 for r in rows)
    out = write_table(result.frame(), tmp_path / "table.csv")
    assert len(pd.read_csv(out)) == 2
    with pytest.raises(InputError):
        write_table(result.frame(), tmp_path / "table.txt")
