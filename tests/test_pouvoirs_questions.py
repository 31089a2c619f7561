"""The citizen's view of power (engine/powers/questions.py, question_paths.py,
engine/report/pouvoirs.py): questions answered in sentences whose figures come from the rules
of engine/procedures, the powers the verifier calls a conflict marked, who elects whom."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

import pytest

from engine import powers
from engine.core.fr import number
from engine.io.context import load_context
from engine.io.law import load_law
from engine.io.overrides import parse_override
from engine.powers.questions import MAX_NODES, questions
from engine.procedures.commune import legal_petition_signatures
from engine.procedures.petition import petition_timeline, signatures_required
from engine.render.dot import LAYER_OF_KIND, layers
from engine.report.pouvoirs import CONFLICT_PARAMS, report
from engine.verifier.legal import check_legal

PACTS = ("chambery-2026", "collegial-2026", "democracite-2026", "poitiers-2026",
         "saillans-2026")


@lru_cache(maxsize=32)
def ctx(pact: str = "chambery-2026", *sets: str) -> tuple[Any, Any]:
    return load_context(None, pact, [parse_override(s) for s in sets])


@lru_cache(maxsize=32)
def view(pact: str = "chambery-2026", *sets: str) -> dict[str, Any]:
    scen, p = ctx(pact, *sets)
    return report(p, scen)


def question(data: dict[str, Any], ident: str) -> dict[str, Any]:
    return next(q for q in data["questions"] if q["id"] == ident)


def path_of(q: dict[str, Any], clause: str) -> dict[str, Any]:
    return next(p for p in q["paths"] if p["clause"] == clause)


def test_the_petition_path_says_the_figures_the_rules_compute() -> None:
    scen, pact = ctx()
    rule = signatures_required(pact, scen).value
    path = path_of(question(view(), "proposition"), "votation_propositionnelle")
    assert path["figures"]["signatures"] == rule.required == 1043
    assert (f"Avec {number(rule.required)} signatures d'électeur·rices inscrit·es (3 % des "
            f"{number(rule.electors)} inscrit·es, au moins 1\u202f000) recueillies en 6 mois"
            in path["text"])
    legal = legal_petition_signatures(rule.electors, load_law())
    assert f"{number(legal)} signatures (un dixième des inscrit·es, L1112-16)" in path["text"]
    steps = petition_timeline(pact, scen, date.fromisoformat(path["figures"]["depot"]), "loi")
    vote = next(s.day for s in steps if s.event == "votation")
    assert path["figures"]["vote"] == vote.isoformat()
    assert f"{path['figures']['jours_jusqu_au_vote']} jours plus tard" in path["text"]
    assert path["force"] == "engagement" and "L1112-16" in path["articles"]


def test_another_threshold_prints_another_figure() -> None:
    base = path_of(question(view(), "proposition"), "votation_propositionnelle")
    scen, pact = ctx("chambery-2026", "votation_propositionnelle.seuil_pct=5")
    five = path_of(question(view("chambery-2026", "votation_propositionnelle.seuil_pct=5"),
                            "proposition"), "votation_propositionnelle")
    required = signatures_required(pact, scen).value.required
    assert required != base["figures"]["signatures"]
    assert five["figures"]["signatures"] == required
    assert f"Avec {number(required)} signatures" in five["text"] and "(5 % des" in five["text"]
    assert f"Avec {number(required)} signatures" in question(
        view("chambery-2026", "votation_propositionnelle.seuil_pct=5"), "proposition")["answer"]


def test_a_longer_collection_moves_the_dated_example() -> None:
    base = path_of(question(view(), "proposition"), "votation_propositionnelle")
    longer = path_of(question(view("chambery-2026", "votation_propositionnelle.delai_collecte_mois=9"),
                              "proposition"), "votation_propositionnelle")
    assert "recueillies en 9 mois" in longer["text"]
    assert longer["figures"]["jours_jusqu_au_vote"] > base["figures"]["jours_jusqu_au_vote"]


def test_the_abrogation_path_follows_the_pact() -> None:
    q = question(view(), "abrogation")
    own = path_of(q, "votation_abrogatoire")
    assert own["figures"]["signatures"] == 500 and "500 signatures (1,44 % des inscrit·es)" in own["text"]
    assert "suspend l'exécution" in own["text"] and own["figures"]["jours_de_suspension"] > 0
    fewer = path_of(question(view("chambery-2026", "votation_abrogatoire.signatures_requises=800"),
                             "abrogation"), "votation_abrogatoire")
    assert "800 signatures" in fewer["text"] and "800 signatures" in question(
        view("chambery-2026", "votation_abrogatoire.signatures_requises=800"), "abrogation")["answer"]


def test_the_collegial_pact_answers_differently() -> None:
    chambery, collegial = view(), view("collegial-2026")
    assert "votation_abrogatoire" not in {p["clause"] for p in question(collegial, "abrogation")["paths"]}
    assert question(collegial, "abrogation")["answer"].startswith("Le pacte ne prévoit pas")
    assert question(collegial, "proposition")["answer"] != question(chambery, "proposition")["answer"]
    assert "3\u202f476 signatures" in question(collegial, "proposition")["answer"]
    assert "aucune autre instance" in question(collegial, "budget")["answer"]
    assert "2 autres instances" in question(chambery, "budget")["answer"]
    assert {q["id"] for q in collegial["questions"]} == {"budget", "abrogation", "proposition",
                                                         "controle", "maire"}
    assert "urbanisme" in {q["id"] for q in chambery["questions"]}


def _decider(data: dict[str, Any], decision: str, body: str) -> dict[str, Any]:
    d = next(d for d in data["decisions"] if d["decision"] == decision)
    return next(w for w in d["deciders"] if w["body"] == body)


def test_what_the_law_forbids_is_marked_with_its_finding() -> None:
    data = view()
    quartier = _decider(data, "budgets_quartier", "conseils_de_quartier")
    assert quartier["conflit_avec_la_loi"]
    assert quartier["conflicts"][0]["finding"] == "legal.conseils_de_quartier"
    assert "L2312-1" in quartier["conflicts"][0]["articles"]
    assert not _decider(data, "budgets_quartier", "conseil_municipal")["conflit_avec_la_loi"]
    plu = _decider(data, "pluihd", "conseil_citoyen")
    assert plu["conflit_avec_la_loi"] and plu["conflicts"][0]["aspect"] == "approbation"
    edges = [e for e in data["edges"] if e["conflit_avec_la_loi"]]
    assert len(edges) == len(data["unlawful_powers"]) > 0
    budget = question(data, "budget")
    assert budget["conflicts"] >= 2
    assert path_of(budget, "conseils_de_quartier")["conflit_avec_la_loi"]


def test_a_lawful_variant_loses_its_mark() -> None:
    data = view("chambery-2026", "conseils_de_quartier.decident_du_budget=false",
                "pluihd.approbation_conseil_citoyen=false")
    d = next(d for d in data["decisions"] if d["decision"] == "budgets_quartier")
    assert not d["conflit_avec_la_loi"]
    assert not any(e["conflicts"] and e["conflicts"][0]["finding"] == "legal.pluihd"
                   for e in data["unlawful_powers"])


@pytest.mark.parametrize("pact", PACTS)
def test_every_conflict_about_a_power_marks_one(pact: str) -> None:
    scen, p = ctx(pact)
    data = view(pact)
    marked = {(c["finding"], c["aspect"]) for e in data["unlawful_powers"] for c in e["conflicts"]}
    for f in check_legal(p, scen, load_law()):
        for a in f.details.get("aspects", []):
            if a["verdict"] == "conflit" and (f.clause.split(".")[0], a["aspect"]) in CONFLICT_PARAMS:
                assert (f.id, a["aspect"]) in marked, (f.id, a["aspect"])


@pytest.mark.parametrize("pact", PACTS)
def test_each_question_draws_a_small_layered_graph(pact: str) -> None:
    scen, p = ctx(pact)
    g = powers.build(p)
    asked = questions(g, p, scen, load_law())
    assert {"budget", "abrogation", "controle", "maire"} <= {q.id for q in asked}
    for q in asked:
        assert 2 <= len(q.nodes) <= MAX_NODES, (q.id, q.nodes)
        rows = layers(g, q.nodes, q.powers)
        assert sorted(n for row in rows for n in row) == sorted(q.nodes)
        ranks = [LAYER_OF_KIND[g.bodies[row[0]].kind] for row in rows]
        assert ranks == sorted(ranks)
        assert all(g.bodies[n].kind == "citoyens" for n in rows[0]) or not any(
            g.bodies[n].kind == "citoyens" for n in q.nodes)
        assert layers(g, q.nodes, q.powers) == rows  # deterministic
        for path in q.paths:
            assert path.text.endswith(".") and path.powers
            assert all(x.source in q.nodes and x.target in q.nodes for x in path.powers)


def test_only_electors_elect_and_inhabitants_sign_where_the_pact_opens_it() -> None:
    g = powers.build(ctx()[1])
    elect = g.edges_to("conseil_municipal", "nomme")
    assert [(p.source, g.label(p.source)) for p in elect] == [
        (powers.ELECTORS, "Électeur·rices inscrit·es")]
    assert g.label(powers.CITIZENS) == "Habitant·es"
    assert g.edges_to("votation_propositionnelle", "declenche")[0].source == powers.ELECTORS
    opened = powers.build(ctx("chambery-2026", "votation_propositionnelle.signataires=habitants")[1])
    assert opened.edges_to("votation_propositionnelle", "declenche")[0].source == powers.CITIZENS
    text = path_of(question(view("chambery-2026", "votation_propositionnelle.signataires=habitants"),
                            "proposition"), "votation_propositionnelle")["text"]
    assert "signatures d'habitant·es" in text
    # drawn by lot among the inhabitants, never « elected »
    assert g.edges_to("conseil_citoyen", "nomme")[0].source == powers.CITIZENS


def test_an_absolute_minimum_that_overrides_the_percentage_is_said() -> None:
    scen, pact = ctx("chambery-2026", "votation_propositionnelle.seuil_pct=2")
    rule = signatures_required(pact, scen).value
    assert rule.applied == "absolu"
    text = path_of(question(view("chambery-2026", "votation_propositionnelle.seuil_pct=2"),
                            "proposition"), "votation_propositionnelle")["text"]
    assert (f"Avec {number(rule.required)} signatures d'électeur·rices inscrit·es (le minimum "
            f"fixé par le pacte : 2 % des {number(rule.electors)} inscrit·es n'en donneraient "
            f"que {number(rule.from_percentage)})") in text


def test_what_the_law_base_cannot_settle_is_said_to_be_verified() -> None:
    path = next(p for p in question(view(), "urbanisme")["paths"]
                if p["clause"] == "referendum_municipal" or "tranche en cas de conflit" in p["text"])
    assert not path["conflit_avec_la_loi"]
    (unsure,) = path["to_verify"]
    assert (unsure["finding"], unsure["aspect"], unsure["verdict"]) == (
        "legal.pluihd", "referendum", "a_verifier")
    assert unsure["confidence"] == "L" and "LO1112-1" in unsure["articles"]
    edges = {e["clause"]: e for e in view()["powers_to_verify"]}
    assert "pluihd.referendum_en_cas_de_conflit" in edges
    without = view("chambery-2026", "pluihd.referendum_en_cas_de_conflit=false")
    assert "pluihd.referendum_en_cas_de_conflit" not in {e["clause"]
                                                        for e in without["powers_to_verify"]}


def test_a_body_drawn_by_lot_is_found_in_the_question_of_its_domain() -> None:
    """« domaines » points a body's powers at its decision: Démocracité's budget assembly
    answers « Qui décide du budget ? », Saillans' PLU group « Qui décide de l'urbanisme ? »,
    each with the conflict the verifier finds on its co-decision."""
    budget = question(view("democracite-2026"), "budget")
    assembly = [p for p in budget["paths"] if "assemblee-budgetaire" in p["clause"]]
    assert assembly and any("codécide" in p["text"] and p["conflit_avec_la_loi"]
                            for p in assembly)
    assert "2 autres instances" in budget["answer"]
    planning = question(view("saillans-2026"), "urbanisme")
    assert planning["answer"].startswith("Le conseil municipal approuve le plan local")
    assert any("groupe-pilotage-plu" in p["clause"] and "codécide" in p["text"]
               for p in planning["paths"])


def test_without_domains_the_body_weighs_on_every_deliberation() -> None:
    """The same assembly without « domaines » co-decides the council's deliberations in
    general: the budget question no longer lists it."""
    scen, p = ctx("democracite-2026")
    data = {**p.model_dump(by_alias=True, exclude_none=True)}
    for a in data["assemblees_tirees_au_sort"]:
        a.pop("domaines", None)
    bare = type(p).model_validate(data)
    _, empty = ctx("democracite-2026", "assemblees_tirees_au_sort.assemblee-budgetaire.domaines=[]")
    for pact in (bare, empty):
        g = powers.build(pact)
        assert any(e.target == "deliberations" and e.source == "assemblee_assemblee-budgetaire"
                   for e in g.powers)
        assert not any(e.target == "budget" and e.source == "assemblee_assemblee-budgetaire"
                       for e in g.powers)
