"""The yearly cost table of a pact in a commune, line by line, from cited inputs.

« Estimation des coûts annuels de la transition démocratique »
(000_721ebb8a9b1c3e2a.txt § Quel coût ?): six operating lines and two investment lines.
A line exists only when the pact has the clause that creates its cost (no DPC line without
``direction_pouvoir_citoyen``, no votes line unless the pact promises votes). Counts come
from the clauses; prices from the pact's ``couts`` clause, else from national data — a
national fact (the SMIC) or a documented default flagged « valeur par défaut » — else the
part that needs them is « non chiffrée », with the reason
(:mod:`engine.procedures.cost_inputs`). Nothing is ever borrowed from another pact. The
amounts are computed with the pure unit costs of :mod:`engine.procedures.costs`; the table
adds the scenario's commune (population, electors, budget) for shares and per-head amounts.

Public entry point: :func:`cost_table` (what ``pacte couts``, ``pacte bilan`` and the
dashboard call). The votes line, the votes the table pays for (also read by the budget
consistency check) and the per-event costs the simulation charges are in
:mod:`engine.procedures.cost_votes`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from engine.core.exact import ZERO, dec
from engine.core.fr import format_amount as fmt
from engine.model.pact import (
    CitizenCouncilClause,
    CommitteesClause,
    CostClause,
    CouncilClause,
    DpcClause,
    Pact,
    QuartierCouncilsClause,
    clause_key,
    item_key,
)
from engine.model.scenario import Scenario
from engine.procedures.cost_catalogue import assembly_lines, participatory_budget_line
from engine.procedures.cost_inputs import COSTS_KEY as KEY
from engine.procedures.cost_inputs import CostLine, CostTable, Inputs
from engine.procedures.cost_votes import votes_line
from engine.procedures.costs import (
    citizen_council_cost,
    committees_cost,
    council_tickets_cost,
    quartier_budgets_cost,
    quartier_childcare_cost,
    staff_cost,
)
from engine.procedures.rule import rule

SEED = "000_721ebb8a9b1c3e2a.txt § Quel coût ?"


# --- the lines -----------------------------------------------------------------------------


def _dpc_line(pact: Pact, c: CostClause | None, day: date | None) -> CostLine | None:
    """« Direction du Pouvoir Citoyen » staff: clause ``direction_pouvoir_citoyen`` × salaries
    of the ``couts`` clause (salaries are the list's choice: no default)."""
    d = pact.dpc
    if d is None:
        return None
    i = Inputs(day)
    k = clause_key(DpcClause)
    grades = [
        ("cadres", i.take(k, d, d.managers), i.price(KEY, c, c and c.manager_salary_eur),
         "manager_salary_eur"),
        ("agent·es de maîtrise", i.take(k, d, d.supervisors),
         i.price(KEY, c, c and c.supervisor_salary_eur), "supervisor_salary_eur"),
        ("alternant·es", i.take(k, d, d.apprentices),
         i.price(KEY, c, c and c.apprentice_salary_eur), "apprentice_salary_eur"),
    ]
    charges = i.price(KEY, c, c and c.employer_charges_pct)
    heads = ", ".join(f"{fmt(n)} {what}" for what, n, _s, _p in grades)
    for what, n, salary, name in grades:
        if n and salary is None:
            i.lack_price(f"salaire brut annuel des {what}", name)
    if charges is None:
        i.lack_price("charges employeur", "employer_charges_pct")
    if i.missing:
        return CostLine.of("dpc_staff", "DPC — personnel", f"{heads} à temps plein", ZERO, i)
    paid = [(n, s if s is not None else 0) for _w, n, s, _p in grades]
    (_, sm), (_, ss), (_, sa) = paid
    basis = (f"{heads} à temps plein (brut annuel {fmt(sm, 'euros')} / {fmt(ss, 'euros')} / "
             f"{fmt(sa, 'euros')}, + {fmt(charges, 'pourcent')} de charges employeur)")
    return CostLine.of("dpc_staff", "DPC — personnel", basis, staff_cost(paid, charges), i)


def _bodies(pact: Pact) -> list[str]:
    """The bodies of the pact that need office supplies and equipment."""
    return [name for name, clause in (("DPC", pact.dpc), ("CC", pact.citizen_council),
                                      ("commissions", pact.committees),
                                      ("conseils de quartier", pact.quartier_councils))
            if clause is not None]


def _office_line(pact: Pact, c: CostClause | None, day: date | None) -> CostLine | None:
    """« Bureautique, logistique, communication »: a yearly amount of the ``couts`` clause,
    for the bodies the pact creates (none: no line)."""
    bodies = _bodies(pact)
    if not bodies:
        return None
    i = Inputs(day)
    amount = i.price(KEY, c, c and c.office_operating_eur)
    if amount is None:
        i.lack_price("frais de bureautique, logistique et communication", "office_operating_eur")
    return CostLine.of("office_logistics", "Bureautique, logistique, communication",
                       f"{', '.join(bodies)} : impressions, affiches, matériel de bureau, "
                       "déplacements, publipostage, presse",
                       dec(amount) if amount is not None else ZERO, i)


def _smic(i: Inputs, c: CostClause | None) -> Any:
    """The hourly SMIC: the pact's, else the national value in force on the day."""
    return i.price(KEY, c, c and c.smic_hourly_eur, i.prices.smic_hourly_eur)


def _allowances(i: Inputs, c: CostClause | None) -> tuple[Any, Any]:
    """Months paid a year and the childcare rate: the pact's, else the documented defaults."""
    months = i.price(KEY, c, c and c.paid_months_per_year, i.defaults.paid_months_per_year)
    childcare = i.price(KEY, c, c and c.childcare_smic_multiple,
                        i.defaults.childcare_smic_multiple)
    return months, childcare


def _ticket_price(i: Inputs, c: CostClause | None, tickets: int) -> Any | None:
    """The bus-ticket price (a local price: no default); None, with the reason when the pact
    promises tickets, when the pact does not give it."""
    price = i.price(KEY, c, c and c.bus_ticket_eur)
    if price is None and tickets:
        i.lack_price("tickets de bus", "bus_ticket_eur")
    return price


def _ticket_text(price: Any | None) -> str:
    return fmt(price, "euros") if price is not None else "prix non fixé"


def _citizen_council_line(pact: Pact, c: CostClause | None, day: date | None) -> CostLine | None:
    """« Frais du Conseil Citoyen »: clause ``conseil_citoyen`` at the ``couts`` prices."""
    cc = pact.citizen_council
    if cc is None:
        return None
    i = Inputs(day)
    k = clause_key(CitizenCouncilClause)
    members = i.take(k, cc, cc.members)
    meetings = i.price(KEY, c, c and c.citizen_council_meetings_per_month)
    if meetings is None:
        # the clause itself schedules a working meeting and an audit evening each month
        i.take(k, cc, cc.work_meeting_day)
        i.take(k, cc, cc.audit_meeting_day)
        meetings = 2
    hours = i.take(k, cc, cc.meeting_hours)
    personal = i.take(k, cc, cc.personal_work_hours_per_month)
    allowance = i.take(k, cc, cc.allowance_smic_multiple)
    tickets = i.take(k, cc, cc.bus_tickets_per_month)
    months, childcare = _allowances(i, c)
    smic = _smic(i, c)
    price = _ticket_price(i, c, tickets)
    amount = citizen_council_cost(members, months, meetings, hours, personal, allowance,
                                  childcare, smic, tickets, price or 0)
    basis = (f"{fmt(members)} tiré·es au sort, {fmt(meetings)} réunions par mois de "
             f"{fmt(hours, 'heures')} + {fmt(personal, 'heures')} de travail personnel à "
             f"{fmt(allowance)} × SMIC ({fmt(smic, 'euros_par_heure')}), garde d'enfants à "
             f"{fmt(childcare)} × SMIC par heure, {fmt(tickets)} tickets de bus par mois à "
             f"{_ticket_text(price)}, {fmt(months)} mois")
    return CostLine.of("citizen_council", "Frais du Conseil Citoyen", basis, amount, i)


def _committees_part(i: Inputs, com: CommitteesClause, c: CostClause | None,
                     price: Any | None) -> tuple[Decimal, str]:
    k = clause_key(CommitteesClause)
    committees = i.count(k, com, com.names)
    people = i.take(k, com, com.participants)
    hours = i.take(k, com, com.hours_per_month)
    tickets = i.take(k, com, com.bus_tickets_per_month)
    allowance = i.price(KEY, c, c and c.committee_allowance_smic_multiple)
    if allowance is None:
        i.lack_price("indemnité horaire des participant·es aux commissions",
                     "committee_allowance_smic_multiple")
        allowance = 0
    months, childcare = _allowances(i, c)
    smic = _smic(i, c)
    amount = committees_cost(committees, people, months, hours, allowance, childcare, smic,
                             tickets, price or 0)
    return amount, (f"{fmt(committees)} commissions, {fmt(people)} personnes par commission, "
                    f"{fmt(hours, 'heures')} de travail par mois à {fmt(allowance)} × SMIC "
                    f"({fmt(smic, 'euros_par_heure')}), garde d'enfants à {fmt(childcare)} × "
                    f"SMIC par heure, {fmt(tickets)} tickets de bus par mois, {fmt(months)} mois")


def _committees_line(pact: Pact, c: CostClause | None, day: date | None) -> CostLine | None:
    """« Défraiements et indemnisations »: clauses ``commissions`` and ``conseil_municipal``."""
    com, council = pact.committees, pact.council
    if com is None and council is None:
        return None
    i = Inputs(day)
    k = clause_key(CouncilClause)
    per_session = i.take(k, council, council.bus_tickets_per_session) if council else 0
    tickets = (com.bus_tickets_per_month.at(day) if com else 0) + per_session
    price = _ticket_price(i, c, tickets)
    parts: list[str] = []
    amount = ZERO
    if com is not None:
        part, text = _committees_part(i, com, c, price)
        amount += part
        parts.append(text)
    if council is not None:
        sessions = i.take(k, council, council.sessions_per_year)
        amount += council_tickets_cost(sessions, per_session, price or 0)
        parts.append(f"{fmt(per_session)} tickets de bus par CM × {fmt(sessions)} séances")
    basis = " + ".join(parts) + f" (ticket à {_ticket_text(price)})"
    return CostLine.of("committees_and_council",
                       "Défraiements et indemnisations (commissions et CM)", basis, amount, i)


def _quartier_lines(pact: Pact, c: CostClause | None,
                    day: date | None) -> tuple[CostLine | None, CostLine | None]:
    """Clause ``conseils_de_quartier``: childcare (operating) and quartier budgets (investment)."""
    q = pact.quartier_councils
    if q is None:
        return None, None
    k = clause_key(QuartierCouncilsClause)
    i = Inputs(day)
    councils = i.take(k, q, q.count)
    people = i.take(k, q, q.childcare_people)
    hours = i.take(k, q, q.childcare_hours_per_month)
    months, childcare = _allowances(i, c)
    smic = _smic(i, c)
    childcare_line = CostLine.of(
        "quartier_councils", "Conseils de quartier — aide à la garde d'enfants",
        f"Garde d'enfants {fmt(hours, 'heures')} par mois pour {fmt(people)} personnes par "
        f"conseil, {fmt(councils)} conseils, à {fmt(childcare)} × SMIC "
        f"({fmt(smic, 'euros_par_heure')}), {fmt(months)} mois",
        quartier_childcare_cost(councils, people, hours, childcare, smic, months), i)
    j = Inputs(day)
    councils = j.take(k, q, q.count)
    budget = j.take(k, q, q.budget_per_year_eur)
    budget_line = CostLine.of(
        "quartier_budgets", "Budgets de quartier",
        f"{fmt(councils)} × {fmt(budget, 'euros')} par an et par quartier, non inflaté",
        quartier_budgets_cost(councils, budget), j)
    return childcare_line, budget_line


def _equipment_line(pact: Pact, c: CostClause | None, day: date | None) -> CostLine | None:
    """« Équipement » (investment): a yearly amount of the ``couts`` clause, for the bodies
    the pact creates (none: no line)."""
    bodies = _bodies(pact)
    if not bodies:
        return None
    i = Inputs(day)
    amount = i.price(KEY, c, c and c.office_investment_eur)
    if amount is None:
        i.lack_price("équipement", "office_investment_eur")
    return CostLine.of("office_equipment", "Équipement",
                       f"{', '.join(bodies)} : ordinateurs, imprimantes, fauteuils, projecteurs",
                       dec(amount) if amount is not None else ZERO, i)


# --- the table ---------------------------------------------------------------------------


def _dated_params(pact: Pact) -> tuple[str, ...]:
    """The pact's parameters whose value changes during the mandate, in French
    (« budget_participatif.enveloppe_pct_investissement : 10 dès le 2027-01-01, 20 dès… »)."""
    items = [*pact.clauses().items(), *((item_key(x), x) for x in (*pact.votes, *pact.assemblies))]
    return tuple(f"{key}.{pkey} : " + " ; ".join(f"{fmt(v, p.unit)} dès le {d.isoformat()}"
                                                for d, v in p.changes())
                 for key, clause in items for pkey, p in clause.params().items() if p.values)


def _inputs_from(pact: Pact, lines: tuple[CostLine, ...]) -> str:
    """Where the prices come from, in French, for the table's heading."""
    origins = [KEY if pact.costs is not None else f"« {KEY} » absente du pacte"]
    if any(u.nature == "fait_national" for line in lines for u in line.national):
        origins.append("prix nationaux (SMIC…)")
    if any(line.uses_defaults for line in lines):
        origins.append("valeurs par défaut de Pacte, signalées")
    if any(line.missing for line in lines):
        origins.append("parts non chiffrées signalées")
    return " ; ".join(origins)


@rule('Le tableau annuel des coûts du pacte dans la commune, ligne par ligne, chaque entrée '
      'citée : une ligne par clause qui crée un coût, aux prix de la clause « couts », sinon '
      'aux données nationales ou aux valeurs par défaut signalées ; jamais aux valeurs d\'un '
      'autre pacte.',
      clause='couts',
      articles=('L2311-1',),
      seeds=(SEED,))
def cost_table(pact: Pact, scenario: Scenario, day: date | None = None) -> CostTable:
    """The yearly cost table of ``pact`` in ``scenario``'s commune, with values in force on
    ``day`` (the latest dated values when ``day`` is None)."""
    c = pact.costs
    qc_line, qb_line = _quartier_lines(pact, c, day)
    operating = [
        _dpc_line(pact, c, day),
        _office_line(pact, c, day),
        _citizen_council_line(pact, c, day),
        _committees_line(pact, c, day),
        qc_line,
        votes_line(pact, scenario, day),
        *assembly_lines(pact, c, day),
    ]
    investment = [_equipment_line(pact, c, day), qb_line,
                  participatory_budget_line(pact, scenario, day)]
    commune = scenario.commune
    budget = commune.budget
    i = Inputs(day)
    op = tuple(x for x in operating if x is not None)
    inv = tuple(x for x in investment if x is not None)
    return CostTable(
        pact_id=pact.info.id,
        scenario_id=scenario.info.id,
        commune=commune.name,
        inputs_from=_inputs_from(pact, op + inv),
        operating=op,
        investment=inv,
        operating_spending=dec(budget.operating_spending_eur.at(day)),
        investment_receipts=dec(budget.investment_receipts_eur.at(day)),
        population=commune.population.at(day),
        electors=commune.electors.at(day),
        budget_sources=tuple(str(p.source) for p in (budget.operating_spending_eur,
                                                     budget.investment_receipts_eur) if p.source),
        values_on=day,
        dated=_dated_params(pact),
        figures={"population": i.figure("commune.population_municipale", commune.population),
                 "electors": i.figure("commune.electeurs_inscrits", commune.electors),
                 "operating_spending": i.figure("commune.budget.depenses_reelles_fonctionnement_eur",
                                                budget.operating_spending_eur),
                 "investment_receipts": i.figure(
                     "commune.budget.recettes_reelles_investissement_eur",
                     budget.investment_receipts_eur)},
    )
