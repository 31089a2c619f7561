"""Consultation de révocation of an elected pair: no recall exists in French law.
Source: LEGAL.md § 4 (« No recall »), § 12.5, § 13."""

from __future__ import annotations

from engine.model.pact import RevocationClause, clause_key
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding
from engine.verifier.legal.citizen_council import ACCOUNTABILITY_WORDING

KEY = clause_key(RevocationClause)
ARTICLES = ("L1112-15", "L2122-16", "L2121-6", "L2121-5", "Celec-L227", "L2122-10", "L2122-18")


def check(ctx: LegalContext, c: RevocationClause):
    effect = c.outcome_if_yes.at()
    effect_fr = ("révoque automatiquement le binôme" if effect == "revocation_automatique"
                 else "enjoint le binôme à démissionner")
    months = ctx.law.int_number("L2122-16", "suspension_max_mois")
    aspects = [Aspect(
        "revocation", "Révocation par les électeurs", "conflit", ARTICLES,
        f"Le oui {effect_fr}. Aucune révocation citoyenne n'existe : une consultation ne peut "
        "porter que sur une décision relevant de la commune (L1112-15) ; un maire ou un adjoint "
        f"n'est suspendu que par arrêté ministériel ({months} mois au plus) et révoqué que par "
        "décret en conseil des ministres (L2122-16) ; le conseil n'est dissous que par décret "
        "(L2121-6) ; le mandat dure six ans (L227 du code électoral, L2122-10). Organiser ce vote "
        "expose la délibération au déféré préfectoral avec suspension (L1112-17). Dans le "
        "conseil, le seul levier légal est le vote sur le maintien d'un adjoint privé de ses "
        "délégations par le maire (L2122-18).", ACCOUNTABILITY_WORDING,
        details={"effet_du_oui": effect, "debat_public_jours": c.debate_days.at()},
        title=f"Le oui {effect_fr} : aucune révocation citoyenne n'existe"),
        _effect_aspect(effect)]
    return clause_finding(ctx, KEY, c, aspects)


def _effect_aspect(effect: str) -> Aspect:
    """What the « oui » does. A resignation the pair promises is theirs to give (a mayor's or
    an adjoint's resignation is voluntary, L2122-15): a political commitment. An automatic
    revocation has no legal form at all (L2122-16)."""
    if effect == "revocation_automatique":
        return Aspect(
            "effet", "Effet du oui", "conflit", ("L2122-16", "L2122-15"),
            "Le pacte fait du oui une révocation automatique : aucune autorité communale ne "
            "peut mettre fin à un mandat (révocation par décret seulement, L2122-16).",
            "« Si le oui l'emporte, le binôme s'engage à remettre sa démission (L2122-15). »",
            title="Le oui ne peut pas révoquer automatiquement : seul un décret révoque un maire ou un adjoint")
    return Aspect(
        "effet", "Effet du oui", "engagement_politique", ("L2122-15",),
        "Le oui enjoint le binôme à démissionner : une démission ne se donne que volontairement "
        "(L2122-15), c'est donc la promesse personnelle des élu·es, non une obligation.",
        "« Si le oui l'emporte, le binôme s'engage à remettre sa démission (L2122-15). »")
