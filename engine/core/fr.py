"""French formatting of numbers for messages (« 1 043 », « 2,4 % »)."""

from __future__ import annotations

from typing import Any

NNBSP = "\u202f"  # narrow no-break space, the French thousands separator


def number(value: float, decimals: int = 0) -> str:
    """1043 → « 1 043 » ; 2.4 → « 2,4 » (with ``decimals=1``)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", NNBSP).replace(".", ",")


def euros(value: float) -> str:
    return f"{number(value)} €"


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
