"""French formatting of numbers for messages (« 1 043 », « 2,4 % »)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

NNBSP = "\u202f"  # narrow no-break space, the French thousands separator


def _french(text: str) -> str:
    """Python's « 1,043.5 » written the French way: « 1 043,5 »."""
    return text.replace(",", NNBSP).replace(".", ",")


def number(value: float, decimals: int = 0) -> str:
    """1043 → « 1 043 » ; 2.4 → « 2,4 » (with ``decimals=1``)."""
    return _french(f"{value:,.{decimals}f}")


def euros(value: float) -> str:
    """Whole euros: « 200 000 € »."""
    return f"{number(value)} €"


def percent(value: float, decimals: int = 1) -> str:
    """« 2,4 % »."""
    return f"{number(value, decimals)} %"


def percent_exact(value: float) -> str:
    """A percentage as the pact writes it, without trailing zeros: « 3 % », « 3,3 % »,
    « 4,75 % »."""
    return f"{_french(f'{value:g}')} %"


def euros_headline(amount: float) -> str:
    """Euros the way a headline says them: « 2,5 M€ » ; « 830 k€ » ; « 42 € »."""
    a = float(amount)
    if abs(a) >= 1_000_000:  # half up: 1 250 000 € → 1,3 M€
        millions = Decimal(str(a)) / Decimal(1_000_000)
        return _french(str(millions.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))) + " M€"
    if abs(a) >= 10_000:
        return _french(f"{a / 1_000:.0f}") + " k€"
    return _french(f"{a:,.0f}") + " €"


UNITS_FR = {
    "pourcent": "%", "signatures": "signatures", "mois": "mois", "jours": "jours",
    "heures": "h", "personnes": "personnes", "binomes": "binômes", "reunions": "réunions",
    "sessions": "séances", "votations": "votations", "euros": "€", "euros_par_heure": "€/h",
    "euros_par_an": "€/an", "nombre": "", "booleen": "", "texte": "", "date": "", "liste": "",
}


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def format_value(value: Any, unit: str) -> str:
    """A value as a French reader expects it (1 043, 3 %, oui/non, dated values)."""
    if isinstance(value, dict):
        if all(_ISO_DAY.fullmatch(str(d)) for d in value):  # dated values
            return " ; ".join(f"dès le {d} : {format_value(v, unit)}" for d, v in value.items())
        return ", ".join(f"{k} : {format_value(v, 'nombre')}" for k, v in value.items()
                         if v is not None)
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, list):
        if any(isinstance(v, dict) for v in value):
            return " ; ".join(f"({format_value(v, unit)})" for v in value)
        return ", ".join(format_value(v, "nombre") for v in value)
    if isinstance(value, (int, float)):
        num = f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
        num = _french(num)
        suffix = UNITS_FR.get(unit, "")
        return f"{num} {suffix}".strip()
    return str(value)


def money(amount: Decimal | float | int, cents: bool = True, unit: str = "€") -> str:
    """An amount of money as a French reader expects it: « 1 234,50 € », « 2 519 484 € ».

    Exact: a float is read as written (1.7 → « 1,70 € »); a whole amount, or any amount with
    ``cents=False``, shows no cents. ``unit`` is the symbol after the amount (« € », « €/h »).
    """
    v = amount if isinstance(amount, Decimal) else Decimal(str(amount))
    text = f"{v:,.2f}" if cents and v != v.to_integral_value() else f"{v:,.0f}"
    return f"{_french(text)} {unit}"


def format_amount(value: Decimal | float | int, unit: str = "nombre") -> str:
    """Like :func:`format_value` for one number, read exactly, where money keeps its cents
    (« 1,70 € », « 11,88 €/h ») and whole values show no decimals (« 8 h », « 30 »)."""
    v = value if isinstance(value, Decimal) else Decimal(str(value))
    if v == v.to_integral_value():
        return format_value(int(v), unit)
    if unit.startswith("euros"):
        return money(v, unit="€/h" if unit == "euros_par_heure" else "€")
    return format_value(float(v), unit)


def first_sentence(text: str) -> str:
    """The first sentence of a description, without its final point (a title made of it)."""
    return " ".join(text.split()).split(". ")[0].rstrip(".")


def plural(count: int | float, singular: str, plural_form: str | None = None) -> str:
    """« 1 jour », « 3 jours », « 0 conflit » (French: the plural from 2 on), the number
    formatted by :func:`number`; ``plural_form`` for irregular words (« travail » → « travaux »)."""
    word = singular if abs(count) < 2 else (plural_form or f"{singular}s")
    return f"{number(count)} {word}"


#: How close a mistyped name must be to a known one to be suggested (difflib's ratio).
SUGGESTION_CUTOFF = 0.6


def did_you_mean(word: str, known: list[str], cutoff: float = SUGGESTION_CUTOFF) -> str:
    """« — voulez-vous dire « bilan » ? » for the known name closest to ``word`` (difflib,
    case ignored); « » when none is close enough."""
    import difflib

    by_key = {k.casefold(): k for k in known}
    close = difflib.get_close_matches(word.casefold(), list(by_key), n=1, cutoff=cutoff)
    return f" — voulez-vous dire « {by_key[close[0]]} » ?" if close else ""
