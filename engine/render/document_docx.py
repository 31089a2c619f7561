"""A :class:`~engine.report.document.Document` as a Word file (``pacte rediger --format docx``),
for the lawyer who edits it.

Everything is laid out with named styles, never with direct formatting, so that a lawyer can
restyle the whole text from Word's style pane: the built-in « Title », « Subtitle »,
« Heading 1 / 2 », « Quote », « Intense Quote », « List Bullet » and « Table Grid », and four
styles of this document (« Article », « Source », « Nature juridique », « En-tête de
tableau »), each based on a built-in one. Articles are numbered (« Article 3 — … » in the
« Article » style, then their text); tables have a header row repeated on every page; the
footer carries the pact, the date of the legal base and the page number (a PAGE field, with
NUMPAGES). The disclaimer and the date of the legal base are in the body too. The core
properties are in French (title, subject, language fr-FR), and so is the default language
of the text (spelling checked in French).
"""

from __future__ import annotations

import io
import re

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from engine.report.document import (
    Article,
    Block,
    BulletList,
    Document,
    Paragraph,
    SignatureBlock,
    Table,
    VisaBlock,
)

LANGUAGE = "fr-FR"
ARTICLE = "Article"
SOURCE = "Source"
NATURE = "Nature juridique"
HEADER = "En-tête de tableau"
#: the style of each kind of paragraph of the model
PARAGRAPH_STYLES = {"normal": "Normal", "quote": "Quote", "small": SOURCE, "nature": NATURE}
#: XML 1.0 refuses these characters; a pact's text could hold one
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _ILLEGAL.sub("", text)


def _style(doc: DocxDocument, name: str, base: str, size: float | None = None,
           bold: bool | None = None, italic: bool | None = None) -> ParagraphStyle:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles[base]
    style.quick_style = True
    if size is not None:
        style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    return style


def _styles(doc: DocxDocument) -> None:
    """The document's own styles, and French as the language of the text."""
    article = _style(doc, ARTICLE, "Normal", bold=True)
    article.paragraph_format.keep_with_next = True
    article.paragraph_format.space_before = Pt(10)
    _style(doc, SOURCE, "Normal", size=9, italic=True)
    _style(doc, NATURE, "Normal", bold=True)
    _style(doc, HEADER, "Normal", bold=True).paragraph_format.keep_with_next = True
    r_pr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attr), LANGUAGE)
    r_pr.append(lang)


def _field(paragraph: DocxParagraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word computes when it lays the pages out: begin,
    instruction, separate, the value shown until then (« 1 »), end."""
    def char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    char("separate")
    paragraph.add_run("1")
    char("end")


def _footer(doc: DocxDocument, document: Document) -> None:
    footer = doc.sections[0].footer
    paragraph = footer.paragraphs[0]
    paragraph.style = doc.styles["Footer"]
    day = document.legal_base_date.split(" — ")[0]  # « 21 mai 2025 », without the text read
    paragraph.add_run(clean(f"Pacte « {document.pact_id} » — {document.commune} — base légale "
                            f"du {day} — page "))
    _field(paragraph, "PAGE")
    paragraph.add_run(" sur ")
    _field(paragraph, "NUMPAGES")


def _repeat_header(table: DocxTable) -> None:
    """Mark the first row as the table's header (repeated at the top of each page)."""
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _table(doc: DocxDocument, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> DocxTable:
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = doc.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.paragraphs[0].text = clean(text)
        cell.paragraphs[0].style = doc.styles[HEADER]
    for row, values in zip(table.rows[1:], rows, strict=True):
        for cell, text in zip(row.cells, values, strict=False):
            cell.paragraphs[0].text = clean(text)
    _repeat_header(table)
    return table


def _block(doc: DocxDocument, block: Block) -> None:
    if isinstance(block, Paragraph):
        doc.add_paragraph(clean(block.text), PARAGRAPH_STYLES[block.style])
    elif isinstance(block, Article):
        doc.add_paragraph(clean(f"Article {block.number} — {block.title}"), ARTICLE)
        doc.add_paragraph(clean(block.text), "Normal")
        if block.sources:
            doc.add_paragraph(clean("Sources : " + " ; ".join(block.sources)), SOURCE)
    elif isinstance(block, BulletList):
        for item in block.items:
            doc.add_paragraph(clean(item), "List Bullet")
    elif isinstance(block, Table):
        _table(doc, block.header, list(block.rows))
    elif isinstance(block, SignatureBlock):
        doc.add_paragraph(clean(block.label), ARTICLE)
        _table(doc, ("N°", "Nom et prénom", "Date", "Signature"),
               [(str(n), "", "", "") for n in range(1, block.lines + 1)])
    elif isinstance(block, VisaBlock):
        doc.add_paragraph(clean(block.label), ARTICLE)
        _table(doc, ("Visa", ""), [("Nom", ""), ("Date", ""), ("Signature", ""),
                                   ("Observations", "")])
    else:
        raise TypeError(f"bloc inconnu : {type(block).__name__}")


def build_docx(document: Document) -> DocxDocument:
    """The Word document of ``document`` (python-docx object)."""
    doc = new_docx()
    _styles(doc)
    doc.add_paragraph(clean(document.title), "Title")
    doc.add_paragraph(clean(document.subtitle), "Subtitle")
    for label, value in (("Commune", document.commune), ("Pacte", document.pact_id),
                         ("Base légale", document.legal_base_date),
                         ("Produit le", document.generated_on)):
        doc.add_paragraph(clean(f"{label} : {value}"), SOURCE)
    doc.add_paragraph(clean(f"Avertissement. {document.disclaimer}"), "Intense Quote")
    for section in document.sections:
        doc.add_heading(clean(section.heading), level=min(max(section.level, 1), 9))
        for block in section.blocks:
            _block(doc, block)
    _footer(doc, document)
    props = doc.core_properties
    # the core properties hold at most 255 characters each
    props.title = clean(document.title)[:255]
    props.subject = clean(document.subtitle)[:255]
    props.language = LANGUAGE
    props.author = "Pacte"
    props.keywords = clean(f"pacte de gouvernance ; {document.commune} ; {document.kind}")[:255]
    props.comments = clean(f"Base légale du {document.legal_base_date}. "
                           "Document à faire relire par un·e juriste.")[:255]
    return doc


def render_docx(document: Document) -> bytes:
    """``document`` as the bytes of a ``.docx`` file."""
    buffer = io.BytesIO()
    build_docx(document).save(buffer)
    return buffer.getvalue()
