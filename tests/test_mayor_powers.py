"""The mayor's powers: items of L2122-22 delegated or kept, reporting under L2122-23."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from engine.model.clauses_commitments import MayorPowersClause
from engine.model.params import Param
from engine.procedures.mayor_powers import delegation_items, delegation_reports, delegation_split
from engine.procedures.sessions import council_sessions
from tests._pacts import with_params
from tests.verifier_support import context, law


def test_the_law_base_lists_29_items():
    items = delegation_items(law())
    assert [i.number for i in items] == list(range(1, 30))
    assert items[4].article == "L2122-22.5" and "douze ans" in items[4].text
    assert law().number("L2122-22.10", "plafond_euros") == 4600


def test_chambery_delegates_loans_only():
    _, pact = context()
    d = delegation_split(pact, law())
    assert [i.number for i in d.value.granted] == [3]
    assert len(d.value.retained) == 28
    assert "1 des 29 alinéas" in d.explanation and "3° (emprunts)" in d.explanation
    assert d.trace[0].clause == "pouvoirs_du_maire.delegations_accordees"


def test_all_but_and_none():
    _, pact = context()
    everything = pact.mayor_powers.model_copy(update={
        "granted": Param[object](description="x", unit="liste", value="toutes"),
        "excluded": Param[list[int]](description="x", unit="liste", value=[15, 21])})
    d = delegation_split(pact.model_copy(update={"mayor_powers": everything}), law())
    assert len(d.value.granted) == 27
    assert [i.number for i in d.value.retained] == [15, 21]
    assert d.trace[1].clause == "pouvoirs_du_maire.delegations_exclues"
    nothing = with_params(pact, "mayor_powers", granted="aucune")
    assert delegation_split(nothing, law()).value.granted == ()


def test_reports_at_each_session():
    scen, pact = context()
    steps = delegation_reports(pact, scen, law())
    assert [s.day for s in steps] == council_sessions(pact, scen)
    assert all(s.legal_basis == ("L2122-23",) for s in steps)
    assert delegation_reports(with_params(pact, "mayor_powers", granted="aucune"), scen, law()) == []


def test_written_reports_added_by_the_pact():
    scen, pact = context()
    monthly = pact.mayor_powers.model_copy(update={
        "report_period_months": Param[int](description="x", unit="mois", value=3)})
    steps = delegation_reports(pact.model_copy(update={"mayor_powers": monthly}), scen, law())
    written = [s for s in steps if s.event == "compte_rendu_ecrit_delegations"]
    assert len(written) == 23  # every 3 months over 72 months, the last one on the end excluded
    assert written[0].clause == "pouvoirs_du_maire.compte_rendu_periodicite_mois"
    assert [s.day for s in steps] == sorted(s.day for s in steps)


def _clause(**changes):
    _, pact = context()
    data = pact.mayor_powers.model_dump(by_alias=True, exclude_none=True)
    data.update(changes)
    return MayorPowersClause.model_validate(data)


def test_validation_in_french():
    with pytest.raises(ValidationError, match="ne va qu'avec"):
        _clause(delegations_exclues={"description": "x", "unite": "liste", "valeur": [3]})
    with pytest.raises(ValidationError, match="accordé deux fois"):
        _clause(delegations_accordees={"description": "x", "unite": "liste", "valeur": [3, 3]})
    with pytest.raises(ValidationError):
        _clause(delegations_accordees={"description": "x", "unite": "liste", "valeur": [30]})
