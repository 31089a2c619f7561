"""Bodies drawn by lot (« assemblees_tirees_au_sort », issue 9 § 1.3): seats of each category
of a stratum, renewals over the mandate, yearly allowance.

Seeds: 000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC) (« 30 Chambériens et Chambériennes
tirées au sort », paid at a multiple of the SMIC, § Quel coût ?) ; 003/004 for the bodies of
other lists (Poitiers' « Assemblée citoyenne et populaire »).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from engine.core.calendar import add_months
from engine.core.exact import Number, dec
from engine.core.fr import format_amount, money
from engine.model.clauses_family import Category
from engine.model.pact import Assembly, Pact, clause_key, item_key
from engine.model.scenario import Scenario
from engine.procedures import require
from engine.procedures.costs import participant_month_cost
from engine.procedures.rule import rule
from engine.procedures.trace import Decision, cite_param

KEY = clause_key(Assembly)
SEED = "000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)"
COST_SEED = "000_721ebb8a9b1c3e2a.txt § Quel coût ?"


@rule("Une assemblée tirée au sort du pacte, trouvée par son identifiant.", clause=KEY,
      seeds=(SEED,))
def find_assembly(pact: Pact, assembly_id: str) -> Assembly:
    """L'assemblée « assembly_id » de la liste « assemblees_tirees_au_sort » du pacte."""
    found = next((a for a in pact.assemblies if a.id == assembly_id), None)
    return require(found, pact.info.id, f"{KEY}.{assembly_id}",
                   f"d'assemblée tirée au sort « {assembly_id} »")


@dataclass(frozen=True)
class Seats:
    """The seats of one category: at least ``min``, at most ``max``, and why."""

    min: int
    max: int
    reason: str


@rule("Les sièges d'une catégorie d'une strate : son nombre, ou sa part des membres arrondie "
      "au-dessous et au-dessus (« à peu près » la part).", clause=KEY,
      params=("membres", "strates"), seeds=(SEED,))
def category_seats(members: int, category: Category) -> Seats:
    """Sièges d'une catégorie : le nombre fixé par le pacte, ou membres × part, arrondi à
    l'entier inférieur (minimum) et supérieur (maximum), en arithmétique décimale exacte."""
    if category.count is not None:
        return Seats(category.count, category.count, f"{category.count} sièges fixés par le pacte")
    share = category.share_pct or 0.0
    exact = Decimal(str(share)) * members / 100
    low, high = math.floor(exact), math.ceil(exact)
    return Seats(low, high, f"{format_amount(share)} % de {members} membres = {format_amount(exact)}")


@rule("Les renouvellements d'une assemblée pendant le mandat : tous les N mois après le début "
      "du mandat ; aucun pour une assemblée sans renouvellement.", clause=KEY,
      params=("renouvellement_mois",), seeds=(SEED,))
def renewals(assembly: Assembly, scenario: Scenario) -> list[date]:
    """Jours de renouvellement (tirage) de l'assemblée avant la fin du mandat."""
    if assembly.renewal_months is None:
        return []
    start, end = scenario.mandate.start, scenario.mandate.end
    out, k = [], 1
    while (day := add_months(start, k * assembly.renewal_months.at(start))) < end:
        out.append(day)
        k += 1
    return out


def _hours_per_member(assembly: Assembly, day: date | None) -> Decimal | None:
    """Réunions par an × durée d'une réunion ; None si le pacte ne fixe pas la durée."""
    a = assembly
    if a.meeting_hours is None:
        return None
    return Decimal(str(a.meetings_per_year.at(day))) * Decimal(str(a.meeting_hours.at(day)))


@rule("Les heures de réunion des membres d'une assemblée par an : membres × réunions par an × "
      "durée d'une réunion ; sans durée de réunion, elles ne sont pas chiffrées (0).", clause=KEY,
      params=("membres", "reunions_par_an", "duree_reunion_heures"), seeds=(SEED,))
def member_hours(assembly: Assembly, day: date | None = None) -> Decision[Decimal]:
    """Heures passées en réunion par l'ensemble des membres tirés au sort, chaque année."""
    key, a = item_key(assembly), assembly
    hours = _hours_per_member(a, day)
    if hours is None:
        return Decision(Decimal(0), f"{a.title} : le pacte ne fixe pas la durée d'une réunion : "
                        "heures des membres non chiffrées.", (cite_param(key, a, a.members, day),))
    total = hours * a.members.at(day)
    why = (f"{a.title} : {a.members.at(day)} membres × {a.meetings_per_year.at(day)} réunions × "
           f"{format_amount(a.meeting_hours.at(day))} h = {format_amount(total)} heures par an.")
    trace = tuple(cite_param(key, a, p, day) for p in (a.members, a.meetings_per_year, a.meeting_hours))
    return Decision(total, why, trace)


@rule("Le défraiement annuel des membres tirés au sort, en nombres : membres × (réunions par an "
      "× durée) heures payées à k × SMIC horaire (le défraiement des participants).",
      seeds=(COST_SEED,))
def allowance_cost(members: Number, meetings_per_year: Number, meeting_hours: Number,
                   smic_multiple: Number, smic_hourly: Number) -> Decimal:
    """The one formula of a body's allowances, fed with plain numbers (the verifier, the
    simulation) or with the cost table's named inputs (its spreadsheet follows them)."""
    hours = dec(meetings_per_year) * dec(meeting_hours)
    return participant_month_cost(hours, smic_multiple, 0, smic_hourly, 0, 0) * dec(members)


@rule("Le défraiement annuel d'une assemblée : membres × réunions par an × heures × multiple du "
      "SMIC horaire × SMIC horaire (le calcul du défraiement des participants).", clause=KEY,
      params=("membres", "reunions_par_an", "duree_reunion_heures", "indemnite_multiple_smic"),
      seeds=(COST_SEED,))
def yearly_allowance(assembly: Assembly, smic_hourly: float,
                     day: date | None = None) -> Decision[Decimal]:
    """Coût annuel du défraiement des membres tirés au sort ; zéro si le pacte ne prévoit ni
    défraiement ni durée de réunion (le coût est alors inconnu et dit comme tel)."""
    key = item_key(assembly)
    a = assembly
    if a.allowance_smic_multiple is None or a.meeting_hours is None:
        missing = "de défraiement" if a.allowance_smic_multiple is None else "de durée de réunion"
        return Decision(Decimal(0), f"{a.title} : le pacte ne fixe pas {missing} : aucun coût "
                        "de défraiement chiffré.", (cite_param(key, a, a.members, day),))
    hours = _hours_per_member(a, day) or Decimal(0)
    total = allowance_cost(a.members.at(day), a.meetings_per_year.at(day), a.meeting_hours.at(day),
                           a.allowance_smic_multiple.at(day), smic_hourly)
    why = (f"{a.title} : {a.members.at(day)} membres × {format_amount(hours)} h par an × "
           f"{format_amount(a.allowance_smic_multiple.at(day))} SMIC horaire "
           f"({money(smic_hourly)}) = {money(total, cents=False)} par an.")
    trace = tuple(cite_param(key, a, p, day) for p in
                  (a.members, a.meetings_per_year, a.meeting_hours, a.allowance_smic_multiple))
    return Decision(total, why, trace)
