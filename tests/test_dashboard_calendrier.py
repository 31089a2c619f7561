"""Page « Calendrier » : la frise du mandat suit les clauses et le régime de délais ; la
conclusion (séances, jours de votation, périodes sans scrutin) est en tête de page."""

from __future__ import annotations

from _pacts import chambery
from dashboard_support import app, texts

from engine.procedures.blackout import votation_days_cancelled_by_law
from engine.procedures.mandate import institutional_calendar
from engine.procedures.referendum import blackout_periods
from engine.report.calendar import mandate_overview


def _metric(at, label: str) -> str:  # noqa: ANN001
    return next(m.value for m in at.metric if m.label == label)


def test_timeline_counts_follow_the_pact() -> None:
    at = app(page="calendrier")
    assert "Le calendrier du mandat" in texts(at.title)
    assert texts(at.subheader)[0].startswith("Du 27 mars 2026 au 14 mars 2032")
    votes = int(_metric(at, "Jours de votation possibles"))
    assert votes > 0
    edited = app({"set": ["votation_propositionnelle.periodicite_votations_mois=6"]},
                 page="calendrier")
    assert int(_metric(edited, "Jours de votation possibles")) < votes
    no_cc = app({"set": ["conseil_citoyen.audits_par_reunion=2"]}, page="calendrier")
    assert _metric(no_cc, "Soirées d'auditions") == _metric(at, "Soirées d'auditions")


def test_the_conclusion_comes_first_with_the_engine_figures() -> None:
    """The first lines under the title answer the page's question with the engine's counts
    (the same as the report's « Calendrier » section), before any control."""
    scen, pact = chambery()
    overview = mandate_overview(pact, scen, "loi")
    cancelled = len(votation_days_cancelled_by_law(pact, scen))
    at = app(page="calendrier")
    head = texts(at.subheader)[0]
    assert f"siège {overview['Séances du conseil municipal']} fois" in head
    assert f"{overview['Jours de votation possibles']} jours de votation groupée" in head
    first = texts(at.markdown)[0]
    periods = overview["Périodes sans scrutin local"]
    assert f"pendant {periods} périodes" in first
    assert f"{cancelled} jours de votation prévus par le pacte y tombent" in first
    assert "(s)" not in head + first


def test_periods_without_vote_are_distinct() -> None:
    """« Périodes sans scrutin local » counts the period before the 2032 renewal once, though
    two windows (national calendar, LO1112-6) name it."""
    scen, pact = chambery()
    steps = institutional_calendar(pact, scen, "loi")
    starts = sum(s.event == "debut_periode_interdite" for s in steps)
    at = app(page="calendrier")
    shown = int(_metric(at, "Périodes sans scrutin local"))
    assert shown == len(blackout_periods(scen)) == starts - 1
    label = next(e.label for e in at.expander if e.label.startswith("Périodes sans scrutin"))
    assert f"{shown} périodes" in label


def test_lane_filter_and_regime() -> None:
    at = app(page="calendrier")
    rows = len(at.dataframe[0].value)
    sources = at.dataframe[0].value["Source"]
    assert not sources.str.contains(r"\.txt|LEGAL\.md|Calendar helper").any()  # titles, French
    cited = at.dataframe[0].value["Clause"]  # clause titles, never « clause.parametre » ids
    assert not cited.str.contains(r"^[a-z_]+(?:\.[a-z_]+)?$").any(), sorted(set(cited))
    assert cited.str.contains("Votations propositionnelles").any()
    lanes = next(m for m in at.multiselect if m.key.startswith("cal_lanes:"))
    lanes.set_value(["Conseil municipal"]).run()
    only = at.dataframe[0].value
    assert 0 < len(only) < rows and set(only["Catégorie"]) == {"Conseil municipal"}
    at.radio(key="cal_regime").set_value("pacte").run()
    assert not at.exception
    assert "délais du pacte seul" in texts(at.markdown)[0]
    assert any("Renouvellement général" in m for m in texts(at.markdown))
