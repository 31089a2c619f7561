"""The one-shot stress test of a pact in a commune (`pacte bilan`): thresholds, calendar,
audit capacity, abrogation delays, legality, costs and a Monte Carlo simulation — every
figure computed by the engine's own rule functions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from engine.core.defaults import DEFAULT_SEED
from engine.core.errors import InputError
from engine.model.pact import Pact
from engine.model.scenario import Scenario

if TYPE_CHECKING:
    from engine.sim.montecarlo import PendingMonteCarlo


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
        from engine.report.explain import audit_calendar_note

        sched = audits.audit_schedule(pact, scenario)
        cap = audits.audit_capacity(pact, scenario)
        late = sorted({g.pair for g in sched.gaps})
        longest = audits.scheduled_longest_interval(pact, scenario)
        out["audits"] = {"meetings": len(sched.meetings), "pairs": len(sched.pairs),
                         **cap.value, "explanation": cap.explanation,
                         "late_intervals": len(sched.gaps), "pairs_late": len(late),
                         "max_excess_days": max((g.excess_days for g in sched.gaps), default=0),
                         "longest_interval_days": longest.days if longest else None,
                         "note": audit_calendar_note(longest) if longest else "",
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
    "audit_coverage", "max_audit_gap_days", "audits_missed", "revocation_consultations",
    "sortition_draws", "sortition_letters", "polling_days_per_year", "elected_hours", "dpc_utilisation", "cc_member_hours", "citizen_hours", "votes_in_blackout",
)


def start_simulation(
    pact: Pact, scenario: Scenario, runs: int, seed: int, jobs: int,
    assumption_overrides: list[tuple[str, Any]],
) -> PendingMonteCarlo | None:
    """Queue the Monte Carlo's runs on the workers (None when ``runs`` ≤ 0)."""
    from engine.sim.montecarlo import prepare, start_monte_carlo

    if runs <= 0:
        return None
    inputs = prepare(scenario, pact, assumption_overrides)
    return start_monte_carlo(inputs, runs=runs, seed=seed, jobs=jobs, keep_events=0)


def simulation_summary(pending: PendingMonteCarlo | None) -> dict[str, Any]:
    """Mean and 5th–95th percentiles of the headline metrics of a started Monte Carlo."""
    if pending is None:
        return {}
    result = pending.result()
    data = result.as_json()
    return {"runs": result.runs, "seed": result.seed, "regime": data["regime"],
            "metrics": {k: data["metrics"][k] for k in BILAN_METRICS if k in data["metrics"]},
            "labels": {k: data["metric_labels"][k] for k in BILAN_METRICS if k in data["metric_labels"]},
            "sans_objet": {k: data["sans_objet"][k] for k in BILAN_METRICS if k in data["sans_objet"]},
            "invariant_violations": len(data["invariant_violations"]),
            "missed_audits": {**data["assumptions"]["audition_reportee_pct"],
                              "incertitude": data["assumptions"]["incertitude"]}}


def notes_section(pact: Pact, scenario: Scenario, report: dict[str, Any]) -> dict[str, str]:
    """Beside each figure that differs by design from another (issue 14 § 1), the sentence
    that says why (:mod:`engine.report.explain`), from the figures of ``report``."""
    from engine.procedures.cost_votes import budget_and_rules
    from engine.report import explain

    sim = report.get("simulation") or {}
    metrics = sim.get("metrics", {})

    def mean(key: str) -> float | None:
        return (metrics.get(key) or {}).get("mean")

    notes: dict[str, str] = {}
    audits = report["calendar"].get("audits")
    if audits and sim:
        m = sim["missed_audits"]
        missed = explain.Missed(m["value"], m["min"], m["max"],
                                bool(m["incertitude"] and m["uncertain"]))
        notes["audits"] = explain.audit_simulated_note(
            audits["longest_interval_days"], missed, mean("max_audit_gap_days"))
    draw = report.get("sortition") or {}
    if "letters_per_draw" in draw:
        notes["letters"] = explain.letters_note(
            draw, mean("sortition_letters"), mean("sortition_draws"))
    votation = report["calendar"].get("votation_days")
    if votation and sim:
        notes["votation_days"] = explain.votation_days_note(
            votation[sim["regime"]], sim["regime"], mean("votation_days"))
    example = report.get("abrogation_example") or {}
    if example and sim:
        notes["suspended"] = explain.suspended_note(
            example[sim["regime"]]["suspended_days_if_vote"], sim["regime"])
    costs = report.get("costs") or {}
    if costs:
        notes["costs"] = explain.cost_note(
            budget_and_rules(pact, scenario), costs["operating"]["total_eur"],
            mean("cost_operating_eur_per_year"), mean("polling_days_per_year"))
    return notes


def simulation_section(
    pact: Pact, scenario: Scenario, runs: int, seed: int, jobs: int,
    assumption_overrides: list[tuple[str, Any]],
) -> dict[str, Any]:
    """A Monte Carlo of the mandate: mean and 5th–95th percentiles of the headline metrics."""
    return simulation_summary(start_simulation(pact, scenario, runs, seed, jobs, assumption_overrides))


def build_report(
    pact: Pact, scenario: Scenario, runs: int = 0, seed: int = DEFAULT_SEED, jobs: int = 1,
    assumption_overrides: list[tuple[str, Any]] = (),  # type: ignore[assignment]
) -> dict[str, Any]:
    """Every section of the stress test as JSON-ready data (``runs`` = 0: no simulation).

    The simulation's runs are queued first, so the workers run them while this process
    computes the other sections (on two cores, about a second less for the bundled pact)."""
    from engine.io.context import commune_note

    pending = start_simulation(pact, scenario, runs, seed, jobs, list(assumption_overrides))
    try:
        sections = {
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
        }
    except BaseException:
        if pending is not None:
            pending.cancel()
        raise
    report = {**sections, "simulation": simulation_summary(pending)}
    report["notes"] = notes_section(pact, scenario, report)
    from engine.procedures.figures import FIGURES

    report["definitions"] = {f.name: f.as_dict() for f in FIGURES}
    return report
