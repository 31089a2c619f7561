"""A draw by lot in a few figures, for ``pacte bilan`` and the dashboard: the citizen
council's, and each body of the list « assemblees_tirees_au_sort » (issue 9 § 1.3).

Quotas of the pact, the draws of the mandate (the council's from the audit rules, a body's
at the installation and at each renewal: ``engine.procedures.assemblies.renewals``), and the
letters for the pool the simulation assumes (``volontaires_par_siege`` × seats,
``rules/hypotheses/defaut.yaml``) with the chance that every quota can then be met.
"""

from __future__ import annotations

from typing import Any

from engine.core.errors import InputError
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.sortition.quotas import QuotaSet
from engine.sortition.renewal import CouncilTerm

SUMMARY_SIMULATIONS = 100


def body_terms(pact: Pact, scenario: Scenario, body_id: str) -> list[CouncilTerm]:
    """The successive compositions of a body drawn by lot: drawn at the installation of the
    council, then at each renewal the pact sets (none for a one-off body)."""
    from engine.procedures.assemblies import find_assembly, renewals

    starts = [scenario.mandate.start, *renewals(find_assembly(pact, body_id), scenario)]
    ends = [*starts[1:], scenario.mandate.end]
    return [CouncilTerm(i + 1, s, e) for i, (s, e) in enumerate(zip(starts, ends, strict=True))]


def planned_pool(scenario: Scenario, seats: int) -> tuple[int, str]:
    """The pool a draw plans for (the volunteers per seat the simulation assumes,
    ``volontaires_par_siege`` of ``rules/hypotheses/defaut.yaml``, × seats) and its source."""
    from engine.io.assumptions import load_assumptions

    per_seat = load_assumptions(scenario.assumptions).volunteers_per_seat
    return round(per_seat.value * seats), str(per_seat.source)


def _draw_summary(pact: Pact, scenario: Scenario, quotas: QuotaSet, terms: list[CouncilTerm],
                  seed: int) -> dict[str, Any]:
    """Quotas, draws of the mandate and invitation letters of one body, as plain data."""
    from engine.sortition.letters import letters_needed

    pool, pool_source = planned_pool(scenario, quotas.seats)
    plan = letters_needed(pact, scenario, pool_size=pool, quotas=quotas,
                          simulations=SUMMARY_SIMULATIONS, seed=seed)
    return {
        "seats": quotas.seats,
        "quotas": [q.to_dict() for q in quotas.quotas],
        "councils": [t.to_dict() for t in terms],
        "pool": pool,
        "pool_source": pool_source,
        "acceptance_pct": plan.acceptance_pct,
        "letters_per_draw": plan.total_letters,
        "draws": len(terms),
        # every composition is drawn with the same planned pool: letters of one draw × draws
        "letters_of_mandate": plan.total_letters * len(terms),
        "beyond_population": plan.beyond_population,
        "letters_by_quartier": plan.letters,
        "feasibility_probability": round(plan.feasibility, 4),
        "feasibility_interval_95": [round(x, 4) for x in plan.feasibility_interval],
        "simulations": plan.simulations,
    }


def council_draw_summary(pact: Pact, scenario: Scenario, *, seed: int = 1) -> dict[str, Any]:
    """The citizen council's quotas, councils of the mandate and invitation letters (without
    the commune's demography: :func:`plain_summary`)."""
    from engine.sortition.quotas import council_quotas
    from engine.sortition.renewal import council_terms

    terms = council_terms(pact, scenario)
    try:
        return _draw_summary(pact, scenario, council_quotas(pact, scenario), terms, seed)
    except InputError as exc:
        if not demography_missing(exc):
            raise
        return plain_summary(scenario, pact.citizen_council.members.at(), terms, exc)


def body_draw_summary(pact: Pact, scenario: Scenario, body_id: str, *,
                      seed: int = 1) -> dict[str, Any]:
    """The same figures for the body ``body_id`` of « assemblees_tirees_au_sort »: its
    quotas (``body_quotas``), its draws and the letters each one needs."""
    from engine.procedures.assemblies import find_assembly
    from engine.sortition.body_quotas import body_quotas

    body = find_assembly(pact, body_id)
    terms = body_terms(pact, scenario, body_id)
    try:
        summary = _draw_summary(pact, scenario, body_quotas(pact, scenario, body_id), terms, seed)
    except InputError as exc:
        if not demography_missing(exc):
            raise
        summary = plain_summary(scenario, body.members.at(), terms, exc)
    return {"id": body.id, "title": body.title, **summary}


def demography_missing(exc: InputError) -> bool:
    """The error says the commune lacks (part of) its « demographie » block."""
    return all(p.field.startswith("commune.demographie") for p in exc.problems)


def plain_summary(scenario: Scenario, seats: int, terms: list[CouncilTerm],
                  missing: InputError) -> dict[str, Any]:
    """Without the commune's demography, what can still be said of a draw: its seats, its
    draws of the mandate and the letters that bring the planned pool (the volunteers per seat
    the simulation assumes, at the acceptance rate) — the letters the simulation sends at
    each draw; whether the quotas hold is not computed, and ``faisabilite_indisponible`` says
    what to add."""
    from engine.procedures.invitations import letters_for
    from engine.sortition.letters import acceptance_rate

    pool, pool_source = planned_pool(scenario, seats)
    rate, _source, _observed = acceptance_rate(scenario)
    per_draw = letters_for(pool, rate)
    return {
        "seats": seats, "quotas": [], "councils": [t.to_dict() for t in terms], "pool": pool,
        "pool_source": pool_source, "acceptance_pct": rate,
        "letters_per_draw": per_draw, "draws": len(terms),
        "letters_of_mandate": per_draw * len(terms),
        "faisabilite_indisponible": "; ".join(f"{p.field} : {p.message}" for p in missing.problems),
    }
