"""The one-shot stress test of a pact in a commune (`pacte bilan`): thresholds, calendar,
audit capacity, abrogation delays, legality, costs and a Monte Carlo simulation — every
figure computed by the engine's own rule functions."""

from __future__ import annotations

from typing import Any

from engine.core.errors import InputError
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
        from engine.procedures.abrogation import share_of_electors_pct

        out["abrogation"] = {"required": pact.abrogation.signatures_required.at(),
                             "share_of_electors_pct": share_of_electors_pct(pact, scenario)}
    return out


def calendar_section(pact: Pact, scenario: Scenario) -> dict[str, Any]:
    from engine.procedures import audits, petition, rotation
    from engine.procedures.blackout import election_dates_origin, votation_days_cancelled_by_law

    out: dict[str, Any] = {"mandate": {"start": scenario.mandate.start.isoformat(),
                                       "end": scenario.mandate.end.isoformat()}}
    if pact.petition is not None:
        pacte = petition.votation_grid(pact, scenario, "pacte")
        loi = petition.votation_grid(pact, scenario, "loi")
        cancelled = votation_days_cancelled_by_law(pact, scenario)
        out["votation_days"] = {"pacte": len(pacte), "loi": len(loi),
                                "cancelled_by_law": sorted({c.day.isoformat() for c in cancelled}),
                                "election_dates_origin": election_dates_origin(scenario)}
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
    from engine.procedures.sessions import first_council_session

    if pact.abrogation is None:
        return {}
    first = first_council_session(pact, scenario)
    if first is None:
        return {}
    out: dict[str, Any] = {"council_day": first.isoformat()}
    for regime in ("pacte", "loi"):
        path = abrogation_path(pact, scenario, first, regime=regime)
        out[regime] = {"vote": path.vote_day.isoformat(),
                       "suspended_days_if_vote": suspended_days(path, "non")}
    return out


def legality_section(pact: Pact, scenario: Scenario) -> dict[str, Any]:
    from engine.verifier.checks import bilan_section

    return bilan_section(pact, scenario)


def catalogue_section(pact: Pact, scenario: Scenario) -> dict[str, Any]:
    """The list families (issue 9): each free clause, vote and body drawn by lot, with its
    legal verdict (the verifier's finding) and, for votes, the signatures that trigger them."""
    from engine.model.pact import item_key
    from engine.procedures import votes
    from engine.verifier.legal import free, legal_context, list_findings

    if not (pact.free_clauses or pact.votes or pact.assemblies):
        return {}
    ctx = legal_context(pact, scenario)
    verdicts = {f.clause: f for f in list_findings(ctx)}

    def item(key: str, title: str) -> dict[str, Any]:
        f = verdicts[key]
        return {"clause": key, "title": title, "verdict": f.verdict, "confidence": f.confidence,
                "articles": list(f.articles)}

    return {
        "free_clauses": [{**item(f"{free.KEY}.{c.id}", c.title), "nature": c.nature}
                         for c in pact.free_clauses],
        "votes": [{**item(item_key(v), v.title), "frame": v.frame.at(),
                   "signatures": votes.trigger_signatures(v, scenario).value} for v in pact.votes],
        "assemblies": [{**item(item_key(a), a.title), "members": a.members.at()}
                       for a in pact.assemblies],
    }


def costs_section(pact: Pact, scenario: Scenario) -> dict[str, Any]:
    from engine.procedures.cost_table import cost_table

    # the pact's own lines, with or without a « couts » clause: defaults and uncosted parts
    # are flagged in the table itself (« valeur par défaut », « non chiffré »)
    return cost_table(pact, scenario).as_dict()


def powers_section(pact: Pact) -> dict[str, Any]:
    from engine.powers import bilan_section

    return bilan_section(pact)


def sortition_section(pact: Pact, scenario: Scenario, seed: int) -> dict[str, Any]:
    """The citizen council's draw (its figures at the top level) and, under « bodies », the
    draw of every body of « assemblees_tirees_au_sort » (same summary, same keys)."""
    from engine.sortition.summary import body_draw_summary, council_draw_summary

    out: dict[str, Any] = {}
    if pact.citizen_council is not None:
        try:
            out = council_draw_summary(pact, scenario, seed=seed)
        except InputError as exc:
            # The commune lacks what the draw needs (its « demographie » block): the rest of
            # the bilan stands, and this section says what to add instead of stopping.
            out = {"indisponible": _problems(exc)}
    bodies = []
    for body in pact.assemblies:
        try:
            bodies.append(body_draw_summary(pact, scenario, body.id, seed=seed))
        except InputError as exc:
            bodies.append({"id": body.id, "title": body.title, "indisponible": _problems(exc)})
    if bodies:
        out["bodies"] = bodies
    return out


def _problems(exc: InputError) -> str:
    return "; ".join(f"{p.field} : {p.message}" for p in exc.problems)


BILAN_METRICS = (
    "cost_operating_eur_per_year", "cost_per_inhabitant_eur_per_year", "petitions_started",
    "petitions_admissible", "votation_days", "propositions_adopted", "petition_to_vote_days",
    "abrogation_requests", "abrogations_voted", "execution_suspended_days", "audits_done",
    "audit_coverage", "max_audit_gap_days", "revocation_consultations", "sortition_letters",
    "elected_hours", "dpc_utilisation", "cc_member_hours", "citizen_hours", "votes_in_blackout",
)


def simulation_section(
    pact: Pact, scenario: Scenario, runs: int, seed: int, jobs: int,
    assumption_overrides: list[tuple[str, Any]],
) -> dict[str, Any]:
    """A Monte Carlo of the mandate: mean and 5th–95th percentiles of the headline metrics."""
    from engine.sim.montecarlo import prepare, run_monte_carlo

    if runs <= 0:
        return {}
    inputs = prepare(scenario, pact, assumption_overrides)
    result = run_monte_carlo(inputs, runs=runs, seed=seed, jobs=jobs, keep_events=0)
    data = result.as_json()
    return {"runs": runs, "seed": seed, "regime": data["regime"],
            "metrics": {k: data["metrics"][k] for k in BILAN_METRICS if k in data["metrics"]},
            "labels": {k: data["metric_labels"][k] for k in BILAN_METRICS if k in data["metric_labels"]},
            "invariant_violations": len(data["invariant_violations"])}


def build_report(
    pact: Pact, scenario: Scenario, runs: int = 0, seed: int = 2026, jobs: int = 1,
    assumption_overrides: list[tuple[str, Any]] = (),  # type: ignore[assignment]
) -> dict[str, Any]:
    """Every section of the stress test as JSON-ready data (``runs`` = 0: no simulation)."""
    from engine.io.context import commune_note

    return {
        "pacte": pact.info.id,
        "commune": scenario.commune.name,
        "commune_du_pacte": pact.info.commune,
        "note_commune": commune_note(scenario, pact),
        "clauses": sorted(pact.clauses()),
        "thresholds": thresholds_section(pact, scenario),
        "calendar": calendar_section(pact, scenario),
        "abrogation_example": abrogation_section(pact, scenario),
        "legality": legality_section(pact, scenario),
        "catalogue": catalogue_section(pact, scenario),
        "costs": costs_section(pact, scenario),
        "powers": powers_section(pact),
        "sortition": sortition_section(pact, scenario, seed),
        "simulation": simulation_section(pact, scenario, runs, seed, jobs,
                                         list(assumption_overrides)),
    }
