"""Page « Calendrier » : le calendrier institutionnel du mandat (séances, auditions,
renouvellements, rotations, jours de votation, périodes sans scrutin)."""

from __future__ import annotations

import csv

import pandas as pd
import streamlit as st

from dashboard import data, session, timeline
from dashboard.safe import md
from engine.core.calendar import format_date
from engine.io.csv_safe import safe_frame

MODULE = data.Module("engine.procedures.mandate", "calendrier du mandat")


@st.cache_data(max_entries=64, show_spinner=False)
def _calendar(texts, overrides: tuple[str, ...], regime: str) -> list:  # noqa: ANN001
    from engine.procedures.mandate import institutional_calendar

    scen, pact = data.context(texts, overrides)
    return institutional_calendar(pact, scen, regime)


@st.cache_resource(max_entries=64, show_spinner=False)
def _figure(texts, overrides: tuple[str, ...], regime: str, lanes: tuple[str, ...]):  # noqa: ANN001, ANN202
    return timeline.figure(_calendar(texts, overrides, regime), set(lanes))


def main() -> None:
    v, t, scen, pact = session.current()
    st.title("Le calendrier du mandat")
    if not MODULE.available:
        MODULE.notice()
        return
    regime = st.radio("Délais appliqués aux votes", ["loi", "pacte"], horizontal=True,
                      key="cal_regime", format_func=lambda r: {
                          "loi": "ceux du pacte, bornés par la loi (délais légaux et périodes "
                                 "sans scrutin)", "pacte": "ceux du pacte seul"}[r])
    steps = _calendar(t, v.overrides, regime)
    votes = [s for s in steps if s.event == "jour_de_votation"]
    audits = [s for s in steps if s.event == "cc_auditions"]
    rotations = [s for s in steps if s.event == "election_maire_et_adjoints"]
    spans = timeline.blackouts(steps)
    start, end = scen.mandate.start, scen.mandate.end
    st.subheader(f"Du {format_date(start)} au {format_date(end)} : {len(votes)} jours de "
                 f"votation possibles, {len(audits)} soirées d'auditions, "
                 f"{len(rotations)} élections d'un nouveau binôme maire")
    c = st.columns(4)
    c[0].metric("Séances du conseil", sum(s.event == "seance_cm" for s in steps))
    c[1].metric("Jours de votation possibles", len(votes))
    c[2].metric("Soirées d'auditions", len(audits))
    c[3].metric("Périodes sans scrutin local", len(spans))
    lanes = sorted({timeline.lane(s.event) for s in steps
                    if not s.event.endswith("periode_interdite")})
    lanes.append("Périodes sans scrutin local")
    chosen = st.multiselect("Afficher", lanes, default=lanes, key="cal_lanes:" + "/".join(lanes))
    st.plotly_chart(_figure(t, v.overrides, regime, tuple(sorted(chosen))), width="stretch",
                    config={"displaylogo": False})
    if spans:
        st.markdown("**Périodes sans scrutin local** (LO1112-6, L1112-21) : " + md(" ; ".join(
            f"{name} du {format_date(a)} au {format_date(b)}" for a, b, name in spans)))
    rows = [{"Date": s.day, "Quand": format_date(s.day), "Événement": s.label,
             "Catégorie": timeline.lane(s.event) if not s.event.endswith("periode_interdite")
             else "Périodes sans scrutin local", "Clause": s.clause, "Source": s.source,
             "Base légale": ", ".join(s.legal_basis)} for s in steps]
    df = pd.DataFrame(rows)
    df = df[df["Catégorie"].isin(chosen)]
    st.dataframe(df.drop(columns=["Date"]), hide_index=True, width="stretch", height=380)
    st.download_button("Télécharger le calendrier (CSV)",
                       safe_frame(df).to_csv(index=False, quoting=csv.QUOTE_NONNUMERIC).encode("utf-8"),
                       file_name=f"calendrier-{pact.info.id}.csv", mime="text/csv",
                       key="cal_csv")


main()
