"""Signature collection: an S-shaped growth over the collection window.

« For the majority, growth is an s-shaped curve » (DEFAULTS.md § Petition growth curve):
the cumulative share collected at a fraction x of the window is a logistic curve rescaled
to run from 0 to 1, with its midpoint at ``milieu_courbe_signatures_pct`` and steepness
``pente_courbe_signatures``. The drive advances week by week; the volunteers' time follows the same curve.
"""

from __future__ import annotations

import math
from collections.abc import Generator
from typing import Any

from engine.sim.state import RunState

WEEK = 7  # signatures are counted week by week (stalls on market days, door to door)
# A steepness near 0 makes the rescaled logistic a straight line (and its formula 0/0): the
# signatures then arrive evenly. Past 500 the curve is already a step, and exp() would
# overflow: steeper values are computed as 500.
FLATTEST = 1e-6
STEEPEST = 500.0


def s_curve(x: float, midpoint: float, steepness: float) -> float:
    """Share collected at fraction ``x`` of the window (0 → 0, 1 → 1, S-shaped)."""
    steepness = min(steepness, STEEPEST)
    if steepness < FLATTEST:
        return x
    lo = 1.0 / (1.0 + math.exp(steepness * midpoint))
    hi = 1.0 / (1.0 + math.exp(-steepness * (1.0 - midpoint)))
    v = 1.0 / (1.0 + math.exp(-steepness * (x - midpoint)))
    return (v - lo) / (hi - lo)


def drive(state: RunState, start: int, end: int, reach: float,
          threshold: int | None = None) -> Generator[Any, Any, tuple[int, int | None]]:
    """A signature drive from ``start`` (today) to ``end``, week by week, gathering
    ``reach`` signatures along the S-curve; the volunteers' hours go to the week's month.
    A process of its own (``yield env.process(drive(…))``); its value is (signatures
    collected, day the count reached ``threshold`` or None)."""
    total = int(round(reach))
    if total <= 0 or end <= start:
        return max(total, 0), None
    b = state.b
    env = state.env
    mid = b.signature_midpoint_pct / 100.0
    k = min(b.signature_steepness, STEEPEST)
    flat = k < FLATTEST
    lo = 1.0 / (1.0 + math.exp(k * mid))
    scale = 1.0 if flat else 1.0 / (1.0 / (1.0 + math.exp(-k * (1.0 - mid))) - lo)
    hours = total * b.hours_per_signature
    citizens = state.citizens
    month_of = state.month_of
    span = float(end - start)
    exp = math.exp
    previous = 0.0
    crossed = None
    t = start
    timeout = env.timeout
    while t < end:
        step = WEEK if t + WEEK < end else end - t
        t += step
        yield timeout(step)
        x = (t - start) / span
        share = x if flat else (1.0 / (1.0 + exp(-k * (x - mid))) - lo) * scale
        citizens[month_of[t - 1]] += hours * (share - previous)
        previous = share
        if threshold is not None and crossed is None and total * share >= threshold:
            crossed = t
    return total, crossed


def lognormal_reach(state: RunState, median: float, sigma: float) -> float:
    """How many signatures a collection would gather: log-normal around ``median``, and
    never more than the registered electors (a very wide dispersion would otherwise draw
    numbers beyond any float)."""
    z = state.rng.normalvariate(math.log(max(median, 1.0)), sigma)
    return math.exp(min(z, math.log(max(state.ctx.electors, 1))))


def valid_after_check(state: RunState, collected: int) -> int:
    """Signatures left after the DPC strikes out the invalid ones (binomial)."""
    if collected <= 0:
        return 0
    keep = 1.0 - state.b.invalid_signatures_pct / 100.0
    return int(state.nrng.binomial(collected, keep))
