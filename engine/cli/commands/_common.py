"""Options shared by every command, and output helpers."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
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
#: `pacte simuler` and `pacte balayer` take the scenario as their argument; --scenario says the
#: same, as in every other command
ScenarioFlag = typer.Option(None, "--scenario", help="Le scénario, comme l'argument (fichier YAML "
                            "ou identifiant fourni), ainsi que l'écrivent les autres commandes.")


def one_scenario(argument: Path | None, flag: Path | None) -> Path | None:
    """The scenario given as the argument or as --scenario; both, and different: an error."""
    from engine.core.errors import InputError

    if argument is not None and flag is not None and str(argument) != str(flag):
        raise InputError.single("--scenario", None, "scenario",
                                f"deux scénarios donnés (« {argument} » et « {flag} ») : "
                                "n'en donner qu'un")
    return argument if argument is not None else flag


def overrides(values: list[str]) -> list[tuple[str, Any]]:
    return [parse_override(v) for v in values]


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
