"""Drawing the organisation of powers: a layered layout, a plotly figure and a static SVG."""

from __future__ import annotations

import html
from typing import Any

from engine.powers import EDGE_KIND_FR, FORCE_FR, PowerGraph
from engine.render.dot import EDGE_COLOR, NODE_STYLE

COLUMNS = {"citoyens": 0, "instance_citoyenne": 1, "scrutin": 2, "elus": 3, "executif": 3,
           "services": 4, "etat": 4, "justice": 4, "decision": 5}
COLUMN_TITLES = ["Citoyen·nes", "Instances citoyennes", "Votes", "Élu·es", "Services et État",
                 "Décisions"]


def positions(g: PowerGraph) -> dict[str, tuple[float, float]]:
    """Deterministic layered positions: one column per kind of body, in insertion order."""
    columns: dict[int, list[str]] = {}
    for body in g.bodies.values():
        columns.setdefault(COLUMNS[body.kind], []).append(body.id)
    pos: dict[str, tuple[float, float]] = {}
    for col, nodes in columns.items():
        n = len(nodes)
        for i, node in enumerate(nodes):
            pos[node] = (float(col), (n - 1) / 2 - i)
    return pos


def figure(g: PowerGraph, kinds: set[str] | None = None, height: int = 720) -> Any:
    """An interactive plotly figure: hover a body or the middle of an edge for details."""
    import plotly.graph_objects as go

    pos = positions(g)
    fig = go.Figure()
    shown = [p for p in g.powers if kinds is None or p.kind in kinds]
    for kind in EDGE_COLOR:
        xs: list[float | None] = []
        ys: list[float | None] = []
        mx, my, texts = [], [], []
        for p in shown:
            if p.kind != kind:
                continue
            (x0, y0), (x1, y1) = pos[p.source], pos[p.target]
            xs += [x0, x1, None]
            ys += [y0, y1, None]
            mx.append(x0 + (x1 - x0) * 0.6)
            my.append(y0 + (y1 - y0) * 0.6)
            law = (f"<br>Base légale : {html.escape(', '.join(p.legal_basis))}"
                   if p.legal_basis else "")
            texts.append(f"<b>{html.escape(g.label(p.source))}</b> {EDGE_KIND_FR[p.kind]} "
                         f"<b>{html.escape(g.label(p.target))}</b><br>{html.escape(p.label)}"
                         f"<br>{FORCE_FR[p.force]}<br>Clause : {html.escape(str(p.clause))}<br>"
                         f"Source : {html.escape(p.citation)}{law}")
        if not mx:
            continue
        color = EDGE_COLOR[kind]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"color": color, "width": 1.4},
                                 hoverinfo="skip", name=EDGE_KIND_FR[kind], legendgroup=kind))
        fig.add_trace(go.Scatter(x=mx, y=my, mode="markers", marker={"color": color, "size": 8,
                                 "symbol": "triangle-right"}, hovertext=texts, hoverinfo="text",
                                 showlegend=False, legendgroup=kind))
    nx_, ny_, labels, hover, colors, symbols = [], [], [], [], [], []
    symbol_of = {"ellipse": "circle", "box": "square", "hexagon": "hexagon", "diamond": "diamond",
                 "note": "square"}
    for body in g.bodies.values():
        x, y = pos[body.id]
        nx_.append(x)
        ny_.append(y)
        labels.append(_wrap(body.label))
        shape, color = NODE_STYLE[body.kind]
        colors.append(color)
        symbols.append(symbol_of[shape])
        outgoing = [p for p in g.powers if p.source == body.id]
        incoming = [p for p in g.powers if p.target == body.id]
        hover.append(f"<b>{html.escape(body.label)}</b><br>{len(outgoing)} pouvoir(s) exercé(s), "
                     f"{len(incoming)} reçu(s)<br>Origine : {html.escape(str(body.clause))}")
    fig.add_trace(go.Scatter(x=nx_, y=ny_, mode="markers", hovertext=hover, hoverinfo="text",
                             marker={"size": 24, "color": colors, "symbol": symbols,
                                     "line": {"color": "#374151", "width": 1.2}},
                             showlegend=False))
    for x, y, text in zip(nx_, ny_, labels, strict=True):
        fig.add_annotation(x=x, y=y, yshift=-30, text=text, showarrow=False,
                           font={"size": 11, "color": "#111827"}, bgcolor="rgba(255,255,255,0.85)",
                           borderpad=1)
    top = max(y for _, y in pos.values()) + 0.8
    for col, title in enumerate(COLUMN_TITLES):
        fig.add_annotation(x=col, y=top, text=f"<b>{title}</b>", showarrow=False,
                           font={"size": 12, "color": "#374151"})
    fig.update_layout(height=height, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      plot_bgcolor="white", legend={"orientation": "h", "y": -0.02},
                      xaxis={"visible": False, "range": [-0.5, 5.6]},
                      yaxis={"visible": False, "range": [min(y for _, y in pos.values()) - 0.8,
                                                         top + 0.3]},
                      hoverlabel={"align": "left"})
    return fig


def _wrap(text: str, width: int = 22) -> str:
    """Words on lines of about ``width`` characters, joined by plotly's ``<br>`` (each line
    escaped: a label is shown as text, never read as plotly's HTML)."""
    words, lines, line = text.split(), [], ""
    for w in words:
        if len(line) + len(w) + 1 > width and line:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    return "<br>".join(html.escape(line) for line in lines)


def svg(g: PowerGraph, width: int = 1100) -> str:
    """A static SVG of the graph (for the printable report): no script, no network."""
    pos = positions(g)
    ys = [y for _, y in pos.values()]
    span = max(ys) - min(ys) + 2
    row = 56
    height = int(span * row) + 60
    col_w = (width - 160) / 5

    def xy(node: str) -> tuple[float, float]:
        x, y = pos[node]
        return 80 + x * col_w, 50 + (max(ys) + 1 - y) * row

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="100%" font-family="Helvetica, Arial, sans-serif" font-size="10">',
             '<defs><marker id="a" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" '
             'markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" '
             'fill="#6b7280"/></marker></defs>']
    for col, title in enumerate(COLUMN_TITLES):
        parts.append(f'<text x="{80 + col * col_w:.0f}" y="20" text-anchor="middle" '
                     f'font-weight="bold" font-size="12">{html.escape(title)}</text>')
    for p in g.powers:
        (x0, y0), (x1, y1) = xy(p.source), xy(p.target)
        dash = {"droit": "", "engagement": ' stroke-dasharray="5,3"',
                "avis": ' stroke-dasharray="1,3"'}[p.force]
        parts.append(f'<line x1="{x0:.0f}" y1="{y0:.0f}" x2="{x1:.0f}" y2="{y1:.0f}" '
                     f'stroke="{EDGE_COLOR[p.kind]}" stroke-width="1.2" opacity="0.75"{dash} '
                     f'marker-end="url(#a)"><title>{html.escape(g.label(p.source))} '
                     f'{EDGE_KIND_FR[p.kind]} {html.escape(g.label(p.target))} : '
                     f'{html.escape(p.label)}</title></line>')
    for body in g.bodies.values():
        x, y = xy(body.id)
        _, color = NODE_STYLE[body.kind]
        parts.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="9" fill="{color}" stroke="#374151"/>')
        for i, line in enumerate(_wrap(body.label, 26).split("<br>")):
            parts.append(f'<text x="{x:.0f}" y="{y + 20 + i * 11:.0f}" text-anchor="middle">'
                         f'{line}</text>')
    legend_y = height - 12
    for i, (kind, color) in enumerate(EDGE_COLOR.items()):
        parts.append(f'<line x1="{20 + i * 150}" y1="{legend_y}" x2="{50 + i * 150}" '
                     f'y2="{legend_y}" stroke="{color}" stroke-width="2"/><text x="{55 + i * 150}" '
                     f'y="{legend_y + 4}">{EDGE_KIND_FR[kind]}</text>')
    parts.append("</svg>")
    return "".join(parts)
