"""`pacte bilan`: the richest one-shot stress test of a pact in its commune."""

from __future__ import annotations

from pathlib import Path

import typer

from engine.commands._common import (
    Format,
    FormatOption,
    ScenarioOption,
    SetOption,
    overrides,
    print_json,
)

ORDER = 1


def register(app: typer.Typer) -> None:
    @app.command("bilan")
    def bilan(
        pacte: Path = typer.Argument(None, help="Fichier YAML du pacte (défaut : celui du scénario)."),
        scenario: str = ScenarioOption,
        format: Format = FormatOption,
        set_: list[str] = SetOption,
    ) -> None:
        """Bilan complet du pacte : seuils, calendrier, audits, délais, légalité, coûts, simulation."""
        from engine.load import load_context
        from engine.report import build_report
        from engine.report_text import render_text

        scen, pact = load_context(scenario, pacte, overrides(set_))
        data = build_report(pact, scen)
        if format is Format.json:
            print_json(data)
        else:
            typer.echo(render_text(data))
