"""The citizen's view of power (`pacte pouvoirs`, the dashboard's « Pouvoirs » page): the
questions a citizen asks (:mod:`engine.powers.questions`), each power marked when the verifier
calls it a conflict with the law, and the « qui décide quoi » table with the same marks.

The join is here because only the report layer sees both the power graph and the verifier:
a legal finding is judged aspect by aspect (:mod:`engine.verifier.legal.aspects`); each aspect
that can be a conflict names below the parameters that grant the power it judges, and the
powers citing those parameters (through :func:`~engine.procedures.trace.param_path`, never a
path typed by hand) carry the finding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from engine.model.pact import item_key

if TYPE_CHECKING:  # pragma: no cover
    from engine.model.clause import Clause
    from engine.model.law import Law
    from engine.model.pact import Pact
    from engine.model.scenario import Scenario
    from engine.powers.graph import Power, PowerGraph
    from engine.powers.questions import Question
    from engine.verifier.findings import Finding

ParamsOf = Callable[[Any], tuple[Any, ...]]

#: (clause family, aspect the verifier judges) → the parameters that grant the judged power,
#: and the kinds of power concerned (``None``: every power citing them). An aspect judged
#: « conflit » marks the power as forbidden by the law, one judged « à vérifier » as a
#: question the law base cannot settle.
CONFLICT_PARAMS: dict[tuple[str, str], tuple[ParamsOf, frozenset[str] | None]] = {
    ("votation_propositionnelle", "resultat"): (lambda c: (c.result_binding,), None),
    ("votation_abrogatoire", "resultat"): (lambda c: (c.result_binding,), None),
    ("votation_abrogatoire", "suspension"): (lambda c: (c.suspends_execution,), None),
    ("conseil_citoyen", "statut"): (lambda c: (c.decision_powers,), frozenset({"decide"})),
    ("conseil_citoyen", "revocation"): (lambda c: (c.can_request_revocation,), None),
    ("consultation_revocation", "revocation"): (lambda c: (c.outcome_if_yes,), None),
    ("consultation_revocation", "effet"): (lambda c: (c.outcome_if_yes,), None),
    ("conseils_de_quartier", "budget"): (lambda c: (c.decision_powers,), frozenset({"decide"})),
    ("ppi", "vote"): (lambda c: (c.council_ratifies,), None),
    ("pluihd", "approbation"): (lambda c: (c.citizen_council_approval,), None),
    ("commissions", "pouvoirs"): (lambda c: (c.decision_powers,), frozenset({"decide"})),
    ("budget_participatif", "budget"): (lambda c: (c.result_binding,), frozenset({"decide"})),
    ("rotation", "automaticite"): (lambda c: (c.period_months,), None),
    ("referendum_municipal", "conditions"): (lambda c: (c.follow_without_quorum,), None),
    ("votations", "resultat"): (lambda c: (c.follow_up,), frozenset({"decide"})),
    ("pluihd", "referendum"): (lambda c: (c.referendum_on_conflict,), None),
    ("pouvoirs_du_maire", "delegations"): (lambda c: (c.granted,), frozenset({"decide"})),
    ("assemblees_tirees_au_sort", "pouvoirs"): (lambda c: (c.powers,), frozenset({"decide"})),
}


@dataclass(frozen=True)
class Conflict:
    """A power the verifier calls a conflict with the law (or « à vérifier »): the finding,
    the aspect, its verdict, why."""

    finding: str
    clause: str
    aspect: str
    label: str
    explanation: str
    articles: tuple[str, ...]
    confidence: str
    verdict: str = "conflit"

    def as_dict(self) -> dict[str, Any]:
        return {"finding": self.finding, "clause": self.clause, "aspect": self.aspect,
                "verdict": self.verdict, "label": self.label, "explanation": self.explanation,
                "articles": list(self.articles), "confidence": self.confidence}


def _clauses(pact: Pact) -> dict[str, Clause]:
    """Every clause of the pact by the key its finding is filed under (list items by id)."""
    out: dict[str, Clause] = dict(pact.clauses())
    for item in (*pact.votes, *pact.assemblies):
        out[item_key(item)] = item
    return out


def conflicts(pact: Pact, found: list[Finding], graph: PowerGraph | None = None
              ) -> dict[tuple[str, str, str, str], list[Conflict]]:
    """Les pouvoirs (par leur clé) que le vérificateur juge en conflit avec la loi ou « à
    vérifier » : pour chaque aspect ainsi jugé d'un constat juridique, les pouvoirs qui
    citent le paramètre jugé. Un aspect qui ne porte sur aucun pouvoir (dates, nombre de
    séances…) n'en marque aucun."""
    from engine.powers.from_pact import build
    from engine.procedures.trace import param_path

    graph = build(pact) if graph is None else graph
    clauses = _clauses(pact)
    out: dict[tuple[str, str, str, str], list[Conflict]] = {}
    for f in found:
        if f.kind != "legal" or f.clause not in clauses:
            continue
        clause = clauses[f.clause]
        family = f.clause.split(".")[0]
        for a in f.details.get("aspects", []):
            entry = CONFLICT_PARAMS.get((family, a["aspect"]))
            if a["verdict"] not in ("conflit", "a_verifier") or entry is None:
                continue
            params_of, kinds = entry
            paths = {param_path(f.clause, clause, p) for p in params_of(clause) if p is not None}
            mark = Conflict(f.id, f.clause, a["aspect"], a["label"], a["explanation"],
                            tuple(a["articles"]), a["confidence"], a["verdict"])
            for p in graph.powers:
                if p.clause in paths and (kinds is None or p.kind in kinds):
                    out.setdefault(p.key, []).append(mark)
    return out


def _split(marks: dict[tuple[str, str, str, str], list[Conflict]], p: Power
           ) -> tuple[list[Conflict], list[Conflict]]:
    """The conflicts of a power, and what is to be verified about it."""
    found = marks.get(p.key, [])
    return ([c for c in found if c.verdict == "conflit"],
            [c for c in found if c.verdict == "a_verifier"])


def _edge(p: Power, marks: dict[tuple[str, str, str, str], list[Conflict]]) -> dict[str, Any]:
    """A power as JSON, with « conflit_avec_la_loi », « a_verifier » and the findings."""
    bad, unsure = _split(marks, p)
    return {**p.as_dict(), "conflit_avec_la_loi": bool(bad),
            "conflicts": [c.as_dict() for c in bad], "a_verifier": bool(unsure),
            "to_verify": [c.as_dict() for c in unsure]}


def question_dict(q: Question, marks: dict[tuple[str, str, str, str], list[Conflict]]
                  ) -> dict[str, Any]:
    """A question as JSON: its paths, each power marked, and the conflicts of each path."""
    out = q.as_dict()
    for path, data in zip(q.paths, out["paths"], strict=True):
        data["edges"] = [_edge(p, marks) for p in path.powers]
        seen = {c.finding + c.aspect: c for p in path.powers for c in _split(marks, p)[0]}
        unsure = {c.finding + c.aspect: c for p in path.powers for c in _split(marks, p)[1]}
        data["conflicts"] = [c.as_dict() for c in seen.values()]
        data["conflit_avec_la_loi"] = bool(seen)
        data["to_verify"] = [c.as_dict() for c in unsure.values()]
    out["conflicts"] = len({c["finding"] + c["aspect"] for d in out["paths"]
                            for c in d["conflicts"]})
    return out


def decisions(g: PowerGraph, marks: dict[tuple[str, str, str, str], list[Conflict]]
              ) -> list[dict[str, Any]]:
    """« Qui décide quoi » : chaque décision, ses décideurs, et ceux dont le pouvoir de
    décider est en conflit avec la loi (constat et articles)."""
    from engine.powers.analysis import concentration

    out = []
    for d in concentration(g).decisions:
        who = []
        for p in g.edges_to(d.decision, "decide"):
            found = _split(marks, p)[0]
            who.append({"body": p.source, "label": g.label(p.source), "power": p.label,
                        "force": p.force, "conflit_avec_la_loi": bool(found),
                        "conflicts": [c.as_dict() for c in found]})
        out.append({"decision": d.decision, "label": d.label, "deciders": who,
                    "alone": d.alone, "gatekeepers": list(d.gatekeepers),
                    "conflit_avec_la_loi": any(w["conflit_avec_la_loi"] for w in who)})
    return out


def citizen_view(pact: Pact, scenario: Scenario, law: Law | None = None,
                 graph: PowerGraph | None = None) -> dict[str, Any]:
    """Ce que le citoyen demande : les questions (chemins, chiffres, pouvoirs marqués), le
    tableau « qui décide quoi », les pouvoirs que la loi interdit et ceux que la base de
    droit ne permet pas de trancher (« à vérifier »), avec leur constat."""
    from engine.io.law import load_law
    from engine.powers.from_pact import build
    from engine.powers.questions import questions
    from engine.verifier.legal import check_legal

    law = load_law() if law is None else law
    g = build(pact) if graph is None else graph
    marks = conflicts(pact, check_legal(pact, scenario, law), g)
    unlawful = [_edge(p, marks) for p in g.powers if _split(marks, p)[0]]
    unsure = [_edge(p, marks) for p in g.powers if _split(marks, p)[1]]
    return {"questions": [question_dict(q, marks) for q in questions(g, pact, scenario, law)],
            "decisions": decisions(g, marks), "unlawful_powers": unlawful,
            "powers_to_verify": unsure}


def report(pact: Pact, scenario: Scenario, law: Law | None = None) -> dict[str, Any]:
    """Le JSON de ``pacte pouvoirs --format json`` : les analyses du graphe
    (:func:`engine.powers.analyse`), chaque pouvoir marqué « conflit_avec_la_loi », puis la
    vue du citoyen (questions, qui décide quoi, pouvoirs interdits)."""
    from engine.powers import analyse, build

    g = build(pact)
    view = citizen_view(pact, scenario, law, g)
    data = analyse(g)
    marked = {(e["from"], e["to"], e["kind"], e["clause"]) for e in view["unlawful_powers"]}
    unsure = {(e["from"], e["to"], e["kind"], e["clause"]) for e in view["powers_to_verify"]}
    for edge in data["edges"]:
        key = (edge["from"], edge["to"], edge["kind"], edge["clause"])
        edge["conflit_avec_la_loi"] = key in marked
        edge["a_verifier"] = key in unsure
    return {**data, **view}


def clause_titles(pact: Pact) -> dict[str, str]:
    """The human title of every clause and list item, by key (« loi » : « la loi (CGCT) »)."""
    out = {key: c.title for key, c in _clauses(pact).items()}
    out["loi"] = "la loi (CGCT)"
    return out


def headline(data: dict[str, Any], g: PowerGraph) -> list[str]:
    """Les deux phrases qui répondent à « qui a le pouvoir ? », avec leurs chiffres : ce que
    les citoyen·nes peuvent porter au vote (et qui décide seul·e du reste), puis les pouvoirs
    du pacte que la loi interdit. ``data`` : :func:`report`."""
    from engine.core.fr import plural

    decisions = len({v["decision"] for v in data["citizen_votes"]})
    if decisions:
        first = (f"Avec ce pacte, les citoyen·nes peuvent porter au vote "
                 f"{plural(decisions, 'type')} de décision")
    elif advisory := len(data.get("citizen_advisory_votes", [])):
        first = (f"Avec ce pacte, les citoyen·nes peuvent déclencher "
                 f"{plural(advisory, 'vote consultatif', 'votes consultatifs')}, mais aucun vote "
                 "qui décide")
    else:
        first = "Avec ce pacte, les citoyen·nes ne peuvent porter aucune décision au vote eux-mêmes"
    alone: dict[str, int] = {}
    for d in data["concentration"]["decisions"]:
        if d["alone"]:
            alone[d["alone"]] = alone.get(d["alone"], 0) + 1
    if alone:
        who, k = max(alone.items(), key=lambda kv: kv[1])
        first += f" ; {g.label(who)} décide seul·e de {plural(k, 'autre', 'autres')}"
    unlawful = {(c["finding"], c["aspect"]) for e in data["unlawful_powers"]
                for c in e["conflicts"]}
    n = len(unlawful)
    second = (f"{plural(n, 'pouvoir')} que donne le pacte {'est' if n < 2 else 'sont'} en "
              "conflit avec la loi selon le vérificateur." if n else
              "Aucun pouvoir que donne le pacte n'est en conflit avec la loi selon le vérificateur.")
    return [first + ".", second]
