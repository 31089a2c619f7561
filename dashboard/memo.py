"""A legal memo (Markdown) from the verifier's findings, for an adviser to annotate."""

from __future__ import annotations

from typing import Any

VERDICT_FR = {
    "conforme": "conforme", "engagement_politique": "engagement politique",
    "conflit": "conflit avec la loi", "a_verifier": "à vérifier", "coherent": "cohérent",
    "incoherent": "incohérent", "lacune": "laissé à la bonne volonté",
}


def markdown(pact: Any, scenario: Any, findings: list[dict[str, Any]]) -> str:
    lines = [f"# Mémo juridique — {pact.info.title}", "",
             f"Commune : {scenario.commune.name}. Pacte : `{pact.info.id}` ({pact.info.list_name}).",
             "", f"{len(findings)} constats, classés par gravité.", ""]
    order = {"error": 0, "warning": 1, "info": 2}
    for f in sorted(findings, key=lambda f: (order.get(f["severity"], 3), f["clause"])):
        lines.append(f"## {f['clause']} — {VERDICT_FR.get(f['verdict'], f['verdict'])}")
        lines.append("")
        lines.append(f"- Articles : {', '.join(f['articles']) or '—'}")
        lines.append(f"- Gravité : {f['severity']} ; confiance : {f.get('confidence', '—')}")
        lines.append(f"- Source : {f.get('source', '—')}")
        lines.append("")
        lines.append(f["message"])
        if f.get("suggested_wording"):
            lines += ["", "**Rédaction proposée :**", "", f"> {f['suggested_wording']}"]
        lines += ["", "_Annotation du conseil :_", "", ""]
    return "\n".join(lines)
