"""One run's behaviour: every assumption drawn once in its range (or fixed at its value)."""

from __future__ import annotations

import random

from engine.model.assumptions import Assumptions


class Behaviour:
    """The assumption values one run uses (drawn in their range, or fixed), as attributes."""

    def __init__(self, values: dict[str, float]) -> None:
        self.__dict__.update(values)

    def as_dict(self) -> dict[str, float]:
        return dict(self.__dict__)


def draw_specs(assumptions: Assumptions) -> list[tuple[str, float, float, float, bool]]:
    """(attribute, low, high, mode, varies) for every assumption, in file order."""
    return [(name, a.low, a.high, a.value,
             assumptions.uncertainty and a.uncertain and a.low < a.high)
            for _key, name, a in assumptions.items()]


def draw_behaviour(specs: list[tuple[str, float, float, float, bool]], rng: random.Random) -> Behaviour:
    """One run's values: a triangular draw (mode = the assumption's value) when it varies."""
    values = {}
    for name, low, high, mode, varies in specs:
        values[name] = rng.triangular(low, high, mode) if varies else mode
    return Behaviour(values)
