"""The one-shot stress test of a pact in a commune (`pacte bilan`): thresholds, calendar,
audit capacity, abrogation delays, legality, costs and a Monte Carlo simulation — every
figure computed by the engine's own rule functions."""

from __future__ import annotations

from typing import Any

from engine.model.pact import Pact
from engine.model.scenario import Scenario


def thresholds_section(pact: Pact, scenario: Scenario) -> dict[str, Any]:
    from engine.procedures.petition import signatures_required

    out: dict[str, Any] = {}
    if pact.petition is not None:
        d = signatures_required(pact, scenario)
        out["petition"] = {"required": d.value.required, "applied": d.value.applied,
                           "absolute_below_percentage": d.value.absolute_below_percentage,
                           "explanation": d.explanation}
    if pact.abrogation is not None:
        need = pact.abrogation.signatures_required.at()
        electors = scenario.commune.electors.at()
        out["abrogation"] = {"required": need, "share_of_electors_pct": round(100 * need / electors, 2)}
    return out


def calendar_section(pact: Pact, scenario: Scenario) -> dict[str, Any]:
    from engine.procedures import audits, petition, rotation

    out: dict[str, Any] = {"mandate": {"start": scenario.mandate.start.isoformat(),
                                       "end": scenario.mandate.end.isoformat()}}
    if pact.petition is not None:
        pacte = petition.votation_grid(pact, scenario, "pacte")
        loi = petition.votation_grid(pact, scenario, "loi")
        out["votation_days"] = {"pacte": len(pacte), "loi": len(loi),
                                "cancelled_by_law": sorted({v.day.isoformat() for v in pacte} - {v.day.isoformat() for v in loi})}
    if pact.rotation is not None:
        out["rotations"] = [{"resignation": h.resignation.isoformat(), "election": h.election.isoformat()}
                            for h in rotation.handovers(pact, scenario)]
    if pact.citizen_council is not None:
        sched = audits.audit_schedule(pact, scenario)
        cap = audits.audit_capacity(pact, scenario)
        late = sorted({g.pair for g in sched.gaps})
        out["audits"] = {"meetings": len(sched.meetings), "pairs": len(sched.pairs),
                         **cap.value, "explanation": cap.explanation,
                         "late_intervals": len(sched.gaps), "pairs_late": len(late),
                         "max_excess_days": max((g.excess_days for g in sched.gaps), default=0),
                         "renewals": [d.isoformat() for d in audits.renewals(pact, scenario)]}
    return out


def abrogation_section(pact: Pact, scenario: Scenario) -> dict[str, Any]:
    from engine.procedures.abrogation import abrogation_path, suspended_days
    from engine.procedures.sessions import council_sessions

    if pact.abrogation is None:
        return {}
    first = next(d for d in council_sessions(pact, scenario) if d > scenario.mandate.start)
    out: dict[str, Any] = {"council_day": first.isoformat()}
    for regime in ("pacte", "loi"):
        path = abrogation_path(pact, scenario, first, regime=regime)
        out[regime] = {"vote": path.vote_day.isoformat(),
                       "suspended_days_if_vote": suspended_days(path, "non")}
    return out


def legality_section(pact: Pact, scenario: Scenario) -> dict[str, Any]:
    from engine.checks import bilan_section

    return bilan_section(pact, scenario)


def costs_section(pact: Pact, scenario: Scenario) -> dict[str, Any]:
    from engine.costs import cost_table

    if pact.clauses().get("couts") is None:
        return {}
    return cost_table(pact, scenario).as_dict()


def build_report(pact: Pact, scenario: Scenario) -> dict[str, Any]:
    """Every section of the stress test as JSON-ready data."""
    return {
        "pacte": pact.info.id,
        "commune": scenario.commune.name,
        "clauses": sorted(pact.clauses()),
        "thresholds": thresholds_section(pact, scenario),
        "calendar": calendar_section(pact, scenario),
        "abrogation_example": abrogation_section(pact, scenario),
        "legality": legality_section(pact, scenario),
        "costs": costs_section(pact, scenario),
    }
