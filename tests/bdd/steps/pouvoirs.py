"""Qui a le pouvoir steps: a citizen's question answered from the pact (engine.report.pouvoirs),
the powers the verifier calls a conflict with the law, who elects the council.

Context keys written: ``pouvoirs`` (the JSON of ``pacte pouvoirs``), ``question`` (the
question asked).
"""

from __future__ import annotations

from typing import Any

from pytest_bdd import then, when

from engine.powers.questions import MAX_NODES
from engine.report.pouvoirs import report
from tests.bdd.context import pact_of, result, scenario_of
from tests.bdd.parsing import plain_spaces
from tests.bdd.steps._common import p


def _report(ctx: dict[str, Any]) -> dict[str, Any]:
    if "pouvoirs" not in ctx:
        ctx["pouvoirs"] = report(pact_of(ctx), scenario_of(ctx))
    return ctx["pouvoirs"]


@when(p("on demande « {question} »"))
def when_ask(ctx: dict[str, Any], question: str) -> None:
    asked = [q for q in _report(ctx)["questions"] if q["question"] == question]
    known = " ; ".join(q["question"] for q in _report(ctx)["questions"])
    assert asked, f"question sans réponse pour ce pacte : « {question} » (questions : {known})"
    ctx["question"] = asked[0]


def _question(ctx: dict[str, Any]) -> dict[str, Any]:
    return result(ctx, "question", "poser une question (« on demande « … » »)")


@then(p("la réponse dit « {texte} »"))
def then_answer(ctx: dict[str, Any], texte: str) -> None:
    said = plain_spaces(_question(ctx)["answer"])
    assert plain_spaces(texte) in said, f"la réponse ne dit pas « {texte} » : {said}"


@then(p("un chemin dit « {texte} »"))
def then_path(ctx: dict[str, Any], texte: str) -> None:
    paths = [plain_spaces(x["text"]) for x in _question(ctx)["paths"]]
    assert any(plain_spaces(texte) in x for x in paths), \
        f"aucun chemin ne dit « {texte} » :\n" + "\n".join(paths)


@then(p("aucun chemin ne dit « {texte} »"))
def then_no_path(ctx: dict[str, Any], texte: str) -> None:
    paths = [plain_spaces(x["text"]) for x in _question(ctx)["paths"]]
    assert not any(plain_spaces(texte) in x for x in paths), f"un chemin dit « {texte} »"


@then(p("le chemin qui dit « {texte} » est en conflit avec la loi ({constat})"))
def then_path_unlawful(ctx: dict[str, Any], texte: str, constat: str) -> None:
    path = next((x for x in _question(ctx)["paths"]
                 if plain_spaces(texte) in plain_spaces(x["text"])), None)
    assert path is not None, f"aucun chemin ne dit « {texte} »"
    found = {c["finding"] for c in path["conflicts"]}
    assert constat in found, f"constats du chemin : {sorted(found) or 'aucun'}"


@then(p("le petit graphe de la question compte au plus {n:Nombre} organes"))
def then_small(ctx: dict[str, Any], n: int) -> None:
    nodes = _question(ctx)["nodes"]
    assert len(nodes) <= min(n, MAX_NODES), f"{len(nodes)} organes : {nodes}"


def _decider(ctx: dict[str, Any], organe: str, decision: str) -> dict[str, Any]:
    for d in _report(ctx)["decisions"]:
        if d["label"] == decision:
            for w in d["deciders"]:
                if w["label"] == organe:
                    return w
            raise AssertionError(f"« {organe} » ne décide pas « {decision} » : "
                                 f"{[w['label'] for w in d['deciders']]}")
    raise AssertionError(f"aucune décision « {decision} »")


@then(p("le pouvoir de « {organe} » sur « {decision} » est marqué en conflit avec la loi "
        "({constat})"))
def then_unlawful(ctx: dict[str, Any], organe: str, decision: str, constat: str) -> None:
    w = _decider(ctx, organe, decision)
    assert w["conflit_avec_la_loi"], f"« {organe} » sur « {decision} » n'est pas marqué"
    assert constat in {c["finding"] for c in w["conflicts"]}


@then(p("le pouvoir de « {organe} » sur « {decision} » n'est pas marqué en conflit avec la loi"))
def then_lawful(ctx: dict[str, Any], organe: str, decision: str) -> None:
    assert not _decider(ctx, organe, decision)["conflit_avec_la_loi"]


@then(p("seul·es « {organe} » élisent le conseil municipal"))
def then_electors(ctx: dict[str, Any], organe: str) -> None:
    data = _report(ctx)
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    electing = {labels[e["from"]] for e in data["edges"]
                if e["to"] == "conseil_municipal" and e["kind"] == "nomme"}
    assert electing == {organe}, f"élisent le conseil : {sorted(electing)}"
