"""Fitting widgets for the pact's parameters, derived from the pact's JSON schema.

A widget only proposes a value; the value is applied as an override through
``engine.io.variant`` and validated exactly like the file, so a refused value gets the
engine's French message.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

Kind = Literal["toggle", "percent", "integer", "number", "choice", "multichoice", "lines",
               "date", "readonly"]

#: Decimals a percentage may carry (« 3,3 % », « 4,75 % »): finer would be noise for a
#: threshold counted in whole signatures or voters.
PERCENT_DECIMALS = 2



@dataclass(frozen=True)
class Spec:
    kind: Kind
    minimum: float | None = None
    maximum: float | None = None
    options: tuple[Any, ...] = ()
    #: the options are month numbers (1 to 12), shown as month names
    months: bool = False


@cache
def _schema() -> dict[str, Any]:
    from engine.model.pact import Pact

    return Pact.model_json_schema(by_alias=True)


def _deref(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    if "anyOf" in node:
        options = [n for n in node["anyOf"] if n.get("type") != "null"]
        if len(options) == 1:
            return _deref(schema, options[0])
    return node


def _value_node(schema: dict[str, Any], clause_key: str, param_key: str) -> dict[str, Any] | None:
    """The schema of a parameter's « valeur »: ``clause_key`` names a clause
    (« votation_propositionnelle ») or an item of a list of the pact
    (« votations.referendum-projets », « assemblees_tirees_au_sort.assemblee-citoyenne »)."""
    top = clause_key.split(".", 1)[0]
    if top not in schema["properties"]:
        return None
    clause = _deref(schema, schema["properties"][top])
    if clause.get("type") == "array":
        clause = _deref(schema, clause.get("items", {}))
    param = clause.get("properties", {}).get(param_key)
    if param is None:
        return None
    value = _deref(schema, param).get("properties", {}).get("valeur")
    return None if value is None else _deref(schema, value)


def spec_for(clause_key: str, param_key: str, unit: str) -> Spec:
    """The widget fitting a parameter's type, bounds and unit."""
    schema = _schema()
    value = _value_node(schema, clause_key, param_key)
    if value is None:  # a field the schema does not describe as one value: shown only
        return Spec("readonly")
    kind = value.get("type")
    if "enum" in value:
        return Spec("choice", options=tuple(value["enum"]))
    if kind == "boolean":
        return Spec("toggle")
    if kind == "array":
        items = _deref(schema, value.get("items", {}))
        if "enum" in items:
            return Spec("multichoice", options=tuple(items["enum"]))
        if items.get("type") == "integer" and "maximum" in items:
            lo, hi = int(items.get("minimum", 0)), int(items["maximum"])
            # the schema's « mois de l'année » is exactly 1 to 12 (ranks and L2122-22 items
            # are other ranges: they stay numbers)
            return Spec("multichoice", options=tuple(range(lo, hi + 1)), months=(lo, hi) == (1, 12))
        if items.get("type") == "string":
            return Spec("lines")
        return Spec("readonly")
    if kind in ("number", "integer"):
        lo, hi = value.get("minimum"), value.get("maximum")
        if unit == "pourcent" and lo is not None and hi is not None:
            return Spec("percent", lo, hi)
        return Spec("integer" if kind == "integer" else "number", lo, hi)
    return Spec("readonly")


def option_label(value: Any, months: bool = False) -> str:
    """An option as a reader sees it: a month's name for a month number, a code's French
    words (:data:`engine.model.codes.CODES_FR`), anything else as written."""
    if months and isinstance(value, int) and 1 <= value <= 12:
        from engine.core.calendar import MONTHS_FR

        return MONTHS_FR[value - 1]
    from engine.model.codes import CODES_FR

    return CODES_FR.get(str(value), str(value))


def same(a: Any, b: Any) -> bool:
    """Widget value equals the file's value (numbers compared as numbers)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    if isinstance(a, dt.date) and isinstance(b, dt.date):
        return a == b
    return a == b


def percent_text(value: float) -> str:
    """A percentage as the entry field shows it, the French way: « 3 », « 3,3 », « 4,75 »."""
    from engine.core.fr import format_value

    return format_value(float(value), "nombre")


_PERCENT = re.compile(r"-?\d+(?:[.,]\d+)?")


def parse_percent(text: str, spec: Spec) -> float:
    """The percentage typed in an entry field: « 3,3 », « 4.75 », « 4,75 % » → 4.75.

    Raises ``ValueError`` with a French message for anything else: not a number, more than
    :data:`PERCENT_DECIMALS` decimals, outside the schema's bounds (``spec``)."""
    from decimal import Decimal

    cleaned = re.sub(r"[\s\u202f\u00a0]", "", text).removesuffix("%")
    example = "par exemple « 3 », « 3,3 » ou « 4,75 »"
    if not cleaned:
        raise ValueError(f"écrivez un pourcentage, {example}")
    if not _PERCENT.fullmatch(cleaned):
        raise ValueError(f"« {text.strip()[:40]} » n'est pas un pourcentage : écrivez un "
                         f"nombre, {example}")
    exact = Decimal(cleaned.replace(",", ".")).normalize()
    if -int(exact.as_tuple().exponent) > PERCENT_DECIMALS:
        raise ValueError(f"deux chiffres après la virgule au plus, {example}")
    value = float(exact)
    lo, hi = spec.minimum, spec.maximum
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise ValueError(f"un pourcentage entre {percent_text(lo or 0)} et "
                         f"{percent_text(hi if hi is not None else 100)} % est attendu "
                         f"(reçu : {percent_text(value)} %)")
    return value
