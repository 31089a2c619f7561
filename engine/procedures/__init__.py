"""One module per procedure of the pact: pure functions returning dated, traced results.

``regime`` selects whose delays a vote follows: ``"pacte"`` (the pact's own delays only)
or ``"loi"`` (the pact's delays bounded by the legal minima and blackout periods).
"""

from typing import TypeVar

C = TypeVar("C")


def require(clause: C | None, pact_id: str, key: str, missing: str) -> C:
    """The clause a procedure needs, or a French input error naming the pact and the clause."""
    if clause is None:
        from engine.core.errors import InputError

        raise InputError.single(pact_id, None, key, f"ce pacte n'a pas {missing}")
    return clause
