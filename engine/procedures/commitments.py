"""Mandat impératif: the objectives of each delegation, the reporting calendar, and the
opinion an audit gives from the objectives met.

000_721ebb8a9b1c3e2a.txt § 2.1 Mandat impératif et Conseil Citoyen : « 3 à 5 objectifs
précis issus du programme que le binôme d'élu·es s'engage à mettre en œuvre » ; les élu·es
« rendent des comptes tous les mois sur leurs activités » et publient les documents-clés ;
le Conseil Citoyen rend un avis favorable (objectifs atteints), mitigé (partiellement
atteints) ou défavorable (non atteints).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from engine.core.calendar import add_months
from engine.core.fr import number, percent
from engine.model.clauses_commitments import (
    DEFAULT_FAVOURABLE_FROM_PCT,
    DEFAULT_UNFAVOURABLE_BELOW_PCT,
)
from engine.model.pact import CommitmentsClause, Pact, clause_key
from engine.model.scenario import Scenario
from engine.procedures import require
from engine.procedures.rule import rule
from engine.procedures.trace import Citation, Decision, Step, cite_clause, cite_param, step

KEY = clause_key(CommitmentsClause)
SEED = "000_721ebb8a9b1c3e2a.txt § 2.1 Mandat impératif et Conseil Citoyen"
Opinion = Literal["favorable", "mitige", "defavorable"]


def _clause(pact: Pact) -> CommitmentsClause:
    return require(pact.commitments, pact.info.id, KEY, "de mandat impératif (engagements)")


@dataclass(frozen=True)
class PairObjectives:
    """The objectives one audited pair answers for: written in the pact, or still to write
    (then the pact's minimum number counts)."""

    pair: str
    count: int
    written: tuple[str, ...]


@rule("Chaque binôme répond de ses objectifs écrits dans le pacte ; une délégation sans objectif écrit en compte le minimum du pacte, encore à préciser.",
      clause='engagements', params=('objectifs_min', 'delegations'), seeds=(SEED,))
def pair_objectives(pact: Pact) -> Decision[list[PairObjectives]]:
    """« 3 à 5 objectifs précis » par délégation : the objectives of each audited pair of the
    ``binomes`` clause (delegations, then quartier pairs), or of each delegation listed in
    the clause when the pact has no pairs."""
    c = _clause(pact)
    minimum = c.objectives_min.at()
    listed = {d.number: d for d in c.delegations}
    out: list[PairObjectives] = []
    if pact.pairs is not None:
        names = pact.pairs.audited_pairs()
        audited = [d for d in pact.pairs.delegations if d.audited]
        for i, name in enumerate(names):
            written = tuple(listed[audited[i].number].objectives) if (
                i < len(audited) and audited[i].number in listed) else ()
            out.append(PairObjectives(name, len(written) or minimum, written))
    else:
        out = [PairObjectives(f"Délégation {d.number} — {d.name}", len(d.objectives),
                              tuple(d.objectives)) for d in c.delegations]
    written_pairs = sum(1 for p in out if p.written)
    who = "binômes" if pact.pairs is not None else "délégations"
    why = (f"{len(out)} {who} ; {written_pairs} ont leurs objectifs écrits dans le pacte"
           + (f", les autres en comptent {minimum} (le minimum du pacte), encore à préciser"
              if written_pairs < len(out) else "")
           + f" ; {number(sum(p.count for p in out))} objectifs en tout.")
    return Decision(out, why, (cite_param(KEY, c, c.objectives_min), cite_clause(KEY, c)))


def _pct(value: float) -> str:
    return percent(value, 0 if value == int(value) else 1)


def _thresholds(c: CommitmentsClause) -> tuple[float, float, tuple[Citation, ...]]:
    low = c.unfavourable_below_pct.at() if c.unfavourable_below_pct else DEFAULT_UNFAVOURABLE_BELOW_PCT
    high = c.favourable_from_pct.at() if c.favourable_from_pct else DEFAULT_FAVOURABLE_FROM_PCT
    cited = tuple(cite_param(KEY, c, p) for p in (c.unfavourable_below_pct, c.favourable_from_pct)
                  if p is not None)
    return low, high, cited


@rule("L'avis d'une audition suit la part des objectifs atteints : défavorable sous le seuil du pacte (50 % sans seuil écrit), favorable à partir du second seuil (100 % sans seuil écrit), mitigé entre les deux.",
      clause='engagements', params=('seuil_avis_defavorable_pct', 'seuil_avis_favorable_pct'), seeds=(SEED,))
def opinion_scale(pact: Pact, total: int) -> Decision[tuple[Opinion, ...]]:
    """The opinion for each number of objectives met, from 0 to ``total`` (index = met).
    « Avis défavorable : les objectifs ne sont pas atteints » ; « mitigé : partiellement
    atteints » ; « favorable : les objectifs sont atteints »."""
    if total < 1:
        raise ValueError("une audition juge au moins un objectif")
    c = _clause(pact)
    low, high, cited = _thresholds(c)
    scale: list[Opinion] = []
    for met in range(total + 1):
        if 100 * met < low * total:
            scale.append("defavorable")
        elif 100 * met >= high * total:
            scale.append("favorable")
        else:
            scale.append("mitige")
    unfav = scale.count("defavorable")
    why = (f"Sur {total} objectifs : avis défavorable avec moins de {_pct(low)} atteints "
           f"(0 à {unfav - 1} objectifs), favorable à partir de {_pct(high)}, mitigé entre "
           "les deux." if unfav else
           f"Sur {total} objectifs : jamais défavorable (seuil {_pct(low)}), favorable à "
           f"partir de {_pct(high)}.")
    if not cited:
        why += " Seuils par défaut : le pacte n'en écrit pas."
    return Decision(tuple(scale), why, (*cited, cite_clause(KEY, c)))


@rule("Les comptes rendus publics des élu·es tombent tous les N mois du mandat, à partir du début du mandat.",
      clause='engagements', params=('periodicite_compte_rendu_mois', 'publication_comptes_rendus'), seeds=(SEED,),
      articles=('L1111-1-1',))
def report_calendar(pact: Pact, scenario: Scenario) -> list[Step]:
    """« Rendre des comptes tous les mois sur leurs activités » : one public report every
    ``periodicite_compte_rendu_mois`` months after the start of the mandate, until its end."""
    c = _clause(pact)
    start, end = scenario.mandate.start, scenario.mandate.end
    steps: list[Step] = []
    k = 1
    while True:
        day = add_months(start, k * c.report_period_months.at(start))
        if day >= end:
            return steps
        published = c.reports_published.at(day)
        label = ("Compte rendu public d'activité des élu·es, publié avec ses documents-clés"
                 if published else "Compte rendu d'activité des élu·es (publication non prévue)")
        steps.append(step(day, "compte_rendu_mandat_imperatif", label,
                          cite_param(KEY, c, c.report_period_months, day)))
        k += 1


@dataclass(frozen=True)
class ObjectiveAudits:
    """Objectives the auditing body judges over the mandate, evening by evening."""

    evenings: int
    objectives_judged: int
    most_in_one_evening: int
    per_evening: tuple[tuple[date, int], ...]


@rule("Les objectifs jugés à chaque soirée d'audition du Conseil Citoyen : la somme des objectifs des binômes entendus ce soir-là.",
      clause='engagements', params=('auditeur', 'objectifs_min'), seeds=(SEED, '000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)'))
def objectives_audited(pact: Pact, scenario: Scenario) -> Decision[ObjectiveAudits]:
    """On each audit evening of :func:`engine.procedures.audits.audit_schedule`, the
    objectives of the pairs heard (the Dir'Cab / DGS pair, not elected, has none)."""
    from engine.procedures.audits import audit_schedule

    c = _clause(pact)
    auditor = c.auditor.at()
    if auditor != "conseil_citoyen" or pact.citizen_council is None:
        return Decision(ObjectiveAudits(0, 0, 0, ()),
                        f"Les objectifs sont évalués par {auditor.replace('_', ' ')} : le pacte "
                        "ne fixe pas de calendrier d'audition pour cette instance.",
                        (cite_param(KEY, c, c.auditor),))
    counts = {p.pair: p.count for p in pair_objectives(pact).value}
    per_evening = tuple((m.day, sum(counts.get(name, 0) for name in m.pairs))
                        for m in audit_schedule(pact, scenario).meetings)
    total = sum(n for _d, n in per_evening)
    most = max((n for _d, n in per_evening), default=0)
    why = (f"{len(per_evening)} soirées d'audition jugent {number(total)} objectifs sur le "
           f"mandat, au plus {most} en une soirée.")
    return Decision(ObjectiveAudits(len(per_evening), total, most, per_evening), why,
                    (cite_param(KEY, c, c.auditor), cite_param(KEY, c, c.objectives_min)))


@rule("L'échelle des avis de chaque binôme d'élu·es : pour chaque nombre d'objectifs atteints, l'avis que donnent les seuils du pacte.",
      clause='engagements', params=('seuil_avis_defavorable_pct', 'seuil_avis_favorable_pct', 'objectifs_min'), seeds=(SEED,))
def opinion_scales(pact: Pact) -> dict[str, tuple[Opinion, ...]]:
    """Pair name → the opinion for 0, 1, … objectives met (:func:`opinion_scale` over the
    objectives of :func:`pair_objectives`); empty without a mandat impératif."""
    if pact.commitments is None:
        return {}
    by_count: dict[int, tuple[Opinion, ...]] = {}
    out: dict[str, tuple[Opinion, ...]] = {}
    for p in pair_objectives(pact).value:
        if p.count not in by_count:
            by_count[p.count] = opinion_scale(pact, p.count).value
        out[p.pair] = by_count[p.count]
    return out


@rule("L'instance qui évalue les objectifs existe dans le pacte : sa clause (Conseil Citoyen, conseils de quartier, assemblée tirée au sort) est présente ; le conseil municipal existe toujours.",
      clause='engagements', params=('auditeur',), seeds=(SEED,))
def auditor_created(pact: Pact) -> Decision[bool]:
    """Whether the body named by ``auditeur`` is created by a clause of the pact."""
    c = _clause(pact)
    auditor = c.auditor.at()
    # « assemblees_tirees_au_sort » (a list, possibly absent from older schemas)
    assemblies = getattr(pact, "assemblies", None) or []
    present = {"conseil_citoyen": pact.citizen_council is not None,
               "conseils_de_quartier": pact.quartier_councils is not None,
               "assemblee_citoyenne": bool(assemblies),
               "conseil_municipal": True}[auditor]
    why = (f"L'instance « {auditor} » est créée par le pacte." if present else
           f"Le pacte confie l'évaluation à « {auditor} » sans créer cette instance.")
    return Decision(present, why, (cite_param(KEY, c, c.auditor),))
