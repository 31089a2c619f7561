"""`pacte vivier`: a synthetic pool (CSV) drawn from the demographics of the scenario's
commune, for trying `pacte tirage` without real volunteers."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from engine.cli.commands._common import overrides
from engine.cli.commands._tirage_options import ScenOpt, SeedOpt, SetOpt

ORDER = 62


def register(app: typer.Typer) -> None:
    app.command("vivier", short_help="Créer un vivier fictif (CSV) pour essayer le tirage.")(vivier_cmd)


def vivier_cmd(
    taille: Annotated[int, typer.Argument(help="Nombre de volontaires à générer.")],
    scenario: ScenOpt = None,
    graine: SeedOpt = None,
    out: Annotated[Path | None, typer.Option("--out", help="Fichier CSV à écrire (défaut : sortie standard).")] = None,
    set_: SetOpt = None,
) -> None:
    """Génère un vivier synthétique (CSV) selon la démographie de la commune du scénario."""
    from engine.io.context import load_context
    from engine.io.output_dir import Kind, reserve_optional
    from engine.sortition.audit import make_seed
    from engine.sortition.synth import generate_pool, pool_csv

    with reserve_optional(out, Kind.FILE) as target:
        scen, _pact = load_context(scenario, None, overrides(set_ or []))
        seed = make_seed(graine)
        text = pool_csv(generate_pool(scen, taille, seed.value))
        if target is None:
            typer.echo(text, nl=False)
            return
        target.write_text(text)
    typer.echo(f"{taille} volontaires écrits dans {out} (graine « {seed.text} »).")
