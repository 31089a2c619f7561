"""`pacte verifier`: a CGCT legality verdict and a consistency check for every clause."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from engine.cli.commands._common import ScenarioOption, SetOption, overrides, print_json

ORDER = 20


class VerifierFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"


def register(app: typer.Typer) -> None:
    @app.command("verifier", short_help="Vérifier la légalité (CGCT) et la cohérence du pacte.")
    def verifier(
        pacte: Path = typer.Argument(None, help="Fichier YAML du pacte, ou identifiant d'un pacte "
                                     "fourni (défaut : celui du scénario)."),
        scenario: str = ScenarioOption,
        format: VerifierFormat = typer.Option(
            VerifierFormat.text, "--format",
            help="Format de sortie : text, json ou markdown (note annotable pour un·e juriste)."),
        set_: list[str] = SetOption,
        strict: bool = typer.Option(
            False, "--strict", help="Code de sortie 1 si au moins un conflit avec la loi est trouvé."),
    ) -> None:
        """Légalité (CGCT) et cohérence de chaque clause du pacte dans la commune du scénario."""
        from engine.io.context import commune_note, load_context
        from engine.render.verifier import render_markdown, render_text
        from engine.report.doc_common import findings_of
        from engine.verifier.checks import check

        scen, pact = load_context(scenario, pacte, overrides(set_))
        findings = check(pact, scen)
        note = commune_note(scen, pact)
        titles = findings_of(pact, scen, findings).titles
        if format is VerifierFormat.json:
            print_json({"pacte": pact.info.id, "commune": scen.commune.name,
                        "commune_du_pacte": pact.info.commune, "note_commune": note,
                        "findings": [f.as_dict() for f in findings]})
        elif format is VerifierFormat.markdown:
            typer.echo(render_markdown(pact, scen, findings), nl=False)
        else:
            typer.echo(render_text(findings, pact.info.id, scen.commune.name, titles, note))
        if strict and any(f.verdict == "conflit" for f in findings):
            # SystemExit, not typer.Exit: cli.main runs the app with standalone_mode=False,
            # where click would turn typer.Exit into a return value and lose the code.
            raise SystemExit(1)
