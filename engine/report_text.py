"""The stress test in plain French, for the terminal."""

from __future__ import annotations

from datetime import date
from typing import Any

from engine.calendar import format_date
from engine.fr import number


def _d(iso: str) -> str:
    return format_date(date.fromisoformat(iso))


def render_text(data: dict[str, Any]) -> str:
    lines = [f"Bilan du pacte « {data['pacte']} » à {data['commune']}", ""]
    cal = data["calendar"]
    m = cal["mandate"]
    lines.append(f"Mandat : du {_d(m['start'])} au {_d(m['end'])} ; {len(data['clauses'])} clauses.")
    th = data["thresholds"]
    if "petition" in th:
        lines += ["", "■ Pétitions", f"  {th['petition']['explanation']}"]
    if "abrogation" in th:
        a = th["abrogation"]
        lines.append(f"  Abrogation : {number(a['required'])} signatures, soit "
                     f"{number(a['share_of_electors_pct'], 2)} % des électeurs inscrits.")
    if "votation_days" in cal:
        v = cal["votation_days"]
        lines += ["", "■ Jours de votation",
                  f"  {v['pacte']} possibles selon le pacte, {v['loi']} en respectant la loi "
                  f"(campagnes électorales et 6 mois avant 2032)."]
        if v["cancelled_by_law"]:
            lines.append("  Annulés par la loi : " + ", ".join(_d(x) for x in v["cancelled_by_law"]) + ".")
    if "audits" in cal:
        a = cal["audits"]
        lines += ["", "■ Audits du Conseil Citoyen", f"  {a['explanation']}",
                  f"  {a['pairs_late']} binômes sur {a['pairs']} attendent plus que prévu entre deux auditions "
                  f"({a['late_intervals']} intervalles, jusqu'à {a['max_excess_days']} jours de retard).",
                  "  Renouvellements : " + ", ".join(_d(x) for x in a["renewals"]) + "."]
    if "rotations" in cal:
        lines += ["", "■ Rotation du binôme maire – 1er adjoint"]
        lines += [f"  Démission le {_d(r['resignation'])}, élection du maire et de tous les adjoints "
                  f"au plus tard le {_d(r['election'])}." for r in cal["rotations"]]
    ab = data.get("abrogation_example") or {}
    if ab:
        lines += ["", "■ Délais d'une abrogation contestée",
                  f"  Délibération du {_d(ab['council_day'])} : vote le {_d(ab['pacte']['vote'])} selon le pacte "
                  f"({ab['pacte']['suspended_days_if_vote']} jours de suspension), le {_d(ab['loi']['vote'])} "
                  f"au plus tôt selon la loi ({ab['loi']['suspended_days_if_vote']} jours)."]
    return "\n".join(lines)
