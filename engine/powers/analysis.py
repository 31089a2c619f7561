"""Analyses of a power graph, all pure functions over a :class:`PowerGraph`.

* :func:`accountability` — for every power holder, the paths from citizens that choose,
  audit or can remove it (or their absence);
* :func:`concentration` — who decides each decision, who decides alone, and the bodies every
  path from citizens to a decision must go through (dominators), plus betweenness;
* :func:`citizen_votes` — which decisions citizens can take to a vote themselves;
* :func:`findings` — the analyses in plain French sentences.

networkx is imported inside the functions that need it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from engine.powers.graph import ROOTS, Force, Power, PowerGraph

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

# Edges along which a citizen body chooses, audits or can remove a power holder.
ACCOUNTABILITY_KINDS = frozenset({"nomme", "audite", "declenche"})
# Edges that carry a decision (a proposal counts only when it goes to a vote).
INFLUENCE_KINDS = frozenset({"nomme", "decide", "declenche"})
HOLDER_KINDS = frozenset({"instance_citoyenne", "elus", "executif", "services"})
PATH_CUTOFF = 6
#: the virtual node above every citizens' node (dominators need one source)
_SOURCE = "__citoyen·nes__"


@dataclass(frozen=True)
class AccountabilityPath:
    """A path from citizens to a power holder along « nomme », « audite », « declenche »."""

    steps: tuple[Power, ...]

    @property
    def force(self) -> Force:
        forces = {p.force for p in self.steps}
        return "droit" if forces == {"droit"} else "engagement"

    @property
    def audited(self) -> bool:
        """The last step is an audit of the holder itself."""
        return self.steps[-1].kind == "audite"

    def sentence(self, g: PowerGraph) -> str:
        parts = [g.label(self.steps[0].source)]
        for p in self.steps:
            parts.append(f"—[{p.label}]→ {g.label(p.target)}")
        return " ".join(parts)

    def as_dict(self, g: PowerGraph) -> dict[str, Any]:
        return {"force": self.force, "audited": self.audited, "text": self.sentence(g),
                "steps": [p.as_dict() for p in self.steps]}


@dataclass(frozen=True)
class Accountability:
    """The accountability paths of one power holder (none: accountable to no citizen)."""

    holder: str
    label: str
    paths: tuple[AccountabilityPath, ...]

    @property
    def audited_by_citizens(self) -> bool:
        return any(p.audited for p in self.paths)

    @property
    def lawful_path(self) -> bool:
        return any(p.force == "droit" for p in self.paths)

    def summary(self) -> str:
        if not self.paths:
            return f"{self.label} : aucun chemin de redevabilité depuis les citoyen·nes."
        n = len(self.paths)
        bits = [f"{n} chemin{'s' if n > 1 else ''} depuis les citoyen·nes"]
        bits.append("audité·e par une instance citoyenne" if self.audited_by_citizens
                    else "aucun audit citoyen")
        if not self.lawful_path:
            bits.append("aucun chemin garanti par la loi (seulement des engagements)")
        return f"{self.label} : " + ", ".join(bits) + "."


def accountability(g: PowerGraph) -> list[Accountability]:
    """Pour chaque détenteur de pouvoir (instance citoyenne, élu·es, exécutif, services), les
    chemins simples depuis les citoyen·nes (6 étapes au plus) par lesquels on le choisit,
    l'audite ou le révoque. Les chemins que garantit la loi passent par l'élection du
    conseil (L227) puis du maire et des adjoint·es (L2122-4, L2122-7) : les électeurs ne
    peuvent révoquer personne (LEGAL.md § 4) ; les autres chemins sont des engagements."""
    import networkx as nx

    ng = g.to_networkx(ACCOUNTABILITY_KINDS)
    roots = [r for r in ROOTS if r in g.bodies]
    out: list[Accountability] = []
    for body in g.bodies.values():
        if body.kind not in HOLDER_KINDS:
            continue
        paths: list[AccountabilityPath] = []
        for root in roots:
            if not nx.has_path(ng, root, body.id):
                continue
            for edge_path in nx.all_simple_edge_paths(ng, root, body.id, cutoff=PATH_CUTOFF):
                steps = tuple(ng.edges[u, v, k]["power"] for u, v, k in edge_path)
                paths.append(AccountabilityPath(steps))
        paths.sort(key=lambda p: (len(p.steps), [s.key for s in p.steps]))
        out.append(Accountability(body.id, body.label, tuple(paths)))
    return out


@dataclass(frozen=True)
class DecisionPower:
    """Who decides a decision, whether alone, and who every citizen path must go through."""

    decision: str
    label: str
    deciders: tuple[str, ...]
    votes: tuple[str, ...]
    gatekeepers: tuple[str, ...]
    reachable: bool

    @property
    def alone(self) -> str | None:
        """The one body that decides with no citizen vote able to decide instead."""
        return self.deciders[0] if len(self.deciders) == 1 and not self.votes else None


@dataclass(frozen=True)
class Concentration:
    decisions: tuple[DecisionPower, ...]
    betweenness: dict[str, float]
    blockers: dict[str, tuple[str, ...]]  # body -> decisions it can cut citizens from


def _influence_graph(g: PowerGraph) -> nx.DiGraph:
    """Edges that carry a decision: nomme, decide, declenche, and proposals put to a vote."""
    import networkx as nx

    dg = nx.DiGraph()
    dg.add_nodes_from(g.bodies)
    for p in g.powers:
        to_vote = p.kind == "propose" and g.bodies[p.target].kind == "scrutin"
        if p.kind in INFLUENCE_KINDS or to_vote:
            dg.add_edge(p.source, p.target)
    return dg


def concentration(g: PowerGraph) -> Concentration:
    """Pour chaque décision, qui la prend (organes et votes), qui la prend seul·e, et les
    organes par lesquels passe tout chemin des citoyen·nes vers elle (dominateurs) ; plus la
    centralité d'intermédiarité de chaque organe. Reflète L2121-29 (le conseil règle les
    affaires de la commune), L2212-1 (police du maire) et L2122-18 (délégations)."""
    import networkx as nx

    dg = _influence_graph(g)
    # one virtual source above the inhabitants and the electors: a body every path from
    # either must go through is a gatekeeper
    rooted = dg.copy()
    rooted.add_edges_from((_SOURCE, r) for r in ROOTS if r in g.bodies)
    idom = nx.immediate_dominators(rooted, _SOURCE)
    decisions: list[DecisionPower] = []
    blockers: dict[str, list[str]] = {}
    for body in g.bodies.values():
        if body.kind != "decision":
            continue
        deciders = sorted({p.source for p in g.edges_to(body.id, "decide")
                           if g.bodies[p.source].kind != "scrutin"})
        votes = sorted({p.source for p in g.edges_to(body.id, "decide")
                        if g.bodies[p.source].kind == "scrutin"})
        chain: list[str] = []
        reachable = body.id in idom
        if reachable:
            node = idom[body.id]
            while node != _SOURCE and node not in ROOTS:
                chain.append(node)
                node = idom[node]
        chain.reverse()
        for gate in chain:
            blockers.setdefault(gate, []).append(body.id)
        decisions.append(DecisionPower(body.id, body.label, tuple(deciders), tuple(votes),
                                       tuple(chain), reachable))
    between = nx.betweenness_centrality(dg)
    holders = {n: round(v, 4) for n, v in sorted(between.items(), key=lambda kv: -kv[1])
               if g.bodies[n].kind not in ("decision",) and v > 0}
    return Concentration(tuple(decisions), holders,
                         {k: tuple(v) for k, v in sorted(blockers.items())})


@dataclass(frozen=True)
class CitizenVote:
    """A decision citizens can take to a vote themselves, and how."""

    decision: str
    scrutin: str
    trigger: Power
    outcome: Power


def citizen_votes(g: PowerGraph) -> list[CitizenVote]:
    """Les décisions que les citoyen·nes peuvent porter au vote eux-mêmes : un scrutin qu'ils
    déclenchent ou auquel ils soumettent des propositions, et qui décide (votations du pacte,
    vote sur la PPI). Le référendum local (LO1112-1) et la consultation (L1112-15) n'en
    sont pas : seul le conseil les déclenche."""
    out = []
    for trig in (p for r in ROOTS for p in g.edges_from(r)):
        if trig.kind not in ("declenche", "propose") or g.bodies[trig.target].kind != "scrutin":
            continue
        for outcome in g.edges_from(trig.target, "decide"):
            out.append(CitizenVote(outcome.target, trig.target, trig, outcome))
    return sorted(out, key=lambda v: (v.decision, v.scrutin))


def citizen_advisory_votes(g: PowerGraph) -> list[str]:
    """Les scrutins que les citoyen·nes déclenchent eux-mêmes mais qui ne décident rien : une
    consultation ou une votation dont le résultat n'est qu'un avis (le conseil décide)."""
    deciding = {v.scrutin for v in citizen_votes(g)}
    started = {p.target for r in ROOTS for p in g.edges_from(r)
               if p.kind in ("declenche", "propose") and g.bodies[p.target].kind == "scrutin"}
    return sorted(started - deciding)


def votes_without_citizen_initiative(g: PowerGraph) -> list[str]:
    """Les scrutins auxquels les citoyen·nes votent mais que seuls les élu·es convoquent
    (référendum local LO1112-1, consultation L1112-15, consultation de révocation)."""
    citizen_started = {v.scrutin for v in citizen_votes(g)}
    return sorted(n for n, b in g.bodies.items() if b.kind == "scrutin"
                  and n not in citizen_started)



def findings(g: PowerGraph, acc: list[Accountability] | None = None,
             conc: Concentration | None = None,
             votes: list[CitizenVote] | None = None) -> list[str]:
    """Les analyses en phrases françaises : votes à l'initiative des citoyen·nes, décisions
    prises seul·e (police du maire, L2212-1), passages obligés, détenteurs sans audit
    citoyen ou sans aucun chemin de redevabilité."""
    acc = accountability(g) if acc is None else acc
    conc = concentration(g) if conc is None else conc
    votes = citizen_votes(g) if votes is None else votes
    out: list[str] = []
    if votes:
        by_decision: dict[str, list[str]] = {}
        for v in votes:
            by_decision.setdefault(g.label(v.decision), []).append(g.label(v.scrutin))
        for dec, scrutins in by_decision.items():
            out.append(f"Les citoyen·nes peuvent porter au vote « {dec} » par : "
                       f"{', '.join(sorted(set(scrutins)))} (engagement politique).")
    elif advisory := citizen_advisory_votes(g):
        out.append("Aucune décision ne se prend par un vote que les citoyen·nes déclenchent : "
                   "leurs pétitions mènent seulement à un avis, que le conseil reste libre de "
                   "suivre — " + ", ".join(f"« {g.label(n)} »" for n in advisory) + ".")
    else:
        out.append("Aucune décision ne peut être portée au vote par les citoyen·nes "
                   "eux-mêmes : seuls les élu·es peuvent convoquer un référendum ou une "
                   "consultation.")
    for d in conc.decisions:
        if d.alone:
            out.append(f"« {d.label} » : {g.label(d.alone)} décide seul·e.")
        if d.gatekeepers:
            gates = ", ".join(g.label(n) for n in d.gatekeepers)
            out.append(f"« {d.label} » : tout chemin des citoyen·nes vers cette décision passe "
                       f"par {gates}.")
    unaudited = [a.label for a in acc if a.paths and not a.audited_by_citizens
                 and g.bodies[a.holder].kind in ("executif", "elus", "services")]
    if unaudited:
        out.append("Sans audit citoyen : " + ", ".join(unaudited) + ".")
    orphans = [a.label for a in acc if not a.paths]
    if orphans:
        out.append("Sans aucun chemin de redevabilité depuis les citoyen·nes : "
                   + ", ".join(orphans) + ".")
    return out
