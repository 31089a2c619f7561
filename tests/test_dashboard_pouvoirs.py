"""Page « Pouvoirs » : la réponse d'abord (une phrase chiffrée), puis les questions d'un·e
citoyen·ne avec leurs phrases et leurs petits graphes, les pouvoirs interdits marqués, le
graphe complet et les tableaux repliés."""

from __future__ import annotations

import json
import re

from dashboard_support import app, texts


def test_the_page_answers_first_then_asks_the_questions() -> None:
    at = app(page="pouvoirs")
    assert not at.exception
    assert "Qui a le pouvoir ?" in texts(at.title)
    first = texts(at.subheader)[0]
    assert first == ("Avec ce pacte, les citoyen·nes peuvent porter au vote 2 types de décision ; "
                     "Binôme maire – 1er adjoint·e décide seul·e de 4 autres.")
    assert re.search(r"\d", first)
    bullets = " ".join(texts(at.markdown))
    assert "### Qui décide du budget ?" in bullets and "### Comment faire abroger" in bullets
    assert "Avec 1\u202f043 signatures d'électeur·rices inscrit·es" in bullets
    assert "8 pouvoirs que donne le pacte sont en conflit avec la loi" in bullets
    # no technical measure shown as such: it is a plain sentence, the number folded below
    assert "est un passage obligé vers 4 des 8 décisions" in bullets
    assert not any("Centralité" in h for h in texts(at.subheader))
    assert not at.error  # a conflict is a finding shown in red, not a failure of the page
    assert ":red[✕ **Conflit avec la loi — Budgets de quartier**] : Les conseils de quartier" \
        in bullets


def test_small_graphs_mark_the_unlawful_powers() -> None:
    at = app(page="pouvoirs")
    charts = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    budget = charts[0]
    names = {t.get("name") for t in budget["data"]}
    assert "✕ conflit avec la loi (vérificateur)" in names and "décide" in names
    labels = {a.get("text") for a in budget["layout"]["annotations"]}
    assert "Conseils de quartier (6)" in labels and "Préfet" not in labels
    table = at.dataframe[0].value
    row = table[table["Décision"] == "Budgets d'investissement des quartiers"].iloc[0]
    assert row["✕ Pouvoir contraire à la loi"].startswith("Conseils de quartier (6) : Budgets de quartier")
    assert row["Décident"] == "Conseil municipal"


def test_removing_the_votations_changes_the_conclusion() -> None:
    at = app({"set": ["votation_propositionnelle.resultat_contraignant=false",
                      "votation_abrogatoire.resultat_contraignant=false",
                      "ppi.max_propositions_citoyennes=0"]}, page="pouvoirs")
    # the petitions still lead to the two votations, whose result is now only an opinion
    assert texts(at.subheader)[0].startswith("Avec ce pacte, les citoyen·nes peuvent déclencher "
                                             "2 votes consultatifs, mais aucun vote qui décide")


def test_edge_kind_filter_of_the_full_graph() -> None:
    at = app(page="pouvoirs")
    at.multiselect(key="power_kinds").set_value(["audite"]).run()
    chart = json.loads(at.get("plotly_chart")[-1].proto.spec)
    names = {t.get("name") for t in chart["data"] if t.get("name")}
    assert names == {"audite"}


def test_the_full_graph_marks_the_unlawful_powers() -> None:
    at = app(page="pouvoirs")
    chart = json.loads(at.get("plotly_chart")[-1].proto.spec)
    bad = [t for t in chart["data"] if t.get("name") == "✕ conflit avec la loi (vérificateur)"]
    assert len(bad) == 1 and len([x for x in bad[0]["x"] if x is None]) == 9


def test_what_the_law_base_cannot_settle_is_marked_to_be_verified() -> None:
    at = app(page="pouvoirs")
    names = [{t.get("name") for t in json.loads(c.proto.spec)["data"]}
             for c in at.get("plotly_chart")]
    assert sum("? à vérifier (la base de droit ne tranche pas)" in n for n in names) == 1
    bullets = " ".join(texts(at.markdown))
    assert ":orange[**? À vérifier — Référendum en cas de conflit**]" in bullets
    assert "confiance faible" in bullets
