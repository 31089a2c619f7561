"""The document model shared by every written output of ``pacte rediger``.

Three documents are built from a pact (the pact to sign, the first council's
deliberations, the adviser's legal memo) as plain frozen dataclasses; each renderer
(Markdown, HTML, PDF, DOCX) turns the same tree into its format. The strings hold
plain French text only: no HTML, no Markdown, no layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DocumentKind = Literal["pacte", "deliberations", "note"]
ParagraphStyle = Literal["normal", "quote", "small", "nature"]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of running text. ``quote`` is a clause's own wording, ``small`` a
    source or caveat line, ``nature`` the legal nature of a commitment."""

    text: str
    style: ParagraphStyle = "normal"


@dataclass(frozen=True)
class Article:
    """A numbered article of a deliberation or of the règlement intérieur, or a
    numbered commitment of the pact; ``sources`` are human-readable citations."""

    number: str
    title: str
    text: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class SignatureBlock:
    """Room for ``lines`` signatures (name, date, signature) under ``label``."""

    lines: int
    label: str


@dataclass(frozen=True)
class VisaBlock:
    """Room for the adviser's visa (name, date, signature, remarks)."""

    label: str


Block = Paragraph | Article | BulletList | Table | SignatureBlock | VisaBlock


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: tuple[Block, ...]
    level: int = 1


@dataclass(frozen=True)
class Document:
    kind: DocumentKind
    title: str
    subtitle: str
    pact_id: str
    commune: str
    legal_base_date: str
    generated_on: str
    disclaimer: str
    sections: tuple[Section, ...]


def all_text(document: Document) -> str:
    """Every string of the document, in reading order, one per line — what a reader
    sees whatever the format (used by tests and by the plain-text checks)."""
    lines: list[str] = [document.title, document.subtitle, document.disclaimer]
    for section in document.sections:
        lines.append(section.heading)
        for block in section.blocks:
            lines.extend(_block_text(block))
    return "\n".join(lines)


def _block_text(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, Article):
        return [f"Article {block.number} — {block.title}", block.text, *block.sources]
    if isinstance(block, BulletList):
        return list(block.items)
    if isinstance(block, Table):
        return [" | ".join(block.header), *(" | ".join(row) for row in block.rows)]
    if isinstance(block, SignatureBlock | VisaBlock):
        return [block.label]
    raise TypeError(f"bloc inconnu : {type(block).__name__}")
