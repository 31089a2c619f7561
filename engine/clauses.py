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


UNITS_FR = {
    "pourcent": "%", "signatures": "signatures", "mois": "mois", "jours": "jours",
    "heures": "h", "personnes": "personnes", "binomes": "binômes", "reunions": "réunions",
    "sessions": "séances", "votations": "votations", "euros": "€", "euros_par_heure": "€/h",
    "euros_par_an": "€/an", "nombre": "", "booleen": "", "texte": "", "date": "", "liste": "",
}


def format_value(value: Any, unit: str) -> str:
    """A value as a French reader expects it (1 043, 3 %, oui/non, dated values)."""
    if isinstance(value, dict):
        return " ; ".join(f"dès le {d} : {format_value(v, unit)}" for d, v in value.items())
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, (int, float)):
        num = f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
        num = num.replace(",", "\u202f").replace(".", ",")
        suffix = UNITS_FR.get(unit, "")
        return f"{num} {suffix}".strip()
    return str(value)
