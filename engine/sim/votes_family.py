"""The votes of the list « votations » (issue 9 § 1.2) and the bodies drawn by lot
(« assemblees_tirees_au_sort ») in the simulation.

A vote of the list is held:

* on each of its fixed dates (``dates_fixes``), unless the day falls in a period without
  local vote while the run follows the law (``fixed_dates_in_blackout``, LO1112-6, L1112-21 —
  the same windows as the grid of the votations propositionnelles);
* when the institution that may trigger it (``conseil``, ``maire``, ``organe_tire_au_sort``)
  calls it: ``votations_demandees_par_an`` times a year on average (Poisson), decided at a
  council session, held on the earliest lawful polling day (``earliest_lawful_vote``);
* when a petition reaches the pact's threshold (``trigger_signatures``): petitions arrive at
  the rate of the votations propositionnelles (``petitions_pour_10000_habitants_par_an``),
  collect for ``mois_collecte_petition_votation`` months along the same S-curve
  (:func:`engine.sim.signatures.drive`), are checked by the DPC, and the next council session
  calls the vote.

A vote grouped every N months (``periodicite_mois``) waits for the next grouped day (a Sunday,
outside the blackout periods under the law); at most ``max_par_an`` days a year (a request
beyond is not held, and logged). Each polling day costs what the cost table charges for one
(``unit_costs``, through :func:`engine.sim.votes.poll`, once per day however many questions)
and is counted by ``vote_outcome`` (quorum, minimum of « oui »). A referendum of the list
uses the referendum turnout assumptions, any other vote those of the votations.
Seeds: 000_721ebb8a9b1c3e2a.txt § Votations propositionnelles, § Référendums municipaux ;
003_eb633bfb3978cf05.txt § Implication des habitant·es.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any

from engine.core.calendar import add_months
from engine.model.pact import Assembly, VoteProcedure, item_key
from engine.procedures.assemblies import renewals
from engine.procedures.trace import param_path
from engine.procedures.votes import (
    fixed_dates_in_blackout,
    grouped_days,
    trigger_signatures,
    vote_outcome,
)
from engine.sim.signatures import drive, lognormal_reach, valid_after_check
from engine.sim.sortition import draw
from engine.sim.state import RunState
from engine.sim.votes import poll

#: the triggers by which an institution (not a petition) calls a vote
CALLERS = ("conseil", "maire", "organe_tire_au_sort")


@dataclass
class Procedure:
    """One vote of the list as a run sees it: its days as offsets, its cap, and the days
    already booked (fixed, or called) for each calendar year."""

    vote: VoteProcedure
    ref: str              # what the log cites: the trigger (« declenchement »)
    fixed_ref: str        # « dates_fixes » (or the trigger)
    cap_ref: str          # « max_par_an » (or the trigger)
    source: str
    fixed: list[int]
    cancelled: list[tuple[int, str]]
    grid: list[int]
    cap: int | None
    booked: dict[int, set[int]] = field(default_factory=dict)

    @property
    def referendum(self) -> bool:
        return self.vote.frame.at() == "referendum_decisionnel"


def procedures(state: RunState) -> list[Procedure]:
    """The votes of the pact's list, with their fixed days and grouped days as offsets."""
    ctx = state.ctx
    rules = ctx.rules
    scenario = rules.scenario
    out = []
    for v in ctx.inputs.pact.votes:
        days = sorted(v.fixed_dates.at()) if v.fixed_dates is not None else []
        inside = [d for d in days if 0 < rules.offset(d) < ctx.end]
        cancelled = ([(rules.offset(c.day), c.period or "") for c in fixed_dates_in_blackout(v, scenario)
                      if 0 < rules.offset(c.day) < ctx.end] if ctx.regime == "loi" else [])
        skipped = {d for d, _ in cancelled}
        fixed = [rules.offset(d) for d in inside if rules.offset(d) not in skipped]
        grid = [rules.offset(d) for d in grouped_days(v, scenario, ctx.regime)
                if rules.offset(d) < ctx.end]
        key = item_key(v)
        out.append(Procedure(v, param_path(key, v, v.triggers),
                             param_path(key, v, v.fixed_dates or v.triggers),
                             param_path(key, v, v.max_per_year or v.triggers),
                             str(v.source or ""), fixed, cancelled, grid,
                             v.max_per_year.at() if v.max_per_year is not None else None))
    return out


def start(state: RunState) -> None:
    """Start the processes of every vote of the list and every body drawn by lot."""
    env = state.env
    for p in procedures(state):
        env.process(fixed_votes(state, p))
        triggers = p.vote.triggers.at()
        if any(t in triggers for t in CALLERS):
            env.process(requested_votes(state, p))
        if "petition" in triggers:
            env.process(petition_arrivals(state, p))
    for a in state.ctx.inputs.pact.assemblies:
        env.process(assembly_draws(state, a))


def _year(state: RunState, day: int) -> int:
    return state.ctx.rules.day(day).year


NO_DAY_LEFT = "plus de jour de vote avant la fin du mandat"
CAP_REACHED = "plafond annuel du pacte atteint"


def book(state: RunState, p: Procedure, earliest: int,
         grouped: bool = True) -> tuple[int | None, str]:
    """The day a vote asked for on ``earliest`` is held: that day, or the next grouped day
    (a fixed date keeps its own day: ``grouped=False``); a day already booked is shared (one
    polling day, several questions). (None, why) when no day is left before the end of the
    mandate, or when the year's cap is reached."""
    day = (earliest if not (grouped and p.grid)
           else next((g for g in p.grid if g >= earliest), None))
    if day is None or day >= state.ctx.end:
        return None, NO_DAY_LEFT
    days = p.booked.setdefault(_year(state, day), set())
    if day not in days and p.cap is not None and len(days) >= p.cap:
        return None, CAP_REACHED
    days.add(day)
    return day, ""


def fixed_votes(state: RunState, p: Procedure) -> Generator[Any, Any, None]:
    """The fixed dates of the vote: cancelled in a blackout window under the law, else held
    (within the yearly cap)."""
    for day, window in p.cancelled:
        state.family_votes_cancelled += 1
        state.record(day, "votation_liste_annulee", f"{p.vote.title} : date fixe annulée",
                     p.fixed_ref, p.source, f"période sans scrutin local : {window}")
    wanted = [(d, *book(state, p, d, grouped=False)) for d in p.fixed]
    for asked, day, why in wanted:
        if day is None:
            state.family_votes_capped += 1
            state.record(asked, "votation_liste_plafond", f"{p.vote.title} : date fixe non tenue",
                         p.cap_ref, p.source, why)
            continue
        yield state.wait_until(day)
        hold(state, p, day, "date fixée par le pacte", p.fixed_ref)


def requested_votes(state: RunState, p: Procedure) -> Generator[Any, Any, None]:
    """Votes called by an institution: a Poisson count over the mandate, each decided at a
    council session chosen at random and held on the earliest lawful day (grouped, capped)."""
    ctx, rules = state.ctx, state.ctx.rules
    rate = state.b.list_votes_requested_per_year
    sessions = [d for d in ctx.council_days if rules.lawful_vote(d) < ctx.end]
    if rate <= 0 or not sessions:
        return
    count = int(state.nrng.poisson(rate * ctx.years))
    for council in sorted(state.rng.choice(sessions) for _ in range(count)):
        yield state.wait_until(council)
        state.family_votes_requested += 1
        _call(state, p, council, "le conseil décide de soumettre un projet au vote")


def _call(state: RunState, p: Procedure, council: int, why: str) -> None:
    """A council session calls the vote: book its day, or log why it is not held."""
    day, refused = book(state, p, state.ctx.rules.lawful_vote(council))
    if day is None:
        state.family_votes_capped += 1
        state.record(council, "votation_liste_plafond", f"{p.vote.title} : vote non tenu",
                     p.cap_ref, p.source, f"{why}, mais {refused}")
        return
    state.record(council, "votation_liste_demandee", f"{p.vote.title} : vote décidé",
                 p.ref, p.source, f"{why} ; scrutin le {state.ctx.rules.day(day).isoformat()}")
    state.env.process(_at(state, p, day, why))


def _at(state: RunState, p: Procedure, day: int, why: str) -> Generator[Any, Any, None]:
    yield state.wait_until(day)
    hold(state, p, day, why)


def hold(state: RunState, p: Procedure, day: int, why: str, ref: str | None = None) -> bool:
    """Hold the vote on ``day`` (cost and load through ``poll``), count it with the pact's
    quorum and minimum of « oui »; returns whether it is adopted. The log cites ``ref`` (the
    fixed dates for a fixed day), else the trigger."""
    ctx, b = state.ctx, state.b
    if p.referendum:
        voters, yes, no = poll(state, day, b.turnout_referendum_pct, b.yes_referendum_pct)
    else:
        voters, yes, no = poll(state, day, b.turnout_votation_pct, b.yes_votation_pct)
    outcome = vote_outcome(p.vote, ctx.electors, yes, no, voters, ctx.rules.day(day))
    state.family_votes += 1
    state.family_vote_days.setdefault(p.vote.id, set()).add(day)
    state.family_votes_adopted += int(outcome.value)
    state.record(day, "votation_liste", f"Votation : {p.vote.title}", ref or p.ref, p.source,
                 f"{why} ; {voters} votants ; {outcome.explanation}")
    return outcome.value


def petition_arrivals(state: RunState, p: Procedure) -> Generator[Any, Any, None]:
    """Petitions asking for the vote arrive as a Poisson process, at the rate of the
    petitions of the votation propositionnelle."""
    ctx = state.ctx
    rate = state.b.petitions_per_10k_per_year * ctx.population / 10_000 / 365.25
    if rate <= 0:
        return
    while True:
        yield state.env.timeout(state.rng.expovariate(rate))
        day = int(state.env.now)
        if day >= ctx.end:
            return
        state.env.process(petition(state, p, day))


def petition(state: RunState, p: Procedure, submitted: int) -> Generator[Any, Any, None]:
    """A petition collects, is checked by the DPC against ``trigger_signatures``, and the next
    council session calls the vote."""
    ctx, b, rules = state.ctx, state.b, state.ctx.rules
    required = trigger_signatures(p.vote, rules.scenario, rules.day(submitted)).value
    if required is None:
        return
    state.family_petitions += 1
    deposit = rules.offset(add_months(rules.day(submitted), round(b.list_petition_months)))
    if deposit >= ctx.end:
        return
    reach = lognormal_reach(state, b.petition_reach_median_pct * ctx.electors / 100,
                            b.petition_reach_sigma)
    collected, _crossed = yield state.env.process(drive(state, submitted, deposit, reach, required))
    yield state.wait_until(deposit)
    state.dpc[state.month(deposit)] += (b.dpc_hours_per_request
                                        + collected / 100.0 * b.dpc_hours_per_100_signatures)
    valid = valid_after_check(state, collected)
    enough = valid >= required
    state.record(deposit, "petition_votation_liste", f"{p.vote.title} : pétition déposée", p.ref,
                 p.source, f"{valid} signatures valides sur {required} requises"
                 + ("" if enough else " : la votation n'est pas déclenchée"))
    if not enough:
        return
    state.family_petitions_valid += 1
    council = next((d for d in ctx.council_days if d > deposit), None)
    if council is None or council >= ctx.end:
        return
    yield state.wait_until(council)
    _call(state, p, council, "une pétition a réuni les signatures requises")


def assembly_draws(state: RunState, a: Assembly) -> Generator[Any, Any, None]:
    """A body drawn by lot is drawn at the installation of the council and again at each
    renewal (``assemblies.renewals``); every draw sends its invitation letters (``draw``)."""
    ctx = state.ctx
    seats = a.members.at()
    draw(state, 0, seats, a.title)
    for day in renewals(a, ctx.rules.scenario):
        offset = ctx.rules.offset(day)
        if offset >= ctx.end:
            return
        yield state.wait_until(offset)
        state.assembly_renewals += 1
        draw(state, offset, seats, f"renouvellement : {a.title}")
