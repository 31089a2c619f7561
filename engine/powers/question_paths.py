"""The paths a citizen asks about, in plain French sentences: each one a chain of powers of the
graph (who calls a vote, who decides) with the figures the pact gives it — signatures,
months, days — computed by the rules of :mod:`engine.procedures`, never here.

A :class:`Path` carries its powers (for the small graph), its weakest force (droit du CGCT,
engagement du pacte, simple avis), the clause it comes from and the articles cited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from engine.core.calendar import add_months, format_date
from engine.core.fr import format_amount, number, plural
from engine.powers.graph import ELECTORS, LAW, Force, Power, PowerGraph

if TYPE_CHECKING:  # pragma: no cover
    from engine.model.law import Law
    from engine.model.pact import Pact, VoteProcedure
    from engine.model.scenario import Scenario

#: the list families, whose items are cited « <famille>.<id> »
_LIST_FAMILIES = ("votations", "assemblees_tirees_au_sort")
#: the weakest force wins: a path is a right only if every step is one
_FORCE_ORDER: tuple[Force, ...] = ("avis", "engagement", "droit")
#: the regime of the dated examples: the pact's delays, bounded by the law (blackouts, LO1112-3)
EXAMPLE_REGIME = "loi"
#: how far into the mandate the dated examples start (a year after the installation)
EXAMPLE_MONTHS_AFTER_START = 12


@dataclass(frozen=True)
class Path:
    """One way to reach a decision: a sentence, the powers it follows, their force and sources."""

    text: str
    powers: tuple[Power, ...]
    figures: dict[str, Any] = field(default_factory=dict)

    @property
    def force(self) -> Force:
        return min((p.force for p in self.powers), key=_FORCE_ORDER.index)

    @property
    def clause(self) -> str:
        """The pact clause the path comes from (« loi » when every step is the CGCT's); an
        item of a list family is named with its id (« votations.ric-local »)."""
        for p in self.powers:
            if p.clause == LAW:
                continue
            parts = p.clause.split(".")
            return ".".join(parts[:2]) if parts[0] in _LIST_FAMILIES else parts[0]
        return LAW

    @property
    def articles(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for p in self.powers:
            for article in p.legal_basis:
                seen.setdefault(article, None)
        return tuple(seen)


def example_day(scenario: Scenario) -> date:
    """The day the dated examples start from: a year after the council's installation."""
    return add_months(scenario.mandate.start, EXAMPLE_MONTHS_AFTER_START)


def step_text(g: PowerGraph, p: Power) -> str:
    """« Conseil municipal : vote le budget chaque année »."""
    return f"{g.label(p.source)} : {p.label}"


def chain_text(g: PowerGraph, powers: tuple[Power, ...]) -> str:
    """The steps of a path joined into one sentence (a step said twice is said once: the
    same power over the pair and the pair maire)."""
    return " ; ".join(dict.fromkeys(step_text(g, p) for p in powers)) + "."


def _edge(g: PowerGraph, src: str, dst: str, kind: str) -> Power | None:
    return next((p for p in g.powers if (p.source, p.target, p.kind) == (src, dst, kind)), None)


def _outcome(g: PowerGraph, scrutin: str) -> list[Power]:
    """What a vote's result does: decides (a commitment) or informs the council (an opinion)."""
    return [p for p in g.edges_from(scrutin) if p.kind in ("decide", "conseille", "nomme")]


def petition_path(g: PowerGraph, pact: Pact, scenario: Scenario, law: Law) -> Path | None:
    """Clause « votation_propositionnelle » : les signatures exigées (règle
    ``petition.signatures_required``), la durée de collecte, et un exemple daté de la pétition
    jusqu'au vote (``petition.petition_timeline``, délais du pacte bornés par la loi)."""
    from engine.procedures.commune import legal_petition_signatures
    from engine.procedures.petition import petition_timeline, signatures_required

    c = pact.petition
    trigger = next((p for p in g.edges_to("votation_propositionnelle", "declenche")), None)
    if c is None or trigger is None:
        return None
    t = signatures_required(pact, scenario).value
    who = "électeur·rices inscrit·es" if trigger.source == ELECTORS else "habitant·es"
    # both start with a vowel sound (h muet): « d'électeur·rices », « d'habitant·es »
    share = f"{format_amount(t.percentage)} % des {number(t.electors)} inscrit·es"
    if t.applied == "absolu":  # the pact's absolute figure overrides the percentage
        share = (f"le minimum fixé par le pacte : {share} n'en donneraient que "
                 f"{number(t.from_percentage)}")
    elif t.absolute is not None:
        share += f", au moins {number(t.absolute)}"
    months = c.collection_months.at()
    submitted = example_day(scenario)
    steps = petition_timeline(pact, scenario, submitted, EXAMPLE_REGIME)
    vote = next((s.day for s in steps if s.event == "votation"), None)
    text = (f"Avec {number(t.required)} signatures d'{who} ({share}) recueillies en "
            f"{plural(months, 'mois', 'mois')}, les {who} obtiennent une votation : le conseil "
            "municipal adopte la proposition telle quelle ou la soumet au vote.")
    figures: dict[str, Any] = {"signatures": t.required, "pourcentage": t.percentage,
                               "inscrits": t.electors, "seuil_absolu": t.absolute,
                               "mois_de_collecte": months, "depot": submitted.isoformat()}
    if vote is not None:
        days = (vote - submitted).days
        text += (f" Exemple : déposée le {format_date(submitted)}, une pétition serait votée le "
                 f"{format_date(vote)}, {plural(days, 'jour')} plus tard.")
        figures |= {"vote": vote.isoformat(), "jours_jusqu_au_vote": days}
    else:
        text += (f" Déposée le {format_date(submitted)}, une pétition ne trouverait aucun jour de "
                 "votation avant la fin du mandat.")
    outcome = _outcome(g, "votation_propositionnelle")
    text += "".join(f" {p.label[0].upper()}{p.label[1:]}." for p in outcome
                    if p.source == "votation_propositionnelle")
    legal = legal_petition_signatures(t.electors, law)
    if t.required < legal:
        text += (f" La loi ne donne un droit qu'à partir de {number(legal)} signatures (un "
                 "dixième des inscrit·es, L1112-16), et seulement celui d'une inscription à "
                 "l'ordre du jour.")
    figures["signatures_legales"] = legal
    decide = _edge(g, "conseil_municipal", "votation_propositionnelle", "decide")
    powers = (trigger, *((decide,) if decide else ()), *outcome)
    return Path(text, powers, figures)


def abrogation_path(g: PowerGraph, pact: Pact, scenario: Scenario) -> Path | None:
    """Clause « votation_abrogatoire » : la demande, les signatures (part des inscrit·es par
    ``abrogation.share_of_electors_pct``) et un exemple daté de la séance au vote, avec la
    suspension de l'exécution (``abrogation.abrogation_path``)."""
    from engine.procedures.abrogation import abrogation_path as dated_path
    from engine.procedures.abrogation import share_of_electors_pct
    from engine.procedures.sessions import next_council

    c = pact.abrogation
    trigger = next((p for p in g.edges_to("votation_abrogatoire", "declenche")), None)
    if c is None or trigger is None:
        return None
    council = next_council(pact, scenario, example_day(scenario))
    path = dated_path(pact, scenario, council, regime=EXAMPLE_REGIME)
    need = c.signatures_required.at(council)
    share = share_of_electors_pct(pact, scenario)
    request, collect = c.request_months.at(council), c.collection_months.at(council)
    days = (path.vote_day - council).days
    within = "le mois qui suit" if request == 1 else f"les {number(request)} mois qui suivent"
    text = (f"Dans {within} la séance, les habitant·es "
            f"annoncent une demande ; avec {number(need)} signatures ({format_amount(share)} % "
            f"des inscrit·es) recueillies en {plural(collect, 'mois', 'mois')}, le conseil "
            f"organise un vote sur l'abrogation. Exemple : pour une délibération du "
            f"{format_date(council)}, le vote aurait lieu le {format_date(path.vote_day)}, "
            f"{plural(days, 'jour')} après la séance.")
    figures: dict[str, Any] = {"signatures": need, "part_des_inscrits_pct": share,
                               "mois_pour_demander": request, "mois_de_collecte": collect,
                               "seance": council.isoformat(), "vote": path.vote_day.isoformat(),
                               "jours_jusqu_au_vote": days}
    outcome = _outcome(g, "votation_abrogatoire")
    text += "".join(f" {p.label[0].upper()}{p.label[1:]}." for p in outcome)
    suspension = _edge(g, trigger.source, "deliberations", "controle_legalite")
    suspended = path.suspension.get("oui")
    if suspension is not None and suspended is not None:
        span = (suspended[1] - suspended[0]).days
        text += (f" La demande suspend l'exécution de la délibération jusqu'au vote "
                 f"({plural(span, 'jour')} dans l'exemple).")
        figures["jours_de_suspension"] = span
    powers = (trigger, *outcome, *((suspension,) if suspension else ()))
    return Path(text, powers, figures)


def family_vote_path(g: PowerGraph, v: VoteProcedure, scenario: Scenario) -> Path | None:
    """A vote of the list « votations » that a petition triggers: its signatures by
    ``votes.trigger_signatures`` (the same rule as the votation propositionnelle)."""
    from engine.procedures.votes import trigger_signatures

    node = f"votation_{v.id}"
    trigger = next((p for p in g.edges_to(node, "declenche") if p.source == ELECTORS), None)
    need = trigger_signatures(v, scenario).value
    if trigger is None or need is None:
        return None
    outcome = _outcome(g, node)
    text = (f"Avec {number(need)} signatures d'électeur·rices inscrit·es, les électeur·rices "
            f"obtiennent le vote « {v.title} »"
            + "".join(f" ; {p.label}" for p in outcome) + ".")
    return Path(text, (trigger, *outcome), {"signatures": need})


def legal_petition_path(g: PowerGraph, scenario: Scenario, law: Law) -> Path | None:
    """The CGCT's own petition (L1112-16): a tenth of the electors puts a question on the
    council's agenda (``commune.legal_petition_signatures``); the council stays free."""
    from engine.procedures.commune import legal_petition_signatures

    edge = next((p for p in g.edges_from(ELECTORS, "propose") if p.clause == LAW), None)
    if edge is None:
        return None
    electors = scenario.commune.electors.at()
    legal = legal_petition_signatures(electors, law)
    text = (f"Sans le pacte, la loi donne un droit aux électeur·rices : avec {number(legal)} "
            f"signatures (un dixième des {number(electors)} inscrit·es), demander l'inscription "
            "d'une question à l'ordre du jour du conseil municipal, qui reste libre de décider.")
    return Path(text, (edge,), {"signatures": legal, "inscrits": electors})
