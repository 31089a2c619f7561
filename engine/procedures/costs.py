"""The cost model's unit costs: each line of the seed's yearly table as a pure function.

« Estimation des coûts annuels de la transition démocratique »
(000_721ebb8a9b1c3e2a.txt § Quel coût ?) gives six operating lines and two investment
lines. Each line here is a pure function of plain numbers, with exact arithmetic
(``Decimal``), so the reference pact reproduces the table to the euro and any changed input
moves the lines. :mod:`engine.procedures.cost_table` feeds them with the pact's parameters
and the scenario's commune, and builds the table (``pacte couts``, ``pacte bilan``).
"""

from __future__ import annotations

from decimal import Decimal

from engine.core.exact import ZERO, Number, dec
from engine.procedures.rule import rule

# --- the lines, as pure functions --------------------------------------------------------


@rule("Le coût employeur annuel d'une équipe : somme des effectifs × salaires bruts, plus les charges patronales.",
      seeds=('000_721ebb8a9b1c3e2a.txt § Quel coût ?',))
def staff_cost(grades: list[tuple[Number, Number]], employer_charges_pct: Number) -> Decimal:
    """Yearly employer cost of a staff: Σ headcount × gross salary, plus employer charges."""
    gross = sum((dec(n) * dec(salary) for n, salary in grades), ZERO)
    return gross * (1 + dec(employer_charges_pct) / 100)


@rule("Le défraiement mensuel d'un participant : heures payées à k × SMIC, garde d'enfants à k' × SMIC par heure, tickets de bus.",
      seeds=('000_721ebb8a9b1c3e2a.txt § Quel coût ?',))
def participant_month_cost(
    paid_hours: Number,
    allowance_smic_multiple: Number,
    childcare_smic_multiple: Number,
    smic_hourly: Number,
    bus_tickets: Number,
    bus_ticket_price: Number,
) -> Decimal:
    """One participant's monthly allowance: paid hours at k × SMIC, childcare for each hour
    worked at k' × SMIC (« à hauteur d'un smic horaire par heure travaillée »), bus tickets."""
    hours = dec(paid_hours)
    smic = dec(smic_hourly)
    return (hours * dec(allowance_smic_multiple) * smic
            + hours * dec(childcare_smic_multiple) * smic
            + dec(bus_tickets) * dec(bus_ticket_price))


@rule('Le coût du Conseil Citoyen : membres × mois × (réunions et travail personnel défrayés, transports, garderie).',
      seeds=('000_721ebb8a9b1c3e2a.txt § Quel coût ?', '000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)'))
def citizen_council_cost(
    members: Number,
    months: Number,
    meetings_per_month: Number,
    meeting_hours: Number,
    personal_hours_per_month: Number,
    allowance_smic_multiple: Number,
    childcare_smic_multiple: Number,
    smic_hourly: Number,
    bus_tickets_per_month: Number,
    bus_ticket_price: Number,
) -> Decimal:
    """« 30 tiré·es au sort, 2 réunions par mois de 4h + 8h de travail personnel à 2 fois le
    smic, défraiements transports (8 tickets de bus par mois) et garderie au smic »."""
    paid = dec(meetings_per_month) * dec(meeting_hours) + dec(personal_hours_per_month)
    month = participant_month_cost(paid, allowance_smic_multiple, childcare_smic_multiple,
                                   smic_hourly, bus_tickets_per_month, bus_ticket_price)
    return dec(members) * dec(months) * month


@rule('Le coût des commissions ouvertes : commissions × participants × mois × défraiement mensuel.',
      seeds=('000_721ebb8a9b1c3e2a.txt § Quel coût ?', '000_721ebb8a9b1c3e2a.txt § Les commissions de travail (ouvertes)'))
def committees_cost(
    committees: Number,
    participants: Number,
    months: Number,
    hours_per_month: Number,
    allowance_smic_multiple: Number,
    childcare_smic_multiple: Number,
    smic_hourly: Number,
    bus_tickets_per_month: Number,
    bus_ticket_price: Number,
) -> Decimal:
    """« 10 commissions, 20 personnes par commission, 8h de travail par mois par personne,
    4 tickets de bus par mois et garderie au smic »."""
    month = participant_month_cost(hours_per_month, allowance_smic_multiple,
                                   childcare_smic_multiple, smic_hourly,
                                   bus_tickets_per_month, bus_ticket_price)
    return dec(committees) * dec(participants) * dec(months) * month


@rule('Les tickets de bus offerts pour assister aux séances du conseil : séances × tickets × prix.',
      seeds=('000_721ebb8a9b1c3e2a.txt § Quel coût ?',))
def council_tickets_cost(sessions: Number, tickets_per_session: Number,
                         bus_ticket_price: Number) -> Decimal:
    """« + 20 tickets de bus par CM »."""
    return dec(sessions) * dec(tickets_per_session) * dec(bus_ticket_price)


@rule("L'aide à la garde d'enfants des conseils de quartier : conseils × personnes × heures × SMIC × mois.",
      seeds=('000_721ebb8a9b1c3e2a.txt § Quel coût ?',))
def quartier_childcare_cost(
    councils: Number,
    people_per_council: Number,
    hours_per_month: Number,
    childcare_smic_multiple: Number,
    smic_hourly: Number,
    months: Number,
) -> Decimal:
    """« Aide aux frais de garderie (8h par mois, 25 personnes par Conseil) »."""
    return (dec(councils) * dec(people_per_council) * dec(hours_per_month)
            * dec(childcare_smic_multiple) * dec(smic_hourly) * dec(months))


@rule('Le coût des votes : votations × coût unitaire + conventions × coût unitaire.',
      seeds=('000_721ebb8a9b1c3e2a.txt § Quel coût ?',))
def votes_cost(votations: Number, votation_unit: Number,
               conventions: Number, convention_unit: Number) -> Decimal:
    """« 1 convention citoyenne à 100 000 euros + 12 votations à 50 000 euros »."""
    return dec(votations) * dec(votation_unit) + dec(conventions) * dec(convention_unit)


@rule("Les budgets d'investissement des quartiers : conseils × budget annuel par quartier.",
      seeds=('000_721ebb8a9b1c3e2a.txt § Quel coût ?', '000_721ebb8a9b1c3e2a.txt § Les nouveaux pouvoirs des conseils de quartier'))
def quartier_budgets_cost(councils: Number, budget_per_council: Number) -> Decimal:
    """« 200 000 euros par an par quartier, non inflaté »."""
    return dec(councils) * dec(budget_per_council)
