"""`pacte verifier` output: plain text for the terminal, and a Markdown memo a legal adviser
can read and annotate (per clause: verdict, articles, explanation, suggested wording and a
blank « Annotations » line)."""

from __future__ import annotations

from collections import Counter

from engine.verifier.findings import (
    CONFIDENCE_FR,
    SEVERITY_FR,
    VERDICT_FR,
    Finding,
    verdict_counts_fr,
)


def _counts(findings: list[Finding], kind: str) -> str:
    return verdict_counts_fr(dict(Counter(f.verdict for f in findings if f.kind == kind)), kind)


def _title(f: Finding, titles: dict[str, str]) -> str:
    return titles.get(f.clause, f.clause)


def summary_line(findings: list[Finding]) -> str:
    return (f"Légalité : {_counts(findings, 'legal')}. "
            f"Cohérence : {_counts(findings, 'consistency')}.")


def render_text(findings: list[Finding], pact_id: str, commune: str, titles: dict[str, str],
                note: str | None = None) -> str:
    """``note``: the line saying the scenario's commune is not the pact's (or ``None``)."""
    lines = [f"Vérification du pacte « {pact_id} » à {commune}", *([note] if note else []),
             summary_line(findings)]
    for kind, heading in (("legal", "Légalité (CGCT), clause par clause"),
                          ("consistency", "Cohérence et faisabilité")):
        lines += ["", f"■ {heading}"]
        for f in (x for x in findings if x.kind == kind):
            lines.append("")
            lines.append(f"[{VERDICT_FR[f.verdict].upper()}] {f.id} — {_title(f, titles)}")
            for para in f.message.split("\n"):
                lines.append(f"  {para}")
            if f.articles:
                lines.append(f"  Articles : {', '.join(f.articles)}")
            if f.suggested_wording:
                lines.append("  Rédaction proposée :")
                lines += [f"    {w}" for w in f.suggested_wording.split("\n")]
            lines.append(f"  Gravité : {SEVERITY_FR[f.severity]} ; confiance : "
                         f"{CONFIDENCE_FR[f.confidence]} ; source : {f.source}")
    return "\n".join(lines)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(findings: list[Finding], pact_id: str, commune: str, titles: dict[str, str],
                    note: str | None = None) -> str:
    """A memo for a legal adviser, with room for annotations after each finding (``note``:
    the line saying the scenario's commune is not the pact's)."""
    legal = [f for f in findings if f.kind == "legal"]
    cons = [f for f in findings if f.kind == "consistency"]
    out = [f"# Note de vérification — pacte « {pact_id} » à {commune}", "",
           *([f"> {note}", ""] if note else []),
           "Produite par `pacte verifier` à partir des dispositions de `rules/cgct/` (LEGAL.md). "
           "Chaque clause est qualifiée d'après son type et ses paramètres : *conforme* (valable "
           "une fois l'organe compétent saisi), *engagement politique* (licite seulement comme "
           "engagement, rédaction proposée), *conflit avec la loi*, ou *à vérifier* (fait "
           "incertain ou disposition de faible confiance).", "",
           f"**Synthèse.** {summary_line(findings)}", "",
           "| Clause | Verdict | Articles | Confiance |", "|---|---|---|---|"]
    for f in legal:
        out.append(f"| {_md_escape(_title(f, titles))} (`{f.clause}`) | {VERDICT_FR[f.verdict]} | "
                   f"{', '.join(f.articles)} | {CONFIDENCE_FR[f.confidence]} |")
    out += ["", "## 1. Légalité, clause par clause", ""]
    for i, f in enumerate(legal, 1):
        out += _md_finding(f"1.{i}", f, titles)
    out += ["## 2. Cohérence et faisabilité", ""]
    for i, f in enumerate(cons, 1):
        out += _md_finding(f"2.{i}", f, titles)
    uncertain = [f for f in findings if f.verdict == "a_verifier" or f.confidence == "L"]
    out += ["## 3. Ce qui reste à vérifier", ""]
    if uncertain:
        out += [f"- `{f.id}` — {VERDICT_FR[f.verdict]}, confiance {CONFIDENCE_FR[f.confidence]}"
                for f in uncertain]
    else:
        out.append("- Rien : tous les constats reposent sur des faits et dispositions établis.")
    out += ["", "**Visa du ou de la juriste** : ______________________    **Date** : ____________", ""]
    return "\n".join(out)


def _md_finding(number: str, f: Finding, titles: dict[str, str]) -> list[str]:
    lines = f.message.split("\n")
    out = [f"### {number}. {_title(f, titles)} — {VERDICT_FR[f.verdict]}", "",
           f"- **Constat** : `{f.id}` ({'juridique' if f.kind == 'legal' else 'cohérence'})",
           f"- **Verdict** : {VERDICT_FR[f.verdict]} (gravité : {SEVERITY_FR[f.severity]})",
           f"- **Articles** : {', '.join(f.articles) if f.articles else '—'}",
           f"- **Confiance** : {CONFIDENCE_FR[f.confidence]}",
           f"- **Source** : {f.source}", "", "**Explication**", ""]
    if len(lines) > 1:
        out.append(lines[0])
        out.append("")
        out += [f"- {line}" for line in lines[1:]]
    else:
        out.append(lines[0])
    out.append("")
    if f.suggested_wording:
        out += ["**Rédaction proposée**", ""]
        out += [f"> {w}" for w in f.suggested_wording.split("\n")]
        out.append("")
    out += ["**Annotations** : ____________________________________________", ""]
    return out
