"""The yearly cost table of a pact in a commune, line by line, from cited inputs.

« Estimation des coûts annuels de la transition démocratique »
(000_721ebb8a9b1c3e2a.txt § Quel coût ?): six operating lines and two investment lines.
Each line builder takes its inputs from the pact (counts from the clauses, prices from the
``couts`` clause, or the reference pact's when the pact has none), cites them, and computes
the amount with the pure unit costs of :mod:`engine.procedures.costs`; the table adds the
scenario's commune (population, electors, budget) for shares and per-head amounts.

Public entry points: :func:`cost_table` (what ``pacte couts``, ``pacte bilan`` and the
dashboard call) and :func:`unit_costs` (the per-event costs the simulation charges).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from engine.core.exact import CENT, ZERO, dec
from engine.core.fr import format_amount as fmt
from engine.model.clause import Clause
from engine.model.pact import CostClause, Pact
from engine.model.params import Param
from engine.model.scenario import Scenario
from engine.procedures.costs import (
    citizen_council_cost,
    committees_cost,
    council_tickets_cost,
    quartier_budgets_cost,
    quartier_childcare_cost,
    staff_cost,
    votes_cost,
)
from engine.procedures.rule import rule
from engine.procedures.trace import Citation, cite_param

# --- inputs from the pact ----------------------------------------------------------------


@dataclass
class Inputs:
    """The values a cost line uses, each with its citation."""

    day: date | None
    citations: list[Citation] = field(default_factory=list)

    def take(self, key: str, clause: Clause, param: Param[Any]) -> Any:
        """The value of ``param`` (a parameter of ``clause``) on the day, cited."""
        citation = cite_param(key, clause, param, self.day)
        self.citations.append(citation)
        return citation.value


def _reference_cost_clause() -> CostClause:
    """The ``couts`` clause of the bundled reference pact (used when a pact has none)."""
    from engine.core.paths import DEFAULT_PACT
    from engine.io.context import load_pact

    clause = load_pact(DEFAULT_PACT).costs
    assert clause is not None, "le pacte de référence doit porter une clause « couts »"
    return clause


def _cost_clause(pact: Pact) -> tuple[CostClause, str]:
    """The pact's cost inputs and where they come from (the pact, or the reference pact)."""
    if pact.costs is not None:
        return pact.costs, "couts"
    return _reference_cost_clause(), "couts (pacte de référence chambery-2026)"


@dataclass(frozen=True)
class CostLine:
    """One line of the table: an id, a French label, the basis of the computation, the amount."""

    id: str
    label: str
    basis: str
    amount: Decimal
    inputs: tuple[Citation, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "basis": self.basis,
                "amount_eur": _euros(self.amount),
                "inputs": [c.as_dict() for c in self.inputs]}


def _euros(amount: Decimal) -> float:
    """An amount for JSON: euros with cents."""
    return float(amount.quantize(CENT))


def _dpc_line(pact: Pact, c: CostClause, ckey: str, day: date | None) -> CostLine | None:
    """« Direction du Pouvoir Citoyen » staff: clause ``direction_pouvoir_citoyen`` × salaries."""
    if pact.dpc is None:
        return None
    i = Inputs(day)
    d = pact.dpc
    grades = [
        (i.take("direction_pouvoir_citoyen", d, d.managers),
         i.take(ckey, c, c.manager_salary_eur)),
        (i.take("direction_pouvoir_citoyen", d, d.supervisors),
         i.take(ckey, c, c.supervisor_salary_eur)),
        (i.take("direction_pouvoir_citoyen", d, d.apprentices),
         i.take(ckey, c, c.apprentice_salary_eur)),
    ]
    charges = i.take(ckey, c, c.employer_charges_pct)
    (m, sm), (s, ss), (a, sa) = grades
    basis = (f"{fmt(m)} cadres, {fmt(s)} agent·es de maîtrise et {fmt(a)} alternant·es à "
             f"temps plein (brut annuel {fmt(sm, 'euros')} / {fmt(ss, 'euros')} / "
             f"{fmt(sa, 'euros')}, + {fmt(charges, 'pourcent')} de charges employeur)")
    return CostLine("dpc_staff", "DPC — personnel", basis, staff_cost(grades, charges),
                    tuple(i.citations))


def _office_line(c: CostClause, ckey: str, day: date | None) -> CostLine:
    """« Bureautique, logistique, communication »: a yearly amount of the ``couts`` clause."""
    i = Inputs(day)
    amount = dec(i.take(ckey, c, c.office_operating_eur))
    return CostLine("office_logistics", "Bureautique, logistique, communication",
                    "DPC, CC, commissions, conseils de quartier : impressions, affiches, "
                    "matériel de bureau, déplacements, publipostage, presse",
                    amount, tuple(i.citations))


def _citizen_council_line(pact: Pact, c: CostClause, ckey: str, day: date | None) -> CostLine | None:
    """« Frais du Conseil Citoyen »: clause ``conseil_citoyen`` at the ``couts`` prices."""
    cc = pact.citizen_council
    if cc is None:
        return None
    i = Inputs(day)
    k = "conseil_citoyen"
    members = i.take(k, cc, cc.members)
    meetings = i.take(ckey, c, c.citizen_council_meetings_per_month)
    hours = i.take(k, cc, cc.meeting_hours)
    personal = i.take(k, cc, cc.personal_work_hours_per_month)
    allowance = i.take(k, cc, cc.allowance_smic_multiple)
    tickets = i.take(k, cc, cc.bus_tickets_per_month)
    months = i.take(ckey, c, c.paid_months_per_year)
    childcare = i.take(ckey, c, c.childcare_smic_multiple)
    smic = i.take(ckey, c, c.smic_hourly_eur)
    price = i.take(ckey, c, c.bus_ticket_eur)
    amount = citizen_council_cost(members, months, meetings, hours, personal, allowance,
                                  childcare, smic, tickets, price)
    basis = (f"{fmt(members)} tiré·es au sort, {fmt(meetings)} réunions par mois de "
             f"{fmt(hours, 'heures')} + {fmt(personal, 'heures')} de travail personnel à "
             f"{fmt(allowance)} × SMIC ({fmt(smic, 'euros_par_heure')}), garde d'enfants à "
             f"{fmt(childcare)} × SMIC par heure, {fmt(tickets)} tickets de bus par mois à "
             f"{fmt(price, 'euros')}, {fmt(months)} mois")
    return CostLine("citizen_council", "Frais du Conseil Citoyen", basis, amount,
                    tuple(i.citations))


def _committees_line(pact: Pact, c: CostClause, ckey: str, day: date | None) -> CostLine | None:
    """« Défraiements et indemnisations »: clauses ``commissions`` and ``conseil_municipal``."""
    com, council = pact.committees, pact.council
    if com is None and council is None:
        return None
    i = Inputs(day)
    smic = i.take(ckey, c, c.smic_hourly_eur)
    price = i.take(ckey, c, c.bus_ticket_eur)
    parts: list[str] = []
    amount = ZERO
    if com is not None:
        names = i.take("commissions", com, com.names)
        people = i.take("commissions", com, com.participants)
        hours = i.take("commissions", com, com.hours_per_month)
        tickets = i.take("commissions", com, com.bus_tickets_per_month)
        allowance = i.take(ckey, c, c.committee_allowance_smic_multiple)
        childcare = i.take(ckey, c, c.childcare_smic_multiple)
        months = i.take(ckey, c, c.paid_months_per_year)
        amount += committees_cost(len(names), people, months, hours, allowance, childcare,
                                  smic, tickets, price)
        parts.append(f"{len(names)} commissions, {fmt(people)} personnes par commission, "
                     f"{fmt(hours, 'heures')} de travail par mois à {fmt(allowance)} × SMIC "
                     f"({fmt(smic, 'euros_par_heure')}), garde d'enfants à {fmt(childcare)} × SMIC "
                     f"par heure, {fmt(tickets)} tickets de bus par mois, {fmt(months)} mois")
    if council is not None:
        sessions = i.take("conseil_municipal", council, council.sessions_per_year)
        per_session = i.take("conseil_municipal", council, council.bus_tickets_per_session)
        amount += council_tickets_cost(sessions, per_session, price)
        parts.append(f"{fmt(per_session)} tickets de bus par CM × {fmt(sessions)} séances")
    basis = " + ".join(parts) + f" (ticket à {fmt(price, 'euros')})"
    return CostLine("committees_and_council", "Défraiements et indemnisations (commissions et CM)",
                    basis, amount, tuple(i.citations))


def _quartier_lines(pact: Pact, c: CostClause, ckey: str,
                    day: date | None) -> tuple[CostLine | None, CostLine | None]:
    """Clause ``conseils_de_quartier``: childcare (operating) and quartier budgets (investment)."""
    q = pact.quartier_councils
    if q is None:
        return None, None
    k = "conseils_de_quartier"
    i = Inputs(day)
    councils = i.take(k, q, q.count)
    people = i.take(k, q, q.childcare_people)
    hours = i.take(k, q, q.childcare_hours_per_month)
    childcare = i.take(ckey, c, c.childcare_smic_multiple)
    smic = i.take(ckey, c, c.smic_hourly_eur)
    months = i.take(ckey, c, c.paid_months_per_year)
    childcare_line = CostLine(
        "quartier_councils", "Conseils de quartier — aide à la garde d'enfants",
        f"Garde d'enfants {fmt(hours, 'heures')} par mois pour {fmt(people)} personnes par conseil, "
        f"{fmt(councils)} conseils, à {fmt(childcare)} × SMIC ({fmt(smic, 'euros_par_heure')}), "
        f"{fmt(months)} mois",
        quartier_childcare_cost(councils, people, hours, childcare, smic, months),
        tuple(i.citations))
    j = Inputs(day)
    councils = j.take(k, q, q.count)
    budget = j.take(k, q, q.budget_per_year_eur)
    budget_line = CostLine(
        "quartier_budgets", "Budgets de quartier",
        f"{fmt(councils)} × {fmt(budget, 'euros')} par an et par quartier, non inflaté",
        quartier_budgets_cost(councils, budget), tuple(j.citations))
    return childcare_line, budget_line


def _votes_line(pact: Pact, c: CostClause, ckey: str, day: date | None) -> CostLine:
    """« Référendums, votations, conventions citoyennes »: budgeted votes × unit costs."""
    i = Inputs(day)
    votations = i.take(ckey, c, c.votations_budgeted_per_year)
    votation_unit = i.take(ckey, c, c.votation_unit_eur)
    convention_unit = i.take(ckey, c, c.convention_unit_eur)
    conventions = 0
    conv = pact.conventions
    if conv is not None:
        conventions = i.take("conventions_citoyennes", conv, conv.max_per_year)
    plural = "s" if conventions > 1 else ""
    basis = (f"{fmt(conventions)} convention{plural} citoyenne{plural} à "
             f"{fmt(convention_unit, 'euros')} "
             f"+ {fmt(votations)} votations à {fmt(votation_unit, 'euros')}")
    return CostLine("votations_conventions", "Référendums, votations, conventions citoyennes", basis,
                    votes_cost(votations, votation_unit, conventions, convention_unit),
                    tuple(i.citations))


def _equipment_line(c: CostClause, ckey: str, day: date | None) -> CostLine:
    """« Équipement » (investment): a yearly amount of the ``couts`` clause."""
    i = Inputs(day)
    return CostLine("office_equipment", "Équipement",
                    "DPC, CC, commissions, conseils de quartier : ordinateurs, imprimantes, "
                    "fauteuils, projecteurs",
                    dec(i.take(ckey, c, c.office_investment_eur)),
                    tuple(i.citations))


# --- the table ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CostTable:
    """The yearly cost table of a pact in a commune."""

    pact_id: str
    scenario_id: str
    commune: str
    inputs_from: str
    operating: tuple[CostLine, ...]
    investment: tuple[CostLine, ...]
    operating_spending: Decimal
    investment_receipts: Decimal
    population: int
    electors: int
    budget_sources: tuple[str, ...]

    @property
    def operating_total(self) -> Decimal:
        return sum((line.amount for line in self.operating), ZERO)

    @property
    def investment_total(self) -> Decimal:
        return sum((line.amount for line in self.investment), ZERO)

    @property
    def total(self) -> Decimal:
        return self.operating_total + self.investment_total

    def line(self, line_id: str) -> CostLine | None:
        for line in self.operating + self.investment:
            if line.id == line_id:
                return line
        return None

    def amount(self, line_id: str) -> Decimal:
        line = self.line(line_id)
        return line.amount if line is not None else ZERO

    @property
    def share_of_operating_spending(self) -> float:
        """Operating total, in percent of the commune's real operating spending."""
        if not self.operating_spending:
            return 0.0
        return float(self.operating_total / self.operating_spending * 100)

    @property
    def share_of_investment_receipts(self) -> float:
        """Investment total, in percent of the commune's real investment receipts."""
        if not self.investment_receipts:
            return 0.0
        return float(self.investment_total / self.investment_receipts * 100)

    def per_head(self, amount: Decimal, heads: int) -> float:
        return float((amount / heads).quantize(CENT))

    def as_dict(self) -> dict[str, Any]:
        return {
            "pacte": self.pact_id,
            "scenario": self.scenario_id,
            "commune": self.commune,
            "inputs_from": self.inputs_from,
            "operating": {"lines": [line.as_dict() for line in self.operating],
                          "total_eur": _euros(self.operating_total)},
            "investment": {"lines": [line.as_dict() for line in self.investment],
                           "total_eur": _euros(self.investment_total)},
            "total_eur": _euros(self.total),
            "share_of_operating_spending": self.share_of_operating_spending,
            "share_of_investment_receipts": self.share_of_investment_receipts,
            "operating_spending_eur": _euros(self.operating_spending),
            "investment_receipts_eur": _euros(self.investment_receipts),
            "budget_sources": list(self.budget_sources),
            "population": self.population,
            "electors": self.electors,
            "per_inhabitant_eur": self.per_head(self.operating_total, self.population),
            "per_elector_eur": self.per_head(self.operating_total, self.electors),
            "per_inhabitant_total_eur": self.per_head(self.total, self.population),
            "per_elector_total_eur": self.per_head(self.total, self.electors),
        }


@rule('Le tableau annuel des coûts du pacte dans la commune, ligne par ligne, chaque entrée citée (la clause « couts » du pacte, sinon celle du pacte de référence, signalée).',
      clause='couts',
      articles=('L2311-1',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Quel coût ?',))
def cost_table(pact: Pact, scenario: Scenario, day: date | None = None) -> CostTable:
    """The yearly cost table of ``pact`` in ``scenario``'s commune, with values in force on
    ``day`` (the latest dated values when ``day`` is None)."""
    clause, ckey = _cost_clause(pact)
    qc_line, qb_line = _quartier_lines(pact, clause, ckey, day)
    operating = [
        _dpc_line(pact, clause, ckey, day),
        _office_line(clause, ckey, day),
        _citizen_council_line(pact, clause, ckey, day),
        _committees_line(pact, clause, ckey, day),
        qc_line,
        _votes_line(pact, clause, ckey, day),
    ]
    investment = [_equipment_line(clause, ckey, day), qb_line]
    commune = scenario.commune
    budget = commune.budget
    return CostTable(
        pact_id=pact.info.id,
        scenario_id=scenario.info.id,
        commune=commune.name,
        inputs_from=ckey,
        operating=tuple(x for x in operating if x is not None),
        investment=tuple(x for x in investment if x is not None),
        operating_spending=dec(budget.operating_spending_eur.at(day)),
        investment_receipts=dec(budget.investment_receipts_eur.at(day)),
        population=commune.population.at(day),
        electors=commune.electors.at(day),
        budget_sources=tuple(str(p.source) for p in (budget.operating_spending_eur,
                                                     budget.investment_receipts_eur) if p.source),
    )


@dataclass(frozen=True)
class UnitCosts:
    """Unit costs the simulation charges per event (same inputs as the table)."""

    votation_eur: Decimal
    convention_eur: Decimal


@rule('Les coûts unitaires que la simulation impute à chaque événement (une votation, une convention).',
      clause='couts',
      params=('cout_unitaire_votation_eur', 'cout_unitaire_convention_eur'),
      seeds=('000_721ebb8a9b1c3e2a.txt § Quel coût ?',))
def unit_costs(pact: Pact, day: date | None = None) -> UnitCosts:
    """The cost of one votation and one convention (``couts`` clause, or the reference pact's)."""
    clause, _ = _cost_clause(pact)
    return UnitCosts(dec(clause.votation_unit_eur.at(day)), dec(clause.convention_unit_eur.at(day)))
