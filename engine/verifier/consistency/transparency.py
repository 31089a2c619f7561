"""The transparency clause against the abrogation window: the plain-language summary must be
out before the window to request a votation abrogatoire closes (000 § Votations
abrogatoires: « publiées […] accompagnées d'un résumé […] Les habitant·es disposent ensuite
d'une période d'un mois »). Judged on the first council session of the mandate."""

from __future__ import annotations

from engine.core.calendar import format_date
from engine.core.fr import number, percent
from engine.procedures.sessions import first_council_session
from engine.procedures.transparency import abrogation_window_left
from engine.verifier.consistency.base import consistency
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import LegalContext


def summary_before_window(ctx: LegalContext) -> Finding | None:
    pact = ctx.pact
    if pact.transparency is None or pact.abrogation is None:
        return None
    session = first_council_session(pact, ctx.scenario)
    if session is None:
        return None
    w = abrogation_window_left(pact, ctx.scenario, ctx.law, session).value
    details = {"seance": session.isoformat(), "fin_fenetre": w.window_end.isoformat(),
               "resume": w.summary.isoformat() if w.summary else None,
               "jours_restants": w.days_left, "part_restante_pct": round(w.share_left_pct, 1)}
    if w.summary is None:
        return consistency(
            ctx, "transparence.resume", "transparence", "lacune", "warning", ("L2131-1",),
            "La votation abrogatoire laisse une fenêtre de demande après chaque séance, mais le "
            "pacte ne prévoit pas de résumé en langage clair des délibérations.", details,
            title="Aucun résumé en langage clair n'accompagne les délibérations pendant la fenêtre d'abrogation",
            wording="Publier chaque délibération avec un résumé en termes simples, le jour de "
                    "sa publication.")
    ok = w.days_left > 0
    msg = (f"Séance du {format_date(session)} : résumé publié le {format_date(w.summary)}, fenêtre "
           f"de demande close le {format_date(w.window_end)} — il reste {number(w.days_left)} "
           f"jours sur {number(w.window_days)} ({percent(w.share_left_pct, 0)}).")
    if not ok:
        msg += " Le résumé paraît après la fin de la fenêtre : il ne sert plus à la demande."
    return consistency(
        ctx, "transparence.resume", "transparence", "coherent" if ok else "incoherent",
        "info" if ok else "warning", ("L2131-1",), msg, details,
        title=(f"Le résumé paraît avec {number(w.days_left)} jours sur {number(w.window_days)} "
               "encore ouverts pour demander l'abrogation" if ok else
               "Le résumé paraît après la fin de la fenêtre de demande d'abrogation"),
        wording=None if ok else "Publier le résumé avec la délibération, avant la fin du délai "
                                "de demande de votation abrogatoire.")


def check(ctx: LegalContext) -> list[Finding]:
    return [f for f in (summary_before_window(ctx),) if f is not None]
