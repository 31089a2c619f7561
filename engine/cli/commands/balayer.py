"""`pacte balayer`: the same simulation over a grid of parameters, one table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from engine.cli.commands._common import (
    Format,
    FormatOption,
    ScenarioFlag,
    SetOption,
    one_scenario,
    overrides,
    print_json,
)
from engine.core.defaults import DEFAULT_SEED, SEED_HELP

ORDER = 55
ScenarioArgument = typer.Argument(None, help="Scénario de base (défaut : chambery).")
GridOption = typer.Option([], "--grille", help="Axe du balayage : CHEMIN=V1,V2,… (chemin du pacte ou du scénario, "
                          "hypotheses.<clé>, ou scenario=fichier1,fichier2). Répétable.")
RunsOption = typer.Option(50, "--runs", "-n", help="Futurs simulés (Monte Carlo) par point de la grille.")
SeedOption = typer.Option(DEFAULT_SEED, "--graine", help=SEED_HELP + " La même pour tous les points.", show_default=False)
JobsOption = typer.Option(None, "--jobs", "-j", help="Processus locaux (défaut : tous les cœurs).")
SchedulerOption = typer.Option(None, "--scheduler", help="Adresse d'un ordonnanceur Dask (tcp://hôte:port) : les futurs à simuler y sont envoyés.")
OutOption = typer.Option(None, "--out", help="Table des résultats : fichier .csv ou .parquet.")
MetricsOption = typer.Option("petitions_admissible,votation_days,execution_suspended_days,cost_operating_eur_per_year",
                             "--metriques", help="Indicateurs affichés (séparés par des virgules) ; la table écrite les contient tous.")
PactOption = typer.Option(None, "--pacte", help="Pacte à la place de celui du scénario.")


def register(app: typer.Typer) -> None:
    @app.command("balayer", short_help="Simuler sur une grille de paramètres, un point par ligne.")
    def balayer(
        scenario: Path = ScenarioArgument,
        scenario_opt: Path = ScenarioFlag,
        grille: list[str] = GridOption,
        pacte: Path = PactOption,
        runs: int = RunsOption,
        graine: int = SeedOption,
        jobs: int = JobsOption,
        scheduler: str = SchedulerOption,
        out: Path = OutOption,
        metriques: str = MetricsOption,
        format: Format = FormatOption,
        set_: list[str] = SetOption,
    ) -> None:
        """Balaie une grille de paramètres (ex. seuil de pétition × participation × commune) et
        donne une ligne par point : moyenne et percentiles de chaque indicateur."""
        from engine.cli.commands._simprogress import interactive, progress_bar
        from engine.core.errors import InputError
        from engine.io.output_dir import Kind, reserve_optional
        from engine.sim.executors import make_executor
        from engine.sim.metrics import METRIC_NAMES
        from engine.sim.sweep import check_table_path, grid, parse_axis, run_sweep, write_table

        axes = [parse_axis(g) for g in grille]
        shown = [m.strip() for m in metriques.split(",") if m.strip()]
        unknown = [m for m in shown if m not in METRIC_NAMES]
        if unknown:
            raise InputError.single("--metriques", None, unknown[0],
                                    "indicateur inconnu — attendu : " + ", ".join(METRIC_NAMES))
        if jobs is not None and jobs < 1:
            raise InputError.single("--jobs", None, "jobs", "au moins 1 processus")
        total = len(grid(axes)) * runs
        if out is not None:
            check_table_path(out)
        with reserve_optional(out, Kind.FILE):
            executor = make_executor(jobs, scheduler)
            try:
                with progress_bar(total, "Balayage", format is Format.text and interactive()) as advance:
                    result = run_sweep(axes, one_scenario(scenario, scenario_opt), pacte, runs, graine, overrides(set_), executor, advance)
            finally:
                executor.close()
            if out is not None:
                write_table(result.frame(), out)
        if format is Format.json:
            print_json({"runs": runs, "seed": graine, "axes": [a.path for a in axes],
                        "rows": result.rows()})
            return
        typer.echo(render_text(result.rows(), [a.path for a in axes], shown, runs, out))


def render_text(rows: list[dict[str, Any]], axes: list[str], metrics: list[str], runs: int,
                out: Path | None) -> str:
    from engine.cli.commands.simuler import fmt
    from engine.core.fr import plural
    from engine.sim.metrics import BY_NAME

    head = [*axes, *metrics]
    table = [head]
    for row in rows:
        cells = [str(row[a]) for a in axes]
        for m in metrics:
            unit = BY_NAME[m].unit
            cells.append(f"{fmt(row[m + '.mean'], unit)} [{fmt(row[m + '.p5'], unit)}–{fmt(row[m + '.p95'], unit)}]")
        table.append(cells)
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    lines = [f"Balayage : {plural(len(rows), 'point')} × {plural(runs, 'futur simulé', 'futurs simulés')} ; "
             "moyenne [p5–p95]", ""]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in table]
    if any(r["violations"] for r in rows):
        lines.append("ATTENTION : invariants violés à certains points (colonne « violations »).")
    if out is not None:
        lines.append(f"Table écrite dans {out}.")
    return "\n".join(lines)
