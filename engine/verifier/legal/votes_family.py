"""The family of votes (« votations »): each vote judged by its legal frame.

- referendum_decisionnel: decided by the council (LO1112-1), on the council's competence or
  on the mayor's at the mayor's proposal, never on individual acts (LO1112-2); electors only
  (LO1112-11); binding with half the electors voting (LO1112-7);
- consultation: electors only (L1112-22), on decisions the commune's authorities intend to
  take (L1112-15); the result is an opinion (L1112-17, L1112-20);
- participation (CRPA L131-1) or votation_citoyenne (unofficial): a non-binding association
  of the public; a petition + vote + commitment to implement opened to non-electors is the
  Grenoble scheme annulled in 2018/2020.
Both legal frames: no vote in the blackouts, one year between votes on the same subject
(LO1112-6, L1112-21). Source: LEGAL.md § 1, § 2, § 12.1.
"""

from __future__ import annotations

from engine.core.calendar import format_date
from engine.core.fr import format_amount, number, plural
from engine.model.pact import VoteProcedure, item_key
from engine.procedures.votes import (
    fixed_dates_in_blackout,
    spacing_below_law,
    trigger_signatures,
)
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import (
    VOTERS_WORDING,
    Aspect,
    LegalContext,
    clause_finding,
    petition_wording,
)
from engine.verifier.legal.votes import GRENOBLE, LEGAL_ELECTORATES, result_aspect, voters_aspect

LEGAL_FRAMES = ("referendum_decisionnel", "consultation")
PARTICIPATION_WORDING = (
    "« Le conseil municipal organise une participation du public non contraignante (CRPA "
    "L131-1) : il publie la procédure, l'information et les résultats, et s'engage à débattre "
    "des propositions ; il reste seul compétent pour décider. »")
SUBJECT_WORDING = (
    "« La majorité s'engage à soumettre au conseil municipal les sujets relevant de sa "
    "compétence ; pour les décisions du maire, la personne élue maire s'engage politiquement à "
    "tenir compte du résultat, sans que celui-ci la lie. »")


def frame_aspect(v: VoteProcedure) -> Aspect:
    """Who decides that the vote takes place, for the vote's frame."""
    frame, triggers = v.frame.at(), set(v.triggers.at())
    if frame == "referendum_decisionnel":
        if triggers <= {"conseil"} or (triggers <= {"conseil", "maire"}
                                       and v.subject.at() == "competence_du_maire"):
            return Aspect("cadre", "Initiative du référendum", "conforme", ("LO1112-1", "LO1112-2"),
                          "Le référendum est décidé par le conseil (LO1112-1), sur proposition du "
                          "maire pour ses propres actes (LO1112-2).")
        return Aspect("cadre", "Initiative du référendum", "engagement_politique",
                      ("LO1112-1", "LO1112-3"),
                      "Seul le conseil municipal décide d'un référendum local (LO1112-1, "
                      "LO1112-3) : une pétition, le maire ou une assemblée tirée au sort ne "
                      "peuvent que le demander ; s'engager à l'organiser est politique.",
                      "« La majorité s'engage à proposer au conseil municipal d'organiser un "
                      "référendum local (LO1112-1) lorsque la demande lui en est faite ; le "
                      "conseil décide. »")
    if frame == "consultation":
        return Aspect("cadre", "Décision d'organiser la consultation", "conforme",
                      ("L1112-15", "L1112-17"),
                      "Le conseil décide de la consultation par une délibération qui précise "
                      "qu'il ne s'agit que d'une demande d'avis (L1112-17).")
    return Aspect("cadre", "Cadre de la participation", "conforme", ("CRPA-L131-1",),
                  "Association du public non contraignante (CRPA L131-1) : la commune publie "
                  "la procédure, l'information, les résultats et la suite donnée.")


def subject_aspect(v: VoteProcedure) -> Aspect:
    """What the vote may be about."""
    subject, frame = v.subject.at(), v.frame.at()
    if subject == "competence_du_conseil":
        return Aspect("objet", "Objet du vote", "conforme", ("L2121-29",),
                      "Objet relevant de la compétence du conseil municipal (L2121-29).")
    if frame == "referendum_decisionnel":
        if subject == "actes_individuels":
            return Aspect("objet", "Objet du vote", "conflit", ("LO1112-2",),
                          "Les actes individuels (permis, nominations) sont exclus du "
                          "référendum local (LO1112-2).", SUBJECT_WORDING,
                          title="Les actes individuels ne peuvent pas être soumis à référendum local")
        if "maire" not in v.triggers.at():
            return Aspect("objet", "Objet du vote", "conflit", ("LO1112-2",),
                          "Pour les actes du maire, seul le maire peut proposer le référendum "
                          "(LO1112-2) ; le pacte ne le lui réserve pas.", SUBJECT_WORDING,
                          title="Seul le maire peut proposer un référendum sur ses propres actes")
        return Aspect("objet", "Objet du vote", "conforme", ("LO1112-2",),
                      "Acte du maire soumis à référendum sur sa proposition (LO1112-2).")
    what = ("des actes individuels" if subject == "actes_individuels"
            else "des décisions du maire")
    return Aspect("objet", "Objet du vote", "engagement_politique", ("LO1112-2", "L1112-15"),
                  f"Le vote porte sur {what} : la liste ne peut pas lier la compétence du futur "
                  "maire ; suivre le résultat est au plus un engagement politique.",
                  SUBJECT_WORDING)


def outcome_aspect(ctx: LegalContext, v: VoteProcedure) -> Aspect:
    """What the result does, for the frame."""
    frame, follow = v.frame.at(), v.follow_up.at()
    quorum = v.quorum_pct.at() if v.quorum_pct is not None else 0.0
    if frame == "referendum_decisionnel":
        return result_aspect(ctx, follow == "adoption_si_oui", quorum, "du référendum")
    if frame == "consultation":
        return result_aspect(ctx, False, quorum, "de la consultation")
    non_electors = v.voters.at() not in LEGAL_ELECTORATES
    if follow == "adoption_si_oui" and non_electors and "petition" in v.triggers.at():
        return Aspect("resultat", "Effet du résultat", "conflit", ("CRPA-L131-1", *GRENOBLE),
                      "Pétition, vote ouvert à des non-électeurs et engagement d'adopter le "
                      "résultat : c'est le dispositif grenoblois annulé (TA Grenoble 24 mai 2018 "
                      "n° 1701663, CAA Lyon 9 juillet 2020 n° 18LY02733), qui n'est pas une simple "
                      "association du public.", PARTICIPATION_WORDING,
                      title=("Pétition, vote de non-électeurs et adoption du oui : c'est le "
                             "dispositif annulé à Grenoble"))
    if follow == "adoption_si_oui":
        return Aspect("resultat", "Effet du résultat", "engagement_politique", ("CRPA-L131-1",),
                      "Une participation ne lie pas le conseil : adopter le oui est un "
                      "engagement politique.", PARTICIPATION_WORDING)
    return Aspect("resultat", "Effet du résultat", "conforme", ("CRPA-L131-1",),
                  "Le résultat éclaire la décision du conseil, qui reste libre (CRPA L131-1).")


def voters_for(ctx: LegalContext, v: VoteProcedure) -> Aspect:
    """Electors only in a legal frame; any public in a participation."""
    if v.frame.at() in LEGAL_FRAMES:
        return voters_aspect(ctx, v.voters.at())
    return Aspect("votants", "Corps électoral", "conforme", ("CRPA-L131-1",),
                  "Une participation non contraignante peut s'ouvrir à tous les habitant·es "
                  "(CRPA L131-1), à condition de ne pas promettre d'en appliquer le résultat.")


def petition_aspect(ctx: LegalContext, v: VoteProcedure) -> Aspect | None:
    """A petition below the tenth of electors is not the legal petition (L1112-16)."""
    need = trigger_signatures(v, ctx.scenario).value
    if need is None:
        return None
    legal = ctx.commune.legal_signatures
    share = (f"{format_amount(v.petition_pct.at())} %" if v.petition_pct is not None
             else f"{number(need)} signatures")
    if need >= legal:
        return Aspect("petition", "Pétition de déclenchement", "conforme", ("L1112-16",),
                      f"{number(need)} signatures, au moins le dixième légal ({number(legal)}, "
                      "L1112-16) : le conseil en est saisi et décide seul.")
    return Aspect("petition", "Pétition de déclenchement", "engagement_politique", ("L1112-16",),
                  f"{number(need)} signatures, moins que le dixième des électeurs ({number(legal)}, "
                  "L1112-16) : ce n'est pas la pétition légale ; l'inscrire à l'ordre du jour est "
                  "un engagement politique.", petition_wording(share, legal))


def calendar_aspects(ctx: LegalContext, v: VoteProcedure) -> list[Aspect]:
    """Blackouts and spacing, for the legal frames only."""
    if v.frame.at() not in LEGAL_FRAMES:
        return []
    out = []
    cancelled = fixed_dates_in_blackout(v, ctx.scenario)
    if cancelled:
        days = ", ".join(f"{format_date(c.day)} ({c.period})" for c in cancelled)
        out.append(Aspect("dates", "Dates fixées", "conflit", ("LO1112-6", "L1112-21"),
                          f"Dates en période sans scrutin local : {days}.",
                          "« Les dates de vote sont fixées par délibération, hors des campagnes "
                          "électorales et des six mois précédant le renouvellement (LO1112-6, "
                          "L1112-21). »", details={"dates": [c.day.isoformat() for c in cancelled]},
                          title=(f"{plural(len(cancelled), 'date fixée', 'dates fixées')} "
                                 f"{'tombent' if len(cancelled) > 1 else 'tombe'} en période "
                                 "interdite")))
    spacing = spacing_below_law(v, ctx.law)
    if spacing.value is True:
        out.append(Aspect("espacement", "Espacement sur un même objet", "conflit",
                          ("LO1112-6", "L1112-21"), spacing.explanation,
                          "« Un même objet n'est pas soumis au vote moins d'un an après un "
                          "référendum ou une consultation (LO1112-6, L1112-21). »",
                          title="Un même objet pourrait revenir au vote moins d'un an après"))
    return out


def check_vote(ctx: LegalContext, v: VoteProcedure) -> Finding:
    """The finding of one vote of the family, id « legal.votations.<id> »."""
    aspects = [frame_aspect(v), subject_aspect(v), voters_for(ctx, v), outcome_aspect(ctx, v)]
    petition = petition_aspect(ctx, v)
    if petition is not None:
        aspects.append(petition)
    aspects += calendar_aspects(ctx, v)
    if v.frame.at() in LEGAL_FRAMES and v.voters.at() not in LEGAL_ELECTORATES:
        aspects.append(Aspect("forme_licite", "Forme licite", "conflit", ("CRPA-L131-1", "L1112-22"),
                              "Un vote ouvert aux non-électeurs ne peut pas être un référendum ni "
                              "une consultation : la forme licite est une participation non "
                              "contraignante (CRPA L131-1) que le conseil s'engage à examiner.",
                              VOTERS_WORDING,
                              title=("Un vote ouvert aux non-électeurs ne peut être ni référendum "
                                     "ni consultation")))
    return clause_finding(ctx, item_key(v), v, aspects)

