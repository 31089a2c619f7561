"""Page « Comparer » : un pacte et sa variante côte à côte."""

from __future__ import annotations

from dashboard_support import app, texts


def test_variant_against_origin() -> None:
    at = app({"set": ["votation_propositionnelle.seuil_pct=2",
                      "conseil_citoyen.peut_demander_revocation=false"]}, page="comparer")
    assert "Comparer deux pactes" in texts(at.title)
    assert texts(at.subheader)[0].startswith("2 valeur(s) ou clause(s) changent")
    clauses = at.dataframe[0].value
    assert set(clauses["Chemin"]) == {"votation_propositionnelle.seuil_pct",
                                      "conseil_citoyen.peut_demander_revocation"}
    row = clauses[clauses["Chemin"] == "votation_propositionnelle.seuil_pct"].iloc[0]
    assert (row["A"], row["B"]) == ("3 %", "2 %")
    powers = " ".join(texts(at.markdown))
    assert "Pouvoir supprimé" in powers and "demande une consultation de révocation" in powers
    metrics = at.dataframe[1].value
    assert "Pouvoirs (arêtes du graphe)" in set(metrics["Indicateur"])
    edges = metrics[metrics["Indicateur"] == "Pouvoirs (arêtes du graphe)"].iloc[0]
    assert edges["Écart"] == "-2"  # the request, and the mayor putting it on the agenda


def test_same_sides_are_identical() -> None:
    at = app(page="comparer")
    at.selectbox(key="cmp_b").set_value("Pacte en cours sans modification").run()
    assert texts(at.subheader)[0] == "Les deux pactes sont identiques"


def test_simulated_metrics_are_compared_when_asked() -> None:
    import importlib.util

    import pytest

    try:
        has_sim = importlib.util.find_spec("engine.sim.montecarlo") is not None
    except ModuleNotFoundError:
        has_sim = False
    if not has_sim:
        pytest.skip("engine.sim absent")
    at = app({"set": ["votation_propositionnelle.periodicite_votations_mois=6"]}, page="comparer")
    at.number_input(key="cmp_runs").set_value(5).run()
    at.button(key="cmp_sim").click().run()
    assert not at.exception
    metrics = at.dataframe[1].value
    row = metrics[metrics["Indicateur"] == "Simulation : délai pétition → vote (jours, médiane)"]
    assert len(row) == 1 and row.iloc[0]["A"] != row.iloc[0]["B"]
