"""The treasurer's live spreadsheet (``pacte couts --format xlsx``): every line, total and
share is a formula of named inputs that computes what ``pacte couts`` computes, for every
bundled pact, under a ``--set`` change, and after the SMIC is changed in the sheet."""

from __future__ import annotations

import json
import pickle
from decimal import Decimal
from pathlib import Path
from typing import Any

import formulas
import numpy as np
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from engine.cli.main import app
from engine.core.errors import InputError
from engine.core.formula import Const, Op, Ref, Term, refs
from engine.io.context import load_context
from engine.io.overrides import parse_override
from engine.procedures.cost_table import cost_table
from engine.procedures.costs import citizen_council_cost, staff_cost
from engine.render.cost_xlsx import (
    COSTS,
    INPUTS,
    build_workbook,
    defined_names,
    excel_formula,
    table_inputs,
)

ROOT = Path(__file__).resolve().parent.parent
PACTS = sorted((ROOT / "rules" / "pactes").glob("*.yaml"))
SMIC_KEYS = ("couts.smic_horaire_eur", "national.smic_horaire_brut_eur")
#: the sheet's totals and shares, by their key in ``pacte couts --format json``
SHARES = ("share_of_operating_spending", "share_of_investment_receipts")
runner = CliRunner()


def couts_json(pact: Path, *sets: str) -> dict[str, Any]:
    args = ["couts", str(pact), "--format", "json"]
    for s in sets:
        args += ["--set", s]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def couts_xlsx(pact: Path, out: Path, *sets: str) -> Path:
    args = ["couts", str(pact), "--format", "xlsx", "--out", str(out)]
    for s in sets:
        args += ["--set", s]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Tableur des coûts écrit" in result.output
    return out


def layout(pact: Path, *sets: str) -> dict[str, str]:
    """The cell of each line, total and share in « Coûts », as the workbook lays them out."""
    scen, p = load_context(None, pact, [parse_override(s) for s in sets])
    return build_workbook(cost_table(p, scen))[1]


def evaluate(path: Path, changes: dict[str, float] | None = None) -> dict[str, Any]:
    """Every computed cell of the workbook (« COÛTS!B6 » → value), recomputed after ``changes``
    (« ENTRÉES!C16 » → new value) by the ``formulas`` engine."""
    book = f"[{path.name}]"
    model = formulas.ExcelModel().loads(str(path)).finish()
    inputs = {f"'{book}{k.split('!')[0].upper()}'!{k.split('!')[1]}": v
              for k, v in (changes or {}).items()}
    solution = model.calculate(inputs=inputs) if inputs else model.calculate()
    out: dict[str, Any] = {}
    for key, value in solution.items():
        cells = np.asarray(getattr(value, "value", value)).ravel().tolist()
        if len(cells) == 1:
            out[key.replace(book, "").replace("'", "")] = cells[0]
    return out


def expected(data: dict[str, Any]) -> dict[str, float]:
    """What the sheet must show, from ``pacte couts --format json``: each line, the totals,
    the shares (as fractions: the sheet formats them as percentages) and per-head amounts."""
    out = {line["id"]: line["amount_eur"]
           for part in ("operating", "investment") for line in data[part]["lines"]}
    out["operating.total_eur"] = data["operating"]["total_eur"]
    out["investment.total_eur"] = data["investment"]["total_eur"]
    for key in ("total_eur", "per_inhabitant_eur", "per_inhabitant_total_eur",
                "per_elector_eur", "per_elector_total_eur"):
        out[key] = data[key]
    for key in SHARES:
        out[key] = data[key] / 100
    return out


def assert_sheet_matches(values: dict[str, Any], cells: dict[str, str],
                         data: dict[str, Any]) -> None:
    want = expected(data)
    assert set(want) == set(cells)
    for key, value in want.items():
        got = float(values[f"{COSTS.upper()}!{cells[key]}"])
        tolerance = 1e-9 if key in SHARES else 0.006  # JSON amounts are rounded to the cent
        assert got == pytest.approx(value, abs=tolerance), key


def smic_row(path: Path) -> int | None:
    sheet = load_workbook(path)[INPUTS]
    return next((cell.row for cell in sheet["B"] if cell.value in SMIC_KEYS), None)


@pytest.mark.parametrize("pact", PACTS, ids=lambda p: p.stem)
def test_every_line_total_and_share_is_the_formula_pacte_couts_computes(
        pact: Path, tmp_path: Path) -> None:
    path = couts_xlsx(pact, tmp_path / "couts.xlsx")
    assert_sheet_matches(evaluate(path), layout(pact), couts_json(pact))


SETS = [(p, "commune.population_municipale=100000") for p in PACTS] + [
    (ROOT / "rules" / "pactes" / "poitiers-2026.yaml", "commune.electeurs_inscrits=40000"),
    (ROOT / "rules" / "pactes" / "chambery-2026.yaml", "couts.smic_horaire_eur=13"),
    (ROOT / "rules" / "pactes" / "chambery-2026.yaml", "conseil_citoyen.membres=45"),
]


@pytest.mark.parametrize(("pact", "change"), SETS, ids=lambda x: getattr(x, "stem", x))
def test_the_sheet_follows_a_set_change(pact: Path, change: str, tmp_path: Path) -> None:
    path = couts_xlsx(pact, tmp_path / "couts.xlsx", change)
    data = couts_json(pact, change)
    assert data != couts_json(pact)  # the change moves the table
    assert_sheet_matches(evaluate(path), layout(pact, change), data)


@pytest.mark.parametrize("pact", PACTS, ids=lambda p: p.stem)
def test_changing_the_smic_in_the_sheet_recomputes_as_pacte_couts(
        pact: Path, tmp_path: Path) -> None:
    path = couts_xlsx(pact, tmp_path / "couts.xlsx")
    row = smic_row(path)
    if row is None:  # the table uses no SMIC: nothing in it depends on one
        assert "smic" not in json.dumps(couts_json(pact)["operating"]).lower()
        return
    key = load_workbook(path)[INPUTS].cell(row, 2).value
    change = ("couts.smic_horaire_eur=13" if key == "couts.smic_horaire_eur" else
              "couts.smic_horaire_eur={description: SMIC horaire, unite: euros_par_heure, "
              "valeur: 13}")
    data = couts_json(pact, change)
    assert data != couts_json(pact)
    values = evaluate(path, {f"{INPUTS}!C{row}": 13})
    assert_sheet_matches(values, layout(pact), data)


def test_every_input_has_a_name_a_value_a_unit_and_a_source(tmp_path: Path) -> None:
    path = couts_xlsx(PACTS[0], tmp_path / "couts.xlsx")
    book = load_workbook(path)
    rows = list(book[INPUTS].iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(book.defined_names) >= 30
    for name, key, value, unit, _description, source in rows:
        assert book.defined_names[name].attr_text.startswith(f"'{INPUTS}'!$C$")
        assert key and isinstance(value, (int, float)) and unit and source, key
    smic = next(r for r in rows if r[1] in SMIC_KEYS)
    assert "€/h" == smic[3] and "000_721ebb8a9b1c3e2a.txt" in smic[5]
    formulas_used = [c.value for c in book[COSTS]["B"] if str(c.value).startswith("=")]
    assert any("couts_smic_horaire_eur" in f for f in formulas_used)
    assert book.properties.language == "fr-FR"


def test_text_from_the_pact_never_becomes_a_formula(tmp_path: Path) -> None:
    hostile = "=HYPERLINK(\"http://x\",\"y\")"
    path = couts_xlsx(PACTS[0], tmp_path / "couts.xlsx",
                      f"conseil_citoyen.membres.description={hostile}")
    sheet = load_workbook(path)[INPUTS]
    cell = next(c for c in sheet["E"] if c.value == hostile)
    assert cell.data_type == "s"


def test_the_commands_refuse_a_spreadsheet_without_a_file_and_a_file_without_one(
        tmp_path: Path) -> None:
    no_file = runner.invoke(app, ["couts", "--format", "xlsx"])
    assert isinstance(no_file.exception, InputError)
    assert "--out couts.xlsx" in no_file.exception.problems[0].message
    no_sheet = runner.invoke(app, ["couts", "--out", str(tmp_path / "x.xlsx")])
    assert isinstance(no_sheet.exception, InputError)
    assert not (tmp_path / "x.xlsx").exists()


def test_formulas_keep_the_order_of_operations() -> None:
    a, b, c = (Ref(k, Decimal(1)) for k in "abc")
    names = {"a": "x_a", "b": "x_b", "c": "x_c"}
    assert excel_formula(Op("-", a, Op("-", b, c)), names) == "x_a-(x_b-x_c)"
    assert excel_formula(Op("-", Op("-", a, b), c), names) == "x_a-x_b-x_c"
    assert excel_formula(Op("/", a, Op("*", b, c)), names) == "x_a/(x_b*x_c)"
    assert excel_formula(Op("*", Op("+", a, b), Const(Decimal("0.5"))), names) == "(x_a+x_b)*0.5"


def test_defined_names_are_valid_and_unique() -> None:
    names = defined_names(["a.b", "a_b", "1x.y", "déjà.vu", "abc"])
    assert names == {"a.b": "a_b", "a_b": "a_b_2", "1x.y": "e_1x_y", "déjà.vu": "deja_vu",
                     "abc": "abc_"}


def test_a_term_computes_exactly_what_the_pure_function_computes() -> None:
    members, smic = Term.named("cc.membres", 30), Term.named("smic", 11.88)
    term = citizen_council_cost(members, 12, 2, 4, 8, 2, 1, smic, 8, 1.7)
    assert Decimal(term) == citizen_council_cost(30, 12, 2, 4, 8, 2, 1, 11.88, 8, 1.7)
    assert [r.key for r in refs(term.expr)] == ["cc.membres", "smic", "smic"]
    staff = staff_cost([(Term.named("n", 3), 40_000)], Term.named("c", 45))
    assert Decimal(staff) == staff_cost([(3, 40_000)], 45)
    assert pickle.loads(pickle.dumps(staff)).expr == staff.expr


def test_each_input_is_listed_once() -> None:
    scen, pact = load_context(None, PACTS[0], [])
    keys = [r.key for r in table_inputs(cost_table(pact, scen))]
    assert len(keys) == len(set(keys)) and "commune.population_municipale" in keys


def test_changing_a_body_s_members_in_the_sheet_recomputes_as_pacte_couts(tmp_path: Path) -> None:
    """A paid body drawn by lot: its members are a named input too, not a number frozen in
    the formula (Démocracité's permanent assembly)."""
    pact = ROOT / "rules" / "pactes" / "democracite-2026.yaml"
    path = couts_xlsx(pact, tmp_path / "couts.xlsx")
    sheet = load_workbook(path)[INPUTS]
    key = "assemblees_tirees_au_sort.assemblee-citoyenne.membres"
    row = next(cell.row for cell in sheet["B"] if cell.value == key)
    change = f"{key}=60"
    data = couts_json(pact, change)
    assert data != couts_json(pact)
    assert_sheet_matches(evaluate(path, {f"{INPUTS}!C{row}": 60}), layout(pact), data)
