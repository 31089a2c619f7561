"""The pact as a list of clauses and cited parameters (what `pacte clauses` prints)."""

from __future__ import annotations

from typing import Any

from engine.model.pact import Pact, dump_param


def describe(pact: Pact) -> dict[str, Any]:
    """Every clause with every parameter: value, unit, description, source, legal basis."""
    clauses = []
    for key, clause in pact.clauses().items():
        params = []
        for pkey, param in clause.params().items():
            params.append({
                "path": f"{key}.{pkey}",
                "key": pkey,
                "description": param.description,
                "value": dump_param(param),
                "dated": param.values is not None,
                "unit": param.unit,
                "source": str(clause.param_source(param)),
                "legal_basis": list(param.legal_basis),
                "note": param.note,
            })
        clauses.append({
            "id": key,
            "title": clause.title,
            "description": clause.description,
            "source": str(clause.source),
            "legal_basis": list(clause.legal_basis),
            "parameters": params,
        })
    return {"pacte": pact.info.id, "title": pact.info.title, "commune": pact.info.commune,
            "clauses": clauses}
