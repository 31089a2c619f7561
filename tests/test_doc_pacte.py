"""The pact to sign (engine/report/doc_pacte.py), for every bundled pact."""

from __future__ import annotations

import math
from functools import lru_cache

import pytest

from engine.core.fr import number
from engine.core.paths import PACTS_DIR
from engine.io.context import load_context
from engine.report.doc_common import source_titles
from engine.report.doc_pacte import build_pacte, commitments
from engine.report.document import Article, Document, Paragraph, SignatureBlock, all_text
from engine.verifier.checks import check

BUNDLED = sorted(p.stem for p in PACTS_DIR.glob("*.yaml"))


@lru_cache(maxsize=8)
def built(pact_id: str, sets: tuple[str, ...] = ()) -> tuple[Document, object, object]:
    from engine.io.overrides import parse_override

    scen, pact = load_context(None, pact_id, [parse_override(s) for s in sets])
    return build_pacte(pact, scen), pact, scen


def test_there_are_bundled_pacts():
    assert len(BUNDLED) >= 5


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_every_clause_is_a_numbered_commitment(pact_id):
    doc, pact, _ = built(pact_id)
    items = commitments(pact)
    assert len(items) == (len(pact.clauses()) + len(pact.votes) + len(pact.assemblies)
                          + len(pact.free_clauses))
    articles = [b for s in doc.sections for b in s.blocks if isinstance(b, Article)]
    assert [a.title for a in articles] == [c.title for c in items]
    assert [a.number for a in articles] == [str(i) for i in range(1, len(items) + 1)]
    assert all(a.text.startswith("Nous nous engageons") for a in articles)


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_conflicts_are_written_in_their_lawful_form_only(pact_id):
    doc, pact, scen = built(pact_id)
    text = all_text(doc)
    conflicts = {f.clause: f for f in check(pact, scen) if f.kind == "legal"
                 and f.verdict == "conflit"}
    checked = 0
    for c in commitments(pact):
        f = conflicts.get(c.key)
        if f is None:
            continue
        checked += 1
        for line in (w.strip() for w in f.suggested_wording.split("\n")):
            if line:
                assert line in text, (c.key, line)
        assert c.text not in text, c.key
    if pact_id == "chambery-2026":
        assert checked >= 5


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_nature_sources_and_disclaimer(pact_id):
    doc, pact, scen = built(pact_id)
    text = all_text(doc)
    natures = [b for s in doc.sections for b in s.blocks
               if isinstance(b, Paragraph) and b.style == "nature"]
    assert len(natures) == len(commitments(pact))
    assert all(n.text.startswith("Nature : ") for n in natures)
    assert "n'est pas un avis juridique" in doc.disclaimer
    assert doc.legal_base_date.startswith("21 mai 2025")
    for file_name in source_titles().documents:
        assert file_name not in text  # sources are cited by their titles
    assert any(title in text for title in source_titles().documents.values())
    seats = [b for s in doc.sections for b in s.blocks if isinstance(b, SignatureBlock)]
    assert len(seats) == 1 and seats[0].lines >= 7


def test_petition_figure_is_computed_and_dated():
    doc, pact, scen = built("chambery-2026")
    electors = scen.commune.electors.at(scen.mandate.installation)
    pct = pact.petition.threshold_pct.at(scen.mandate.installation)
    expected = math.ceil(electors * pct / 100)
    assert f"En {scen.mandate.installation.year} à Chambéry : " in all_text(doc)
    assert f"= {number(expected)} signatures" in all_text(doc)


def test_changing_a_parameter_changes_the_text():
    base, _, scen = built("chambery-2026")
    changed, _, _ = built("chambery-2026", ("votation_propositionnelle.seuil_pct=5",))
    electors = scen.commune.electors.at(scen.mandate.installation)
    assert all_text(base) != all_text(changed)
    assert f"5 % de {number(electors)} électeurs inscrits = " \
           f"{number(math.ceil(electors * 5 / 100))} signatures" in all_text(changed)


def test_a_conforme_clause_keeps_its_own_words():
    doc, pact, scen = built("saillans-2026")
    found = {f.clause: f.verdict for f in check(pact, scen) if f.kind == "legal"}
    conformes = [c for c in commitments(pact) if found.get(c.key) == "conforme"]
    assert conformes
    for c in conformes:
        assert f"la mesure suivante : {c.text}" in all_text(doc)


def test_every_document_the_pacts_cite_has_a_title():
    """rules/sources.yaml names every document a bundled pact cites (no file name leaks)."""
    from engine.report.doc_common import human_source

    titles = source_titles().documents
    for pact_id in BUNDLED:
        _, pact, _ = built(pact_id)
        sources = [pact.info.source] + [c.source for c in commitments(pact) if c.source]
        for c in commitments(pact):
            if c.clause is not None:
                sources += [c.clause.param_source(p) for p in c.clause.params().values()]
        for src in sources:
            assert any(src.document.startswith(f) for f in titles), (pact_id, str(src))
            assert src.document.split(" ")[0] not in human_source(src)


def test_the_tables_write_codes_and_months_in_words():
    """A parameter's value reads in words: month numbers as months, codes in French."""
    doc, _, _ = built("chambery-2026")
    text = all_text(doc)
    assert "janvier, février, mars" in text
    assert "electeurs_inscrits" not in text and "habitants_16_ans" not in text
