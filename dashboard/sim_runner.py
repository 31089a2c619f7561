"""Running the Monte Carlo from the dashboard, with one store of results for all sessions
(keyed by the exact inputs: YAML texts, edits, runs, seed)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Any

import streamlit as st

from dashboard import data, sim_view
from engine.io.variant import assumption_overrides, file_overrides


def available() -> bool:
    try:
        return importlib.util.find_spec("engine.sim.montecarlo") is not None
    except ModuleNotFoundError:
        return False


@st.cache_resource(show_spinner=False)
def store() -> dict:
    """Simulation summaries shared by all sessions, keyed by their exact inputs."""
    return {}


@st.cache_resource(max_entries=64, show_spinner=False)
def inputs(texts, overrides: tuple[str, ...]) -> Any:  # noqa: ANN001
    """The simulation's validated inputs (pact, scenario, assumptions with edits)."""
    from engine.sim.montecarlo import prepare

    scen, pact = data.context(texts, file_overrides(overrides))
    return prepare(scen, pact, assumption_overrides(overrides))


def cached(texts, overrides: tuple[str, ...], runs: int, seed: int) -> sim_view.SimSummary | None:  # noqa: ANN001
    return store().get((texts, overrides, int(runs), int(seed)))


def run(texts, overrides: tuple[str, ...], runs: int, seed: int,  # noqa: ANN001
        progress: Callable[[int], None] | None = None) -> sim_view.SimSummary:
    """Run (or reuse) the Monte Carlo of a variant: ``engine.sim.run_monte_carlo``."""
    key = (texts, overrides, int(runs), int(seed))
    done = store().get(key)
    if done is not None:
        if progress is not None:
            progress(int(runs))
        return done
    from engine.sim import run_monte_carlo

    result = run_monte_carlo(inputs(texts, overrides), runs=int(runs), seed=int(seed), jobs=1,
                             progress=progress, keep_events=0)
    summary = sim_view.summarise(result)
    store()[key] = summary
    return summary
