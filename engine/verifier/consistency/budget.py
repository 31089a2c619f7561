"""Budget against the rules: the votations the cost table pays for vs the votation days the
petition clause allows (and the law, blackouts removed). The votations budgeted are the cost
table's own (:func:`engine.procedures.cost_votes.budgeted_votations`: the ``couts`` clause's
count, else the yearly caps of the pact's rules; its unit cost, else the documented default,
flagged); when the pact promises votes it neither counts nor caps, the finding says the pact
budgets nothing for its compulsory voting expenses (LO1112-5, L1112-19)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from engine.core.fr import euros, plural
from engine.procedures.cost_votes import budget_and_rules, budgeted_votations
from engine.procedures.petition import votation_grid
from engine.verifier.consistency.base import consistency
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import LegalContext


@dataclass(frozen=True)
class BudgetedVotes:
    """What the pact's cost table pays for, each year."""

    per_year: int
    unit_eur: float
    source: str
    #: the unit cost is the documented default (« valeur par défaut »), not the pact's
    unit_is_default: bool = False


def budgeted_votes(ctx: LegalContext) -> BudgetedVotes | None:
    """The votations the cost table budgets (:func:`budgeted_votations`, the same reading);
    None when the pact promises no vote, or promises votes it neither counts nor caps."""
    found = budgeted_votations(ctx.pact, ctx.scenario)
    if found is None or not found.bounded or found.unit_eur is None:
        return None
    sources = dict.fromkeys(c.source for c in found.inputs.citations)
    return BudgetedVotes(found.count, float(found.unit_eur), " ; ".join(sources),
                         found.unit_is_default)


def votations(ctx: LegalContext) -> Finding | None:
    p = ctx.pact
    if budgeted_votations(p, ctx.scenario) is None:
        return None  # the pact promises no vote
    budget = budgeted_votes(ctx)
    if budget is None:
        return consistency(
            ctx, "budget.votations", "votation_propositionnelle" if p.petition else
            ("votation_abrogatoire" if p.abrogation else
             ("referendum_municipal" if p.referendum else "couts")),
            "lacune", "warning", ("LO1112-5", "L1112-19"),
            "Le pacte prévoit des votes mais n'en fixe ni le nombre budgété par an (clause "
            "« couts ») ni de plafond annuel : leur coût n'est pas chiffré. L'organisation d'un "
            "référendum ou d'une consultation est une dépense obligatoire de la commune "
            "(LO1112-5, L1112-19), à inscrire au budget.", {},
            title="Le pacte prévoit des votes sans en chiffrer le coût : ni nombre budgété ni "
                  "plafond annuel")
    rules = budget_and_rules(p, ctx.scenario)  # the same reading as the cost explanation
    if rules is None:  # cannot happen: budgeted_votes found a bounded, priced count
        return None
    cap = rules.petition_days_per_year
    lawful = Counter(v.day.year for v in votation_grid(p, ctx.scenario, "loi")) if p.petition else Counter()
    start, end = ctx.scenario.mandate.start.year, ctx.scenario.mandate.end.year
    full = {y: lawful.get(y, 0) for y in range(start + 1, end)}
    min_year = min(full, key=lambda y: full[y]) if full else None
    total = budget.per_year * budget.unit_eur
    msg = (f"Le tableau des coûts paie {plural(budget.per_year, 'votation')} par an à {euros(budget.unit_eur)} "
           + ("(valeur par défaut de Pacte, faute de prix dans le pacte) " if budget.unit_is_default
              else "") + f"= {euros(total)}.")
    if p.petition is not None:
        msg += (f" La clause de pétition permet au plus {plural(cap, 'jour')} de votation par an "
                f"({cap} × {euros(budget.unit_eur)} = {euros(cap * budget.unit_eur)})")
        if min_year is not None:
            msg += (f", et seulement {full[min_year]} en {min_year} une fois les périodes "
                    "d'interdiction retirées")
        msg += "."
    capped = [v for v in p.votes if v.max_per_year is not None]
    family_cap = rules.capped_votes_per_year
    if capped:
        msg += (" Les votations de la liste « votations » en ajoutent au plus "
                f"{family_cap} par an ({', '.join(f'« {v.title} »' for v in capped)}).")
    extra = budget.per_year - cap - family_cap
    others = list(rules.uncapped)
    if extra > 0:
        many = extra > 1
        msg += (f" {'Les' if many else 'La'} {extra} autre{'s' if many else ''} "
                f"({euros(extra * budget.unit_eur)} par an) "
                f"{'devraient' if many else 'devrait'} être "
                + (" ou ".join(others) if others else "des votes que le pacte ne prévoit pas")
                + " : le tableau ne dit pas lesquels il finance.")
        verdict, severity = "incoherent", "warning"
    else:
        verdict, severity = "coherent", "info"
        msg += " Le budget couvre les votations que la règle permet."
    return consistency(
        ctx, "budget.votations", "votation_propositionnelle" if p.petition else "couts", verdict,
        severity, ("LO1112-5", "L1112-19", "LO1112-6"), msg,
        {"votations_budgetees_par_an": budget.per_year, "cout_unitaire_eur": budget.unit_eur,
         "budget_votations_eur_par_an": total, "jours_de_votation_max_par_an": cap,
         "jours_legaux_par_annee": {str(y): n for y, n in sorted(full.items())},
         "votations_non_expliquees_par_an": max(extra, 0)},
        title=(f"Le tableau budgète {plural(budget.per_year, 'votation')} par an ; les règles en "
               f"permettent {cap + family_cap}" if extra > 0 else
               f"Le tableau budgète {plural(budget.per_year, 'votation')} par an, pas plus que les "
               f"règles n'en permettent ({cap + family_cap})"),
        wording=(f"Ramener le tableau des coûts à {cap} votations par an, ou préciser quels autres "
                 "votes il finance et les regrouper sur les jours de votation." if extra > 0 else None),
        source=budget.source)


def check(ctx: LegalContext) -> list[Finding]:
    f = votations(ctx)
    return [f] if f is not None else []
