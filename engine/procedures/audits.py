"""Conseil Citoyen: audit schedule, renewals and panel validation.

000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC) : « une réunion mensuelle avec les binômes
d'élu·es pour leur reddition de comptes, pendant tout le mandat, à partir du 6ème mois, à
l'exception du mois d'août (soit environ 60 réunions) […] il conviendra de réaliser 4
auditions de binômes par réunion mensuelle » ; § 2.1 : chaque binôme rend des comptes tous
les 6 mois ; 30 membres, 5 par quartier, au moins la moitié de femmes, renouvelés tous les
25 mois. § La direction du cabinet : le binôme Dir'Cab/DGS rend des comptes tous les 6 mois.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from engine.core.calendar import add_months, months_apart, nth_weekday
from engine.core.fr import number, percent_exact
from engine.model.pact import CitizenCouncilClause, Pact, StaffAuditClause, Weekday, clause_key
from engine.model.params import Param
from engine.model.scenario import Scenario
from engine.procedures import require
from engine.procedures.rule import rule
from engine.procedures.trace import Citation, Decision, cite_param, param_path

KEY = clause_key(CitizenCouncilClause)
STAFF_PAIR = "Binôme Dir'Cab / DGS"


def _clause(pact: Pact) -> CitizenCouncilClause:
    return require(pact.citizen_council, pact.info.id, KEY, "de Conseil Citoyen")


@rule("Le Conseil Citoyen commence ses auditions le premier jour du mois du mandat que fixe le pacte (le 6e).",
      clause='conseil_citoyen', params=('debut_audits_mois_du_mandat',), seeds=('000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)',))
def council_start(pact: Pact, scenario: Scenario) -> date:
    """First day of the mandate month from which audits start (the 6th month)."""
    c = _clause(pact)
    return add_months(scenario.mandate.start, c.first_audit_month.at() - 1)


def _meetings(pact: Pact, scenario: Scenario, weekday: Param[Weekday],
              rank: Param[int]) -> list[date]:
    """The monthly meetings on the ``rank``-th ``weekday`` (parameters of the Conseil Citoyen
    clause), from the first audit month, except the months without meeting."""
    c = _clause(pact)
    start, end = council_start(pact, scenario), scenario.mandate.end
    days = []
    y, m = start.year, start.month
    while date(y, m, 1) <= end:
        probe = date(y, m, 1)
        if m not in set(c.months_without_meeting.at(probe)):
            d = nth_weekday(y, m, weekday.at(probe), rank.at(probe))
            if start <= d < end:
                days.append(d)
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return days


@rule("Les soirées d'audition : une par mois à partir du 6e mois, sauf les mois sans réunion (août).",
      clause='conseil_citoyen', params=('jour_soiree_audition', 'rang_soiree_audition', 'mois_sans_reunion'),
      seeds=('000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)',))
def audit_meetings(pact: Pact, scenario: Scenario) -> list[date]:
    """The monthly audit evenings: from the 6th month, every month except August."""
    c = _clause(pact)
    return _meetings(pact, scenario, c.audit_meeting_day, c.audit_meeting_rank)


@rule("Les réunions de travail mensuelles du Conseil Citoyen.",
      clause='conseil_citoyen', params=('jour_reunion_travail', 'rang_reunion_travail', 'mois_sans_reunion'),
      seeds=('000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)',))
def work_meetings(pact: Pact, scenario: Scenario) -> list[date]:
    """The monthly working Saturdays of the citizen council."""
    c = _clause(pact)
    return _meetings(pact, scenario, c.work_meeting_day, c.work_meeting_rank)


@dataclass(frozen=True)
class AuditedPair:
    name: str
    period_months: int
    clause: str


@rule("Les binômes auditionnés : ceux du pacte, chacun tous les N mois, et le binôme Dir'Cab / DGS.",
      clause='conseil_citoyen', params=('periodicite_audit_mois',), seeds=('000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)',))
def audited_pairs(pact: Pact) -> list[AuditedPair]:
    """The 25 elected pairs (19 delegations + 6 quartiers) and the Dir'Cab/DGS pair."""
    c = _clause(pact)
    pairs: list[AuditedPair] = []
    if pact.pairs is not None:
        ref = param_path(KEY, c, c.audit_period_months)
        pairs += [AuditedPair(n, c.audit_period_months.at(), ref)
                  for n in pact.pairs.audited_pairs()]
    staff = pact.staff_audit
    if staff is not None:
        pairs.append(AuditedPair(STAFF_PAIR, staff.period_months.at(),
                                 param_path(clause_key(StaffAuditClause), staff, staff.period_months)))
    return pairs


@dataclass(frozen=True)
class AuditMeeting:
    day: date
    pairs: tuple[str, ...]


@dataclass(frozen=True)
class Gap:
    """An interval between two audits of one pair longer than the pact allows."""

    pair: str
    previous: date
    following: date | None  # None: not audited again before the end of the mandate
    due: date
    excess_days: int


@dataclass(frozen=True)
class AuditSchedule:
    meetings: list[AuditMeeting]
    pairs: list[AuditedPair]
    gaps: list[Gap]
    never_audited: list[str]
    trace: tuple[Citation, ...] = field(default_factory=tuple)

    def audits_of(self, pair: str) -> list[date]:
        return [m.day for m in self.meetings if pair in m.pairs]


@rule("Le calendrier des auditions : N binômes par soirée, les plus en retard d'abord, et chaque intervalle plus long que la périodicité.",
      clause='conseil_citoyen', params=('audits_par_reunion', 'periodicite_audit_mois'), seeds=('000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)',))
def audit_schedule(pact: Pact, scenario: Scenario) -> AuditSchedule:
    """Assign pairs to audit evenings, ``audits_par_reunion`` at a time, most overdue first
    (ties in the pact's order), then report every interval longer than each pair's period."""
    c = _clause(pact)
    pairs = audited_pairs(pact)
    meetings_days = audit_meetings(pact, scenario)
    last: dict[str, date | None] = {p.name: None for p in pairs}
    order = {p.name: i for i, p in enumerate(pairs)}
    period = {p.name: p.period_months for p in pairs}
    meetings: list[AuditMeeting] = []
    for day in meetings_days:
        per_meeting = c.audits_per_meeting.at(day)

        def due(name: str) -> date:
            prev = last[name]
            return date.min if prev is None else add_months(prev, period[name])

        chosen = sorted(last, key=lambda n: (due(n), order[n]))[:per_meeting]
        chosen.sort(key=lambda n: order[n])
        for name in chosen:
            last[name] = day
        meetings.append(AuditMeeting(day, tuple(chosen)))
    gaps: list[Gap] = []
    never: list[str] = []
    end = scenario.mandate.end
    for p in pairs:
        days = [m.day for m in meetings if p.name in m.pairs]
        if not days:
            never.append(p.name)
            continue
        for prev, nxt in zip(days, days[1:] + [None], strict=True):
            # Meetings are monthly: a pair is late when audited in a later month than due.
            limit = add_months(prev, p.period_months)
            stop = nxt if nxt is not None else end
            if (stop.year, stop.month) > (limit.year, limit.month):
                gaps.append(Gap(p.name, prev, nxt, limit, (stop - limit).days))
    trace = (cite_param(KEY, c, c.audits_per_meeting), cite_param(KEY, c, c.audit_period_months),
             cite_param(KEY, c, c.first_audit_month), cite_param(KEY, c, c.months_without_meeting))
    return AuditSchedule(meetings, pairs, gaps, never, trace)


@rule("Le plus long intervalle sans audition d'un binôme : entre le début des auditions, chacune de ses auditions et la fin du mandat, le plus long écart en jours.",
      clause='conseil_citoyen', params=('debut_audits_mois_du_mandat', 'periodicite_audit_mois'),
      seeds=('000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)',))
def longest_audit_interval(start: int, audits: Sequence[int], end: int) -> int:
    """« Chaque binôme rend des comptes tous les 6 mois » : the longest stretch, in days,
    during which one pair is not heard — from the first audit evening's month (``start``),
    between two of its audits, and up to the end of the mandate (``end``). Days are any
    whole-day counts (ordinals, offsets); the calendar and the simulation both call this."""
    points = [start, *sorted(audits), end]
    return max(b - a for a, b in zip(points, points[1:], strict=False))


@dataclass(frozen=True)
class LongestInterval:
    """The longest interval without audit of any pair in the pact's calendar of audits."""

    days: int
    pair: str
    period_months: int
    max_excess_days: int


@rule("Le plus long intervalle sans audition d'un binôme selon le calendrier des auditions (aucune audition manquée).",
      clause='conseil_citoyen', params=('audits_par_reunion', 'periodicite_audit_mois'),
      seeds=('000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)',))
def scheduled_longest_interval(pact: Pact, scenario: Scenario) -> LongestInterval | None:
    """:func:`longest_audit_interval` of every pair over :func:`audit_schedule`, and the
    longest delay beyond a pair's period; ``None`` without audited pair or audit evening."""
    sched = audit_schedule(pact, scenario)
    if not sched.pairs or not sched.meetings:
        return None
    start = council_start(pact, scenario).toordinal()
    end = scenario.mandate.end.toordinal()
    days, pair = max((longest_audit_interval(start, [d.toordinal() for d in sched.audits_of(p.name)],
                                             end), p.name) for p in sched.pairs)
    period = next(p.period_months for p in sched.pairs if p.name == pair)
    return LongestInterval(days, pair, period, max((g.excess_days for g in sched.gaps), default=0))


@rule("La capacité d'audition sur le mandat : soirées × auditions par soirée, contre les auditions qu'exige la périodicité de chaque binôme.",
      clause='conseil_citoyen', params=('audits_par_reunion', 'periodicite_audit_mois'), seeds=('000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)',))
def audit_capacity(pact: Pact, scenario: Scenario) -> Decision[dict[str, int]]:
    """Audit slots offered vs audits required over the mandate (each pair every N months)."""
    c = _clause(pact)
    meetings = audit_meetings(pact, scenario)
    slots = sum(c.audits_per_meeting.at(d) for d in meetings)
    if not meetings:
        return Decision({"slots": 0, "required": 0, "meetings": 0}, "Aucune réunion d'audition.", ())
    span_months = months_apart(meetings[0], scenario.mandate.end)
    required = sum(span_months // p.period_months for p in audited_pairs(pact))
    why = (f"{len(meetings)} soirées × {c.audits_per_meeting.at()} auditions = {number(slots)} créneaux ; "
           f"{len(audited_pairs(pact))} binômes à auditer tous les {c.audit_period_months.at()} mois "
           f"sur {span_months} mois = {number(required)} auditions nécessaires.")
    return Decision({"slots": slots, "required": required, "meetings": len(meetings)}, why,
                    (cite_param(KEY, c, c.audits_per_meeting),
                     cite_param(KEY, c, c.audit_period_months)))


@dataclass(frozen=True)
class YearlyCapacity:
    """Audit slots of one full calendar year against the audits the pact requires per year,
    and what would close the gap."""

    year: int
    meetings: int
    per_meeting: int
    slots: int
    required: int | float          # pairs × 12 / period, a whole number when it is one
    pairs: int
    per_meeting_needed: int | None
    period_needed: int | None

    @property
    def sufficient(self) -> bool:
        return self.slots >= self.required


@rule("La capacité d'audition d'une année pleine : soirées × auditions par soirée, contre binômes × 12 / périodicité ; ce qui comblerait l'écart.",
      clause='conseil_citoyen', params=('audits_par_reunion', 'periodicite_audit_mois'), seeds=('000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)',))
def yearly_audit_capacity(pact: Pact, scenario: Scenario) -> YearlyCapacity:
    """« 4 auditions de binômes par réunion mensuelle » against « chaque binôme rend des
    comptes tous les 6 mois » over the first full calendar year of the mandate (else the
    first year with meetings): slots = evenings × audits per evening ; required = Σ 12 /
    period of each pair. If short: the audits per evening, or the period, that would do."""
    c = _clause(pact)
    pairs = audited_pairs(pact)
    per_meeting = c.audits_per_meeting.at()
    by_year = Counter(d.year for d in audit_meetings(pact, scenario))
    start, end = scenario.mandate.start.year, scenario.mandate.end.year
    full = [y for y in sorted(by_year) if start < y < end]
    year = full[0] if full else (min(by_year) if by_year else start)
    meetings = by_year.get(year, 0)
    slots = meetings * per_meeting
    exact = sum(Fraction(12, p.period_months) for p in pairs)
    required: int | float = int(exact) if exact.denominator == 1 else round(float(exact), 2)
    per_meeting_needed = math.ceil(required / meetings) if meetings else None
    period_needed = math.ceil(len(pairs) * 12 / slots) if slots else None
    return YearlyCapacity(year, meetings, per_meeting, slots, required, len(pairs),
                          per_meeting_needed, period_needed)


@dataclass(frozen=True)
class Composition:
    """One composition of the citizen council between two draws, and its audit evenings."""

    number: int
    start: date
    end: date
    months: int
    meetings: int
    full_cycles: int


@rule("Les compositions successives du Conseil Citoyen entre deux tirages, leurs soirées et les tours complets d'auditions qu'elles voient.",
      clause='conseil_citoyen', params=('renouvellement_mois', 'audits_par_reunion'), seeds=('000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)',))
def council_compositions(pact: Pact, scenario: Scenario) -> tuple[int, list[Composition]]:
    """The evenings a full round of audits takes (⌈binômes / auditions par soirée⌉), and each
    composition between renewals (« renouvelés tous les 25 mois ») with its evenings and the
    full rounds it sits through."""
    c = _clause(pact)
    per_meeting = c.audits_per_meeting.at()
    cycle = math.ceil(len(audited_pairs(pact)) / per_meeting) if per_meeting else 0
    meetings = audit_meetings(pact, scenario)
    bounds = [council_start(pact, scenario), *renewals(pact, scenario), scenario.mandate.end]
    out = []
    for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        n = sum(1 for d in meetings if a <= d < b)
        out.append(Composition(i + 1, a, b, months_apart(a, b), n, n // cycle if cycle else 0))
    return cycle, out


@rule("Le Conseil Citoyen est renouvelé par tirage au sort tous les N mois après son début.",
      clause='conseil_citoyen', params=('renouvellement_mois',), seeds=('000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)',))
def renewals(pact: Pact, scenario: Scenario) -> list[date]:
    """Renewal draws of the council every ``renouvellement_mois`` months after it starts."""
    c = _clause(pact)
    start = council_start(pact, scenario)
    out, k = [], 1
    while True:
        d = add_months(start, k * c.renewal_months.at())
        if d >= scenario.mandate.end:
            return out
        out.append(d)
        k += 1


@dataclass(frozen=True)
class Member:
    quartier: str
    genre: str


@rule("Un panel respecte le pacte : le bon nombre de membres, N par quartier, au moins X % de femmes.",
      clause='conseil_citoyen', params=('membres', 'membres_par_quartier', 'part_femmes_min_pct'), seeds=('000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC)',))
def check_panel(pact: Pact, scenario: Scenario, panel: list[Member]) -> Decision[bool]:
    """A proposed panel meets the pact: the right size, N per quartier, at least X % women."""
    c = _clause(pact)
    problems = []
    size, per_q, women_min = c.members.at(), c.per_quartier.at(), c.women_min_pct.at()
    if len(panel) != size:
        problems.append(f"{len(panel)} membres au lieu de {size}")
    counts = Counter(m.quartier for m in panel)
    for q in [q.name for q in scenario.commune.quartiers]:
        if counts.get(q, 0) != per_q:
            problems.append(f"{counts.get(q, 0)} membres pour le quartier {q} au lieu de {per_q}")
    unknown = sorted(set(counts) - {q.name for q in scenario.commune.quartiers})
    if unknown:
        problems.append("quartiers inconnus : " + ", ".join(unknown))
    women = sum(1 for m in panel if m.genre == "femme")
    if panel and 100 * women < women_min * len(panel):
        problems.append(f"{women} femmes sur {len(panel)}, moins de {percent_exact(women_min)}")
    ok = not problems
    why = "Le panel respecte le pacte." if ok else "Le panel ne respecte pas le pacte : " + " ; ".join(problems) + "."
    trace = (cite_param(KEY, c, c.members), cite_param(KEY, c, c.per_quartier),
             cite_param(KEY, c, c.women_min_pct))
    return Decision(ok, why, trace)
