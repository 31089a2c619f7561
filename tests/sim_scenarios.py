"""Scenario variants for the simulation tests (the bundled one and others not shipped)."""

from __future__ import annotations

from functools import cache

from engine.sim.context import ContextInputs
from engine.sim.montecarlo import prepare

VARIANTS: dict[str, list[tuple[str, object]]] = {
    "chambery": [],
    "chambery-pacte": [("hypotheses.regime_des_votes", "pacte")],
    "grande-ville": [("commune.population_municipale", 156140), ("commune.electeurs_inscrits", 100000),
                     ("commune.budget.depenses_reelles_fonctionnement_eur", 250000000)],
    "mandat-2020": [("mandat.premier_tour", "2020-03-15"), ("mandat.second_tour", "2020-06-28"),
                    ("mandat.installation_conseil", "2020-07-03"),
                    ("mandat.prochain_renouvellement", "2026-03-15")],
    "forte-mobilisation": [("hypotheses.petitions_pour_10000_habitants_par_an", 2.5), ("hypotheses.taux_contestation_pct", 2),
                           ("hypotheses.portee_mediane_petition_pct", 2.6),
                           ("hypotheses.avis_defavorable_pct", 15),
                           ("hypotheses.taux_acceptation_tirage_pct", 1.5),
                           ("votation_propositionnelle.max_votations_par_an", 2)],
    "sans-report": [("conseils_de_quartier.report_du_reliquat", False),
                    ("hypotheses.projets_par_quartier_par_an", 10)],
}


@cache
def inputs(name: str) -> ContextInputs:
    from engine.io.load import parse_yaml

    sets = [(p, parse_yaml(v, p).data if isinstance(v, str) else v) for p, v in VARIANTS[name]]
    return prepare(None, None, sets)


@cache
def bare_inputs() -> ContextInputs:
    """A pact without citizen council, quartier councils, rotation or conventions."""
    base = inputs("chambery")
    pact = base.pact.model_copy(update={"citizen_council": None, "quartier_councils": None,
                                        "rotation": None, "conventions": None, "staff_audit": None})
    return ContextInputs.of(base.scenario, pact, base.assumptions)
