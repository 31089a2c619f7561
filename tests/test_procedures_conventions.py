"""At most ``max_par_an`` conventions citoyennes per calendar year."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine.io.context import load_pact
from engine.procedures.conventions import convention_allowed

PACT = load_pact(None)


@given(held=st.integers(min_value=0, max_value=10))
def test_allowed_iff_fewer_than_the_cap(held) -> None:
    d = convention_allowed(PACT, held)
    assert d.value is (held < PACT.conventions.max_per_year.at())
    assert d.trace and d.trace[0].clause == "conventions_citoyennes.max_par_an"


def test_no_clause_no_convention() -> None:
    assert convention_allowed(PACT.model_copy(update={"conventions": None}), 0).value is False


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValueError):
        convention_allowed(PACT, -1)
