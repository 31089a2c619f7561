"""`pacte rediger`: the written documents of a pact (the pact to sign, the first council's
deliberations, the adviser's legal memo) in Markdown, HTML, PDF or DOCX."""

from __future__ import annotations

import importlib
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from engine.cli.commands._common import ScenarioOption, SetOption, overrides

if TYPE_CHECKING:
    from engine.report.document import Document

ORDER = 25


class DocumentKind(StrEnum):
    pacte = "pacte"
    deliberations = "deliberations"
    note = "note"


class DocFormat(StrEnum):
    md = "md"
    html = "html"
    pdf = "pdf"
    docx = "docx"


def _docx(document: Document) -> bytes:
    """The DOCX renderer (engine.render.document_docx), or a French error without it."""
    from engine.core.errors import InputError

    try:
        module = importlib.import_module("engine.render.document_docx")
    except ImportError:
        raise InputError.single("--format", None, "format",
                                "format docx indisponible : le module de rendu DOCX "
                                "(python-docx) n'est pas installé") from None
    data: bytes = module.render_docx(document)
    return data


def _output(document: Document, fmt: DocFormat) -> str | bytes:
    from engine.core.errors import InputError
    from engine.render.document_html import render_html
    from engine.render.document_md import render_markdown
    from engine.render.pdf import pdf_from_html

    if fmt is DocFormat.md:
        return render_markdown(document)
    if fmt is DocFormat.html:
        return render_html(document)
    if fmt is DocFormat.docx:
        return _docx(document)
    pdf = pdf_from_html(render_html(document))
    if pdf is None:
        raise InputError.single("--format", None, "format",
                                "format pdf indisponible : Chromium (/usr/bin/chromium) est "
                                "absent ou n'a pas pu imprimer le document ; utilisez --format "
                                "html et imprimez la page depuis un navigateur")
    return pdf


def register(app: typer.Typer) -> None:
    @app.command("rediger", short_help="Rédiger le pacte à signer, les délibérations, la note.")
    def rediger(
        pacte: Path = typer.Argument(None, help="Fichier YAML du pacte, ou identifiant d'un pacte "
                                     "fourni (défaut : celui du scénario)."),
        document: DocumentKind = typer.Option(
            DocumentKind.pacte, "--document",
            help="Document à rédiger : pacte (à signer par les candidat·es), deliberations "
                 "(projets pour les premières séances du conseil) ou note (pour un·e juriste)."),
        format: DocFormat = typer.Option(
            DocFormat.md, "--format", help="Format : md, html, pdf ou docx (pdf et docx "
                                           "exigent --out)."),
        out: Path = typer.Option(None, "--out", help="Fichier à écrire (défaut : la sortie "
                                 "standard, pour md et html seulement)."),
        scenario: str = ScenarioOption,
        set_: list[str] = SetOption,
    ) -> None:
        """Rédige le pacte à signer, les délibérations du premier conseil ou la note juridique."""
        from engine.core.errors import InputError
        from engine.io.context import load_context
        from engine.report.doc_deliberations import build_deliberations
        from engine.report.doc_note import build_note
        from engine.report.doc_pacte import build_pacte

        if format in (DocFormat.pdf, DocFormat.docx) and out is None:
            raise InputError.single("--out", None, "out",
                                    f"le format {format.value} est binaire : indiquez le fichier "
                                    "à écrire avec --out FICHIER")
        scen, pact = load_context(scenario, pacte, overrides(set_))
        build = {DocumentKind.pacte: build_pacte, DocumentKind.deliberations: build_deliberations,
                 DocumentKind.note: build_note}[document]
        content = _output(build(pact, scen), format)
        if out is None:
            typer.echo(content, nl=False)
            return
        from engine.io.output_dir import Kind, reserve

        with reserve(out, Kind.FILE) as reservation:
            if isinstance(content, bytes):
                reservation.write_file(lambda path: path.write_bytes(content))
            else:
                reservation.write_text(content)
        typer.echo(f"Écrit : {out}", err=True)
