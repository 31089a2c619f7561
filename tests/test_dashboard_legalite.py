"""Page « Légalité » : constats du vérificateur, filtres, mémo."""

from __future__ import annotations

from dashboard_support import app, texts


def _metric(at, label: str) -> int:  # noqa: ANN001
    return int(next(m.value for m in at.metric if m.label == label))


def test_findings_filters_and_memo() -> None:
    at = app(page="legalite")
    assert "Légalité et cohérence" in texts(at.title)
    total = _metric(at, "Constats")
    assert total > 0 and _metric(at, "Erreurs") > 0
    assert texts(at.caption)[0] == f"{total} constats affichés sur {total}."
    heads = [e.label for e in at.expander]
    assert any("suspendrait une délibération" in h and "— Votations abrogatoires" in h
               for h in heads)
    assert not any(e.proto.expanded for e in at.expander)  # details folded
    sub = texts(at.subheader)[0]
    assert sub.startswith("Ce pacte est-il légal ? Non, pas tel qu'il est écrit : 7 conflits")
    assert "Clauses au regard du CGCT : 7 conflits avec la loi" in texts(at.markdown)[0]
    for chips in at.multiselect:  # short labels: never truncated
        assert all(len(o) <= 14 for o in chips.options), chips.options
    assert texts(at.info)  # suggested wordings are shown
    sev = next(m for m in at.multiselect if m.key.startswith("f_severity:"))
    sev.set_value(["error"]).run()
    shown = int(texts(at.caption)[0].split()[0])
    assert 0 < shown < total and shown == _metric(at, "Erreurs")
    verdict = next(m for m in at.multiselect if m.key.startswith("f_verdict:"))
    verdict.set_value(["conforme"]).run()
    assert texts(at.caption)[0].startswith("0 constat affiché sur")
    assert at.get("download_button")


def test_an_edit_changes_the_findings_and_the_commune_matters() -> None:
    base = app(page="legalite")
    edited = app({"set": ["votation_abrogatoire.suspension_execution=false"]}, page="legalite")
    assert texts(edited.subheader) != texts(base.subheader) or \
        _metric(edited, "Erreurs") != _metric(base, "Erreurs") or \
        [e.label for e in edited.expander] != [e.label for e in base.expander]
    saillans = app({"scenario": "saillans"}, page="legalite")
    assert [e.label for e in saillans.expander] != [e.label for e in base.expander]


def test_scenario_and_pact_pickers() -> None:
    at = app(page="legalite")
    at.selectbox(key="pick_scenario").set_value("grenoble").run()
    assert at.query_params["scenario"] == "grenoble"
    at.selectbox(key="pick_pact").set_value("collegial-2026").run()
    assert at.query_params["pacte"] == "collegial-2026"
    assert not at.exception
    # the gaps of the collegial pact, titled by what the law leaves (verdict « lacune »)
    assert any(h.startswith("ℹ Aucune voie citoyenne contre une délibération")
               for h in [e.label for e in at.expander])
