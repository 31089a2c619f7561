"""The accumulator the clause families write into: bodies, powers, and how each is cited.

A power granted by a pact clause carries the :class:`~engine.procedures.trace.Citation` of
the parameter read to grant it (``b.read(pet, pet.quorum_pct)``): the clause reference
(« votation_propositionnelle.quorum_pct »), the source and the legal basis all come from
that parameter, never from a string typed by hand. A power the CGCT gives cites the article
and the section of LEGAL.md that explains it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from engine.core.fr import format_value
from engine.powers.graph import LAW, Body, EdgeKind, Force, NodeKind, Power, PowerGraph
from engine.procedures.trace import Citation, cite_clause, cite_param

if TYPE_CHECKING:  # pragma: no cover
    from engine.model.clause import Clause
    from engine.model.pact import Pact
    from engine.model.params import Param

T = TypeVar("T")


class GraphBuilder:
    """Accumulates bodies and powers; each pact clause adds its own."""

    def __init__(self, pact: Pact, day: date | None) -> None:
        self.pact = pact
        self.day = day
        self.graph = PowerGraph(pact.info.id, pact.info.title)

    def body(self, id_: str, label: str, kind: NodeKind, clause: str = LAW, note: str = "") -> None:
        """Ajoute (ou redéfinit, à sa place d'origine) l'organe ``id_``."""
        self.graph.bodies[id_] = Body(id_, label, kind, clause, note)

    def clause_body(self, id_: str, label: str, kind: NodeKind, clause: Clause) -> None:
        """Ajoute l'organe ``id_`` que crée (ou que redéfinit) la clause ``clause`` du pacte."""
        self.body(id_, label, kind, self.pact.clause_key(clause))

    def law(self, src: str, dst: str, kind: EdgeKind, label: str, articles: tuple[str, ...],
            section: str, force: Force = "droit") -> None:
        """Un pouvoir que donne la loi (articles du CGCT), expliqué par ``section`` de LEGAL.md."""
        self.graph.powers.append(Power(src, dst, kind, label, force, LAW, section, articles))

    def value(self, param: Param[T]) -> T:
        """La valeur d'un paramètre du pacte en vigueur le jour du graphe."""
        return param.at(self.day)

    def read(self, clause: Clause, param: Param[Any]) -> Citation:
        """Lit le paramètre ``param`` de ``clause`` : sa valeur (``.value``) et sa citation."""
        return cite_param(self.pact.clause_key(clause), clause, param, self.day)

    def clause(self, clause: Clause) -> Citation:
        """La citation d'une clause entière (le pouvoir vient de sa seule présence)."""
        return cite_clause(self.pact.clause_key(clause), clause)

    def grant(self, src: str, dst: str, kind: EdgeKind, label: str, citation: Citation,
              force: Force = "engagement") -> None:
        """Un pouvoir que donne le pacte, cité par la clause ou le paramètre lu."""
        self.graph.powers.append(Power(src, dst, kind, label, force, citation.clause,
                                       citation.source, citation.legal_basis))


def num(value: float) -> str:
    """Un nombre à la française dans un libellé (« 1 000 », « 2,5 »)."""
    return format_value(value, "nombre")
