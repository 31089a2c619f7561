"""Page « Comparer » : un pacte et sa variante côte à côte."""

from __future__ import annotations

from dashboard_support import app, texts

from dashboard.safe import md


def test_variant_against_origin() -> None:
    at = app({"set": ["votation_propositionnelle.seuil_pct=2",
                      "conseil_citoyen.peut_demander_revocation=false"]}, page="comparer")
    assert "Comparer deux pactes" in texts(at.title)
    # conclusions first: the change with a figure, as a sentence
    assert texts(at.subheader)[0] == (
        "Avec la variante en cours, « Signatures requises, en pourcentage des électeurs "
        "inscrits » (Votations propositionnelles (pétition d'initiative citoyenne)) passe de "
        "3 % à 2 %.")
    decisive = at.table[0].value
    assert list(decisive.columns) == ["A", "B"]
    assert decisive.loc["Votations propositionnelles (pétition d'initiative citoyenne) : "
                        "Signatures requises, en pourcentage des électeurs inscrits"].tolist() \
        == ["3 %", "2 %"]
    clauses = at.table[1].value
    assert "Chemin" not in clauses.columns  # no internal path shown
    assert set(clauses["Paramètre"]) == {
        "Signatures requises, en pourcentage des électeurs inscrits",
        "Après un avis défavorable avec manquements significatifs, le CC demande au maire une "
        "consultation de révocation"}
    powers = " ".join(texts(at.markdown))
    assert "Pouvoir supprimé" in powers and "demande une consultation de révocation" in powers
    assert "[conseil_citoyen" not in powers and "(clause « Conseil Citoyen" in powers
    expanders = [e.label for e in at.expander]
    assert any(x.startswith("Organisation des pouvoirs : les 3 changements") for x in expanders)
    metrics = at.table[2].value
    assert metrics.loc["Pouvoirs (liens entre instances)", "Écart"] == md("-2")  # the request, and the
    # mayor putting it on the agenda


def test_pact_against_collegial_pact_opens_with_the_votes_citizens_lose() -> None:
    at = app(page="comparer")  # an unmodified pact: compared with the next bundled one
    assert at.selectbox(key="cmp_b").value == "Pacte fourni : collegial-2026"
    assert not at.exception
    first = texts(at.subheader)[0]
    assert first.startswith("Avec « Pacte de gouvernance collégiale de la majorité municipale »"
                            ", les citoyen·nes ne peuvent plus porter au vote 2 décisions : ")
    assert "« Délibérations du conseil municipal » (Votation abrogatoire, Votation " \
           "propositionnelle)" in first
    said = " ".join(texts(at.markdown))
    assert "3 détenteurs de pouvoir ne sont plus audités par une instance citoyenne" in said
    assert "Le coût de fonctionnement passe de 2,5 M€ à 0 € par an." in said
    decisive = at.table[0].value
    assert decisive.loc["Coût de fonctionnement (€/an)"].tolist() == ["2\u202f519\u202f484 €",
                                                                      "0 €"]
    assert "Qui décide : ce que les citoyen·nes peuvent porter au vote (d'un seul côté)" \
        in decisive.index
    clauses = at.table[1].value
    assert {"présente", "absente"} == set(clauses["A"]) == set(clauses["B"])
    legal = at.table[3].value
    assert not legal["Clause"].str.fullmatch(r"[a-z_]+").any()  # titles, not internal ids
    # the raw graph diffs wait in an expander
    graph = next(e for e in at.expander if e.label.startswith("Organisation des pouvoirs"))
    assert len(graph.markdown) > 50


def test_same_sides_are_identical() -> None:
    at = app(page="comparer")
    at.selectbox(key="cmp_b").set_value("Pacte en cours sans modification").run()
    first = texts(at.subheader)[0]
    assert first.startswith("Les deux pactes sont identiques : aucune de leurs ") and "22 clauses" in first


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
    metrics = at.table[2].value
    row = metrics.loc["Simulation : délai pétition → vote (jours, médiane)"]
    assert row["A"] != row["B"]


def test_table_cells_cannot_become_links_or_images() -> None:
    """``st.table`` reads its cells as Markdown: a hostile title stays text."""
    import re

    from test_dashboard_hostile import HOSTILE_STRINGS

    at = app({"set": HOSTILE_STRINGS}, page="comparer")  # A: the pact, B: its hostile variant
    cells = [str(x) for t in at.table
             for x in [*t.value.index, *t.value.columns, *t.value.to_numpy().ravel()]]
    assert any("evil" in c for c in cells)  # the hostile text is there, as text
    for c in cells:
        assert "![" not in c and not re.search(r"(?<!\\)\]\(", c), c
        assert not re.search(r"(?<!\\)https?://", c), c
