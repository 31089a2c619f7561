"""The powers of the list families (issue 9 § 1): each body drawn by lot
(« assemblees_tirees_au_sort ») and each vote (« votations »).

A body drawn by lot is appointed by lot among the inhabitants and gives opinions, proposes,
refers matters to the council or audits — as a comité consultatif (L2143-2); co-decision is
drawn, but labelled as contrary to L2121-29. A vote is triggered by a petition, the council,
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
        if "avis" in chosen:
            b.grant(node, "conseil_municipal", "conseille", "rend des avis", powers, force="avis")
        if "initiative" in chosen:
            b.grant(node, "conseil_municipal", "propose", "propose des délibérations", powers)
        if "saisine_du_conseil" in chosen:
            b.grant(node, "conseil_municipal", "propose", "saisit le conseil municipal", powers)
        if "audit" in chosen:
            b.grant(node, "binomes", "audite", "audite l'action des élu·es", powers)
        if "codecision" in chosen:
            b.grant(node, "deliberations", "decide",
                    "codécide (contraire à L2121-29 : le conseil décide seul)", powers)


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
