"""The organisation of powers in Graphviz DOT (``pacte pouvoirs --format dot``): shapes and
colours by kind of body and of power, line styles by force. Presentation only: the graph
comes from :mod:`engine.powers`."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from engine.powers.graph import EDGE_KIND_FR, Power, PowerGraph

#: shape and fill colour of each kind of body (also the dashboard's drawing)
NODE_STYLE = {
    "citoyens": ("ellipse", "#fde68a"), "instance_citoyenne": ("ellipse", "#bbf7d0"),
    "elus": ("box", "#bfdbfe"), "executif": ("box", "#93c5fd"), "services": ("box", "#e5e7eb"),
    "etat": ("hexagon", "#fecaca"), "justice": ("hexagon", "#fca5a5"),
    "scrutin": ("diamond", "#fef3c7"), "decision": ("note", "#ffffff"),
}
#: colour of each kind of power
EDGE_COLOR = {
    "propose": "#2563eb", "decide": "#111827", "audite": "#16a34a", "declenche": "#d97706",
    "nomme": "#7c3aed", "conseille": "#6b7280", "controle_legalite": "#dc2626",
}

#: line style of each force: law, political commitment, opinion
LINE_STYLE = {"droit": "solid", "engagement": "dashed", "avis": "dotted"}


def _dot_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(g: PowerGraph, unlawful: Mapping[tuple[str, str, str, str], str] | None = None) -> str:
    """Le graphe des pouvoirs en langage DOT de Graphviz : formes selon le genre d'organe,
    couleurs selon le genre de pouvoir, trait plein pour un droit du CGCT, tirets pour un
    engagement du pacte et pointillés pour un simple avis ; chaque arête porte sa clause
    ou « loi ». Les pouvoirs de ``unlawful`` (clé → raison) sont en rouge épais, marqués
    « ✕ conflit avec la loi »."""
    lines = [f"digraph {_dot_str('pouvoirs-' + g.pact_id)} {{",
             f"  graph [rankdir=LR, fontname=Helvetica, label={_dot_str(g.title)}, labelloc=t];",
             "  node [fontname=Helvetica, style=filled];",
             "  edge [fontname=Helvetica, fontsize=9];"]
    for body in g.bodies.values():
        shape, color = NODE_STYLE[body.kind]
        lines.append(f"  {_dot_str(body.id)} [label={_dot_str(body.label)}, shape={shape}, "
                     f"fillcolor={_dot_str(color)}];")
    for p in g.powers:
        style = LINE_STYLE[p.force]
        label = f"{EDGE_KIND_FR[p.kind]} : {p.label}\n[{p.clause}]"
        why = (unlawful or {}).get(p.key)
        if why is not None:
            label = f"✕ conflit avec la loi — {label}\n{why}"
            lines.append(f"  {_dot_str(p.source)} -> {_dot_str(p.target)} [label="
                         f"{_dot_str(label)}, color={_dot_str(UNLAWFUL_COLOR)}, style={style}, "
                         "penwidth=2.5];")
            continue
        lines.append(f"  {_dot_str(p.source)} -> {_dot_str(p.target)} [label={_dot_str(label)}, "
                     f"color={_dot_str(EDGE_COLOR[p.kind])}, style={style}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


#: top-down layer of each kind of body in a question's small graph: citizens, their bodies,
#: the votes, the elected (beside them the State and the judge, who act on them), the
#: executive, the services, then the decisions
LAYER_OF_KIND = {"citoyens": 0, "instance_citoyenne": 1, "scrutin": 2, "etat": 3, "justice": 3,
                 "elus": 3, "executif": 4, "services": 5, "decision": 6}
#: how many barycentre sweeps order each layer (enough for graphs of fifteen bodies)
SWEEPS = 4


def layers(g: PowerGraph, nodes: Sequence[str], powers: Sequence[Power]) -> list[list[str]]:
    """Les organes ``nodes`` rangés en couches de haut en bas (citoyen·nes → instances → votes
    → élu·es → exécutif → services → décisions), chaque couche ordonnée par la méthode des
    barycentres (moyenne des positions, centrées, de ses voisins des autres couches) en
    balayages alternés vers le bas et vers le haut, pour éviter les croisements.
    Déterministe : à égalité, l'ordre d'insertion."""
    ranks = sorted({LAYER_OF_KIND[g.bodies[n].kind] for n in nodes})
    out = [[n for n in nodes if LAYER_OF_KIND[g.bodies[n].kind] == r] for r in ranks]
    neighbours: dict[str, list[str]] = {n: [] for n in nodes}
    for p in powers:
        if p.source in neighbours and p.target in neighbours and p.source != p.target:
            neighbours[p.source].append(p.target)
            neighbours[p.target].append(p.source)
    layer_of = {n: i for i, row in enumerate(out) for n in row}

    def where() -> dict[str, float]:
        return {n: k - (len(row) - 1) / 2 for row in out for k, n in enumerate(row)}

    for sweep in range(SWEEPS):
        order = range(len(out)) if sweep % 2 == 0 else range(len(out) - 1, -1, -1)
        for i in order:
            pos = where()

            def centre(node: str, k: int, pos: dict[str, float] = pos) -> tuple[float, int]:
                near = [pos[m] for m in neighbours[node] if layer_of[m] != layer_of[node]]
                return (sum(near) / len(near) if near else pos[node], k)

            out[i] = [n for _, n in sorted((centre(n, k), n) for k, n in enumerate(out[i]))]
    return out


def question_dot(g: PowerGraph, title: str, powers: Sequence[Power],
                 unlawful: Mapping[tuple[str, str, str, str], str],
                 unsure: Mapping[tuple[str, str, str, str], str] | None = None) -> str:
    """Le petit graphe d'une question en DOT : seulement les organes de ses chemins, en
    couches de haut en bas (``rank=same``), une légende, les pouvoirs que la loi interdit
    en rouge épais marqués « ✕ conflit avec la loi » (``unlawful`` : clé du pouvoir → raison)
    et ceux que la base de droit ne tranche pas marqués « ? à vérifier » (``unsure``)."""
    nodes = list(dict.fromkeys(n for p in powers for n in (p.source, p.target)))
    lines = [f"digraph {_dot_str('question')} {{",
             f"  graph [rankdir=TB, fontname=Helvetica, label={_dot_str(title)}, labelloc=t, "
             "newrank=true];",
             "  node [fontname=Helvetica, style=filled];",
             "  edge [fontname=Helvetica, fontsize=9];"]
    for layer in layers(g, nodes, powers):
        ids = "; ".join(_dot_str(n) for n in layer)
        lines.append(f"  {{ rank=same; {ids}; }}")
    for n in nodes:
        shape, color = NODE_STYLE[g.bodies[n].kind]
        lines.append(f"  {_dot_str(n)} [label={_dot_str(g.label(n))}, shape={shape}, "
                     f"fillcolor={_dot_str(color)}];")
    for p in powers:
        why = unlawful.get(p.key)
        label = f"{EDGE_KIND_FR[p.kind]} : {p.label}"
        color, width = EDGE_COLOR[p.kind], "1"
        if why is not None:
            label = f"✕ conflit avec la loi — {label}\n{why}"
            color, width = UNLAWFUL_COLOR, "2.5"
        elif (unsure or {}).get(p.key) is not None:
            label = f"? à vérifier — {label}\n{(unsure or {})[p.key]}"
            color, width = TO_VERIFY_COLOR, "2"
        lines.append(f"  {_dot_str(p.source)} -> {_dot_str(p.target)} [label={_dot_str(label)}, "
                     f"color={_dot_str(color)}, style={LINE_STYLE[p.force]}, penwidth={width}];")
    lines += _legend()
    lines.append("}")
    return "\n".join(lines) + "\n"


#: the colour of a power the law forbids (the verifier's « conflit »)
UNLAWFUL_COLOR = "#b91c1c"
#: the colour of a power whose legality the law base cannot settle (« à vérifier »)
TO_VERIFY_COLOR = "#c2410c"
#: what each line style says, for the legends
LINE_STYLE_FR = {"droit": "trait plein : droit (CGCT)",
                 "engagement": "tirets : engagement politique du pacte",
                 "avis": "pointillés : simple avis"}


def _legend() -> list[str]:
    """A boxed legend: line styles by force, and the mark of a power the law forbids."""
    rows = "".join(f"<tr><td align='left'>{html.escape(text)}</td></tr>"
                   for text in LINE_STYLE_FR.values())
    rows += ("<tr><td align='left'><font color='" + UNLAWFUL_COLOR + "'>✕ rouge épais : "
             "conflit avec la loi (selon le vérificateur)</font></td></tr>")
    rows += ("<tr><td align='left'><font color='" + TO_VERIFY_COLOR + "'>? orange : à "
             "vérifier (la base de droit ne tranche pas)</font></td></tr>")
    return ["  subgraph cluster_legende {",
            '    label="Légende"; fontname=Helvetica; style=rounded;',
            f"    legende [shape=plaintext, style=solid, label=<<table border='0'>{rows}</table>>];",
            "  }"]
