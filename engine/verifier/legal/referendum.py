"""Référendum municipal (LO1112-1 ff.) and the pact's promise to follow it without quorum.
Source: LEGAL.md § 1, § 12.1, § 13."""

from __future__ import annotations

from engine.core.fr import percent_exact, plural
from engine.model.pact import ReferendumClause, clause_key
from engine.verifier.legal.aspects import CONSULTATION_WORDING, Aspect, LegalContext, clause_finding

KEY = clause_key(ReferendumClause)


def conditions_aspect(ctx: LegalContext, c: ReferendumClause) -> Aspect:
    law = ctx.law
    turnout, majority = c.turnout_pct.at(), c.majority_pct.at()
    t_law = law.float_number("LO1112-7", "participation_min_pct")
    m_law = law.float_number("LO1112-7", "majorite_suffrages_pct")
    details = {"participation_pacte_pct": turnout, "participation_legale_pct": t_law,
               "majorite_pacte_pct": majority, "majorite_legale_pct": m_law}
    if turnout < t_law or majority < m_law:
        return Aspect(
            "conditions", "Conditions d'adoption", "conflit", ("LO1112-7",),
            f"Le pacte retient {percent_exact(turnout)} de participation et {percent_exact(majority)} des suffrages "
            f"exprimés ; la loi organique exige au moins {percent_exact(t_law)} des inscrits votants et plus "
            f"de {percent_exact(m_law)} des suffrages exprimés (LO1112-7). Un pacte ne peut pas abaisser ces "
            "conditions.",
            f"« Le projet soumis à référendum local n'est adopté que si au moins {percent_exact(t_law)} des "
            f"électeurs inscrits ont pris part au scrutin et s'il réunit la majorité des suffrages "
            "exprimés (LO1112-7). »", details=details,
            title=(f"Le pacte abaisse les conditions d'adoption ({percent_exact(turnout)} de participation, "
                   f"{percent_exact(majority)} des suffrages) sous celles de la loi organique ({percent_exact(t_law)})"))
    return Aspect(
        "conditions", "Conditions d'adoption", "conforme", ("LO1112-1", "LO1112-3", "LO1112-7"),
        f"Participation d'au moins {percent_exact(turnout)} et majorité de {percent_exact(majority)} des suffrages "
        "exprimés : les conditions de LO1112-7 (au moins aussi exigeantes que la loi). Le "
        "référendum lie la commune une fois décidé par délibération transmise au préfet "
        "(LO1112-3).", details=details)


def promise_aspect(ctx: LegalContext, c: ReferendumClause) -> Aspect:
    minimum = c.min_per_mandate.at()
    follow = c.follow_without_quorum.at()
    parts = []
    if minimum:
        parts.append(f"Le pacte promet au moins {plural(minimum, 'référendum')} sur le mandat : seul le "
                     "conseil décide de soumettre un projet à référendum (LO1112-1), c'est donc "
                     "une promesse politique de le proposer.")
    if follow:
        parts.append("Le pacte engage le conseil à suivre le résultat même sans la participation "
                     "légale : sans elle, le projet n'est simplement pas adopté (LO1112-7 ne dit "
                     "rien de plus) ; suivre le oui est un engagement politique, au besoin adopté "
                     "comme vœu (L2121-29), le conseil restant seul compétent.")
    if not parts:
        return Aspect("engagements", "Engagements de la liste", "conforme", ("LO1112-1",),
                      "Aucun engagement au-delà de la loi.")
    return Aspect("engagements", "Engagements de la liste", "engagement_politique",
                  ("LO1112-1", "LO1112-7", "L2121-29"), " ".join(parts), CONSULTATION_WORDING,
                  title=("Seul le conseil décide d'un référendum : les promesses du pacte sur "
                         "les référendums restent politiques"))


def check(ctx: LegalContext, c: ReferendumClause):
    return clause_finding(ctx, KEY, c, [conditions_aspect(ctx, c), promise_aspect(ctx, c)])
