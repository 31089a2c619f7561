"""Signature collection: an S-shaped growth over the collection window.

« For the majority, growth is an s-shaped curve » (DEFAULTS.md § Petition growth curve):
the cumulative share collected at a fraction x of the window is a logistic curve rescaled
to run from 0 to 1, with its midpoint at ``milieu_courbe_signatures_pct`` and steepness
``pente_courbe_signatures``. The volunteers' time follows the same curve month by month.
"""

from __future__ import annotations

import math

from engine.sim.state import RunState


def s_curve(x: float, midpoint: float, steepness: float) -> float:
    """Share collected at fraction ``x`` of the window (0 → 0, 1 → 1, S-shaped)."""
    lo = 1.0 / (1.0 + math.exp(steepness * midpoint))
    hi = 1.0 / (1.0 + math.exp(-steepness * (1.0 - midpoint)))
    v = 1.0 / (1.0 + math.exp(-steepness * (x - midpoint)))
    return (v - lo) / (hi - lo)


def collect(state: RunState, start: int, end: int, reach: float) -> int:
    """Collect ``reach`` signatures between days ``start`` and ``end``; spread the volunteers'
    hours over the months along the S-curve. Returns the signatures collected."""
    total = int(round(reach))
    if total <= 0 or end <= start:
        return max(total, 0)
    b = state.b
    ctx = state.ctx
    mid = b.signature_midpoint_pct / 100.0
    k = b.signature_steepness
    hours = total * b.hours_per_signature
    span = end - start
    first, last = state.month(start), state.month(end)
    previous = 0.0
    for m in range(first, last + 1):
        boundary = ctx.month_first_days[m + 1] if m + 1 < len(ctx.month_first_days) else end
        x = min(1.0, (min(boundary, end) - start) / span)
        share = s_curve(x, mid, k)
        state.citizens[m] += hours * (share - previous)
        previous = share
    return total


def lognormal_reach(state: RunState, median: float, sigma: float) -> float:
    """How many signatures a collection would gather: log-normal around ``median``."""
    return state.rng.lognormvariate(math.log(max(median, 1.0)), sigma)


def valid_after_check(state: RunState, collected: int) -> int:
    """Signatures left after the DPC strikes out the invalid ones (binomial)."""
    if collected <= 0:
        return 0
    keep = 1.0 - state.b.invalid_signatures_pct / 100.0
    return int(state.nrng.binomial(collected, keep))
