"""Invitations by lot: how many letters a draw needs and how many people answer.

The DPC plans with the assumed acceptance rate (the mode of ``taux_acceptation_tirage_pct``)
to reach ``volontaires_par_siege`` volunteers per seat; the run's true rate (drawn in its
range) decides how many answer, and a short pool gets another wave of letters.
"""

from __future__ import annotations

from engine.procedures.invitations import letters_for
from engine.sim.state import RunState

MAX_WAVES = 6


def draw(state: RunState, day: int, seats: int, what: str) -> int:
    """Send invitations until the pool is large enough; returns the letters sent."""
    b = state.b
    planned = state.ctx.assumptions.sortition_acceptance_pct.value
    target = seats * b.volunteers_per_seat
    pool = 0
    letters = 0
    for _wave in range(MAX_WAVES):
        if pool >= target:
            break
        sent = letters_for(target - pool, planned)
        letters += sent
        pool += int(state.nrng.binomial(sent, b.sortition_acceptance_pct / 100.0))
    state.sortition_draws += 1
    state.sortition_letters += letters
    state.dpc[state.month(day)] += b.dpc_hours_per_draw + letters / 100.0 * b.dpc_hours_per_100_letters
    state.record(day, "tirage_au_sort", f"Tirage au sort : {what}", "", "",
                 f"{letters} lettres, {pool} volontaires pour {seats} sièges")
    return letters
