"""Polling days: who turns out, how they vote, and what a polling day costs and loads.

Turnout and the share of « oui » are Beta draws around the run's assumptions
(``participation_*_pct``, ``oui_*_pct``, their spreads). A polling day is counted, costed
(``couts.cout_unitaire_votation_eur``, else the default of the cost table; a pact that promises
no vote holds none) and loaded on the DPC once, however many questions it
carries; a day inside a legal blackout window is counted in ``votes_in_blackout``.
"""

from __future__ import annotations

import random

from engine.sim.state import RunState


def beta_around(rng: random.Random, mean: float, sd: float) -> float:
    """A Beta draw with the given mean and standard deviation (both in [0, 1])."""
    if mean <= 0.0:
        return 0.0
    if mean >= 1.0:
        return 1.0
    var = sd * sd
    limit = mean * (1.0 - mean)
    if var <= 0.0:
        return mean
    if var >= limit:
        var = limit * 0.99
    k = limit / var - 1.0
    return rng.betavariate(mean * k, (1.0 - mean) * k)


def poll(state: RunState, day: int, turnout_pct: float, yes_pct: float) -> tuple[int, int, int]:
    """Hold one vote on ``day``: returns (voters, yes, no)."""
    b = state.b
    rng = state.rng
    ctx = state.ctx
    t_mean = turnout_pct / 100.0
    turnout = beta_around(rng, t_mean, t_mean * b.turnout_spread_pct / 100.0)
    voters = int(round(ctx.electors * turnout))
    share = beta_around(rng, yes_pct / 100.0, b.yes_sd_points / 100.0)
    yes = int(round(voters * share))
    no = voters - yes
    m = state.month(day)
    state.citizens[m] += voters * b.hours_per_voter
    if day not in state.poll_days:
        state.poll_days.add(day)
        state.polls_month[m] += 1
        state.dpc[m] += b.dpc_hours_per_poll
        state.cost_op[m] += ctx.votation_unit_eur
        if day <= ctx.end and ctx.blackout[day]:
            state.blackout_poll_days.add(day)
    return voters, yes, no
