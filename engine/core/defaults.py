"""The defaults every entry point shares (CLI commands, dashboard, reports): one value each.

- :data:`DEFAULT_SEED` — the seed of the simulated futures (Monte Carlo) when none is given:
  2026, the year of the municipal elections the bundled pacts are written for (the seed of
  ``pacte bilan`` documented in the README). Same inputs and same seed, same figures, whether
  they come from ``pacte bilan``, ``pacte simuler``, ``pacte balayer`` or the dashboard.
- :data:`DEFAULT_REGIME` — whose delays a vote follows when none is asked: ``"loi"``, the
  pact's delays bounded by the legal minima and the periods without a local vote (LO1112-3,
  LO1112-6). It is what will actually happen once the pact is applied; ``"pacte"`` (the
  pact's own delays only) shows what the text promises. The behaviour assumptions
  (``rules/hypotheses/defaut.yaml``, ``regime_des_votes``) say the same.
"""

from __future__ import annotations

from typing import Final, Literal

DEFAULT_SEED: Final = 2026
DEFAULT_REGIME: Final[Literal["loi"]] = "loi"

#: How the CLI and the dashboard say these defaults (one wording).
SEED_HELP: Final = (f"Graine des futurs simulés : mêmes entrées et même graine, mêmes chiffres "
                    f"(défaut : {DEFAULT_SEED}, la même pour toutes les commandes et le tableau "
                    "de bord).")
REGIME_HELP: Final = ("Délais que suivent les votes : loi (défaut) = délais du pacte bornés par "
                      "les délais légaux et les périodes sans scrutin local, ce qui se passera "
                      "vraiment ; pacte = délais du pacte seuls, ce que promet le texte.")
