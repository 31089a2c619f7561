"""How many elected people, and which adjoints, the pact's pairs and delegations need.

000_721ebb8a9b1c3e2a.txt § Les binômes d'élu·es… : « un binôme maire-1er adjoint·e, 12
adjoint·es au maire, 2 adjoint·es spéciaux·ales et 4 adjoint·es de quartier » and 19
delegations held by pairs plus 6 quartier pairs. Each seat of the table is a distinct
person; the mayor, who appears in several delegations, counts once.
002_c31c8cb8d98f98f2.txt § A. Organiser une équipe municipale collégiale : « binôme ou
groupe de 3 ou 4 élu·es, composés d'un·e adjoint·e et d'un·e ou plusieurs conseiller·e
délégué·e ».
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.model.pact import Pact
from engine.procedures.rule import rule


@dataclass(frozen=True)
class PairCounts:
    """Elected people the pairs clause needs, by role."""

    mayor: int
    ordinary_adjoints: int
    special_adjoints: int
    quartier_adjoints: int
    councillors: int
    delegations: int
    quartier_pairs: int
    terms: tuple[tuple[int, int, str], ...]

    @property
    def adjoints(self) -> int:
        return self.ordinary_adjoints + self.special_adjoints + self.quartier_adjoints

    @property
    def people(self) -> int:
        return self.mayor + self.adjoints + self.councillors

    def expression(self) -> str:
        """« 2 + 12×2 + 4×2 + 6×2 » : the sum of the pact's groups, each n × size."""
        return " + ".join(f"{size}" if n == 1 else f"{n}×{size}" for n, size, _ in self.terms)


@rule("Les binômes du pacte : délégations, binômes de quartier, adjoints et conseillers délégués qu'ils demandent.",
      clause='binomes',
      params=('delegations', 'binomes_de_quartier'),
      articles=('L2122-2', 'L2122-18'),
      seeds=("000_721ebb8a9b1c3e2a.txt § Les binômes d'élu·es, la gestion collégiale et la rotation du binôme maire-1er adjoint·e",))
def pair_counts(pact: Pact) -> PairCounts | None:
    """Counts from the ``binomes`` clause (None if the pact has none)."""
    p = pact.pairs
    if p is None:
        return None
    mayor = 1 if any(d.mayor for d in p.delegations) else 0
    ordinary = sum(d.adjoints for d in p.delegations)
    special = quartier = 0
    councillors = sum(d.councillors for d in p.delegations)
    for q in p.quartier_pairs:
        councillors += q.councillors
        if q.adjoint_kind == "special":
            special += q.adjoints
        elif q.adjoint_kind == "quartier":
            quartier += q.adjoints
        else:
            ordinary += q.adjoints
    terms: list[tuple[int, int, str]] = []
    mayor_delegations = [d for d in p.delegations if d.mayor and d.adjoints + d.councillors]
    if mayor:
        size = 1 + (mayor_delegations[0].adjoints + mayor_delegations[0].councillors
                    if mayor_delegations else 0)
        terms.append((1, size, "binôme du maire" if size == 2 else "maire et sa délégation"))
    groups: dict[tuple[int, int], int] = {}
    for d in p.delegations:
        if d.mayor and mayor_delegations and d is mayor_delegations[0]:
            continue
        key = (d.adjoints, d.councillors)
        if sum(key):
            groups[key] = groups.get(key, 0) + 1
    for (a, c), n in sorted(groups.items(), key=lambda kv: (-kv[1], -kv[0][0])):
        terms.append((n, a + c, f"délégations de {a} adjoint·e(s) et {c} conseiller·e(s)"))
    qgroups: dict[int, int] = {}
    for q in p.quartier_pairs:
        size = q.adjoints + q.councillors
        if size:
            qgroups[size] = qgroups.get(size, 0) + 1
    for size, n in sorted(qgroups.items()):
        terms.append((n, size, "binômes de quartier"))
    return PairCounts(mayor, ordinary, special, quartier, councillors, len(p.delegations),
                      len(p.quartier_pairs), tuple(terms))


@dataclass(frozen=True)
class ExecutiveNeeds:
    """Elected people a collegial executive (seed 002) needs: a range, the pact fixing only
    the size of each delegation group and the transversal adjoint posts."""

    executive: int
    groups: int
    groups_known: bool
    group_min: int
    group_max: int
    quartier_adjoints: int
    special_adjoints: int

    @property
    def people_min(self) -> int:
        return self.executive + self.groups * self.group_min

    @property
    def people_max(self) -> int:
        return self.executive + self.groups * self.group_max

    @property
    def ordinary_adjoints_min(self) -> int:
        """First adjoint (in the executive pair) + one adjoint per group, plus quartier and
        special adjoints who « cumulate » with a delegation (so they add no group)."""
        return (self.executive - 1) + self.groups


@rule("Les élus qu'exige l'exécutif du pacte selon les quartiers et les communes déléguées de la commune.",
      clause='executif',
      articles=('L2122-2', 'L2122-2-1'),
      seeds=("000_721ebb8a9b1c3e2a.txt § Les binômes d'élu·es, la gestion collégiale et la rotation du binôme maire-1er adjoint·e",))
def executive_needs(pact: Pact, quartiers: int, former_communes: int) -> ExecutiveNeeds | None:
    e = pact.executive
    if e is None:
        return None
    groups = e.delegations.at() if e.delegations is not None else None
    known = groups is not None
    if groups is None:
        groups = e.transversal_adjoints.at() if e.transversal_adjoints is not None else 0
    s = former_communes if (e.special_adjoints is not None and e.special_adjoints.at()) else 0
    # One adjoint per quartier; quartiers that are former communes have their special adjoint.
    q = max(0, quartiers - s) if (e.quartier_adjoints is not None and e.quartier_adjoints.at()) else 0
    return ExecutiveNeeds(e.members.at(), groups, known, e.group_size_min.at(),
                          e.group_size_max.at(), q, s)
