"""Every parameter is live (issue 9 § 3).

Generated over the schema: for each bundled pact, each clause present (``Pact.model_fields``
through ``pact.clauses()``) and each of its parameters (``clause.params()``), the parameter
is mutated in a type-aware way that stays in its range (numbers ×2, +1 or −1, booleans
flipped, a Literal to another allowed value, a list shortened or lengthened, dated values
mutated on each date), through the same override mechanism as ``--set``. Outputs are then
computed in order of cost and the test stops at the first that changes: the verifier's
verdicts and arithmetic, the cost table's amounts, the dated events of the mandate's
calendars, the quotas of the citizen council's draw, the powers graph's edges, and only then
one short simulation at a fixed seed.

What is compared is what *acts*, never a text that merely quotes a value: a finding's
verdict, severity, articles and ``details`` (not its message), a cost line's amount (not its
explanation), a calendar's (date, event) pairs (not their labels), a power's
(source, target, kind, force) (not its label), a run's metrics and monthly series.

A parameter declared informative in the schema (:func:`engine.model.params.informative_reason`)
is exempt: it is shown as such by ``pacte clauses`` and in the JSON schema.
"""

from __future__ import annotations

import copy
import typing
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from typing import Any, Literal

import pytest

from engine.core.errors import InputError
from engine.io.context import check_dates_in_mandate, load_context, resolve_pact, validate_doc
from engine.io.load import Document, read_document
from engine.io.overrides import _apply
from engine.model.clause import Clause
from engine.model.pact import Pact
from engine.model.params import Param, informative_reason
from engine.model.scenario import Scenario

PACTS = ("chambery-2026", "collegial-2026")
SCENARIO = "chambery"
SIM_SEED = 2026
SIM_RUN = 0


# --- the schema: every (pact, clause, parameter) --------------------------------------


@cache
def base(pact_id: str) -> tuple[Scenario, Pact]:
    return load_context(SCENARIO, pact_id)


@cache
def _pact_document(pact_id: str) -> Document:
    return read_document(resolve_pact(pact_id))


def load_mutated(pact_id: str, override: tuple[str, Any]) -> tuple[Scenario, Pact]:
    """``load_context(SCENARIO, pact_id, [override])`` without parsing the YAML again: the
    same steps (the scenario's « surcharges », then the ``--set`` override, validation, dates
    within the mandate) on a copy of the pact file's data, read once."""
    scen, _pact = base(pact_id)
    doc = copy.deepcopy(_pact_document(pact_id))
    _apply(doc, list(scen.overrides.items()), "(surcharges)")
    _apply(doc, [override], "--set")
    pact = validate_doc(Pact, doc)
    check_dates_in_mandate(pact, scen, doc)
    return scen, pact


def field_of(clause: Clause, key: str) -> tuple[str, Any]:
    """(attribute, value type T of ``Param[T]``) of the parameter written ``key`` in a pact file."""
    for name, field in type(clause).model_fields.items():
        if (field.alias or name) != key:
            continue
        ann = field.annotation
        params = [a for a in typing.get_args(ann) if a is not type(None)] or [ann]
        meta = params[0].__pydantic_generic_metadata__
        assert meta["origin"] is Param, f"{key} n'est pas un paramètre cité"
        return name, meta["args"][0]
    raise KeyError(key)


def clause_entries(pact: Pact) -> dict[str, Clause]:
    """Every clause of the pact by its ``--set`` path, walking ``Pact.model_fields``: a clause
    field under its French key, each item of a list family (« votations »…) under
    « key.N » (items counted from 1, as ``--set`` counts them)."""
    out: dict[str, Clause] = {}
    for name, field in Pact.model_fields.items():
        value = getattr(pact, name)
        key = field.alias or name
        if isinstance(value, Clause):
            out[key] = value
        elif isinstance(value, list):
            out |= {f"{key}.{i}": item for i, item in enumerate(value, 1) if isinstance(item, Clause)}
    return out


def cases() -> Iterator[tuple[str, str, str]]:
    for pact_id in PACTS:
        _scen, pact = base(pact_id)
        for ckey, clause in clause_entries(pact).items():
            for pkey in clause.params():
                yield pact_id, ckey, pkey


CASES = list(cases())

#: Parameters this test finds dead in modules other parts of issue 9 own, reported to them:
#: a strict xfail, so the day one of them acts the test fails until its entry goes.
KNOWN_DEAD: dict[str, str] = {}


def _case(pact_id: str, ckey: str, pkey: str) -> Any:
    reason = KNOWN_DEAD.get(f"{ckey}.{pkey}")
    marks = [pytest.mark.xfail(strict=True, reason=f"paramètre mort signalé : {reason}")] if reason else []
    return pytest.param(pact_id, ckey, pkey, marks=marks, id=f"{pact_id}:{ckey}.{pkey}")


# --- type-aware mutations, staying in range -----------------------------------------


def _literal_args(kind: Any) -> tuple[Any, ...]:
    """The allowed values of a Literal (through ``Annotated``), or ()."""
    if typing.get_origin(kind) is typing.Annotated:
        kind = typing.get_args(kind)[0]
    return typing.get_args(kind) if typing.get_origin(kind) is Literal else ()


def mutations(value: Any, kind: Any) -> list[Any]:
    """Other values of the same type as ``value`` (a ``kind`` value), nearest first; the
    loader's validation refuses those out of range, and the next one is tried."""
    allowed = _literal_args(kind)
    if allowed:
        return [v for v in allowed if v != value]
    if isinstance(value, bool):
        return [not value]
    if isinstance(value, int | float):
        out = [value * 2, value + 1, value - 1] + ([10, 50] if value == 0 else [value * 10])
        return list(dict.fromkeys(type(value)(v) for v in out if v != value))
    if isinstance(value, list):
        return _list_mutations(value, typing.get_args(kind)[0] if typing.get_args(kind) else str)
    raise AssertionError(f"type de paramètre sans mutation : {kind!r}")


def _list_mutations(value: list[Any], item: Any) -> list[Any]:
    out: list[list[Any]] = [value[:-1]] if value else []
    allowed = _literal_args(item)
    numbers = [v for v in value if isinstance(v, int)]
    if allowed:
        extra = [v for v in allowed if v not in value]
    elif numbers:
        extra = [v for v in (max(numbers) + 1, min(numbers) - 1, 1) if v not in value]
    else:
        extra = ["autre élément"]
    out += [[*value, e] for e in extra]
    return out


def mutated_overrides(param: Param[Any], kind: Any, path: str) -> list[tuple[str, Any]]:
    """One ``--set`` override per mutation: an undated value, or every dated value mutated
    (the n-th mutation of each date), as ``--set`` parses « valeurs={2026-03-27: 1} »."""
    if param.values is None:
        return [(path, v) for v in mutations(param.value, kind)]
    per_day = {d: mutations(v, kind) for d, v in sorted(param.values.items())}
    depth = min(len(m) for m in per_day.values())
    return [(f"{path}.valeurs", {d: m[i] for d, m in per_day.items()})
            for i in range(depth)]


# --- outputs, cheapest first -----------------------------------------------------------


def findings(scen: Scenario, pact: Pact) -> Any:
    from engine.verifier.checks import check

    return [(f.id, f.clause, f.verdict, f.severity, f.articles, _acting_details(f.details))
            for f in check(pact, scen)]


def _acting_details(details: dict[str, Any]) -> str:
    """A finding's details without the explanations of its legal aspects (texts that quote
    values): each aspect is compared by its verdict and articles."""
    aspects = [(a["aspect"], a["verdict"], tuple(a["articles"])) for a in details.get("aspects", ())]
    rest = {k: v for k, v in details.items() if k != "aspects"}
    return repr((aspects, rest))


def costs(scen: Scenario, pact: Pact) -> Any:
    from engine.procedures.cost_table import cost_table

    table = cost_table(pact, scen)
    return [(line.id, line.amount) for line in (*table.operating, *table.investment)]


def calendars(scen: Scenario, pact: Pact) -> Any:
    from engine.report.calendar import procedure_steps

    out = []
    procedures = ["mandat"]
    procedures += ["audits"] if pact.citizen_council is not None else []
    procedures += ["rotation"] if pact.rotation is not None else []
    for procedure in procedures:
        steps = procedure_steps(pact, scen, procedure, None)["steps"]
        out.append([(s["date"], s["event"]) for s in steps])
    return out


def draw_quotas(scen: Scenario, pact: Pact) -> Any:
    from engine.sortition.quotas import council_quotas

    return repr(council_quotas(pact, scen)) if pact.citizen_council is not None else None


def powers(scen: Scenario, pact: Pact) -> Any:
    from engine.powers.from_pact import build

    graph = build(pact)
    return (sorted((b.id, b.kind) for b in graph.bodies.values()),
            sorted((p.source, p.target, p.kind, p.force) for p in graph.powers))


def simulation(scen: Scenario, pact: Pact) -> Any:
    from engine.sim.context import build_context
    from engine.sim.montecarlo import prepare
    from engine.sim.run import simulate

    result = simulate(build_context(prepare(scen, pact)), SIM_RUN, SIM_SEED)
    return repr((sorted(result.metrics.items()), result.monthly))


OUTPUTS: tuple[tuple[str, Callable[[Scenario, Pact], Any]], ...] = (
    ("constats du vérificateur", findings),
    ("tableau des coûts", costs),
    ("calendriers du mandat", calendars),
    ("quotas du tirage au sort", draw_quotas),
    ("graphe des pouvoirs", powers),
    ("simulation", simulation),
)


@cache
def reference(pact_id: str, output: str) -> Any:
    scen, pact = base(pact_id)
    return dict(OUTPUTS)[output](scen, pact)


def first_change(pact_id: str, ckey: str, pkey: str) -> tuple[str, Any] | None:
    """(output that changed, the override that changed it), or None if nothing changes."""
    _scen, pact = base(pact_id)
    clause = clause_entries(pact)[ckey]
    param = clause.params()[pkey]
    _name, kind = field_of(clause, pkey)
    valid = []
    for override in mutated_overrides(param, kind, f"{ckey}.{pkey}"):
        try:
            valid.append((override, load_mutated(pact_id, override)))
        except InputError:
            continue  # out of range or refused by a cross-field rule: the next mutation
    assert valid, f"aucune mutation valide de {ckey}.{pkey}"
    for output, compute in OUTPUTS:
        for override, (scen, mutated) in valid:
            if compute(scen, mutated) != reference(pact_id, output):
                return output, override
    return None


# --- the generated test -------------------------------------------------------------------


@pytest.mark.parametrize(("pact_id", "ckey", "pkey"), [_case(*c) for c in CASES])
def test_every_parameter_acts(pact_id: str, ckey: str, pkey: str) -> None:
    _scen, pact = base(pact_id)
    clause = clause_entries(pact)[ckey]
    name, _kind = field_of(clause, pkey)
    reason = informative_reason(type(clause), name)
    if reason is not None:
        pytest.skip(f"informatif : {reason}")
    assert first_change(pact_id, ckey, pkey) is not None, (
        f"{ckey}.{pkey} ({pact_id}) : aucune sortie ne change quand on le modifie "
        "(vérificateur, coûts, calendriers, pouvoirs, simulation)")


def test_every_bundled_pact_is_covered() -> None:
    """The generated cases walk both pacts and every clause each of them holds."""
    for pact_id in PACTS:
        _scen, pact = base(pact_id)
        covered = {c for p, c, _k in CASES if p == pact_id}
        assert covered == {k for k, c in clause_entries(pact).items() if c.params()}
        assert set(pact.clauses()) <= set(clause_entries(pact))


def test_mutations_stay_of_their_type() -> None:
    assert mutations(True, bool) == [False]
    assert mutations(3, int) == [6, 4, 2, 30]
    assert mutations(0, int) == [1, -1, 10, 50]
    assert mutations(1.7, float)[0] == pytest.approx(3.4)
    assert mutations("lundi", Literal["lundi", "mardi"]) == ["mardi"]
    assert mutations([1, 3], list[Literal[1, 2, 3, 4]]) == [[1], [1, 3, 2], [1, 3, 4]]
    assert mutations([8], list[int])[:2] == [[], [8, 9]]


def test_dated_values_are_mutated_on_each_date() -> None:
    _scen, pact = base("chambery-2026")
    clause = pact.council
    assert clause is not None
    dated = clause.session_rank.model_copy(
        update={"value": None, "values": {date(2026, 3, 27): 4, date(2029, 1, 1): 2}})
    _name, kind = field_of(clause, "rang_dans_le_mois")
    overrides = mutated_overrides(dated, kind, "conseil_municipal.rang_dans_le_mois")
    assert overrides[0] == ("conseil_municipal.rang_dans_le_mois.valeurs",
                            {date(2026, 3, 27): 1, date(2029, 1, 1): 1})
    scen, mutated = load_context(SCENARIO, "chambery-2026", [overrides[0]])
    assert mutated.council is not None and mutated.council.session_rank.changes()
    assert load_mutated("chambery-2026", overrides[0])[1] == mutated


def test_informative_parameters_are_declared_shown_and_in_the_json_schema() -> None:
    """An informative parameter says why in the schema, `pacte clauses` prints the reason,
    and the JSON schema carries it; a parameter that acts has no reason."""
    from typer.testing import CliRunner

    from engine.cli.commands.schema import schema_of
    from engine.cli.main import app
    from engine.model.pact import BureauClause, CollegialityClause
    from engine.report.clauses import describe

    reason = informative_reason(CollegialityClause, "decision_rule")
    assert reason is not None and "L2121-29" in reason
    assert informative_reason(CollegialityClause, "regle_de_decision") == reason
    assert informative_reason(BureauClause, "meetings_per_month") is None
    _scen, pact = base("collegial-2026")
    shown = {p["path"]: p["informatif"] for c in describe(pact)["clauses"] for p in c["parameters"]}
    assert shown["collegialite.regle_de_decision"] == reason
    assert shown["collegialite.seminaire_majorite_mois"] is None
    out = CliRunner().invoke(app, ["clauses", "collegial-2026"]).output
    assert f"(informatif : {reason})" in out
    assert str(schema_of("pacte")).count(reason) == 1


def test_an_informative_field_must_say_why() -> None:
    from engine.model.params import informative

    field = informative("cle", "  parce que  ", extra={"unite": "texte"})
    assert field.json_schema_extra == {"unite": "texte", "informatif": "parce que"}
    with pytest.raises(ValueError, match="pourquoi"):
        informative("cle", " ")
