"""`pacte pouvoirs` as a citizen reads it: the questions first, the powers the law forbids
marked in text, JSON and DOT, the whole graph with --complet."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from engine.cli.main import app
from engine.core.errors import InputError


def run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(app, ["pouvoirs", *args])
    assert result.exit_code == code, result.output
    return result.output


def test_text_answers_the_questions_then_marks_the_unlawful_powers() -> None:
    text = run()
    assert text.index("■ Qui décide du budget ?") < text.index("■ Qui décide quoi")
    assert "Avec 1\u202f043 signatures d'électeur·rices inscrit·es" in text
    assert re.search(r"Conseils de quartier \(6\) ✕ conflit avec la loi \([^)]*L2312-1", text)
    assert "✕ Conflit avec la loi — Approbation par le Conseil Citoyen" in text
    assert "Citoyen·nes (habitant·es et électeur·rices)" not in text
    assert "■ Tous les pouvoirs et leur source" not in text
    full = run("--complet")
    assert "■ Tous les pouvoirs et leur source" in full
    assert "Électeur·rices inscrit·es → nomme ou élit → Conseil municipal" in full


def test_json_keeps_its_keys_and_gains_the_questions() -> None:
    data = json.loads(run("--format", "json"))
    assert {"nodes", "edges", "accountability", "concentration", "citizen_votes", "findings",
            "questions", "decisions", "unlawful_powers", "powers_to_verify"} <= set(data)
    q = data["questions"][0]
    assert set(q) == {"id", "question", "answer", "nodes", "paths", "conflicts"}
    assert {"text", "force", "clause", "articles", "figures", "edges", "conflicts",
            "conflit_avec_la_loi", "to_verify"} == set(q["paths"][0])
    assert {"conflit_avec_la_loi", "conflicts", "a_verifier", "to_verify"} <= set(
        q["paths"][0]["edges"][0])
    assert all("a_verifier" in e for e in data["edges"])
    marked = [e for e in data["edges"] if e["conflit_avec_la_loi"]]
    assert {e["clause"] for e in marked} >= {"conseils_de_quartier.decident_du_budget",
                                            "pluihd.approbation_conseil_citoyen"}
    variant = json.loads(run("--format", "json", "--set", "votation_propositionnelle.seuil_pct=5"))
    figures = [p["figures"] for p in variant["questions"][2]["paths"]
               if p["clause"] == "votation_propositionnelle"][0]
    assert figures["signatures"] == 1738 and figures["pourcentage"] == 5


def test_one_question_as_a_small_graph_in_dot() -> None:
    dot = run("--question", "budget", "--format", "dot")
    assert dot.startswith('digraph "question" {') and "rankdir=TB" in dot
    assert dot.count("rank=same") >= 3 and "cluster_legende" in dot
    assert '"conseils_de_quartier" -> "budgets_quartier"' in dot and "✕ conflit avec la loi" in dot
    assert '"prefet"' not in dot  # only the bodies of the question
    one = json.loads(run("--question", "maire", "--format", "json"))
    assert [q["id"] for q in one["questions"]] == ["maire"]
    wrong = CliRunner().invoke(app, ["pouvoirs", "--question", "bugdet"])
    assert isinstance(wrong.exception, InputError)  # the entry point prints it in French, exit 2
    assert "voulez-vous dire « budget »" in str(wrong.exception.problems[0].message)


def test_the_whole_graph_in_dot_marks_the_unlawful_powers_too() -> None:
    dot = run("--format", "dot")
    marked = [line for line in dot.splitlines() if "✕ conflit avec la loi" in line]
    data = json.loads(run("--format", "json"))
    assert len(marked) == len(data["unlawful_powers"]) > 0
    assert all('color="#b91c1c"' in line and "penwidth=2.5" in line for line in marked)
    assert any(line.startswith('  "conseils_de_quartier" -> "budgets_quartier"') for line in marked)
