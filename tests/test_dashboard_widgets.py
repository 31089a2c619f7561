"""Which widget fits which parameter (from the pact's JSON schema)."""

from __future__ import annotations

from dashboard.widgets import option_label, same, spec_for


def test_widget_kinds_follow_the_schema() -> None:
    assert spec_for("votation_propositionnelle", "seuil_pct", "pourcent").kind == "slider"
    months = spec_for("votation_propositionnelle", "delai_collecte_mois", "mois")
    assert (months.kind, months.minimum, months.maximum) == ("integer", 0, 72)
    assert spec_for("votation_propositionnelle", "resultat_contraignant", "booleen").kind == "toggle"
    days = spec_for("conseil_citoyen", "jour_reunion_travail", "texte")
    assert days.kind == "choice" and "samedi" in days.options
    sessions = spec_for("conseil_municipal", "mois_de_session", "liste")
    assert sessions.kind == "multichoice" and sessions.options == tuple(range(1, 13))
    assert spec_for("commissions", "commissions", "liste").kind == "lines"
    assert spec_for("conseil_citoyen", "indemnite_multiple_smic", "nombre").kind == "number"


def test_labels_and_equality() -> None:
    assert option_label(8, "liste") == "août"
    assert option_label("electeurs_inscrits") == "électeurs inscrits"
    assert same(3, 3.0) and same(True, True) and not same(True, False) and not same(2, 2.5)
