"""Value types shared by several clause modules (days of the week, electorates)."""

from __future__ import annotations

from typing import Literal

#: A day of the week, as the pact writes it.
Weekday = Literal["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
#: Who may sign or vote: registered electors, with EU citizens, residents from 16, residents.
Electorate = Literal["electeurs_inscrits", "electeurs_et_ue", "habitants_16_ans", "habitants"]
