"""Conventions citoyennes (000_721ebb8a9b1c3e2a.txt § Conventions citoyennes sur des sujets
complexes et conflictuels).

« Sur un sujet complexe et conflictuel, un panel tiré au sort analyse et propose au CM ;
au maximum une convention par an. »
"""

from __future__ import annotations

from datetime import date

from engine.model.pact import ConventionClause, Pact, clause_key
from engine.procedures.rule import rule
from engine.procedures.trace import Decision, cite_param

KEY = clause_key(ConventionClause)


@rule("Une nouvelle convention citoyenne peut commencer dans l'année tant que le plafond annuel du pacte n'est pas atteint.",
      clause='conventions_citoyennes',
      params=('max_par_an',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Conventions citoyennes sur des sujets complexes et conflictuels',))
def convention_allowed(pact: Pact, held_this_year: int, day: date | None = None) -> Decision[bool]:
    """A new convention may start this calendar year iff fewer than ``max_par_an`` were held."""
    if held_this_year < 0:
        raise ValueError("le nombre de conventions ne peut pas être négatif")
    c = pact.conventions
    if c is None:
        return Decision(False, "Le pacte ne prévoit pas de convention citoyenne.", ())
    cap = c.max_per_year.at(day)
    ok = held_this_year < cap
    why = (f"{held_this_year} convention(s) cette année, au plus {cap} : "
           + ("une nouvelle convention est possible." if ok else "pas de nouvelle convention cette année."))
    return Decision(ok, why, (cite_param(KEY, c, c.max_per_year, day),))
