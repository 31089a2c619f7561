"""Whose delays a vote follows: ``"pacte"`` (the pact's own delays only) or ``"loi"`` (the
pact's delays bounded by the legal minima and blackout periods)."""

from typing import Literal

Regime = Literal["pacte", "loi"]
