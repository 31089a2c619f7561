"""One module per procedure of the pact: pure functions returning dated, traced results.

``regime`` selects whose delays a vote follows: ``"pacte"`` (the pact's own delays only)
or ``"loi"`` (the pact's delays bounded by the legal minima and blackout periods).
"""

from typing import Literal

Regime = Literal["pacte", "loi"]
