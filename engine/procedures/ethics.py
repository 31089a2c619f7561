"""Charte éthique (000_721ebb8a9b1c3e2a.txt § Les pouvoirs du/de la maire ;
004_34d1b869cbc1b691.txt § S'ENGAGER CONTRE LA CORRUPTION ET POUR DES ÉLUS ET AGENTS À
L'ÉTHIQUE IRRÉPROCHABLE).

« Le/la maire, ses adjoint·es et conseillers/conseillères délégué·es ne doivent pas cumuler
d'autres charges politiques, en-dehors de l'intercommunalité. » Les listes y ajoutent un
plafond des indemnités, une limite des mandats successifs, des déclarations d'intérêts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine.core.fr import number, percent
from engine.model.clauses_participation import EthicsCharterClause
from engine.model.law import Law
from engine.model.pact import Pact, clause_key
from engine.model.scenario import Scenario
from engine.procedures import require
from engine.procedures.rule import rule
from engine.procedures.trace import Decision, cite_law, cite_param

KEY = clause_key(EthicsCharterClause)
SEED = "000_721ebb8a9b1c3e2a.txt § Les pouvoirs du/de la maire"
SEED_004 = "004_34d1b869cbc1b691.txt § S'ENGAGER CONTRE LA CORRUPTION ET POUR DES ÉLUS ET AGENTS À L'ÉTHIQUE IRRÉPROCHABLE"
HATVP = "HATVP-2013-907-art11"


def _clause(pact: Pact) -> EthicsCharterClause:
    return require(pact.ethics, pact.info.id, KEY, "de charte éthique")


@dataclass(frozen=True)
class Declarations:
    """Who, among the élu·es the charter binds, must already declare to the HATVP by law."""

    mayor_by_law: bool
    adjoints_by_law: bool
    beyond_law: tuple[str, ...]   # those the charter binds without a legal duty


@rule("Les déclarations à la HATVP que la loi impose déjà aux élu·es de la charte : le maire "
      "au-delà de 20 000 habitants, les adjoint·es délégataires au-delà de 100 000 ; les autres "
      "élu·es de la charte ne déclarent que par engagement.",
      clause=KEY, params=("elus_concernes",), articles=(HATVP,), seeds=(SEED_004,))
def legal_declarations(pact: Pact, scenario: Scenario, law: Law) -> Decision[Declarations]:
    """Obligations de la loi 2013-907 art. 11 (seuils lus dans la base légale, confiance L)
    selon la population du scénario, comparées aux élu·es qu'engage la charte."""
    c = _clause(pact)
    population = scenario.commune.population.at()
    mayor_min = law.int_number(HATVP, "seuil_maire_habitants")
    adjoint_min = law.int_number(HATVP, "seuil_adjoints_habitants")
    mayor, adjoints = population > mayor_min, population > adjoint_min
    scope = c.scope.at()
    bound = {"maire": ("maire",), "executif": ("maire", "adjoint·es", "conseiller·es délégué·es"),
             "elus_majorite": ("maire", "adjoint·es", "conseiller·es délégué·es",
                               "autres élu·es de la majorité")}[scope]
    by_law = {"maire": mayor, "adjoint·es": adjoints}
    beyond = tuple(who for who in bound if not by_law.get(who, False))
    why = (f"{number(population)} habitants : le maire {'déclare' if mayor else 'ne déclare pas'} "
           f"par la loi (plus de {number(mayor_min)}), les adjoint·es "
           f"{'déclarent' if adjoints else 'ne déclarent pas'} (plus de {number(adjoint_min)})."
           + (f" Sans obligation légale : {', '.join(beyond)}." if beyond else ""))
    trace = (cite_param(KEY, c, c.scope), cite_law(HATVP, "déclarations HATVP", law.source(HATVP)))
    return Decision(Declarations(mayor, adjoints, beyond), why, trace)


@rule("Le plafond des indemnités de la charte est-il dans la limite légale ? Un pourcentage du "
      "maximum légal au plus égal à 100 % l'est ; au-delà, l'indemnité serait illégale.",
      clause=KEY, params=("plafond_indemnites_pct",), articles=("L2123-20",), seeds=(SEED_004,))
def allowance_cap_within_law(pact: Pact, law: Law, day: date | None = None) -> Decision[bool | None]:
    """« plafond_indemnites_pct » comparé au maximum légal (100 % du taux de L2123-23 /
    L2123-24) ; None quand la charte ne plafonne pas les indemnités."""
    c = _clause(pact)
    if c.allowance_cap_pct is None:
        return Decision(None, "La charte ne plafonne pas les indemnités : le maximum légal s'applique.", ())
    cap = c.allowance_cap_pct.at(day)
    legal = law.float_number("L2123-20", "maximum_legal_pct")
    ok = cap <= legal
    why = (f"Indemnités plafonnées à {percent(cap, 0)} du maximum légal : "
           + ("une délibération du conseil peut les fixer ainsi." if ok
              else "au-delà du maximum, l'indemnité serait illégale."))
    return Decision(ok, why, (cite_param(KEY, c, c.allowance_cap_pct, day),))


@rule("Un·e élu·e peut-il se représenter après N mandats successifs dans la même fonction ? "
      "Selon la charte, oui tant que N reste sous sa limite ; la loi, elle, ne limite pas.",
      clause=KEY, params=("mandats_successifs_max",), articles=("Mandats-successifs",),
      seeds=(SEED_004,))
def may_stand_again(pact: Pact, successive: int, day: date | None = None) -> Decision[bool]:
    """Après ``successive`` mandats successifs, la charte permet-elle de se représenter ?"""
    if successive < 0:
        raise ValueError("un nombre de mandats ne peut pas être négatif")
    c = _clause(pact)
    if c.max_successive_mandates is None:
        return Decision(True, "La charte ne limite pas les mandats successifs.", ())
    limit = c.max_successive_mandates.at(day)
    ok = successive < limit
    why = (f"{number(successive)} mandat(s) successif(s) pour une limite de {number(limit)} : "
           + ("peut se représenter." if ok else "s'engage à ne pas se représenter (engagement politique)."))
    return Decision(ok, why, (cite_param(KEY, c, c.max_successive_mandates, day),))
