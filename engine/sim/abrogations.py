"""Votations abrogatoires: a request after a council session suspends the deliberation;
500 signatures in 2 months, checked by the DPC; then a vote, or execution resumes. Dates
from ``abrogation_path``; decisions from ``signatures_sufficient`` and
``abrogation_outcome``; suspended days from ``suspended_days``."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from engine.sim.signatures import drive, lognormal_reach, valid_after_check
from engine.sim.state import RunState
from engine.sim.votes import poll


def abrogation(state: RunState, council_day: int) -> Generator[Any, Any, None]:
    ctx, b, rules, rng = state.ctx, state.b, state.ctx.rules, state.rng
    deadline = rules.abrogation_request_deadline(council_day)
    request = council_day + rng.randint(0, max(0, deadline - council_day))
    if request >= ctx.end:
        return
    plan = rules.abrogation_plan(council_day, request)
    at = plan.at
    yield state.wait_until(request)
    state.abrogation_requests += 1
    state.record_step(plan.step("demande_deposee") or plan.step("fin_delai_demande"),
                      offset=request)
    state.record_step(plan.step("debut_suspension"))
    state.dpc[state.month(request)] += b.dpc_hours_per_request
    collection_end = at["fin_collecte"]
    reach = lognormal_reach(state, b.abrogation_reach_median_pct * ctx.electors / 100,
                            b.abrogation_reach_sigma)
    collected, _ = yield state.env.process(drive(state, request, min(collection_end, ctx.end), reach))
    checked = at["verification_dpc"]
    state.dpc[state.month(checked)] += collected / 100.0 * b.dpc_hours_per_100_signatures
    yield state.wait_until(min(checked, ctx.end))
    if checked >= ctx.end:
        _suspend(state, request, ctx.end)
        return
    valid = valid_after_check(state, collected)
    enough = rules.signatures_sufficient(valid, checked)
    state.record_step(plan.step("verification_dpc"), enough.explanation)
    if not enough.value:
        _close(state, plan, "signatures_insuffisantes")
        return
    vote = at["vote"]
    if vote >= ctx.end:
        state.record(ctx.end, "vote_apres_fin_du_mandat",
                     "Le vote tomberait après la fin du mandat : la délibération reste suspendue",
                     "votation_abrogatoire")
        _suspend(state, request, ctx.end)
        return
    yield state.wait_until(vote)
    state.abrogations_voted += 1
    voters, yes, no = poll(state, vote, b.turnout_abrogation_pct, b.yes_abrogation_pct)
    outcome = rules.abrogation_outcome(state.ctx.electors, voters, yes, no, vote)
    state.record_step(plan.step("vote"), f"{voters} votants ; {outcome.explanation}")
    branch = "oui" if outcome.value else "non"
    _close(state, plan, branch)
    if outcome.value:
        state.abrogations_adopted += 1
        abrogating = at["cm_abrogation_si_oui"]
        if abrogating < ctx.end:
            yield state.wait_until(abrogating)
            state.record_step(plan.step("cm_abrogation_si_oui"), "délibération abrogée")


def _close(state: RunState, plan: Any, branch: str) -> None:
    """Record the suspension the rule gives for ``branch``, and check it ends by the vote."""
    rules = state.ctx.rules
    interval = rules.suspension(plan, branch)
    if interval is None:
        return
    days = rules.suspended_days(plan, branch)
    if interval[1] - interval[0] != days:
        state.violations.append("durée de suspension incohérente")
    if branch in ("oui", "non") and interval[1] > plan.at["vote"]:
        state.violations.append("suspension au-delà du vote")
    _suspend(state, interval[0], interval[1])


def _suspend(state: RunState, start: int, end: int) -> None:
    state.suspensions.append((start, min(end, state.ctx.end)))
