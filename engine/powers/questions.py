"""The questions a citizen asks of a pact's organisation of powers, answered from its graph.

« Qui décide du budget ? », « Comment faire abroger une délibération ? », « Comment mettre une
proposition au vote ? », « Qui contrôle les élu·es ? », « Qui choisit le/la maire ? », « Qui
décide de l'urbanisme ? » — each answered by the paths of the graph that reach the decision
(:mod:`engine.powers.question_paths`), only when the pact or the law base has material for it.
A question's bodies are those of its paths: a small graph, drawn by :mod:`engine.render.dot`
and the dashboard. Whether a power is lawful is the verifier's judgement, joined by
:mod:`engine.report.pouvoirs`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from engine.core.fr import plural
from engine.powers.family_edges import PLAN
from engine.powers.graph import ELECTORS, LAW, ROOTS, Power, PowerGraph
from engine.powers.question_paths import (
    Path,
    abrogation_path,
    chain_text,
    family_vote_path,
    legal_petition_path,
    petition_path,
)
from engine.procedures.trace import param_path

if TYPE_CHECKING:  # pragma: no cover
    from engine.model.law import Law
    from engine.model.pact import Pact
    from engine.model.scenario import Scenario

#: votes that do not carry a citizens' proposal: the investment plan (a budget question), the
#: abrogation of a deliberation, the recall of a pair
NOT_PROPOSALS = frozenset({"vote_ppi", "votation_abrogatoire", "consultation_revocation"})
#: the most bodies a question's small graph may hold (a citizen reads it at a glance)
MAX_NODES = 15


@dataclass(frozen=True)
class Question:
    """A citizen's question, a one-sentence answer with a figure, and the paths behind it."""

    id: str
    question: str
    answer: str
    paths: tuple[Path, ...]

    @property
    def powers(self) -> tuple[Power, ...]:
        seen: dict[tuple[str, str, str, str], Power] = {}
        for path in self.paths:
            for p in path.powers:
                seen.setdefault(p.key, p)
        return tuple(seen.values())

    @property
    def nodes(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for p in self.powers:
            seen.setdefault(p.source, None)
            seen.setdefault(p.target, None)
        return tuple(seen)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "question": self.question, "answer": self.answer,
                "nodes": list(self.nodes), "paths": [
                    {"text": p.text, "force": p.force, "clause": p.clause,
                     "articles": list(p.articles), "figures": p.figures,
                     "edges": [e.as_dict() for e in p.powers]} for p in self.paths]}


@dataclass(frozen=True)
class Inputs:
    """What every question reads: the graph, the pact, its commune and the law base."""

    g: PowerGraph
    pact: Pact
    scenario: Scenario
    law: Law


def _elected(g: PowerGraph) -> tuple[Power, ...]:
    """How the council is chosen: the electors' election (L227)."""
    return tuple(p for p in g.edges_to("conseil_municipal", "nomme") if p.source == ELECTORS)


def _how_chosen(g: PowerGraph, node: str) -> tuple[Power, ...]:
    """The powers that choose or call ``node``: the triggers of a vote, the drawing or opening
    of a citizens' body, the law's election of an elected body."""
    kind = g.bodies[node].kind
    if kind == "scrutin":
        return tuple(p for p in g.edges_to(node) if p.kind in ("declenche", "propose"))
    if kind == "instance_citoyenne":
        return tuple(p for p in g.edges_to(node, "nomme") if p.source in ROOTS)
    if node == "conseil_municipal":
        return _elected(g)
    if kind in ("elus", "executif"):
        return tuple(p for p in g.edges_to(node, "nomme") if p.clause == LAW)[:1]
    return ()


def _generic(g: PowerGraph, power: Power) -> Path:
    """A power and how its holder is chosen, as one sentence."""
    steps = (*_how_chosen(g, power.source), power)
    return Path(chain_text(g, steps), steps)


def _others(count: int) -> str:
    """« 1 autre instance », « 3 autres instances »."""
    return plural(count, "autre instance", "autres instances")


def _into(g: PowerGraph, targets: set[str], kinds: tuple[str, ...]) -> list[Power]:
    return [p for p in g.powers if p.target in targets and p.kind in kinds]


def budget(x: Inputs) -> Question | None:
    """« Qui décide du budget ? » : le maire propose, le conseil vote (L2312-1, L2311-1), et
    ce que le pacte ajoute (PPI, budgets de quartier, budget participatif)."""
    g = x.g
    targets = {n for n in ("budget", "budgets_quartier", "budget_participatif") if n in g.bodies}
    law = [p for p in _into(g, targets, ("decide", "propose")) if p.clause == LAW]
    pact = [p for p in _into(g, targets, ("decide", "propose")) if p.clause != LAW]
    paths = [Path(chain_text(g, (*_elected(g), *law)), (*_elected(g), *law))]
    bp = x.pact.participatory_budget
    if bp is not None:  # the residents' vote on projects goes to the council as an opinion
        key = x.pact.clause_key(bp)
        pact += [p for p in g.powers if p.clause.split(".")[0] == key and p.source in ROOTS
                 and p not in pact]
    paths += [_generic(g, p) for p in pact]
    extra = len({p.source for p in pact} - {"maire", "conseil_municipal"})
    answer = ("Le conseil municipal vote le budget chaque année, sur proposition du/de la "
              "maire ; " + (f"avec ce pacte, {_others(extra)} y "
                            f"{'prend' if extra < 2 else 'prennent'} part."
                            if extra else "le pacte n'y ajoute aucune autre instance."))
    return Question("budget", "Qui décide du budget ?", answer, tuple(paths))


def abrogation(x: Inputs) -> Question | None:
    """« Comment faire abroger une délibération ? » : la votation abrogatoire du pacte, le
    recours au tribunal et le déféré du préfet (L2131-6, R421-1)."""
    g = x.g
    paths: list[Path] = []
    own = abrogation_path(g, x.pact, x.scenario)
    if own is not None:
        paths.append(own)
    court = [p for p in g.edges_to("tribunal_administratif", "declenche") if p.source in ROOTS]
    annul = [p for p in g.edges_from("tribunal_administratif", "controle_legalite")
             if p.target == "conseil_municipal"]
    if court:
        paths.append(Path(chain_text(g, (*court, *annul)), (*court, *annul)))
    asked = [p for p in g.edges_to("votation_abrogatoire", "propose")
             if g.bodies[p.source].kind == "instance_citoyenne"]
    paths += [_generic(g, p) for p in asked]
    prefect = [p for p in g.edges_from("prefet", "controle_legalite")
               if p.target == "conseil_municipal"]
    paths += [Path(chain_text(g, (p,)), (p,)) for p in prefect]
    if own is not None:
        answer = (f"Avec {plural(own.figures['signatures'], 'signature')}, les habitant·es "
                  f"obtiennent un vote sur l'abrogation, {plural(own.figures['jours_jusqu_au_vote'], 'jour')} "
                  "après la séance dans l'exemple ; sinon, seul le juge annule une délibération "
                  "illégale.")
    else:
        answer = ("Le pacte ne prévoit pas de vote d'abrogation : une délibération illégale "
                  "s'attaque devant le tribunal administratif dans les 2 mois, ou par le préfet.")
    return Question("abrogation", "Comment faire abroger une délibération ?", answer,
                    tuple(paths))


def proposal(x: Inputs) -> Question | None:
    """« Comment mettre une proposition au vote ? » : la votation propositionnelle, les
    votations de la liste, les assemblées qui demandent un vote, le référendum local
    (LO1112-1, à l'initiative du conseil) et la pétition légale (L1112-16)."""
    g, paths = x.g, []
    own = petition_path(g, x.pact, x.scenario, x.law)
    if own is not None:
        paths.append(own)
    for v in x.pact.votes:
        found = family_vote_path(g, v, x.scenario)
        if found is not None:
            paths.append(found)
    asked = [p for p in g.powers if p.kind in ("declenche", "propose")
             and g.bodies[p.target].kind == "scrutin" and p.target not in NOT_PROPOSALS
             and g.bodies[p.source].kind == "instance_citoyenne"]
    paths += [_generic(g, p) for p in asked]
    referendum = [p for p in g.edges_to("referendum_local", "declenche") if p.clause == LAW]
    result = [p for p in g.edges_from("referendum_local", "decide") if p.target == "deliberations"
              and p.clause == LAW]
    if referendum:
        paths.append(Path(chain_text(g, (*referendum, *result)), (*referendum, *result)))
    legal = legal_petition_path(g, x.scenario, x.law)
    if legal is not None:
        paths.append(legal)
    first = next((p for p in paths if p.clause != LAW and "signatures" in p.figures), None)
    if own is not None:
        answer = (f"Avec {plural(own.figures['signatures'], 'signature')} recueillies en "
                  f"{plural(own.figures['mois_de_collecte'], 'mois', 'mois')}, une pétition "
                  "mène à une votation.")
    elif first is not None:
        answer = (f"Avec {plural(first.figures['signatures'], 'signature')}, une pétition mène "
                  f"au vote « {x.g.label(first.powers[0].target)} ».")
    elif legal is not None:
        answer = (f"Le pacte n'ouvre pas de votation d'initiative citoyenne : il faut "
                  f"{plural(legal.figures['signatures'], 'signature')} pour demander au conseil "
                  "d'inscrire une question à son ordre du jour, et seul le conseil convoque un "
                  "référendum.")
    else:
        return None
    return Question("proposition", "Comment mettre une proposition au vote ?", answer,
                    tuple(paths))


def control(x: Inputs) -> Question | None:
    """« Qui contrôle les élu·es ? » : l'élection (L227), les audits du pacte, la
    consultation de révocation, le contrôle de légalité du préfet et du juge (L2131-6)."""
    g = x.g
    held = {n for n, b in g.bodies.items() if b.kind in ("elus", "executif")}
    paths = [Path(chain_text(g, _elected(g)), _elected(g))]
    audits = _into(g, held, ("audite",))
    paths += [_generic(g, p) for p in audits]
    recall = [p for p in _into(g, held, ("nomme",)) if g.bodies[p.source].kind == "scrutin"]
    if recall:
        steps = (*_how_chosen(g, recall[0].source), *recall)
        paths.append(Path(chain_text(g, steps), steps))
    cc = x.pact.citizen_council
    if cc is not None:
        asks = param_path(x.pact.clause_key(cc), cc, cc.can_request_revocation)
        paths += [_generic(g, p) for p in g.powers if p.clause == asks]
    legality = [p for p in _into(g, held, ("controle_legalite",)) if p.source == "prefet"]
    paths += [Path(chain_text(g, (p,)), (p,)) for p in legality]
    auditors = sorted({p.source for p in audits})
    answer = ("Les électeur·rices élisent le conseil municipal pour 6 ans ; entre deux "
              + (f"élections, {plural(len(auditors), 'instance')} du pacte "
                 f"{'audite' if len(auditors) < 2 else 'auditent'} les élu·es."
                 if auditors else "élections, seuls le préfet et le juge contrôlent la légalité "
                 "de leurs actes."))
    return Question("controle", "Qui contrôle les élu·es ?", answer, tuple(paths))


def mayor(x: Inputs) -> Question | None:
    """« Qui choisit le/la maire ? » : les électeur·rices élisent le conseil, qui élit le
    maire (L2122-4, L2122-7) ; la rotation et la révocation du pacte."""
    g = x.g
    chosen = g.edges_to("maire", "nomme")
    law = [p for p in chosen if p.clause == LAW]
    paths = [Path(chain_text(g, (*_elected(g), *law)), (*_elected(g), *law))]
    for p in chosen:
        if p.clause != LAW:
            paths.append(_generic(g, p))
    others = len([p for p in chosen if p.clause != LAW])
    answer = ("Le conseil municipal élit le/la maire parmi ses membres, au scrutin secret ; "
              + (f"le pacte y ajoute {plural(others, 'autre voie', 'autres voies')}."
                 if others else "le pacte n'y ajoute rien."))
    return Question("maire", "Qui choisit le/la maire ?", answer, tuple(paths))


def planning(x: Inputs) -> Question | None:
    """« Qui décide de l'urbanisme (permis, PLU) ? » : seulement si le pacte en parle
    (permis de construire du maire, CU L422-1 ; avis de la commune sur le PLUiHD ; le PLU
    qu'une assemblée tirée au sort prépare, CU L153-21)."""
    g = x.g
    targets = {n for n in ("permis_de_construire", "pluihd", PLAN) if n in g.bodies}
    if not targets:
        return None
    into = _into(g, targets, ("decide", "propose", "conseille"))
    opinions = [p for p in g.edges_to("maire", "conseille") if "permis" in p.clause]
    paths = [_generic(g, p) for p in (*into, *opinions)]
    extra = len({p.source for p in (*into, *opinions) if p.clause != LAW}
                - {"maire", "conseil_municipal"})
    law = []
    if "permis_de_construire" in targets:
        law.append("le/la maire délivre seul·e les permis de construire")
    if "pluihd" in targets:
        law.append("le conseil municipal rend l'avis de la commune sur le PLU intercommunal, "
                   "que l'intercommunalité approuve")
    if PLAN in targets:
        law.append("le conseil municipal approuve le plan local d'urbanisme, après l'enquête "
                   "publique")
    answer = (" ; ".join(law) + " ; " + (f"avec ce pacte, {_others(extra)} y "
                                          f"{'prend' if extra < 2 else 'prennent'} part."
                                          if extra else "le pacte n'y ajoute aucune instance."))
    answer = answer[0].upper() + answer[1:]
    return Question("urbanisme", "Qui décide de l'urbanisme (permis, PLU) ?", answer,
                    tuple(paths))


#: the questions, in the order a citizen reads them
QUESTIONS: tuple[Callable[[Inputs], Question | None], ...] = (
    budget, abrogation, proposal, control, mayor, planning)


def questions(g: PowerGraph, pact: Pact, scenario: Scenario, law: Law) -> list[Question]:
    """Les questions auxquelles le pacte et la base de droit donnent matière, chacune avec ses
    chemins (figures calculées par les règles de :mod:`engine.procedures`)."""
    x = Inputs(g, pact, scenario, law)
    return [q for q in (ask(x) for ask in QUESTIONS) if q is not None and q.paths]
