"""The family of votes (« votations », issue 9 § 1.2): one rule per fact, each reusing the
rules of the bundled clauses — the petition threshold (``petition.threshold_from``), the
count with its quorum (``ballot.count_vote``), the periods without local vote
(``referendum.in_blackout``) — so that a vote of the family and the votation propositionnelle
of seed 000 are computed by the same functions.

Law: LO1112-6 and L1112-21 (no vote during campaigns nor from the 6th month before the
renewal ; one year between two votes on the same subject), LO1112-7 (quorum of a decisional
referendum). Seeds: 000_721ebb8a9b1c3e2a.txt § Votations propositionnelles, § Référendums
municipaux.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from engine.core.calendar import add_months, next_weekday_on_or_after
from engine.core.fr import number, percent_exact
from engine.model.law import Law
from engine.model.pact import Pact, VoteProcedure, clause_key, item_key
from engine.model.scenario import Scenario
from engine.procedures import require
from engine.procedures.ballot import count_vote
from engine.procedures.blackout import CancelledDay
from engine.procedures.petition import threshold_from
from engine.procedures.referendum import in_blackout
from engine.procedures.rule import rule
from engine.procedures.trace import Citation, Decision, cite_law, cite_param

KEY = clause_key(VoteProcedure)
SEED = "000_721ebb8a9b1c3e2a.txt § Votations propositionnelles"


@rule("Une votation du pacte, trouvée par son identifiant.", clause=KEY, seeds=(SEED,))
def find_vote(pact: Pact, vote_id: str) -> VoteProcedure:
    """La votation « vote_id » de la liste « votations » du pacte (erreur en français sinon)."""
    found = next((v for v in pact.votes if v.id == vote_id), None)
    return require(found, pact.info.id, f"{KEY}.{vote_id}", f"de votation « {vote_id} »")


@rule("Les signatures qui déclenchent une votation : le pourcentage des inscrits arrondi au "
      "supérieur, ou le nombre de signatures s'il est plus élevé ; aucune si la votation ne "
      "naît pas d'une pétition.", clause=KEY,
      params=("declenchement", "seuil_petition_pct", "seuil_petition_signatures"),
      articles=("L1112-16",), seeds=(SEED,))
def trigger_signatures(v: VoteProcedure, scenario: Scenario,
                       day: date | None = None) -> Decision[int | None]:
    """Seuil de la pétition qui déclenche la votation, calculé par la même règle que la
    votation propositionnelle (000 § Votations propositionnelles)."""
    key = item_key(v)
    trace = [cite_param(key, v, v.triggers, day)]
    if "petition" not in v.triggers.at(day):
        return Decision(None, f"{v.title} : aucune pétition ne déclenche ce vote.", tuple(trace))
    if v.petition_pct is None and v.petition_signatures is None:
        return Decision(None, f"{v.title} : la pétition n'a pas de seuil dans le pacte.",
                        tuple(trace))
    electors = scenario.commune.electors.at(day)
    pct = v.petition_pct.at(day) if v.petition_pct is not None else 0.0
    absolute = v.petition_signatures.at(day) if v.petition_signatures is not None else None
    required, from_pct, _abs, applied = threshold_from(pct, absolute, electors)
    trace.append(Citation("commune.electeurs_inscrits", electors,
                          str(scenario.commune.electors.source or ""), ()))
    parts = []
    if v.petition_pct is not None:
        trace.append(cite_param(key, v, v.petition_pct, day))
        parts.append(f"{percent_exact(pct)} de {number(electors)} électeurs inscrits = {number(from_pct)} "
                     "signatures (arrondi au-dessus)")
    if v.petition_signatures is not None:
        trace.append(cite_param(key, v, v.petition_signatures, day))
        parts.append(f"chiffre du pacte : {number(absolute or 0)} signatures")
    which = "le chiffre absolu" if applied == "absolu" else "le pourcentage"
    why = f"{v.title} : {' ; '.join(parts)} ; {which} s'applique : {number(required)} signatures."
    return Decision(required, why, tuple(trace))


@rule("Le résultat d'une votation : adopté à la majorité des suffrages exprimés si la "
      "participation atteint le quorum du pacte et si les oui atteignent le minimum du pacte.",
      clause=KEY, params=("quorum_pct", "minimum_oui"), articles=("LO1112-7",), seeds=(SEED,))
def vote_outcome(v: VoteProcedure, electors: int, yes: int, no: int, voters: int | None = None,
                 day: date | None = None) -> Decision[bool]:
    """Dépouillement d'une votation : même compte que toute votation du pacte (quorum absent =
    aucun quorum), puis le nombre minimal de oui s'il est fixé."""
    key = item_key(v)
    quorum = v.quorum_pct.at(day) if v.quorum_pct is not None else 0.0
    count = count_vote(yes, no, electors, quorum, voters)
    trace = [cite_param(key, v, v.quorum_pct, day)] if v.quorum_pct is not None else []
    min_yes = v.min_yes.at(day) if v.min_yes is not None else 0
    if v.min_yes is not None:
        trace.append(cite_param(key, v, v.min_yes, day))
    enough = yes >= min_yes
    adopted = count.adopted and enough
    if not count.quorum_met:
        verdict = "non adopté, faute de quorum"
    elif not count.majority:
        verdict = "rejeté (le oui n'a pas la majorité des suffrages exprimés)"
    elif not enough:
        verdict = (f"non adopté : {number(yes)} oui, moins que les {number(min_yes)} oui exigés "
                   "par le pacte")
    else:
        verdict = "adopté"
    why = f"{v.title} : {number(yes)} oui contre {number(no)} non ({count.quorum_sentence()}) : {verdict}."
    return Decision(adopted, why, tuple(trace))


@rule("Les dates fixes d'une votation qui tombent dans une période sans scrutin local "
      "(campagnes électorales, six mois avant le renouvellement).", clause=KEY,
      params=("dates_fixes",), articles=("LO1112-6", "L1112-21"), seeds=(SEED,))
def fixed_dates_in_blackout(v: VoteProcedure, scenario: Scenario) -> list[CancelledDay]:
    """Chaque date fixée d'avance par le pacte, confrontée aux périodes interdites de la loi
    (mêmes fenêtres que la grille des votations propositionnelles)."""
    out = []
    for day in sorted(v.fixed_dates.at() if v.fixed_dates is not None else []):
        window = in_blackout(scenario, day)
        if window is not None:
            out.append(CancelledDay(day, window.name))
    return out


@rule("Les années où les dates fixes d'une votation dépassent le plafond annuel du pacte.",
      clause=KEY, params=("dates_fixes", "max_par_an"), seeds=(SEED,))
def years_over_cap(v: VoteProcedure) -> dict[int, int]:
    """{année: nombre de dates fixes} pour chaque année qui en compte plus que « max_par_an »."""
    if v.fixed_dates is None or v.max_per_year is None:
        return {}
    per_year = Counter(d.year for d in v.fixed_dates.at())
    cap = v.max_per_year.at()
    return {year: n for year, n in sorted(per_year.items()) if n > cap}


@rule("Le délai légal entre deux votes sur le même objet, en mois (un an : LO1112-6, L1112-21).",
      articles=("LO1112-6", "L1112-21"), seeds=("000_721ebb8a9b1c3e2a.txt § Référendums municipaux",))
def legal_spacing_months(law: Law) -> int:
    """Un an entre deux référendums ou consultations sur le même objet, lu dans la base légale."""
    return 12 * law.int_number("LO1112-6", "espacement_meme_objet_annees")


@rule("L'espacement du pacte entre deux votes sur le même objet est-il plus court que l'an "
      "de la loi ? (None : le pacte ne le dit pas.)", clause=KEY,
      params=("espacement_meme_objet_mois",), articles=("LO1112-6", "L1112-21"), seeds=(SEED,))
def spacing_below_law(v: VoteProcedure, law: Law) -> Decision[bool | None]:
    """Compare « espacement_meme_objet_mois » au délai légal d'un an (LO1112-6, L1112-21)."""
    legal = legal_spacing_months(law)
    cite = cite_law("LO1112-6", f"{legal} mois entre deux votes sur le même objet")
    if v.spacing_months is None:
        return Decision(None, f"{v.title} : le pacte ne fixe pas d'espacement ; la loi impose "
                        f"{legal} mois entre deux votes légaux sur le même objet.", (cite,))
    months = v.spacing_months.at()
    below = months < legal
    why = (f"{v.title} : {months} mois entre deux votes sur le même objet, "
           + (f"moins que les {legal} mois de la loi." if below else f"au moins les {legal} mois de la loi."))
    return Decision(below, why, (cite_param(item_key(v), v, v.spacing_months), cite))



@rule("Les jours de vote par an d'une votation : un tous les N mois (12 / N par an), au plus le "
      "plafond annuel du pacte ; inconnu si le pacte ne fixe ni l'un ni l'autre.", clause=KEY,
      params=("periodicite_mois", "max_par_an"), seeds=(SEED,))
def vote_days_per_year(v: VoteProcedure, day: date | None = None) -> Decision[int | None]:
    """Nombre de jours de vote par an que permet le pacte (regroupement et plafond) : le
    chiffre qu'un tableau des coûts multiplie par le coût d'un scrutin."""
    key = item_key(v)
    trace, counts = [], []
    if v.period_months is not None:
        trace.append(cite_param(key, v, v.period_months, day))
        counts.append(12 // v.period_months.at(day))
    if v.max_per_year is not None:
        trace.append(cite_param(key, v, v.max_per_year, day))
        counts.append(v.max_per_year.at(day))
    if not counts:
        return Decision(None, f"{v.title} : le pacte ne regroupe ni ne plafonne les votes.", ())
    n = min(counts)
    return Decision(n, f"{v.title} : au plus {n} jour(s) de vote par an.", tuple(trace))


#: the day of the week French polls are held on (Code électoral L55: a Sunday)
POLLING_WEEKDAY = "dimanche"


@rule("Les jours de vote groupés d'une votation de la liste : le premier dimanche après chaque "
      "période de « periodicite_mois » mois depuis l'installation du conseil ; sous le régime "
      "de la loi, un jour en période sans scrutin local est retiré.",
      clause=KEY, params=("periodicite_mois",), articles=("LO1112-6", "L1112-21"),
      seeds=(SEED,))
def grouped_days(v: VoteProcedure, scenario: Scenario, regime: str = "loi") -> list[date]:
    """The grouped polling days of ``v`` within the mandate (none if it is not grouped)."""
    if v.period_months is None:
        return []
    start, end = scenario.mandate.start, scenario.mandate.end
    out, k = [], 1
    while (day := next_weekday_on_or_after(
            add_months(start, k * v.period_months.at(start)), POLLING_WEEKDAY)) < end:
        if not (regime == "loi" and in_blackout(scenario, day)):
            out.append(day)
        k += 1
    return out
