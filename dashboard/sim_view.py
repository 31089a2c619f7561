"""Simulation results for the page: compact summaries and fan charts (plotly).

The Monte Carlo itself is ``engine.sim.run_monte_carlo``; here we only aggregate its
outputs (percentiles over runs) and draw them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ROLES = {
    "elected_hours": "Élu·es",
    "dpc_staff_hours": "Agents de la DPC",
    "cc_member_hours": "Membres du Conseil Citoyen",
    "citizen_hours": "Habitant·es",
}


@dataclass
class SimSummary:
    """What the page keeps of a Monte Carlo (picklable, no engine objects)."""

    runs: int
    seed: int
    regime: str
    metrics: dict[str, dict[str, float | None]]
    labels: dict[str, dict[str, str]]
    per_run: dict[str, list[float]]
    series: list[str]
    months: list[str]
    monthly: Any            # numpy (runs, series, months)
    assumptions: dict[str, Any]
    violations: int
    #: the figures no clause of the pact produces, with the reason (engine.sim.metrics)
    idle: dict[str, str] = field(default_factory=dict)

    def value(self, name: str, stat: str = "p50") -> float | None:
        m = self.metrics.get(name)
        return None if m is None else m.get(stat)

    def for_report(self) -> dict[str, Any]:
        keep = ["cost_operating_eur_per_year", "cost_per_inhabitant_eur_per_year",
                "petition_to_vote_days", "execution_suspended_days", "audit_coverage",
                "dpc_utilisation", "votation_days", "revocation_consultations"]
        return {"caption": f"{self.runs} futurs simulés (graine {self.seed}), délais des votes : "
                           f"{'la loi' if self.regime == 'loi' else 'le pacte seul'}.",
                "metrics": {k: self.metrics[k] for k in keep if k in self.metrics},
                "labels": {k: v["label"] for k, v in self.labels.items()}}


def summarise(result: Any) -> SimSummary:
    """A MonteCarloResult → SimSummary."""
    import numpy as np

    from engine.sim.metrics import METRIC_NAMES
    from engine.sim.state import SERIES

    data = result.as_json()
    per_run = {name: [float(x) for x in result.metrics[:, j]]
               for j, name in enumerate(METRIC_NAMES)}
    return SimSummary(
        runs=result.runs, seed=result.seed, regime=result.regime, metrics=data["metrics"],
        labels=data["metric_labels"], per_run=per_run, series=list(SERIES),
        months=list(result.months), monthly=np.asarray(result.monthly),
        assumptions=data["assumptions"], violations=len(result.violations),
        idle=data["sans_objet"])


def _band(fig: Any, x: list[Any], lo: list[float], mid: list[float], hi: list[float],
          name: str, color: str, hover: str = "%{y:,.0f}") -> None:
    import plotly.graph_objects as go

    fig.add_trace(go.Scatter(x=x + x[::-1], y=list(hi) + list(lo)[::-1], fill="toself",
                             mode="lines",
                             fillcolor=color.replace("rgb", "rgba").replace(")", ",0.18)"),
                             line={"width": 0}, hoverinfo="skip", name=f"{name} (5–95 %)",
                             showlegend=True))
    fig.add_trace(go.Scatter(x=x, y=list(mid), mode="lines", line={"color": color, "width": 2},
                             name=f"{name} (médiane)",
                             hovertemplate=f"%{{x}} : {hover}<extra>médiane</extra>"))


def _percentiles(values: Any) -> tuple[list[float], list[float], list[float]]:
    import numpy as np

    q = np.percentile(values, [5, 50, 95], axis=0)
    return list(q[0]), list(q[1]), list(q[2])


def yearly_cost_shares(s: SimSummary, operating_budget: float
                       ) -> tuple[list[str], list[float], list[float], list[float]]:
    """Operating cost per year of mandate (12 months from the installation; a last stub of a
    few months is not a year) as a share of the commune's operating spending, in % — labels,
    then the 5th, 50th and 95th percentiles over the simulated futures."""
    import numpy as np

    idx = s.series.index("cost_operating_eur")
    n = len(s.months)
    blocks = [list(range(a, min(a + 12, n))) for a in range(0, n, 12)]
    blocks = [b for b in blocks if len(b) >= 6]
    labels = [f"année {i + 1} ({s.months[b[0]][:4]}–{s.months[b[-1]][2:4]})"
              for i, b in enumerate(blocks)]
    per_year = np.stack([s.monthly[:, idx, b].sum(axis=1) * 12 / len(b) for b in blocks],
                        axis=1)
    lo, mid, hi = _percentiles(per_year / operating_budget * 100)
    return labels, lo, mid, hi


def yearly_cost_figure(s: SimSummary, operating_budget: float,
                       table_share_pct: float | None = None) -> Any:
    """Operating cost per year of mandate, as a share of the commune's operating spending;
    the cost table's static share as a reference line."""
    import plotly.graph_objects as go

    from engine.core.fr import percent

    labels, lo, mid, hi = yearly_cost_shares(s, operating_budget)
    fig = go.Figure()
    _band(fig, labels, lo, mid, hi, "Coût simulé", "rgb(29,78,216)", "%{y:.1f} %")
    if table_share_pct is not None:
        fig.add_hline(y=table_share_pct, line_dash="dash", line_color="#dc2626",
                      annotation_text=f"tableau des coûts du pacte : "
                                      f"{percent(table_share_pct, 1)}",
                      annotation_position="bottom right")
    fig.update_layout(height=330, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      yaxis={"title": "% des dépenses de fonctionnement", "rangemode": "tozero",
                             "ticksuffix": " %"},
                      xaxis={"title": "année de mandat"},
                      legend={"orientation": "h", "y": -0.35}, plot_bgcolor="white",
                      separators=", ")
    return fig


def monthly_median(s: SimSummary, series: str) -> list[float]:
    """The median over the simulated futures of a monthly series."""
    return _percentiles(s.monthly[:, s.series.index(series), :])[1]


def peak(months: list[str], values: list[float]) -> tuple[str, float]:
    """The month (« 2028-03 ») where ``values`` is highest, and that value."""
    i = max(range(len(values)), key=lambda k: values[k])
    return months[i], float(values[i])


def suspended_deliberations(s: SimSummary) -> Any:
    """Per future and month, the deliberations whose execution is suspended on an average
    day: the month's suspended days summed over deliberations, divided by its days."""
    import calendar

    import numpy as np

    days = np.array([calendar.monthrange(int(m[:4]), int(m[5:7]))[1] for m in s.months])
    return s.monthly[:, s.series.index("execution_suspended_days"), :] / days


def monthly_figure(s: SimSummary, series: str, label: str, color: str = "rgb(5,150,105)",
                   capacity: str | None = None, y_title: str = "",
                   values: Any = None, hover: str = "%{y:,.0f}") -> Any:
    """A monthly series as a fan (median and 5–95 % of the futures); ``values`` replaces
    the series' own (futures × months) when given."""
    import plotly.graph_objects as go

    data = s.monthly[:, s.series.index(series), :] if values is None else values
    lo, mid, hi = _percentiles(data)
    fig = go.Figure()
    _band(fig, list(s.months), lo, mid, hi, label, color, hover)
    if capacity is not None:
        cap = s.monthly[:, s.series.index(capacity), :].mean(axis=0)
        fig.add_trace(go.Scatter(x=list(s.months), y=list(cap), mode="lines",
                                 line={"color": "#dc2626", "dash": "dash"},
                                 name="heures disponibles"))
    fig.update_layout(height=330, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      legend={"orientation": "h", "y": -0.35}, plot_bgcolor="white",
                      yaxis={"rangemode": "tozero", "title": y_title},
                      xaxis={"title": "mois"}, separators=", ")
    return fig


def distribution_figure(s: SimSummary, metric: str, unit: str) -> Any:
    import math

    import plotly.graph_objects as go

    values = [v for v in s.per_run.get(metric, []) if not math.isnan(v)]
    fig = go.Figure(go.Histogram(x=values, nbinsx=30, marker={"color": "#7c3aed"}))
    for stat, dash in (("p5", "dot"), ("p50", "solid"), ("p95", "dot")):
        v = s.value(metric, stat)
        if v is not None:
            fig.add_vline(x=v, line_dash=dash, line_color="#111827",
                          annotation_text={"p5": "5 %", "p50": "médiane", "p95": "95 %"}[stat],
                          annotation_position={"p5": "top left", "p50": "top",
                                               "p95": "top right"}[stat])
    fig.update_layout(height=300, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      xaxis={"title": unit}, yaxis={"title": "nombre de futurs simulés"},
                      plot_bgcolor="white", bargap=0.05, separators=", ")
    return fig
