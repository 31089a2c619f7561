"""Mandat impératif: objectives per delegation audited by a citizen body.

No text gives a municipal mandat impératif legal force (the Constitution, art. 27, voids it
for Parliament; LEGAL.md is silent: confidence L) — the objectives are a political
commitment. Public reporting joins the charter of the elected official (L1111-1-1, point 7);
the auditing body is consultative (L2143-1 quartier councils, L2143-2 committees).
Source: LEGAL.md § 4, § 12 (accountability), rules/cgct/engagements.yaml.
"""

from __future__ import annotations

from engine.model.pact import CommitmentsClause, clause_key
from engine.procedures.commitments import auditor_created, pair_objectives
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding

KEY = clause_key(CommitmentsClause)

AUDITOR_FR = {"conseil_citoyen": "le Conseil Citoyen", "conseils_de_quartier": "les conseils de quartier",
              "assemblee_citoyenne": "une assemblée citoyenne", "conseil_municipal": "le conseil municipal"}


def nature_aspect(ctx: LegalContext, c: CommitmentsClause) -> Aspect:
    low, high = c.objectives_min.at(), c.objectives_max.at()
    objectives = pair_objectives(ctx.pact)
    return Aspect(
        "nature", "Objectifs du mandat impératif", "engagement_politique",
        ("Const-27", "L1111-1-1", "L2122-18"),
        f"{low} à {high} objectifs par délégation ({objectives.explanation}) : aucun texte ne "
        "donne force juridique à un mandat impératif municipal ni ne sanctionne un objectif "
        "manqué (le mandat impératif est nul pour les parlementaires, Constitution art. 27 ; "
        "rien pour les élu·es locaux, confiance faible) ; les délégations restent des arrêtés "
        "du maire, retirables à tout moment (L2122-18).",
        f"« Chaque {'binôme d' if ctx.pact.pairs is not None else ''}élu·e"
        f"{'s' if ctx.pact.pairs is not None else ' délégué·e'} s'engage publiquement sur {low} à {high} objectifs précis et "
        "mesurables tirés du programme, en rend compte devant "
        f"{AUDITOR_FR[c.auditor.at()]}, dont l'avis est public et consultatif, et s'engage "
        "personnellement à en tirer les conséquences, jusqu'à remettre volontairement sa "
        "délégation. »",
        details={"objectifs_par_binome": {p.pair: p.count for p in objectives.value}},
        title=(f"Les {low} à {high} objectifs par délégation n'ont aucune force juridique : le "
               "mandat impératif reste un engagement"))


def auditor_aspect(ctx: LegalContext, c: CommitmentsClause) -> Aspect:
    auditor = c.auditor.at()
    if not auditor_created(ctx.pact).value:
        return Aspect(
            "auditeur", "Instance qui évalue les objectifs", "a_verifier", ("L2143-2",),
            f"Le pacte confie l'évaluation à {AUDITOR_FR[auditor]}, qu'aucune de ses clauses ne "
            "crée : qui la compose, qui la réunit, quand rend-elle son avis ?",
            "« Le conseil municipal crée un comité consultatif (L2143-2) chargé d'entendre les "
            "élu·es sur leurs objectifs et de rendre un avis public. »")
    return Aspect(
        "auditeur", "Instance qui évalue les objectifs", "conforme", ("L2143-1", "L2143-2"),
        f"{AUDITOR_FR[auditor][0].upper()}{AUDITOR_FR[auditor][1:]} entend les élu·es et rend un avis : une instance "
        "consultative peut le faire (L2143-1, L2143-2), son avis ne lie personne.")


def reporting_aspect(ctx: LegalContext, c: CommitmentsClause) -> Aspect:
    period = c.report_period_months.at()
    published = c.reports_published.at()
    return Aspect(
        "comptes_rendus", "Comptes rendus des élu·es", "conforme", ("L1111-1-1",),
        ("Un compte rendu d'activité chaque mois" if period == 1 else
         f"Un compte rendu d'activité tous les {period} mois")
        + (", publié avec les documents-clés" if published else ", sans publication prévue")
        + " : la charte de l'élu local (L1111-1-1, point 7) demande aux élu·es de rendre "
        "compte de leurs actes ; le pacte en fixe le rythme.")


def check(ctx: LegalContext, c: CommitmentsClause) -> Finding:
    return clause_finding(ctx, KEY, c, [nature_aspect(ctx, c), auditor_aspect(ctx, c),
                                        reporting_aspect(ctx, c)])
