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


def quartier(state: RunState, name: str, year_starts: list[int]) -> Generator[Any, Any, None]:
    ctx, b, rng, rules, env = state.ctx, state.b, state.rng, state.ctx.rules, state.env
    rate = b.projects_per_quartier_per_year / 365.25
    mu = math.log(max(b.project_cost_median_eur, 1.0))
    balance = 0.0
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
        if rate <= 0:
            continue
        t = float(first)
        while True:
            t += rng.expovariate(rate)
            if t >= stop:
                break
            yield env.timeout(t - env.now)
            day = int(t)
            cost = rng.lognormvariate(mu, b.project_cost_sigma)
            if rules.can_commit(balance, cost):
                balance -= cost
                state.quartier_committed += cost
                state.quartier_projects += 1
                state.dpc[state.month(day)] += b.dpc_hours_per_project
                state.record(day, "projet_de_quartier", f"Projet voté par le conseil de quartier {name}",
                             "conseils_de_quartier.decident_du_budget", "", f"{cost:.0f} €")
                env.process(_works(state, day, cost, name))
            else:
                state.quartier_projects_deferred += 1
            if balance < state.min_quartier_balance:
                state.min_quartier_balance = balance


def _works(state: RunState, voted: int, cost: float, name: str) -> Generator[Any, Any, None]:
    b, ctx = state.b, state.ctx
    mean = b.works_delay_months * 30.4375
    delay = state.rng.gammavariate(WORKS_SHAPE, mean / WORKS_SHAPE) if mean > 0 else 0.0
    done = voted + delay
    if done >= ctx.end:
        return
    yield state.env.timeout(done - state.env.now)
    day = int(done)
    state.quartier_spent += cost
    state.cost_inv[state.month(day)] += cost
    state.record(day, "travaux_livres", f"Travaux livrés par la ville ({name})",
                 "conseils_de_quartier.travaux_realises_par_la_ville", "", f"{cost:.0f} €")
