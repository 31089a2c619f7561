"""`pacte pouvoirs`: the organisation of powers of a pact (graph, analyses, differences)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from engine.cli.commands._common import SetOption, overrides, print_json

ORDER = 60


class PowersFormat(StrEnum):
    text = "text"
    json = "json"
    dot = "dot"


PACT_ARG = typer.Argument(None, help="Fichier YAML du pacte, ou identifiant d'un pacte fourni "
                          "(défaut : chambery-2026).")
FORMAT_OPT = typer.Option(PowersFormat.text, "--format",
                          help="Format de sortie : text, json ou dot (Graphviz).")
COMPARE_OPT = typer.Option(None, "--comparer", help="Second pacte (fichier ou identifiant) : "
                           "affiche ce qui change dans l'organisation des pouvoirs.")


def register(app: typer.Typer) -> None:
    @app.command("pouvoirs")
    def pouvoirs(
        pacte: Path = PACT_ARG,
        format: PowersFormat = FORMAT_OPT,
        comparer: Path = COMPARE_OPT,
        set_: list[str] = SetOption,
    ) -> None:
        """Organisation des pouvoirs : qui propose, décide, audite, déclenche, nomme, conseille
        ou contrôle qui, et d'où vient chaque pouvoir (clause du pacte ou article du CGCT)."""
        from engine import powers
        from engine.io.context import load_pact
        from engine.render.dot import to_dot

        graph = powers.build(load_pact(pacte, overrides(set_)))
        other = powers.build(load_pact(comparer)) if comparer is not None else None
        if format is PowersFormat.dot:
            typer.echo(to_dot(graph), nl=False)
            return
        if format is PowersFormat.json:
            data = powers.analyse(graph)
            if other is not None:
                data["diff"] = powers.diff(graph, other)
            print_json(data)
            return
        _text(graph, powers)
        if other is not None:
            typer.echo(f"\n■ Différences avec « {other.title} » ({other.pact_id})")
            lines = powers.diff_sentences(graph, other)
            for line in lines or ["Aucune différence dans l'organisation des pouvoirs."]:
                typer.echo(f"  • {line}")


def _text(graph, powers) -> None:  # noqa: ANN001 - module passed to keep imports lazy
    data = powers.analyse(graph)
    typer.echo(f"Organisation des pouvoirs — {graph.title} ({graph.pact_id})")
    typer.echo(f"{len(graph.bodies)} organes, votes et décisions ; {len(graph.powers)} pouvoirs.\n")
    typer.echo("■ En bref")
    for line in data["findings"]:
        typer.echo(f"  • {line}")
    typer.echo("\n■ Redevabilité de chaque détenteur de pouvoir")
    for acc in data["accountability"]:
        typer.echo(f"  • {acc['summary']}")
        for path in acc["paths"][:3]:
            typer.echo(f"      {path['text']}")
        if len(acc["paths"]) > 3:
            typer.echo(f"      … et {len(acc['paths']) - 3} autre(s) chemin(s)")
    typer.echo("\n■ Qui décide quoi")
    for dec in data["concentration"]["decisions"]:
        deciders = [graph.label(n) for n in dec["deciders"] + dec["votes"]]
        typer.echo(f"  • {dec['label']} : {', '.join(deciders) or 'personne'}")
    typer.echo("\n■ Pouvoirs (source de chacun)")
    for p in graph.powers:
        law = f" [{', '.join(p.legal_basis)}]" if p.legal_basis else ""
        typer.echo(f"  • {graph.label(p.source)} → {powers.EDGE_KIND_FR[p.kind]} → "
                   f"{graph.label(p.target)} : {p.label} ({powers.FORCE_FR[p.force]})")
        typer.echo(f"      {p.clause} — {p.citation}{law}")
