"""Votation propositionnelle steps: signatures, admissibility, dated path, votation days.

Context keys written: ``decision`` (admissibility, outcome), ``petition`` (the dated steps),
``votations`` (the mandate's votation days).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from pytest_bdd import then, when

from engine.core.calendar import format_date
from engine.procedures.petition import (
    admissibility,
    petition_timeline,
    signatures_required,
    votation_grid,
    votation_outcome,
)
from tests.bdd.context import pact_of, result, scenario_of
from tests.bdd.parsing import choice_type
from tests.bdd.steps._common import event_day, p, same_day

APPLIED = {"le pourcentage": "pourcentage", "le chiffre absolu": "absolu"}


@when(p("une pétition recueille {n:Nombre} signatures valides"))
def when_signatures(ctx: dict[str, Any], n: int) -> None:
    ctx["decision"] = admissibility(pact_of(ctx), scenario_of(ctx), n)


@then("la pétition est recevable")
def then_admissible(ctx: dict[str, Any]) -> None:
    decision = result(ctx, "decision", "compter les signatures d'une pétition")
    assert decision.value is True, decision.explanation


@then("la pétition est irrecevable")
def then_inadmissible(ctx: dict[str, Any]) -> None:
    decision = result(ctx, "decision", "compter les signatures d'une pétition")
    assert decision.value is False, decision.explanation


@then(p("il faut {n:Nombre} signatures"))
def then_required(ctx: dict[str, Any], n: int) -> None:
    need = signatures_required(pact_of(ctx), scenario_of(ctx))
    ctx["decision"] = need
    assert need.value.required == n, need.explanation


@then(p("le seuil appliqué est {quoi}"))
def then_applied(ctx: dict[str, Any], quoi: str) -> None:
    if quoi not in APPLIED:
        raise AssertionError(f"« {quoi} » : attendu « le pourcentage » ou « le chiffre absolu »")
    need = signatures_required(pact_of(ctx), scenario_of(ctx))
    assert need.value.applied == APPLIED[quoi], need.explanation


@then("l'écart entre le chiffre arrondi et le pourcentage est signalé")
def then_gap_flagged(ctx: dict[str, Any]) -> None:
    need = signatures_required(pact_of(ctx), scenario_of(ctx))
    assert need.value.absolute_below_percentage, need.explanation


@then("l'écart entre le chiffre arrondi et le pourcentage n'est pas signalé")
def then_gap_not_flagged(ctx: dict[str, Any]) -> None:
    need = signatures_required(pact_of(ctx), scenario_of(ctx))
    assert not need.value.absolute_below_percentage, need.explanation


# --- dated path -------------------------------------------------------------------------

@when(p("une pétition est déposée le {jour:Date}"))
def when_submitted(ctx: dict[str, Any], jour: date) -> None:
    ctx["petition"] = petition_timeline(pact_of(ctx), scenario_of(ctx), jour, ctx["regime"])


def _petition_day(ctx: dict[str, Any], event: str) -> date:
    return event_day(result(ctx, "petition", "déposer une pétition"), event)


PETITION_EVENTS = {
    "la collecte se termine le": ("fin_collecte", "fin de la collecte"),
    "la DPC a vérifié les signatures le": ("verification_dpc", "vérification par la DPC"),
    "le bureau exécutif inscrit la pétition le": ("bureau_executif", "bureau exécutif"),
    "le conseil municipal décide le": ("decision_cm", "décision du CM"),
    "la campagne commence le": ("debut_campagne", "début de la campagne"),
    "la votation a lieu le": ("votation", "jour de votation"),
    "le conseil municipal adopte la proposition le": ("adoption_cm_si_oui", "adoption par le CM"),
}


@then(p("{quoi:EtapePetition} {jour:Date}", EtapePetition=choice_type(PETITION_EVENTS)))
def then_petition_step(ctx: dict[str, Any], quoi: str, jour: date) -> None:
    """Every « <étape de la pétition> le <date> » of :data:`PETITION_EVENTS`."""
    event, what = PETITION_EVENTS[quoi]
    same_day(_petition_day(ctx, event), jour, what)


@then("aucune votation n'est possible avant la fin du mandat")
def then_no_votation(ctx: dict[str, Any]) -> None:
    steps = result(ctx, "petition", "déposer une pétition")
    assert any(s.event == "pas_de_votation_avant_la_fin_du_mandat" for s in steps), \
        [s.event for s in steps]


# --- votation days ----------------------------------------------------------------------

@when("on calcule les jours de votation du mandat")
def when_grid(ctx: dict[str, Any]) -> None:
    ctx["votations"] = [v.day for v in votation_grid(pact_of(ctx), scenario_of(ctx), ctx["regime"])]


def _grid(ctx: dict[str, Any]) -> list[date]:
    return result(ctx, "votations", "calculer les jours de votation du mandat")


@then(p("l'année {annee:d} compte {n:Nombre} jours de votation"))
def then_year_count(ctx: dict[str, Any], annee: int, n: int) -> None:
    days = [d for d in _grid(ctx) if d.year == annee]
    assert len(days) == n, f"{annee} : {len(days)} jours de votation ({', '.join(map(format_date, days))})"


@then(p("aucune année ne compte plus de {n:Nombre} jours de votation"))
def then_cap(ctx: dict[str, Any], n: int) -> None:
    per_year = Counter(d.year for d in _grid(ctx))
    over = {y: k for y, k in per_year.items() if k > n}
    assert not over, f"années au-delà de {n} jours de votation : {over}"


@then(p("le {jour:Date} est un jour de votation"))
def then_is_votation(ctx: dict[str, Any], jour: date) -> None:
    assert jour in _grid(ctx), f"{format_date(jour)} n'est pas un jour de votation"


@then(p("le {jour:Date} n'est pas un jour de votation"))
def then_is_not_votation(ctx: dict[str, Any], jour: date) -> None:
    assert jour not in _grid(ctx), f"{format_date(jour)} est un jour de votation"


@then(p("aucun jour de votation ne tombe entre le {debut:Date} et le {fin:Date}"))
def then_none_between(ctx: dict[str, Any], debut: date, fin: date) -> None:
    inside = [d for d in _grid(ctx) if debut <= d <= fin]
    assert not inside, f"jours de votation dans la période : {', '.join(map(format_date, inside))}"


# --- outcome ----------------------------------------------------------------------------

@when(p("la votation donne {oui:Nombre} oui et {non:Nombre} non"))
def when_votation_result(ctx: dict[str, Any], oui: int, non: int) -> None:
    electors = scenario_of(ctx).commune.electors.at()
    ctx["decision"] = votation_outcome(pact_of(ctx), electors, oui, non)


@then("la proposition est adoptée")
def then_adopted(ctx: dict[str, Any]) -> None:
    decision = result(ctx, "decision", "dépouiller la votation")
    assert decision.value is True, decision.explanation


@then("la proposition n'est pas adoptée")
def then_not_adopted(ctx: dict[str, Any]) -> None:
    decision = result(ctx, "decision", "dépouiller la votation")
    assert decision.value is False, decision.explanation
