"""Mandat impératif: objectives per pair, opinion scale, reporting calendar, objectives audited."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from engine.model.clauses_commitments import CommitmentsClause
from engine.model.params import Param
from engine.procedures.audits import audit_schedule
from engine.procedures.commitments import (
    auditor_created,
    objectives_audited,
    opinion_scale,
    opinion_scales,
    pair_objectives,
    report_calendar,
)
from tests._pacts import with_params, without
from tests.verifier_support import context


def _pct(value: float) -> Param[float]:
    return Param[float](description="seuil", unit="pourcent", value=value)


def test_pairs_answer_for_written_objectives_or_the_minimum():
    _, pact = context()
    d = pair_objectives(pact)
    counts = {p.pair.split(" — ")[0]: p.count for p in d.value}
    assert len(d.value) == 25
    assert counts["Délégation 1"] == 4 and counts["Délégation 2"] == 6
    assert counts["Délégation 19"] == 2 and counts["Délégation 4"] == 3
    assert counts["Quartier Bissy"] == 3
    # 4 + 6 + 4 + 2 written, 21 pairs at the minimum of 3
    assert sum(counts.values()) == 16 + 21 * 3 == 79
    assert "79 objectifs" in d.explanation
    assert d.trace[0].clause == "engagements.objectifs_min"


def test_minimum_is_live():
    _, pact = context()
    changed = with_params(pact, "commitments", objectives_min=4)
    assert sum(p.count for p in pair_objectives(changed).value) == 16 + 21 * 4


def test_without_pairs_the_written_delegations_only():
    _, pact = context()
    d = pair_objectives(without(pact, "pairs"))
    assert [p.count for p in d.value] == [4, 6, 4, 2]


def test_default_scale_half_and_all():
    _, pact = context()
    d = opinion_scale(pact, 4)
    assert d.value == ("defavorable", "defavorable", "mitige", "mitige", "favorable")
    assert "Seuils par défaut" in d.explanation
    assert opinion_scale(pact, 1).value == ("defavorable", "favorable")


def test_scale_follows_the_pact_thresholds():
    _, pact = context()
    c = pact.commitments.model_copy(update={"unfavourable_below_pct": _pct(25),
                                            "favourable_from_pct": _pct(75)})
    changed = pact.model_copy(update={"commitments": c})
    d = opinion_scale(changed, 4)
    assert d.value == ("defavorable", "mitige", "mitige", "favorable", "favorable")
    assert [t.clause for t in d.trace[:2]] == ["engagements.seuil_avis_defavorable_pct",
                                               "engagements.seuil_avis_favorable_pct"]
    with pytest.raises(ValueError):
        opinion_scale(changed, 0)


def test_scales_by_pair():
    _, pact = context()
    scales = opinion_scales(pact)
    assert len(scales) == 25
    assert len(scales[next(p for p in scales if p.startswith("Délégation 2 "))]) == 7
    assert opinion_scales(without(pact, "commitments")) == {}


def test_monthly_reports_over_the_mandate():
    scen, pact = context()
    steps = report_calendar(pact, scen)
    assert len(steps) == 71  # 72 months, the last report would fall on the end of the mandate
    assert all(s.day < scen.mandate.end for s in steps)
    assert steps[0].clause == "engagements.periodicite_compte_rendu_mois"
    assert "publié" in steps[0].label
    half_yearly = with_params(pact, "commitments", report_period_months=6,
                              reports_published=False)
    steps = report_calendar(half_yearly, scen)
    assert len(steps) == 11 and "non prévue" in steps[0].label


def test_objectives_audited_follow_the_audit_schedule():
    scen, pact = context()
    d = objectives_audited(pact, scen)
    counts = {p.pair: p.count for p in pair_objectives(pact).value}
    expected = sum(counts.get(n, 0) for m in audit_schedule(pact, scen).meetings for n in m.pairs)
    assert d.value.objectives_judged == expected > 0
    assert d.value.evenings == len(audit_schedule(pact, scen).meetings)
    assert d.value.most_in_one_evening == max(n for _d, n in d.value.per_evening)


def test_other_auditor_has_no_calendar():
    scen, pact = context()
    other = with_params(pact, "commitments", auditor="assemblee_citoyenne")
    d = objectives_audited(other, scen)
    assert d.value.objectives_judged == 0 and "pas de calendrier" in d.explanation


def _clause(**changes):
    _, pact = context()
    data = pact.commitments.model_dump(by_alias=True, exclude_none=True)
    data.update(changes)
    return CommitmentsClause.model_validate(data)


def test_validation_in_french():
    with pytest.raises(ValidationError, match="objectifs_min dépasse objectifs_max"):
        _clause(objectifs_min={"description": "x", "unite": "nombre", "valeur": 6})
    with pytest.raises(ValidationError, match="même numéro"):
        _clause(delegations=[{"numero": 1, "nom": "a", "objectifs": ["x"]},
                             {"numero": 1, "nom": "b", "objectifs": ["y"]}])
    with pytest.raises(ValidationError, match="seuil_avis_defavorable_pct dépasse"):
        _clause(seuil_avis_defavorable_pct={"description": "x", "unite": "pourcent", "valeur": 80},
                seuil_avis_favorable_pct={"description": "x", "unite": "pourcent", "valeur": 60})


FIXTURE = "tests/fixtures/pacte_engagements.yaml"


def test_a_pact_without_pairs_or_citizen_council():
    scen, pact = context("chambery", FIXTURE)
    assert [p.count for p in pair_objectives(pact).value] == [2, 3]
    assert opinion_scale(pact, 3).value == ("defavorable", "mitige", "mitige", "favorable")
    assert objectives_audited(pact, scen).value.evenings == 0
    assert len(report_calendar(pact, scen)) == 11


def test_auditor_created():
    _, pact = context()
    assert auditor_created(pact).value
    assert not auditor_created(without(pact, "citizen_council")).value
    assert not auditor_created(context("chambery", FIXTURE)[1]).value
