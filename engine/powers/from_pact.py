"""The power graph of a pact: what the CGCT gives, then what each clause adds, in order.

The order is part of the output (bodies and powers are listed as they are added; a clause may
redefine a body of the law, e.g. « binomes » turns the adjoints into pairs, in place).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from engine.powers import (
    citizen_edges,
    executive_edges,
    family_edges,
    law_edges,
    mayor_edges,
    participation_edges,
)
from engine.powers.builder import GraphBuilder
from engine.powers.graph import PowerGraph

if TYPE_CHECKING:  # pragma: no cover
    from engine.model.pact import Pact

#: every family of powers, in the order they are added to the graph
FAMILIES: tuple[Callable[[GraphBuilder], None], ...] = (
    law_edges.add_law_bodies,
    law_edges.add_law_powers,
    executive_edges.add_pairs,
    executive_edges.add_executive,
    executive_edges.add_bureau,
    executive_edges.add_council_sessions,
    executive_edges.add_committees,
    citizen_edges.add_citizen_council,
    citizen_edges.add_revocation,
    citizen_edges.add_staff_audit,
    citizen_edges.add_petition,
    citizen_edges.add_abrogation,
    citizen_edges.add_referendum,
    citizen_edges.add_quartier_councils,
    citizen_edges.add_conventions,
    citizen_edges.add_investment_plan,
    citizen_edges.add_pluihd,
    executive_edges.add_citizen_power_service,
    executive_edges.add_rotation,
    executive_edges.add_collegiality,
    mayor_edges.add_mayor_powers,
    mayor_edges.add_commitments,
    participation_edges.add_participatory_budget,
    participation_edges.add_interpellation,
    family_edges.add_assemblies,
    family_edges.add_votes,
)


def build(pact: Pact, day: date | None = None) -> PowerGraph:
    """L'organisation des pouvoirs du pacte ``pact`` (paramètres en vigueur le jour ``day``) :
    les organes et pouvoirs que donne le CGCT, puis ceux qu'ajoute chaque clause présente,
    chacun cité par l'article de loi ou le paramètre du pacte dont il vient."""
    b = GraphBuilder(pact, day)
    for add in FAMILIES:
        add(b)
    return b.graph
