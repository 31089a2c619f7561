"""`pacte bilan`: the richest one-shot stress test of a pact in its commune."""

from __future__ import annotations

from pathlib import Path

import typer

from engine.cli.commands._common import (
    Format,
    FormatOption,
    ScenarioOption,
    SetOption,
    overrides,
    print_json,
)
from engine.core.defaults import DEFAULT_SEED, SEED_HELP

ORDER = 1


def register(app: typer.Typer) -> None:
    @app.command("bilan", short_help="Bilan complet du pacte dans sa commune.")
    def bilan(
        pacte: Path = typer.Argument(None, help="Fichier YAML du pacte (défaut : celui du scénario)."),
        scenario: str = ScenarioOption,
        format: Format = FormatOption,
        set_: list[str] = SetOption,
        runs: int = typer.Option(200, "--runs", "-n", help="Futurs simulés du mandat (Monte Carlo ; 0 : sans simulation)."),
        graine: int = typer.Option(DEFAULT_SEED, "--graine", help=SEED_HELP, show_default=False),
        jobs: int = typer.Option(None, "--jobs", "-j", help="Processus en parallèle (défaut : les cœurs de la machine)."),
    ) -> None:
        """Bilan complet du pacte : seuils, calendrier, audits, délais, légalité, coûts, pouvoirs, tirage, simulation."""
        import os

        from engine.core.errors import InputError
        from engine.io.context import load_context
        from engine.render.text import render_text
        from engine.report.bilan import build_report
        from engine.sim.montecarlo import split_assumption_overrides

        if runs < 0:
            raise InputError.single("(ligne de commande)", None, "--runs", "au moins 0 futur simulé")
        other, hyp = split_assumption_overrides(overrides(set_))
        scen, pact = load_context(scenario, pacte, other)
        workers = jobs if jobs is not None else min(2, os.cpu_count() or 1)
        data = build_report(pact, scen, runs=runs, seed=graine, jobs=workers, assumption_overrides=hyp)
        if format is Format.json:
            print_json(data)
        else:
            typer.echo(render_text(data))
