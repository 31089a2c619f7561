"""Renderers of the document model: Markdown, standalone HTML, PDF (Chromium) and PNG
previews written to tests/artifacts/documents/ for a person to look at."""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from pathlib import Path

import pytest

from engine.io.context import load_context
from engine.render.document_html import render_html
from engine.render.document_md import render_markdown
from engine.render.pdf import CHROMIUM, pdf_from_html, png_from_html
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

ARTIFACTS = Path(__file__).parent / "artifacts" / "documents"
BUILDERS = {"pacte": build_pacte, "deliberations": build_deliberations, "note": build_note}

SAMPLE = Document(
    kind="pacte", title="Titre <b>é</b>", subtitle="Sous-titre | * _", pact_id="x-2026",
    commune="Saillans", legal_base_date="21 mai 2025", generated_on="1er décembre 2026",
    disclaimer="Ce document n'est pas un avis juridique.",
    sections=(Section("Engagements", (
        Paragraph("Texte & <script>alert(1)</script>"),
        Paragraph("Citation", "quote"), Paragraph("Nature : engagement politique", "nature"),
        Article("1", "Séances", "Le conseil se réunit 11 fois par an.", ("L2121-7",)),
        BulletList(("un", "deux")), Table(("A", "B"), (("1 043", "3 %"),)),
        SignatureBlock(3, "Signatures"), VisaBlock("Visa"),
    )), Section("Sous-partie", (Paragraph("fin"),), 2)),
)


@lru_cache(maxsize=4)
def real(kind: str) -> Document:
    scen, pact = load_context(None, "chambery-2026", [])
    return BUILDERS[kind](pact, scen)


def test_markdown_structure_and_escaping():
    md = render_markdown(SAMPLE)
    assert md.startswith("# Titre \\<b\\>é\\</b\\>\n")
    assert "## Engagements" in md and "### Sous-partie" in md
    assert "**Article 1 — Séances**" in md and "> Citation" in md
    assert "| 1 043 | 3 % |" in md and "Sous-titre \\| \\* \\_" in md
    assert md.count("| 1 | | | |") == 1 and "| 3 | | | |" in md
    assert "Observations" in md and "Base légale : 21 mai 2025" in md


def test_html_is_standalone_french_and_escaped():
    page = render_html(SAMPLE)
    assert page.startswith("<!doctype html>") and '<html lang="fr">' in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<h2>Engagements</h2>" in page and "<h3>Sous-partie</h3>" in page
    assert '<span class="num">Article 1</span>' in page and "<table>" in page
    assert "counter(page)" in page  # page numbers when printed
    assert not re.search(r"(src|href)\s*=|@import|url\(", page)  # no external resource


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_real_documents_render_in_both_formats(kind):
    doc = real(kind)
    md, page = render_markdown(doc), render_html(doc)
    for s in doc.sections:
        assert render_markdown(Document(**{**doc.__dict__, "sections": (s,)})).count("#") >= 2
        assert s.heading.replace("'", "&#x27;") in page or s.heading in page
    assert doc.disclaimer.replace("'", "&#x27;") in page
    assert "Avertissement" in md


def pdf_text(data: bytes) -> str:
    """The text of a Chromium PDF, spaces removed: glyphs of the hex text strings of every
    content stream mapped through every ToUnicode map (pypdf is not installed)."""
    streams = []
    for m in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", m.end())
        try:
            streams.append(zlib.decompress(data[m.end():end]))
        except zlib.error:
            continue
    glyphs: dict[int, str] = {}
    for s in streams:
        for blk in re.findall(rb"beginbfchar(.*?)endbfchar", s, re.S):
            for g, u in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
                glyphs[int(g, 16)] = bytes.fromhex(u.decode()).decode("utf-16-be", "replace")
        for blk in re.findall(rb"beginbfrange(.*?)endbfrange", s, re.S):
            for a, z, u in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
                                      blk):
                for i, g in enumerate(range(int(a, 16), int(z, 16) + 1)):
                    glyphs[g] = chr(int(u, 16) + i)
    out = []
    for s in streams:
        for h in re.findall(rb"<([0-9A-Fa-f]+)>\s*Tj", s):
            hx = h.decode()
            out.append("".join(glyphs.get(int(hx[i:i + 4], 16), "?")
                               for i in range(0, len(hx), 4)))
    return re.sub(r"\s+", "", "".join(out))


needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium absent")


def test_pdf_without_chromium_is_none():
    assert pdf_from_html("<p>x</p>", chromium="/nexiste/pas") is None
    assert png_from_html("<p>x</p>", chromium="/nexiste/pas") is None


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_pdf_has_french_text_and_page_numbers(kind):
    doc = real(kind)
    page = render_html(doc)
    data = pdf_from_html(page)
    assert data is not None and data.startswith(b"%PDF")
    text = pdf_text(data)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert pages >= 2
    assert "Page1sur" in text and f"Page{pages}sur{pages}" in text
    assert re.sub(r"\s+", "", doc.title) in text
    assert "n'estpasunavisjuridique" in text.replace("’", "'")
    if kind == "pacte":
        assert "Nousnousengageons" in text
    if kind == "deliberations":
        assert "Vulecodegénéraldescollectivitésterritoriales" in text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"chambery-{kind}.pdf").write_bytes(data)
    png = png_from_html(page)
    assert png is not None and png.startswith(b"\x89PNG")
    (ARTIFACTS / f"chambery-{kind}.png").write_bytes(png)
