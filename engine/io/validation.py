"""pydantic's validation errors in plain French, naming file, line and field."""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from engine.core.errors import InputError, Problem, excerpt, shorten
from engine.core.fr import did_you_mean
from engine.io.load import Document

# --- pydantic errors in French --------------------------------------------------------

_MESSAGES = {
    "missing": "champ obligatoire absent",
    "extra_forbidden": "champ inconnu (clause ou clé non prévue par le schéma)",
    "int_type": "un nombre entier est attendu",
    "int_parsing": "un nombre entier est attendu",
    "int_from_float": "un nombre entier est attendu (sans décimales)",
    "float_type": "un nombre est attendu",
    "float_parsing": "un nombre est attendu",
    "bool_type": "un booléen est attendu (true ou false)",
    "bool_parsing": "un booléen est attendu (true ou false)",
    "string_type": "un texte est attendu",
    "date_type": "une date AAAA-MM-JJ est attendue",
    "date_parsing": "une date AAAA-MM-JJ est attendue",
    "date_from_datetime_parsing": "une date AAAA-MM-JJ est attendue",
    "list_type": "une liste est attendue",
    "tuple_type": "une liste est attendue",
    "dict_type": "un dictionnaire (clé: valeur) est attendu",
    "model_type": "un bloc de clés est attendu",
    "model_attributes_type": "un bloc de clés est attendu",
    "string_too_short": "le texte ne peut pas être vide",
    "string_pattern_mismatch": "format invalide",
    "string_too_long": "texte trop long",
    "too_long": "liste trop longue",
    "too_short": "liste trop courte",
    "finite_number": "un nombre fini est attendu",
    "int_parsing_size": "nombre entier démesuré",
    "enum": "valeur non prévue",
    "union_tag_invalid": "type de bloc non prévu",
    "union_tag_not_found": "type de bloc absent",
    "none_required": "aucune valeur n'est attendue ici",
    "is_instance_of": "type de valeur non prévu",
    "mapping_type": "un dictionnaire (clé: valeur) est attendu",
    "iterable_type": "une liste est attendue",
    "set_type": "une liste est attendue",
    "frozen_set_type": "une liste est attendue",
    "date_from_datetime_inexact": "une date AAAA-MM-JJ est attendue (sans heure)",
    "date_future": "une date passée est attendue",
    "date_past": "une date future est attendue",
    "datetime_type": "une date est attendue",
    "datetime_parsing": "une date est attendue",
    "multiple_of": "valeur non multiple du pas attendu",
    "decimal_type": "un nombre est attendu",
    "decimal_parsing": "un nombre est attendu",
    "unexpected_keyword_argument": "champ inconnu",
    "missing_keyword_only_argument": "champ obligatoire absent",
}


def _num(value: Any) -> str:
    return excerpt(value) if isinstance(value, (int, float)) else excerpt(str(value))


def _french(err: dict[str, Any]) -> str:
    """A pydantic error in French; a received value is quoted as a short excerpt only."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    got = err.get("input")
    shown = "" if isinstance(got, (dict, list)) or got is None else f" (reçu : {excerpt(got)})"
    if kind in ("less_than_equal", "less_than"):
        op = "≤" if kind == "less_than_equal" else "<"
        return f"valeur trop grande{shown} — attendu : une valeur {op} {_num(ctx.get('le', ctx.get('lt')))}"
    if kind in ("greater_than_equal", "greater_than"):
        op = "≥" if kind == "greater_than_equal" else ">"
        return f"valeur trop petite{shown} — attendu : une valeur {op} {_num(ctx.get('ge', ctx.get('gt')))}"
    if kind == "literal_error":
        expected = re.sub(r"\bor\b", "ou", str(ctx.get("expected", "")))
        return f"valeur non prévue{shown} — attendu : {shorten(expected, 300)}"
    if kind == "value_error":
        msg = str(ctx.get("error", err.get("msg", "")))
        return shorten(msg.removeprefix("Value error, "), 400)
    if kind == "string_pattern_mismatch":
        return f"format invalide{shown} — attendu : {shorten(str(ctx.get('pattern', '')), 100)}"
    base = _MESSAGES.get(kind)
    if base:
        return base + (shown if kind not in ("missing", "extra_forbidden") else "")
    return f"valeur refusée{shown} ({shorten(str(kind), 40)})"


def _clean_loc(loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """Drop pydantic's union/generic tags (e.g. 'PetitionClause', 'function-after[...]')."""
    out: list[str | int] = []
    for part in loc:
        if isinstance(part, int) and not isinstance(part, bool):
            out.append(part)
        elif isinstance(part, str) and ("[" in part or part.startswith("function-")):
            continue
        elif isinstance(part, dt.date):
            out.append(part.isoformat())
        else:
            out.append(str(part))
    return tuple(out)


# --- misspelt keys -----------------------------------------------------------------------

#: Key of the pact's free clauses, named when a clause key is unknown.
FREE_CLAUSES = "clauses_libres"
#: Characters of the known clauses' list in that message (a problem's message has 600).
KNOWN_CLAUSES_CHARS = 300


def _inner(kind: Any) -> Any:
    """The model (or container) behind an annotation: ``Param[int] | None`` → ``Param[int]``."""
    while True:
        origin = typing.get_origin(kind)
        if origin is typing.Annotated:
            kind = typing.get_args(kind)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(kind) if a is not type(None)]
            models = [a for a in args if isinstance(a, type) and issubclass(a, BaseModel)]
            kind = (models or args)[0]
        else:
            return kind


def _model_at(model: type[BaseModel], path: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The model whose block sits at ``path`` in a file read by ``model``, if any."""
    kind: Any = model
    for part in path:
        kind = _inner(kind)
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            fields = {f.alias or n: f for n, f in kind.model_fields.items()}
            field = fields.get(str(part)) or kind.model_fields.get(str(part))
            if field is None:
                return None
            kind = field.annotation
        elif typing.get_origin(kind) in (list, tuple, dict):
            kind = typing.get_args(kind)[-1] if typing.get_args(kind) else Any
        else:
            return None
    kind = _inner(kind)
    return kind if isinstance(kind, type) and issubclass(kind, BaseModel) else None


def unknown_key_hint(model: type[BaseModel], loc: tuple[str | int, ...]) -> str:
    """« — voulez-vous dire « seuil_pct » ? »: the closest valid key at the unknown key's level
    (difflib); for an unknown clause with no close key, the known clauses and the free clause."""
    parent = _model_at(model, loc[:-1])
    if parent is None:
        return ""
    valid = [f.alias or n for n, f in parent.model_fields.items()]
    close = did_you_mean(str(loc[-1]), valid)
    if close:
        return close
    if len(loc) == 1 and FREE_CLAUSES in valid:
        clauses = [key for key, f in zip(valid, parent.model_fields.values(), strict=True)
                   if key != FREE_CLAUSES and not f.is_required()]
        # The advice first: the list of clauses grows with the catalogue and is cut to fit a
        # message; the command that lists them all is named.
        return (f" — clé inconnue : une mesure que Pacte ne connaît pas s'écrit dans "
                f"« {FREE_CLAUSES}: » (titre, texte, nature) ; les clauses connues "
                f"(toutes : pacte schema pacte --format text) sont "
                f"{shorten(', '.join(clauses), KNOWN_CLAUSES_CHARS)}")
    return f" — clés prévues ici : {shorten(', '.join(valid), 400)}"


def validate(model: type[BaseModel], doc: Document, field_prefix: str = "",
             context: dict[str, Any] | None = None) -> Any:
    """Validate a document against a model; French problems with file and line. ``context``
    reaches the model's validators (the law, for a scenario's « sieges_conseil »)."""
    if not isinstance(doc.data, dict):
        raise InputError.single(doc.name, 1, "(racine)", "le fichier doit contenir un bloc de clés")
    try:
        return model.model_validate(doc.data, context=context)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = _clean_loc(err["loc"])
            dotted = ".".join(str(p + 1) if isinstance(p, int) else p for p in loc) or "(racine)"
            message = _french(err)
            if err["type"] == "extra_forbidden" and loc:
                message += unknown_key_hint(model, loc)
            problems.append(Problem(doc.name, doc.line_of(loc), field_prefix + dotted, message))
        raise InputError(problems) from None
