"""The what-if variant round-trips through the page URL."""

from __future__ import annotations

from dashboard_support import app, query_sets, texts

from dashboard.state import Variant, from_query, query_string


def test_edits_go_to_the_url_and_the_url_restores_them_in_a_new_session() -> None:
    first = app()
    first.text_input(key="w:votation_propositionnelle.seuil_pct").input("2").run()
    first.selectbox(key="clause_choice").set_value("votation_abrogatoire").run()
    first.number_input(key="w:votation_abrogatoire.signatures_requises").set_value(800).run()
    shared = dict(first.query_params)
    assert shared["pacte"] == "chambery-2026" and shared["scenario"] == "chambery"
    assert query_sets(first) == ["votation_propositionnelle.seuil_pct=2",
                                 "votation_abrogatoire.signatures_requises=800"]

    second = app({k: v for k, v in shared.items()})  # « opening the link »
    assert second.text_input(key="w:votation_propositionnelle.seuil_pct").value == "2"
    second.selectbox(key="clause_choice").set_value("votation_abrogatoire").run()
    assert second.number_input(key="w:votation_abrogatoire.signatures_requises").value == 800
    assert query_sets(second) == query_sets(first)
    table = second.dataframe[0].value
    row = table[table["Chemin"] == "votation_abrogatoire.signatures_requises"].iloc[0]
    assert row["Valeur"] == "800 signatures"


def test_the_variant_survives_a_page_change() -> None:
    at = app({"set": ["votation_propositionnelle.seuil_pct=2"]}, page="pouvoirs")
    assert query_sets(at) == ["votation_propositionnelle.seuil_pct=2"]
    assert any("2 %" in str(row) for row in at.dataframe[-1].value["Quoi"])


def test_an_invalid_link_is_refused_in_french_and_the_rest_kept() -> None:
    at = app({"set": ["votation_propositionnelle.seuil_pct=140",
                      "inconnu.champ=3", "commissions.participants_par_commission=15"]})
    warnings = " ".join(texts(at.warning))
    assert "valeur trop grande" in warnings and "chemin inconnu" in warnings
    assert query_sets(at) == ["commissions.participants_par_commission=15"]
    bad_pact = app({"pacte": "nexiste-pas"})
    assert "pacte fourni inconnu" in " ".join(texts(bad_pact.warning))
    assert bad_pact.query_params["pacte"] == "chambery-2026"


def test_query_string_format() -> None:
    v = Variant(overrides=("votation_propositionnelle.seuil_pct=2", 'x.y="a b"'))
    q = query_string(v)
    assert q == ("pacte=chambery-2026&scenario=chambery&set=votation_propositionnelle.seuil_pct"
                 "%3D2&set=x.y%3D%22a+b%22")
    from urllib.parse import parse_qs

    assert from_query(parse_qs(q)) == v
