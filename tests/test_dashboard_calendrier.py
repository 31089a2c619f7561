"""Page « Calendrier » : la frise du mandat suit les clauses et le régime de délais."""

from __future__ import annotations

from dashboard_support import app, texts


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


def test_lane_filter_and_regime() -> None:
    at = app(page="calendrier")
    rows = len(at.dataframe[0].value)
    lanes = next(m for m in at.multiselect if m.key.startswith("cal_lanes:"))
    lanes.set_value(["Conseil municipal"]).run()
    only = at.dataframe[0].value
    assert 0 < len(only) < rows and set(only["Catégorie"]) == {"Conseil municipal"}
    at.radio(key="cal_regime").set_value("pacte").run()
    assert not at.exception
    assert any("Périodes sans scrutin local" in m for m in texts(at.markdown))
