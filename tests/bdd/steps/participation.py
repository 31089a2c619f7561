"""Budget participatif, transparence and interpellation steps (issue 9 § 1).

Context keys written: ``enveloppe`` (the year's ``Envelope``), ``cycle`` (a ``Cycle``),
``seance`` (a council session's day), ``interpellation`` (an ``InterpellationPath``),
``decision`` (the last ``Decision``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pytest_bdd import then, when

from engine.io.law import load_law
from engine.procedures import interpellation as ip
from engine.procedures import participatory_budget as pb
from engine.procedures import transparency as tr
from tests.bdd.context import pact_of, result, scenario_of
from tests.bdd.parsing import choice_type
from tests.bdd.steps._common import p, same_day

Est = choice_type(("est", "n'est pas"))


# --- budget participatif -------------------------------------------------------------------


@when(p("on calcule l'enveloppe du budget participatif"))
def when_envelope(ctx: dict[str, Any]) -> None:
    d = pb.yearly_envelope(pact_of(ctx), scenario_of(ctx))
    ctx["enveloppe"], ctx["decision"] = d.value, d


@then(p("l'enveloppe annuelle est de {n:Nombre} €"))
def then_envelope(ctx: dict[str, Any], n: int) -> None:
    got = result(ctx, "enveloppe", "calculer l'enveloppe du budget participatif").total_eur
    assert round(got) == n, f"enveloppe attendue {n} €, obtenue {got:.2f} €"


@then(p("l'enveloppe est répartie entre {n:Nombre} quartiers"))
def then_split(ctx: dict[str, Any], n: int) -> None:
    got = result(ctx, "enveloppe", "calculer l'enveloppe du budget participatif").per_quartier
    assert len(got) == n, f"{len(got)} quartiers au lieu de {n}"


@when(p("on établit le cycle du budget participatif de {annee:d}"))
def when_cycle(ctx: dict[str, Any], annee: int) -> None:
    ctx["cycle"] = pb.yearly_cycle(pact_of(ctx), scenario_of(ctx), annee)


def _cycle(ctx: dict[str, Any]) -> pb.Cycle:
    return result(ctx, "cycle", "établir le cycle du budget participatif")


@then(p("l'appel à projets s'ouvre le {jour:Date}"))
def then_opening(ctx: dict[str, Any], jour: date) -> None:
    same_day(_cycle(ctx).opening, jour, "ouverture de l'appel à projets")


@then(p("le dépôt des projets se termine le {jour:Date}"))
def then_close(ctx: dict[str, Any], jour: date) -> None:
    same_day(_cycle(ctx).proposals_close, jour, "fin du dépôt")


@then(p("le vote des habitant·es s'ouvre le {jour:Date}"))
def then_vote_opens(ctx: dict[str, Any], jour: date) -> None:
    same_day(_cycle(ctx).feasibility_end, jour, "ouverture du vote")


@then(p("le vote des habitant·es se termine le {jour:Date}"))
def then_vote_ends(ctx: dict[str, Any], jour: date) -> None:
    same_day(_cycle(ctx).vote_end, jour, "fin du vote")


@then(p("le conseil municipal inscrit les projets lauréats au budget le {jour:Date}"))
def then_adoption(ctx: dict[str, Any], jour: date) -> None:
    same_day(_cycle(ctx).adoption, jour, "adoption au budget")


@then(p("le mandat compte {n:Nombre} cycles complets de budget participatif"))
def then_cycles(ctx: dict[str, Any], n: int) -> None:
    got = len(pb.mandate_cycles(pact_of(ctx), scenario_of(ctx)))
    assert got == n, f"{got} cycles complets au lieu de {n}"


@then(p("le budget participatif coûte {n:Nombre} € sur le mandat"))
def then_mandate_cost(ctx: dict[str, Any], n: int) -> None:
    d = pb.mandate_cost(pact_of(ctx), scenario_of(ctx))
    ctx["decision"] = d
    assert round(d.value) == n, f"coût attendu {n} €, obtenu {d.value:.2f} €"


@then(p("un projet de {cout:Nombre} € avec {reste:Nombre} € disponibles {verdict:Est} recevable",
        Est=Est))
def then_project(ctx: dict[str, Any], cout: int, reste: int, verdict: str) -> None:
    d = pb.project_admissible(pact_of(ctx), float(cout), float(reste))
    ctx["decision"] = d
    assert d.value is (verdict == "est"), d.explanation


# --- transparence --------------------------------------------------------------------------


@when(p("le conseil municipal siège le {jour:Date}"))
def when_session(ctx: dict[str, Any], jour: date) -> None:
    ctx["seance"] = jour


def _session(ctx: dict[str, Any]) -> date:
    return result(ctx, "seance", "dire quand le conseil municipal siège")


@then(p("la délibération est publiée en ligne le {jour:Date}"))
def then_published(ctx: dict[str, Any], jour: date) -> None:
    d = tr.publication_day(pact_of(ctx), load_law(), _session(ctx))
    ctx["decision"] = d
    same_day(d.value, jour, "publication de la délibération")


@then(p("le résumé en langage clair est publié le {jour:Date}"))
def then_summary(ctx: dict[str, Any], jour: date) -> None:
    d = tr.summary_day(pact_of(ctx), load_law(), _session(ctx))
    ctx["decision"] = d
    same_day(d.value, jour, "publication du résumé")


@then(p("il reste {n:Nombre} jours pour demander une votation abrogatoire après le résumé"))
def then_window_left(ctx: dict[str, Any], n: int) -> None:
    d = tr.abrogation_window_left(pact_of(ctx), scenario_of(ctx), load_law(), _session(ctx))
    ctx["decision"] = d
    assert d.value.days_left == n, d.explanation


# --- interpellation ------------------------------------------------------------------------


@when(p("une interpellation est déposée le {jour:Date} avec {n:Nombre} signatures"))
def when_interpellation(ctx: dict[str, Any], jour: date, n: int) -> None:
    ctx["interpellation"] = ip.interpellation_path(pact_of(ctx), scenario_of(ctx), jour, n)


def _path(ctx: dict[str, Any]) -> ip.InterpellationPath:
    return result(ctx, "interpellation", "déposer une interpellation")


@then(p("le conseil municipal répond à l'interpellation en séance le {jour:Date}"))
def then_answer(ctx: dict[str, Any], jour: date) -> None:
    same_day(_path(ctx).session, jour, "réponse en séance")


@then(p("l'interpellation {verdict:Est} inscrite à l'ordre du jour", Est=Est))
def then_agenda(ctx: dict[str, Any], verdict: str) -> None:
    assert _path(ctx).on_agenda is (verdict == "est")


@then(p("le délai de réponse du pacte expire le {jour:Date}"))
def then_deadline(ctx: dict[str, Any], jour: date) -> None:
    same_day(_path(ctx).answer_deadline, jour, "délai de réponse")
