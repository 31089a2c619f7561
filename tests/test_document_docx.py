"""The Word file a lawyer edits (``engine.render.document_docx``): real headings, numbered
articles, tables with a header row, named styles only, a PAGE field in the footer, the legal
base's date and the disclaimer in the text, French properties — for a small document built
by hand and for the three documents of every bundled pact."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from engine.io.context import load_context
from engine.render.document_docx import ARTICLE, render_docx
from engine.report.doc_deliberations import build_deliberations
from engine.report.doc_note import build_note
from engine.report.doc_pacte import build_pacte
from engine.report.document import (
    Article,
    BulletList,
    Document,
    Paragraph,
    Section,
    SignatureBlock,
    Table,
    VisaBlock,
)

ROOT = Path(__file__).resolve().parent.parent
PACTS = sorted((ROOT / "rules" / "pactes").glob("*.yaml"))
BUILDERS: tuple[Callable[..., Document], ...] = (build_pacte, build_deliberations, build_note)

SMALL = Document(
    kind="deliberations", title="Projets de délibérations — Essai",
    subtitle="Premières séances du conseil municipal", pact_id="essai-2026", commune="Essai",
    legal_base_date="21 mai 2025 — Droit lu jusqu'à la loi n° 2025-444",
    generated_on="1er décembre 2026",
    disclaimer="Ce document n'est pas un avis juridique.",
    sections=(
        Section("Objet", (Paragraph("Texte ordinaire."), Paragraph("« Citation »", "quote"))),
        Section("Délibération n° 1", (
            Article("1", "Création du comité", "Le conseil crée un comité consultatif.",
                    ("CGCT L2143-2",)),
            Article("2", "Composition", "Trente membres tirés au sort."),
            Paragraph("Nature : acte du conseil", "nature"),
            Paragraph("Source : pacte, section « Quel coût ? »", "small"),
        )),
        Section("Détail", (
            BulletList(("premier point", "second point")),
            Table(("Nature", "Nombre"), (("conformes", "3"), ("conflits", "1"))),
        ), level=2),
        Section("Signatures", (SignatureBlock(3, "Nom, prénom, date et signature"),
                               VisaBlock("Visa du ou de la juriste"))),
    ))


def read(document: Document) -> DocxDocument:
    return docx.Document(io.BytesIO(render_docx(document)))


def body_text(doc: DocxDocument) -> str:
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def headings(doc: DocxDocument) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]


def count_blocks(document: Document, kind: type | tuple[type, ...]) -> int:
    return sum(isinstance(b, kind) for s in document.sections for b in s.blocks)


def expected_paragraphs(document: Document) -> int:
    """Paragraphs outside tables: the 7 of the head (title, subtitle, 4 facts, disclaimer),
    one heading per section, and per block: 1, an article 2 (+1 with sources), a list one
    per item, a table none, a signature or visa block its label."""
    def of(block: object) -> int:
        if isinstance(block, Article):
            return 2 + bool(block.sources)
        if isinstance(block, BulletList):
            return len(block.items)
        return 0 if isinstance(block, Table) else 1
    return 7 + sum(1 + sum(of(b) for b in s.blocks) for s in document.sections)


def test_a_small_document_reads_back_block_by_block() -> None:
    doc = read(SMALL)
    # title, subtitle, 4 facts, disclaimer; 4 headings; 2 paragraphs; 2 articles (label,
    # text) + 1 sources line; 2 paragraphs; 2 bullets; signature and visa labels
    assert len(doc.paragraphs) == 7 + 4 + 2 + 5 + 2 + 2 + 2 == expected_paragraphs(SMALL)
    assert headings(doc) == [("Heading 1", "Objet"), ("Heading 1", "Délibération n° 1"),
                             ("Heading 2", "Détail"), ("Heading 1", "Signatures")]
    articles = [(i, p.text) for i, p in enumerate(doc.paragraphs) if p.style.name == ARTICLE]
    assert [t for _i, t in articles][:2] == ["Article 1 — Création du comité",
                                             "Article 2 — Composition"]
    first = articles[0][0]
    assert doc.paragraphs[first + 1].text == "Le conseil crée un comité consultatif."
    assert doc.paragraphs[first + 2].text == "Sources : CGCT L2143-2"
    assert doc.styles[ARTICLE].font.bold is True
    assert [p.style.name for p in doc.paragraphs if p.text in ("premier point", "second point")] \
        == ["List Bullet", "List Bullet"]
    assert [p.style.name for p in doc.paragraphs if p.text == "« Citation »"] == ["Quote"]


def test_tables_have_a_header_row_and_room_to_sign() -> None:
    doc = read(SMALL)
    summary, signatures, visa = doc.tables
    assert [c.text for c in summary.rows[0].cells] == ["Nature", "Nombre"]
    assert [c.text for c in summary.rows[2].cells] == ["conflits", "1"]
    assert len(signatures.rows) == 1 + 3
    assert [c.text for c in signatures.rows[3].cells] == ["3", "", "", ""]
    assert "Observations" in [row.cells[0].text for row in visa.rows]
    for table in doc.tables:
        assert table.style.name == "Table Grid"
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_footer_numbers_the_pages_and_the_text_dates_the_law() -> None:
    doc = read(SMALL)
    footer = doc.sections[0].footer.paragraphs[0]
    instructions = [e.text.strip() for e in footer._p.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert "base légale du 21 mai 2025" in footer.text
    text = body_text(doc)
    assert "Base légale : 21 mai 2025 — Droit lu jusqu'à la loi n° 2025-444" in text
    assert "Avertissement. Ce document n'est pas un avis juridique." in text


def test_french_properties_and_no_direct_formatting() -> None:
    doc = read(SMALL)
    props = doc.core_properties
    assert (props.title, props.language) == ("Projets de délibérations — Essai", "fr-FR")
    lang = doc.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "fr-FR"
    runs = [r for p in doc.paragraphs for r in p.runs]
    assert runs and all(r.bold is None and r.italic is None and r.font.size is None
                        for r in runs)


def test_text_a_pact_could_hold_is_written_as_text() -> None:
    hostile = Document(**{**SMALL.__dict__, "title": "Titre\x0b avec <balise> & =1+2"})
    assert read(hostile).paragraphs[0].text == "Titre avec <balise> & =1+2"


@pytest.mark.parametrize("pact_path", PACTS, ids=lambda p: p.stem)
@pytest.mark.parametrize("build", BUILDERS, ids=lambda b: b.__name__)
def test_the_documents_of_every_bundled_pact(build: Callable[..., Document],
                                             pact_path: Path) -> None:
    scenario, pact = load_context(None, pact_path, [])
    document = build(pact, scenario)
    doc = read(document)
    assert len(doc.paragraphs) == expected_paragraphs(document)
    levels = [f"Heading {min(s.level, 9)}" for s in document.sections]
    assert headings(doc) == list(zip(levels, (s.heading for s in document.sections),
                                     strict=True))
    articles = [b for s in document.sections for b in s.blocks if isinstance(b, Article)]
    shown = [p.text for p in doc.paragraphs if p.style.name == ARTICLE]
    assert [f"Article {a.number} — {a.title}" for a in articles] == shown[:len(articles)]
    assert len(doc.tables) == count_blocks(document, (Table, SignatureBlock, VisaBlock))
    text = body_text(doc)
    for section in document.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                assert block.text in text
            elif isinstance(block, BulletList):
                assert all(item in text for item in block.items)
    assert document.disclaimer in text and document.legal_base_date in text
    assert doc.core_properties.language == "fr-FR"
    if document.kind == "pacte":
        assert count_blocks(document, SignatureBlock) == 1 and len(articles) > 0
