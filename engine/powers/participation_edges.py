"""The powers the participation clauses give: residents propose and vote on participatory
budget projects the council adopts in its budget (L2312-1 ; CRPA L131-1), and citizens
question the council in session or put a matter on its agenda (L1112-16 II ; L2121-8).
Each power is cited by the parameter read; only the council decides."""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine.powers.graph import CITIZENS, electorate_node
from engine.powers.law_edges import LEGAL_BUDGETS

if TYPE_CHECKING:  # pragma: no cover
    from engine.powers.builder import GraphBuilder


def add_participatory_budget(b: GraphBuilder) -> None:
    """Clause « budget_participatif » : les habitant·es proposent et votent des projets ; le
    conseil les inscrit au budget qu'il vote (un vote contraignant serait contraire à L2312-1)."""
    bp = b.pact.participatory_budget
    if bp is None:
        return
    b.clause_body("budget_participatif", "Budget participatif", "decision", bp)
    proposers = b.read(bp, bp.proposers)
    b.grant(electorate_node(proposers.value), "budget_participatif", "propose",
            "déposent des projets", proposers)
    b.law("conseil_municipal", "budget_participatif", "decide",
          "inscrit les projets lauréats au budget qu'il vote", ("L2311-1", "L2312-1"), LEGAL_BUDGETS)
    binding = b.read(bp, bp.result_binding)
    voters = electorate_node(b.value(bp.voters))
    if binding.value:
        b.grant(voters, "budget_participatif", "decide",
                "choisissent les projets par leur vote — contraire à L2312-1", binding)
    else:
        b.grant(voters, "conseil_municipal", "conseille",
                "votent pour les projets : un avis que le conseil s'engage à suivre",
                binding, force="avis")


def add_interpellation(b: GraphBuilder) -> None:
    """Clause « interpellation » : les citoyen·nes interpellent le conseil en séance ; avec
    « inscription_ordre_du_jour », leur question va à l'ordre du jour (le conseil reste libre)."""
    it = b.pact.interpellation
    if it is None:
        return
    b.grant(CITIZENS, "conseil_municipal", "conseille",
            "interpellent le conseil, qui répond en séance", b.clause(it), force="avis")
    agenda = b.read(it, it.on_agenda)
    who = CITIZENS if it.signatories is None else electorate_node(b.value(it.signatories))
    if agenda.value:
        b.grant(who, "conseil_municipal", "propose",
                "inscrivent une question à l'ordre du jour, pour débat et vote", agenda)
