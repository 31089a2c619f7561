"""Référendums municipaux (CGCT): the pact's minimum per mandate plus any extra ones, each
decided at a council session and held on the earliest lawful day (``earliest_lawful_vote``
— a CGCT referendum always follows the law, whatever the regime); adopted only under
LO1112-7 (``referendum_outcome``)."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from engine.sim.state import RunState
from engine.sim.votes import poll


def referendums(state: RunState) -> Generator[Any, Any, None]:
    ctx, b, rng, rules = state.ctx, state.b, state.rng, state.ctx.rules
    extra = 0
    if b.extra_referendums_per_year > 0:
        extra = int(state.nrng.poisson(b.extra_referendums_per_year * ctx.years))
    count = ctx.referendums_min + extra
    sessions = [d for d in ctx.council_days if rules.lawful_vote(d) < ctx.end]
    if not sessions or count == 0:
        return
    chosen = sorted(rng.choice(sessions) for _ in range(count))
    for council in chosen:
        yield state.wait_until(council)
        vote = rules.lawful_vote(council)
        state.record(council, "deliberation_referendum", "Le CM décide un référendum local",
                     "referendum_municipal", "", f"scrutin le jour {vote}")
        state.env.process(_referendum_vote(state, vote))


def _referendum_vote(state: RunState, vote: int) -> Generator[Any, Any, None]:
    b, rules, ctx = state.b, state.ctx.rules, state.ctx
    yield state.wait_until(vote)
    state.referendums += 1
    voters, yes, _no = poll(state, vote, b.turnout_referendum_pct, b.yes_referendum_pct)
    outcome = rules.referendum_outcome(ctx.electors, min(voters, ctx.electors), yes)
    if outcome.value.adopted:
        state.referendums_adopted += 1
    state.record(vote, "referendum", "Référendum local", ctx.ref("referendum"),
                 "", outcome.explanation)
