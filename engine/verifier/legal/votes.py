"""Aspects shared by every clause that ends in a citizen vote: who votes, and what the
result does (LO1112-7, LO1112-11, L1112-17, L1112-20, L1112-22; LEGAL.md § 1, § 2, § 12.1)."""

from __future__ import annotations

from engine.core.fr import percent_exact
from engine.verifier.legal.aspects import CONSULTATION_WORDING, VOTERS_WORDING, Aspect, LegalContext

LEGAL_ELECTORATES = ("electeurs_inscrits", "electeurs_et_ue")
ELECTORATE_FR = {
    "electeurs_inscrits": "les électeurs inscrits",
    "electeurs_et_ue": "les électeurs inscrits, y compris les ressortissants de l'UE des listes complémentaires",
    "habitants_16_ans": "les habitant·es de 16 ans et plus",
    "habitants": "tous les habitant·es",
}
GRENOBLE = ("TA-Grenoble-1701663", "CAA-Lyon-18LY02733")


def voters_aspect(ctx: LegalContext, voters: str) -> Aspect:
    """Only electors (French, and EU citizens on the supplementary lists) may vote."""
    if voters in LEGAL_ELECTORATES:
        return Aspect(
            "votants", "Corps électoral", "conforme", ("LO1112-11", "L1112-22"),
            f"Votent {ELECTORATE_FR[voters]} : c'est le corps électoral légal d'un référendum ou "
            "d'une consultation (inclure les ressortissants de l'UE inscrits sur les listes "
            "complémentaires).")
    return Aspect(
        "votants", "Corps électoral", "conflit", ("LO1112-11", "L1112-22", *GRENOBLE),
        f"Le pacte fait voter {ELECTORATE_FR[voters]} : ni un référendum (LO1112-11) ni une "
        "consultation (L1112-22) ne peuvent s'ouvrir aux non-électeurs. Le dispositif grenoblois "
        "ouvert aux habitant·es de 16 ans et plus a été annulé sur déféré préfectoral (TA Grenoble "
        "24 mai 2018 n° 1701663, confirmé par CAA Lyon 9 juillet 2020 n° 18LY02733).",
        VOTERS_WORDING,
        title=f"Le pacte fait voter {ELECTORATE_FR[voters]} : seuls les électeurs inscrits le peuvent")


def result_aspect(ctx: LegalContext, binding: bool, quorum_pct: float, what: str,
                  extra_wording: str = "") -> Aspect:
    """A binding result needs the LO1112-7 turnout; otherwise the vote is only an opinion."""
    law = ctx.law
    turnout_min = law.float_number("LO1112-7", "participation_min_pct")
    quorum = f"{percent_exact(quorum_pct)}"
    if binding and quorum_pct < turnout_min:
        return Aspect(
            "resultat", "Effet du résultat", "conflit", ("LO1112-7", "L1112-17", "L1112-20"),
            f"Le pacte rend le résultat {what} contraignant avec une participation minimale de "
            f"{quorum}. Un vote local ne lie la commune que s'il s'agit d'un référendum "
            f"décisionnel adopté avec au moins {percent_exact(turnout_min)} des inscrits votants et la "
            "majorité des suffrages exprimés (LO1112-7, loi organique que le pacte ne peut pas "
            "abaisser) ; une consultation n'est qu'une demande d'avis (L1112-17, L1112-20).",
            CONSULTATION_WORDING + extra_wording, details={"quorum_pct": quorum_pct,
                                                           "participation_legale_pct": turnout_min},
            title=(f"Le résultat {what} lierait le conseil dès {quorum} de participation ; la "
                   f"loi exige {percent_exact(turnout_min)} pour un référendum"))
    if binding:
        return Aspect(
            "resultat", "Effet du résultat", "conforme", ("LO1112-1", "LO1112-3", "LO1112-7"),
            f"Résultat contraignant avec une participation minimale de {quorum} (≥ "
            f"{percent_exact(turnout_min)}) : c'est un référendum local décisionnel, valable si le conseil "
            "décide lui-même de l'organiser par délibération transmise au préfet (LO1112-1, "
            "LO1112-3).", details={"quorum_pct": quorum_pct})
    return Aspect(
        "resultat", "Effet du résultat", "engagement_politique", ("L1112-15", "L1112-17", "L1112-20"),
        f"Résultat non contraignant, participation minimale {quorum} : c'est une consultation des "
        "électeurs (demande d'avis) ; suivre son résultat est un engagement politique, le conseil "
        "restant seul compétent.", CONSULTATION_WORDING + extra_wording,
        details={"quorum_pct": quorum_pct},
        title=(f"Le résultat {what}, sans seuil contraignant ({quorum} de participation), n'est "
               "qu'un avis que la majorité promet de suivre"))
