"""Budget participatif against the law: no text governs it; it is lawful only as a
consultation whose projects the council votes in the budget (LEGAL.md § 8; L2311-1, L2312-1,
CRPA L131-1, L1112-15 ; Grenoble : TA 1701663, CAA Lyon 18LY02733)."""

from __future__ import annotations

from engine.core.fr import euros
from engine.model.clauses_participation import ParticipatoryBudgetClause
from engine.model.pact import clause_key
from engine.procedures.participatory_budget import yearly_envelope
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding
from engine.verifier.legal.votes import ELECTORATE_FR, GRENOBLE

KEY = clause_key(ParticipatoryBudgetClause)
RESIDENTS = ("habitants_16_ans", "habitants")

WORDING = (
    "« La majorité s'engage à proposer chaque année au budget une enveloppe d'environ "
    "{amount} pour des projets proposés et choisis par les habitant·es ; ce vote est une "
    "association du public non contraignante (CRPA L131-1), dont le conseil municipal "
    "s'engage à suivre le résultat en inscrivant les projets lauréats au budget qu'il vote "
    "(L2311-1, L2312-1). Chaque enveloppe dépend du vote du budget de l'année. »"
)


def budget_aspect(ctx: LegalContext, c: ParticipatoryBudgetClause) -> Aspect:
    envelope = yearly_envelope(ctx.pact, ctx.scenario).value
    amount = euros(envelope.total_eur)
    details = {"enveloppe_annuelle_eur": envelope.total_eur,
               "par_quartier_eur": envelope.per_quartier}
    if c.result_binding.at():
        return Aspect(
            "budget", "Décision budgétaire", "conflit", ("L2312-1", "L2311-1", "Budget-participatif", *GRENOBLE),
            f"Le vote des habitant·es déciderait seul de l'emploi de {amount} par an : le budget "
            "est proposé par le maire et voté par le conseil (L2312-1) ; un vote citoyen "
            "contraignant sur le budget a été annulé à Grenoble.",
            WORDING.format(amount=amount), details=details,
            title=(f"Le vote des habitant·es déciderait seul de {amount} par an : seul le "
                   "conseil vote le budget"))
    carry = (" Le report du reliquat n'est pas automatique : chaque budget est annuel (L2311-1)."
             if c.carry_over is not None and c.carry_over.at() else "")
    return Aspect(
        "budget", "Décision budgétaire", "engagement_politique", ("L2312-1", "L2311-1", "Budget-participatif"),
        f"Enveloppe de {amount} par an que le conseil inscrit au budget : licite si le vote des "
        "habitant·es reste un avis (consultation ou association du public, voir « Qui vote »), "
        "mais un pacte ne peut pas engager les budgets futurs." + carry,
        WORDING.format(amount=amount), details=details,
        title=(f"L'enveloppe de {amount} par an dépend du budget voté chaque année : un pacte ne "
               "peut pas l'engager d'avance"))


def voters_aspect(ctx: LegalContext, c: ParticipatoryBudgetClause) -> Aspect:
    voters = c.voters.at()
    if voters in RESIDENTS:
        return Aspect(
            "votants", "Qui vote", "engagement_politique", ("CRPA-L131-1", "L1112-15", *GRENOBLE),
            f"Votent {ELECTORATE_FR[voters]} : des non-électeurs (dès 16 ans ou étrangers) ne peuvent pas voter dans "
            "une consultation légale (L1112-15, électeurs seulement) : leur vote n'est qu'une "
            "association du public non contraignante (CRPA L131-1) ; à Grenoble, un dispositif "
            "mêlant vote de non-électeurs et engagement de mise en œuvre a été annulé.",
            WORDING.format(amount=euros(yearly_envelope(ctx.pact, ctx.scenario).value.total_eur)),
            "M", details={"votants": voters})
    scope = " (le vote peut être limité à un quartier, L1112-15)" if c.scope.at() == "quartiers" else ""
    return Aspect("votants", "Qui vote", "conforme", ("L1112-15", "CRPA-L131-1"),
                  f"Seuls votent {ELECTORATE_FR[voters]} : une consultation (L1112-15) ou une association du "
                  f"public (CRPA L131-1) est possible{scope}.", details={"votants": voters})


def check(ctx: LegalContext, c: ParticipatoryBudgetClause) -> Finding:
    return clause_finding(ctx, KEY, c, [budget_aspect(ctx, c), voters_aspect(ctx, c)])
