"""Conventions citoyennes, conseils de quartier and their budgets.

CRPA L131-1 (non-binding association of the public), L2143-1 (quartier councils: mandatory
≥ 80,000, optional ≥ 20,000; consultative; operating credits and premises), L2143-2
(consultative committees elsewhere), L2311-1 / L2312-1 (the council votes an annual
budget). Source: LEGAL.md § 5, § 8, § 12.6.
"""

from __future__ import annotations

from engine.core.fr import euros, number, plural
from engine.model.pact import ConventionClause, QuartierCouncilsClause, clause_key
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding
from engine.verifier.legal.votes import GRENOBLE

CONVENTIONS_KEY = clause_key(ConventionClause)
QUARTIERS_KEY = clause_key(QuartierCouncilsClause)


def check_conventions(ctx: LegalContext, c: ConventionClause):
    aspects = [Aspect(
        "statut", "Conventions citoyennes", "conforme", ("CRPA-L131-1", "L2143-2"),
        f"Au plus {plural(c.max_per_year.at(), 'convention')} par an, "
        + (("tirées" if c.max_per_year.at() > 1 else "tirée") + " au sort"
           if c.drawn_by_lot.at() else "sur candidature")
        + " : association du public non contraignante (CRPA L131-1), décidée par le conseil ou "
        "le maire ; ses propositions vont au conseil, qui reste libre de les adopter ou de les "
        "soumettre à référendum.")]
    return clause_finding(ctx, CONVENTIONS_KEY, c, aspects)


BUDGET_WORDING = (
    "« La majorité s'engage à proposer chaque année au budget une enveloppe d'investissement "
    "d'environ {amount} par quartier, dont les projets sont proposés par les conseils de quartier "
    "ou les habitant·es (vote non contraignant, CRPA L131-1, ou consultation limitée au quartier, "
    "L1112-15) et adoptés par le conseil municipal comme lignes budgétaires ; le maire exécute "
    "les dépenses selon les règles de la commande publique. Chaque enveloppe dépend du vote du "
    "budget de l'année (L2311-1, L2312-1). Le conseil peut en outre affecter aux conseils de "
    "quartier un local et des crédits de fonctionnement (L2143-1). »"
)


def regime_aspect(ctx: LegalContext, c: QuartierCouncilsClause) -> Aspect:
    f = ctx.commune
    n = c.count.at()
    pop = number(f.population)
    if len(f.quartier_regimes) > 1:
        return Aspect(
            "regime", "Régime légal des conseils de quartier", "a_verifier", ("L2143-1", "L2143-2"),
            f"La population ({number(f.population_low)} à {number(f.population_high)} habitants) "
            "encadre un seuil de L2143-1 : le régime des conseils de quartier est à vérifier.",
            f"« Le conseil municipal crée {n} conseils de quartier consultatifs (L2143-1) ou, à "
            "défaut, des comités consultatifs de quartier (L2143-2). »", f.population_confidence)
    if f.quartier_regime == "obligatoire":
        text = (f"Commune de {pop} habitants : les conseils de quartier sont obligatoires "
                "(L2143-1, 80 000 habitants et plus) ; le pacte en précise le fonctionnement.")
        return Aspect("regime", "Régime légal des conseils de quartier", "conforme",
                      ("L2143-1",), text, data_confidence=f.population_confidence)
    if f.quartier_regime == "facultatif":
        return Aspect("regime", "Régime légal des conseils de quartier", "conforme",
                      ("L2143-1", "L2122-2-1"),
                      f"Commune de {pop} habitants : les conseils de quartier sont facultatifs "
                      "(20 000 à 79 999 habitants) ; en les créant, la commune ouvre les "
                      "adjoint·es de quartier (L2122-2-1).", data_confidence=f.population_confidence)
    return Aspect("regime", "Régime légal des conseils de quartier", "conforme", ("L2143-2",),
                  f"Commune de {pop} habitants, sous 20 000 : L2143-1 ne s'applique pas ; les "
                  f"{n} conseils de quartier sont des comités consultatifs (L2143-2).",
                  data_confidence=f.population_confidence)


def budget_aspect(ctx: LegalContext, c: QuartierCouncilsClause) -> Aspect:
    amount = c.budget_per_year_eur.at()
    n = c.count.at()
    wording = BUDGET_WORDING.format(amount=euros(amount))
    total = f"{n} × {euros(amount)} = {euros(n * amount)} par an"
    if c.decision_powers.at():
        return Aspect(
            "budget", "Budgets de quartier", "conflit", ("L2312-1", "L2311-1", "L2143-1", *GRENOBLE),
            f"Les conseils de quartier décident de l'emploi de leur budget ({total}) : le budget "
            "est proposé par le maire et voté chaque année par le conseil (L2312-1, L2311-1) ; les "
            "conseils de quartier sont consultatifs (L2143-1) et ne peuvent recevoir de pouvoir "
            "budgétaire. Des votes citoyens contraignants sur le budget ont été annulés à "
            "Grenoble.", wording, details={"budget_annuel_total_eur": n * amount},
            title=(f"Les conseils de quartier décideraient de {euros(n * amount)} par an : seul le "
                   "conseil municipal vote le budget"))
    carry = (" Le report du reliquat d'une année sur l'autre n'est pas automatique : chaque "
             "budget est annuel (L2311-1)." if c.carry_over.at() else "")
    return Aspect(
        "budget", "Budgets de quartier", "engagement_politique", ("L2312-1", "L2311-1", "L2143-1"),
        f"Enveloppes de {total} sur {c.budget_years.at()} ans : "
        "un pacte ne peut pas engager les budgets futurs ; c'est un engagement de proposer la "
        "ligne chaque année." + carry, wording, details={"budget_annuel_total_eur": n * amount})


def spending_aspect(c: QuartierCouncilsClause) -> Aspect:
    """Who spends the money: the city (the mayor orders the spending), or the councils
    themselves, which have no legal personality."""
    amount, n = c.budget_per_year_eur.at(), c.count.at()
    total = f"{n} × {euros(amount)} = {euros(n * amount)} par an"
    wording = BUDGET_WORDING.format(amount=euros(amount))
    if not c.spent_by_city.at():
        return Aspect(
            "depense", "Qui dépense les budgets de quartier", "conflit", ("L2312-1", "L2143-1"),
            f"L'argent ({total}) serait confié aux conseils de quartier : sans personnalité "
            "juridique, ils ne peuvent pas engager de dépenses ; le maire reste ordonnateur "
            "(confiance moyenne).", wording, "M",
            title=(f"Les conseils de quartier dépenseraient eux-mêmes {euros(n * amount)} par an "
                   "sans personnalité juridique"))
    return Aspect(
        "depense", "Qui dépense les budgets de quartier", "conforme", ("L2312-1", "L2143-1"),
        "Les travaux sont réalisés par la ville : le maire engage les dépenses votées au "
        "budget, les conseils de quartier proposent (L2143-1).")


def check_quartiers(ctx: LegalContext, c: QuartierCouncilsClause):
    return clause_finding(ctx, QUARTIERS_KEY, c, [regime_aspect(ctx, c), budget_aspect(ctx, c),
                                                  spending_aspect(c)])
