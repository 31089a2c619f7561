"""Audits judge the objectives: under a mandat impératif, an elected pair's opinion follows
from the objectives met (each with the probability ``objectif_atteint_pct``); without one,
or for the Dir'Cab / DGS pair, it is drawn from ``avis_defavorable_pct`` / ``avis_mitige_pct``."""

from __future__ import annotations

from functools import cache

from engine.sim.context import CACHE, ContextInputs, SimContext
from engine.sim.montecarlo import prepare
from engine.sim.run import event_rows, simulate


@cache
def _inputs(met_pct: float, unfavourable_pct: float) -> ContextInputs:
    return prepare(None, None, [("hypotheses.objectif_atteint_pct", met_pct),
                                ("hypotheses.avis_defavorable_pct", unfavourable_pct),
                                ("hypotheses.avis_mitige_pct", 0),
                                ("hypotheses.audition_reportee_pct", 0)])


def _staff_audits(ctx: SimContext) -> int:
    return sum(1 for _day, pairs in ctx.audit_meetings for p in pairs if p == ctx.staff_pair)


def test_every_objective_met_no_unfavourable_opinion() -> None:
    ctx = CACHE.get(_inputs(100, 0))
    for i in range(3):
        assert simulate(ctx, i, 7).metrics["unfavourable_opinions"] == 0


def test_no_objective_met_every_elected_pair_unfavourable() -> None:
    ctx = CACHE.get(_inputs(0, 0))
    r = simulate(ctx, 0, 7, keep_log=True)
    assert r.metrics["audits_done"] == sum(len(p) for _d, p in ctx.audit_meetings)
    assert r.metrics["unfavourable_opinions"] == r.metrics["audits_done"] - _staff_audits(ctx) > 0
    labels = [row["label"] for row in event_rows(ctx, r) if row["event"] == "avis_defavorable"]
    assert any(label.endswith("(0 objectif atteint sur 6)") for label in labels)  # délégation 2


def test_the_staff_pair_keeps_the_drawn_opinion() -> None:
    ctx = CACHE.get(_inputs(100, 100))
    r = simulate(ctx, 0, 7)
    assert r.metrics["unfavourable_opinions"] == _staff_audits(ctx) > 0


def test_without_mandat_imperatif_the_opinion_is_drawn() -> None:
    base = _inputs(100, 100)
    pact = base.pact.model_copy(update={"commitments": None})
    ctx = CACHE.get(ContextInputs.of(base.scenario, pact, base.assumptions))
    r = simulate(ctx, 0, 7)
    assert r.metrics["unfavourable_opinions"] == r.metrics["audits_done"] > 0


def test_more_objectives_met_fewer_unfavourable_opinions_same_seed() -> None:
    low, high = CACHE.get(_inputs(50, 0)), CACHE.get(_inputs(90, 0))
    worse = sum(simulate(low, i, 11).metrics["unfavourable_opinions"] for i in range(5))
    better = sum(simulate(high, i, 11).metrics["unfavourable_opinions"] for i in range(5))
    assert worse > better
    assert simulate(low, 2, 11).metrics == simulate(low, 2, 11).metrics
