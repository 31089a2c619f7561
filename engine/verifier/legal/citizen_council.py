"""Conseil Citoyen (drawn by lot, audits the elected pairs).

Lawful vehicle: a consultative committee (L2143-2, any commune; or quartier councils under
L2143-1). Decision powers or a power to trigger a revocation vote conflict with the law
(L2143-2, L1112-15, L2122-16). Source: LEGAL.md § 4, § 5, § 12.5.
"""

from __future__ import annotations

from engine.model.pact import CitizenCouncilClause, clause_key
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding

KEY = clause_key(CitizenCouncilClause)

ACCOUNTABILITY_WORDING = (
    "« Le conseil municipal crée un comité consultatif (L2143-2) composé d'habitant·es tiré·es au "
    "sort, présidé par un·e conseiller·e désigné·e par le maire, qui émet des avis publics, "
    "organise chaque année une revue publique de redevabilité de chaque binôme et fait des "
    "propositions. Chaque élu·e s'engage personnellement à rendre compte publiquement de son "
    "action (charte de l'élu local, L1111-1-1, point 7) et à envisager de démissionner "
    "volontairement de ses fonctions si l'avis du comité est défavorable. »"
)


def status_aspect(ctx: LegalContext, c: CitizenCouncilClause) -> Aspect:
    if c.decision_powers.at():
        return Aspect(
            "statut", "Statut et pouvoirs", "conflit", ("L2143-2", "L2143-1", "L2121-29"),
            "Le pacte donne au Conseil Citoyen un pouvoir de décision : un comité créé par le "
            "conseil municipal n'est que consultatif (L2143-2) ; seul le conseil règle les "
            "affaires de la commune (L2121-29).", ACCOUNTABILITY_WORDING,
            title=(f"Le Conseil Citoyen de {c.members.at()} membres déciderait : un comité créé par "
                   "le conseil n'est que consultatif"))
    return Aspect(
        "statut", "Statut et pouvoirs", "conforme", ("L2143-2",),
        f"Sans pouvoir de décision, les {c.members.at()} membres tirés au sort forment un comité "
        "consultatif créé par délibération (L2143-2), qui peut comprendre des personnes "
        "extérieures au conseil, pour la durée du mandat au plus, présidé par un·e conseiller·e "
        "désigné·e par le maire.")


def audits_aspect(ctx: LegalContext, c: CitizenCouncilClause) -> Aspect:
    return Aspect(
        "auditions", "Auditions des binômes", "engagement_politique", ("L1111-1-1", "L2143-2"),
        f"Chaque binôme rend des comptes tous les {c.audit_period_months.at()} mois : le comité "
        "ne peut pas contraindre un élu à comparaître ; c'est un engagement de redevabilité des "
        "élu·es (charte de l'élu local, L1111-1-1, point 7).", ACCOUNTABILITY_WORDING)


def revocation_aspect(ctx: LegalContext, c: CitizenCouncilClause) -> Aspect | None:
    if not c.can_request_revocation.at():
        return None
    return Aspect(
        "revocation", "Demande de révocation", "conflit",
        ("L1112-15", "L2122-16", "L2121-6", "Celec-L227", "L2122-10"),
        "Le Conseil Citoyen peut demander une consultation sur la révocation d'un binôme : "
        "aucune révocation citoyenne n'existe. Une consultation ne porte que sur des décisions "
        "relevant de la commune (L1112-15) ; la révocation d'un maire ou d'un adjoint relève de "
        "l'État (décret en conseil des ministres, L2122-16), le mandat dure six ans (L227 du "
        "code électoral, L2122-10).", ACCOUNTABILITY_WORDING,
        title=("Le Conseil Citoyen ne peut pas demander la révocation d'un binôme : aucune "
               "révocation citoyenne n'existe"))


def check(ctx: LegalContext, c: CitizenCouncilClause):
    aspects = [status_aspect(ctx, c), audits_aspect(ctx, c)]
    rev = revocation_aspect(ctx, c)
    if rev is not None:
        aspects.append(rev)
    return clause_finding(ctx, KEY, c, aspects)
