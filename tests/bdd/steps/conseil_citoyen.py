"""Conseil Citoyen steps: audit schedule, gaps, renewals, panel quotas.

Context keys written: ``auditions`` (the ``AuditSchedule``), ``renouvellements`` (dates),
``decision`` (the panel check).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pytest_bdd import then, when

from engine.core.calendar import MONTHS_FR, format_date
from engine.procedures.audits import (
    AuditSchedule,
    Member,
    audit_schedule,
    audited_pairs,
    check_panel,
    renewals,
)
from tests.bdd.context import pact_of, result, scenario_of
from tests.bdd.parsing import choice_type
from tests.bdd.steps._common import p, same_day


@when("on établit le calendrier des auditions")
def when_schedule(ctx: dict[str, Any]) -> None:
    ctx["auditions"] = audit_schedule(pact_of(ctx), scenario_of(ctx))


def _schedule(ctx: dict[str, Any]) -> AuditSchedule:
    return result(ctx, "auditions", "établir le calendrier des auditions")


@then(p("aucune audition n'a lieu en {mois:Mois}", Mois=choice_type(MONTHS_FR)))
def then_none_in_month(ctx: dict[str, Any], mois: str) -> None:
    number = MONTHS_FR.index(mois) + 1
    found = [m.day for m in _schedule(ctx).meetings if m.day.month == number]
    assert not found, f"auditions en {mois} : {', '.join(map(format_date, found))}"


@then(p("une soirée d'auditions a lieu le {jour:Date}"))
def then_meeting_on(ctx: dict[str, Any], jour: date) -> None:
    assert jour in [m.day for m in _schedule(ctx).meetings], f"pas de soirée le {format_date(jour)}"


@then(p("chaque soirée compte au plus {n:Nombre} auditions"))
def then_at_most(ctx: dict[str, Any], n: int) -> None:
    over = [(m.day, len(m.pairs)) for m in _schedule(ctx).meetings if len(m.pairs) > n]
    assert not over, f"soirées au-delà de {n} auditions : {over}"


@then(p("chaque soirée compte exactement {n:Nombre} auditions"))
def then_exactly(ctx: dict[str, Any], n: int) -> None:
    other = [(m.day, len(m.pairs)) for m in _schedule(ctx).meetings if len(m.pairs) != n]
    assert not other, f"soirées qui n'ont pas {n} auditions : {other}"


@then(p("la première soirée d'auditions a lieu le {jour:Date}"))
def then_first(ctx: dict[str, Any], jour: date) -> None:
    meetings = _schedule(ctx).meetings
    same_day(meetings[0].day if meetings else None, jour, "première soirée d'auditions")


@then(p("la dernière soirée d'auditions a lieu le {jour:Date}"))
def then_last(ctx: dict[str, Any], jour: date) -> None:
    meetings = _schedule(ctx).meetings
    same_day(meetings[-1].day if meetings else None, jour, "dernière soirée d'auditions")


@then(p("le mandat compte {n:Nombre} soirées d'auditions"))
def then_count(ctx: dict[str, Any], n: int) -> None:
    got = len(_schedule(ctx).meetings)
    assert got == n, f"{got} soirées d'auditions"


@then(p("le conseil citoyen auditionne {n:Nombre} binômes"))
def then_pairs(ctx: dict[str, Any], n: int) -> None:
    got = len(audited_pairs(pact_of(ctx)))
    assert got == n, f"{got} binômes audités"


@then(p("le binôme « {nom} » est auditionné le {jour:Date}"))
def then_audited_on(ctx: dict[str, Any], nom: str, jour: date) -> None:
    days = _schedule(ctx).audits_of(nom)
    assert jour in days, f"« {nom} » est auditionné le : {', '.join(map(format_date, days)) or 'jamais'}"


@then(p("le binôme « {nom} » attend plus de {mois:Nombre} mois entre deux auditions"))
def then_gap(ctx: dict[str, Any], nom: str, mois: int) -> None:
    sched = _schedule(ctx)
    pair = next((x for x in sched.pairs if x.name == nom), None)
    assert pair is not None, f"binôme inconnu : « {nom} »"
    assert pair.period_months == mois, f"« {nom} » doit être auditionné tous les {pair.period_months} mois"
    gaps = [g for g in sched.gaps if g.pair == nom]
    assert gaps, f"« {nom} » n'attend jamais plus de {mois} mois"


@then(p("le binôme « {nom} » n'attend jamais plus de {mois:Nombre} mois entre deux auditions"))
def then_no_gap(ctx: dict[str, Any], nom: str, mois: int) -> None:
    sched = _schedule(ctx)
    pair = next((x for x in sched.pairs if x.name == nom), None)
    assert pair is not None, f"binôme inconnu : « {nom} »"
    assert pair.period_months == mois, f"« {nom} » doit être auditionné tous les {pair.period_months} mois"
    gaps = [(g.previous, g.following, g.excess_days) for g in sched.gaps if g.pair == nom]
    assert not gaps, f"retards de « {nom} » : {gaps}"


@then("chaque binôme est auditionné au moins une fois")
def then_everyone(ctx: dict[str, Any]) -> None:
    never = _schedule(ctx).never_audited
    assert not never, f"jamais auditionnés : {never}"


@then(p("le retard du binôme « {nom} » après l'audition du {jour:Date} est de {n:Nombre} jours"))
def then_excess(ctx: dict[str, Any], nom: str, jour: date, n: int) -> None:
    gaps = [g for g in _schedule(ctx).gaps if g.pair == nom and g.previous == jour]
    assert gaps, f"aucun retard de « {nom} » après le {format_date(jour)}"
    assert gaps[0].excess_days == n, f"retard de {gaps[0].excess_days} jours"


# --- renewals ---------------------------------------------------------------------------

@when("on calcule les renouvellements du Conseil Citoyen")
def when_renewals(ctx: dict[str, Any]) -> None:
    ctx["renouvellements"] = renewals(pact_of(ctx), scenario_of(ctx))


def _renewals(ctx: dict[str, Any]) -> list[date]:
    return result(ctx, "renouvellements", "calculer les renouvellements du Conseil Citoyen")


@then(p("le Conseil Citoyen est renouvelé le {jour:Date}"))
def then_renewed_on(ctx: dict[str, Any], jour: date) -> None:
    days = _renewals(ctx)
    assert jour in days, f"renouvellements : {', '.join(map(format_date, days)) or 'aucun'}"


@then(p("le Conseil Citoyen est renouvelé {n:Nombre} fois pendant le mandat"))
def then_renewal_count(ctx: dict[str, Any], n: int) -> None:
    days = _renewals(ctx)
    assert len(days) == n, f"renouvellements : {', '.join(map(format_date, days)) or 'aucun'}"


# --- panel ------------------------------------------------------------------------------

def _check(ctx: dict[str, Any], panel: list[Member]) -> None:
    ctx["decision"] = check_panel(pact_of(ctx), scenario_of(ctx), panel)


@when(p("on propose un panel de {femmes:Nombre} femmes et {hommes:Nombre} hommes dans chaque quartier"))
def when_uniform_panel(ctx: dict[str, Any], femmes: int, hommes: int) -> None:
    panel = []
    for q in scenario_of(ctx).commune.quartiers:
        panel += [Member(q.name, "femme")] * femmes + [Member(q.name, "homme")] * hommes
    _check(ctx, panel)


@when("on propose ce panel :")
def when_table_panel(ctx: dict[str, Any], datatable: list[list[str]]) -> None:
    """A table « quartier | femmes | hommes », one row per quartier (header first)."""
    header, *rows = datatable
    if [h.strip() for h in header] != ["quartier", "femmes", "hommes"]:
        raise AssertionError(f"en-tête attendu : quartier | femmes | hommes (reçu : {header})")
    panel = []
    for quartier, femmes, hommes in rows:
        panel += [Member(quartier.strip(), "femme")] * int(femmes)
        panel += [Member(quartier.strip(), "homme")] * int(hommes)
    _check(ctx, panel)


@then("le panel respecte le pacte")
def then_panel_ok(ctx: dict[str, Any]) -> None:
    d = result(ctx, "decision", "proposer un panel")
    assert d.value is True, d.explanation


@then("le panel ne respecte pas le pacte")
def then_panel_ko(ctx: dict[str, Any]) -> None:
    d = result(ctx, "decision", "proposer un panel")
    assert d.value is False, d.explanation
