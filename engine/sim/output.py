"""Writing a Monte Carlo to a folder: Parquet tables and ``summary.json``, all or nothing.

Files: ``runs.parquet`` (one row per run: every metric and the assumption values drawn),
``monthly.parquet`` (one row per run and month: every monthly series), ``events.parquet``
(the dated event log of the runs kept), ``summary.json`` (the JSON of ``pacte simuler`` plus
the monthly series summarised). Everything is written to a temporary folder next to the
target, then moved into place (``engine.io.output_dir``): an interrupted run leaves nothing
half-written.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from engine.sim.metrics import METRIC_NAMES
from engine.sim.montecarlo import MonteCarloResult
from engine.sim.state import SERIES


def runs_frame(result: MonteCarloResult) -> Any:
    import pandas as pd

    frame = pd.DataFrame(result.metrics, columns=list(METRIC_NAMES))
    aliases = {name: key for key, name, _a in result.inputs.assumptions.items()}
    for j, name in enumerate(result.behaviour_names):
        frame[f"hypothese.{aliases.get(name, name)}"] = result.behaviour[:, j]
    frame.insert(0, "run", range(result.runs))
    return frame


def monthly_frame(result: MonteCarloResult) -> Any:
    import numpy as np
    import pandas as pd

    runs, _series, months = result.monthly.shape
    data: dict[str, Any] = {
        "run": np.repeat(np.arange(runs), months),
        "month": np.tile(np.asarray(result.months), runs),
    }
    for s, name in enumerate(SERIES):
        data[name] = result.monthly[:, s, :].reshape(-1)
    return pd.DataFrame(data)


def events_frame(result: MonteCarloResult) -> Any:
    import pandas as pd

    rows = []
    start = result.start_ordinal
    for run, events in result.events.items():
        for o, event, label, clause, source, detail in events:
            rows.append((run, date.fromordinal(start + o), event, label, clause, source, detail))
    return pd.DataFrame(rows, columns=["run", "date", "event", "label", "clause", "source", "detail"])


def summary_json(result: MonteCarloResult) -> dict[str, Any]:
    data = result.as_json()
    data["monthly"] = result.monthly_summary()
    return data


def write_results(result: MonteCarloResult, out: Path) -> Path:
    """Write the result to folder ``out`` all at once (replacing an earlier result), through
    ``engine.io.output_dir``: checked, locked, temporary folder renamed into place."""
    from engine.io.output_dir import write_folder

    def fill(folder: Path) -> None:
        runs_frame(result).to_parquet(folder / "runs.parquet", index=False)
        monthly_frame(result).to_parquet(folder / "monthly.parquet", index=False)
        events_frame(result).to_parquet(folder / "events.parquet", index=False)
        (folder / "summary.json").write_text(
            json.dumps(summary_json(result), ensure_ascii=False, indent=2, default=str),
            encoding="utf-8")

    return write_folder(out, fill)
