"""Everything a run needs that does not depend on chance, computed once per (scenario,
pact, assumptions): the institutional calendar as day offsets (from the rule functions),
the pact's counts, the fixed costs, and the memoised rule book.

A context is plain data; a worker process builds it once and reuses it for all its runs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from engine.model.assumptions import Assumptions
from engine.model.clause import Clause
from engine.model.pact import Pact
from engine.model.params import Param
from engine.model.regime import Regime
from engine.model.scenario import Scenario
from engine.sim.behaviour import draw_specs
from engine.sim.rulebook import RuleBook


class ContextInputs:
    """What a worker needs to rebuild a context: the validated models and their digest.

    Pickled as JSON (pydantic's generic models do not pickle) and validated again lazily, only
    when a worker has not built this context yet."""

    def __init__(self, scenario: Scenario, pact: Pact, assumptions: Assumptions,
                 key: str | None = None, texts: tuple[str, str, str] | None = None) -> None:
        self._models: tuple[Scenario, Pact, Assumptions] | None = (scenario, pact, assumptions)
        self._texts = texts or tuple(m.model_dump_json(by_alias=True)
                                     for m in (scenario, pact, assumptions))  # type: ignore[assignment]
        if key is None:
            h = hashlib.sha256()
            for text in self._texts:
                h.update(text.encode())
            key = h.hexdigest()
        self.key = key

    @classmethod
    def of(cls, scenario: Scenario, pact: Pact, assumptions: Assumptions) -> ContextInputs:
        return cls(scenario, pact, assumptions)

    def _load(self) -> tuple[Scenario, Pact, Assumptions]:
        if self._models is None:
            s, p, a = self._texts
            self._models = (Scenario.model_validate_json(s), Pact.model_validate_json(p),
                            Assumptions.model_validate_json(a))
        return self._models

    @property
    def scenario(self) -> Scenario:
        return self._load()[0]

    @property
    def pact(self) -> Pact:
        return self._load()[1]

    @property
    def assumptions(self) -> Assumptions:
        return self._load()[2]

    def __getstate__(self) -> dict[str, Any]:
        return {"key": self.key, "texts": self._texts}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.key = state["key"]
        self._texts = state["texts"]
        self._models = None


@dataclass
class Handover:
    number: int
    resignation: int
    steps: list[tuple[int, Any]]  # (offset, Step)
    election: int


@dataclass
class SimContext:
    """The deterministic frame of every run."""

    inputs: ContextInputs
    rules: RuleBook
    start: date
    end: int                              # offset of the next general renewal
    month_of: list[int]                   # offset -> month index (past the end: the last)
    months: list[str]                     # "2026-03", …
    month_first_days: list[int]           # offset of the 1st day (or the start) of each month
    blackout: bytearray                   # offset -> 1 inside a legal blackout window
    council_days: list[int]
    bureau_days: list[int]
    cc_work_days: list[int]
    audit_meetings: list[tuple[int, tuple[str, ...]]]
    cc_start: int | None
    renewal_days: list[int]
    audited_pairs: list[str]
    staff_pair: str | None
    audits_required: int
    handovers: list[Handover]
    votation_grid: list[int]
    max_votations_per_year: int
    # counts from the pact
    seats: int
    bureau_members: int
    pair_size: int
    cc_members: int
    cc_meeting_hours: float
    cc_personal_hours: float
    cc_months_off: frozenset[int]
    cc_can_request_revocation: bool
    audit_slot_hours: float
    committees: int
    committee_participants: int
    committee_hours: float
    quartiers: int
    plenaries_per_month: int
    interpellation_hours: float
    council_bus_tickets: int
    staff_fte: tuple[int, int, int]       # managers, supervisors, apprentices
    #: the pact creates a Direction du Pouvoir Citoyen; without one, the work of the
    #: procedures falls to the mayor's services, whose capacity the pact does not say
    has_dpc: bool
    referendums_min: int
    has_petition: bool
    has_abrogation: bool
    has_revocation: bool
    has_conventions: bool
    #: conventions drawn by lot send invitation letters; on application, none
    conventions_by_lot: bool
    # money
    fixed_operating_per_year: float
    office_investment_per_year: float
    #: (day of the mandate, amount) of each participatory-budget cycle, paid when the council
    #: adopts the winning projects (engine.procedures.participatory_budget)
    participatory_budget_payments: tuple[tuple[int, float], ...]
    votation_unit_eur: float
    convention_unit_eur: float
    population: int
    electors: int
    years: float
    specs: list[tuple[str, float, float, float, bool]] = field(default_factory=list)
    #: event name -> the clause parameter the run log cites for it (see :func:`_event_refs`)
    refs: dict[str, str] = field(default_factory=dict)

    @property
    def regime(self) -> str:
        return self.rules.regime

    def ref(self, event: str) -> str:
        """What the run log cites for ``event`` (empty when the pact has no such clause)."""
        return self.refs.get(event, "")

    @property
    def assumptions(self) -> Assumptions:
        return self.inputs.assumptions


BEYOND_END_DAYS = 1100  # offsets past the end (late steps) map to the last month


def _months(start: date, end: date) -> tuple[list[int], list[str], list[int]]:
    month_of: list[int] = []
    labels: list[str] = []
    firsts: list[int] = []
    day = start
    n = (end - start).days
    for offset in range(n + 1):
        label = f"{day.year:04d}-{day.month:02d}"
        if not labels or labels[-1] != label:
            labels.append(label)
            firsts.append(offset)
        month_of.append(len(labels) - 1)
        day += timedelta(days=1)
    month_of.extend([len(labels) - 1] * BEYOND_END_DAYS)
    return month_of, labels, firsts


Offset = Callable[[date], int]


def _blackout_mask(scenario: Scenario, off: Offset, end: int) -> bytearray:
    """1 on every day offset inside a legal blackout window (LO1112-6, L1112-21)."""
    from engine.procedures import referendum

    blackout = bytearray(end + 1)
    for w in referendum.blackout_windows(scenario):
        a, b = max(0, off(w.start)), min(end, off(w.end))
        for i in range(a, b + 1):
            blackout[i] = 1
    return blackout


def _session_days(pact: Pact, scenario: Scenario, off: Offset) -> dict[str, Any]:
    """Council sessions and bureau meetings strictly inside the mandate, as offsets."""
    from engine.procedures import sessions

    start, end = scenario.mandate.start, scenario.mandate.end
    return {"council_days": [off(d) for d in sessions.council_sessions(pact, scenario) if start < d < end],
            "bureau_days": [off(d) for d in sessions.bureau_meetings(pact, scenario) if start < d < end]}


def _citizen_council(pact: Pact, scenario: Scenario, off: Offset) -> dict[str, Any]:
    """The citizen council's calendar (work days, audits, renewals) and the audits the pact
    requires over the mandate (:func:`engine.procedures.audits.audit_capacity`)."""
    from engine.procedures import audits

    cc = pact.citizen_council
    if cc is None:
        return {"cc_work_days": [], "audit_meetings": [], "cc_start": None, "renewal_days": [],
                "audited_pairs": [], "staff_pair": None, "audits_required": 0,
                "cc_members": 0, "cc_meeting_hours": 0.0, "cc_personal_hours": 0.0,
                "cc_months_off": frozenset(), "cc_can_request_revocation": False,
                "audit_slot_hours": 0.0}
    schedule = audits.audit_schedule(pact, scenario)
    meeting_hours = float(cc.meeting_hours.at())
    per_meeting = cc.audits_per_meeting.at()
    return {
        "cc_work_days": [off(d) for d in audits.work_meetings(pact, scenario)],
        "audit_meetings": [(off(m.day), m.pairs) for m in schedule.meetings],
        "cc_start": off(audits.council_start(pact, scenario)),
        "renewal_days": [off(d) for d in audits.renewals(pact, scenario)],
        "audited_pairs": [p.name for p in schedule.pairs],
        "staff_pair": audits.STAFF_PAIR if pact.staff_audit is not None else None,
        "audits_required": audits.audit_capacity(pact, scenario).value["required"],
        "cc_members": cc.members.at(),
        "cc_meeting_hours": meeting_hours,
        "cc_personal_hours": float(cc.personal_work_hours_per_month.at()),
        "cc_months_off": frozenset(cc.months_without_meeting.at()),
        "cc_can_request_revocation": bool(cc.can_request_revocation.at()),
        "audit_slot_hours": meeting_hours / per_meeting if per_meeting else 0.0,
    }


def _handovers(pact: Pact, scenario: Scenario, off: Offset) -> list[Handover]:
    from engine.procedures import rotation

    if pact.rotation is None:
        return []
    return [Handover(h.number, off(h.resignation), [(off(s.day), s) for s in h.steps], off(h.election))
            for h in rotation.handovers(pact, scenario)]


def _votations(pact: Pact, scenario: Scenario, off: Offset, regime: Regime) -> dict[str, Any]:
    from engine.procedures import petition

    if pact.petition is None:
        return {"votation_grid": [], "max_votations_per_year": 0}
    return {"votation_grid": [off(v.day) for v in petition.votation_grid(pact, scenario, regime)],
            "max_votations_per_year": pact.petition.max_votations_per_year.at()}


def _money(pact: Pact, scenario: Scenario) -> dict[str, float]:
    """Fixed yearly operating cost (votations and conventions apart), office investment and
    unit costs, from the pact's own cost table (:mod:`engine.procedures.cost_table`): a pact
    that promises no vote charges none, one without a DPC pays no DPC. A price the table
    leaves « non chiffré » is charged 0 €, as in the table."""
    from engine.procedures.cost_table import cost_table
    from engine.procedures.cost_votes import unit_costs

    table = cost_table(pact, scenario)
    units = unit_costs(pact, scenario)
    return {"fixed_operating_per_year": sum(float(line.amount) for line in table.operating
                                            if line.id != "votations_conventions"),
            "office_investment_per_year": float(table.amount("office_equipment")),
            "votation_unit_eur": float(units.votation_eur or 0),
            "convention_unit_eur": float(units.convention_eur or 0)}


def _pact_counts(pact: Pact, scenario: Scenario) -> dict[str, Any]:
    """The counts the runs read from the pact and the commune."""
    com, q, dpc, council = pact.committees, pact.quartier_councils, pact.dpc, pact.council
    return {
        "seats": scenario.council_seats_override or _legal_council_size(scenario),
        "bureau_members": pact.bureau.voting_members.at() if pact.bureau is not None else 0,
        "pair_size": pact.pairs.pair_size.at() if pact.pairs is not None else 2,
        "committees": len(com.names.at()) if com is not None else 0,
        "committee_participants": com.participants.at() if com is not None else 0,
        "committee_hours": float(com.hours_per_month.at()) if com is not None else 0.0,
        "quartiers": q.count.at() if q is not None else 0,
        "plenaries_per_month": q.plenary_per_month.at() if q is not None else 0,
        "interpellation_hours": float(council.interpellation_hours.at()) if council else 0.0,
        "council_bus_tickets": council.bus_tickets_per_session.at() if council else 0,
        "staff_fte": ((dpc.managers.at(), dpc.supervisors.at(), dpc.apprentices.at())
                      if dpc is not None else (0, 0, 0)),
        "has_dpc": dpc is not None,
        "referendums_min": pact.referendum.min_per_mandate.at() if pact.referendum is not None else 0,
        "has_petition": pact.petition is not None,
        "has_abrogation": pact.abrogation is not None,
        "has_revocation": pact.revocation is not None,
        "has_conventions": pact.conventions is not None,
        "conventions_by_lot": (pact.conventions is not None
                               and bool(pact.conventions.drawn_by_lot.at())),
        "population": scenario.commune.population.at(),
        "electors": scenario.commune.electors.at(),
    }


def _event_refs(pact: Pact) -> dict[str, str]:
    """The clause parameter each event of the run log cites, by event name — generated from
    the typed parameter (:func:`engine.procedures.trace.param_path`), never written by hand.
    Council sessions cite what the calendar cites (the pact's clause, or L2121-7 without
    one); a referendum without a pact clause cites LO1112-7, the law that decides it."""
    from engine.procedures.sessions import council_citation
    from engine.procedures.trace import cite_law, param_path

    def path(clause: Clause, param: Param[Any]) -> str:
        return param_path(pact.clause_key(clause), clause, param)

    refs = {"seance_cm": council_citation(pact).clause}
    if (bureau := pact.bureau) is not None:
        refs["bureau_executif"] = path(bureau, bureau.meetings_per_month)
    if (cc := pact.citizen_council) is not None:
        refs |= {"cc_reunion_travail": path(cc, cc.work_meeting_day),
                 "audition_reportee": path(cc, cc.audits_per_meeting),
                 "avis_defavorable": path(cc, cc.can_request_revocation)}
    if (staff := pact.staff_audit) is not None:
        refs["destitution_proposee"] = path(staff, staff.dismissal_proposed_to)
    if (conventions := pact.conventions) is not None:
        refs["convention_citoyenne"] = path(conventions, conventions.max_per_year)
    if (petition := pact.petition) is not None:
        refs["seuil_de_signatures_atteint"] = path(petition, petition.threshold_pct)
    if (q := pact.quartier_councils) is not None:
        refs |= {"projet_de_quartier": path(q, q.decision_powers),
                 "travaux_livres": path(q, q.spent_by_city)}
    ref = pact.referendum
    refs["referendum"] = (path(ref, ref.turnout_pct) if ref is not None
                          else cite_law("LO1112-7", "participation et majorité").clause)
    if (rotation := pact.rotation) is not None:
        refs["rotation_non_tenue"] = path(rotation, rotation.period_months)
    return refs


def build_context(inputs: ContextInputs) -> SimContext:
    """Compute the calendar, counts and costs of a (scenario, pact, assumptions)."""
    scenario, pact, assumptions = inputs.scenario, inputs.pact, inputs.assumptions
    rules = RuleBook(pact, scenario, assumptions.regime)
    start = scenario.mandate.start
    end = (scenario.mandate.end - start).days
    off = rules.offset
    month_of, months, firsts = _months(start, scenario.mandate.end)
    return SimContext(
        inputs=inputs, rules=rules, start=start, end=end,
        month_of=month_of, months=months, month_first_days=firsts,
        blackout=_blackout_mask(scenario, off, end),
        handovers=_handovers(pact, scenario, off),
        years=end / 365.25,
        specs=draw_specs(assumptions),
        refs=_event_refs(pact),
        **_session_days(pact, scenario, off),
        **_citizen_council(pact, scenario, off),
        **_votations(pact, scenario, off, assumptions.regime),
        **_pact_counts(pact, scenario),
        **_money(pact, scenario),
        participatory_budget_payments=_participatory_budget(pact, scenario, off),
    )


def _participatory_budget(pact: Pact, scenario: Scenario,
                          off: Any) -> tuple[tuple[int, float], ...]:
    """Each cycle's envelope on the day the council adopts its projects (one rule computes
    both: :func:`mandate_cycles` and :func:`yearly_envelope`)."""
    from engine.procedures.participatory_budget import mandate_cycles, yearly_envelope

    if pact.participatory_budget is None:
        return ()
    return tuple((off(c.adoption), yearly_envelope(pact, scenario, c.opening).value.total_eur)
                 for c in mandate_cycles(pact, scenario))


class ContextCache:
    """Contexts already built in this process, by the digest of their inputs.

    A pure memo (a context is a function of its inputs): it lets a worker build a context
    once for all the runs it is given, and is never read for anything else."""

    def __init__(self) -> None:
        self._contexts: dict[str, SimContext] = {}

    def get(self, inputs: ContextInputs) -> SimContext:
        ctx = self._contexts.get(inputs.key)
        if ctx is None:
            ctx = build_context(inputs)
            self._contexts[inputs.key] = ctx
        return ctx


CACHE = ContextCache()


def _legal_council_size(scenario: Scenario) -> int:
    """Council size by population (L2121-2), read from rules/cgct through the legal rule."""
    from engine.io.law import load_law

    return load_law().council_size(scenario.commune.population.at())
