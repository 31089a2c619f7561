"""The published JSON Schema of a pact file and of a scenario file, in French.

pydantic writes the schema from the model; this generator gives its definitions readable
French names (« Clause_votation_propositionnelle », « Parametre_pourcent » instead of
``Param_Annotated_float__FieldInfo…``), titles them in French, accepts the shorthand
« document § section » for a source (as the loader does), and marks every optional field
« facultatif » next to its ``default: null``.
"""

from __future__ import annotations

import inspect
import re
import types
import typing
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel
from pydantic.json_schema import CoreModeRef, DefsRef, GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from engine.model import params as p
from engine.model.clause import Clause
from engine.model.clauses_common import Electorate, Weekday
from engine.model.pact import Pact, clause_key
from engine.model.params import Param, Source
from engine.model.scenario import Population, Scenario

#: JSON Schema dialect of the published schema.
DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: Sentence added to an optional field whose description does not already say so.
OPTIONAL = "Facultatif ; sans valeur : la clé peut être omise (valeur par défaut : aucune)."

#: French names of the value types of ``engine.model.params`` (a parameter's type).
_TYPE_NAMES: tuple[tuple[Any, str], ...] = (
    (p.Percent, "pourcent"), (p.NonNegInt, "entier"), (p.PosInt, "entier_positif"),
    (p.Months, "mois"), (p.PeriodMonths, "periode_mois"), (p.Days, "jours"),
    (p.Euros, "euros"), (p.Hours, "heures"), (p.MeetingHours, "heures_dans_la_journee"),
    (p.SmicMultiple, "multiple_du_smic"), (p.MonthNumber, "mois_de_l_annee"),
    (p.Seats, "sieges"), (p.PosSeats, "sieges_au_moins_un"), (p.Members, "membres"),
    (p.PosMembers, "membres_au_moins_un"), (p.Staff, "effectif"), (p.PerYear, "par_an"),
    (p.PosPerYear, "par_an_au_moins_un"), (p.PerMonth, "par_mois"),
    (p.PosPerMonth, "par_mois_au_moins_un"), (p.Tickets, "tickets"),
    (p.Signatures, "signatures"), (Population, "population"), (Weekday, "jour_de_la_semaine"),
    (Electorate, "corps_electoral"), (Literal[1, 2, 3, 4], "rang_dans_le_mois"),
    (bool, "booleen"), (str, "texte"), (int, "entier"), (float, "nombre"), (date, "date"),
)

#: French names of the models that are neither a clause nor a parameter.
_MODEL_NAMES: dict[str, str] = {
    "Pact": "Pacte", "PactInfo": "Identite_du_pacte", "Source": "Source",
    "Delegation": "Delegation", "QuartierPair": "Binome_de_quartier",
    "Scenario": "Scenario", "ScenarioInfo": "Identite_du_scenario", "Commune": "Commune",
    "Quartier": "Quartier", "Budget": "Budget", "Range": "Plage", "ShareItem": "Categorie",
    "Distribution": "Repartition", "Demographics": "Demographie", "Mandate": "Mandat",
    "ElectionWindow": "Fenetre_electorale", "FreeClause": "Clause_libre", "Stratum": "Strate",
    "Category": "Categorie_de_mesure", "DelegationObjectives": "Objectifs_de_delegation",
}


#: Unit of a parameter whose field does not declare one (``json_schema_extra={"unite": …}``),
#: from its value type; any other number is a « nombre ».
_TYPE_UNITS: tuple[tuple[Any, str], ...] = (
    (p.Percent, "pourcent"), (p.Months, "mois"), (p.PeriodMonths, "mois"), (p.Days, "jours"),
    (p.Euros, "euros"), (p.Hours, "heures"), (p.MeetingHours, "heures"),
    (p.Signatures, "signatures"), (bool, "booleen"), (str, "texte"), (date, "date"),
)


def unit_of(kind: Any) -> str:
    """The unit a parameter of value type ``kind`` is written in, when its field names none."""
    for alias, unit in _TYPE_UNITS:
        if alias is kind:
            return unit
    origin = typing.get_origin(kind)
    if origin in (list, tuple):
        return "liste"
    if origin is Literal:
        return "texte" if all(isinstance(a, str) for a in typing.get_args(kind)) else "nombre"
    if origin in (typing.Union, types.UnionType):  # « [3, 4] ou toutes »: as its first form
        return unit_of(typing.get_args(kind)[0])
    return "nombre"


def _param_type(annotation: Any) -> Any:
    """The value type of a ``Param[T]`` field (optional or not), else None."""
    for kind in [annotation, *typing.get_args(annotation)]:
        meta = getattr(kind, "__pydantic_generic_metadata__", None) or {}
        if meta.get("origin") is Param:
            return meta["args"][0]
    return None


def _bound(value: Any) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}".replace(".", "_")


def type_name(kind: Any) -> str:
    """A readable French name for a parameter's value type (« pourcent », « liste_de_mois »)."""
    named = {name for alias, name in _TYPE_NAMES if alias is kind}
    if not named:  # Literal types compare by value, Annotated ones by identity of metadata
        named = {name for alias, name in _TYPE_NAMES if alias == kind}
    if len(named) == 1:
        return named.pop()
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        return "_ou_".join(type_name(a) for a in args)
    if origin in (list, tuple):
        return "liste_de_" + type_name(args[0])
    if origin is Literal:
        return "choix_" + "_ou_".join(str(a) for a in args)
    if origin is Annotated:
        base = type_name(args[0])
        low = [getattr(m, "ge", None) for m in args[1].metadata if hasattr(m, "ge")]
        high = [getattr(m, "le", None) for m in args[1].metadata if hasattr(m, "le")]
        return base + (f"_de_{_bound(low[0])}" if low else "") + (f"_a_{_bound(high[0])}" if high else "")
    return getattr(kind, "__name__", "valeur")


def model_name(cls: type[BaseModel]) -> str:
    """The readable name of a model's definition in the schema."""
    meta = getattr(cls, "__pydantic_generic_metadata__", None) or {}
    if meta.get("origin") is Param:
        return "Parametre_" + type_name(meta["args"][0])
    if issubclass(cls, Clause) and cls is not Clause:
        try:
            return "Clause_" + clause_key(cls)
        except KeyError:
            return "Clause_" + cls.__name__
    return _MODEL_NAMES.get(cls.__name__, cls.__name__)


def _models(node: Any, out: dict[str, type[BaseModel]]) -> None:
    """Every model of a core schema, by its core reference."""
    if isinstance(node, dict):
        inner = node  # a model with validators carries its reference on a wrapper schema
        while isinstance(inner, dict) and inner.get("type") != "model":
            inner = inner.get("schema")
        if "ref" in node and isinstance(inner, dict):
            out.setdefault(node["ref"], inner["cls"])
        for value in node.values():
            _models(value, out)
    elif isinstance(node, (list, tuple)):
        for value in node:
            _models(value, out)


class FrenchJsonSchema(GenerateJsonSchema):
    """pydantic's generator with French definition names and titles (see the module doc)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._names: dict[str, str] = {}

    def generate(self, schema: core_schema.CoreSchema, mode: Any = "validation") -> JsonSchemaValue:
        found: dict[str, type[BaseModel]] = {}
        _models(schema, found)
        self._names = {ref: model_name(cls) for ref, cls in found.items()}
        out = super().generate(schema, mode=mode)
        out["$schema"] = DIALECT
        return out

    def get_defs_ref(self, core_mode_ref: CoreModeRef) -> DefsRef:
        defs_ref = super().get_defs_ref(core_mode_ref)
        name = self._names.get(core_mode_ref[0])
        if name:
            self._prioritized_defsref_choices[defs_ref].insert(0, DefsRef(name))
        return defs_ref

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False  # a property is named by its (French) key; its description says the rest

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        out = super().model_schema(schema)
        cls = schema["cls"]
        out["title"] = model_name(cls).replace("_", " ")
        meta = getattr(cls, "__pydantic_generic_metadata__", None) or {}
        if meta.get("origin") is Param and "description" not in out:
            kind = type_name(meta["args"][0]).replace("_", " ")
            out["description"] = f"{inspect.cleandoc(Param.__doc__ or '')} Valeur : {kind}."
        fields = {f.alias or n: f for n, f in cls.model_fields.items()}
        for key, prop in out.get("properties", {}).items():
            kind = _param_type(fields[key].annotation) if key in fields else None
            if kind is not None and "unite" not in prop:
                prop["unite"] = unit_of(kind)
            if key not in out.get("required", ()) and prop.get("default", 0) is None:
                text = prop.get("description", "")
                if "facultatif" not in text.lower():
                    prop["description"] = f"{text} {OPTIONAL}".strip()
        if "description" in out:  # a docstring's line breaks inside a paragraph are spaces
            out["description"] = re.sub(r"(?<!\n)\n(?!\n)", " ", out["description"])
        if cls is Source:  # the loader also takes « document § section » on one line
            shorthand = {"type": "string", "pattern": "§",
                         "description": "Forme courte : « document § section »."}
            return {"title": out["title"], "description": out.get("description", ""),
                    "anyOf": [shorthand, {k: v for k, v in out.items() if k != "title"}]}
        return out


def french_schema(kind: Literal["pacte", "scenario"]) -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of a pact file or a scenario file, in French."""
    model: type[BaseModel] = {"pacte": Pact, "scenario": Scenario}[kind]
    return model.model_json_schema(by_alias=True, schema_generator=FrenchJsonSchema)
