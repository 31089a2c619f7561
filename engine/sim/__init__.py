"""The SimPy model of a pact over a mandate, Monte Carlo over seeds, and its executors.

Entry points for the CLI, ``pacte bilan`` and the dashboard:

- :func:`engine.sim.montecarlo.run_monte_carlo` — many runs, summarised (mean, p5, p50, p95);
- :func:`engine.sim.montecarlo.prepare` — build the inputs from a scenario, a pact and
  overrides (including ``hypotheses.*``);
- :func:`engine.sim.run.simulate` — one run, with its event log.
"""

from __future__ import annotations

from typing import Any


def run_monte_carlo(*args: Any, **kwargs: Any) -> Any:
    """See :func:`engine.sim.montecarlo.run_monte_carlo`."""
    from engine.sim.montecarlo import run_monte_carlo as impl

    return impl(*args, **kwargs)
