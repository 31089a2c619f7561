"""Page « Pouvoirs » : le graphe interactif et ses analyses en mots."""

from __future__ import annotations

import json

from dashboard_support import app, texts


def test_graph_and_analyses_follow_the_pact() -> None:
    at = app(page="pouvoirs")
    assert "Qui a le pouvoir ?" in texts(at.title)
    assert texts(at.subheader)[0] == ("Les citoyen·nes peuvent porter au vote 2 type(s) de "
                                      "décision ; Binôme maire – 1er adjoint·e décide seul·e "
                                      "de 4 autre(s)")
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    names = {t.get("name") for t in chart["data"]}
    assert {"audite", "nomme ou élit", "décide"} <= names
    bullets = " ".join(texts(at.markdown))
    assert "Police municipale" in bullets and "décide seul·e" in bullets


def test_removing_the_votations_changes_the_conclusion() -> None:
    at = app({"set": ["votation_propositionnelle.resultat_contraignant=false",
                      "votation_abrogatoire.resultat_contraignant=false",
                      "ppi.max_propositions_citoyennes=0"]}, page="pouvoirs")
    assert texts(at.subheader)[0].startswith("Les citoyen·nes ne peuvent porter aucune "
                                             "décision au vote eux-mêmes")


def test_edge_kind_filter() -> None:
    at = app(page="pouvoirs")
    at.multiselect(key="power_kinds").set_value(["audite"]).run()
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    names = {t.get("name") for t in chart["data"] if t.get("name")}
    assert names == {"audite"}
