"""The data of an organisation of powers: bodies (nodes), typed powers (edges), the graph.

Edges have a kind (``propose``, ``decide``, ``audite``, ``declenche``, ``nomme``,
``conseille``, ``controle_legalite``) and a force: ``droit`` (the law gives it),
``engagement`` (the pact promises it; lawful only as a political commitment) or ``avis``
(an opinion the competent body may ignore). networkx is imported only by
:meth:`PowerGraph.to_networkx`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

EdgeKind = Literal["propose", "decide", "audite", "declenche", "nomme", "conseille",
                   "controle_legalite"]
Force = Literal["droit", "engagement", "avis"]
NodeKind = Literal["citoyens", "instance_citoyenne", "elus", "executif", "services", "etat",
                   "justice", "scrutin", "decision"]

EDGE_KINDS: tuple[str, ...] = ("propose", "decide", "audite", "declenche", "nomme",
                               "conseille", "controle_legalite")
EDGE_KIND_FR = {
    "propose": "propose", "decide": "décide", "audite": "audite", "declenche": "déclenche",
    "nomme": "nomme ou élit", "conseille": "conseille", "controle_legalite": "contrôle la légalité",
}
NODE_KIND_FR = {
    "citoyens": "citoyen·nes", "instance_citoyenne": "instance citoyenne", "elus": "élu·es",
    "executif": "exécutif", "services": "services municipaux", "etat": "État",
    "justice": "juge", "scrutin": "vote des citoyen·nes", "decision": "décision",
}
FORCE_FR = {"droit": "droit (CGCT)", "engagement": "engagement politique du pacte",
            "avis": "simple avis"}

#: the inhabitants: drawn by lot, open assemblies, petitions where the pact opens them
CITIZENS = "citoyens"
#: the registered electors: they alone elect the council (Code électoral L227) and sign the
#: legal petition (L1112-16)
ELECTORS = "electeurs"
#: the nodes every accountability path starts from
ROOTS: tuple[str, ...] = (CITIZENS, ELECTORS)
#: the electorates of the pact (« signataires », « votants ») that are the registered electors
ELECTORATES_OF_ELECTORS = frozenset({"electeurs_inscrits", "electeurs_et_ue"})
#: the « clause » of a power the CGCT gives whatever the pact says
LAW = "loi"


def electorate_node(electorate: str) -> str:
    """The citizens' node of an electorate of the pact: the registered electors (with or
    without the EU citizens of the complementary lists), or else the inhabitants."""
    return ELECTORS if electorate in ELECTORATES_OF_ELECTORS else CITIZENS


@dataclass(frozen=True)
class Body:
    """A node: a body (organ, service, authority), a citizen vote, or a kind of decision."""

    id: str
    label: str
    kind: NodeKind
    clause: str
    note: str = ""


@dataclass(frozen=True)
class Power:
    """A typed edge, with the clause or article it comes from."""

    source: str
    target: str
    kind: EdgeKind
    label: str
    force: Force
    clause: str
    citation: str
    legal_basis: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.source, self.target, self.kind, self.clause)

    def as_dict(self) -> dict[str, Any]:
        """L'arête en données JSON (``from``/``to`` à la place de ``source``/``target``)."""
        out = asdict(self)
        out["from"], out["to"] = out.pop("source"), out.pop("target")
        out["legal_basis"] = list(self.legal_basis)
        return out


@dataclass
class PowerGraph:
    """The bodies and powers of one pact (plain data; :meth:`to_networkx` for analyses)."""

    pact_id: str
    title: str
    bodies: dict[str, Body] = field(default_factory=dict)
    powers: list[Power] = field(default_factory=list)

    def label(self, node: str) -> str:
        return self.bodies[node].label

    def to_networkx(self, kinds: frozenset[str] | None = None) -> nx.MultiDiGraph:
        """Le graphe en MultiDiGraph networkx (une arête par pouvoir, clé « genre:clause »),
        limité aux genres ``kinds`` s'ils sont donnés."""
        import networkx as nx

        g = nx.MultiDiGraph(pact=self.pact_id)
        for body in self.bodies.values():
            g.add_node(body.id, label=body.label, kind=body.kind, clause=body.clause)
        for p in self.powers:
            if kinds is None or p.kind in kinds:
                g.add_edge(p.source, p.target, key=f"{p.kind}:{p.clause}", power=p)
        return g

    def edges_from(self, node: str, kind: str | None = None) -> list[Power]:
        return [p for p in self.powers if p.source == node and (kind is None or p.kind == kind)]

    def edges_to(self, node: str, kind: str | None = None) -> list[Power]:
        return [p for p in self.powers if p.target == node and (kind is None or p.kind == kind)]
