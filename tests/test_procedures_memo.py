"""The calendar memo returns the generator's own result, as a fresh list."""

from __future__ import annotations

from engine.io.context import load_context
from engine.procedures._memo import per_models


def test_memo_returns_equal_fresh_lists_and_calls_once() -> None:
    calls = []

    @per_models
    def gen(pact, scenario, k=1):
        calls.append(1)
        return [k, k + 1]

    scen, pact = load_context()
    a = gen(pact, scen)
    a.append(99)
    assert gen(pact, scen) == [1, 2] and len(calls) == 1
    assert gen(pact, scen, k=3) == [3, 4] and len(calls) == 2
    other = pact.model_copy()
    assert gen(other, scen) == [1, 2] and len(calls) == 3


def test_council_sessions_are_the_same_with_the_memo() -> None:
    from engine.procedures.sessions import council_sessions

    scen, pact = load_context()
    assert council_sessions(pact, scen) == council_sessions.__wrapped__(pact, scen)
