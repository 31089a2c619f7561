"""Why two figures that look alike differ (issue 14 § 1): the sentence printed beside both, in
``pacte bilan`` (text and JSON), ``pacte simuler``, ``pacte couts`` and the dashboard.

Each sentence is built from the figures the engine computed (the calendar's audits, the cost
table's budgeted votes, the draws by lot, the simulation's means): nothing typed by hand. The
names of the figures come from :mod:`engine.procedures.figures`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.core.fr import euros, format_value, number, plural
from engine.model.assumptions import Assumptions
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.procedures import figures as fig
from engine.procedures.audits import LongestInterval
from engine.procedures.cost_votes import VotesBudgetAndRules


@dataclass(frozen=True)
class Missed:
    """The assumed share of audits that do not take place (« audition_reportee_pct »)."""

    value: float
    low: float
    high: float
    varies: bool  # drawn in [low, high] at each simulated future

    def text(self) -> str:
        share = format_value(float(self.value), "pourcent")
        if self.varies and self.low < self.high:
            return (f"{share} des auditions prévues n'ont pas lieu (hypothèse ; de "
                    f"{format_value(float(self.low), 'pourcent')} à "
                    f"{format_value(float(self.high), 'pourcent')} selon les futurs)")
        return f"{share} des auditions prévues n'ont pas lieu (hypothèse)"


def audit_calendar_note(interval: LongestInterval) -> str:
    """Beside the calendar's audits: its longest interval, and why the simulation's is longer."""
    return (f"{fig.AUDIT_INTERVAL_CALENDAR.label} : {plural(interval.days, 'jour')} "
            f"({interval.pair} ; périodicité de {interval.period_months} mois, jusqu'à "
            f"{plural(interval.max_excess_days, 'jour')} de retard faute de créneaux). "
            "La simulation compte en plus les auditions manquées, qui ne sont pas "
            "reprogrammées : son intervalle est plus long.")


def audit_simulated_note(calendar_days: int | None, missed: Missed,
                         simulated_mean: float | None, cli: bool = True) -> str:
    """Beside the simulated longest interval: the calendar's, and the missed audits that
    make the difference (none missed: the two are equal)."""
    if calendar_days is None:
        return ""
    out = (f"{fig.AUDIT_INTERVAL_CALENDAR.label} (aucune audition manquée) : "
           f"{plural(calendar_days, 'jour')}.")
    if missed.value == 0 and not (missed.varies and missed.high > 0):
        return out + " Aucune audition n'est manquée dans la simulation : les deux coïncident."
    out += (f" Dans la simulation, {missed.text()} et ne sont pas reprogrammées : le binôme "
            "attend son tour suivant")
    if simulated_mean is not None:
        out += f", d'où {plural(round(simulated_mean), 'jour')} en moyenne"
    out += "."
    if cli:
        out += " Avec --set hypotheses.audition_reportee_pct=0, les deux chiffres coïncident."
    return out


def letters_note(draw: dict[str, Any], simulated_letters: float | None,
                 simulated_draws: float | None) -> str:
    """Letters of one draw (the planned pool) and of the body's draws of the mandate (both
    from :func:`engine.sortition.summary.council_draw_summary`), against the letters of every
    draw of the mandate in the simulation."""
    out = (f"{fig.LETTERS_PER_DRAW.label} : {plural(draw['letters_per_draw'], 'lettre')} pour "
           f"un vivier de {number(draw['pool'])} volontaires à "
           f"{format_value(float(draw['acceptance_pct']), 'pourcent')} de réponses ; "
           f"{plural(draw['draws'], 'tirage')} sur le mandat = "
           f"{plural(draw['letters_of_mandate'], 'lettre')}.")
    if simulated_letters is not None and simulated_draws:
        out += (f" La simulation compte toutes les lettres du mandat : "
                f"{number(simulated_draws, 0 if float(simulated_draws).is_integer() else 1)} tirages "
                "en moyenne (Conseil Citoyen, assemblées et conventions tirées au sort), relances "
                f"comprises quand les réponses manquent, soit {number(simulated_letters)} lettres "
                "en moyenne.")
    return out


def cost_note(budget: VotesBudgetAndRules | None, table_eur: float,
              simulated_eur: float | None, polls_per_year: float | None) -> str:
    """The cost table's budget against the simulated spend: the votes it pays for against
    those the rules allow and those the simulation holds."""
    if simulated_eur is None:
        head = f"{fig.COST_BUDGETED.label} : {euros(table_eur)}."
    else:
        head = (f"{fig.COST_BUDGETED.label} : {euros(table_eur)} ; "
                f"{fig.COST_SIMULATED.label[0].lower()}{fig.COST_SIMULATED.label[1:]} : "
                f"{euros(simulated_eur)} en moyenne.")
    if budget is None:
        return head
    out = (f"{head} Le tableau budgète {plural(budget.budgeted_per_year, 'votation')} par an "
           f"({euros(float(budget.budget_eur))}) ; les règles du pacte en permettent "
           f"{budget.allowed_per_year} par an")
    if budget.uncapped:
        out += f" (sans compter {', '.join(budget.uncapped)}, qu'elles ne plafonnent pas)"
    if polls_per_year is not None:
        out += (f" : la simulation en compte {number(polls_per_year, 1)} par an en moyenne "
                f"(jours de scrutin, tous votes confondus, à {euros(float(budget.unit_eur))} "
                "chacun) et ne paie que ceux-là.")
    else:
        out += " : la simulation (pacte simuler) ne paie que les jours de scrutin qui ont lieu."
    return out


def missed_of(assumptions: Assumptions) -> Missed:
    """The missed-audit assumption in effect (its mode, range and whether it is drawn)."""
    a = assumptions.audit_postponed_pct
    return Missed(a.value, a.low, a.high, bool(assumptions.uncertainty and a.uncertain))


def simulation_notes(pact: Pact, scenario: Scenario, summary: dict[str, dict[str, Any]],
                     assumptions: Assumptions, cli: bool = True) -> dict[str, str]:
    """The notes under the simulated figures of ``pacte simuler`` and the dashboard, by
    metric: the calendar's audits, the cost table's budget, the letters' definition."""
    from engine.procedures.audits import scheduled_longest_interval
    from engine.procedures.cost_table import cost_table
    from engine.procedures.cost_votes import budget_and_rules

    def mean(key: str) -> float | None:
        return (summary.get(key) or {}).get("mean")

    notes: dict[str, str] = {}
    if pact.citizen_council is not None and mean("max_audit_gap_days") is not None:
        longest = scheduled_longest_interval(pact, scenario)
        notes["max_audit_gap_days"] = audit_simulated_note(
            longest.days if longest else None, missed_of(assumptions),
            mean("max_audit_gap_days"), cli)
    notes["cost_operating_eur_per_year"] = cost_note(
        budget_and_rules(pact, scenario), float(cost_table(pact, scenario).operating_total),
        mean("cost_operating_eur_per_year"), mean("polling_days_per_year"))
    if mean("sortition_draws"):
        notes["sortition_letters"] = fig.LETTERS_OVER_MANDATE.definition
    regime = assumptions.regime
    if pact.petition is not None:
        from engine.procedures.petition import votation_grid

        notes["votation_days"] = votation_days_note(
            len(votation_grid(pact, scenario, regime)), regime, mean("votation_days"))
    notes["execution_suspended_days"] = suspended_note(_example_suspension(pact, scenario, regime),
                                                       regime)
    return notes


def _example_suspension(pact: Pact, scenario: Scenario, regime: str) -> int | None:
    """Days the first deliberation of the mandate stays suspended if contested on the last
    day (the bilan's example), under ``regime``."""
    from engine.procedures.abrogation import abrogation_path, suspended_days
    from engine.procedures.sessions import first_council_session

    if pact.abrogation is None:
        return None
    first = first_council_session(pact, scenario)
    if first is None:
        return None
    return suspended_days(abrogation_path(pact, scenario, first, regime=regime), "non")


def threshold_sentence(pact: Pact, scenario: Scenario) -> str | None:
    """Which figure of the petition clause decides the signatures required, said plainly
    next to the percentage's control: when the pact's absolute figure is higher than the
    percentage, moving the percentage changes nothing below it (« Avec 2 %, le plancher de
    1 000 signatures s'applique : il faut 1 000 signatures, pas 696. »). None without petition
    clause. The figures are :func:`engine.procedures.petition.signatures_required`'s."""
    from engine.procedures.petition import signatures_required

    if pact.petition is None:
        return None
    t = signatures_required(pact, scenario).value
    pct = format_value(float(t.percentage), "pourcent")
    of = f"{pct} de {number(t.electors)} électeurs inscrits = {plural(t.from_percentage, 'signature')}"
    if t.absolute is None:
        return f"Avec {pct}, il faut {plural(t.required, 'signature')} ({of})."
    if t.applied == "absolu" and t.absolute > t.from_percentage:
        return (f"Avec {pct}, le plancher de {plural(t.absolute, 'signature')} s'applique : il "
                f"faut {plural(t.required, 'signature')}, pas {number(t.from_percentage)} "
                f"({of}). Baisser le pourcentage ne change rien tant que ce plancher reste.")
    if t.absolute_below_percentage:
        return (f"Avec {pct}, il faut {plural(t.required, 'signature')} ({of}) : le chiffre "
                f"arrondi du pacte ({number(t.absolute)}) est plus bas, c'est le pourcentage "
                "qui s'applique.")
    return f"Avec {pct}, il faut {plural(t.required, 'signature')} ({of}), le chiffre du pacte."


def votation_days_note(possible: int, regime: str, simulated_mean: float | None) -> str:
    """The calendar's votation days against those the simulation holds."""
    where = "en respectant la loi" if regime == "loi" else "selon le pacte"
    out = (f"{fig.VOTATION_DAYS_CALENDAR.label} : {plural(possible, 'jour')} {where}. "
           "La simulation ne compte que ceux où au moins une pétition recevable est soumise au "
           "vote")
    if simulated_mean is not None:
        out += f" : {number(simulated_mean, 1)} en moyenne"
    return out + "."


def suspended_note(example_days: int | None, regime: str) -> str:
    """One contested deliberation's suspension (the calendar's example) against the
    simulation's sum over every contested deliberation."""
    out = fig.SUSPENDED_DAYS_SIMULATED.definition
    if example_days is not None:
        where = "en respectant la loi" if regime == "loi" else "selon le pacte"
        out += (f" Pour une seule délibération contestée au dernier jour, la suspension dure "
                f"{plural(example_days, 'jour')} {where}.")
    return out
