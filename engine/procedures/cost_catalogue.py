"""Cost lines of the catalogue's clause types that create a yearly cost: the participatory
budget (investment) and each body drawn by lot that pays its members (operating).

Each amount comes from the clause's own rule — :func:`participatory_budget.yearly_envelope`
and :func:`assemblies.yearly_allowance` — so the table, the verifier and the reports quote
one figure. The SMIC is the pact's (``couts.smic_horaire_eur``) or the national value in
force (``rules/national/prix.yaml``), flagged like every other line of the table.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from engine.core.exact import dec
from engine.core.formula import Term, expr_of
from engine.model.pact import CostClause, Pact, item_key
from engine.model.scenario import Scenario
from engine.model.template import render_text
from engine.procedures.assemblies import allowance_cost, yearly_allowance
from engine.procedures.cost_inputs import COSTS_KEY, CostLine, Inputs
from engine.procedures.participatory_budget import envelope_from_share, yearly_envelope
from engine.procedures.rule import rule

SEED = "000_721ebb8a9b1c3e2a.txt § Quel coût ?"


@rule("La ligne « Budget participatif » du tableau des coûts : l'enveloppe annuelle de la "
      "clause, en investissement.", clause="budget_participatif",
      params=("enveloppe_annuelle_eur", "enveloppe_pct_investissement"),
      articles=("L2311-1", "L2312-1"), seeds=(SEED,))
def participatory_budget_line(pact: Pact, scenario: Scenario, day: date | None) -> CostLine | None:
    """« Budget participatif » (investment): the year's envelope of the clause
    ``budget_participatif``, in € or as a share of the commune's investment receipts."""
    if pact.participatory_budget is None:
        return None
    envelope = yearly_envelope(pact, scenario, day)
    i = Inputs(day)
    i.citations.extend(envelope.trace)
    b, e, first = pact.participatory_budget, envelope.value, envelope.trace[0]
    # the spreadsheet's formula: the envelope, or its percentage of the investment receipts
    param = b.envelope_eur if e.from_pct is None else b.envelope_pct
    given = Term.named(first.clause, first.value, param.unit if param else "",
                       render_text(param.description, b) if param else "", first.source)
    formula = given if e.from_pct is None else envelope_from_share(given, i.figure(
        "commune.budget.recettes_reelles_investissement_eur",
        scenario.commune.budget.investment_receipts_eur))
    return CostLine.of("participatory_budget", "Budget participatif (enveloppe annuelle)",
                       envelope.explanation, Term(dec(e.total_eur), expr_of(formula)), i)


@rule("Une ligne de fonctionnement par assemblée tirée au sort défrayée : membres × heures par "
      "an × multiple du SMIC horaire (celui du pacte, sinon la donnée nationale).",
      clause="assemblees_tirees_au_sort",
      params=("membres", "reunions_par_an", "duree_reunion_heures", "indemnite_multiple_smic"),
      seeds=(SEED,))
def assembly_lines(pact: Pact, c: CostClause | None, day: date | None) -> list[CostLine]:
    """One operating line per body drawn by lot (``assemblees_tirees_au_sort``) whose members
    are paid: members × hours a year × a multiple of the hourly SMIC."""
    out: list[CostLine] = []
    for assembly in pact.assemblies or ():
        i = Inputs(day)
        smic: Any = 0
        if assembly.allowance_smic_multiple is not None:  # only a paid body needs the SMIC
            smic = i.price(COSTS_KEY, c, c and c.smic_hourly_eur, i.prices.smic_hourly_eur)
        allowance = yearly_allowance(assembly, smic, day)
        amount: Any = allowance.value
        a = assembly
        if a.allowance_smic_multiple is not None and a.meeting_hours is not None:
            # every count and price as a named input: the spreadsheet's formula follows them
            key = item_key(a)
            amount = allowance_cost(i.take(key, a, a.members), i.take(key, a, a.meetings_per_year),
                                    i.take(key, a, a.meeting_hours),
                                    i.take(key, a, a.allowance_smic_multiple), smic)
            assert amount == allowance.value  # one formula, whatever feeds it
        else:
            i.citations.extend(allowance.trace)
        out.append(CostLine.of(f"assembly_{assembly.id}", f"{assembly.title} — défraiements",
                               allowance.explanation, amount, i))
    return out
