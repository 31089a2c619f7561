"""One self-contained HTML report of a pact (clauses, findings, costs, simulation summary,
calendar, organisation of powers), fit to print: no script, no network, A4 print rules."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from dashboard.labels import VERDICT_FR
from engine.core.fr import euros, format_value
from engine.render.pdf import pdf_from_html  # noqa: F401  (re-exported for the dashboard view)

CSS = """
body{font-family:Helvetica,Arial,sans-serif;color:#111827;max-width:1100px;margin:2em auto;
line-height:1.45;font-size:11pt}
h1{font-size:20pt;margin-bottom:0}h2{font-size:15pt;border-bottom:2px solid #1d4ed8;
padding-bottom:3px;margin-top:1.6em}h3{font-size:12pt;margin-bottom:.3em}
table{border-collapse:collapse;width:100%;font-size:9pt;margin:.5em 0}
th,td{border:1px solid #d1d5db;padding:3px 5px;text-align:left;vertical-align:top}
th{background:#eff6ff}.muted{color:#6b7280;font-size:9pt}.card{border:1px solid #d1d5db;
border-radius:6px;padding:.6em .9em;margin:.4em 0;background:#f9fafb}
.error{border-left:5px solid #dc2626}.warning{border-left:5px solid #d97706}
.info{border-left:5px solid #2563eb}blockquote{margin:.3em 0 .3em 1em;padding-left:.6em;
border-left:3px solid #93c5fd;color:#1e3a8a}
@page{size:A4;margin:14mm 14mm 18mm;@bottom-center{content:"Page " counter(page) " sur "
counter(pages);font:8pt Helvetica,Arial,sans-serif;color:#6b7280}}
.disclaimer{border:1px solid #b91c1c;padding:.4em .7em;font-size:9pt}@media print{body{margin:0;max-width:none}
h2{page-break-after:avoid}.card,tr{page-break-inside:avoid}.noprint{display:none}}
"""


def _e(text: Any) -> str:
    return html.escape(str(text))


def build(pact: Any, scenario: Any, *, overrides: tuple[str, ...], described: dict[str, Any],
          powers_report: dict[str, Any], powers_svg: str,
          findings: list[dict[str, Any]] | None, costs: dict[str, Any] | None,
          simulation: dict[str, Any] | None, calendar: dict[str, Any] | None,
          today: date) -> str:
    """The report; a section whose engine module is missing says so instead of a figure."""
    from engine.core.calendar import format_date
    from engine.report.clauses import listed_titles
    from engine.report.doc_common import DISCLAIMER, legal_base_date

    titles = {key: clause.title for key, clause in pact.clauses().items()}
    titles.update(listed_titles(pact))
    parts = [f"<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
             f"<title>Rapport — {_e(pact.info.title)}</title><style>{CSS}</style></head><body>",
             f"<h1>{_e(pact.info.title)}</h1>",
             f"<p class='muted'>{_e(pact.info.list_name)} — {_e(scenario.commune.name)} — "
             f"rapport établi le {format_date(today)} par Pacte. Source du pacte : "
             f"{_e(_source(pact.info.source))}. Base légale : {_e(legal_base_date().rstrip('.'))}.</p>",
             f"<p class='disclaimer'><b>Avertissement.</b> {_e(DISCLAIMER)}</p>"]
    if overrides:
        parts.append("<div class='card warning'><b>Variante :</b> ce rapport porte sur le pacte "
                     "modifié ainsi :<ul>" + "".join(f"<li><code>{_e(o)}</code></li>"
                                                     for o in overrides) + "</ul></div>")
    parts.append(_summary(findings, costs, powers_report))
    parts.append(_findings(findings, titles))
    parts.append(_costs(costs))
    parts.append(_simulation(simulation))
    parts.append(_calendar(calendar))
    parts.append(_powers(powers_report, powers_svg))
    parts.append(_clauses(described))
    parts.append("<p class='muted'>Chaque chiffre de ce rapport est calculé par le moteur Pacte "
                 "à partir des paramètres cités du pacte et du scénario.</p></body></html>")
    return "\n".join(parts)


def conclusions(findings: list[dict[str, Any]] | None, costs: dict[str, Any] | None
                ) -> list[str]:
    """The sentences that open the report and the Rapport page: is the pact lawful (the
    counts of ``pacte bilan``, word for word), is it coherent, what it costs."""
    from engine.verifier.findings import counts_by_kind, counts_lines, legality_answer

    out = []
    if findings is not None:
        counts = counts_by_kind(findings)
        out.append(f"Ce pacte est-il légal ? {legality_answer(counts['legal'])}")
        out.append(counts_lines(counts["legal"], counts["consistency"])[1])
    if costs is not None and "headline" in costs:
        out.append(f"{costs['headline']}.")
    return out


def _summary(findings, costs, powers_report) -> str:  # noqa: ANN001
    items = conclusions(findings, costs)
    items += powers_report["findings"][:2]
    return "<h2>En bref</h2><ul>" + "".join(f"<li>{_e(i)}</li>" for i in items) + "</ul>"


def _clauses(described: dict[str, Any]) -> str:
    out = ["<h2>Annexe : les clauses et leurs paramètres</h2>"]
    same = "celle de la clause"
    for c in described["clauses"]:
        law = ", ".join(c["legal_basis"]) or "—"
        out.append(f"<h3>{_e(c['title'])}</h3><p>{_e(c['description'])}</p>"
                   f"<p class='muted'>Source : {_e(_source(c['source']))} · Base légale : "
                   f"{_e(law)}</p>"
                   "<table><tr><th>Paramètre</th><th>Valeur</th><th>Source</th>"
                   "<th>Base légale</th></tr>")
        for p in c["parameters"]:
            out.append(f"<tr><td>{_e(p['description'])}</td>"
                       f"<td>{_e(format_value(p['value'], p['unit']))}</td>"
                       f"<td>{_e(same if p['source'] == c['source'] else _source(p['source']))}</td>"
                       f"<td>{_e(', '.join(p['legal_basis']))}</td></tr>")
        out.append("</table>")
    return "".join(out)


def _missing(what: str) -> str:
    return (f"<p class='card info'>Le module « {_e(what)} » n'est pas disponible dans cette "
            "installation : cette section sera remplie dès qu'il le sera.</p>")


def _source(source: Any) -> str:
    """A source in human words: the document's title, never its file name."""
    from engine.report.doc_common import human_source

    return human_source(source) or "—"


def _findings(findings, titles: dict[str, str]) -> str:  # noqa: ANN001
    if findings is None:
        return "<h2>Légalité et cohérence</h2>" + _missing("vérificateur")
    from engine.report.clauses import titled

    out = ["<h2>Légalité et cohérence</h2>"]
    order = {"error": 0, "warning": 1, "info": 2}
    for f in sorted(findings, key=lambda f: order.get(f["severity"], 3)):
        wording = (f"<p><b>Rédaction proposée :</b></p><blockquote>{_e(f['suggested_wording'])}"
                   "</blockquote>" if f.get("suggested_wording") else "")
        law = ", ".join(f["articles"]) or "sans article"
        conf = {"H": "haute", "M": "moyenne", "L": "faible"}.get(f.get("confidence", ""), "—")
        out.append(f"<div class='card {_e(f['severity'])}'><b>{_e(titled(f['clause'], titles))}"
                   f"</b> — {_e(VERDICT_FR.get(f['verdict'], f['verdict']))} ({_e(law)} ; "
                   f"confiance {conf})<br>{_e(f['message'])}{wording}</div>")
    return "".join(out)


def _costs(costs) -> str:  # noqa: ANN001
    if costs is None:
        return "<h2>Coûts</h2>" + _missing("coûts")
    out = ["<h2>Coûts annuels</h2>"]
    if "headline" in costs:
        out.append(f"<p><b>{_e(costs['headline'])}</b></p>")
    for part, title in (("operating", "Fonctionnement"), ("investment", "Investissement")):
        block = costs.get(part)
        if not block:
            continue
        out.append(f"<h3>{title}</h3><table><tr><th>Poste</th><th>Base</th><th>€ par an</th></tr>")
        for line in block.get("lines", []):
            out.append(f"<tr><td>{_e(line.get('label', ''))}</td><td>{_e(line.get('basis', ''))}"
                       f"</td><td>{_e(_eur(line.get('amount_eur')))}</td></tr>")
        out.append(f"<tr><th colspan=2>Total</th><th>{_e(_eur(block.get('total_eur')))}</th>"
                   "</tr></table>")
    return "".join(out)


def _simulation(sim) -> str:  # noqa: ANN001
    if sim is None:
        return ("<h2>Simulation</h2><p class='card info'>Aucune simulation n'a été lancée pour "
                "cette variante dans cette session (page « Simulation »).</p>")
    from dashboard.sim_text import figure
    from engine.sim.metrics import metric_labels

    units = {name: m["unit"] for name, m in metric_labels(True).items()}
    out = ["<h2>Simulation</h2>", f"<p>{_e(sim.get('caption', ''))}</p>",
           "<table><tr><th>Indicateur</th><th>moyenne</th><th>5 %</th><th>médiane</th>"
           "<th>95 %</th></tr>"]
    for name, m in sim.get("metrics", {}).items():
        unit = units.get(name, "")
        out.append(f"<tr><td>{_e(sim.get('labels', {}).get(name, name))}</td>"
                   + "".join(f"<td>{_e(_num(figure(m.get(k), unit, name), unit))}</td>"
                             for k in ("mean", "p5", "p50", "p95")) + "</tr>")
    out.append("</table><p class='muted'>Parts en pourcentage ; nombres d'événements arrondis "
               "à l'unité ; 5 % et 95 % : la fourchette de 90 % des futurs simulés.</p>")
    return "".join(out)


def _calendar(cal) -> str:  # noqa: ANN001
    if cal is None:
        return "<h2>Calendrier</h2>" + _missing("calendrier du mandat")
    rows = "".join(f"<tr><td>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in cal.items())
    return f"<h2>Calendrier du mandat</h2><table>{rows}</table>"


def _powers(rep: dict[str, Any], svg: str) -> str:
    out = ["<h2>Organisation des pouvoirs</h2>", svg, "<ul>"]
    out += [f"<li>{_e(line)}</li>" for line in rep["findings"]]
    out.append("</ul><h3>Redevabilité</h3><ul>")
    out += [f"<li>{_e(a['summary'])}</li>" for a in rep["accountability"]]
    out.append("</ul>")
    return "".join(out)


def _eur(value: Any) -> str:
    if value is None:
        return "—"
    return euros(float(value))


def _num(text: str, unit: str) -> str:
    """A simulated figure (already in French) with its unit: « 2 054 659 €/an », « 83,0 % »,
    « 41 jours » (a share carries its « % »)."""
    from dashboard.sim_text import SHARE_UNITS

    if text == "—" or unit in SHARE_UNITS:
        return text
    return f"{text} {unit}".strip()
