"""The Simulation page in sentences: the conclusions that open it, chart titles that state
what the chart shows, and every figure in the engine's French formats — counts as whole
numbers, shares as percentages (« 79,4 % »), money in euros (:mod:`engine.core.fr`).

The figures are the Monte Carlo's (``engine.sim``), summarised by :mod:`dashboard.sim_view`;
nothing here computes a quantity of the pact, only says it."""

from __future__ import annotations

import math
import re
from typing import Any

from engine.core.calendar import MONTHS_FR
from engine.core.fr import euros, euros_headline, number, percent, plural

SHARE_UNITS = ("part", "ratio")

#: the person each workload series is about, as a chart title says it
ROLE_SUBJECT = {
    "elected_hours": "des élu·es",
    "dpc_staff_hours": "de la Direction du Pouvoir Citoyen",
    "cc_member_hours": "des membres du Conseil Citoyen",
    "citizen_hours": "des habitant·es",
}


def has_dpc(s: Any) -> bool:
    """Whether the pact creates a DPC (without one, its work falls to the mayor's services
    and its load has no capacity to compare with)."""
    return _stat(s, "dpc_utilisation", "p50") is not None


def role_name(s: Any, role: str) -> str:
    """The role's name on the page: « Agents de la DPC », or the mayor's services."""
    from dashboard.sim_view import ROLES

    if role == "dpc_staff_hours" and not has_dpc(s):
        return "Services du maire (pas de DPC)"
    return ROLES[role]


def share(value: float) -> str:
    """A share in % that never reads « 0,0 % » for a small but real amount."""
    if value == 0:
        return "0 %"
    if 0 < value < 0.05:
        return "moins de 0,1 %"
    return percent(value, 1)


def _is_integer(name: str) -> bool:
    from engine.sim.metrics import BY_NAME

    metric = BY_NAME.get(name)
    return bool(metric and metric.integer)


def figure(value: float | None, unit: str, name: str = "") -> str:
    """One simulated figure as a reader expects it: « 79,4 % » for a share, « 4 » for a
    count (a percentile of counts is rounded: no « 0,95 consultation »), « 151 » for days."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if unit in SHARE_UNITS:
        return percent(100 * float(value), 1)
    if _is_integer(name) or abs(float(value)) >= 10:
        return number(round(float(value)))
    return number(float(value), 1)


def month_fr(month: str) -> str:
    """« 2028-03 » → « mars 2028 »."""
    year, m = month.split("-")[:2]
    return f"{MONTHS_FR[int(m) - 1]} {year}"


def _stat(s: Any, name: str, stat: str) -> float | None:
    value = s.value(name, stat)
    return None if value is None or math.isnan(float(value)) else float(value)


def _unit(s: Any, name: str) -> str:
    return s.labels.get(name, {}).get("unit", "")


def spread(s: Any, name: str, unit_word: str = "") -> str:
    """« de 109 à 188 jours » : the 5th and 95th percentiles, in the metric's format."""
    lo, hi = _stat(s, name, "p5"), _stat(s, name, "p95")
    unit = _unit(s, name)
    tail = f" {unit_word}" if unit_word else ""
    return f"de {figure(lo, unit, name)} à {figure(hi, unit, name)}{tail}"


def cost_sentence(s: Any, operating_budget: float, table: dict | None) -> str | None:
    """« Sur 100 futurs simulés, le pacte coûte 2 066 728 € de fonctionnement par an … »."""
    mid = _stat(s, "cost_operating_eur_per_year", "p50")
    if mid is None:
        return None
    if mid == 0:
        return (f"Sur {number(s.runs)} futurs simulés, le pacte ne coûte rien en "
                "fonctionnement à la commune.")
    lo = _stat(s, "cost_operating_eur_per_year", "p5") or 0.0
    hi = _stat(s, "cost_operating_eur_per_year", "p95") or 0.0
    text = (f"Sur {number(s.runs)} futurs simulés, le pacte coûte {euros(mid)} de "
            f"fonctionnement par an en médiane (de {euros(lo)} à {euros(hi)}), soit "
            f"{share(100 * mid / operating_budget)} des dépenses de fonctionnement de la "
            "commune")
    if table is not None:
        text += (f" ; le tableau des coûts du pacte en budgète "
                 f"{euros_headline(table['operating']['total_eur'])}")
    return text + "."


def dpc_sentence(s: Any) -> str | None:
    """Whether the citizen-power service holds, from its simulated load."""
    util = _stat(s, "dpc_utilisation", "p50")
    if util is None:
        return None
    over = _stat(s, "dpc_months_over_capacity", "p50") or 0.0
    over_hi = _stat(s, "dpc_months_over_capacity", "p95") or 0.0
    months = plural(round(over), "mois", "mois")
    load = percent(100 * util, 1)
    if util > 1:
        return (f"La Direction du Pouvoir Citoyen ne tient pas : sa charge atteint {load} de "
                f"ses heures disponibles (médiane), {months} sur {len(s.months)} au-dessus.")
    if round(over_hi) == 0:
        return (f"La Direction du Pouvoir Citoyen tient dans ses heures : {load} de sa "
                "capacité en médiane, sans aucun mois au-dessus.")
    if round(over) == 0:
        return (f"La Direction du Pouvoir Citoyen tient dans ses heures : {load} de sa "
                "capacité en médiane, sans dépassement dans la moitié des futurs (jusqu'à "
                f"{plural(round(over_hi), 'mois', 'mois')} au-dessus dans 5 % des futurs).")
    return (f"La Direction du Pouvoir Citoyen tient dans ses heures : {load} de sa capacité "
            f"en médiane ; elle la dépasse {months} sur {len(s.months)} (jusqu'à "
            f"{plural(round(over_hi), 'mois', 'mois')} dans 5 % des futurs).")


def audit_sentence(s: Any) -> str | None:
    """Whether the promised auditions all take place."""
    cov = _stat(s, "audit_coverage", "p50")
    if cov is None:
        return None
    gap = _stat(s, "max_audit_gap_days", "p50")
    if cov >= 0.995:
        return "Toutes les auditions requises des binômes ont lieu."
    text = (f"Les auditions ne suivent pas : {percent(100 * cov, 1)} seulement des auditions "
            "requises ont lieu (médiane)")
    if gap is not None:
        text += f", et un binôme peut attendre {plural(round(gap), 'jour')} entre deux auditions"
    return text + "."


def conclusions(s: Any, operating_budget: float, table: dict | None) -> list[str]:
    """The two or three sentences that answer « Ce pacte tient-il sur six ans, et combien
    coûte-t-il ? », from the simulation's medians and 5–95 % ranges."""
    out = [cost_sentence(s, operating_budget, table), dpc_sentence(s), audit_sentence(s)]
    return [x for x in out if x]


def peak_title(s: Any, role: str, peak: tuple[str, float]) -> str:
    """« Le pic de charge des élu·es atteint 1 234 h en mars 2028 »."""
    month, hours = peak
    subject = ROLE_SUBJECT[role] if role != "dpc_staff_hours" or has_dpc(s) else \
        "des services du maire (le pacte ne crée pas de DPC)"
    if round(hours) == 0:
        return f"Aucune charge de travail {subject} dans la plupart des futurs simulés"
    return (f"Le pic de charge {subject} atteint {number(round(hours))} h en "
            f"{month_fr(month)} (médiane des futurs simulés)")


def cost_title(shares: list[float], table_share_pct: float | None) -> str:
    """« Le fonctionnement coûte de 3,3 % à 3,6 % des dépenses de la commune selon l'année »."""
    lo, hi = min(shares), max(shares)
    if hi == 0:
        return "Le pacte ne coûte rien en fonctionnement, année après année"
    said = f"de {share(lo)} à {share(hi)}" if share(lo) != share(hi) else share(hi)
    text = (f"Le fonctionnement du pacte coûte {said} des dépenses de fonctionnement de la "
            "commune selon l'année (médiane)")
    if table_share_pct is not None:
        text += f", contre {share(table_share_pct)} au tableau des coûts"
    return text


def delay_title(s: Any) -> str:
    mid = _stat(s, "petition_to_vote_days", "p50")
    if mid is None:
        return "Aucune pétition n'arrive jusqu'au vote dans les futurs simulés"
    text = (f"Entre le dépôt des signatures et le vote, une pétition attend en moyenne "
            f"{plural(round(mid), 'jour')} (médiane des futurs")
    lo, hi = _stat(s, "petition_to_vote_days", "p5"), _stat(s, "petition_to_vote_days", "p95")
    if lo is not None and hi is not None and round(lo) != round(hi):
        text += f" ; {spread(s, 'petition_to_vote_days', 'jours')}"
    return text + ")"


def suspended_title(peak: tuple[str, float]) -> str:
    month, count = peak
    if count < 0.05:
        return "Aucune délibération n'a son exécution suspendue dans la plupart des futurs"
    return (f"Jusqu'à {number(count, 1)} délibérations en moyenne ont leur exécution suspendue "
            f"au même moment, en {month_fr(month)} (médiane des futurs simulés)")


def indicator_rows(s: Any) -> list[dict[str, str]]:
    """Every indicator, its unit and its mean, 5 %, median and 95 % in French formats."""
    rows = []
    idle = s.idle
    for name, m in s.metrics.items():
        if name in idle:  # listed once, below, with the missing clause
            continue
        unit = _unit(s, name)
        rows.append({"Indicateur": s.labels.get(name, {}).get("label", name),
                     "Unité": "%" if unit in SHARE_UNITS else unit,
                     **{col: figure(m.get(stat), unit, name)
                        for col, stat in (("Moyenne", "mean"), ("5 %", "p5"),
                                          ("Médiane", "p50"), ("95 %", "p95"))}})
    for name, reason in idle.items():
        rows.append({"Indicateur": s.labels.get(name, {}).get("label", name), "Unité": "",
                     "Moyenne": f"sans objet : {reason}", "5 %": "", "Médiane": "", "95 %": ""})
    return rows


def _duration(hours: float) -> str:
    """0,1 h → « 6 min » ; 1,7 h → « 1 h 42 min » ; 300 h → « 300 h »."""
    minutes = round(hours * 60)
    if minutes < 60:
        return f"{minutes} min"
    if hours >= 10 or minutes % 60 == 0:
        return f"{number(round(hours))} h" if hours >= 10 else f"{minutes // 60} h"
    return f"{minutes // 60} h {minutes % 60:02d}"


def answer(value: float, unit: str, question: str) -> str:
    """An assumption's value in everyday words, as the answer to its question: « 6 sur 100 »,
    « 30 min », « 1 par an », « 40 000 € », « 4 mois »."""
    from engine.core.fr import format_value

    plain = format_value(float(value), "nombre")
    if unit == "pourcent":
        return f"{plain} sur 100" if question.startswith("Sur 100") else f"{plain} %"
    if unit == "heures":
        return _duration(float(value))
    if unit == "par_an":
        return f"{plain} par an"
    if unit == "euros":
        return euros(float(value))
    if unit == "points":
        return f"{plain} point{'s' if value >= 2 else ''}"
    if unit in ("mois", "personnes", "signatures"):
        return format_value(float(value), unit) if unit != "mois" else f"{plain} mois"
    return plain


def answer_range(low: float, high: float, unit: str, question: str) -> str:
    """« de 5 à 8 sur 100 », or « valeur fixe » when the range is a single value."""
    if low == high:
        return "valeur fixe"
    if unit == "pourcent" and question.startswith("Sur 100"):
        from engine.core.fr import format_value

        return (f"de {format_value(float(low), 'nombre')} à "
                f"{format_value(float(high), 'nombre')} sur 100")
    return f"de {answer(low, unit, question)} à {answer(high, unit, question)}"


#: shared documents whose section titles are in English: an assumption citing one shows the
#: document's title and the French evidence its section gives in parentheses (the section,
#: under its French title from rules/sources.yaml, is in the technical form, one click away)
ENGLISH_SECTIONS = ("DEFAULTS.md",)
_EVIDENCE = re.compile(r"^(?P<section>.*) \((?P<evidence>[^()]*)\)$")


def source_fr(source: Any, technical: bool = False) -> str:
    """An assumption's source in human words: the cited documents by their titles
    (``rules/sources.yaml``), also where a file name sits inside the section; from a document
    in English, its French evidence rather than its English section title."""
    from engine.report.doc_common import human_source, source_titles

    found = _EVIDENCE.match(getattr(source, "section", ""))
    if not technical and found and getattr(source, "document", "") in ENGLISH_SECTIONS:
        title = source_titles().documents.get(source.document, source.document)
        return f"{title} : {found['evidence']}"
    text = human_source(source)
    for name, title in source_titles().documents.items():
        text = text.replace(name, f"« {title} »")
    return text
