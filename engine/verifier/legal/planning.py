"""Co-construction of the investment plan (PPI) and of PLUIHD changes.

A vote between several proposals decided by plurality is neither a referendum (a draft
deliberation, LO1112-1) nor a consultation (yes or no, L1112-20): it can only be a
non-binding association of the public (CRPA L131-1), without a commitment to implement it
automatically (TA Grenoble 1701663 / CAA Lyon 18LY02733). Consultative bodies cannot
approve (L2143-1, L2143-2). Source: LEGAL.md § 2, § 9, § 12.1.
"""

from __future__ import annotations

from engine.model.pact import PluihdClause, PpiClause, clause_key
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding
from engine.verifier.legal.votes import GRENOBLE

PPI_KEY = clause_key(PpiClause)
PLUIHD_KEY = clause_key(PluihdClause)

PPI_WORDING = (
    "« Les propositions (celle des élu·es et au plus {n} propositions citoyennes) sont soumises "
    "à une consultation non contraignante du public (CRPA L131-1), ou le conseil soumet à "
    "consultation des électeurs (L1112-15) une question fermée (oui ou non) sur la proposition "
    "qu'il retient. Les élu·es de la majorité s'engagent politiquement à proposer au conseil la "
    "proposition arrivée en tête ; le conseil municipal vote librement la programmation "
    "(L2312-1). »"
)


def check_ppi(ctx: LegalContext, c: PpiClause):
    n = c.max_citizen_proposals.at()
    options = n + 1
    rule = c.decision_rule.at()
    rule_fr = "la pluralité" if rule == "pluralite" else "la majorité absolue"
    wording = PPI_WORDING.format(n=n)
    if c.council_ratifies.at():
        aspect = Aspect(
            "vote", "Vote entre plusieurs propositions", "conflit",
            ("LO1112-1", "L1112-20", "CRPA-L131-1", *GRENOBLE),
            f"Jusqu'à {options} propositions départagées à {rule_fr}, le conseil ratifiant celle qui "
            "arrive en tête : ce vote à plusieurs options n'est ni un référendum (LO1112-1 : un "
            "projet de délibération) ni une consultation (L1112-20 : oui ou non) ; hors de ces "
            "formes, seule une association du public non contraignante est permise (CRPA L131-1), "
            "sans engagement de mise en œuvre automatique. L'engagement de ratifier le résultat "
            "reproduit le schéma annulé à Grenoble (confiance moyenne : le vice décisif y était "
            "l'ouverture aux non-électeurs).", wording, "M",
            {"options": options, "regle": rule},
            title=(f"Le conseil ratifierait un vote entre {options} propositions : ni référendum "
                   "ni consultation ne le permettent"))
    else:
        aspect = Aspect(
            "vote", "Vote entre plusieurs propositions", "engagement_politique",
            ("CRPA-L131-1", "L2312-1"),
            f"Jusqu'à {options} propositions départagées à {rule_fr}, sans ratification "
            "automatique : association du public non contraignante (CRPA L131-1), le conseil "
            "votant la programmation (L2312-1).", wording, details={"options": options})
    return clause_finding(ctx, PPI_KEY, c, [aspect])


def check_pluihd(ctx: LegalContext, c: PluihdClause):
    aspects = [Aspect(
        "relectures", "Relectures par les conseils de quartier", "conforme", ("L2143-1", "L2143-2"),
        f"{c.quartier_reviews.at()} relectures par chaque conseil de quartier : consultation "
        "d'organes consultatifs, licite.")]
    if c.citizen_council_approval.at():
        aspects.append(Aspect(
            "approbation", "Approbation par le Conseil Citoyen", "conflit", ("L2143-2", "L2121-29"),
            "La proposition est soumise à l'approbation du Conseil Citoyen : un comité consultatif "
            "ne peut qu'émettre un avis (L2143-2) ; une approbation préalable équivaudrait à un "
            "droit de veto que la loi ne permet pas (confiance moyenne).",
            "« La proposition est soumise pour avis au comité consultatif citoyen ; l'avis est "
            "publié avec la délibération. »", "M",
            title="L'approbation du Conseil Citoyen serait un veto qu'un comité consultatif ne peut pas avoir"))
    if c.referendum_on_conflict.at():
        aspects.append(Aspect(
            "referendum", "Référendum en cas de conflit", "a_verifier", ("LO1112-1", "L1112-15"),
            "Le pacte prévoit un référendum municipal sur les modifications du PLUIHD : un "
            "référendum ou une consultation ne porte que sur une matière de la compétence de la "
            "commune (LO1112-1, L1112-15) ; un plan local d'urbanisme intercommunal relève de "
            "l'intercommunalité, la commune n'y donnant qu'un avis. La compétence est à vérifier "
            "(fait que la note de Pacte sur le CGCT ne couvre pas, confiance faible).",
            "« En cas de désaccord marqué, le conseil municipal peut consulter les électeurs sur "
            "l'avis que la commune rendra à l'intercommunalité (L1112-15), le résultat n'étant "
            "qu'un avis (L1112-20). »", "L"))
    return clause_finding(ctx, PLUIHD_KEY, c, aspects)
