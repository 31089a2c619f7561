"""The options shared by `pacte tirage`, `pacte lettres` and `pacte vivier` (French help)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from engine.cli.commands._common import SCENARIO_HELP, SET_HELP, Format

PoolArg = Annotated[Path | None, typer.Argument(
    help="Vivier : CSV avec une ligne par volontaire, colonnes id, quartier, genre, csp "
         "(et age si la stratification le demande).", show_default=False)]
PactOpt = Annotated[str | None, typer.Option("--pacte", help="Pacte (fichier YAML ou identifiant) ; "
                                             "défaut : celui du scénario.")]
SeedOpt = Annotated[str | None, typer.Option(
    "--graine", help="Graine publique (nombre ou texte, ex. résultat d'un loto) ; sans graine, "
                     "une graine est tirée et écrite dans le résultat.")]
AlgoOpt = Annotated[str, typer.Option(
    "--algorithme", help="profils (défaut : leximin sur les profils, rapide), maximin, nash ou "
                         "legacy (ceux de sortition-algorithms).")]
OutOpt = Annotated[Path | None, typer.Option(
    "--out", help="Dossier où écrire tirage.json, panel.csv, probabilites.csv, quotas.csv "
                  "(écrit d'un bloc ; un dossier existant n'est remplacé que s'il ne contient "
                  "que des résultats de Pacte).")]
WomenOpt = Annotated[bool | None, typer.Option(
    "--femmes-par-quartier/--femmes-au-total",
    help="Au moins la part de femmes du pacte dans chaque quartier (catégorie combinée "
         "quartier × genre) ou seulement sur l'ensemble ; défaut : selon la stratification du pacte.",
    show_default=False)]
AgeOpt = Annotated[bool | None, typer.Option(
    "--age/--sans-age", help="Stratifier aussi par tranche d'âge (colonne age) ; défaut : selon le pacte.",
    show_default=False)]
TolOpt = Annotated[int, typer.Option(
    "--tolerance", help="Sièges de marge de part et d'autre des quotas proportionnels (CSP, âge).")]
KeepOpt = Annotated[list[str] | None, typer.Option(
    "--garder", help="Membres déjà en place, gardés (remplacement) : identifiants séparés par des "
                     "virgules, ou @fichier.csv (colonne id). Répétable.")]
ExcludeOpt = Annotated[list[str] | None, typer.Option(
    "--exclure", help="Personnes à ne pas tirer (ex. membres sortants) : identifiants ou @fichier. Répétable.")]
GenOpt = Annotated[int | None, typer.Option(
    "--generer-vivier", help="Tirer d'abord un vivier synthétique de N personnes selon la démographie "
                             "du scénario (graine dérivée de --graine).")]
RunsOpt = Annotated[int, typer.Option(
    "--repetitions-legacy", help="legacy : nombre de tirages répétés pour estimer les probabilités.")]
ScenOpt = Annotated[str | None, typer.Option("--scenario", help=SCENARIO_HELP)]
SetOpt = Annotated[list[str] | None, typer.Option("--set", help=SET_HELP)]
FmtOpt = Annotated[Format, typer.Option("--format", help="Format de sortie : text ou json.")]
StrictOpt = Annotated[bool, typer.Option(
    "--strict", help="Code de sortie 1 si les quotas ne peuvent pas être respectés.")]
BodyOpt = Annotated[str | None, typer.Option(
    "--organe", help="Assemblée tirée au sort à composer (ou dont chiffrer les lettres) : son "
                     "identifiant dans la liste "
                     "« assemblees_tirees_au_sort » du pacte ; défaut : le Conseil Citoyen.",
    show_default=False)]
