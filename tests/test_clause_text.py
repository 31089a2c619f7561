"""Clause descriptions are written from the parameters (issue 14 § 2): a figure of the clause
is a « {cle} » placeholder, so a variant never prints the stale figure (« au moins 3 % »
with a threshold of 2 %)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from engine.cli.main import app
from engine.core.errors import InputError
from engine.core.fr import format_value
from engine.io.context import load_pact
from engine.model.pact import Pact, item_key
from engine.model.template import placeholders, render_text
from engine.report.clauses import describe
from engine.report.doc_pacte import commitments

ROOT = Path(__file__).resolve().parent.parent
PACTS = sorted((ROOT / "rules" / "pactes").glob("*.yaml"))
#: the cost clause's descriptions show how each price reproduces the source document's cost
#: table (« 6 conseils × 25 personnes × 8 h × 12 mois × S ») — figures of the document, kept
DOCUMENT_DERIVATIONS = {("chambery-2026", "couts")}


def _items(pact: Pact) -> list[tuple[str, object]]:
    return ([*pact.clauses().items()] + [(item_key(v), v) for v in pact.votes]
            + [(item_key(a), a) for a in pact.assemblies])


@pytest.mark.parametrize("path", PACTS, ids=lambda p: p.stem)
def test_every_placeholder_names_a_parameter_of_its_clause(path: Path) -> None:
    pact = load_pact(path)
    data = describe(pact)
    texts = [c["description"] for c in data["clauses"]]
    texts += [p["description"] for c in data["clauses"] for p in c["parameters"]]
    texts += [c.text for c in commitments(pact)]
    assert texts and not [t for t in texts if re.search(r"\{[a-z0-9_]+(:n)?\}", t)]


@pytest.mark.parametrize("path", PACTS, ids=lambda p: p.stem)
def test_no_description_writes_a_figure_of_its_clause_by_hand(path: Path) -> None:
    """A figure with its unit (« 6 mois », « 3 % », « 500 signatures ») that is the value of a
    parameter of the same clause is written « {cle} », outside quotations of the source."""
    assert _stale(load_pact(path)) == []


def test_no_measure_of_the_catalogue_writes_its_default_by_hand(tmp_path: Path) -> None:
    """The same for every measure of the catalogue (a pact composed of all of them): a list
    that changes a figure never reads the old one in the parameter's description."""
    from engine.io.template import build_pact, measures, pact_yaml

    doc = build_pact("Chambéry", [m.id for m in measures()], pact_id="tout")
    path = tmp_path / "tout.yaml"
    path.write_text(pact_yaml(doc), encoding="utf-8")
    assert _stale(load_pact(path)) == []


def _stale(pact: Pact) -> list[tuple[str, str, str, str]]:
    """(clause, parameter, figure, text) where a description writes a figure by hand."""
    stale = []
    for key, clause in _items(pact):
        if (pact.info.id, key) in DOCUMENT_DERIVATIONS:
            continue
        params = clause.params()
        texts = [clause.description, *(p.description for p in params.values())]
        for text in texts:
            unquoted = re.sub(r"«[^»]*»", "", text).replace("\u202f", " ")
            for name, param in params.items():
                value = param.at()
                if isinstance(value, bool) or not isinstance(value, int | float):
                    continue
                shown = format_value(value, param.unit or "").replace("\u202f", " ")
                if shown == format_value(value, "nombre").replace("\u202f", " "):
                    continue  # no unit: a bare number may mean anything
                if re.search(rf"(?<![\d,]){re.escape(shown)}(?![\d,])", unquoted):
                    stale.append((key, name, shown, text[:60]))
    return stale


def test_a_variant_threshold_is_printed_in_the_clause_text() -> None:
    pact = load_pact(None, [("votation_propositionnelle.seuil_pct", 2)])
    clause = next(c for c in describe(pact)["clauses"] if c["id"] == "votation_propositionnelle")
    assert "au moins 2 % des électeurs inscrits" in clause["description"]
    assert "3 %" not in clause["description"]
    absolute = next(p for p in clause["parameters"] if p["key"] == "seuil_absolu")
    assert "(2 % des électeurs inscrits)" in absolute["description"]
    text = next(c.text for c in commitments(pact) if c.key == "votation_propositionnelle")
    assert "au moins 2 %" in text and "3 %" not in text


def test_pacte_clauses_prints_the_variant_and_never_the_stale_figure() -> None:
    out = CliRunner().invoke(app, ["clauses", "--set", "votation_propositionnelle.seuil_pct=2",
                                   "--set", "conseil_citoyen.membres=40"]).output
    assert "au moins 2 % des électeurs inscrits" in out and "au moins 3 %" not in out
    assert "40 citoyen·nes tiré·es au sort" in out and "30 citoyen·nes" not in out
    # sources by their title, the file name only in JSON
    assert "000_721ebb8a9b1c3e2a.txt" not in out and "section « Votations propositionnelles »" in out
    assert re.search(r": \d+ clauses\.", out.splitlines()[0])


def test_an_unknown_placeholder_is_an_error_that_names_it() -> None:
    pact = load_pact(None)
    clause = pact.petition
    assert placeholders("au moins {seuil_pct} et {seuil_absolu:n}") == ["seuil_pct", "seuil_absolu"]
    assert render_text("{seuil_absolu:n} ou {seuil_absolu}", clause) == "1\u202f000 ou 1\u202f000 signatures"
    with pytest.raises(InputError, match="seuil_pourcent"):
        render_text("au moins {seuil_pourcent}", clause, "votation_propositionnelle.description")


def test_the_floor_sentence_says_which_figure_of_the_petition_applies() -> None:
    from engine.io.context import load_context
    from engine.procedures.petition import signatures_required
    from engine.report.explain import threshold_sentence

    scenario, _ = load_context("chambery", None)
    low = load_pact(None, [("votation_propositionnelle.seuil_pct", 2)])
    t = signatures_required(low, scenario).value
    assert t.applied == "absolu" and t.from_percentage < t.absolute == 1000
    sentence = threshold_sentence(low, scenario)
    assert sentence.startswith("Avec 2 %, le plancher de 1\u202f000 signatures s'applique : il faut "
                               f"1\u202f000 signatures, pas {t.from_percentage} ")
    high = threshold_sentence(load_pact(None), scenario)
    assert high.startswith("Avec 3 %, il faut 1\u202f043 signatures") and "c'est le pourcentage" in high


def test_a_pact_whose_description_names_no_parameter_is_refused_at_load(tmp_path: Path) -> None:
    text = (ROOT / "rules" / "pactes" / "chambery-2026.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "pacte.yaml"
    bad.write_text(text.replace("au moins {seuil_pct} des", "au moins {seuil_pourcent} des"),
                   encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_pact(bad)
    (problem,) = err.value.problems
    assert problem.field == "votation_propositionnelle" and "{seuil_pourcent}" in problem.message
