"""The quotas of a body drawn by lot (« assemblees_tirees_au_sort », issue 9 § 1.3), read
from its strata: each category's seats are computed by the pact's rule
(:func:`engine.procedures.assemblies.category_seats`), the quota table is the same
:class:`~engine.sortition.quotas.QuotaSet` as the citizen council's, checked by the same
:func:`~engine.sortition.quotas.check_consistent`, so `pacte tirage --organe ID` draws any
body with the machinery of the council's draw.

A category is written with the codes the pool carries: a quartier of the scenario (accents
and dashes ignored), ``femme``/``homme``, a CSP or age-band code of the scenario's
demographics. The values a stratum does not list are drawn without constraint (0 to all
seats).
"""

from __future__ import annotations

from engine.core.errors import InputError
from engine.model.pact import Assembly, Pact, item_key
from engine.model.scenario import Scenario
from engine.procedures.assemblies import category_seats, find_assembly
from engine.sortition.quotas import (
    AGE,
    CSP,
    GENRE,
    QUARTIER,
    Quota,
    QuotaSet,
    check_consistent,
    gender_values,
)
from engine.sortition.text import fold

FEATURE_OF = {"quartier": QUARTIER, "genre": GENRE, "csp": CSP, "tranche_age": AGE}


def _known_values(scenario: Scenario, feature: str) -> list[tuple[str, str]]:
    """(code, name) of every value the pool may carry for ``feature``."""
    commune = scenario.commune
    if feature == QUARTIER:
        return [(q.name, q.name) for q in commune.quartiers]
    if feature == GENRE:
        return gender_values(scenario)
    demo = commune.demographics
    dist = None if demo is None else (demo.csp if feature == CSP else demo.ages)
    if dist is None:
        raise InputError.single("scénario", None, "commune.demographie",
                                f"la strate « {feature} » demande la répartition des habitant·es "
                                "dans le bloc « demographie » de la commune")
    return [(item.code, item.name) for item in dist.items]


def body_quotas(pact: Pact, scenario: Scenario, body_id: str, *, tolerance: int = 0) -> QuotaSet:
    """The quota table of the body ``body_id``: one feature per stratum, in the pact's order."""
    body: Assembly = find_assembly(pact, body_id)
    if tolerance < 0:
        raise InputError.single("--tolerance", None, "tolerance",
                                "la tolérance doit être positive ou nulle")
    seats = body.members.at()
    source = str(body.param_source(body.strata))
    quotas: list[Quota] = []
    features: list[str] = []
    for stratum in body.strata.at():
        feature = FEATURE_OF[stratum.criterion]
        known = _known_values(scenario, feature)
        by_fold = {fold(code): (code, name) for code, name in known}
        listed: set[str] = set()
        for category in stratum.categories:
            found = by_fold.get(fold(category.code))
            if found is None:
                raise InputError.single(
                    "pacte", None, f"{item_key(body)}.strates",
                    f"catégorie « {category.code} » inconnue pour « {stratum.criterion} » — "
                    f"attendu : {', '.join(code for code, _ in known)}")
            code, name = found
            listed.add(code)
            s = category_seats(seats, category)
            widen = tolerance if category.share_pct is not None else 0
            reason = s.reason + (f", ± {tolerance}" if widen else "")
            quotas.append(Quota(feature, code, name, max(0, s.min - widen),
                                min(seats, s.max + widen), reason, source))
        quotas += [Quota(feature, code, name, 0, seats, "pas de quota dans le pacte", source)
                   for code, name in known if code not in listed]
        features.append(feature)
    result = QuotaSet(seats, tuple(features), tuple(quotas))
    check_consistent(result, "pacte", item_key(body))
    return result
