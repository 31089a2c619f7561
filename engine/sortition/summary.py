"""The citizen council's draw in a few figures, for ``pacte bilan`` and the dashboard.

Quotas of the pact, the councils of the mandate, and the letters for the pool the
simulation assumes (``volontaires_par_siege`` × seats, ``rules/hypotheses/defaut.yaml``)
with the chance that every quota can then be met.
"""

from __future__ import annotations

from typing import Any

from engine.model.pact import Pact
from engine.model.scenario import Scenario

SUMMARY_SIMULATIONS = 100


def council_draw_summary(pact: Pact, scenario: Scenario, *, seed: int = 1) -> dict[str, Any]:
    """Quotas, councils of the mandate and invitation letters, as plain data (French labels)."""
    from engine.io.assumptions import load_assumptions
    from engine.sortition.letters import letters_needed
    from engine.sortition.quotas import council_quotas
    from engine.sortition.renewal import council_terms

    quotas = council_quotas(pact, scenario)
    per_seat = load_assumptions(scenario.assumptions).volunteers_per_seat
    pool = round(per_seat.value * quotas.seats)
    plan = letters_needed(pact, scenario, pool_size=pool, quotas=quotas,
                          simulations=SUMMARY_SIMULATIONS, seed=seed)
    return {
        "seats": quotas.seats,
        "quotas": [q.to_dict() for q in quotas.quotas],
        "councils": [t.to_dict() for t in council_terms(pact, scenario)],
        "pool": pool,
        "pool_source": str(per_seat.source),
        "acceptance_pct": plan.acceptance_pct,
        "letters_per_draw": plan.total_letters,
        "beyond_population": plan.beyond_population,
        "letters_by_quartier": plan.letters,
        "feasibility_probability": round(plan.feasibility, 4),
        "feasibility_interval_95": [round(x, 4) for x in plan.feasibility_interval],
        "simulations": plan.simulations,
    }
