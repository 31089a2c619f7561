"""French number formatting for headlines: « 2,5 M€ », « 42 € », « 2,4 % »."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def _fr(text: str) -> str:
    return text.replace(",", "\u202f").replace(".", ",")


def eur(amount: float) -> str:
    """Euros the way a headline says them: 2,5 M€ ; 830 k€ ; 42 €."""
    a = float(amount)
    if abs(a) >= 1_000_000:  # half up: 1 250 000 € → 1,3 M€
        millions = Decimal(str(a)) / Decimal(1_000_000)
        return _fr(str(millions.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))) + " M€"
    if abs(a) >= 10_000:
        return _fr(f"{a / 1_000:.0f}") + " k€"
    return _fr(f"{a:,.0f}") + " €"


def number(value: float, digits: int = 0) -> str:
    return _fr(f"{float(value):,.{digits}f}")


def pct(value: float, digits: int = 1) -> str:
    return _fr(f"{float(value):.{digits}f}") + " %"


def cost_headline(costs: dict) -> str:
    """« Le pacte coûte 2,5 M€ par an, soit 42 € par habitant » from ``cost_table().as_dict()``."""
    return (f"Le pacte coûte {eur(costs['operating']['total_eur'])} par an, soit "
            f"{number(costs['per_inhabitant_eur'])} € par habitant")
