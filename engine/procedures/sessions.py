"""Council sessions and executive-bureau meetings: the dates other procedures wait for.

Conseil municipal: « 12 séances par an » (000_721ebb8a9b1c3e2a.txt § Quel coût ?) on the
day set by the pact's ``conseil_municipal`` clause. Bureau exécutif: « se réunit deux fois
par mois » (§ Le bureau exécutif).
"""

from __future__ import annotations

from datetime import date, timedelta

from engine.core.calendar import add_months, monthly_dates
from engine.core.errors import InputError
from engine.model.pact import BureauClause, CouncilClause, Pact, clause_key
from engine.model.scenario import Scenario
from engine.procedures._memo import per_models
from engine.procedures.rule import rule
from engine.procedures.trace import Citation, cite_param

HORIZON_MONTHS = 18  # how far past the mandate's end sessions are generated for look-ups
MAX_RANK = 4  # a weekday recurs at least 4 times in every month (ranks 1 to 4)


def _span(scenario: Scenario) -> tuple[date, date]:
    return scenario.mandate.start, add_months(scenario.mandate.end, HORIZON_MONTHS)


@rule('Les séances du conseil municipal du mandat, selon le calendrier de la clause du conseil (au moins une par trimestre).',
      clause='conseil_municipal',
      params=('mois_de_session', 'jour_session', 'rang_dans_le_mois'),
      articles=('L2121-7',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Le Conseil Municipal (CM)',))
@per_models
def council_sessions(pact: Pact, scenario: Scenario) -> list[date]:
    """Every council session from the installation on (and some months past the mandate)."""
    return _sessions_between(pact, *_span(scenario))


def _sessions_between(pact: Pact, start: date, end: date) -> list[date]:
    if pact.council is None:
        # No clause: the law's minimum, one session a quarter (L2121-7), first month of each.
        return monthly_dates(start, end, "lundi", [4], [1, 4, 7, 10])
    c = pact.council
    return monthly_dates(
        start, end, c.session_day.at(), [c.session_rank.at()], c.session_months.at()
    )


@rule("La première séance du conseil après l'installation : celle où se décide au plus tôt une "
      "délibération du mandat.",
      clause='conseil_municipal',
      articles=('L2121-7',))
def first_council_session(pact: Pact, scenario: Scenario) -> date | None:
    """The first council session strictly after the mandate's start (None: none generated)."""
    return next((d for d in council_sessions(pact, scenario) if d > scenario.mandate.start), None)


@rule('La source du calendrier des séances : la clause du conseil du pacte, sinon la loi (une séance par trimestre au moins).',
      clause='conseil_municipal',
      articles=('L2121-7',))
def council_citation(pact: Pact) -> Citation:
    if pact.council is None:
        from engine.procedures.trace import cite_law

        return cite_law("L2121-7", "au moins une séance par trimestre")
    return cite_param(clause_key(CouncilClause), pact.council, pact.council.session_day)


@rule("Les rangs dans le mois des réunions du bureau exécutif : autant que de réunions par mois "
      "(au plus 4, un jour de la semaine revenant 4 fois dans tout mois), d'abord ceux que fixe "
      "le pacte, complétés par les rangs libres les plus petits.",
      clause='bureau_executif',
      params=('reunions_par_mois', 'rangs_dans_le_mois'),
      seeds=('000_721ebb8a9b1c3e2a.txt § Le bureau exécutif',))
def bureau_meeting_ranks(bureau: BureauClause, day: date | None = None) -> list[int]:
    """« Se réunit deux fois par mois » : ``reunions_par_mois`` meetings on the pact's ranks
    (the first ones if it lists more), completed with the smallest free ranks if it lists
    fewer; a weekday recurs 4 times in every month, so 4 meetings at most are placed."""
    wanted = min(bureau.meetings_per_month.at(day), MAX_RANK)
    listed = list(dict.fromkeys(bureau.meeting_ranks.at(day)))[:wanted]
    free = [r for r in range(1, MAX_RANK + 1) if r not in listed]
    return sorted(listed + free[:wanted - len(listed)])


@rule("Les réunions du bureau exécutif : le jour que fixe le pacte, autant de fois par mois que "
      "le pacte l'écrit.",
      clause='bureau_executif',
      params=('reunions_par_mois', 'jour_reunion', 'rangs_dans_le_mois'),
      seeds=('000_721ebb8a9b1c3e2a.txt § Le bureau exécutif',))
@per_models
def bureau_meetings(pact: Pact, scenario: Scenario) -> list[date]:
    """Bureau exécutif meetings (none if the pact has no bureau clause)."""
    if pact.bureau is None:
        return []
    start, end = _span(scenario)
    b = pact.bureau
    return monthly_dates(start, end, b.meeting_day.at(), bureau_meeting_ranks(b))


@rule("Les séances du conseil que le calendrier place sur une année : une par mois de séance.",
      clause='conseil_municipal', params=('mois_de_session',), articles=('L2121-7',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Quel coût ?',))
def sessions_in_calendar_per_year(council: CouncilClause, day: date | None = None) -> int:
    """One session on the set weekday and rank in each listed month: as many a year as the
    distinct months listed (what the calendar holds, to compare with ``sessions_par_an``,
    which the cost table counts)."""
    return len(set(council.session_months.at(day)))


@rule("Les comptes rendus d'activité des conseils de quartier : tous les N mois du mandat.",
      clause='conseils_de_quartier', params=('compte_rendu_mois',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Les nouveaux pouvoirs des conseils de quartier',))
def quartier_reports(pact: Pact, scenario: Scenario) -> list[date]:
    """« Les Conseils de quartier devront rendre des comptes tous les 6 mois de leur
    activité » : a public report every ``compte_rendu_mois`` months after the installation,
    within the mandate (none without the clause)."""
    q = pact.quartier_councils
    if q is None:
        return []
    return _every(scenario, q.report_months.at(), first=1)


@rule("Les séminaires de la majorité : dès le début du mandat, puis tous les N mois.",
      clause='collegialite', params=('seminaire_majorite_mois',),
      seeds=("002_c31c8cb8d98f98f2.txt § B. Créer les conditions de l'intelligence collective",))
def majority_seminars(pact: Pact, scenario: Scenario) -> list[date]:
    """« un séminaire de lancement » then « validées tous les 6 mois au cours d'un séminaire
    de la majorité » : at the installation, then every ``seminaire_majorite_mois`` months
    within the mandate (none without the clause)."""
    c = pact.collegiality
    if c is None:
        return []
    return _every(scenario, c.seminar_months.at(), first=0)


def _every(scenario: Scenario, months: int, first: int) -> list[date]:
    """Every ``months`` months from the installation (the ``first``-th period on), before
    the renewal."""
    out, k = [], first
    while (d := add_months(scenario.mandate.start, k * months)) < scenario.mandate.end:
        out.append(d)
        k += 1
    return out


@rule("La première date d'un calendrier qui tombe un jour donné ou après.",
      seeds=('000_721ebb8a9b1c3e2a.txt § Le Conseil Municipal (CM)',))
def next_on_or_after(dates: list[date], day: date) -> date | None:
    for d in dates:
        if d >= day:
            return d
    return None


@rule("La première date d'un calendrier strictement après un jour donné.",
      seeds=('000_721ebb8a9b1c3e2a.txt § Le Conseil Municipal (CM)',))
def next_after(dates: list[date], day: date) -> date | None:
    return next_on_or_after(dates, day + timedelta(days=1))


@rule('La première séance du conseil strictement après un jour donné (au-delà du mandat, le calendrier se prolonge au même rythme).',
      clause='conseil_municipal',
      articles=('L2121-7',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Le Conseil Municipal (CM)',))
def next_council(pact: Pact, scenario: Scenario, after: date) -> date:
    """The first council session strictly after ``after``.

    Long delays (a collection of 72 months) can reach past the sessions generated for the
    mandate: the same pattern of sessions is then continued (a date after the renewal says
    that the step falls outside the mandate; callers compare it with the mandate's end)."""
    found = next_after(council_sessions(pact, scenario), after)
    if found is None:
        # Sessions recur every year (at least one month is named): 13 months always hold one.
        first = after + timedelta(days=1)
        found = next(iter(_sessions_between(pact, first, add_months(first, 13))), None)
    if found is None:
        raise InputError.single("(calendrier)", None, "conseil_municipal",
                                f"aucune séance du conseil après le {after.isoformat()}")
    return found
