"""Which widget fits which parameter (from the pact's JSON schema)."""

from __future__ import annotations

from dashboard.widgets import option_label, same, spec_for


def test_widget_kinds_follow_the_schema() -> None:
    assert spec_for("votation_propositionnelle", "seuil_pct", "pourcent").kind == "percent"
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
    assert option_label(8, months=True) == "août" and option_label(3) == "3"
    assert spec_for("conseil_municipal", "mois_de_session", "liste").months
    assert not spec_for("bureau_executif", "rangs_dans_le_mois", "liste").months  # ranks
    assert not spec_for("pouvoirs_du_maire", "delegations_exclues", "liste").months  # items
    assert option_label("electeurs_inscrits") == "électeur·rices inscrit·es"
    assert same(3, 3.0) and same(True, True) and not same(True, False) and not same(2, 2.5)


def test_percentages_are_read_the_french_way_within_the_schemas_bounds() -> None:
    import pytest

    from dashboard.widgets import Spec, parse_percent, percent_text

    spec = spec_for("votation_propositionnelle", "seuil_pct", "pourcent")
    assert (spec.minimum, spec.maximum) == (0, 100)
    for typed, value in (("3,3", 3.3), ("4.75", 4.75), (" 4,75 % ", 4.75), ("3,300", 3.3),
                         ("10", 10.0), ("0,5", 0.5)):
        assert parse_percent(typed, spec) == value, typed
    for typed, words in (("trois", "n'est pas un pourcentage"), ("1e1", "n'est pas"),
                         ("nan", "n'est pas"), ("", "écrivez un pourcentage"),
                         ("3,333", "deux chiffres après la virgule"),
                         ("140", "entre 0 et 100 %"), ("-1", "entre 0 et 100 %")):
        with pytest.raises(ValueError, match=words):
            parse_percent(typed, spec)
    assert parse_percent("140", Spec("percent")) == 140.0  # no bounds: the engine decides
    assert [percent_text(v) for v in (3, 3.3, 4.75, 50.0)] == ["3", "3,3", "4,75", "50"]
