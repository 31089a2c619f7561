"""Monte Carlo: many runs of the model, summarised per metric (mean, p5, p50, p95).

Public entry points (the CLI, ``pacte bilan`` and the dashboard call these):

- :func:`prepare` — the validated inputs of a simulation from a scenario and a pact (files,
  bundled ids or already-loaded models) and ``--set`` overrides, ``hypotheses.*`` included;
- :func:`run_monte_carlo` — ``runs`` runs seeded from ``seed``; identical results whatever
  ``jobs`` or executor, because each run's seed derives from (seed, run index) and results
  are put back in run order.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.core.defaults import DEFAULT_SEED
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.sim.context import CACHE, ContextInputs
from engine.sim.executors import Executor, InlineExecutor, make_executor
from engine.sim.metrics import METRIC_NAMES, metric_labels, not_applicable
from engine.sim.state import SERIES

PERCENTILES = (5, 50, 95)


def split_assumption_overrides(
    overrides: Sequence[tuple[str, Any]],
) -> tuple[list[tuple[str, Any]], list[tuple[str, Any]]]:
    """(pact and scenario overrides, ``hypotheses.*`` overrides)."""
    hyp = [(p, v) for p, v in overrides if p == "hypotheses" or p.startswith("hypotheses.")]
    other = [(p, v) for p, v in overrides if not (p == "hypotheses" or p.startswith("hypotheses."))]
    return other, hyp


def prepare(
    scenario: Scenario | str | Path | None = None,
    pact: Pact | str | Path | None = None,
    overrides: Sequence[tuple[str, Any]] = (),
) -> ContextInputs:
    """Validated inputs of a simulation. ``scenario`` and ``pact`` are files, bundled ids or
    models; with models, only ``hypotheses.*`` overrides apply (edit the models instead)."""
    from engine.core.errors import InputError
    from engine.io.assumptions import load_assumptions
    from engine.io.context import load_context, resolve_scenario

    other, hyp = split_assumption_overrides(list(overrides))
    origin = "scénario (hypotheses)"
    if isinstance(scenario, Scenario) or isinstance(pact, Pact):
        if not (isinstance(scenario, Scenario) and isinstance(pact, Pact)):
            raise InputError.single("(simulation)", None, "scenario/pacte",
                                    "donner le scénario et le pacte tous deux comme modèles, ou tous deux comme fichiers")
        if other:
            raise InputError.single("--set", None, other[0][0],
                                    "avec des modèles déjà chargés, seules les hypothèses se surchargent")
        scen, pa = scenario, pact
    else:
        scen, pa = load_context(scenario, pact, other)
        origin = f"{resolve_scenario(scenario, pact, other)} (hypotheses)"
    assumptions = load_assumptions(scen.assumptions, hyp, scenario_origin=origin)
    return ContextInputs.of(scen, pa, assumptions)


# --- running ------------------------------------------------------------------------------


@dataclass
class Chunk:
    """Results of consecutive runs, as compact arrays (cheap to send between processes)."""

    indices: list[int]
    metrics: Any          # numpy (k, len(METRIC_NAMES))
    monthly: Any          # numpy (k, len(SERIES), months)
    behaviour: Any        # numpy (k, len(specs))
    events: dict[int, list[tuple[Any, ...]]]
    violations: dict[int, list[str]]
    sim_events: int


def run_chunk(inputs: ContextInputs, seed: int, indices: list[int], keep_events: int) -> Chunk:
    """Run ``indices`` (a worker task). The context is built once per process and reused."""
    import numpy as np

    from engine.sim.run import simulate

    ctx = CACHE.get(inputs)
    metrics, monthly, behaviour = [], [], []
    events: dict[int, list[tuple[Any, ...]]] = {}
    violations: dict[int, list[str]] = {}
    sim_events = 0
    for i in indices:
        r = simulate(ctx, i, seed, keep_log=i < keep_events)
        metrics.append([r.metrics[n] for n in METRIC_NAMES])
        monthly.append(r.monthly)
        behaviour.append([r.behaviour[name] for name, *_ in ctx.specs])
        if r.events is not None:
            events[i] = r.events
        if r.violations:
            violations[i] = r.violations
        sim_events += r.sim_events
    return Chunk(list(indices), np.asarray(metrics, dtype=float), np.asarray(monthly, dtype=float),
                 np.asarray(behaviour, dtype=float), events, violations, sim_events)


@dataclass
class MonteCarloResult:
    """Every run's metrics, monthly series, drawn assumptions and kept event logs."""

    inputs: ContextInputs
    runs: int
    seed: int
    metrics: Any                    # numpy (runs, metrics), in run order
    monthly: Any                    # numpy (runs, series, months)
    behaviour: Any                  # numpy (runs, assumptions)
    behaviour_names: list[str]
    months: list[str]
    start_ordinal: int
    events: dict[int, list[tuple[Any, ...]]] = field(default_factory=dict)
    violations: dict[int, list[str]] = field(default_factory=dict)
    sim_events: int = 0

    @property
    def scenario_id(self) -> str:
        return self.inputs.scenario.info.id

    @property
    def regime(self) -> str:
        return self.inputs.assumptions.regime

    def metric(self, name: str) -> Any:
        return self.metrics[:, METRIC_NAMES.index(name)]

    def summary(self) -> dict[str, dict[str, float | None]]:
        """For each metric: mean, p5, p50, p95 over the runs where it is defined (``n``)."""
        return {name: describe(self.metrics[:, j]) for j, name in enumerate(METRIC_NAMES)}

    def monthly_summary(self) -> dict[str, Any]:
        """Per monthly series: the months, and the mean, p5, p50, p95 of each month."""
        import numpy as np

        out: dict[str, Any] = {"months": list(self.months)}
        for s, name in enumerate(SERIES):
            values = self.monthly[:, s, :]
            q = np.percentile(values, PERCENTILES, axis=0) if len(values) else np.zeros((3, 0))
            out[name] = {"mean": _round_list(values.mean(axis=0)),
                         "p5": _round_list(q[0]), "p50": _round_list(q[1]), "p95": _round_list(q[2])}
        return out

    def as_json(self) -> dict[str, Any]:
        """The documented JSON of ``pacte simuler`` (stable keys)."""
        return {
            "scenario": self.scenario_id,
            "pact": self.inputs.pact.info.id,
            "runs": self.runs,
            "seed": self.seed,
            "regime": self.regime,
            "metrics": self.summary(),
            "metric_labels": metric_labels(self.inputs.pact.dpc is not None),
            "sans_objet": not_applicable(self.inputs.pact),
            "invariant_violations": {str(k): v for k, v in sorted(self.violations.items())},
            "assumptions": self.inputs.assumptions.as_dict(),
        }


def describe(values: Any) -> dict[str, float | None]:
    import numpy as np

    v = values[~np.isnan(values)]
    if len(v) == 0:
        return {"mean": None, "p5": None, "p50": None, "p95": None, "n": 0}
    p5, p50, p95 = np.percentile(v, PERCENTILES)
    return {"mean": _round(v.mean()), "p5": _round(p5), "p50": _round(p50), "p95": _round(p95),
            "n": int(len(v))}


def _round(x: float) -> float:
    """Fixed precision so JSON is stable (and readable): 6 significant digits after the point."""
    return float(round(float(x), 6)) if math.isfinite(x) else float(x)


def _round_list(values: Any) -> list[float]:
    return [_round(x) for x in values]


def chunks(runs: int, workers: int, size: int | None = None) -> list[list[int]]:
    """Consecutive run indices, a few chunks per worker (balance and progress)."""
    if size is None:
        size = max(1, min(50, math.ceil(runs / (workers * 4))))
    return [list(range(a, min(a + size, runs))) for a in range(0, runs, size)]


def run_monte_carlo(
    scenario: Scenario | str | Path | ContextInputs | None = None,
    pact: Pact | str | Path | None = None,
    runs: int = 100,
    seed: int = DEFAULT_SEED,
    jobs: int | None = 1,
    overrides: Sequence[tuple[str, Any]] = (),
    executor: Executor | None = None,
    keep_events: int = 10,
    progress: Callable[[int], None] | None = None,
    chunk_size: int | None = None,
) -> MonteCarloResult:
    """Run the model ``runs`` times. ``scenario`` may be prepared inputs (:func:`prepare`).

    ``jobs`` local processes (1: in this process) unless an ``executor`` is given;
    ``keep_events``: the event logs of the first N runs are kept; ``progress`` is called
    with the number of runs just finished."""
    return start_monte_carlo(scenario, pact, runs, seed, jobs, overrides, executor,
                             keep_events, progress, chunk_size).result()


@dataclass
class PendingMonteCarlo:
    """A Monte Carlo whose runs are already queued on the workers: the caller computes
    something else meanwhile, then :meth:`result` waits for the runs (same result as
    :func:`run_monte_carlo`, bit for bit)."""

    _finish: Callable[[], list[MonteCarloResult]]
    _close: Callable[[], None]

    def result(self) -> MonteCarloResult:
        try:
            return self._finish()[0]
        finally:
            self._close()

    def cancel(self) -> None:
        """Give up the runs (the caller failed meanwhile): the queued ones never start."""
        self._close()


def start_monte_carlo(
    scenario: Scenario | str | Path | ContextInputs | None = None,
    pact: Pact | str | Path | None = None,
    runs: int = 100,
    seed: int = DEFAULT_SEED,
    jobs: int | None = 1,
    overrides: Sequence[tuple[str, Any]] = (),
    executor: Executor | None = None,
    keep_events: int = 10,
    progress: Callable[[int], None] | None = None,
    chunk_size: int | None = None,
) -> PendingMonteCarlo:
    """:func:`run_monte_carlo` in two steps: the runs start on the workers now (with one
    job, they run when :meth:`PendingMonteCarlo.result` is called)."""
    from engine.core.errors import InputError

    if runs < 1:
        raise InputError.single("--runs", None, "runs", "au moins 1 futur simulé")
    inputs = scenario if isinstance(scenario, ContextInputs) else prepare(scenario, pact, overrides)
    own = executor is None
    if executor is None:
        executor = make_executor(jobs) if jobs != 1 else InlineExecutor()
    try:
        finish = start_many([inputs], runs, seed, executor, keep_events, progress, chunk_size)
    except BaseException:
        if own:
            executor.close()
        raise
    return PendingMonteCarlo(finish, executor.close if own else lambda: None)


def run_many(
    inputs_list: Sequence[ContextInputs],
    runs: int,
    seed: int,
    executor: Executor,
    keep_events: int = 0,
    progress: Callable[[int], None] | None = None,
    chunk_size: int | None = None,
) -> list[MonteCarloResult]:
    """Several Monte Carlos (one per inputs, same seed: common random numbers) through one
    executor, all their chunks queued at once so every worker stays busy."""
    return start_many(inputs_list, runs, seed, executor, keep_events, progress, chunk_size)()


def start_many(
    inputs_list: Sequence[ContextInputs],
    runs: int,
    seed: int,
    executor: Executor,
    keep_events: int = 0,
    progress: Callable[[int], None] | None = None,
    chunk_size: int | None = None,
) -> Callable[[], list[MonteCarloResult]]:
    """Queue the chunks of :func:`run_many` on ``executor`` now; the function returned waits
    for them and assembles the results in run order."""
    import numpy  # noqa: F401 - imported once here, inherited by forked workers
    import simpy  # noqa: F401

    for inputs in inputs_list:  # built before workers fork: they inherit it
        CACHE.get(inputs)
    per_point = max(1, math.ceil(executor.workers / max(1, len(inputs_list))))
    parts = chunks(runs, per_point, chunk_size)
    tasks = []
    owner = []
    for k, inputs in enumerate(inputs_list):
        for part in parts:
            tasks.append((run_chunk, (inputs, seed, part, keep_events)))
            owner.append(k)
    finished = executor.run(tasks)

    def finish() -> list[MonteCarloResult]:
        done: dict[int, Chunk] = {}
        for i, chunk in finished:
            done[i] = chunk
            if progress is not None:
                progress(len(chunk.indices))
        results = []
        for k, inputs in enumerate(inputs_list):
            ordered = [done[i] for i in range(len(tasks)) if owner[i] == k]
            results.append(assemble(inputs, runs, seed, ordered))
        return results

    return finish


def assemble(inputs: ContextInputs, runs: int, seed: int, ordered: list[Chunk]) -> MonteCarloResult:
    """Put chunks (in run order) together into one result."""
    import numpy as np

    ctx = CACHE.get(inputs)
    events: dict[int, list[tuple[Any, ...]]] = {}
    violations: dict[int, list[str]] = {}
    for c in ordered:
        events.update(c.events)
        violations.update(c.violations)
    return MonteCarloResult(
        inputs=inputs,
        runs=runs,
        seed=seed,
        metrics=np.concatenate([c.metrics for c in ordered]),
        monthly=np.concatenate([c.monthly for c in ordered]),
        behaviour=np.concatenate([c.behaviour for c in ordered]),
        behaviour_names=[name for name, *_ in ctx.specs],
        months=list(ctx.months),
        start_ordinal=ctx.start.toordinal(),
        events=dict(sorted(events.items())),
        violations=dict(sorted(violations.items())),
        sim_events=sum(c.sim_events for c in ordered),
    )
