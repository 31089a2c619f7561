"""`pacte calendrier`: the dated steps of a procedure, or the mandate's whole calendar."""

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
from engine.core.defaults import DEFAULT_REGIME, REGIME_HELP

ORDER = 20


def register(app: typer.Typer) -> None:
    @app.command("calendrier", short_help="Dater les étapes d'une procédure ou de tout le mandat.")
    def calendrier(
        pacte: Path = typer.Argument(None, help="Fichier YAML du pacte (défaut : celui du scénario)."),
        procedure: str = typer.Option(
            "mandat", "--procedure",
            help="petition, abrogation, revocation, rotation, audits ou mandat."),
        depuis: str = typer.Option(
            None, "--depuis",
            help="Date de départ AAAA-MM-JJ : dépôt de la pétition, séance du CM (abrogation), "
            "avis défavorable (révocation) ; filtre pour les autres procédures."),
        regime: str = typer.Option(DEFAULT_REGIME, "--regime", help=REGIME_HELP, show_default=False),
        scenario: str = ScenarioOption,
        format: Format = FormatOption,
        set_: list[str] = SetOption,
    ) -> None:
        """Étapes datées d'une procédure (ou tout le calendrier du mandat), avec leur source."""
        from engine.core.calendar import format_date
        from engine.core.errors import InputError
        from engine.io.context import load_context
        from engine.report.calendar import parse_day, procedure_steps

        if regime not in ("pacte", "loi"):
            raise InputError.single("(ligne de commande)", None, "--regime",
                                    f"régime inconnu « {regime} » — attendu : pacte ou loi")
        since = parse_day(depuis) if depuis else None
        scen, pact = load_context(scenario, pacte, overrides(set_))
        data = procedure_steps(pact, scen, procedure, since, regime)  # type: ignore[arg-type]
        if format is Format.json:
            print_json(data)
            return
        typer.echo(f"Calendrier « {procedure} » — {data['pacte']} à {data['commune']} "
                   f"(régime : {'délais du pacte seuls' if regime == 'pacte' else 'délais du pacte bornés par la loi'})\n")
        from datetime import date

        from engine.report.clauses import cited_label, cited_labels
        from engine.report.doc_note import finding_source_fr

        labels = cited_labels(pact)
        for s in data["steps"]:
            day = format_date(date.fromisoformat(s["date"]))
            typer.echo(f"  {day:>20}  {s['label']}")
            typer.echo(f"  {'':>20}  ↳ {cited_label(s['clause'], labels)} — "
                       f"{finding_source_fr(s['source'])}")
        if "outcomes" in data:
            typer.echo("\nIssues possibles :")
            for text in data["outcomes"].values():
                typer.echo(f"  • {text}")
        if data.get("gaps"):
            typer.echo(f"\n{len(data['gaps'])} intervalles dépassent la périodicité prévue "
                       f"(retard maximal : {max(g['excess_days'] for g in data['gaps'])} jours).")
