"""The cost table as a live spreadsheet, for the treasurer (``pacte couts --format xlsx``).

Two sheets. « Entrées »: every number the table uses — a count or a price of the pact, a
national value or a documented default, a figure of the commune — one row each, with a
defined name, its value, unit, description and source. « Coûts »: every line of the table
whose amount is an Excel formula of those names, then the totals and the shares (of the
commune's operating spending and investment receipts, per inhabitant, per registered
elector), all formulas. Changing the SMIC (or any input) in « Entrées » recomputes every line
as ``pacte couts --set …`` would.

The formulas are not written here by hand: each line's amount was computed by the pure
functions of :mod:`engine.procedures.costs` over named inputs
(:class:`engine.core.formula.Term`), and :func:`excel_formula` only spells that computation
in Excel's syntax. Text coming from the pact (titles, sources, bases) is always stored as
text, never as a formula.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from engine.core.formula import Const, Expr, Op, Ref, refs
from engine.procedures.cost_inputs import CostLine, CostTable

INPUTS = "Entrées"
COSTS = "Coûts"
EUROS = '#,##0.00" €"'
PERCENT = "0.00%"
#: the commune's figures, in the order the « Entrées » sheet lists them after the lines' inputs
FIGURES = ("population", "electors", "operating_spending", "investment_receipts")
_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}
_UNITS = {"euros": "€", "euros_par_heure": "€/h", "euros_par_an": "€/an", "pourcent": "%",
          "euros_par_electeur_inscrit": "€ par électeur inscrit", "personnes": "personnes",
          "mois": "mois", "heures": "heures", "nombre": "nombre"}


def excel_formula(expr: Expr, names: dict[str, str]) -> str:
    """``expr`` in Excel's syntax (without the leading ``=``), each input by its defined name."""
    if isinstance(expr, Ref):
        return names[expr.key]
    if isinstance(expr, Const):
        return format(expr.value, "f")
    level = _PRECEDENCE[expr.op]
    left = excel_formula(expr.left, names)
    right = excel_formula(expr.right, names)
    if isinstance(expr.left, Op) and _PRECEDENCE[expr.left.op] < level:
        left = f"({left})"
    if isinstance(expr.right, Op) and (_PRECEDENCE[expr.right.op] < level
                                       or (_PRECEDENCE[expr.right.op] == level and expr.op in "-/")):
        right = f"({right})"
    return f"{left}{expr.op}{right}"


def table_inputs(table: CostTable) -> list[Ref]:
    """Every named input of the table, once, in order of first use (the lines, then the
    commune's figures); an input read twice with two values is an error."""
    found: dict[str, Ref] = {}
    exprs = [line.expr for line in table.lines] + [table.figures[f].expr for f in FIGURES]
    for ref in (r for e in exprs for r in refs(e)):
        known = found.setdefault(ref.key, ref)
        if known.value != ref.value:
            raise ValueError(f"entrée {ref.key} lue avec deux valeurs ({known.value}, {ref.value})")
    return list(found.values())


def defined_names(keys: Iterable[str]) -> dict[str, str]:
    """A valid, unique Excel name for each key (« couts.smic_horaire_eur » →
    « couts_smic_horaire_eur »)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for key in keys:
        plain = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
        base = re.sub(r"[^A-Za-z0-9_]", "_", plain).strip("_") or "entree"
        if not base[0].isalpha():
            base = "e_" + base
        if "_" not in base:  # « abc1 » would read as a cell
            base += "_"
        name, n = base, 2
        while name.lower() in taken:
            name, n = f"{base}_{n}", n + 1
        taken.add(name.lower())
        out[key] = name
    return out


def _text(cell: Cell, value: str) -> None:
    """Store ``value`` as text, never as a formula, whatever it starts with."""
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.data_type = "s"


def _row(sheet: Worksheet, row: int, texts: dict[int, str]) -> None:
    for column, value in texts.items():
        _text(sheet.cell(row, column), value)


def _inputs_sheet(sheet: Worksheet, inputs: list[Ref], names: dict[str, str]) -> None:
    sheet.title = INPUTS
    _row(sheet, 1, {1: "Nom", 2: "Entrée", 3: "Valeur", 4: "Unité", 5: "Description",
                    6: "Source"})
    for row, ref in enumerate(inputs, start=2):
        _row(sheet, row, {1: names[ref.key], 2: ref.key, 4: _UNITS.get(ref.unit, ref.unit),
                          5: ref.description, 6: ref.source})
        value = sheet.cell(row, 3, _number(ref.value))
        value.number_format = EUROS if ref.unit.startswith("euros") else "#,##0.####"
    for column, width in zip("ABCDEF", (38, 44, 16, 16, 60, 70), strict=True):
        sheet.column_dimensions[column].width = width
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _amount(sheet: Worksheet, row: int, formula: str, fmt: str = EUROS) -> str:
    cell = sheet.cell(row, 2, f"={formula}")
    cell.number_format = fmt
    return f"B{row}"


def _section(sheet: Worksheet, row: int, title: str, lines: tuple[CostLine, ...],
             names: dict[str, str], cells: dict[str, str]) -> tuple[int, str]:
    """One section (a title, its lines, its total); the next free row and the total's cell.
    Each line's cell is recorded in ``cells`` under its id."""
    _text(sheet.cell(row, 1), title)
    sheet.cell(row, 1).font = Font(bold=True)
    first = row + 1
    for row, line in enumerate(lines, start=first):
        _row(sheet, row, {1: line.label, 3: line.basis})
        cells[line.id] = _amount(sheet, row, excel_formula(line.expr, names))
    last = first + len(lines) - 1
    total_row = last + 1
    _text(sheet.cell(total_row, 1), f"Total {title.lower()}")
    sheet.cell(total_row, 1).font = Font(bold=True)
    total = _amount(sheet, total_row, f"SUM(B{first}:B{last})" if lines else "0")
    return total_row + 1, total


def _ratio(amount: str, base: str) -> str:
    return f"IF({base}=0,0,{amount}/{base})"


def _costs_sheet(sheet: Worksheet, table: CostTable, names: dict[str, str]) -> dict[str, str]:
    """The « Coûts » sheet; the cell of each line (by id), total and share (by JSON key)."""
    fig = {f: names[next(refs(table.figures[f].expr)).key] for f in FIGURES}
    _text(sheet.cell(1, 1), f"Coûts annuels du pacte « {table.pact_id} » à {table.commune} "
                            f"(scénario {table.scenario_id})")
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    _text(sheet.cell(2, 1), f"Entrées : {table.inputs_from}. Chaque montant est une formule "
                            f"des valeurs de la feuille « {INPUTS} ».")
    _row(sheet, 3, {1: "Ligne", 2: "Montant annuel", 3: "Base de calcul"})
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    cells: dict[str, str] = {}
    row, op_total = _section(sheet, 5, "Fonctionnement", table.operating, names, cells)
    cells["operating.total_eur"] = op_total
    row, inv_total = _section(sheet, row + 1, "Investissement", table.investment, names, cells)
    cells["investment.total_eur"] = inv_total
    rows = [
        ("total_eur", "Total fonctionnement + investissement", f"{op_total}+{inv_total}", EUROS),
        ("share_of_operating_spending", "Part des dépenses réelles de fonctionnement",
         _ratio(op_total, fig["operating_spending"]), PERCENT),
        ("share_of_investment_receipts", "Part des recettes réelles d'investissement",
         _ratio(inv_total, fig["investment_receipts"]), PERCENT),
        ("per_inhabitant_eur", "Fonctionnement par habitant",
         _ratio(op_total, fig["population"]), EUROS),
        ("per_inhabitant_total_eur", "Total par habitant",
         _ratio("B{total}", fig["population"]), EUROS),
        ("per_elector_eur", "Fonctionnement par électeur inscrit",
         _ratio(op_total, fig["electors"]), EUROS),
        ("per_elector_total_eur", "Total par électeur inscrit",
         _ratio("B{total}", fig["electors"]), EUROS),
    ]
    total_row = row + 1
    for row, (key, label, formula, fmt) in enumerate(rows, start=total_row):
        _text(sheet.cell(row, 1), label)
        cells[key] = _amount(sheet, row, formula.replace("{total}", str(total_row)), fmt)
    if table.budget_sources:
        _text(sheet.cell(row + 2, 1), "Budget de la commune : "
              + " ; ".join(dict.fromkeys(table.budget_sources)))
    for column, width in zip("ABC", (58, 18, 120), strict=True):
        sheet.column_dimensions[column].width = width
    for line_cells in sheet.iter_rows(min_col=3, max_col=3):
        line_cells[0].alignment = Alignment(wrap_text=True, vertical="top")
    return cells


def build_workbook(table: CostTable) -> tuple[Workbook, dict[str, str]]:
    """The workbook, and the cell of each line (by id), total and share (by JSON key) of
    « Coûts »."""
    inputs = table_inputs(table)
    names = defined_names(ref.key for ref in inputs)
    book = Workbook()
    _inputs_sheet(book.active, inputs, names)
    quoted = INPUTS.replace("'", "''")
    for row, ref in enumerate(inputs, start=2):
        name = names[ref.key]
        book.defined_names[name] = DefinedName(name, attr_text=f"'{quoted}'!$C${row}")
    cells = _costs_sheet(book.create_sheet(COSTS), table, names)
    book.active = 1
    book.properties.title = f"Coûts annuels du pacte {table.pact_id} — {table.commune}"
    book.properties.language = "fr-FR"
    book.properties.creator = "Pacte"
    return book, cells


def render_xlsx(table: CostTable) -> bytes:
    """The workbook of ``table``, as the bytes of an ``.xlsx`` file."""
    book, _cells = build_workbook(table)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
