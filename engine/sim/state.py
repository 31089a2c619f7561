"""The mutable state of one run: the clock, the random streams, counters, monthly loads,
and the dated event log. Processes read the context and write here; nothing else does."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from engine.sim.behaviour import Behaviour

if TYPE_CHECKING:
    import numpy as np
    import simpy

    from engine.procedures.trace import Step
    from engine.sim.context import SimContext

# Monthly series, in this order (``RunResult.monthly`` rows).
SERIES = (
    "elected_hours",
    "dpc_staff_hours",
    "dpc_capacity_hours",
    "cc_member_hours",
    "citizen_hours",
    "cost_operating_eur",
    "cost_investment_eur",
    "execution_suspended_days",
    "polls",
)

Event = tuple[int, str, str, str, str, str]  # offset, event, label, clause, source, detail


class RunState:
    """Counters and monthly loads of one run."""

    def __init__(self, ctx: SimContext, env: simpy.Environment, rng: random.Random,
                 nrng: np.random.Generator, behaviour: Behaviour, keep_log: bool) -> None:
        self.ctx = ctx
        self.env = env
        self.rng = rng
        self.nrng = nrng
        self.b = behaviour
        self.log: list[Event] | None = [] if keep_log else None
        self.logging = keep_log
        self.month_of = ctx.month_of
        n = len(ctx.months)
        self.elected = [0.0] * n
        self.dpc = [0.0] * n
        self.cc = [0.0] * n
        self.citizens = [0.0] * n
        self.cost_op = [0.0] * n
        self.cost_inv = [0.0] * n
        self.polls_month = [0.0] * n
        # counters
        self.petitions_started = 0
        self.petitions_admissible = 0
        self.petitions_adopted_by_council = 0
        self.propositions_adopted = 0
        self.petition_vote_delays: list[int] = []
        self.days_to_threshold: list[int] = []
        self.votation_days_used: set[int] = set()
        self.poll_days: set[int] = set()
        self.blackout_poll_days: set[int] = set()
        self.abrogation_requests = 0
        self.abrogations_voted = 0
        self.abrogations_adopted = 0
        self.suspensions: list[tuple[int, int]] = []
        self.audits_done = 0
        self.audits_postponed = 0
        self.audit_days: dict[str, list[int]] = {}
        self.opinions = [0, 0, 0]  # favourable, mixed, unfavourable
        self.revocation_requests = 0
        self.revocation_consultations = 0
        self.revocations_adopted = 0
        self.staff_dismissals_proposed = 0
        self.rotations = 0
        self.rotations_skipped = 0
        self.cc_renewals = 0
        self.sortition_draws = 0
        self.sortition_letters = 0
        self.conventions = 0
        self.referendums = 0
        self.referendums_adopted = 0
        # votes of the list « votations » and bodies drawn by lot (engine.sim.votes_family)
        self.family_votes = 0
        self.family_votes_adopted = 0
        self.family_votes_requested = 0
        self.family_votes_cancelled = 0
        self.family_votes_capped = 0
        self.family_petitions = 0
        self.family_petitions_valid = 0
        self.assembly_renewals = 0
        self.family_vote_days: dict[str, set[int]] = {}
        self.quartier_allocated = 0.0
        self.quartier_committed = 0.0
        self.quartier_spent = 0.0
        self.quartier_projects = 0
        self.quartier_projects_deferred = 0
        self.quartier_lapsed = 0.0
        self.min_quartier_balance = 0.0
        self.violations: list[str] = []

    # --- time -------------------------------------------------------------------------
    def wait_until(self, offset: int) -> Any:
        """A timeout to day ``offset`` (now if it is already past)."""
        delay = offset - self.env.now
        return self.env.timeout(delay if delay > 0 else 0)

    @property
    def today(self) -> int:
        return int(self.env.now)

    # --- loads ------------------------------------------------------------------------
    def month(self, offset: int) -> int:
        """Month index of a day offset (days past the end count in the last month, however
        far past: a procedure's delays can reach years after the renewal)."""
        return self.month_of[min(max(offset, 0), len(self.month_of) - 1)]

    # --- log --------------------------------------------------------------------------
    def record(self, offset: int, event: str, label: str, clause: str = "", source: str = "",
               detail: str = "") -> None:
        if self.log is not None:
            self.log.append((offset, event, label, clause, source, detail))

    def record_step(self, step: Step | None, detail: str = "", offset: int | None = None) -> None:
        """Log a rule's step (its date, label, clause and source) with an optional detail."""
        if self.log is not None and step is not None:
            day = self.ctx.rules.offset(step.day) if offset is None else offset
            self.log.append((day, step.event, step.label, step.clause, step.source, detail))
