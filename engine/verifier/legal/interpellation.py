"""Droit d'interpellation against the law: L1112-16 II (1/10 of electors ask the council to
take a position; it stays free), L2121-10 (the mayor sets the agenda), L2121-8 / L2121-16
(the public speaks in session only through the règlement intérieur, under the mayor's police).
LEGAL.md § 2, § 5, § 9."""

from __future__ import annotations

from engine.core.fr import number
from engine.model.clauses_participation import InterpellationClause
from engine.model.pact import clause_key
from engine.procedures.interpellation import interpellation_vs_legal, session_hours
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding
from engine.verifier.legal.council import public_speaking_aspect
from engine.verifier.legal.votes import ELECTORATE_FR, GRENOBLE, LEGAL_ELECTORATES

KEY = clause_key(InterpellationClause)

def agenda_aspect(ctx: LegalContext, c: InterpellationClause) -> Aspect | None:
    if not c.on_agenda.at():
        return None
    cmp = interpellation_vs_legal(ctx.pact, ctx.scenario, ctx.law)
    signers = c.signatories.at() if c.signatories is not None else None
    if signers is not None and signers not in LEGAL_ELECTORATES:
        return Aspect(
            "ordre_du_jour", "Inscription à l'ordre du jour", "engagement_politique",
            ("L1112-16", "L2121-10", *GRENOBLE),
            f"Signent {ELECTORATE_FR[signers]} : le droit de L1112-16 II n'appartient qu'aux "
            "électeurs ; l'inscription est un engagement du maire, qui fixe l'ordre du jour "
            "(L2121-10), sans vote promis sur le fond (à Grenoble, une pétition de non-électeurs "
            "suivie d'un vote a été annulée).",
            "« Le maire s'engage à inscrire à l'ordre du jour de la séance suivante toute "
            "interpellation atteignant le seuil du pacte, pour débat ; le conseil municipal "
            "décide librement. »", details={"signataires": signers},
            title=(f"Signent {ELECTORATE_FR[signers]} : l'inscription à l'ordre du jour n'est "
                   "qu'un engagement du maire"))
    if cmp is not None and cmp.reaches:
        return Aspect("ordre_du_jour", "Inscription à l'ordre du jour", "conforme", ("L1112-16",),
                      f"Le seuil ({number(cmp.signatures)} signatures) atteint le dixième légal "
                      f"({number(cmp.legal)}) : c'est le droit de L1112-16 II ; le conseil reste libre.",
                      data_confidence=cmp.confidence, details={"signatures": cmp.signatures, "legal": cmp.legal})
    detail = ({"signatures": cmp.signatures, "legal": cmp.legal} if cmp is not None else {})
    below = (f"{number(cmp.signatures)} signatures, sous le dixième légal ({number(cmp.legal)}) : "
             if cmp is not None else "Sans seuil de signatures : ")
    return Aspect(
        "ordre_du_jour", "Inscription à l'ordre du jour", "engagement_politique", ("L2121-10", "L1112-16"),
        below + "l'inscription est un engagement du maire, qui fixe l'ordre du jour (L2121-10) ; "
        "le conseil décide librement de la suite.",
        "« Le maire s'engage à inscrire à l'ordre du jour de la séance suivante toute "
        "interpellation atteignant le seuil du pacte, pour débat et vote sur la suite à donner ; "
        "le conseil municipal décide librement. »",
        cmp.confidence if cmp is not None else "H", details=detail,
        title=(f"{number(cmp.signatures)} signatures, sous le dixième légal de "
               f"{number(cmp.legal)} : l'inscription à l'ordre du jour dépend du maire"
               if cmp is not None else
               "Sans seuil de signatures, l'inscription à l'ordre du jour dépend du maire"))


def session_aspect(ctx: LegalContext, c: InterpellationClause) -> Aspect:
    """The same speaking time as the council clause's, judged by the same function; without
    any time in session, the interpellation is a written question answered by the mayor."""
    hours = session_hours(ctx.pact).value
    reply = c.right_of_reply is not None and c.right_of_reply.at()
    if hours is None or hours <= 0:
        days = c.answer_days.at() if c.answer_days is not None else None
        return Aspect(
            "seance", "Interpellation sans temps de parole en séance", "engagement_politique",
            ("L2121-8", "L2121-19"),
            "Le pacte ne donne aucun temps de parole au public en séance : l'interpellation est "
            "une question écrite à laquelle l'exécutif s'engage à répondre"
            + (f" sous {number(days)} jours" if days is not None else "") + " ; seuls les "
            "conseillers posent des questions orales (L2121-19).")
    return public_speaking_aspect(ctx, hours, reply)


def reply_aspect(c: InterpellationClause) -> Aspect | None:
    """A right of reply for the citizen who asked: the mayor holds the police of the session
    (L2121-16) and gives the floor; the pact can only promise it."""
    if c.right_of_reply is None or not c.right_of_reply.at():
        return None
    return Aspect(
        "replique", "Droit de réplique", "engagement_politique", ("L2121-16", "L2121-8"),
        "La personne qui interpelle peut répondre à la réponse de l'exécutif : le maire, qui a "
        "seul la police de la séance (L2121-16), s'y engage ; le règlement intérieur peut "
        "l'organiser pendant la suspension de séance (L2121-8).",
        "« Pendant la suspension de séance, le maire redonne la parole à la personne qui a "
        "interpellé pour une brève réplique. »", data_confidence="M",
        title="La réplique de la personne qui interpelle dépend du maire, qui a seul la police de la séance")


def check(ctx: LegalContext, c: InterpellationClause) -> Finding:
    aspects = [a for a in (agenda_aspect(ctx, c), session_aspect(ctx, c), reply_aspect(c))
               if a is not None]
    return clause_finding(ctx, KEY, c, aspects)
