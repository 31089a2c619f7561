"""French steps for features/tirage.feature (drawing the citizen council)."""

from __future__ import annotations

import pytest
from pytest_bdd import given, parsers, then, when

from engine.procedures.audits import Member, check_panel
from engine.sortition.audit import make_seed
from engine.sortition.draw import draw
from engine.sortition.letters import letters_needed
from engine.sortition.quotas import CSP, GENRE, QUARTIER
from engine.sortition.renewal import replace_members
from tests.tirage_helpers import chambery_quotas, context, synthetic_pool


@pytest.fixture
def tirage() -> dict:
    return {}


@given(parsers.parse("un vivier synthétique de {size:d} volontaires tiré avec la graine {seed:d}"))
def given_pool(tirage, size, seed):
    tirage["pool"] = synthetic_pool(size, seed=seed)


@given(parsers.parse("seulement {n:d} volontaires du quartier « {quartier} » dans ce vivier"))
def given_few(tirage, n, quartier):
    pool = tirage["pool"]
    ids = [p.id for p in pool.people if p.features[QUARTIER] == quartier]
    tirage["pool"] = pool.without(set(ids[n:]))


@given(parsers.parse("un Conseil Citoyen déjà tiré avec la graine « {seed} »"))
def given_council(tirage, seed):
    tirage["council"] = draw(tirage["pool"], chambery_quotas(), make_seed(seed)).panel


@given(parsers.parse("un taux d'acceptation de {rate:g} %"))
def given_rate(tirage, rate):
    tirage["rate"] = rate


@when(parsers.parse("on tire au sort le Conseil Citoyen avec la graine « {seed} »"))
def when_draw(tirage, seed):
    tirage["result"] = draw(tirage["pool"], chambery_quotas(), make_seed(seed))


@when("on tire au sort le Conseil Citoyen avec au moins la moitié de femmes dans chaque quartier")
def when_draw_by_quartier(tirage):
    tirage["result"] = draw(tirage["pool"], chambery_quotas(women_by_quartier=True), make_seed("5"))


@when(parsers.parse("on tire au sort le Conseil Citoyen deux fois avec la graine « {seed} »"))
def when_draw_twice(tirage, seed):
    tirage["panels"] = [draw(tirage["pool"], chambery_quotas(), make_seed(seed)).panel for _ in range(2)]


@when(parsers.parse("{n:d} membres partent et sont remplacés par un tirage complémentaire"))
def when_replace(tirage, n):
    council = tirage["council"]
    tirage["leaving"] = council[:n]
    tirage["result"] = replace_members(tirage["pool"], chambery_quotas(), make_seed("2"),
                                       seated=council, leaving=council[:n])


@when(parsers.parse("on calcule les invitations pour un vivier de {size:d} volontaires"))
def when_letters(tirage, size):
    scenario, pact = context()
    tirage["plan"] = letters_needed(pact, scenario, pool_size=size, acceptance_pct=tirage["rate"],
                                    simulations=100)


def _features(tirage, pid):
    return tirage["pool"].by_id()[pid].features


@then(parsers.parse("le panel compte {n:d} membres"))
def then_size(tirage, n):
    assert len(tirage["result"].panel) == n


@then(parsers.parse("chaque quartier a {n:d} membres"))
def then_per_quartier(tirage, n):
    scenario, _ = context()
    for q in scenario.commune.quartiers:
        assert sum(_features(tirage, pid)[QUARTIER] == q.name for pid in tirage["result"].panel) == n


@then(parsers.parse("le panel compte au moins {n:d} femmes"))
def then_women(tirage, n):
    assert sum(_features(tirage, pid)[GENRE] == "femme" for pid in tirage["result"].panel) >= n


@then("chaque quota de catégorie socio-professionnelle est respecté")
def then_csp(tirage):
    outcomes = [o for o in tirage["result"].outcomes if o.quota.feature == CSP]
    assert outcomes and all(o.met for o in outcomes)


@then(parsers.parse("les probabilités de sélection totalisent {n:d} sièges"))
def then_sum(tirage, n):
    assert sum(tirage["result"].probabilities.values()) == pytest.approx(n, abs=1e-6)


@then("la règle du pacte valide le panel")
def then_pact_rule(tirage):
    scenario, pact = context()
    members = [Member(_features(tirage, p)[QUARTIER], _features(tirage, p)[GENRE]) for p in tirage["result"].panel]
    assert check_panel(pact, scenario, members).value


@then(parsers.parse("chaque quartier a au moins {n:d} femmes parmi ses {m:d} membres"))
def then_women_per_quartier(tirage, n, m):
    scenario, _ = context()
    for q in scenario.commune.quartiers:
        members = [p for p in tirage["result"].panel if _features(tirage, p)[QUARTIER] == q.name]
        assert len(members) == m
        assert sum(_features(tirage, p)[GENRE] == "femme" for p in members) >= n


@then("les deux panels sont identiques")
def then_same(tirage):
    first, second = tirage["panels"]
    assert first == second and len(first) == 30


@then("aucun panel n'est tiré")
def then_no_panel(tirage):
    assert not tirage["result"].feasible and tirage["result"].panel == []


@then(parsers.parse("l'explication propose d'abaisser le minimum du quartier « {quartier} » de {old:d} à {new:d}"))
def then_relaxation(tirage, quartier, old, new):
    texts = [r.explain() for r in tirage["result"].relaxation]
    assert any(f"Quartier « {quartier} »" in t and f"abaisser le minimum de {old} à {new}" in t for t in texts)


@then("les autres membres restent en place")
def then_stay(tirage):
    stay = set(tirage["council"]) - set(tirage["leaving"])
    assert stay <= set(tirage["result"].panel) and len(tirage["result"].panel) == 30


@then("les membres partis ne sont pas tirés de nouveau")
def then_gone(tirage):
    assert not set(tirage["leaving"]) & set(tirage["result"].panel)


@then("chaque quota du pacte est respecté")
def then_all_quotas(tirage):
    assert tirage["result"].feasible and all(o.met for o in tirage["result"].outcomes)


@then(parsers.parse("chaque quartier reçoit {n:d} lettres"))
def then_letters(tirage, n):
    assert set(tirage["plan"].letters.values()) == {n}


@then(parsers.parse("la probabilité que tous les quotas puissent être respectés dépasse {pct:d} %"))
def then_feasibility(tirage, pct):
    assert tirage["plan"].feasibility > pct / 100
