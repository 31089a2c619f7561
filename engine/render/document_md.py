"""A :class:`~engine.report.document.Document` as Markdown (``pacte rediger --format md``)."""

from __future__ import annotations

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

_SPECIAL = "\\`*_[]<>|#"


def escape(text: str) -> str:
    """Text with the characters Markdown would read as markup escaped."""
    out = "".join(f"\\{ch}" if ch in _SPECIAL else ch for ch in text)
    return out


def render_markdown(document: Document) -> str:
    out = [f"# {escape(document.title)}", "", f"*{escape(document.subtitle)}*", "",
           f"- Commune : {escape(document.commune)}",
           f"- Pacte : {escape(document.pact_id)}",
           f"- Base légale : {escape(document.legal_base_date)}",
           f"- Produit le : {escape(document.generated_on)}", "",
           f"> **Avertissement.** {escape(document.disclaimer)}", ""]
    for section in document.sections:
        out += [f"{'#' * (section.level + 1)} {escape(section.heading)}", ""]
        for block in section.blocks:
            out += _block(block)
    return "\n".join(out).rstrip("\n") + "\n"


def _block(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        text = escape(block.text)
        if block.style == "quote":
            return [f"> {text}", ""]
        if block.style == "small":
            return [f"*{text}*", ""]
        if block.style == "nature":
            return [f"**{text}**", ""]
        return [text, ""]
    if isinstance(block, Article):
        out = [f"**Article {escape(block.number)} — {escape(block.title)}**", "",
               escape(block.text), ""]
        if block.sources:
            out += [f"*Sources : {escape(' ; '.join(block.sources))}*", ""]
        return out
    if isinstance(block, BulletList):
        return [*(f"- {escape(item)}" for item in block.items), ""]
    if isinstance(block, Table):
        return [f"| {' | '.join(escape(h) for h in block.header)} |",
                f"|{'---|' * len(block.header)}",
                *(f"| {' | '.join(escape(c) for c in row)} |" for row in block.rows), ""]
    if isinstance(block, SignatureBlock):
        return [f"**{escape(block.label)}**", "", "| N° | Nom et prénom | Date | Signature |",
                "|---|---|---|---|", *(f"| {i} | | | |" for i in range(1, block.lines + 1)), ""]
    if isinstance(block, VisaBlock):
        return [f"**{escape(block.label)}**", "",
                "Nom : ______________________  Date : ____________  Signature : ____________", "",
                "Observations : ________________________________________________", ""]
    raise TypeError(f"bloc inconnu : {type(block).__name__}")
