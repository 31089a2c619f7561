"""The simulation's only door to the rules: memoised calls to ``engine.procedures``.

Every date and every decision a process uses comes from a rule function (petition
timeline, admissibility, abrogation path, revocation path, LO1112 outcomes…). The rules are
pure, so a call is cached by its arguments for the lifetime of the context (one pact, one
scenario, one regime); dates are turned into day offsets from the installation of the
council, the simulation clock's unit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from engine.model.pact import Pact
from engine.model.regime import Regime
from engine.model.scenario import Scenario
from engine.procedures.trace import Decision, Step


@dataclass(frozen=True)
class Plan:
    """A procedure's dated steps as offsets, by event name, with the steps for the log."""

    at: dict[str, int]
    steps: tuple[Step, ...]
    detail: Any = None
    by_event: dict[str, Step] = field(default_factory=dict)

    def step(self, event: str) -> Step | None:
        """The first step of this kind (None if the procedure has none)."""
        return self.by_event.get(event)


class RuleBook:
    """Memoised rule calls for one (pact, scenario, regime)."""

    def __init__(self, pact: Pact, scenario: Scenario, regime: Regime) -> None:
        self.pact = pact
        self.scenario = scenario
        self.regime = regime
        self.start = scenario.mandate.start
        self._memo: dict[tuple[Any, ...], Any] = {}
        # Threshold decisions depend on the day only through dated parameters: when the
        # clauses and the electorate have none, they are cached by signature count alone.
        self._petition_dated = _dated(pact.petition) or scenario.commune.electors.values is not None
        self._abrogation_dated = _dated(pact.abrogation)

    # --- dates <-> offsets ----------------------------------------------------------
    def offset(self, day: date) -> int:
        return (day - self.start).days

    def day(self, offset: int) -> date:
        return self.start + timedelta(days=offset)

    def _plan(self, steps: list[Step], detail: Any = None) -> Plan:
        at: dict[str, int] = {}
        by_event: dict[str, Step] = {}
        for s in steps:
            at.setdefault(s.event, self.offset(s.day))
            by_event.setdefault(s.event, s)
        return Plan(at, tuple(steps), detail, by_event)

    def _cached(self, key: tuple[Any, ...], make: Any) -> Any:
        found = self._memo.get(key)
        if found is None:
            found = make()
            self._memo[key] = found
        return found

    # --- votation propositionnelle ---------------------------------------------------
    def petition_plan(self, submitted: int) -> Plan:
        """Steps of a petition registered on day ``submitted`` (petition_timeline)."""
        from engine.procedures.petition import petition_timeline

        return self._cached(("petition", submitted), lambda: self._plan(
            petition_timeline(self.pact, self.scenario, self.day(submitted), self.regime)))

    def admissibility(self, valid: int, day: int) -> Decision[bool]:
        from engine.procedures.petition import admissibility

        key = ("admissibility", valid, day if self._petition_dated else None)
        return self._cached(key, lambda: admissibility(self.pact, self.scenario, valid, self.day(day)))

    def signatures_required(self, day: int) -> int:
        from engine.procedures.petition import signatures_required

        return self._cached(("required", day), lambda: signatures_required(
            self.pact, self.scenario, self.day(day)).value.required)

    def votation_outcome(self, electors: int, voters: int, yes: int, no: int, day: int) -> Decision[bool]:
        """The votation's result under the pact's quorum (``quorum_pct``, of the electors)."""
        from engine.procedures.petition import votation_outcome

        return votation_outcome(self.pact, electors, yes, no, voters, self.day(day))

    # --- votation abrogatoire ----------------------------------------------------------
    def abrogation_request_deadline(self, council_day: int) -> int:
        """Last day to announce a request after the session of ``council_day``."""
        from engine.procedures.abrogation import abrogation_path

        return self._cached(("abrogation_deadline", council_day), lambda: self.offset(
            abrogation_path(self.pact, self.scenario, self.day(council_day),
                            regime=self.regime).request_deadline))

    def abrogation_plan(self, council_day: int, request_day: int) -> Plan:
        from engine.procedures.abrogation import abrogation_path

        def make() -> Plan:
            path = abrogation_path(self.pact, self.scenario, self.day(council_day),
                                   self.day(request_day), self.regime)
            plan = self._plan(path.steps, path)
            plan.at["vote"] = self.offset(path.vote_day)
            plan.at["verification_dpc"] = self.offset(path.verification_deadline)
            plan.at["cm_abrogation_si_oui"] = self.offset(path.abrogating_council)
            return plan

        return self._cached(("abrogation", council_day, request_day), make)

    def signatures_sufficient(self, valid: int, day: int) -> Decision[bool]:
        from engine.procedures.abrogation import signatures_sufficient

        key = ("sufficient", valid, day if self._abrogation_dated else None)
        return self._cached(key, lambda: signatures_sufficient(self.pact, valid, self.day(day)))

    def abrogation_outcome(self, electors: int, voters: int, yes: int, no: int, day: int) -> Decision[bool]:
        """The abrogation vote's result under the pact's quorum (``quorum_pct``)."""
        from engine.procedures.abrogation import abrogation_outcome

        return abrogation_outcome(self.pact, electors, yes, no, voters, self.day(day))

    def suspended_days(self, plan: Plan, branch: str) -> int:
        from engine.procedures.abrogation import suspended_days

        return suspended_days(plan.detail, branch)  # type: ignore[arg-type]

    def suspension(self, plan: Plan, branch: str) -> tuple[int, int] | None:
        interval = plan.detail.suspension[branch]
        return None if interval is None else (self.offset(interval[0]), self.offset(interval[1]))

    # --- révocation, référendum ---------------------------------------------------------
    def revocation_plan(self, opinion_day: int) -> Plan:
        from engine.procedures.revocation import revocation_path

        def make() -> Plan:
            path = revocation_path(self.pact, self.scenario, self.day(opinion_day), self.regime)
            plan = self._plan(path.steps, path)
            plan.at["vote"] = self.offset(path.vote_day)
            plan.at["deliberation_cm"] = self.offset(path.council_day)
            return plan

        return self._cached(("revocation", opinion_day), make)

    def revocation_outcome(self, yes: int, no: int) -> Decision[str]:
        from engine.procedures.revocation import revocation_outcome

        return revocation_outcome(self.pact, yes, no)

    def lawful_vote(self, deliberation: int) -> int:
        """Earliest lawful polling day after a council deliberation (LO1112-3, LO1112-6)."""
        from engine.procedures.referendum import earliest_lawful_vote

        return self._cached(("lawful", deliberation), lambda: self.offset(
            earliest_lawful_vote(self.scenario, self.day(deliberation)).value))

    def referendum_outcome(self, electors: int, votes_cast: int, yes: int) -> Decision[Any]:
        from engine.procedures.referendum import referendum_outcome

        return referendum_outcome(self.pact, electors, votes_cast, yes)

    # --- conventions, budgets de quartier -------------------------------------------------
    def convention_allowed(self, held_this_year: int, day: int) -> Decision[bool]:
        from engine.procedures.conventions import convention_allowed

        return convention_allowed(self.pact, held_this_year, self.day(day))

    def yearly_allocation(self, year_index: int) -> float:
        from engine.procedures.quartier_budget import yearly_allocation

        return self._cached(("allocation", year_index),
                            lambda: yearly_allocation(self.pact, year_index).value)

    def carried_over(self, balance: float) -> float:
        from engine.procedures.quartier_budget import carried_over

        return carried_over(self.pact, balance).value

    def can_commit(self, balance: float, cost: float) -> bool:
        from engine.procedures.quartier_budget import can_commit

        return can_commit(balance, cost).value


def _dated(clause: Any) -> bool:
    """Whether any parameter of a clause has dated values (its rules then depend on the day)."""
    if clause is None:
        return False
    return any(p.values is not None for p in clause.params().values())
