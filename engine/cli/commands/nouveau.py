"""`pacte nouveau`: a newcomer's first pact in minutes, from the catalogue of measures
(``rules/catalogue/mesures.yaml``) — non-interactive with ``--commune`` and ``--mesures``,
or with French questions when they are missing and the terminal is interactive. Writes a
commented pact that validates at once, and, for a commune Pacte does not bundle, its
scenario from a few figures (``--population``, ``--electeurs``, ``--quartiers``)."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from engine.cli.commands._common import SetOption

if TYPE_CHECKING:
    from engine.model.catalogue import Measure

ORDER = 5
CLI = "(ligne de commande)"


def _error(field: str, message: str) -> Exception:
    from engine.core.errors import InputError

    return InputError.single(CLI, None, field, message)


def _commune(ref: str, population: int | None, scenario_out: Path | None) -> tuple[str, Path | None]:
    """(commune name, bundled scenario) for ``ref``: a bundled scenario id or commune name;
    a new commune needs its figures and ``--scenario-out``."""
    from engine.io.context import bundled_scenario_communes, same_commune

    offered = bundled_scenario_communes()
    for path, name, _pact in offered:
        if ref == path.stem or same_commune(ref, name):
            if population is not None or scenario_out is not None:
                raise _error("--population" if population is not None else "--scenario-out",
                             f"« {name} » est une commune fournie ({path.stem}) : ses chiffres "
                             "viennent de son scénario, ne les redonnez pas")
            return name, path
    if population is None or scenario_out is None:
        listed = ", ".join(f"{p.stem} ({n})" for p, n, _ in offered)
        raise _error("--commune", f"aucun scénario fourni pour « {ref} » — communes fournies : "
                     f"{listed} ; pour une autre commune, donnez --population, --electeurs, "
                     "--quartiers et --scenario-out FICHIER")
    return ref, None


def _quartiers(text: str) -> list[str] | int:
    """« 4 » (four quartiers, named Quartier 1…4) or « Nord,Sud,Centre »."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    return [q.strip() for q in text.split(",") if q.strip()]


def _refuse_existing(path: Path, force: bool, option: str) -> None:
    if path.exists() and not force:
        raise _error(option, f"le fichier {path} existe déjà : rien n'a été écrit (ajoutez --force "
                     "pour le remplacer)")


def _catalogue_text(items: list[Measure]) -> str:
    lines = [f"  {i:>2}. {m.id} — {m.title} : {m.explanation} ({m.nature})"
             for i, m in enumerate(items, 1)]
    return "Mesures du catalogue :\n" + "\n".join(lines)


def _ask_figures(chosen: list[Measure], figures: dict[str, Any]) -> None:
    """One French question per key figure of each chosen measure; Entrée keeps the default."""
    from engine.core.fr import format_value
    from engine.io.load import parse_yaml

    for m in chosen:
        typer.echo(f"\n{m.title} — {m.nature} ({', '.join(m.articles)})")
        for figure in m.key_figures:
            path = m.figure_path(figure)
            if path in figures:
                continue
            block = m.default[figure.param]
            shown = format_value(block.get("valeur", block.get("valeurs")), block["unite"])
            answer = typer.prompt(f"{figure.question} [défaut : {shown}]", default="",
                                  show_default=False)
            if answer.strip():
                figures[path] = parse_yaml(answer, "(réponse)", root=path).data


def _interview(commune: str | None, mesures: str | None, items: list[Measure]) -> tuple[str, str]:
    """Ask for what is missing: the commune, then the measures (shown with their explanation)."""
    from engine.io.context import bundled_scenario_communes

    if not commune:
        offered = ", ".join(f"{p.stem} ({n})" for p, n, _ in bundled_scenario_communes())
        commune = typer.prompt(f"Commune (communes fournies : {offered})")
    if not mesures:
        typer.echo(_catalogue_text(items))
        answer = typer.prompt("Mesures à inclure (numéros ou identifiants, séparés par des "
                              "virgules)")
        mesures = ",".join(_by_number(part.strip(), items) for part in answer.split(","))
    return commune, mesures


def _by_number(part: str, items: list[Measure]) -> str:
    """« 3 » → the 3rd measure's id; anything else as typed (an id, checked later)."""
    if part.isdigit() and 1 <= int(part) <= len(items):
        return items[int(part) - 1].id
    return part


def _write(pact_out: Path, pact_text: str, scen_out: Path | None, scen_text: str | None) -> None:
    """Both files all at once (reserved and locked, then renamed into place)."""
    from engine.io.output_dir import Kind, reserve

    with contextlib.ExitStack() as stack:
        pact_res = stack.enter_context(reserve(pact_out, Kind.FILE))
        scen_res = (stack.enter_context(reserve(scen_out, Kind.FILE))
                    if scen_out is not None else None)
        if scen_res is not None and scen_text is not None:
            scen_res.write_text(scen_text)
        pact_res.write_text(pact_text)


def _run(opts: dict[str, Any]) -> None:
    from engine.cli.commands._common import overrides
    from engine.io import template

    items = template.measures()
    if opts["list_only"]:
        typer.echo(_catalogue_text(items))
        return
    commune, mesures = opts["commune"], opts["mesures"]
    asking = not (commune and mesures) and (opts["interactive"] or sys.stdin.isatty())
    if asking:
        commune, mesures = _interview(commune, mesures, items)
    if not commune or not mesures:
        raise _error("--mesures" if commune else "--commune",
                     "indiquez --commune et --mesures (ex. --commune saillans --mesures "
                     "votation,budget_participatif), ou lancez la commande dans un terminal "
                     "pour répondre aux questions")
    out, scen_out = Path(opts["out"]), opts["scenario_out"]
    _refuse_existing(out, opts["force"], "--out")
    if scen_out is not None:
        _refuse_existing(scen_out, opts["force"], "--scenario-out")
    name, bundled = _commune(commune, opts["population"], scen_out)
    ids = [m.strip() for m in mesures.split(",") if m.strip()]
    figures = dict(overrides(opts["sets"]))
    if asking:
        known = {m.id: m for m in items}
        _ask_figures([known[i] for i in ids if i in known], figures)
    doc = template.build_pact(name, ids, figures, pact_id=opts["id"], list_name=opts["liste"])
    scen_text = None
    if scen_out is not None and bundled is None:
        if opts["electeurs"] is None:
            raise _error("--electeurs", "le nombre d'électeurs inscrits de la commune est attendu")
        rel = os.path.relpath(out.resolve(), scen_out.resolve().parent)
        # the budget figures the list gave (else a per-inhabitant « hypothèse »)
        budget = {key: _euros(opts[flag], f"--{flag}")
                  for key, flag in template.BUDGET_FLAGS.items() if opts[flag] is not None}
        scen = template.build_scenario(name, opts["population"], opts["electeurs"],
                                       _quartiers(opts["quartiers"]), budget=budget,
                                       insee=opts["insee"], pact=rel)
        scen_text = template.scenario_yaml(scen)
    _write(out, template.pact_yaml(doc), scen_out if scen_text else None, scen_text)
    typer.echo(f"Pacte écrit : {out} ({len(ids)} mesures, commune {name}).")
    scen_opt = f" --scenario {scen_out}" if scen_text else ""
    if scen_text:
        typer.echo(f"Scénario de la commune écrit : {scen_out}.")
    typer.echo(f"Ensuite : pacte verifier {out}{scen_opt} ; pacte bilan {out}{scen_opt}")


def _euros(value: float, option: str) -> int | float:
    """An amount a list typed: positive and finite, whole euros written without decimals."""
    import math

    if not math.isfinite(value) or value <= 0:
        raise _error(option, f"montant {value:g} : un nombre d'euros positif est attendu")
    return int(value) if float(value).is_integer() else value


def register(app: typer.Typer) -> None:
    @app.command("nouveau", short_help="Écrire un pacte à partir du catalogue des mesures.")
    def nouveau(
        commune: str = typer.Option(None, "--commune", help="Commune : identifiant ou nom d'un "
                                    "scénario fourni (saillans, Chambéry…), ou une autre commune "
                                    "avec --population, --electeurs, --quartiers, --scenario-out."),
        mesures: str = typer.Option(None, "--mesures", help="Mesures du catalogue, séparées par "
                                    "des virgules (voir --liste-mesures)."),
        out: Path = typer.Option(Path("mon-pacte.yaml"), "--out", help="Fichier du pacte écrit."),
        sets: list[str] = SetOption,
        liste: str = typer.Option("Ma liste", "--liste", help="Nom de la liste signataire."),
        pact_id: str = typer.Option("mon-pacte", "--id", help="Identifiant du pacte (minuscules, "
                                    "chiffres, tirets)."),
        force: bool = typer.Option(False, "--force", help="Remplacer un fichier existant."),
        population: int = typer.Option(None, "--population", help="Population municipale d'une "
                                       "commune non fournie."),
        electeurs: int = typer.Option(None, "--electeurs", help="Électeurs inscrits."),
        quartiers: str = typer.Option("0", "--quartiers", help="Nombre de quartiers, ou leurs noms "
                                      "séparés par des virgules."),
        insee: str = typer.Option(None, "--code-insee", help="Code INSEE de la commune."),
        depenses: float = typer.Option(
            None, "--depenses-fonctionnement", help="Dépenses réelles de fonctionnement "
            "de la commune, en euros par an (compte financier unique) ; sans elle, une hypothèse "
            "par habitant, signalée."),
        recettes: float = typer.Option(
            None, "--recettes-investissement", help="Recettes réelles d'investissement "
            "de la commune, en euros par an ; sans elle, une hypothèse par habitant, signalée."),
        scenario_out: Path = typer.Option(None, "--scenario-out", help="Fichier du scénario de "
                                          "la commune à écrire."),
        interactive: bool = typer.Option(False, "--interactif", help="Poser les questions même "
                                         "hors d'un terminal."),
        list_only: bool = typer.Option(False, "--liste-mesures", help="Afficher les mesures du "
                                       "catalogue et s'arrêter."),
    ) -> None:
        """Commencer un pacte à partir du catalogue des mesures : un fichier commenté, valide
        tout de suite, que « pacte verifier » et « pacte bilan » lisent."""
        _run({"commune": commune, "mesures": mesures, "out": out, "sets": sets, "liste": liste,
              "id": pact_id, "force": force, "population": population, "electeurs": electeurs,
              "quartiers": quartiers, "insee": insee, "scenario_out": scenario_out,
              "depenses-fonctionnement": depenses, "recettes-investissement": recettes,
              "interactive": interactive, "list_only": list_only})
