"""The mayor's powers: what the council delegates under L2122-22, what it keeps, and the
reporting the law requires (L2122-23).

000_721ebb8a9b1c3e2a.txt § Les pouvoirs du/de la maire : les compétences déléguées par le
conseil « qu'il convient de limiter au strict minimum lors du premier CM » ; pouvoirs de
signature « limités en montant et en compétences à la gestion des affaires courantes » ;
permis de construire après avis du conseil de quartier et délibération du conseil.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.core.calendar import add_months
from engine.model.law import Law
from engine.model.pact import MayorPowersClause, Pact, clause_key
from engine.model.scenario import Scenario
from engine.procedures import require
from engine.procedures.rule import rule
from engine.procedures.sessions import council_sessions
from engine.procedures.trace import Decision, Step, cite_law, cite_param, step

KEY = clause_key(MayorPowersClause)
SEED = "000_721ebb8a9b1c3e2a.txt § Les pouvoirs du/de la maire"
ITEM_PREFIX = "L2122-22."


def _clause(pact: Pact) -> MayorPowersClause:
    return require(pact.mayor_powers, pact.info.id, KEY, "de clause sur les pouvoirs du maire")


@dataclass(frozen=True)
class DelegationItem:
    """One item of L2122-22, as the law base writes it."""

    number: int
    article: str
    title: str
    text: str
    confidence: str


@dataclass(frozen=True)
class PowersSplit:
    """The items of L2122-22 the council delegates to the mayor, and those it keeps."""

    granted: tuple[DelegationItem, ...]
    retained: tuple[DelegationItem, ...]


@rule("La liste des délégations possibles au maire : les alinéas de L2122-22 de la base de droit, dans l'ordre.",
      articles=('L2122-22',))
def delegation_items(law: Law) -> list[DelegationItem]:
    """Every item « L2122-22.n » of ``rules/cgct``, by number."""
    items = [DelegationItem(int(pid.removeprefix(ITEM_PREFIX)), pid, p.title, p.summary, p.confidence)
             for pid, p in law.provisions.items() if pid.startswith(ITEM_PREFIX)]
    return sorted(items, key=lambda i: i.number)


@rule("Le conseil délègue au maire les alinéas de L2122-22 que le pacte énumère (ou tous, sauf ceux qu'il exclut, ou aucun) ; il garde les autres.",
      clause='pouvoirs_du_maire', params=('delegations_accordees', 'delegations_exclues'),
      articles=('L2122-22', 'L2122-23'), seeds=(SEED,))
def delegation_split(pact: Pact, law: Law) -> Decision[PowersSplit]:
    """The delegations « limitées au strict minimum » : each item of L2122-22 is either
    granted to the mayor for the mandate or kept by the council."""
    c = _clause(pact)
    items = delegation_items(law)
    granted_param = c.granted.at()
    if granted_param == "aucune":
        chosen: set[int] = set()
    elif granted_param == "toutes":
        chosen = {i.number for i in items} - set(c.excluded.at() if c.excluded else [])
    else:
        chosen = set(granted_param)
    granted = tuple(i for i in items if i.number in chosen)
    retained = tuple(i for i in items if i.number not in chosen)
    names = ", ".join(f"{i.number}° ({i.title.split('— ', 1)[-1].lower()})" for i in granted)
    why = (f"Le conseil délègue au maire {len(granted)} des {len(items)} alinéas de L2122-22"
           + (f" : {names}" if granted else "") + f" ; il garde les {len(retained)} autres.")
    trace = [cite_param(KEY, c, c.granted)]
    if c.excluded is not None:
        trace.append(cite_param(KEY, c, c.excluded))
    trace.append(cite_law("L2122-22", "délégations du conseil au maire"))
    return Decision(PowersSplit(granted, retained), why, tuple(trace))


@rule("Le maire rend compte au conseil, à chaque séance, des décisions prises par délégation ; le pacte peut y ajouter un compte rendu écrit tous les N mois.",
      clause='pouvoirs_du_maire', params=('compte_rendu_periodicite_mois',),
      articles=('L2122-23',), seeds=(SEED,))
def delegation_reports(pact: Pact, scenario: Scenario, law: Law) -> list[Step]:
    """L2122-23 : « le maire doit rendre compte à chacune des réunions obligatoires du conseil »
    — one step per council session when at least one item is delegated, plus the pact's
    written reports every N months."""
    c = _clause(pact)
    if not delegation_split(pact, law).value.granted:
        return []
    legal = cite_law("L2122-23", "compte rendu à chaque séance")
    steps = [step(d, "compte_rendu_delegations", "Le maire rend compte des décisions prises "
                  "par délégation (L2122-23)", legal) for d in council_sessions(pact, scenario)]
    if c.report_period_months is not None:
        start, end = scenario.mandate.start, scenario.mandate.end
        k = 1
        while (day := add_months(start, k * c.report_period_months.at(start))) < end:
            steps.append(step(day, "compte_rendu_ecrit_delegations",
                              "Liste écrite et publiée des décisions prises par délégation",
                              cite_param(KEY, c, c.report_period_months, day)))
            k += 1
    return sorted(steps, key=lambda s: (s.day, s.event))

