"""Page « Calendrier » : le calendrier institutionnel du mandat (séances, auditions,
renouvellements, rotations, jours de votation, périodes sans scrutin)."""

from __future__ import annotations

import csv

import pandas as pd
import streamlit as st

from dashboard import data, session, timeline
from dashboard.safe import md
from engine.core.calendar import format_date
from engine.core.fr import plural
from engine.io.csv_safe import safe_frame
from engine.report.clauses import cited_label

MODULE = data.Module("engine.procedures.mandate", "calendrier du mandat")


@st.cache_data(max_entries=64, show_spinner=False)
def _calendar(texts, overrides: tuple[str, ...], regime: str) -> list:  # noqa: ANN001
    from engine.procedures.mandate import institutional_calendar

    scen, pact = data.context(texts, overrides)
    return institutional_calendar(pact, scen, regime)


@st.cache_resource(max_entries=64, show_spinner=False)
def _figure(texts, overrides: tuple[str, ...], regime: str, lanes: tuple[str, ...]):  # noqa: ANN001, ANN202
    labels = data.clause_labels(texts, overrides)
    scen, _pact = data.context(texts, overrides)
    return timeline.figure(_calendar(texts, overrides, regime), timeline.blackouts(scen), set(lanes),
                           lambda path: cited_label(path, labels))


REGIMES = {"loi": "ceux du pacte, bornés par la loi (délais légaux et périodes sans scrutin)",
           "pacte": "ceux du pacte seul"}


@st.cache_data(max_entries=64, show_spinner=False)
def _cancelled(texts, overrides: tuple[str, ...]) -> int | None:  # noqa: ANN001
    """How many votation days of the pact's grid the law cancels (engine.procedures.blackout);
    ``None`` for a pact without votation days."""
    from engine.procedures.blackout import votation_days_cancelled_by_law

    scen, pact = data.context(texts, overrides)
    if pact.petition is None:
        return None
    return len(votation_days_cancelled_by_law(pact, scen))


@st.cache_data(max_entries=64, show_spinner=False)
def _overview(texts, overrides: tuple[str, ...], regime: str) -> dict:  # noqa: ANN001
    """The mandate's counts, as the report's « Calendrier » section gives them."""
    from engine.report.calendar import mandate_overview

    scen, pact = data.context(texts, overrides)
    return mandate_overview(pact, scen, regime)


def _conclusion(overview: dict, cancelled: int | None, regime: str) -> None:
    """The two or three sentences that answer « que se passe-t-il pendant ce mandat ? »."""
    periods = plural(overview["Périodes sans scrutin local"], "période")
    votes = overview["Jours de votation possibles"]
    sessions = overview["Séances du conseil municipal"]
    mandate = overview["Mandat"]
    days = ("ce pacte ne prévoit pas de jours de votation groupée" if cancelled is None else
            f"{plural(votes, 'jour')} de votation groupée "
            f"{'sont possibles' if votes > 1 else 'est possible'}")
    st.subheader(f"{mandate[:1].upper()}{mandate[1:]}, le conseil municipal siège "
                 f"{plural(sessions, 'fois', 'fois')} ; {days}.")
    law = (f"La loi interdit tout scrutin local pendant {periods} (campagnes électorales, six "
           "mois avant le renouvellement)")
    if cancelled is None:
        lines = [f"{law}."]
    elif regime == "loi" and cancelled:
        verb = "tombe et ne peut" if cancelled == 1 else "tombent et ne peuvent"
        lines = [f"{law} : {plural(cancelled, 'jour')} de votation "
                 f"prévu{'s' if cancelled > 1 else ''} par le pacte y {verb} pas se tenir."]
    elif regime == "loi":
        lines = [f"{law} : aucun jour de votation prévu par le pacte n'y tombe."]
    else:
        lines = [f"Ces dates suivent les délais du pacte seul : la loi en annulerait "
                 f"{plural(cancelled, 'jour')} de votation (périodes sans scrutin local)."]
    audits = overview["Soirées d'auditions du Conseil Citoyen"]
    rotations = overview["Élections d'un nouveau binôme maire"]
    if audits or rotations:
        lines.append(f"{plural(audits, 'soirée')} d'auditions du Conseil Citoyen, "
                     f"{plural(rotations, 'élection')} d'un nouveau binôme maire.")
    st.markdown(" ".join(lines))


def main() -> None:
    v, t, scen, pact = session.current()
    st.title("Le calendrier du mandat")
    if not MODULE.available:
        MODULE.notice()
        return
    regime = st.session_state.get("cal_regime", "loi")
    steps = _calendar(t, v.overrides, regime)
    spans = timeline.blackouts(scen)
    overview = _overview(t, v.overrides, regime)
    _conclusion(overview, _cancelled(t, v.overrides), regime)
    st.radio("Délais appliqués aux votes", list(REGIMES), horizontal=True, key="cal_regime",
             format_func=REGIMES.__getitem__)
    c = st.columns(4)
    c[0].metric("Séances du conseil", overview["Séances du conseil municipal"])
    c[1].metric("Jours de votation possibles", overview["Jours de votation possibles"])
    c[2].metric("Soirées d'auditions", overview["Soirées d'auditions du Conseil Citoyen"])
    c[3].metric("Périodes sans scrutin local", overview["Périodes sans scrutin local"])
    lanes = sorted({timeline.lane(s.event) for s in steps
                    if not s.event.endswith("periode_interdite")})
    lanes.append("Périodes sans scrutin local")
    chosen = st.multiselect("Afficher", lanes, default=lanes, key="cal_lanes:" + "/".join(lanes))
    st.plotly_chart(_figure(t, v.overrides, regime, tuple(sorted(chosen))), width="stretch",
                    config={"displaylogo": False})
    if spans:
        with st.expander(f"Périodes sans scrutin local ({plural(len(spans), 'période')}, "
                         "LO1112-6, L1112-21)"):
            st.markdown("\n".join(f"- du {format_date(a)} au {format_date(b)} : {md(name)}"
                                   for a, b, name in spans))
    labels = data.clause_labels(t, v.overrides)
    rows = [{"Date": s.day, "Quand": format_date(s.day), "Événement": s.label,
             "Catégorie": timeline.lane(s.event) if not s.event.endswith("periode_interdite")
             else "Périodes sans scrutin local", "Clause": cited_label(s.clause, labels), "Source": data.source_fr(s.source),
             "Base légale": ", ".join(s.legal_basis)} for s in steps]
    df = pd.DataFrame(rows)
    df = df[df["Catégorie"].isin(chosen)]
    with st.expander(f"Tous les événements ({plural(len(df), 'date')})"):
        st.dataframe(df.drop(columns=["Date"]), hide_index=True, width="stretch", height=380)
    st.download_button("Télécharger le calendrier (CSV)",
                       safe_frame(df).to_csv(index=False, quoting=csv.QUOTE_NONNUMERIC).encode("utf-8"),
                       file_name=f"calendrier-{pact.info.id}.csv", mime="text/csv",
                       key="cal_csv")


main()
