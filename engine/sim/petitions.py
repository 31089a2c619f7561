"""Votations propositionnelles: petitions arrive, gather signatures, are checked by the DPC,
go through the bureau and the council, which adopts them or sends them to the next grouped
votation day. Every date comes from ``petition_timeline``, every decision from
``admissibility`` and ``votation_outcome``."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from engine.sim.signatures import drive, lognormal_reach, valid_after_check
from engine.sim.state import RunState
from engine.sim.votes import poll


def petition_arrivals(state: RunState) -> Generator[Any, Any, None]:
    """Petitions are registered at the DPC as a Poisson process
    (``petitions_pour_10000_habitants_par_an`` × population / 10 000 a year)."""
    ctx = state.ctx
    rate = state.b.petitions_per_10k_per_year * ctx.population / 10_000 / 365.25
    if rate <= 0 or not ctx.has_petition:
        return
    env = state.env
    while True:
        yield env.timeout(state.rng.expovariate(rate))
        day = int(env.now)
        if day >= ctx.end:
            return
        env.process(petition(state, day))


def petition(state: RunState, submitted: int) -> Generator[Any, Any, None]:
    ctx, b, rules = state.ctx, state.b, state.ctx.rules
    plan = rules.petition_plan(submitted)
    at = plan.at
    state.petitions_started += 1
    state.record_step(plan.step("petition_deposee"))
    deposit = at["fin_collecte"]
    if deposit >= ctx.end:
        return
    reach = lognormal_reach(state, b.petition_reach_median_pct * ctx.electors / 100, b.petition_reach_sigma)
    needed = rules.signatures_required(submitted)
    collected, crossed = yield state.env.process(drive(state, submitted, deposit, reach, needed))
    if crossed is not None:
        state.days_to_threshold.append(crossed - submitted)
        if state.logging:
            state.record(crossed, "seuil_de_signatures_atteint",
                         "La collecte atteint le nombre de signatures requis",
                         ctx.ref("seuil_de_signatures_atteint"), "", f"{needed} signatures")
    yield state.wait_until(deposit)
    checked = at["verification_dpc"]
    m = state.month(checked)
    state.dpc[m] += b.dpc_hours_per_request + collected / 100.0 * b.dpc_hours_per_100_signatures
    yield state.wait_until(checked)
    valid = valid_after_check(state, collected)
    decision = rules.admissibility(valid, checked)
    state.record_step(plan.step("fin_collecte"), f"{collected} signatures recueillies")
    state.record_step(plan.step("verification_dpc"), decision.explanation)
    if not decision.value:
        return
    state.petitions_admissible += 1
    if "bureau_executif" in at:
        yield state.wait_until(at["bureau_executif"])
        state.record_step(plan.step("bureau_executif"))
    council = at["decision_cm"]
    if council >= ctx.end:
        return
    yield state.wait_until(council)
    if state.rng.random() < b.council_adopts_pct / 100.0:
        state.petitions_adopted_by_council += 1
        state.propositions_adopted += 1
        state.record_step(plan.step("decision_cm"), "le CM adopte la proposition telle quelle")
        return
    vote = at.get("votation")
    if vote is None or vote >= ctx.end:
        state.record_step(plan.step("decision_cm"), "votation demandée")
        state.record_step(plan.step("pas_de_votation_avant_la_fin_du_mandat"), offset=council)
        return
    state.record_step(plan.step("decision_cm"), "le CM organise une votation")
    yield state.wait_until(vote)
    voters, yes, no = poll(state, vote, b.turnout_votation_pct, b.yes_votation_pct)
    state.votation_days_used.add(vote)
    state.petition_vote_delays.append(vote - deposit)
    outcome = rules.votation_outcome(state.ctx.electors, voters, yes, no, vote)
    state.record_step(plan.step("votation"), f"{voters} votants ; {outcome.explanation}")
    if outcome.value:
        adoption = at["adoption_cm_si_oui"]
        if adoption < ctx.end:
            yield state.wait_until(adoption)
            state.propositions_adopted += 1
            state.record_step(plan.step("adoption_cm_si_oui"), "proposition adoptée")
