"""The mayor's powers: delegations of the council (L2122-22, binding once voted; the council
may end them at any time, L2122-23), the mayor's own delegations to elected members
(L2122-18, discretionary), building permits (code de l'urbanisme L422-1: the mayor's own
competence; LEGAL.md is silent, confidence L) and the rotation of the mayor.
Source: LEGAL.md § 4 (L2122-18, L2122-22, L2122-23), § 12 ; rules/cgct/engagements.yaml.
"""

from __future__ import annotations

from engine.core.fr import euros
from engine.model.pact import MayorPowersClause, clause_key
from engine.procedures.mayor_powers import delegation_split
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding

KEY = clause_key(MayorPowersClause)
LOANS = 3


def delegations_aspect(ctx: LegalContext, c: MayorPowersClause) -> Aspect:
    split = delegation_split(ctx.pact, ctx.law).value
    granted = {i.number for i in split.granted}
    weakest = min((i.confidence for i in split.granted), key="LMH".index, default="H")
    count = len(split.granted)
    given = ("ne délègue au maire aucun alinéa" if not count else
             f"délègue au maire {count} alinéa{'s' if count > 1 else ''}")
    text = (f"Le conseil {given} de L2122-22 et en garde {len(split.retained)} : c'est une "
            "délibération, juridiquement contraignante "
            "une fois votée ; le conseil peut y mettre fin à tout moment et le maire lui rend "
            "compte à chaque séance (L2122-23).")
    articles = ("L2122-22", "L2122-23", *(i.article for i in split.granted))
    if LOANS in granted:
        text += (" La délégation d'emprunt prend fin à l'ouverture de la campagne du "
                 "renouvellement du conseil.")
        if c.loan_cap_eur is None:
            return Aspect(
                "delegations", "Délégations du conseil au maire", "a_verifier", articles,
                text + " Les emprunts (3°) ne se délèguent que dans les limites fixées par le "
                "conseil : le pacte n'en fixe aucune (montant, durée, taux ?).",
                "« Le conseil délègue au maire la réalisation des emprunts prévus au budget, "
                "dans la limite de [montant] € par an, et y met fin s'il le juge utile (L2122-22 "
                "3°, L2122-23). »", weakest,
                title="Le pacte délègue les emprunts au maire sans en fixer la limite (montant, durée, taux)")
        text += f" Emprunts délégués jusqu'à {euros(c.loan_cap_eur.at())}."
    return Aspect("delegations", "Délégations du conseil au maire", "conforme", articles,
                  text, data_confidence=weakest)


def signature_aspect(ctx: LegalContext, c: MayorPowersClause) -> Aspect | None:
    promises = [p for p in (c.current_business_only, c.urgent_only, c.functions_to_pairs,
                            c.signature_cap_eur) if p is not None]
    if not promises:
        return None
    return Aspect(
        "signature", "Signature et délégations de fonction du maire", "engagement_politique",
        ("L2122-18", "L2122-22"),
        "Le conseil limite ce qu'il délègue (L2122-22), mais la signature des actes qui "
        "relèvent du maire et ses délégations de fonction aux élu·es sont des arrêtés "
        "discrétionnaires, retirables à tout moment (L2122-18) : les limiter est un engagement "
        "du maire.",
        "« Le ou la maire s'engage à ne signer seul·e que les actes de gestion courante, à "
        "porter les autres devant le conseil et à déléguer ses fonctions par arrêté à chaque "
        "binôme d'élu·es (L2122-18). »")


def permits_aspect(ctx: LegalContext, c: MayorPowersClause) -> Aspect | None:
    opinion = c.permit_quartier_opinion is not None and c.permit_quartier_opinion.at()
    deliberation = c.permit_council_deliberation is not None and c.permit_council_deliberation.at()
    if not (opinion or deliberation):
        return None
    said = " puis ".join(s for s, on in (("l'avis du conseil de quartier", opinion),
                                         ("une délibération du conseil", deliberation)) if on)
    return Aspect(
        "permis", "Permis de construire", "engagement_politique", ("CU-L422-1", "L2143-1"),
        f"Le pacte promet {said} avant chaque permis de construire : le maire délivre les "
        "permis au nom de la commune, compétence propre que le conseil ne peut ni exercer ni "
        "conditionner (code de l'urbanisme L422-1, confiance faible) ; une délibération sur un "
        "permis ne serait qu'un vœu, sans effet sur le permis, et l'avis d'un conseil de "
        "quartier reste consultatif (L2143-1).",
        "« Le ou la maire s'engage à recueillir l'avis du conseil de quartier concerné et à "
        "présenter au conseil municipal, pour débat public, chaque projet de permis de "
        "construire avant de le délivrer ; il ou elle reste seul·e compétent·e pour le "
        "délivrer (L422-1 du code de l'urbanisme). »")


def rotation_aspect(ctx: LegalContext, c: MayorPowersClause) -> Aspect | None:
    rotation = ctx.pact.rotation
    if rotation is None:
        return None
    return Aspect(
        "rotation", "Délégations et rotation du maire", "a_verifier",
        ("L2122-22", "L2122-18", "L2122-10"),
        f"Le pacte prévoit un·e nouveau·elle maire tous les {rotation.period_months.at()} mois "
        "(clause rotation) : toute élection du maire entraîne celle des adjoint·es et de "
        "nouveaux arrêtés de délégation (L2122-10, L2122-18) ; la délibération qui délègue au "
        "maire (L2122-22) doit-elle être reprise pour chaque nouveau·elle maire ? À vérifier.",
        "« Après chaque élection d'un·e nouveau·elle maire, le conseil délibère de nouveau sur "
        "les délégations qu'il lui accorde (L2122-22). »", "L")


def check(ctx: LegalContext, c: MayorPowersClause) -> Finding:
    aspects = [delegations_aspect(ctx, c)]
    aspects += [a for a in (signature_aspect(ctx, c), permits_aspect(ctx, c),
                            rotation_aspect(ctx, c)) if a is not None]
    return clause_finding(ctx, KEY, c, aspects)
