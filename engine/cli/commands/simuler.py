"""`pacte simuler`: six years of a pact in SimPy, many times (Monte Carlo), summarised."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from engine.cli.commands._common import Format, FormatOption, SetOption, overrides, print_json

ORDER = 50
ScenarioArgument = typer.Argument(None, help="Fichier YAML du scénario, ou identifiant fourni (défaut : celui de la commune du --pacte ; sans pacte, chambery).")
PactOption = typer.Option(None, "--pacte", help="Pacte à simuler à la place de celui du scénario (fichier ou identifiant).")
RunsOption = typer.Option(200, "--runs", "-n", help="Nombre de tirages Monte Carlo.")
SeedOption = typer.Option(0, "--graine", help="Graine : mêmes graine, scénario et tirages → mêmes résultats.")
JobsOption = typer.Option(None, "--jobs", "-j", help="Processus en parallèle (défaut : tous les cœurs).")
OutOption = typer.Option(None, "--out", help="Dossier où écrire runs.parquet, monthly.parquet, events.parquet, "
                         "summary.json (écrit d'un bloc ; un dossier existant n'est remplacé que s'il ne "
                         "contient que des résultats de Pacte).")
JournalOption = typer.Option(10, "--journal", help="Garder le journal daté des N premiers tirages.")
RegimeOption = typer.Option(None, "--regime", help="loi (délais légaux, périodes interdites ; défaut) ou pacte (délais du pacte seuls).")

REGIME_FR = {"loi": "la loi (délais légaux et périodes sans scrutin)", "pacte": "les délais du pacte seuls"}


def regime_override(regime: str | None) -> list[tuple[str, Any]]:
    from engine.core.errors import InputError

    if regime is None:
        return []
    if regime not in REGIME_FR:
        raise InputError.single("--regime", None, "regime", f"valeur non prévue « {regime} » — attendu : loi ou pacte")
    return [("hypotheses.regime_des_votes", regime)]


def register(app: typer.Typer) -> None:
    @app.command("simuler")
    def simuler(
        scenario: Path = ScenarioArgument,
        pacte: Path = PactOption,
        runs: int = RunsOption,
        graine: int = SeedOption,
        jobs: int = JobsOption,
        out: Path = OutOption,
        journal: int = JournalOption,
        regime: str = RegimeOption,
        format: Format = FormatOption,
        set_: list[str] = SetOption,
    ) -> None:
        """Simule le mandat (6 ans) de nombreuses fois : coûts, charge des élu·es, de la DPC et
        des citoyen·nes, délais, pétitions, abrogations, audits ; moyenne et percentiles 5/50/95."""
        from engine.cli.commands._simprogress import interactive, progress_bar
        from engine.core.errors import InputError
        from engine.io.output_dir import Kind, reserve_optional
        from engine.sim.executors import make_executor
        from engine.sim.montecarlo import prepare, run_monte_carlo

        if runs < 1:
            raise InputError.single("--runs", None, "runs", "au moins 1 tirage")
        if jobs is not None and jobs < 1:
            raise InputError.single("--jobs", None, "jobs", "au moins 1 processus")
        with reserve_optional(out, Kind.FOLDER):
            inputs = prepare(scenario, pacte, [*overrides(set_), *regime_override(regime)])
            show = format is Format.text and interactive()
            executor = make_executor(min(jobs, runs) if jobs is not None else None)
            try:
                with progress_bar(runs, "Simulation", show) as advance:
                    result = run_monte_carlo(inputs, runs=runs, seed=graine, executor=executor,
                                             keep_events=max(0, journal), progress=advance)
            finally:
                executor.close()
            if out is not None:
                from engine.sim.output import write_results

                write_results(result, out)
        if format is Format.json:
            print_json(result.as_json())
            return
        typer.echo(render_text(result, out))


def fmt(value: float | None, unit: str) -> str:
    from engine.core.fr import number

    if value is None:
        return "—"
    if unit in ("part", "ratio"):
        return number(100 * value, 1) + " %"
    if abs(value) >= 100 or float(value).is_integer():
        return number(value)
    return number(value, 1)


def render_text(result: Any, out: Path | None) -> str:
    from engine.sim.metrics import METRICS, metric_labels

    labels = metric_labels(result.inputs.pact.dpc is not None)  # no DPC: the mayor's services
    scen = result.inputs.scenario
    lines = [f"Simulation : {scen.info.title} — pacte « {result.inputs.pact.info.id} »",
             f"{result.runs} tirages, graine {result.seed} ; les votes suivent {REGIME_FR[result.regime]}.",
             "",
             f"{'indicateur':<66} {'moyenne':>12} {'p5':>12} {'p50':>12} {'p95':>12}"]
    summary = result.summary()
    for m in METRICS:
        s = summary[m.name]
        label = f"{labels[m.name]['label']} ({m.unit})"
        if len(label) > 66:
            label = label[:65] + "…"
        lines.append(f"{label:<66} " + " ".join(f"{fmt(s[k], m.unit):>12}" for k in ("mean", "p5", "p50", "p95")))
    a = result.inputs.assumptions
    varying = sum(1 for _k, _n, h in a.items() if a.uncertainty and h.uncertain and h.low < h.high)
    lines += ["", f"Hypothèses : {len(a.items())} ({varying} tirées dans leur plage à chaque tirage) ; "
              "détail et sources : --format json ou summary.json."]
    if result.violations:
        lines.append(f"ATTENTION : invariants violés dans {len(result.violations)} tirage(s) : "
                     + "; ".join(sorted({v for vs in result.violations.values() for v in vs})))
    else:
        lines.append(f"Invariants vérifiés sur les {result.runs} tirages (aucune violation).")
    if out is not None:
        lines.append(f"Résultats écrits dans {out} (runs.parquet, monthly.parquet, events.parquet, summary.json).")
    return "\n".join(lines)
