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


def figure(g: PowerGraph, kinds: set[str] | None = None, height: int = 720,
           unlawful: frozenset[tuple[str, str, str, str]] = frozenset()) -> Any:
    """An interactive plotly figure: hover a body or the middle of an edge for details; the
    powers whose key is in ``unlawful`` (the verifier's conflicts) drawn again in thick red."""
    import plotly.graph_objects as go

    pos = positions(g)
    fig = go.Figure()
    shown = [p for p in g.powers if kinds is None or p.kind in kinds]
    _unlawful_under(fig, pos, [p for p in shown if p.key in unlawful])
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


def _unlawful_under(fig: Any, pos: dict[str, tuple[float, float]], bad: list[Any]) -> None:
    """A thick, pale red line under each power the verifier calls a conflict with the law."""
    import plotly.graph_objects as go

    from engine.render.dot import UNLAWFUL_COLOR

    if not bad:
        return
    xs: list[float | None] = []
    ys: list[float | None] = []
    for p in bad:
        (x0, y0), (x1, y1) = pos[p.source], pos[p.target]
        xs += [x0, x1, None]
        ys += [y0, y1, None]
    fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip",
                             line={"color": UNLAWFUL_COLOR, "width": 5},
                             opacity=0.45, name="✕ conflit avec la loi (vérificateur)"))


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


#: horizontal distance between two bodies of a layer in a question's small graph
SPREAD = 1.6
#: how far an edge that skips a layer is bent away from the straight line
BEND = 0.9
#: points drawn along a bent edge
CURVE_STEPS = 20


def question_figure(g: PowerGraph, question: dict[str, Any], height: int = 420) -> Any:
    """The small graph of one question (``engine.report.pouvoirs.question_dict``): only the
    bodies of its paths, in layers from top to bottom (engine.render.dot.layers, placed by
    networkx's multipartite layout), line colour
    by kind of power and line style by force, and every power the verifier calls a conflict
    with the law in thick red with a « ✕ » whose hover gives the finding and its articles."""
    import plotly.graph_objects as go

    from engine.render.dot import LINE_STYLE_FR, TO_VERIFY_COLOR, UNLAWFUL_COLOR, layers

    edges = {(e["from"], e["to"], e["kind"], e["clause"]): e for p in question["paths"]
             for e in p["edges"]}
    powers = [p for p in g.powers if p.key in edges]
    rows = layers(g, question["nodes"], powers)
    pos = _layered_positions(rows)
    fig = go.Figure()
    dash = {"droit": "solid", "engagement": "dash", "avis": "dot"}
    shown_kinds: set[str] = set()
    bad_x, bad_y, bad_text = [], [], []
    unsure: list[tuple[float, float, str]] = []
    for p in powers:
        e = edges[p.key]
        bad = e["conflit_avec_la_loi"]
        color = UNLAWFUL_COLOR if bad else EDGE_COLOR[p.kind]
        xs, ys = _route(pos, p.source, p.target)
        fig.add_trace(go.Scatter(
            x=xs, y=ys, mode="lines", hoverinfo="skip",
            line={"color": color, "width": 4 if bad else 1.8, "dash": dash[p.force]},
            name=EDGE_KIND_FR[p.kind], legendgroup=p.kind,
            showlegend=not bad and p.kind not in shown_kinds))
        if not bad:
            shown_kinds.add(p.kind)
        tip, tail = len(xs) * 11 // 20, len(xs) * 9 // 20
        fig.add_annotation(x=xs[tip], y=ys[tip], ax=xs[tail], ay=ys[tail],
                           xref="x", yref="y", axref="x", ayref="y", showarrow=True,
                           arrowhead=2, arrowsize=1.3, arrowwidth=1.5, arrowcolor=color, text="")
        if bad:
            why = "<br>".join(f"✕ {html.escape(c['label'])} ({html.escape(', '.join(c['articles']))})"
                              for c in e["conflicts"])
            bad_x.append(xs[len(xs) * 3 // 10])
            bad_y.append(ys[len(ys) * 3 // 10])
            bad_text.append(f"<b>Conflit avec la loi</b><br>{html.escape(g.label(p.source))} : "
                            f"{html.escape(p.label)}<br>{why}")
        elif e.get("a_verifier"):
            why = "<br>".join(f"? {html.escape(c['label'])} ({html.escape(', '.join(c['articles']))})"
                              for c in e["to_verify"])
            unsure.append((xs[len(xs) * 3 // 10], ys[len(ys) * 3 // 10],
                           f"<b>À vérifier</b><br>{html.escape(p.label)}<br>{why}"))
    if unsure:
        fig.add_trace(go.Scatter(x=[u[0] for u in unsure], y=[u[1] for u in unsure],
                                 mode="markers+text", text=["<b>?</b>"] * len(unsure),
                                 textfont={"color": "white", "size": 14},
                                 marker={"size": 22, "color": TO_VERIFY_COLOR},
                                 hovertext=[u[2] for u in unsure], hoverinfo="text",
                                 name="? à vérifier (la base de droit ne tranche pas)"))
    if bad_x:
        fig.add_trace(go.Scatter(x=bad_x, y=bad_y, mode="markers+text", text=["<b>✕</b>"] * len(bad_x),
                                 textfont={"color": "white", "size": 15},
                                 marker={"size": 24, "color": UNLAWFUL_COLOR},
                                 hovertext=bad_text, hoverinfo="text",
                                 name="✕ conflit avec la loi (vérificateur)"))
    for force, text in LINE_STYLE_FR.items():
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines", name=text,
                                 line={"color": "#6b7280", "dash": dash[force]}))
    _question_nodes(fig, g, pos)
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    fig.update_layout(height=height, margin={"l": 10, "r": 10, "t": 10, "b": 10},
                      plot_bgcolor="white", hoverlabel={"align": "left"},
                      legend={"orientation": "h", "y": -0.05},
                      xaxis={"visible": False, "range": [min(xs) - SPREAD, max(xs) + SPREAD]},
                      yaxis={"visible": False, "range": [min(ys) - 0.6, max(ys) + 0.6]})
    return fig


def _layered_positions(rows: list[list[str]]) -> dict[str, tuple[float, float]]:
    """networkx's multipartite layout of the ordered layers, the first layer on top, one unit
    between layers and ``SPREAD`` between two bodies of a layer."""
    import networkx as nx

    layered = nx.DiGraph()
    layered.add_nodes_from(n for row in rows for n in row)
    raw = nx.multipartite_layout(layered, subset_key=dict(enumerate(rows)), align="horizontal")
    ys = sorted({float(y) for _, y in raw.values()})
    unit = (ys[1] - ys[0]) if len(ys) > 1 else 1.0
    return {n: (SPREAD * float(x) / unit, -float(y) / unit) for n, (x, y) in raw.items()}


def _route(pos: dict[str, tuple[float, float]], src: str, dst: str
           ) -> tuple[list[float], list[float]]:
    """The line of an edge: straight between adjacent layers; an edge that skips a layer or
    runs inside one is bent to the side that keeps it farthest from the other bodies."""
    a, b = pos[src], pos[dst]
    if round(abs(b[1] - a[1])) == 1:
        return _curve(a, b, 0.0)
    others = [xy for n, xy in pos.items() if n not in (src, dst)]

    def clearance(curve: tuple[list[float], list[float]]) -> float:
        return min((min((x - ox) ** 2 + (y - oy) ** 2 for ox, oy in others)
                    for x, y in zip(*curve, strict=True)), default=float("inf"))

    return max((_curve(a, b, BEND), _curve(a, b, -BEND)), key=clearance)


def _curve(a: tuple[float, float], b: tuple[float, float], bend: float,
           steps: int = CURVE_STEPS) -> tuple[list[float], list[float]]:
    """Points of the quadratic Bézier curve from ``a`` to ``b`` whose control point lies
    ``bend`` units off the middle, perpendicular to the chord (a straight line for 0)."""
    (x0, y0), (x1, y1) = a, b
    length = max(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5, 1e-9)
    cx = (x0 + x1) / 2 - bend * (y1 - y0) / length
    cy = (y0 + y1) / 2 + bend * (x1 - x0) / length
    ts = [i / steps for i in range(steps + 1)]
    xs = [(1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1 for t in ts]
    ys = [(1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y1 for t in ts]
    return xs, ys


def _question_nodes(fig: Any, g: PowerGraph, pos: dict[str, tuple[float, float]]) -> None:
    """The bodies of a small graph: shape and colour by kind, the label written beside."""
    import plotly.graph_objects as go

    symbol_of = {"ellipse": "circle", "box": "square", "hexagon": "hexagon", "diamond": "diamond",
                 "note": "square"}
    nodes = list(pos)
    styles = [NODE_STYLE[g.bodies[n].kind] for n in nodes]
    fig.add_trace(go.Scatter(
        x=[pos[n][0] for n in nodes], y=[pos[n][1] for n in nodes], mode="markers",
        marker={"size": 26, "color": [c for _, c in styles],
                "symbol": [symbol_of[s] for s, _ in styles],
                "line": {"color": "#374151", "width": 1.2}},
        hovertext=[html.escape(g.label(n)) for n in nodes], hoverinfo="text", showlegend=False))
    for n in nodes:
        x, y = pos[n]
        fig.add_annotation(x=x, y=y, yshift=-28, text=_wrap(g.label(n), 24), showarrow=False,
                           font={"size": 11, "color": "#111827"},
                           bgcolor="rgba(255,255,255,0.9)", borderpad=1)
