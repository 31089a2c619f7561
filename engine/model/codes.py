"""The words a reader sees for the codes of the pact language.

A pact writes choices as codes (``habitants_16_ans``, ``saisine_du_conseil``,
``referendum_decisionnel``); every text a person reads — the pact to sign, the dashboard's
choices — shows them in French from this one table, never as the code. A test checks that
every code of the schema's choices has its words here.
"""

from __future__ import annotations

from typing import Any, get_args

from engine.core.calendar import MONTHS_FR
from engine.model.clause import Clause, field_named
from engine.model.params import MonthNumber

CODES_FR: dict[str, str] = {
    # who signs, who votes (Electorate)
    "electeurs_inscrits": "électeur·rices inscrit·es",
    "electeurs_et_ue": "électeur·rices inscrit·es et citoyen·nes de l'UE",
    "habitants_16_ans": "habitant·es de 16 ans et plus",
    "habitants": "tous les habitant·es",
    # days of the week (Weekday)
    "lundi": "lundi", "mardi": "mardi", "mercredi": "mercredi", "jeudi": "jeudi",
    "vendredi": "vendredi", "samedi": "samedi", "dimanche": "dimanche",
    # votes: legal frame, trigger, subject, follow-up (clauses_family)
    "referendum_decisionnel": "référendum local décisionnel",
    "consultation": "consultation des électeurs",
    "participation": "association du public",
    "votation_citoyenne": "votation citoyenne",
    "petition": "pétition",
    "conseil": "conseil municipal",
    "maire": "maire",
    "organe_tire_au_sort": "assemblée tirée au sort",
    "competence_du_conseil": "compétences du conseil municipal",
    "competence_du_maire": "compétences du ou de la maire",
    "actes_individuels": "actes individuels",
    "debat_au_conseil": "débat au conseil municipal",
    "adoption_si_oui": "adoption si le oui l'emporte",
    # bodies drawn by lot: powers, domains, strata, kind
    "avis": "avis",
    "initiative": "propositions",
    "saisine_du_conseil": "saisine du conseil municipal",
    "audit": "audit des élu·es",
    "codecision": "co-décision",
    "budget": "budget et investissements",
    "urbanisme": "urbanisme",
    "quartier": "quartier",
    "genre": "genre",
    "csp": "catégorie socio-professionnelle",
    "tranche_age": "tranche d'âge",
    "permanente": "permanente",
    "ponctuelle": "ponctuelle",
    # who audits, who is bound, where the budget goes
    "conseil_citoyen": "Conseil Citoyen",
    "conseils_de_quartier": "conseils de quartier",
    "assemblee_citoyenne": "assemblée citoyenne",
    "conseil_municipal": "conseil municipal",
    "executif": "exécutif (maire et adjoint·es)",
    "elus_majorite": "élu·es de la majorité",
    "commune": "toute la commune",
    "quartiers": "une enveloppe par quartier",
    # delegations to the mayor (L2122-22), decisions, outcomes
    "aucune": "aucune",
    "toutes": "toutes",
    "bureau_executif": "bureau exécutif",
    "consensus": "consensus",
    "majorite": "majorité",
    "pluralite": "pluralité",
    "majorite_absolue": "majorité absolue",
    "demission_demandee": "démission demandée",
    "revocation_automatique": "révocation automatique",
    # adjoints' kinds
    "special": "adjoint·e spécial·e",
    "ordinaire": "adjoint·e",
    "aucun": "aucun",
    # free clauses' nature
    "acte_du_conseil": "acte du conseil municipal",
    "acte_du_maire": "acte du ou de la maire",
    "engagement_politique": "engagement politique",
    "autre": "autre",
}


def code_fr(value: Any) -> Any:
    """A code in French (a list: each of its items, joined); anything else unchanged."""
    if isinstance(value, str):
        return CODES_FR.get(value, value)
    if isinstance(value, list | tuple) and value and all(isinstance(v, str) for v in value):
        return ", ".join(CODES_FR.get(v, v) for v in value)
    return value


def _is_months(clause: Clause, key: str) -> bool:
    """The parameter ``key`` of ``clause`` holds month numbers (1 to 12)."""
    field = field_named(type(clause), key)
    if field is None:
        return False
    meta = getattr(field.annotation, "__pydantic_generic_metadata__", {})
    (inner,) = meta.get("args") or (None,)
    return inner == MonthNumber or get_args(inner) == (MonthNumber,)


def param_words(clause: Clause, key: str, value: Any) -> Any:
    """A parameter's value in words: codes in French (:data:`CODES_FR`), month numbers as
    month names (« août », « janvier, juillet »); anything else unchanged."""
    if _is_months(clause, key):
        if isinstance(value, int):
            return MONTHS_FR[value - 1]
        if isinstance(value, list) and all(isinstance(v, int) for v in value):
            return ", ".join(MONTHS_FR[v - 1] for v in value) if value else "aucun"
    return code_fr(value)
