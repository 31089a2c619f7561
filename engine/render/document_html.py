"""A :class:`~engine.report.document.Document` as a standalone French HTML page: real
headings, numbered articles, tables, print CSS with page numbers (CSS page-margin boxes,
drawn by Chromium when it prints the page to PDF); no external font or resource."""

from __future__ import annotations

import html

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

CSS = """
@page { size: A4; margin: 22mm 20mm 24mm 20mm;
  @bottom-center { content: "Page " counter(page) " sur " counter(pages);
                   font: 9pt Georgia, "DejaVu Serif", serif; color: #555; } }
body { font: 11pt/1.45 Georgia, "DejaVu Serif", "Liberation Serif", serif; color: #111;
       max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin: 0 0 .2em; } h2 { font-size: 14pt; margin-top: 1.6em;
  border-bottom: 1px solid #999; } h3 { font-size: 12pt; margin-top: 1.3em; }
.subtitle { font-style: italic; margin-top: 0; } .meta { font-size: 9.5pt; color: #333; }
.disclaimer { border: 1px solid #b00; padding: .5em .8em; font-size: 10pt; }
.article { margin: 1em 0 .4em; page-break-inside: avoid; }
.article .num { font-weight: bold; } .sources { font-size: 9pt; color: #444; }
blockquote { margin: .4em 0 .4em 1.2em; padding-left: .8em; border-left: 3px solid #777; }
.small { font-size: 9.5pt; color: #333; } .nature { font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: 9.5pt;
        page-break-inside: auto; }
th, td { border: 1px solid #888; padding: .25em .4em; text-align: left; vertical-align: top; }
thead { display: table-header-group; } tr { page-break-inside: avoid; }
.signatures td { height: 2.2em; } .visa { border: 1px solid #555; min-height: 8em;
  padding: .5em; margin-top: .5em; }
@media print { body { margin: 0; max-width: none; padding: 0; } h2, h3 { page-break-after: avoid; } }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def render_html(document: Document) -> str:
    head = (f"<!doctype html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{_e(document.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n")
    body = [f"<header><h1>{_e(document.title)}</h1>",
            f"<p class=\"subtitle\">{_e(document.subtitle)}</p>",
            "<ul class=\"meta\">",
            f"<li>Commune : {_e(document.commune)}</li>",
            f"<li>Pacte : {_e(document.pact_id)}</li>",
            f"<li>Base légale : {_e(document.legal_base_date)}</li>",
            f"<li>Produit le : {_e(document.generated_on)}</li></ul>",
            f"<p class=\"disclaimer\"><strong>Avertissement.</strong> {_e(document.disclaimer)}"
            "</p></header>", "<main>"]
    for section in document.sections:
        level = min(section.level + 1, 6)
        body.append(f"<section><h{level}>{_e(section.heading)}</h{level}>")
        body += [_block(b) for b in section.blocks]
        body.append("</section>")
    body.append("</main>")
    return head + "\n".join(body) + "\n</body>\n</html>\n"


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        if block.style == "quote":
            return f"<blockquote>{_e(block.text)}</blockquote>"
        return f"<p class=\"{block.style}\">{_e(block.text)}</p>"
    if isinstance(block, Article):
        sources = "".join(f"<li>{_e(s)}</li>" for s in block.sources)
        return (f"<div class=\"article\"><p><span class=\"num\">Article {_e(block.number)}"
                f"</span> — <strong>{_e(block.title)}</strong></p><p>{_e(block.text)}</p>"
                + (f"<ul class=\"sources\">{sources}</ul>" if sources else "") + "</div>")
    if isinstance(block, BulletList):
        return "<ul>" + "".join(f"<li>{_e(i)}</li>" for i in block.items) + "</ul>"
    if isinstance(block, Table):
        head = "".join(f"<th scope=\"col\">{_e(h)}</th>" for h in block.header)
        rows = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>"
                       for row in block.rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    if isinstance(block, SignatureBlock):
        rows = "".join(f"<tr><td>{i}</td><td></td><td></td><td></td></tr>"
                       for i in range(1, block.lines + 1))
        return (f"<p><strong>{_e(block.label)}</strong></p><table class=\"signatures\"><thead>"
                "<tr><th>N°</th><th>Nom et prénom</th><th>Date</th><th>Signature</th></tr>"
                f"</thead><tbody>{rows}</tbody></table>")
    if isinstance(block, VisaBlock):
        return (f"<p><strong>{_e(block.label)}</strong></p><div class=\"visa\">Nom :<br>Date :"
                "<br>Signature :<br>Observations :</div>")
    raise TypeError(f"bloc inconnu : {type(block).__name__}")
