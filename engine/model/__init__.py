"""Pydantic schema of a pact, a commune and a scenario (the boundary of the engine)."""

from engine.model.pact import Pact
from engine.model.params import Param, Source
from engine.model.scenario import Scenario

__all__ = ["Pact", "Param", "Scenario", "Source"]
