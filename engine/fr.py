"""French formatting of numbers for messages (« 1 043 », « 2,4 % »)."""

from __future__ import annotations

NNBSP = "\u202f"  # narrow no-break space, the French thousands separator


def number(value: float, decimals: int = 0) -> str:
    """1043 → « 1 043 » ; 2.4 → « 2,4 » (with ``decimals=1``)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", NNBSP).replace(".", ",")


def euros(value: float) -> str:
    return f"{number(value)} €"
