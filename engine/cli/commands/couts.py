"""`pacte couts`: the pact's yearly cost table, line by line, from cited inputs; with
``--format xlsx --out couts.xlsx``, the same table as a live spreadsheet
(:mod:`engine.render.cost_xlsx`)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path

import typer

from engine.cli.commands._common import (
    ScenarioOption,
    SetOption,
    overrides,
    print_json,
)

ORDER = 40
PactArgument = typer.Argument(None, help="Fichier YAML du pacte (défaut : celui du scénario).")


class CostFormat(StrEnum):
    text = "text"
    json = "json"
    xlsx = "xlsx"


CostFormatOption = typer.Option(
    CostFormat.text, "--format",
    help="Format de sortie : text, json, ou xlsx (tableur vivant, écrit dans --out).")
OutOption = typer.Option(None, "--out", help="Fichier .xlsx à écrire (avec --format xlsx).")
AtOption = typer.Option(None, "--au", help="Date AAAA-MM-JJ dont le tableau prend les valeurs "
                        "(un pacte aux valeurs datées change d'une année à l'autre ; défaut : "
                        "les valeurs les plus récentes).")


def register(app: typer.Typer) -> None:
    @app.command("couts", short_help="Chiffrer les coûts annuels du pacte, ligne par ligne.")
    def couts(
        pacte: Path = PactArgument,
        scenario: Path = ScenarioOption,
        format: CostFormat = CostFormatOption,
        set_: list[str] = SetOption,
        out: Path | None = OutOption,
        au: str | None = AtOption,
    ) -> None:
        """Coûts annuels du pacte (fonctionnement, investissement), ligne par ligne, avec la
        part du budget de la commune, par habitant et par électeur inscrit."""
        from engine.io.context import load_context
        from engine.procedures.cost_table import cost_table

        if (format is CostFormat.xlsx) != (out is not None):
            from engine.core.errors import InputError

            raise InputError.single("--out", None, "out", (
                "le tableur s'écrit dans un fichier : ajouter --out couts.xlsx"
                if out is None else "--out ne sert qu'avec --format xlsx"))
        from engine.report.calendar import parse_day

        day = parse_day(au, "--au") if au else None
        if out is not None:
            write_xlsx(out, scenario, pacte, set_, day)
            return
        scen, pact = load_context(scenario, pacte, overrides(set_))
        table = cost_table(pact, scen, day)
        note = budget_note(pact, scen, table, day)
        if format is CostFormat.json:
            print_json({**table.as_dict(), "note": note})
            return
        typer.echo(render_text(table, note))


def budget_note(pact, scen, table, day: date | None) -> str:  # noqa: ANN001 - lazily imported types
    """The sentence that sets the table's budgeted votes against those the rules allow
    (the same rule as the table's votes line: ``budgeted_votations``)."""
    from engine.procedures.cost_votes import budget_and_rules
    from engine.report.explain import cost_note

    return cost_note(budget_and_rules(pact, scen, day), float(table.operating_total), None, None)


def write_xlsx(out: Path, scenario: Path | None, pacte: Path | None, set_: list[str],
               day: date | None = None) -> None:
    """Reserve ``out``, compute the table, write the workbook all at once, say so."""
    from engine.io.context import load_context
    from engine.io.output_dir import Kind, reserve
    from engine.procedures.cost_table import cost_table
    from engine.render.cost_xlsx import render_xlsx, table_inputs

    with reserve(out, Kind.FILE) as target:
        scen, pact = load_context(scenario, pacte, overrides(set_))
        table = cost_table(pact, scen, day)
        data = render_xlsx(table)
        target.write_file(lambda path: path.write_bytes(data))
    typer.echo(f"Tableur des coûts écrit dans {out} : {len(table.lines)} lignes, "
               f"{len(table_inputs(table))} entrées nommées (feuilles « Entrées » et « Coûts »).")


def render_text(table, note: str = "") -> str:  # noqa: ANN001 - CostTable, imported lazily
    """The cost table in French, for a terminal; ``note`` (the budgeted votes against the
    rules, :func:`budget_note`) closes it."""
    from engine.core.fr import money, number, percent

    def eur(x) -> str:  # noqa: ANN001
        return f"{money(x, cents=False):>14}"

    def pct(x: float) -> str:
        return percent(x)

    out = [f"Coûts annuels du pacte « {table.pact_id} » à {table.commune} "
           f"(scénario {table.scenario_id} ; entrées : clause {table.inputs_from})", ""]
    for title, lines, total, share, base, what in (
        ("Fonctionnement", table.operating, table.operating_total,
         table.share_of_operating_spending, table.operating_spending,
         "des dépenses réelles de fonctionnement"),
        ("Investissement", table.investment, table.investment_total,
         table.share_of_investment_receipts, table.investment_receipts,
         "des recettes réelles d'investissement"),
    ):
        out.append(title)
        if not lines:
            out.append("  (aucune clause du pacte ne crée de dépense de ce type)")
        for line in lines:
            if len(line.label) > 70:  # the whole label, the amount on the next line
                out.append(f"  {line.label}")
                out.append(f"  {'':<70} {eur(line.amount)}")
            else:
                out.append(f"  {line.label:<70} {eur(line.amount)}")
            out.append(f"      {line.basis}")
        out.append(f"  {'Total ' + title.lower():<70} {eur(total)}")
        out.append(f"      soit {pct(share)} {what} ({money(base, cents=False)})")
        out.append("")
    d = table.as_dict()
    out.append(f"Total fonctionnement + investissement : {money(table.total, cents=False)} par an")
    out.append(f"Par habitant ({number(table.population)}) : "
               f"{money(d['per_inhabitant_eur'])} de fonctionnement, "
               f"{money(d['per_inhabitant_total_eur'])} au total")
    out.append(f"Par électeur inscrit ({number(table.electors)}) : "
               f"{money(d['per_elector_eur'])} de fonctionnement, "
               f"{money(d['per_elector_total_eur'])} au total")
    if table.dated:
        when = (f"au {table.values_on.isoformat()}" if table.values_on
                 else "les plus récentes (fin du mandat)")
        out.append(f"Valeurs datées du pacte — ce tableau d'une année prend les valeurs {when} : "
                   + " | ".join(table.dated))
    if table.budget_sources:
        from engine.report.doc_common import human_source

        out.append("Budget de la commune : " + " ; ".join(
            human_source(src) for src in dict.fromkeys(table.budget_sources)))
    if note:
        out += ["", note]
    return "\n".join(out)
