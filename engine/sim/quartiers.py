"""Budgets de quartier: each council receives its yearly credits (``yearly_allocation``),
votes projects as they come if they fit in its balance (``can_commit``), the city carries
out the works, and the balance is carried over or lost at year end (``carried_over``)."""

from __future__ import annotations

import math
from collections.abc import Generator
from datetime import date
from typing import Any

from engine.sim.state import RunState

WORKS_SHAPE = 4.0  # gamma shape of the works delay (hypothèse Pacte: fairly regular)


def budget_year_starts(state: RunState) -> list[int]:
    """Offsets of each budget year's start: the installation, then every 1 January."""
    ctx, rules = state.ctx, state.ctx.rules
    starts = [0]
    year = ctx.start.year + 1
    while True:
        o = rules.offset(date(year, 1, 1))
        if o >= ctx.end:
            return starts
        starts.append(o)
        year += 1


class _Draws:
    """This quartier's project gaps, costs and works delays, drawn in batches (numpy)."""

    def __init__(self, state: RunState, batch: int) -> None:
        b = state.b
        self.nrng = state.nrng
        self.batch = max(8, batch)
        self.rate = b.projects_per_quartier_per_year / 365.25
        self.mu = math.log(max(b.project_cost_median_eur, 1.0))
        self.sigma = b.project_cost_sigma
        self.delay_mean = b.works_delay_months * 30.4375
        self.i = self.batch
        self.gaps: list[float] = []
        self.costs: list[float] = []
        self.delays: list[float] = []

    def next(self) -> tuple[float, float, float]:
        if self.i >= self.batch:
            n = self.batch
            self.gaps = self.nrng.exponential(1.0 / self.rate, n).tolist()
            self.costs = self.nrng.lognormal(self.mu, self.sigma, n).tolist()
            self.delays = (self.nrng.gamma(WORKS_SHAPE, self.delay_mean / WORKS_SHAPE, n).tolist()
                           if self.delay_mean > 0 else [0.0] * n)
            self.i = 0
        i = self.i
        self.i += 1
        return self.gaps[i], self.costs[i], self.delays[i]


def quartier(state: RunState, name: str, year_starts: list[int]) -> Generator[Any, Any, None]:
    ctx, b, rules, env = state.ctx, state.b, state.ctx.rules, state.env
    balance = 0.0
    draws = _Draws(state, int(b.projects_per_quartier_per_year * 2) + 4) \
        if b.projects_per_quartier_per_year > 0 else None
    month_of, dpc = state.month_of, state.dpc
    for k, first in enumerate(year_starts):
        yield state.wait_until(first)
        if k > 0:
            kept = rules.carried_over(balance)
            state.quartier_lapsed += balance - kept
            balance = kept
        allocation = rules.yearly_allocation(k)
        balance += allocation
        state.quartier_allocated += allocation
        stop = year_starts[k + 1] if k + 1 < len(year_starts) else ctx.end
        if draws is None:
            continue
        t = float(first)
        while True:
            gap, cost, delay = draws.next()
            t += gap
            if t >= stop:
                break
            yield env.timeout(t - env.now)
            day = int(t)
            if rules.can_commit(balance, cost):
                balance -= cost
                state.quartier_committed += cost
                state.quartier_projects += 1
                dpc[month_of[day]] += b.dpc_hours_per_project
                if state.logging:
                    state.record(day, "projet_de_quartier", f"Projet voté par le conseil de quartier {name}",
                                 ctx.ref("projet_de_quartier"), "", f"{cost:.0f} €")
                if t + delay < ctx.end:
                    env.process(_works(state, t + delay, cost, name))
            else:
                state.quartier_projects_deferred += 1
            if balance < state.min_quartier_balance:
                state.min_quartier_balance = balance


def _works(state: RunState, done: float, cost: float, name: str) -> Generator[Any, Any, None]:
    """The city delivers the works on day ``done``: the money is spent then."""
    yield state.env.timeout(done - state.env.now)
    day = int(done)
    state.quartier_spent += cost
    state.cost_inv[state.month_of[day]] += cost
    if state.logging:
        state.record(day, "travaux_livres", f"Travaux livrés par la ville ({name})",
                     state.ctx.ref("travaux_livres"), "", f"{cost:.0f} €")
