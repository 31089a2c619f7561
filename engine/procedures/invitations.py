"""Invitations by lot: how many letters bring a number of volunteers at an acceptance rate."""

from __future__ import annotations

import math

from engine.core.errors import InputError
from engine.procedures.rule import rule

ACCEPTANCE_KEY = "taux_acceptation_tirage_pct"


@rule("Les lettres d'invitation à envoyer pour attendre un nombre de volontaires à un taux d'acceptation donné (arrondi au supérieur).",
      seeds=('000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)',))
def letters_for(volunteers: float, acceptance_pct: float) -> int:
    """Letters to send to expect ``volunteers`` answers at ``acceptance_pct`` % (rounded up)."""
    if volunteers <= 0:
        return 0
    if acceptance_pct <= 0:
        raise InputError.single("hypotheses", None, ACCEPTANCE_KEY,
                                "un taux d'acceptation nul ne permet aucun tirage")
    return math.ceil(volunteers * 100.0 / acceptance_pct - 1e-9)

