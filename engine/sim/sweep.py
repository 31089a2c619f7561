"""Sweeps: the same Monte Carlo over a grid of parameters (e.g. petition threshold ×
turnout × commune), one row per grid point, through one executor (local or Dask).

An axis is « CHEMIN=V1,V2,… »: a pact or scenario path (as for ``--set``), a
``hypotheses.<clé>`` assumption, or ``scenario`` itself (a list of scenario files or ids, to
compare communes). Every point uses the same seed (common random numbers), so differences
between rows come from the parameters, not from chance.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.core.defaults import DEFAULT_SEED
from engine.core.errors import InputError
from engine.sim.executors import Executor
from engine.sim.metrics import METRIC_NAMES
from engine.sim.montecarlo import MonteCarloResult, prepare, run_many

SCENARIO_AXIS = "scenario"
STATS = ("mean", "p5", "p50", "p95")


@dataclass(frozen=True)
class Axis:
    path: str
    values: tuple[Any, ...]


def parse_axis(text: str) -> Axis:
    """« votation_propositionnelle.seuil_pct=2,3,5 » → Axis (values parsed as YAML)."""
    from engine.io.load import parse_yaml

    if "=" not in text:
        raise InputError.single("--grille", None, text, "forme attendue : CHEMIN=V1,V2,…")
    path, raw = (part.strip() for part in text.split("=", 1))
    if not path:
        raise InputError.single("--grille", None, text, "chemin vide avant « = »")
    items = [v.strip() for v in raw.split(",") if v.strip()]
    if not items:
        raise InputError.single("--grille", None, path, "aucune valeur après « = »")
    if path == SCENARIO_AXIS:
        return Axis(path, tuple(items))
    return Axis(path, tuple(parse_yaml(v, f"--grille {path}").data for v in items))


def grid(axes: Sequence[Axis]) -> list[dict[str, Any]]:
    """Every combination of the axes' values, first axis slowest."""
    if not axes:
        return [{}]
    paths = [a.path for a in axes]
    if len(set(paths)) != len(paths):
        raise InputError.single("--grille", None, ",".join(paths), "un même chemin figure deux fois")
    return [dict(zip(paths, combo, strict=True)) for combo in itertools.product(*(a.values for a in axes))]


@dataclass
class SweepResult:
    points: list[dict[str, Any]]
    results: list[MonteCarloResult]

    def rows(self) -> list[dict[str, Any]]:
        """One row per point: its parameters, then mean/p5/p50/p95 of every metric."""
        out = []
        for point, result in zip(self.points, self.results, strict=True):
            row: dict[str, Any] = {k: _cell(v) for k, v in point.items()}
            row["runs"] = result.runs
            row["violations"] = len(result.violations)
            summary = result.summary()
            for name in METRIC_NAMES:
                for stat in STATS:
                    row[f"{name}.{stat}"] = summary[name][stat]
            out.append(row)
        return out

    def frame(self) -> Any:
        import pandas as pd

        return pd.DataFrame(self.rows())


def _cell(value: Any) -> Any:
    return value if isinstance(value, (int, float, str, bool)) or value is None else str(value)


def run_sweep(
    axes: Sequence[Axis],
    scenario: str | Path | None = None,
    pact: str | Path | None = None,
    runs: int = 50,
    seed: int = DEFAULT_SEED,
    overrides: Sequence[tuple[str, Any]] = (),
    executor: Executor | None = None,
    progress: Callable[[int], None] | None = None,
) -> SweepResult:
    """Run the Monte Carlo at every grid point through ``executor`` (inline if None)."""
    from engine.sim.executors import InlineExecutor

    if runs < 1:
        raise InputError.single("--runs", None, "runs", "au moins 1 futur simulé")
    points = grid(axes)
    inputs = []
    for point in points:
        scen = point.get(SCENARIO_AXIS, scenario)
        extra = [(k, v) for k, v in point.items() if k != SCENARIO_AXIS]
        inputs.append(prepare(scen, pact, [*overrides, *extra]))
    own = executor is None
    executor = executor or InlineExecutor()
    try:
        results = run_many(inputs, runs, seed, executor, 0, progress)
    finally:
        if own:
            executor.close()
    return SweepResult(points, results)


def write_table(frame: Any, out: Path) -> Path:
    """CSV or Parquet by extension, written all at once through ``engine.io.output_dir``; CSV
    cells neutralised for spreadsheets (``engine.io.csv_safe``)."""
    from engine.io.csv_safe import frame_to_csv
    from engine.io.output_dir import write_file

    out = Path(out)
    check_table_path(out)
    if out.suffix.lower() == ".csv":
        return write_file(out, lambda path: frame_to_csv(frame, path))
    return write_file(out, lambda path: frame.to_parquet(path, index=False))


def check_table_path(out: Path) -> None:
    """The checks of :func:`write_table` that can be made before the sweep runs."""
    if Path(out).suffix.lower() not in (".csv", ".parquet"):
        raise InputError.single(str(out), None, "--out", "extension attendue : .csv ou .parquet")
