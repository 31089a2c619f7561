"""A small memo for calendar generators that depend only on (pact, scenario, …).

Pacts and scenarios are frozen pydantic models, so a generator's result for the same two
objects never changes; but they hold dicts, so they cannot be hashed. The memo keys on
their identities and keeps a strong reference to both objects with the result, so an id
cannot be reused while its entry lives. Callers get a fresh copy of the list.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., list[Any]])
MAX_ENTRIES = 32


def per_models(fn: F) -> F:
    """Memoise ``fn(pact, scenario, *args)`` returning a list, by object identity."""
    cache: dict[tuple[Any, ...], tuple[Any, Any, list[Any]]] = {}

    @wraps(fn)
    def wrapper(pact: Any, scenario: Any, *args: Any, **kwargs: Any) -> list[Any]:
        key = (id(pact), id(scenario), args, tuple(sorted(kwargs.items())))
        hit = cache.get(key)
        if hit is not None and hit[0] is pact and hit[1] is scenario:
            return list(hit[2])
        result = fn(pact, scenario, *args, **kwargs)
        if len(cache) >= MAX_ENTRIES:
            try:
                del cache[next(iter(cache))]
            except (KeyError, StopIteration, RuntimeError):
                pass
        cache[key] = (pact, scenario, list(result))
        return list(result)

    return wrapper  # type: ignore[return-value]
