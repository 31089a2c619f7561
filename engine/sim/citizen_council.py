"""Conseil Citoyen: the initial draw and renewals by lot, working meetings, audit evenings
with opinions (favourable / mixed / unfavourable) — under a mandat impératif, the opinion
follows from the objectives met (``engine.procedures.commitments.opinion_scales``), each
met with the probability ``objectif_atteint_pct`` — and revocation consultations. Meeting
days, the pairs heard each evening and renewal days come from ``engine.procedures.audits``;
the consultation's dates and outcome from ``engine.procedures.revocation``."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from engine.procedures.commitments import opinion_scales
from engine.sim.sortition import draw
from engine.sim.state import RunState
from engine.sim.votes import poll

#: index of each opinion in ``RunState.opinions`` (favourable, mixed, unfavourable)
OPINION_INDEX = {"favorable": 0, "mitige": 1, "defavorable": 2}


def renewals(state: RunState) -> Generator[Any, Any, None]:
    ctx = state.ctx
    if ctx.cc_start is None:
        return
    first = max(0, ctx.cc_start - 30)  # drawn the month before it starts
    yield state.wait_until(first)
    draw(state, first, ctx.cc_members, "Conseil Citoyen")
    for day in ctx.renewal_days:
        yield state.wait_until(day)
        state.cc_renewals += 1
        draw(state, day, ctx.cc_members, "renouvellement du Conseil Citoyen")


def work_meetings(state: RunState) -> Generator[Any, Any, None]:
    ctx, b = state.ctx, state.b
    hours = ctx.cc_members * ctx.cc_meeting_hours
    for day in ctx.cc_work_days:
        yield state.wait_until(day)
        m = state.month(day)
        state.cc[m] += hours + ctx.cc_members * ctx.cc_personal_hours
        state.dpc[m] += b.dpc_hours_per_cc_meeting
        if state.logging:
            state.record(day, "cc_reunion_travail", "Conseil Citoyen : réunion de travail",
                         ctx.ref("cc_reunion_travail"))


def audit_evenings(state: RunState) -> Generator[Any, Any, None]:
    ctx, b, rng, env = state.ctx, state.b, state.rng, state.env
    hours = ctx.cc_members * ctx.cc_meeting_hours
    postponed = b.audit_postponed_pct / 100.0
    unfavourable = b.opinion_unfavourable_pct / 100.0
    mixed = min(1.0, unfavourable + b.opinion_mixed_pct / 100.0)  # the rest is favourable
    request = b.revocation_request_pct / 100.0
    objective_met = b.objective_met_pct / 100.0
    scales = opinion_scales(ctx.inputs.pact)
    per_pair = ctx.pair_size * (ctx.audit_slot_hours + b.audit_prep_hours)
    days = state.audit_days
    for day, pairs in ctx.audit_meetings:
        yield state.wait_until(day)
        m = state.month(day)
        state.cc[m] += hours
        state.dpc[m] += b.dpc_hours_per_cc_meeting
        for pair in pairs:
            if rng.random() < postponed:
                state.audits_postponed += 1
                if state.logging:
                    state.record(day, "audition_reportee", f"Audition non tenue : {pair}",
                                 ctx.ref("audition_reportee"))
                continue
            state.audits_done += 1
            days.setdefault(pair, []).append(day)
            state.elected[m] += per_pair
            scale = scales.get(pair)
            if scale is not None:
                # Mandat impératif: each objective met or not, the share met gives the opinion.
                met = sum(1 for _ in range(len(scale) - 1) if rng.random() < objective_met)
                opinion = OPINION_INDEX[scale[met]]
                plural = "s" if met > 1 else ""
                why = f" ({met} objectif{plural} atteint{plural} sur {len(scale) - 1})"
            else:
                u = rng.random()
                opinion = 0 if u >= mixed else 1 if u >= unfavourable else 2
                why = ""
            state.opinions[opinion] += 1
            if opinion < 2:
                continue
            if state.logging:
                state.record(day, "avis_defavorable", f"Avis défavorable : {pair}{why}",
                             ctx.ref("avis_defavorable"))
            if not ctx.cc_can_request_revocation or rng.random() >= request:
                continue
            if pair == ctx.staff_pair:
                state.staff_dismissals_proposed += 1
                state.record(day, "destitution_proposee", "Le CC propose la destitution du binôme Dir'Cab / DGS",
                             ctx.ref("destitution_proposee"))
            elif ctx.has_revocation:
                state.revocation_requests += 1
                env.process(revocation(state, day, pair))


def revocation(state: RunState, opinion_day: int, pair: str) -> Generator[Any, Any, None]:
    ctx, b, rules = state.ctx, state.b, state.ctx.rules
    plan = rules.revocation_plan(opinion_day)
    state.record_step(plan.step("avis_defavorable"), pair, offset=opinion_day)
    vote = plan.at["vote"]
    council = plan.at["deliberation_cm"]
    if vote >= ctx.end:
        state.record(opinion_day, "revocation_impossible_avant_la_fin",
                     "La consultation tomberait après la fin du mandat", "consultation_revocation")
        return
    yield state.wait_until(council)
    state.record_step(plan.step("deliberation_cm"), pair)
    yield state.wait_until(vote)
    state.revocation_consultations += 1
    voters, yes, no = poll(state, vote, b.turnout_revocation_pct, b.yes_revocation_pct)
    outcome = rules.revocation_outcome(yes, no)
    state.record_step(plan.step("vote"), f"{pair} : {voters} votants ; {outcome.explanation}")
    if outcome.value != "maintien":
        state.revocations_adopted += 1
