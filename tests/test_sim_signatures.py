"""Signature drives: an S-shaped curve from 0 to 1, every signature counted once."""

from __future__ import annotations

import random

import numpy as np
import simpy
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.sim.behaviour import draw_behaviour, draw_specs
from engine.sim.context import CACHE
from engine.sim.signatures import drive, s_curve
from engine.sim.state import RunState
from tests.sim_scenarios import inputs


@given(mid=st.floats(min_value=0.1, max_value=0.9), k=st.floats(min_value=2, max_value=25))
def test_s_curve_runs_from_0_to_1_and_rises(mid, k) -> None:
    xs = [i / 20 for i in range(21)]
    ys = [s_curve(x, mid, k) for x in xs]
    assert abs(ys[0]) < 1e-9 and abs(ys[-1] - 1) < 1e-9
    assert all(b >= a - 1e-12 for a, b in zip(ys, ys[1:], strict=False))


def _state() -> RunState:
    ctx = CACHE.get(inputs("chambery"))
    rng = random.Random(1)
    return RunState(ctx, simpy.Environment(), rng, np.random.default_rng(1),
                    draw_behaviour(draw_specs(ctx.assumptions), rng), False)


@settings(max_examples=25, deadline=None)
@given(reach=st.floats(min_value=0, max_value=5000), days=st.integers(min_value=1, max_value=200),
       start=st.integers(min_value=0, max_value=1500))
def test_a_drive_collects_its_reach_and_books_its_hours(reach, days, start) -> None:
    state = _state()
    env = state.env
    out = {}

    def go():
        yield env.timeout(start)
        out["r"] = yield env.process(drive(state, start, start + days, reach, threshold=100))

    env.process(go())
    env.run()
    collected, crossed = out["r"]
    assert collected == round(reach)
    assert env.now == start + days or collected == 0
    hours = sum(state.citizens)
    assert abs(hours - collected * state.b.hours_per_signature) < 1e-6 * max(1, hours)
    if collected >= 100:
        assert crossed is not None and start < crossed <= start + days
    else:
        assert crossed is None
