"""French number formatting for headlines: « 2,5 M€ », « 42 € », « 2,4 % »."""

from __future__ import annotations


def _fr(text: str) -> str:
    return text.replace(",", "\u202f").replace(".", ",")


def eur(amount: float) -> str:
    """Euros the way a headline says them: 2,5 M€ ; 830 k€ ; 42 €."""
    a = float(amount)
    if abs(a) >= 1_000_000:
        return _fr(f"{a / 1_000_000:.1f}") + " M€"
    if abs(a) >= 10_000:
        return _fr(f"{a / 1_000:.0f}") + " k€"
    return _fr(f"{a:,.0f}") + " €"


def number(value: float, digits: int = 0) -> str:
    return _fr(f"{float(value):,.{digits}f}")


def pct(value: float, digits: int = 1) -> str:
    return _fr(f"{float(value):.{digits}f}") + " %"
