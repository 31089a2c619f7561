"""Seed 002's collegial executive: executive pair, delegation groups, majority seminars,
consensus, abstention for unresolved objections, a cabinet serving all elected.
Everything inside the majority is political: the mayor alone holds the executive power
(L2122-18), delegations are arrêtés, each councillor's vote is free. Sources: LEGAL.md § 3,
§ 4, § 5; 002_c31c8cb8d98f98f2.txt.
"""

from __future__ import annotations

from engine.model.pact import CollegialityClause, ExecutivePairClause, clause_key
from engine.procedures.commune import adjoint_caps
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding
from engine.verifier.legal.pairs import QUARTIER_WORDING, cap_aspect, quartier_aspect

EXECUTIVE_KEY = clause_key(ExecutivePairClause)
COLLEGIALITY_KEY = clause_key(CollegialityClause)


def check_executive(ctx: LegalContext, c: ExecutivePairClause):
    lo, hi = c.group_size_min.at(), c.group_size_max.at()
    aspects = [
        Aspect("binome_executif", "Binôme exécutif", "engagement_politique",
               ("L2122-18", "L2122-1", "L2122-7"),
               f"Un exécutif de {c.members.at()} élu·es à égalité : en droit, le maire, élu par le "
               "conseil (L2122-7), dirige seul l'administration et délègue par arrêté "
               "(L2122-18) ; le partage du pouvoir au sein du binôme est un engagement politique.",
               "« La tête de liste, si elle est élue maire, s'engage à exercer ses fonctions en "
               "binôme avec le ou la premier·e adjoint·e : décisions préparées et assumées "
               "ensemble, délégations larges par arrêté (L2122-18) ; il ou elle demeure seul·e "
               "titulaire des pouvoirs propres du maire. »",
               title=(f"Un exécutif de {c.members.at()} élu·es à égalité ne vaut que politiquement : "
                      "en droit, le maire décide seul")),
        Aspect("groupes", "Groupes d'élu·es par délégation", "engagement_politique",
               ("L2122-18",),
               f"Délégations confiées à des groupes de {lo} à {hi} élu·es (un·e adjoint·e et des "
               "conseiller·es délégué·es) : chaque délégation est un arrêté du maire, "
               "retirable à tout moment (L2122-18).",
               "« Le ou la maire s'engage à déléguer chaque domaine à un groupe d'un·e adjoint·e et "
               "de conseiller·es délégué·es, par arrêtés (L2122-18). »"),
    ]
    caps = adjoint_caps(ctx.pact, ctx.commune, ctx.law)
    if caps is not None:
        aspects.append(cap_aspect(ctx, caps.ordinary))
        quartier = quartier_aspect(ctx, caps.quartier) or _quartier_promise_aspect(ctx, c)
        if quartier is not None:
            aspects.append(quartier)
    if c.cabinet_validated_by_first_adjoint is not None and c.cabinet_validated_by_first_adjoint.at():
        aspects.append(Aspect(
            "cabinet", "Choix du directeur de cabinet", "engagement_politique", ("L2122-18",),
            "Le choix du directeur de cabinet est validé par le ou la premier·e adjoint·e : les "
            "collaborateurs de cabinet sont choisis par le maire seul ; la validation est un "
            "engagement politique.",
            "« Le ou la maire s'engage à choisir son directeur ou sa directrice de cabinet en "
            "accord avec le ou la premier·e adjoint·e. »"))
    return clause_finding(ctx, EXECUTIVE_KEY, c, aspects)


def _quartier_promise_aspect(ctx: LegalContext, c: ExecutivePairClause) -> Aspect | None:
    """The clause promises quartier adjoints in a commune under 20,000 inhabitants, where
    L2122-2-1 opens none (no quartier to count: the promise itself is unlawful)."""
    f = ctx.commune
    if c.quartier_adjoints is None or not c.quartier_adjoints.at() or f.quartier_regime != "non_applicable":
        return None
    return Aspect(
        "adjoints_quartier", "Adjoint·es de quartier", "conflit", ("L2122-2-1", "L2143-1"),
        "Le pacte prévoit des adjoint·es de quartier : au-delà du plafond de 30 %, ils ne sont "
        "permis que dans une commune de 80 000 habitants ou plus, ou de 20 000 à 79 999 "
        f"habitants dotée de conseils de quartier (L2122-2-1, L2143-1). {f.name} compte moins de "
        "20 000 habitants : ce n'est pas possible.", QUARTIER_WORDING, f.population_confidence,
        title=f"{f.name} compte moins de 20\u202f000 habitants : pas d'adjoint·es de quartier possibles")


def check_collegiality(ctx: LegalContext, c: CollegialityClause):
    meetings = []
    if c.weekly_meeting.at():
        meetings.append("une réunion de municipalité hebdomadaire")
    if c.meeting_before_council.at():
        meetings.append("une réunion de la majorité avant chaque conseil")
    meetings.append(f"un séminaire de la majorité tous les {c.seminar_months.at()} mois")
    rule = "au consensus" if c.decision_rule.at() == "consensus" else "à la majorité"
    aspects = [
        Aspect("reunions", "Réunions de la majorité", "engagement_politique", ("L2121-10", "L2121-29"),
               "Le pacte prévoit " + ", ".join(meetings) + " : ces réunions n'ont aucune existence "
               "légale ; seul le conseil délibère (L2121-29), sur convocation du maire (L2121-10).",
               "« Les élu·es de la majorité s'engagent à préparer ensemble chaque séance du "
               "conseil lors de réunions internes, sans que celles-ci se substituent aux "
               "délibérations du conseil municipal. »",
               title=(f"Les {len(meetings)} formes de réunions de la majorité n'ont aucune "
                      "existence légale : seul le conseil délibère")),
        Aspect("decision", "Décision au consensus, objection par abstention", "engagement_politique",
               ("L2121-29", "L2121-8"),
               f"Décisions internes {rule}"
               + (", l'objection non résolue s'exprimant par l'abstention" if c.objection_as_abstention.at() else "")
               + " : discipline de vote interne à la majorité, sans effet juridique ; le vote de "
               "chaque conseiller·e en séance reste libre. "
               + ("Le pacte veut traduire ces règles dans le règlement intérieur : celui-ci règle le "
                  "fonctionnement du conseil (L2121-8), pas celui d'un groupe politique. "
                  if c.rules_in_standing_orders is not None and c.rules_in_standing_orders.at() else "")
               + "(confiance moyenne)",
               "« Les élu·es de la majorité s'engagent politiquement à rechercher le consensus "
               "avant chaque vote et à exprimer une objection non résolue par l'abstention ; chacun·e "
               "reste libre de son vote en séance. Le règlement intérieur ne reprend que les règles "
               "de fonctionnement du conseil (L2121-8). »", "M"),
    ]
    cab = c.shared_cabinet_size.at()
    if cab:
        aspects.append(Aspect(
            "cabinet", "Cabinet partagé", "a_verifier", ("L2122-18",),
            f"Un cabinet de {cab} personnes au service de tous les élu·es de la majorité : les "
            "collaborateurs de cabinet sont ceux du maire, leur nombre est plafonné par décret "
            "selon la population ; la note de Pacte sur le CGCT ne couvre ni ce plafond ni leur mise à disposition "
            "d'autres élu·es (confiance faible).",
            f"« Le ou la maire s'engage à ce que les {cab} collaborateurs de son cabinet, dans la "
            "limite réglementaire, coordonnent le travail de tous les élu·es de la majorité, sans "
            "ingérence dans les services. »", "L",
            title=(f"Un cabinet de {cab} personnes pour toute la majorité : plafond et mise à "
                   "disposition restent à vérifier")))
    return clause_finding(ctx, COLLEGIALITY_KEY, c, aspects)
