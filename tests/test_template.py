"""Building a pact from the catalogue (engine/io/template.py): every measure alone and all of
them together validate; the commented YAML re-loads; figures, errors and scenarios."""

from __future__ import annotations

import pytest

from engine.core.errors import InputError
from engine.core.fr import format_value
from engine.io.context import law_context
from engine.io.law import load_law
from engine.io.load import parse_yaml
from engine.io.template import (
    CHOICE_SOURCE,
    build_pact,
    build_scenario,
    measures,
    pact_yaml,
    scenario_yaml,
)
from engine.io.validation import validate
from engine.model.pact import Pact
from engine.model.scenario import Scenario

IDS = [m.id for m in measures()]


def _comments(text: str) -> str:
    """The YAML's comments as one line (wrapped comments joined)."""
    return " ".join(line.strip().lstrip("# ") for line in text.splitlines()
                    if line.lstrip().startswith("#"))


def _reload(text: str) -> Pact:
    pact = validate(Pact, parse_yaml(text, "mon-pacte.yaml"))
    assert isinstance(pact, Pact)
    return pact


@pytest.mark.parametrize("measure_id", IDS)
def test_each_measure_alone_gives_a_valid_pact_that_round_trips(measure_id: str) -> None:
    doc = build_pact("Saillans", [measure_id])
    pact = _reload(pact_yaml(doc))
    measure = next(m for m in measures() if m.id == measure_id)
    if measure.is_item:
        items = pact.votes if measure.key == "votations" else pact.assemblies
        assert [i.id for i in items] == [measure.default["id"]]
    else:
        assert list(pact.clauses()) == [measure.key]


def test_all_measures_together_validate_and_round_trip() -> None:
    doc = build_pact("Chambéry", IDS, pact_id="tout", list_name="Liste complète")
    text = pact_yaml(doc)
    pact = _reload(text)
    assert pact.info.id == "tout" and pact.info.list_name == "Liste complète"
    assert pact.info.commune == "Chambéry"
    assert parse_yaml(text, "x").data == parse_yaml(pact_yaml(parse_yaml(text, "x").data), "x").data


def test_every_parameter_is_commented_with_unit_and_origin() -> None:
    text = pact_yaml(build_pact("Saillans", ["budget_participatif", "assemblee_tiree_au_sort"]))
    joined = _comments(text)
    for m in measures():
        if m.id not in ("budget_participatif", "assemblee_tiree_au_sort"):
            continue
        assert f"Mesure « {m.title} »" in joined and m.nature in joined
        for key, block in m.default.items():
            if isinstance(block, dict) and "valeur" in block:
                assert f"{key} : " in joined
    assert "valeur par défaut : 5 % (004_34d1b869cbc1b691.txt § INSTITUER DES BUDGETS" in joined
    assert "à choisir par la liste" in joined and "unité : euros" in joined


def test_a_figure_replaces_the_default_and_is_cited_as_the_lists_choice() -> None:
    doc = build_pact("Saillans", ["budget_participatif", "ric_local"],
                     {"budget_participatif.plafond_par_projet_eur": 40000,
                      "votations.ric-local.quorum_pct": 25})
    pact = _reload(pact_yaml(doc))
    assert pact.participatory_budget is not None
    cap = pact.participatory_budget.project_cap_eur
    assert cap is not None and cap.at() == 40000 and str(cap.source) == CHOICE_SOURCE
    assert f"défaut du catalogue : {format_value(150000, 'euros')}" in (cap.note or "")
    assert "valeur choisie par la liste (défaut du catalogue" in _comments(pact_yaml(doc))


def test_unknown_measure_suggests_the_closest() -> None:
    with pytest.raises(InputError) as err:
        build_pact("Saillans", ["budget_participativ"])
    assert "vouliez-vous dire : budget_participatif" in str(err.value)


def test_a_figure_outside_the_chosen_measures_is_refused() -> None:
    with pytest.raises(InputError) as err:
        build_pact("Saillans", ["votation"], {"interpellation.seuil_pct": 1})
    assert "aucune mesure choisie" in str(err.value)
    with pytest.raises(InputError) as err:
        build_pact("Saillans", ["votation"], {"votation_propositionnelle.inexistant": 1})
    assert "paramètre inconnu « inexistant »" in str(err.value)


def test_an_invalid_figure_is_a_french_error() -> None:
    with pytest.raises(InputError) as err:
        build_pact("Saillans", ["votation"], {"votation_propositionnelle.seuil_pct": 140})
    assert "votation_propositionnelle.seuil_pct" in str(err.value)


def test_a_scenario_from_a_few_figures_derives_the_council_by_law() -> None:
    doc = build_scenario("Ma Ville", 12000, 8500, 4, pact="mon-pacte.yaml")
    scen = validate(Scenario, parse_yaml(scenario_yaml(doc), "ma-ville.yaml"), context=law_context())
    assert isinstance(scen, Scenario)
    assert scen.commune.name == "Ma Ville" and len(scen.commune.quartiers) == 4
    assert load_law().council_size(scen.commune.population.at()) == 33  # L2121-2
    budget = scen.commune.budget.operating_spending_eur
    assert "Hypothèse" in budget.description and budget.at() > 0
    assert "à remplacer" in scenario_yaml(doc)


def test_a_scenario_keeps_the_budget_it_is_given() -> None:
    doc = build_scenario("Bourg", 900, 700, ["Haut", "Bas"],
                         budget={"depenses_reelles_fonctionnement_eur": 800000,
                                 "recettes_reelles_investissement_eur": 200000}, insee="26289")
    assert doc["commune"]["budget"]["recettes_reelles_investissement_eur"]["valeur"] == 200000
    assert [q["nom"] for q in doc["commune"]["quartiers"]] == ["Haut", "Bas"]
    with pytest.raises(InputError):
        build_scenario("Bourg", 900, 700, 0, budget={"dette": 1})


def test_docs_ecrire_un_pacte_is_generated() -> None:
    """Regenerate with: python -m engine.render.ecrire > docs/ecrire-un-pacte.md"""
    from pathlib import Path

    from engine.render.ecrire import render

    doc = Path(__file__).resolve().parent.parent / "docs" / "ecrire-un-pacte.md"
    text = render()
    assert doc.read_text(encoding="utf-8") == text
    for m in measures():
        assert f"### `{m.id}` — {m.title}" in text
    assert "### `budget_participatif`" in text and "`enveloppe_pct_investissement` (unité pourcent" in text
    assert "[CONFLIT AVEC LA LOI] Le résultat de la votation lierait le conseil" in text
    assert "conflit avec la loi (constat legal.votation_propositionnelle)" in text
