"""The organisation of powers in Graphviz DOT (``pacte pouvoirs --format dot``): shapes and
colours by kind of body and of power, line styles by force. Presentation only: the graph
comes from :mod:`engine.powers`."""

from __future__ import annotations

from engine.powers.graph import EDGE_KIND_FR, PowerGraph

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


def to_dot(g: PowerGraph) -> str:
    """Le graphe des pouvoirs en langage DOT de Graphviz : formes selon le genre d'organe,
    couleurs selon le genre de pouvoir, trait plein pour un droit du CGCT, tirets pour un
    engagement du pacte et pointillés pour un simple avis ; chaque arête porte sa clause
    ou « loi »."""
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
        lines.append(f"  {_dot_str(p.source)} -> {_dot_str(p.target)} [label={_dot_str(label)}, "
                     f"color={_dot_str(EDGE_COLOR[p.kind])}, style={style}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
