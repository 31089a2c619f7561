"""Catalogue steps (issue 9 § 1): free clauses, votes of every kind, bodies drawn by lot.

Context keys written: ``constats`` (the verifier's findings by clause key: « clauses_libres.x »,
« votations.x », « assemblees_tirees_au_sort.x »), ``decision`` (the last vote rule's
decision), ``quotas`` (the quota table of a body drawn by lot).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytest_bdd import given, then, when

from engine.procedures.votes import find_vote, trigger_signatures, vote_outcome
from engine.sortition.body_quotas import body_quotas
from engine.verifier.checks import check
from engine.verifier.findings import VERDICT_FR
from tests.bdd.context import new_context, pact_of, result, scenario_of
from tests.bdd.parsing import plain_spaces
from tests.bdd.steps._common import p

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "pacte_catalogue.yaml"
VERDICT_OF = {fr: code for code, fr in VERDICT_FR.items()}


@given("le pacte d'exemple du catalogue", target_fixture="ctx")
def given_catalogue(pacte_cache: dict[Any, Any]) -> dict[str, Any]:
    ctx = new_context(pacte_cache)
    ctx["pacte"] = str(FIXTURE)
    return ctx


@when("on vérifie le pacte")
def when_check(ctx: dict[str, Any]) -> None:
    ctx["constats"] = {f.clause: f for f in check(pact_of(ctx), scenario_of(ctx))
                       if f.kind == "legal"}


def _finding(ctx: dict[str, Any], key: str) -> Any:
    found = result(ctx, "constats", "vérifier le pacte (« Quand on vérifie le pacte »)")
    if key not in found:
        raise AssertionError(f"aucun constat sur « {key} » ; constats : {', '.join(found)}")
    return found[key]


@then(p("le constat sur « {cle} » est « {verdict} »"))
def then_verdict(ctx: dict[str, Any], cle: str, verdict: str) -> None:
    if verdict not in VERDICT_OF:
        raise AssertionError(f"verdict inconnu « {verdict} » — attendu : {', '.join(VERDICT_OF)}")
    f = _finding(ctx, cle)
    assert f.verdict == VERDICT_OF[verdict], f"{cle} : {VERDICT_FR[f.verdict]}\n{f.message}"


@then(p("le constat sur « {cle} » cite l'article « {article} »"))
def then_article(ctx: dict[str, Any], cle: str, article: str) -> None:
    f = _finding(ctx, cle)
    assert article in f.articles, f"{cle} cite {', '.join(f.articles)}"


@then(p("le constat sur « {cle} » dit « {texte} »"))
def then_says(ctx: dict[str, Any], cle: str, texte: str) -> None:
    f = _finding(ctx, cle)
    said = plain_spaces(f.message + "\n" + (f.suggested_wording or ""))
    assert plain_spaces(texte) in said, f"{cle} ne dit pas « {texte} » : {said}"


@when(p("on calcule le seuil de déclenchement de la votation « {ident} »"))
def when_trigger(ctx: dict[str, Any], ident: str) -> None:
    ctx["decision"] = trigger_signatures(find_vote(pact_of(ctx), ident), scenario_of(ctx))


@then(p("la votation se déclenche avec {n:Nombre} signatures"))
def then_trigger(ctx: dict[str, Any], n: int) -> None:
    d = result(ctx, "decision", "calculer le seuil de déclenchement")
    assert d.value == n, d.explanation


@then("aucune pétition ne déclenche la votation")
def then_no_trigger(ctx: dict[str, Any]) -> None:
    d = result(ctx, "decision", "calculer le seuil de déclenchement")
    assert d.value is None, d.explanation


@when(p("la votation « {ident} » recueille {oui:Nombre} oui et {non:Nombre} non sur "
        "{inscrits:Nombre} électeurs inscrits"))
def when_vote(ctx: dict[str, Any], ident: str, oui: int, non: int, inscrits: int) -> None:
    ctx["decision"] = vote_outcome(find_vote(pact_of(ctx), ident), inscrits, oui, non)


@then("le résultat de la votation est acquis")
def then_won(ctx: dict[str, Any]) -> None:
    d = result(ctx, "decision", "dépouiller la votation")
    assert d.value is True, d.explanation


@then("le résultat de la votation n'est pas acquis")
def then_lost(ctx: dict[str, Any]) -> None:
    d = result(ctx, "decision", "dépouiller la votation")
    assert d.value is False, d.explanation


@when(p("on établit les quotas de l'assemblée « {ident} »"))
def when_quotas(ctx: dict[str, Any], ident: str) -> None:
    ctx["quotas"] = body_quotas(pact_of(ctx), scenario_of(ctx), ident)


@then(p("les quotas réservent entre {low:Nombre} et {high:Nombre} sièges à « {code} »"))
def then_quota(ctx: dict[str, Any], low: int, high: int, code: str) -> None:
    quotas = result(ctx, "quotas", "établir les quotas de l'assemblée")
    q = next((x for x in quotas.quotas if x.value == code), None)
    assert q is not None, f"aucun quota pour « {code} »"
    assert (q.min, q.max) == (low, high), f"« {code} » : entre {q.min} et {q.max} ({q.reason})"
