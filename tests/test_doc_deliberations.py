"""Drafts of the first council's deliberations (engine/report/doc_deliberations.py)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from engine.core.paths import PACTS_DIR
from engine.io.context import load_context
from engine.render.document_md import render_markdown
from engine.report.doc_deliberations import ACTS, act_of, build_deliberations, items_of
from engine.report.doc_pacte import commitments
from engine.report.document import Article, BulletList, Document, all_text
from engine.verifier.checks import check

BUNDLED = sorted(p.stem for p in PACTS_DIR.glob("*.yaml"))


@lru_cache(maxsize=8)
def built(pact_id: str, scenario: str | None = None) -> tuple[Document, list]:
    scen, pact = load_context(scenario, pact_id, [])
    legal = {}
    for f in check(pact, scen):
        if f.kind == "legal":
            legal.setdefault(f.clause, f)
    items = [i for c in commitments(pact) for i in items_of(c, legal.get(c.key))]
    return build_deliberations(pact, scen), items


def _deliberations(doc: Document):
    return [s for s in doc.sections if s.heading.startswith("Délibération n° ")]


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_usual_form(pact_id):
    doc, _ = built(pact_id)
    delibs = _deliberations(doc)
    assert delibs, pact_id
    md = render_markdown(doc)
    assert "Vu le code général des collectivités territoriales" in md
    assert "Article 1" in md
    for s in delibs:
        texts = [getattr(b, "text", "") for b in s.blocks]
        assert texts[0] == "Le conseil municipal,"
        assert texts[1].startswith("Vu le code général des collectivités territoriales, "
                                   "notamment ses articles L")
        assert any(t.startswith("Considérant ") for t in texts)
        assert "Après en avoir délibéré, Décide :" in texts
        numbers = [b.number for b in s.blocks if isinstance(b, Article)]
        assert numbers and numbers[0] == "1"


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_drafted_articles_cite_clause_and_law(pact_id):
    doc, _ = built(pact_id)
    for s in doc.sections:
        for b in s.blocks:
            if isinstance(b, Article) and b.title == "Création":
                assert b.sources[0].startswith("Base légale : L")
            elif isinstance(b, Article) and b.title not in ("Adoption", "Publicité"):
                assert b.sources[0].startswith("Clause du pacte : ")
                assert b.sources[1].startswith("Base légale : ")


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_political_commitments_are_listed_not_drafted(pact_id):
    doc, items = built(pact_id)
    political = [i for i in items if i.verdict == "engagement_politique"]
    drafted = {(b.title, b.sources[0]) for s in doc.sections for b in s.blocks
               if isinstance(b, Article) and b.sources
               and b.sources[0].startswith("Clause du pacte")}
    closing = next(s for s in doc.sections
                   if s.heading == "Engagements politiques : rien à délibérer")
    listed = next(b for b in closing.blocks if isinstance(b, BulletList)).items
    for i in political:
        assert any(line.startswith(f"{i.commitment.title} — {i.label} : engagement politique")
                   for line in listed), (pact_id, i.label)
        assert not any(t == i.label and src.startswith(f"Clause du pacte : {i.commitment.title} (")
                       for t, src in drafted), (pact_id, i.label)
    if pact_id == "chambery-2026":
        assert political


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_conflicts_are_not_drafted(pact_id):
    doc, items = built(pact_id)
    text = all_text(doc)
    for i in items:
        if i.verdict == "conflit":
            assert f"{i.commitment.title} — {i.label} : conflit avec la loi" in text


def test_reglement_interieur_and_delegations_for_chambery():
    doc, _ = built("chambery-2026")
    headings = [s.heading for s in doc.sections]
    assert any("règlement intérieur" in h for h in headings)
    assert "Annexe — Règlement intérieur du conseil municipal" in headings
    assert "L2121-8" in all_text(doc)


def test_quartier_councils_become_committees_below_20000():
    """L2143-1: no quartier councils under 20 000 inhabitants; the act is a committee (L2143-2)."""
    big, _ = built("chambery-2026")
    small, _ = built("chambery-2026", "saillans")
    assert not any("comités consultatifs de quartier" in s.heading for s in big.sections)
    q_big = [s.heading for s in big.sections if "conseils de quartier" in s.heading]
    q_small = [s.heading for s in small.sections if "comités consultatifs de quartier" in s.heading]
    assert q_big and q_small


def test_every_clause_key_has_an_act():
    keys = {k for act in ACTS for k in act.keys}
    assert act_of("assemblees_tirees_au_sort.x").id == "comites"
    assert act_of("votations.y").id == "consultations"
    assert act_of("clauses_libres.z").id == "divers"
    assert "pouvoirs_du_maire" in keys


def test_bodies_are_created_in_the_terms_of_the_law():
    big, _ = built("chambery-2026")
    small, _ = built("chambery-2026", "saillans")
    scen, _ = load_context(None, "chambery-2026", [])

    def creation(doc: Document, word: str) -> str:
        section = next(s for s in doc.sections if word in s.heading)
        first = next(b for b in section.blocks if isinstance(b, Article))
        assert first.number == "1" and first.title == "Création"
        return first.text

    text = creation(big, "Création des conseils de quartier")
    assert all(q.name in text for q in scen.commune.quartiers)
    assert "présidé par un membre du conseil désigné par le maire" in creation(
        small, "comités consultatifs de quartier")
    assert "comités consultatifs suivants" in creation(big, "tirés au sort")
