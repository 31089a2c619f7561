"""`pacte simuler`: six years of a pact in SimPy, many times (Monte Carlo), summarised."""

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
from engine.core.defaults import DEFAULT_SEED, REGIME_HELP, SEED_HELP

ORDER = 50
ScenarioArgument = typer.Argument(None, help="Fichier YAML du scénario, ou identifiant fourni (défaut : celui de la commune du --pacte ; sans pacte, chambery).")
PactOption = typer.Option(None, "--pacte", help="Pacte à simuler à la place de celui du scénario (fichier ou identifiant).")
RunsOption = typer.Option(200, "--runs", "-n", help="Nombre de futurs simulés (Monte Carlo).")
SeedOption = typer.Option(DEFAULT_SEED, "--graine", help=SEED_HELP, show_default=False)
JobsOption = typer.Option(None, "--jobs", "-j", help="Processus en parallèle (défaut : tous les cœurs).")
OutOption = typer.Option(None, "--out", help="Dossier où écrire runs.parquet, monthly.parquet, events.parquet, "
                         "summary.json (écrit d'un bloc ; un dossier existant n'est remplacé que s'il ne "
                         "contient que des résultats de Pacte).")
JournalOption = typer.Option(10, "--journal", help="Garder le journal daté des N premiers futurs simulés.")
RegimeOption = typer.Option(None, "--regime", help=REGIME_HELP)

REGIME_FR = {"loi": "la loi (délais légaux et périodes sans scrutin)", "pacte": "les délais du pacte seuls"}


def regime_override(regime: str | None) -> list[tuple[str, Any]]:
    from engine.core.errors import InputError

    if regime is None:
        return []
    if regime not in REGIME_FR:
        raise InputError.single("--regime", None, "regime", f"valeur non prévue « {regime} » — attendu : loi ou pacte")
    return [("hypotheses.regime_des_votes", regime)]


def register(app: typer.Typer) -> None:
    @app.command("simuler", short_help="Simuler les six ans du mandat sur de nombreux futurs.")
    def simuler(
        scenario: Path = ScenarioArgument,
        scenario_opt: Path = ScenarioFlag,
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
            raise InputError.single("--runs", None, "runs", "au moins 1 futur simulé")
        if jobs is not None and jobs < 1:
            raise InputError.single("--jobs", None, "jobs", "au moins 1 processus")
        with reserve_optional(out, Kind.FOLDER):
            inputs = prepare(one_scenario(scenario, scenario_opt), pacte,
                             [*overrides(set_), *regime_override(regime)])
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
            print_json({**result.as_json(), "notes": notes_of(result)})
            return
        typer.echo(render_text(result, out))


def notes_of(result: Any) -> dict[str, str]:
    """The sentence under each simulated figure that differs by design from another one."""
    from engine.report.explain import simulation_notes

    i = result.inputs
    return simulation_notes(i.pact, i.scenario, result.summary(), i.assumptions)


def fmt(value: float | None, unit: str) -> str:
    from engine.render.text import metric_value

    return metric_value(value, unit)


def render_text(result: Any, out: Path | None) -> str:
    from engine.core.fr import plural
    from engine.render.text import idle_lines
    from engine.sim.metrics import METRICS, metric_labels, not_applicable

    labels = metric_labels(result.inputs.pact.dpc is not None)  # no DPC: the mayor's services
    scen = result.inputs.scenario
    lines = [f"Simulation : {scen.info.title} — pacte « {result.inputs.pact.info.id} »",
             f"{plural(result.runs, 'futur simulé', 'futurs simulés')}, graine {result.seed} ; "
             f"les votes suivent {REGIME_FR[result.regime]}.",
             "",
             f"{'indicateur':<66} {'moyenne':>12} {'p5':>12} {'p50':>12} {'p95':>12}"]
    summary = result.summary()
    notes = notes_of(result)
    idle = not_applicable(result.inputs.pact)
    for m in METRICS:
        if m.name in idle:
            continue
        s = summary[m.name]
        unit = "" if m.unit in ("part", "ratio") else f" ({m.unit})"  # shown as « 79,4 % »
        label = f"{labels[m.name]['label']}{unit}"
        values = " ".join(f"{fmt(round(s[k]) if m.integer and k != 'mean' and s[k] is not None else s[k], m.unit):>12}"
                          for k in ("mean", "p5", "p50", "p95"))
        if len(label) > 66:  # the whole label on its own line, the figures under it
            lines += [label, f"{'':<66} {values}"]
        else:
            lines.append(f"{label:<66} {values}")
        if notes.get(m.name):
            lines.append(f"  → {notes[m.name]}")
    lines += idle_lines(idle, {k: v["label"] for k, v in labels.items()})
    a = result.inputs.assumptions
    varying = sum(1 for _k, _n, h in a.items() if a.uncertainty and h.uncertain and h.low < h.high)
    lines += ["", f"Hypothèses : {len(a.items())} ({varying} tirées dans leur plage pour chaque futur) ; "
              "détail et sources : --format json ou summary.json."]
    if result.violations:
        lines.append(f"ATTENTION : invariants violés dans {plural(len(result.violations), 'futur simulé', 'futurs simulés')} : "
                     + "; ".join(sorted({v for vs in result.violations.values() for v in vs})))
    else:
        lines.append(f"Invariants vérifiés sur {plural(result.runs, 'futur simulé', 'futurs simulés')} (aucune violation).")
    if out is not None:
        lines.append(f"Résultats écrits dans {out} (runs.parquet, monthly.parquet, events.parquet, summary.json).")
    return "\n".join(lines)
