"""Rounding as the law rounds: a percentage of a whole number, rounded down."""

from __future__ import annotations

import math


def floor_pct(total: int, pct: float) -> int:
    """``pct`` % of ``total`` rounded down, exact for whole percentages (30 % of 45 = 13)."""
    return math.floor(total * pct / 100 + 1e-9)

