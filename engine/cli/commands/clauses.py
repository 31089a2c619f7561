"""`pacte clauses`: every clause of a pact, with value, unit, source and legal basis."""

from __future__ import annotations

from pathlib import Path

import typer

from engine.cli.commands._common import Format, FormatOption, SetOption, overrides, print_json

ORDER = 10


def register(app: typer.Typer) -> None:
    @app.command("clauses", short_help="Lister les clauses du pacte, chaque valeur sourcée.")
    def clauses(
        pacte: Path = typer.Argument(None, help="Fichier YAML du pacte (défaut : chambery-2026)."),
        format: Format = FormatOption,
        set_: list[str] = SetOption,
    ) -> None:
        """Toutes les clauses du pacte : valeur, unité, source et base légale de chaque paramètre."""
        from engine.core.fr import format_value, plural
        from engine.io.context import load_pact
        from engine.report.clauses import describe
        from engine.report.doc_common import human_source

        pact = load_pact(pacte, overrides(set_))
        data = describe(pact)
        if format is Format.json:
            print_json(data)
            return
        n = len(data["clauses"]) + len(data["free_clauses"])
        typer.echo(f"{data['title']} ({data['pacte']}, {data['commune']}) : "
                   f"{plural(n, 'clause')}.\n")
        for clause in data["clauses"]:
            typer.echo(f"■ {clause['title']}  [{clause['id']}]")
            typer.echo(f"  {clause['description']}")
            typer.echo(f"  source : {human_source(clause['source'])}")
            if clause["legal_basis"]:
                typer.echo(f"  base légale : {', '.join(clause['legal_basis'])}")
            for p in clause["parameters"]:
                law = f"  [{', '.join(p['legal_basis'])}]" if p["legal_basis"] else ""
                info = f" (informatif : {p['informatif']})" if p.get("informatif") else ""
                typer.echo(f"  • {p['key']} = {format_value(p['value'], p['unit'])} — "
                           f"{p['description']}{law}{info}")
                if p["source"] != clause["source"]:
                    typer.echo(f"      source : {human_source(p['source'])}")
                if p.get("note"):
                    typer.echo(f"      note : {p['note']}")
            typer.echo("")
        for free in data["free_clauses"]:
            typer.echo(f"■ {free['title']}  [{free['id']}] — clause libre ({free['nature_fr']})")
            typer.echo(f"  « {free['text']} »")
            typer.echo(f"  source : {human_source(free['source']) or 'non indiquée'}")
            if free["legal_basis"]:
                typer.echo(f"  base légale invoquée : {', '.join(free['legal_basis'])}")
            typer.echo("")
