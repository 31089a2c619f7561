"""The powers of the list families (issue 9 § 1): each body drawn by lot
(« assemblees_tirees_au_sort ») and each vote (« votations »).

A body drawn by lot is appointed by lot among the inhabitants and gives opinions, proposes,
refers matters to the council or audits — as a comité consultatif (L2143-2); co-decision is
drawn, but labelled as contrary to L2121-29. Its « domaines » (budget, urbanisme) point its
opinions, proposals and co-decisions at that decision rather than at every deliberation, so
that « Qui décide du budget ? » and « Qui décide de l'urbanisme ? » find it. A vote is triggered by a petition, the council,
the mayor or a body drawn by lot; its result decides only as a political commitment of the
council (LO1112-7 binds only a decisional referendum with half the electors voting).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine.model.pact import item_key
from engine.powers.builder import num
from engine.powers.graph import CITIZENS, ELECTORS
from engine.procedures.trace import cite_param

if TYPE_CHECKING:  # pragma: no cover
    from engine.model.pact import Assembly, VoteProcedure
    from engine.powers.builder import GraphBuilder
    from engine.procedures.trace import Citation

#: the node of the local urban plan, when a body drawn by lot works on it
PLAN = "plu"
#: where the law base says who approves the plan (rules/cgct/urbanisme.yaml)
LEGAL_PLAN = "code de l'urbanisme L153-21 (hors LEGAL.md, confiance faible)"


def body_id(a: Assembly) -> str:
    """The graph node of a body drawn by lot."""
    return f"assemblee_{a.id}"


def add_assemblies(b: GraphBuilder) -> None:
    """Liste « assemblees_tirees_au_sort » : chaque assemblée, tirée au sort parmi les
    habitant·es, et les pouvoirs que le pacte lui donne."""
    for a in b.pact.assemblies:
        key, node = item_key(a), body_id(a)
        members = cite_param(key, a, a.members, b.day)
        b.body(node, f"{a.title} ({members.value} tiré·es au sort)", "instance_citoyenne", key)
        renewal = (f", renouvelée tous les {b.value(a.renewal_months)} mois"
                   if a.renewal_months is not None else "")
        b.grant(CITIZENS, node, "nomme", f"tirage au sort de {members.value} habitant·es{renewal}",
                members)
        powers = cite_param(key, a, a.powers, b.day)
        chosen = set(powers.value)
        if "audit" in chosen:
            b.grant(node, "binomes", "audite", "audite l'action des élu·es", powers)
        domains = [] if a.domains is None else cite_param(key, a, a.domains, b.day).value
        if not domains:  # none named: every deliberation of the council
            _general_powers(b, node, chosen, powers)
        for domain in domains:
            _domain_powers(b, node, domain, chosen, powers)


def _general_powers(b: GraphBuilder, node: str, chosen: set[str], powers: Citation) -> None:
    """Powers over every deliberation of the council (no « domaines » given)."""
    if "avis" in chosen:
        b.grant(node, "conseil_municipal", "conseille", "rend des avis", powers, force="avis")
    if "initiative" in chosen:
        b.grant(node, "conseil_municipal", "propose", "propose des délibérations", powers)
    if "saisine_du_conseil" in chosen:
        b.grant(node, "conseil_municipal", "propose", "saisit le conseil municipal", powers)
    if "codecision" in chosen:
        b.grant(node, "deliberations", "decide",
                "codécide (contraire à L2121-29 : le conseil décide seul)", powers)


#: the decision a domain of « domaines » names: its node, what the council decides alone, the
#: law that says so, and its section of the law base
DOMAINS = {
    "budget": ("budget", "le conseil vote seul le budget (L2312-1)"),
    "urbanisme": (PLAN, "le conseil approuve seul le PLU (L153-21 du code de l'urbanisme)"),
}


def _domain_powers(b: GraphBuilder, node: str, domain: str, chosen: set[str],
                   powers: Citation) -> None:
    """Powers over one domain: opinions and proposals on its decision, and a co-decision
    that the law leaves to the council alone."""
    target, alone = DOMAINS[domain]
    if target == PLAN and PLAN not in b.graph.bodies:
        b.body(PLAN, "Plan local d'urbanisme (élaboration, révision)", "decision")
        b.law("conseil_municipal", PLAN, "decide",
              "approuve le PLU à l'issue de l'enquête publique", ("CU-L153-21",), LEGAL_PLAN)
    if "avis" in chosen:
        b.grant(node, target, "conseille", "rend des avis", powers, force="avis")
    if chosen & {"initiative", "saisine_du_conseil"}:
        b.grant(node, target, "propose", "élabore des propositions", powers)
    if "codecision" in chosen:
        b.grant(node, target, "decide", f"codécide (contraire à la loi : {alone})", powers)


def _triggers(b: GraphBuilder, v: VoteProcedure, node: str) -> None:
    key = item_key(v)
    triggers = cite_param(key, v, v.triggers, b.day)
    for who in triggers.value:
        if who == "petition":
            parts, cited = [], triggers
            if v.petition_signatures is not None:
                cited = cite_param(key, v, v.petition_signatures, b.day)
                parts.append(f"{num(cited.value)} signatures")
            if v.petition_pct is not None:
                cited = cite_param(key, v, v.petition_pct, b.day)
                parts.append(f"{num(cited.value)} % des électeur·rices inscrit·es")
            b.grant(ELECTORS, node, "declenche", "pétition" + (f" ({' ou '.join(parts)})"
                                                              if parts else ""), cited)
        elif who in ("conseil", "maire"):
            b.grant("conseil_municipal" if who == "conseil" else "maire", node, "declenche",
                    "organise le vote", triggers)
        else:
            named = b.value(v.trigger_body) if v.trigger_body is not None else None
            ids = [body_id(a) for a in b.pact.assemblies if named in (None, a.id)]
            for target in ids:
                b.grant(target, node, "declenche", "demande le vote", triggers)


def add_votes(b: GraphBuilder) -> None:
    """Liste « votations » : qui déclenche chaque vote, et ce que le conseil fait du
    résultat (engagement politique de l'adopter, ou simple avis)."""
    for v in b.pact.votes:
        key, node = item_key(v), f"votation_{v.id}"
        b.body(node, v.title, "scrutin", key)
        _triggers(b, v, node)
        follow = cite_param(key, v, v.follow_up, b.day)
        if follow.value == "adoption_si_oui":
            b.grant(node, "deliberations", "decide", "le conseil s'engage à adopter le oui", follow)
        else:
            b.grant(node, "conseil_municipal", "conseille",
                    "le résultat éclaire le conseil" if follow.value == "avis"
                    else "le résultat est débattu au conseil", follow, force="avis")
