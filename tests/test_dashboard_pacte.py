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
    assert table["Source"].str.contains("section «|§").all()
    assert not table["Source"].str.contains(r"\.txt|LEGAL\.md").any()  # titles, not files
    seuil = table[table["Chemin"] == "votation_propositionnelle.seuil_pct"].iloc[0]
    assert seuil["Valeur"] == "3 %" and seuil["Base légale"] == "L1112-16"


def test_a_percentage_edit_becomes_an_override_in_the_url_and_changes_the_values() -> None:
    at = app()
    assert at.text_input(key=SEUIL).value == "3"  # typed freely, shown the French way
    at.text_input(key=SEUIL).input("2").run()
    assert not at.exception
    assert query_sets(at) == ["votation_propositionnelle.seuil_pct=2"]
    table = at.dataframe[0].value
    assert table[table["Chemin"] == "votation_propositionnelle.seuil_pct"].iloc[0]["Valeur"] == "2 %"
    assert any("Signatures requises, en pourcentage des électeurs inscrits : **2 %**" in m
               for m in texts(at.markdown))
    # back to the file's value: the override disappears
    at.text_input(key=SEUIL).input("3,0").run()
    assert query_sets(at) == []


def test_percentages_take_two_decimals_and_a_bad_entry_gets_a_french_message() -> None:
    """3,3 % or 4,75 % can be entered (comma or point); bounds come from the schema; a bad
    entry is refused with a plain message and the variant stays as it was."""
    at = app()
    at.text_input(key=SEUIL).input("3,3").run()
    assert query_sets(at) == ["votation_propositionnelle.seuil_pct=3.3"]
    at.text_input(key=SEUIL).input("4.75 %").run()
    assert query_sets(at) == ["votation_propositionnelle.seuil_pct=4.75"]
    assert at.text_input(key=SEUIL).value == "4,75"
    table = at.dataframe[0].value
    assert table[table["Chemin"] == "votation_propositionnelle.seuil_pct"].iloc[0]["Valeur"] == "4,75 %"
    for bad, words in (("trois", "n'est pas un pourcentage"), ("3,333", "deux chiffres après"),
                       ("140", "entre 0 et 100 %")):
        at.text_input(key=SEUIL).input(bad).run()
        assert not at.exception
        errors = " ".join(texts(at.error))
        assert words in errors and "Valeur non retenue" in errors, (bad, errors)
        assert query_sets(at) == ["votation_propositionnelle.seuil_pct=4.75"]
    at.text_input(key=SEUIL).input("3,3").run()
    assert not texts(at.error)


def test_the_conclusion_comes_first_with_the_engines_signatures_and_cost() -> None:
    """The first lines answer « que promet ce pacte ? » with the engine's figures; with a
    variant at 2 %, the absolute 1 000 still applies and the sentence says so."""
    from _pacts import chambery

    from dashboard import money
    from engine.core.fr import number
    from engine.io.context import load_context
    from engine.procedures.cost_table import cost_table
    from engine.procedures.petition import signatures_required
    from engine.report.explain import threshold_sentence

    scen, pact = chambery()
    needed = signatures_required(pact, scen).value
    at = app()
    assert texts(at.subheader)[0] == (f"Avec ce pacte, une pétition de {number(needed.required)}"
                                      " signatures fait voter les habitant·es sur sa question.")
    first = texts(at.markdown)[0]
    assert first.startswith(threshold_sentence(pact, scen))
    assert money.cost_headline(cost_table(pact, scen).as_dict()) in first
    variant = app({"set": ["votation_propositionnelle.seuil_pct=2"]})
    head = texts(variant.subheader)[0]
    assert head.startswith(f"Avec ce pacte, une pétition de {number(needed.absolute)} signatures")
    scen2, pact2 = load_context(overrides=[("votation_propositionnelle.seuil_pct", 2)])
    first = texts(variant.markdown)[0]
    assert first.startswith(threshold_sentence(pact2, scen2)) and "2 %" in first
    assert "1 modification dans cette variante" in first


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
    assert any("Mon pacte importé" in m for m in texts(at.caption))
    assert any("mon-pacte.yaml" in s for s in texts(at.success))
    at.text_input(key=SEUIL).input("2,5").run()
    # the download button serves the edited YAML (checked through the engine function it calls)
    from engine.io.variant import edited_yaml, load_pact_text

    edited = edited_yaml(text, ("votation_propositionnelle.seuil_pct=2.5",))
    pact = load_pact_text(edited, "x.yaml")
    assert pact.petition.threshold_pct.value == 2.5 and pact.info.title == "Mon pacte importé"
    assert at.get("download_button")


def test_every_clause_of_every_bundled_pact_opens_its_editor() -> None:
    """List items (« votations.referendum-projets », bodies drawn by lot) get their widgets
    from the schema of their list; a field that is not one value is shown, not edited."""
    from engine.core.paths import PACTS_DIR

    for pact in sorted(p.stem for p in PACTS_DIR.glob("*.yaml")):
        at = app({"pacte": pact})
        for choice in at.selectbox(key="clause_choice").options:
            at.selectbox(key="clause_choice").select(choice).run()
            shown = " ".join(texts(at.error) + texts(at.markdown))
            assert not at.exception and "Erreur interne" not in shown, (pact, choice)


def test_a_list_item_parameter_is_edited_like_a_clause() -> None:
    at = app({"pacte": "poitiers-2026"})
    options = at.selectbox(key="clause_choice").options
    assert any(o.startswith("Référendum") or "projets" in o.lower() for o in options)
    numbers = [n for n in at.number_input if n.key and n.key.startswith("w:votations.")]
    toggles = [t for t in at.toggle if t.key and t.key.startswith("w:votations.")]
    widget = (numbers or toggles)[0]
    if numbers:
        widget.set_value(widget.value + 1).run()
    else:
        widget.set_value(not widget.value).run()
    assert not at.exception and not texts(at.error)
    assert [s.split("=", 1)[0] for s in query_sets(at)] == [widget.key.removeprefix("w:")]
