"""Rotation of the mayor / first-adjoint pair: only a voluntary, personal resignation is
possible; automatic rotation or pre-signed letters conflict with the law.
L2122-10 (same term as the council; new mayor ⇒ all adjoints re-elected), L2122-15
(resignation to the préfet), L2122-14 (council within 15 days), L2122-7 / L2122-7-2
(elections), CE 16 Jan 1998 n° 188892, TA Versailles 2016. Source: LEGAL.md § 3, § 12.4.
"""

from __future__ import annotations

from engine.model.pact import RotationClause, clause_key
from engine.procedures.rotation import election_delay_exceeds_law
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding

KEY = clause_key(RotationClause)


def mechanics(ctx: LegalContext) -> str:
    """The legal steps a rotation clause must describe (LEGAL.md § 12.4)."""
    law, f = ctx.law, ctx.commune
    month = law.int_number("L2122-15", "delai_apres_seconde_lettre_mois")
    fortnight = law.int_number("L2122-14", "delai_convocation_jours")
    list_rule = ("sur une liste alternant strictement femmes et hommes (L2122-7-2)" if f.list_vote
                 else "un par un (L2122-7-1)")
    return (
        f"démission des seules fonctions exécutives adressée au préfet, définitive à son "
        f"acceptation ou {month} mois après une seconde lettre recommandée (L2122-15) ; les "
        f"adjoint·es perdent leurs fonctions au même moment (CE 6 février 2025 n° 494627) ; "
        f"conseil convoqué dans les {fortnight} jours (L2122-14), {f.clear_days} jours francs "
        f"avant la séance ({f.clear_days_article}), avec mention spéciale de l'élection, présidé "
        f"par le doyen d'âge (L2122-8) ; élection du maire au scrutin secret, à la majorité "
        f"absolue aux deux premiers tours puis relative (L2122-7) ; réélection de tous les "
        f"adjoint·es {list_rule}, car toute élection du maire l'impose (L2122-10) ; nouveaux "
        f"arrêtés de délégation (L2122-18). L'issue dépend du vote libre du conseil."
    )


WORDING = (
    "« Le ou la maire et le ou la premier·e adjoint·e prennent l'engagement personnel et "
    "volontaire de présenter au préfet, tous les {period} mois, la démission de leurs fonctions "
    "exécutives (et non de leur mandat de conseiller·e), et de soutenir l'élection d'un nouveau "
    "binôme ; aucun document de démission n'est signé à l'avance. » Décrire la mécanique : {mech}"
)


def check(ctx: LegalContext, c: RotationClause):
    period = c.period_months.at()
    wording = WORDING.format(period=period, mech=mechanics(ctx))
    aspects: list[Aspect] = []
    if c.automatic.at():
        aspects.append(Aspect(
            "automaticite", "Rotation automatique", "conflit", ("L2122-10", "Celec-L227"),
            f"Le pacte rend la rotation automatique tous les {period} mois : le maire et les "
            "adjoint·es sont élu·es pour la durée du mandat du conseil (six ans, L2122-10) ; "
            "aucun sous-mandat n'existe.", wording,
            title=(f"Une rotation automatique tous les {period} mois est impossible : le maire est "
                   "élu pour six ans")))
    if c.presigned_letters.at():
        aspects.append(Aspect(
            "lettres", "Lettres de démission pré-signées", "conflit",
            ("CE-188892", "TA-Versailles-1603627", "L2122-15"),
            "Le pacte exige des lettres de démission signées à l'avance : une démission doit être "
            "libre et non équivoque (CE 16 janvier 1998 n° 188892) ; des lettres pré-signées ont "
            "été suspendues par le juge (TA Versailles, ord. 24 mai 2016 n° 1603627).", wording,
            title=("Des lettres de démission signées à l'avance ont déjà été suspendues par le juge : "
                   "une démission doit être libre")))
    pact_days, fortnight, slow = election_delay_exceeds_law(ctx.pact, ctx.law)
    if slow:
        aspects.append(Aspect(
            "delai_election", "Délai de réélection", "conflit", ("L2122-14",),
            f"Le pacte prévoit {pact_days} jours pour réunir le conseil ; la loi "
            f"impose de remplacer le maire dans les {fortnight} jours (L2122-14).", wording,
            details={"delai_pacte_jours": pact_days, "delai_legal_jours": fortnight},
            title=(f"Le pacte prend {pact_days} jours pour réélire le maire ; la loi en impose au "
                   f"plus {fortnight}")))
    if not aspects:
        aspects.append(Aspect(
            "engagement", "Démission volontaire", "engagement_politique",
            ("L2122-10", "L2122-15", "L2122-14", "L2122-7", "L2122-7-2", "L2122-8", "CE-494627"),
            f"Rotation tous les {period} mois, volontaire, sans lettre pré-signée : licite comme "
            "engagement personnel et politique, sans garantie de date ni d'issue. Mécanique "
            "légale : " + mechanics(ctx), wording,
            title=(f"La rotation tous les {period} mois repose sur des démissions volontaires, "
                   "sans date garantie")))
    if not c.keeps_council_seat.at():
        aspects.append(Aspect(
            "siege", "Siège de conseiller·e", "engagement_politique", ("L2121-4", "L2122-9"),
            "Les sortant·es quitteraient aussi le conseil : la démission d'un conseiller, "
            "adressée au maire, est définitive dès réception (L2121-4) et son successeur de liste "
            "le remplace ; cela ne bloque pas l'élection du maire (L2122-9).", wording))
    return clause_finding(ctx, KEY, c, aspects)
