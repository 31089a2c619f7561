"""The dashboard's cost headline, in the engine's French formats (:mod:`engine.core.fr`)."""

from __future__ import annotations

from engine.core.fr import euros_headline as eur
from engine.core.fr import number, percent

__all__ = ["cost_headline", "eur", "number", "pct"]


def pct(value: float, digits: int = 1) -> str:
    """« 2,4 % »."""
    return percent(float(value), digits)


def cost_headline(costs: dict) -> str:
    """« Le pacte coûte 2,5 M€ par an, soit 42 € par habitant » from ``cost_table().as_dict()``."""
    total, each = float(costs["operating"]["total_eur"]), float(costs["per_inhabitant_eur"])
    if total == 0:
        return "Le pacte ne coûte rien en fonctionnement à la commune"
    return (f"Le pacte coûte {eur(total)} par an, soit "
            f"{number(each, 1 if each < 10 else 0)} € par habitant")
