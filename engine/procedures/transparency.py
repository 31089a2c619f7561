"""Transparence (000_721ebb8a9b1c3e2a.txt § Votations abrogatoires ; § Préambule ;
004_34d1b869cbc1b691.txt § GARANTIR LA BONNE INFORMATION ET LA TRANSPARENCE DES ACTIONS ET
DÉCISIONS).

« Les délibérations du CM seront publiées sur le site de la municipalité, accompagnées pour
chacune d'elle d'un résumé et d'une brève explication en termes simples […]. Les habitant·es
disposent ensuite d'une période d'un mois pour annoncer à la DPC la demande de votation
abrogatoire. » Le résumé sert à cette fenêtre : les règles ci-dessous datent sa publication
et mesurent la part de la fenêtre qui reste ensuite.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine.core.calendar import add_days, format_date
from engine.core.fr import number, percent
from engine.model.clauses_participation import TransparencyClause
from engine.model.law import Law
from engine.model.pact import Pact, clause_key
from engine.model.scenario import Scenario
from engine.procedures import require
from engine.procedures.abrogation import abrogation_path
from engine.procedures.rule import rule
from engine.procedures.trace import Citation, Decision, cite_law, cite_param

KEY = clause_key(TransparencyClause)
SEED = "000_721ebb8a9b1c3e2a.txt § Votations abrogatoires"


def _clause(pact: Pact) -> TransparencyClause:
    return require(pact.transparency, pact.info.id, KEY, "de clause de transparence")


@rule("Le jour où une délibération est publiée : la séance plus le délai du pacte, ou plus le "
      "délai légal de publication de la liste des délibérations (une semaine) quand le pacte "
      "n'en fixe pas.",
      clause=KEY, params=("delai_publication_jours",), articles=("L2131-1", "L2121-25"),
      seeds=(SEED,))
def publication_day(pact: Pact, law: Law, session: date) -> Decision[date]:
    """Séance + « delai_publication_jours » ; sans ce paramètre, séance + le délai de
    L2121-25 lu dans la base légale (confiance L, à vérifier)."""
    c = _clause(pact)
    if c.publication_days is not None:
        days = c.publication_days.at(session)
        cite = cite_param(KEY, c, c.publication_days, session)
        who = "le délai du pacte"
    else:
        days = law.int_number("L2121-25", "delai_publication_jours")
        cite = cite_law("L2121-25", f"liste des délibérations publiée sous {days} jours",
                        law.source("L2121-25"))
        who = "le délai légal (L2121-25, à vérifier)"
    day = add_days(session, days)
    return Decision(day, f"Séance du {format_date(session)} + {number(days)} jours ({who}) : "
                         f"publication le {format_date(day)}.", (cite,))


@rule("Le jour où paraît le résumé en langage clair : avec la délibération, ou à son propre "
      "délai après la séance s'il est fixé ; aucun si le pacte n'en prévoit pas.",
      clause=KEY, params=("resume_en_langage_clair", "delai_resume_jours"),
      articles=("L2131-1",), seeds=(SEED,))
def summary_day(pact: Pact, law: Law, session: date) -> Decision[date | None]:
    """Le résumé paraît avec la délibération (:func:`publication_day`) sauf si
    « delai_resume_jours » fixe un autre délai ; None si « resume_en_langage_clair » est faux."""
    c = _clause(pact)
    flag = cite_param(KEY, c, c.plain_summary, session)
    if not c.plain_summary.at(session):
        return Decision(None, "Le pacte ne prévoit pas de résumé en langage clair.", (flag,))
    if c.summary_days is None:
        pub = publication_day(pact, law, session)
        return Decision(pub.value, "Le résumé paraît avec la délibération. " + pub.explanation,
                        (flag, *pub.trace))
    day = add_days(session, c.summary_days.at(session))
    return Decision(day, f"Résumé publié le {format_date(day)}.",
                    (flag, cite_param(KEY, c, c.summary_days, session)))


@dataclass(frozen=True)
class WindowLeft:
    """The abrogation window after a session, and what is left of it once the summary is out."""

    session: date
    summary: date | None
    window_end: date
    window_days: int
    days_left: int           # 0 when the summary comes at or after the window's end
    share_left_pct: float


@rule("La part de la fenêtre de demande d'abrogation qui reste aux habitant·es une fois le "
      "résumé publié : jours entre le résumé et la fin de la fenêtre, sur la durée de la fenêtre.",
      clause=KEY, params=("resume_en_langage_clair", "delai_resume_jours", "delai_publication_jours"),
      articles=("L2131-1",), seeds=(SEED,))
def abrogation_window_left(pact: Pact, scenario: Scenario, law: Law, session: date) -> Decision[WindowLeft]:
    """La fenêtre court de la séance à la date limite de demande de la votation abrogatoire
    (:func:`abrogation.abrogation_path`) ; il en reste, après le résumé, ``days_left`` jours
    (aucun sans résumé)."""
    window_end = abrogation_path(pact, scenario, session).request_deadline
    summary = summary_day(pact, law, session)
    total = (window_end - session).days
    left = max(0, (window_end - summary.value).days) if summary.value is not None else 0
    share = 100.0 * left / total if total else 0.0
    c = pact.abrogation
    trace: tuple[Citation, ...] = summary.trace
    if c is not None:
        trace += (cite_param(clause_key(type(c)), c, c.request_months, session),)
    why = (f"Fenêtre de demande du {format_date(session)} au {format_date(window_end)} "
           f"({number(total)} jours) ; " +
           (f"résumé publié le {format_date(summary.value)} : il reste {number(left)} jours, "
            f"{percent(share, 0)} de la fenêtre." if summary.value is not None
            else "sans résumé, les habitant·es n'ont aucune explication simple pendant la fenêtre."))
    return Decision(WindowLeft(session, summary.value, window_end, total, left, share), why, trace)
