"""engine.sim.votes_family: the votes of the list « votations » and the bodies drawn by lot in
the simulation — votes held, their cost (the cost table's unit cost), fixed dates and the
law's blackout periods, yearly caps, letters of every draw, determinism."""

from __future__ import annotations

from collections import Counter
from datetime import date
from functools import cache
from typing import Any

import pytest

from engine.procedures.assemblies import renewals
from engine.procedures.cost_votes import budgeted_votations, unit_costs
from engine.procedures.invitations import letters_for
from engine.sim import votes_family
from engine.sim.context import SimContext, build_context
from engine.sim.montecarlo import prepare
from engine.sim.run import RunResult, simulate
from engine.sim.state import SERIES

RUNS = 8
#: only the fixed dates of the vote: no vote called, no petition
FIXED_ONLY = [("hypotheses.votations_demandees_par_an", 0),
              ("hypotheses.petitions_pour_10000_habitants_par_an", 0)]
CONSULTATION = "votations.consultation-habitants"


def build(pact: str, *sets: tuple[str, Any]) -> SimContext:
    return build_context(prepare(None, pact, list(sets)))


@cache
def context(pact: str, *sets: tuple[str, Any]) -> SimContext:
    """The context of a bundled pact, built once per test process (hashable overrides)."""
    return build(pact, *sets)


def runs(ctx: SimContext, n: int = RUNS, keep_log: bool = False) -> list[RunResult]:
    return [simulate(ctx, i, 3, keep_log=keep_log) for i in range(n)]


def vote_events(result: RunResult, event: str = "votation_liste") -> list[tuple[Any, ...]]:
    return [e for e in result.events or [] if e[1] == event]


@pytest.mark.parametrize("pact", ["saillans-2026", "poitiers-2026"])
def test_the_votes_of_the_list_are_held_and_cost_the_tables_unit(pact: str) -> None:
    ctx = context(pact)
    inputs = ctx.inputs
    unit = unit_costs(inputs.pact, inputs.scenario).votation_eur
    budget = budgeted_votations(inputs.pact, inputs.scenario)
    assert unit is not None and budget is not None
    assert ctx.votation_unit_eur == float(unit) == float(budget.unit_eur)
    results = runs(ctx)
    assert sum(r.metrics["family_votes"] for r in results) > 0
    polls, cost = SERIES.index("polls"), SERIES.index("cost_operating_eur")
    fixed = ctx.fixed_operating_per_year * ctx.end / 365.25
    for r in results:
        assert not r.violations
        assert r.metrics["family_votes_adopted"] <= r.metrics["family_votes"]
        held = sum(r.monthly[polls])
        # every polling day costs the unit cost of the cost table, and nothing else is a vote
        assert sum(r.monthly[cost]) == pytest.approx(fixed + held * float(unit), rel=1e-9)
        # never more polling days in a calendar year than the table budgets
        by_year = Counter(ctx.months[m][:4] for m, n in enumerate(r.monthly[polls])
                          for _ in range(int(n)))
        assert all(n <= budget.count for n in by_year.values())


def test_a_referendum_of_the_list_needs_the_quorum_of_the_pact() -> None:
    """Poitiers: a decisional referendum with a 50 % quorum; the run counts each vote with
    ``vote_outcome`` and logs its explanation."""
    results = runs(context("poitiers-2026"), keep_log=True)
    events = [e for r in results for e in vote_events(r)]
    assert events and all("quorum de 50" in e[5] for e in events)
    assert all(e[3] == "votations.referendum-projets.declenchement" for e in events)


def test_same_seed_same_run() -> None:
    ctx = context("saillans-2026")
    one, two = simulate(ctx, 2, 11, keep_log=True), simulate(ctx, 2, 11, keep_log=True)
    assert one.metrics == two.metrics and one.events == two.events
    other = [simulate(ctx, i, 12).metrics["family_votes"] for i in range(RUNS)]
    assert other != [simulate(ctx, i, 11).metrics["family_votes"] for i in range(RUNS)]


def test_fixed_dates_are_held_and_cancelled_in_blackout_under_the_law() -> None:
    """10 October 2027 is a free Sunday; 7 December 2031 falls in the six months before the
    renewal of March 2032 (LO1112-6, L1112-21): cancelled under the law, held under the
    pact; 13 June 2027 falls in the campaign of the legislative elections (under the pact, it
    is held and 10 October, the same year, is over the cap of one day a year)."""
    days = ("dates_fixes", {"description": "Trois jours fixés", "unite": "liste",
                            "valeur": [date(2027, 6, 13), date(2027, 10, 10),
                                          date(2031, 12, 7)]})
    sets = (*FIXED_ONLY, (f"{CONSULTATION}.{days[0]}", days[1]))
    law_ctx = build("saillans-2026", *sets)
    law = runs(law_ctx, 2, keep_log=True)
    pact = runs(build("saillans-2026", *sets, ("hypotheses.regime_des_votes", "pacte")), 2)
    for r in law:
        held = vote_events(r)
        assert [e[0] for e in held] == [(date(2027, 10, 10) - law_ctx.start).days]
        assert held[0][3] == f"{CONSULTATION}.dates_fixes"
        cancelled = vote_events(r, "votation_liste_annulee")
        assert [e[5] for e in cancelled] == [
            "période sans scrutin local : Élections législatives",
            "période sans scrutin local : Renouvellement général des conseils municipaux "
            "(6 mois avant le mois du scrutin)"]
        assert all(e[3] == f"{CONSULTATION}.dates_fixes" for e in cancelled)
        assert r.metrics["votes_in_blackout"] == 0
    assert all(r.metrics["family_votes"] == 2 and r.metrics["votes_in_blackout"] == 2 for r in pact)


def test_the_yearly_cap_holds_one_fixed_date_a_year() -> None:
    days = {"description": "Deux jours la même année", "unite": "liste",
            "valeur": [date(2027, 10, 10), date(2027, 11, 14)]}
    ctx = build("saillans-2026", *FIXED_ONLY, (f"{CONSULTATION}.dates_fixes", days))
    for r in runs(ctx, 2, keep_log=True):
        assert r.metrics["family_votes"] == 1 and r.metrics["polling_days"] == 1
        refused = vote_events(r, "votation_liste_plafond")
        assert len(refused) == 1 and refused[0][3] == f"{CONSULTATION}.max_par_an"
        assert refused[0][5] == votes_family.CAP_REACHED


def test_a_petition_reaching_the_threshold_calls_the_vote() -> None:
    """Démocracité: 500 signatures trigger the « votation-causes » (grouped every six
    months); with many petitions, some reach it and the vote is held on a grouped Sunday."""
    ctx = context("democracite-2026", ("hypotheses.votations_demandees_par_an", 0))
    results = runs(ctx, 3, keep_log=True)
    deposits = [e for r in results for e in vote_events(r, "petition_votation_liste")]
    assert any("la votation n'est pas déclenchée" in e[5] for e in deposits)
    called = [e for r in results for e in vote_events(r) if "pétition" in e[5]]
    assert called
    assert all(ctx.rules.day(e[0]).weekday() == 6 for e in called)
    assert all(not r.violations for r in results)


def test_every_draw_of_a_body_sends_its_letters() -> None:
    """Poitiers' assembly of 100 members, renewed every year: a draw at the installation and
    at each renewal, each sending the letters ``letters_for`` plans (the « lettres
    d'invitation » metric counts them)."""
    ctx = context("poitiers-2026")
    body = ctx.inputs.pact.assemblies[0]
    draws = 1 + len(renewals(body, ctx.inputs.scenario))
    planned = ctx.assumptions.sortition_acceptance_pct.value
    low = ctx.assumptions.volunteers_per_seat.low
    first_wave = letters_for(body.members.at() * low, planned)
    for r in runs(ctx, 4, keep_log=True):
        sent = [int(e[5].split(" lettres")[0]) for e in vote_events(r, "tirage_au_sort")]
        assert len(sent) == draws == 6
        assert all(n >= first_wave for n in sent)
        assert r.metrics["sortition_letters"] == sum(sent)


def test_chambery_has_neither_list_votes_nor_bodies() -> None:
    """The Chambéry pact has no « votations » list nor assemblies: nothing is started, so its
    figures are those of the other processes alone."""
    ctx = context("chambery-2026")
    assert not ctx.inputs.pact.votes and not ctx.inputs.pact.assemblies
    r = simulate(ctx, 0, 0)
    assert r.metrics["family_votes"] == 0
