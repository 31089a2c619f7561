"""The mandate's institutional calendar as lanes of a timeline (from engine.procedures.mandate)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from html import escape
from typing import Any

LANES = {
    "installation_conseil": "Mandat", "fin_du_mandat": "Mandat",
    "seance_cm": "Conseil municipal", "bureau_executif": "Bureau exécutif",
    "cc_reunion_travail": "Conseil Citoyen", "cc_auditions": "Auditions des binômes",
    "cc_renouvellement": "Renouvellements par tirage au sort",
    "jour_de_votation": "Jours de votation",
    "demission_maire_et_premier_adjoint": "Rotation du binôme maire",
    "demission_definitive": "Rotation du binôme maire",
    "demission_definitive_si_refus": "Rotation du binôme maire",
    "convocation_cm": "Rotation du binôme maire",
    "election_maire_et_adjoints": "Rotation du binôme maire",
}
LANE_ORDER = ["Mandat", "Périodes sans scrutin local", "Jours de votation",
              "Rotation du binôme maire", "Renouvellements par tirage au sort",
              "Auditions des binômes", "Conseil Citoyen", "Conseil municipal", "Bureau exécutif"]
COLORS = {"Mandat": "#111827", "Jours de votation": "#d97706",
          "Rotation du binôme maire": "#7c3aed", "Renouvellements par tirage au sort": "#16a34a",
          "Auditions des binômes": "#059669", "Conseil Citoyen": "#84cc16",
          "Conseil municipal": "#2563eb", "Bureau exécutif": "#60a5fa",
          "Autres": "#6b7280"}


def lane(event: str) -> str:
    return LANES.get(event, "Autres")


def blackouts(scenario: Any) -> list[tuple[date, date, str]]:
    """The distinct periods of the mandate without local vote (overlapping windows counted
    once, under all their names): the engine's rule
    :func:`~engine.procedures.referendum.blackout_periods`."""
    from engine.procedures.referendum import blackout_periods

    return [(p.start, p.end, p.name) for p in blackout_periods(scenario)]


def figure(steps: list[Any], periods: list[tuple[date, date, str]],
           lanes: set[str] | None = None,
           cited: Callable[[str], str] = str) -> Any:
    """The timeline: one lane per kind of event, the periods without local vote
    (:func:`blackouts`) shaded;
    each point's hover text names its date, event, clause (``cited`` gives its French name)
    and source."""
    import plotly.graph_objects as go

    from engine.core.calendar import format_date
    from engine.report.doc_note import finding_source_fr

    fig = go.Figure()
    shown = [s for s in steps if not s.event.endswith("periode_interdite")
             and (lanes is None or lane(s.event) in lanes)]
    by_lane: dict[str, list[Any]] = {}
    for s in shown:
        by_lane.setdefault(lane(s.event), []).append(s)
    order = [name for name in LANE_ORDER if name in by_lane or name == "Périodes sans scrutin local"]
    order += [name for name in by_lane if name not in order]
    if lanes is None or "Périodes sans scrutin local" in lanes:
        for start, end, name in periods:
            fig.add_trace(go.Scatter(
                x=[start, end + timedelta(days=1), end + timedelta(days=1), start, start],
                y=["Périodes sans scrutin local"] * 5, fill="toself", mode="lines",
                line={"color": "#dc2626", "width": 8}, showlegend=False, hoverinfo="text",
                hovertext=f"{escape(name)}<br>du {format_date(start)} au {format_date(end)}"))
            fig.add_vrect(x0=start, x1=end + timedelta(days=1), fillcolor="#fecaca",
                          opacity=0.35, line_width=0)
    for name, items in by_lane.items():
        fig.add_trace(go.Scatter(
            x=[s.day for s in items], y=[name] * len(items), mode="markers", name=name,
            marker={"color": COLORS.get(name, "#6b7280"), "size": 9, "symbol": "line-ns-open"
                    if name in ("Bureau exécutif", "Conseil municipal") else "circle"},
            hoverinfo="text",
            hovertext=[f"<b>{format_date(s.day)}</b><br>{escape(str(s.label))}<br>Clause : "
                       f"{escape(cited(str(s.clause)))}<br>Source : {escape(finding_source_fr(str(s.source)))}"
                       for s in items]))
    fig.update_layout(height=460, margin={"l": 10, "r": 10, "t": 10, "b": 10},
                      showlegend=False, plot_bgcolor="white",
                      yaxis={"categoryorder": "array", "categoryarray": list(reversed(order)),
                             "title": None},
                      xaxis={"title": None, "gridcolor": "#e5e7eb"})
    return fig
