"""Fitting widgets for the pact's parameters, derived from the pact's JSON schema.

A widget only proposes a value; the value is applied as an override through
``engine.io.variant`` and validated exactly like the file, so a refused value gets the
engine's French message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

Kind = Literal["toggle", "slider", "integer", "number", "choice", "multichoice", "lines",
               "date", "readonly"]

UNIT_STEP = {"pourcent": 0.5}

LABELS_FR = {
    "electeurs_inscrits": "électeurs inscrits", "electeurs_et_ue": "électeurs et citoyens UE",
    "habitants_16_ans": "habitants de 16 ans et plus", "habitants": "tous les habitants",
    "bureau_executif": "bureau exécutif", "maire": "maire",
    "demission_demandee": "démission demandée", "revocation_automatique": "révocation automatique",
    "pluralite": "pluralité", "majorite_absolue": "majorité absolue",
    "consensus": "consensus", "majorite": "majorité",
}
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]


@dataclass(frozen=True)
class Spec:
    kind: Kind
    minimum: float | None = None
    maximum: float | None = None
    options: tuple[Any, ...] = ()


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


def spec_for(clause_key: str, param_key: str, unit: str) -> Spec:
    """The widget fitting a parameter's type, bounds and unit."""
    schema = _schema()
    clause = _deref(schema, schema["properties"][clause_key])
    param = _deref(schema, clause["properties"][param_key])
    value = _deref(schema, param["properties"]["valeur"])
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
            return Spec("multichoice", options=tuple(range(lo, hi + 1)))
        if items.get("type") == "string":
            return Spec("lines")
        return Spec("readonly")
    if kind in ("number", "integer"):
        lo, hi = value.get("minimum"), value.get("maximum")
        if unit == "pourcent" and lo is not None and hi is not None:
            return Spec("slider", lo, hi)
        return Spec("integer" if kind == "integer" else "number", lo, hi)
    return Spec("readonly")


def option_label(value: Any, unit: str = "") -> str:
    if isinstance(value, int) and unit == "liste" and 1 <= value <= 12:
        return MONTHS_FR[value - 1]
    return LABELS_FR.get(str(value), str(value))


def same(a: Any, b: Any) -> bool:
    """Widget value equals the file's value (numbers compared as numbers)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    if isinstance(a, dt.date) and isinstance(b, dt.date):
        return a == b
    return a == b
