"""Page « Pacte » : édition validée par le moteur, import, téléchargement."""

from __future__ import annotations

from dashboard_support import app, query_sets, texts

from engine.core.paths import DEFAULT_PACT

SEUIL = "w:votation_propositionnelle.seuil_pct"
COLLECTE = "w:votation_propositionnelle.delai_collecte_mois"


def test_every_clause_is_listed_with_source_and_legal_basis() -> None:
    at = app()
    assert "Le pacte, clause par clause" in texts(at.title)
    table = at.dataframe[0].value
    assert {"Clause", "Paramètre", "Valeur", "Unité", "Source", "Base légale"} <= set(table.columns)
    assert len(table) > 100
    assert table["Source"].str.contains("§").all()
    seuil = table[table["Chemin"] == "votation_propositionnelle.seuil_pct"].iloc[0]
    assert seuil["Valeur"] == "3 %" and seuil["Base légale"] == "L1112-16"


def test_a_slider_edit_becomes_an_override_in_the_url_and_changes_the_values() -> None:
    at = app()
    at.slider(key=SEUIL).set_value(2.0).run()
    assert not at.exception
    assert query_sets(at) == ["votation_propositionnelle.seuil_pct=2"]
    table = at.dataframe[0].value
    assert table[table["Chemin"] == "votation_propositionnelle.seuil_pct"].iloc[0]["Valeur"] == "2 %"
    assert any("Signatures requises, en pourcentage des électeurs inscrits : **2 %**" in m
               for m in texts(at.markdown))
    # back to the file's value: the override disappears
    at.slider(key=SEUIL).set_value(3.0).run()
    assert query_sets(at) == []


def test_a_value_the_file_would_refuse_gets_the_engines_french_error() -> None:
    at = app()
    at.number_input(key=COLLECTE).set_value(100).run()
    errors = " ".join(texts(at.error))
    assert "valeur trop grande" in errors and "≤ 72" in errors
    assert query_sets(at) == []  # the refused edit is not applied


def test_toggle_choice_and_scenario_date_widgets() -> None:
    at = app()
    at.toggle(key="w:votation_propositionnelle.resultat_contraignant").set_value(False).run()
    assert "votation_propositionnelle.resultat_contraignant=false" in query_sets(at)
    at.selectbox(key="clause_choice").set_value("conseil_citoyen").run()
    at.selectbox(key="w:conseil_citoyen.jour_reunion_travail").set_value("dimanche").run()
    assert 'conseil_citoyen.jour_reunion_travail="dimanche"' in query_sets(at)
    at.selectbox(key="clause_choice").set_value("__scenario__").run()
    import datetime as dt

    at.date_input(key="w:mandat.installation_conseil").set_value(dt.date(2026, 4, 3)).run()
    assert "mandat.installation_conseil=2026-04-03" in query_sets(at)
    assert not at.exception


def test_undo_and_reset_buttons() -> None:
    at = app({"set": ["votation_propositionnelle.seuil_pct=2", "commissions.participants_par_commission=15"]})
    assert len(query_sets(at)) == 2
    at.button(key="undo:votation_propositionnelle.seuil_pct").click().run()
    assert query_sets(at) == ["commissions.participants_par_commission=15"]
    at.button(key="reset_all").click().run()
    assert query_sets(at) == []


def test_a_bad_upload_gives_a_french_error_and_keeps_the_pact() -> None:
    at = app()
    at.file_uploader(key="upload").set_value(("mauvais.yaml", b"pacte: [\n  - x", "application/x-yaml")).run()
    errors = " ".join(texts(at.error))
    assert "Ce fichier ne peut pas être utilisé" in errors and "YAML mal formé" in errors
    assert "mauvais.yaml" in errors
    bad_value = DEFAULT_PACT.read_text(encoding="utf-8").replace("valeur: 3\n", "valeur: 140\n", 1)
    at.file_uploader(key="upload").set_value(("cent-quarante.yaml", bad_value.encode(), "application/x-yaml")).run()
    errors = " ".join(texts(at.error))
    assert "cent-quarante.yaml:" in errors and "valeur trop grande" in errors
    at.file_uploader(key="upload").set_value(("latin1.yaml", "é".encode("latin-1"), "application/x-yaml")).run()
    assert "pas en UTF-8" in " ".join(texts(at.error))
    assert not [s for s in texts(at.success) if "Pacte importé" in s]


def test_a_good_upload_replaces_the_pact_and_the_download_is_the_edited_yaml() -> None:
    at = app()
    text = DEFAULT_PACT.read_text(encoding="utf-8").replace(
        "titre: Pacte de gouvernance pour une transition démocratique à Chambéry",
        "titre: Mon pacte importé", 1)
    at.file_uploader(key="upload").set_value(("mon-pacte.yaml", text.encode(), "application/x-yaml")).run()
    assert not at.exception
    assert any("Mon pacte importé" in m for m in texts(at.markdown))
    assert any("mon-pacte.yaml" in s for s in texts(at.success))
    at.slider(key=SEUIL).set_value(2.5).run()
    # the download button serves the edited YAML (checked through the engine function it calls)
    from engine.io.variant import edited_yaml, load_pact_text

    edited = edited_yaml(text, ("votation_propositionnelle.seuil_pct=2.5",))
    pact = load_pact_text(edited, "x.yaml")
    assert pact.petition.threshold_pct.value == 2.5 and pact.info.title == "Mon pacte importé"
    assert at.get("download_button")
