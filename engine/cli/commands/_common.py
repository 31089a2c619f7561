"""Options shared by every command, and output helpers."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

import typer

from engine.io.overrides import parse_override


class Format(StrEnum):
    text = "text"
    json = "json"


SET_HELP = ("Remplace une valeur : CHEMIN=VALEUR (chemin pointé dans le pacte ou le scénario, "
            "ex. votation_propositionnelle.seuil_pct=2) ; validé comme le fichier. Répétable.")
PACT_HELP = "Fichier YAML du pacte, ou identifiant d'un pacte fourni (défaut : chambery-2026)."
SCENARIO_HELP = ("Fichier YAML du scénario, ou identifiant fourni (défaut : le scénario fourni de "
                 "la commune du pacte ; sans pacte, chambery).")

SetOption = typer.Option([], "--set", help=SET_HELP)
ScenarioOption = typer.Option(None, "--scenario", help=SCENARIO_HELP)
FormatOption = typer.Option(Format.text, "--format", help="Format de sortie : text ou json.")


def overrides(values: list[str]) -> list[tuple[str, Any]]:
    return [parse_override(v) for v in values]


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
