"""The pact's administration: the Dir'Cab/DGS audit and the Direction du Pouvoir Citoyen.
The mayor alone runs the administration (L2122-18 al. 1) and signs delegations to the
services (L2122-19); posts and credits are voted by the council (L2312-1).
Source: LEGAL.md § 4, § 8."""

from __future__ import annotations

from engine.model.pact import DpcClause, StaffAuditClause, clause_key
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding

STAFF_KEY = clause_key(StaffAuditClause)
DPC_KEY = clause_key(DpcClause)


def check_staff_audit(ctx: LegalContext, c: StaffAuditClause):
    to = c.dismissal_proposed_to.at()
    organ = "au bureau exécutif, qui n'a aucune existence légale" if to == "bureau_executif" else "au maire"
    aspects = [Aspect(
        "destitution", "Audit et destitution du Dir'Cab et du DGS", "engagement_politique",
        ("L2122-18", "L2122-19", "L2143-2"),
        f"Audit tous les {c.period_months.at()} mois ; en cas d'avis défavorable, la destitution "
        f"est proposée {organ}. Le maire seul dirige l'administration (L2122-18) et choisit ses "
        "collaborateurs : l'avis du Conseil Citoyen n'est qu'un avis consultatif (L2143-2) et la "
        "suite à lui donner un engagement politique du maire.",
        "« Le maire s'engage à présenter chaque semestre au comité consultatif citoyen le bilan "
        "du directeur de cabinet et du directeur général des services, et à examiner "
        "publiquement tout avis défavorable ; il demeure seul compétent pour mettre fin à leurs "
        "fonctions. »", data_confidence="M",
        title=(f"L'audit du Dir'Cab et du DGS tous les {c.period_months.at()} mois n'est qu'un "
               "avis : le maire seul peut les démettre"))]
    return clause_finding(ctx, STAFF_KEY, c, aspects)


def check_dpc(ctx: LegalContext, c: DpcClause):
    staff = c.managers.at() + c.supervisors.at() + c.apprentices.at()
    aspects = [Aspect(
        "service", "Création d'une direction", "conforme", ("L2122-18", "L2312-1"),
        f"Une direction de {staff} agents se crée par délibération (emplois au tableau des "
        "effectifs, crédits au budget voté par le conseil, L2312-1) ; le maire dirige les "
        "services (L2122-18).", data_confidence="M")]
    return clause_finding(ctx, DPC_KEY, c, aspects)
