"""Exact arithmetic for money: decimals from the numbers a pact writes."""

from __future__ import annotations

from decimal import Decimal

Number = Decimal | int | float
ZERO = Decimal(0)
CENT = Decimal("0.01")


def dec(value: Number) -> Decimal:
    """An exact decimal from an int, a float as written (1.7 → 1.7) or a Decimal."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        return Decimal(int(value))
    return Decimal(str(value))
