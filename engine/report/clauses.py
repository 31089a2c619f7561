"""The pact as a list of clauses and cited parameters (what `pacte clauses` prints)."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel

from engine.core.fr import first_sentence
from engine.model.clause import Clause, field_named
from engine.model.clauses_free import NATURE_FR
from engine.model.pact import FreeClause, Pact, clause_key, dump_param, item_key
from engine.model.params import informative_reason
from engine.model.template import render_text


def describe(pact: Pact) -> dict[str, Any]:
    """Every clause with every parameter: value, unit, description, source, legal basis."""
    clauses = [_entry(key, clause) for key, clause in pact.clauses().items()]
    clauses += [_entry(item_key(v), v) for v in pact.votes]
    clauses += [_entry(item_key(a), a) for a in pact.assemblies]
    free = clause_key(FreeClause)
    free_clauses = [{"id": f"{free}.{c.id}", "title": c.title, "text": c.text, "nature": c.nature,
                     "nature_fr": NATURE_FR[c.nature],
                     "source": str(c.source) if c.source is not None else None,
                     "legal_basis": list(c.legal_basis)} for c in pact.free_clauses]
    return {"pacte": pact.info.id, "title": pact.info.title, "commune": pact.info.commune,
            "clauses": clauses, "free_clauses": free_clauses}


def clause_description(clause: Clause, key: str = "", day: date | None = None) -> str:
    """What the clause promises, its figures read from its parameters (:func:`render_text`)."""
    return render_text(clause.description, clause, f"{key}.description" if key else "", day)


def _json(value: Any) -> Any:
    """A parameter's value, nested models (strata of a body drawn by lot) as plain data."""
    if isinstance(value, list):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, BaseModel):
        return value.model_dump(by_alias=True, exclude_none=True, mode="json")
    return value


def listed_titles(pact: Pact) -> dict[str, str]:
    """The titles of the items of the list families (issue 9), by the key their findings use:
    « clauses_libres.<id> », « votations.<id> », « assemblees_tirees_au_sort.<id> »."""
    free = clause_key(FreeClause)
    out = {f"{free}.{fc.id}": f"{fc.title} (clause libre)" for fc in pact.free_clauses}
    out.update({item_key(v): v.title for v in pact.votes})
    out.update({item_key(a): a.title for a in pact.assemblies})
    return out


def _entry(key: str, clause: Clause) -> dict[str, Any]:
    """One clause with every parameter: value, unit, description, source, legal basis."""
    params = [{
        "path": f"{key}.{pkey}",
        "key": pkey,
        "description": render_text(param.description, clause, f"{key}.{pkey}.description"),
        "value": _json(dump_param(param)),
        "dated": param.values is not None,
        "unit": param.unit,
        "source": str(clause.param_source(param)),
        "legal_basis": list(param.legal_basis),
        "note": param.note,
        "informatif": informative_reason(type(clause), pkey),
    } for pkey, param in clause.params().items()]
    return {
        "id": key,
        "title": clause.title,
        "description": clause_description(clause, key),
        "source": str(clause.source),
        "legal_basis": list(clause.legal_basis),
        "parameters": params,
    }


#: what a calendar step may cite besides a clause: the mandate, the electoral calendar, the law
CITED_FR = {"mandat": "Mandat (scénario)", "elections": "Calendrier électoral", "loi": "Loi"}


def cited_labels(pact: Pact) -> dict[str, str]:
    """« Titre de la clause — paramètre » for each clause and parameter path of ``pact``
    (what a calendar shows instead of « votation_propositionnelle.periodicite_… »)."""
    out: dict[str, str] = {}
    for c in describe(pact)["clauses"]:
        out[c["id"]] = c["title"]
        out.update({p["path"]: f"{c['title']} — {p['description']}" for p in c["parameters"]})
    return out


def cited_label(path: str, labels: dict[str, str]) -> str:
    """The French name of what a step cites (``labels`` from :func:`cited_labels`): a clause
    or parameter, the law (« Loi, L2121-12 »), the mandate or the electoral calendar; the
    path itself if unknown."""
    if path in labels:
        return labels[path]
    head, _, rest = path.partition(".")
    if head == "loi" and rest:
        return f"Loi, {rest}"
    return CITED_FR.get(head, path)


def absent_title(key: str) -> str:
    """What a clause the pact does not have is called: the first sentence of its schema
    description (« Vote d'abrogation d'une délibération du conseil »), then « (clause absente
    du pacte) »; a key that is no clause stays as it is."""
    field = field_named(Pact, key)
    if field is None or not field.description:
        return f"{key} (clause absente du pacte)"
    return f"{first_sentence(field.description).split(' : ')[0]} (clause absente du pacte)"


def titled(key: str, titles: dict[str, str]) -> str:
    """The title of the clause ``key`` in ``titles``, else the name of an absent clause."""
    return titles.get(key) or absent_title(key)
