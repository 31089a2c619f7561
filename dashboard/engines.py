"""The engine modules built in parallel (checker, costs, simulation), reached through one
place: each accessor returns the engine's function, or ``None`` while this installation does
not have it — the pages then say so in French and never show invented figures."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

# (module, function) candidates, first found wins.
CHECKERS = [("engine.verifier.checks", "check")]
COSTS = [("engine.procedures.cost_table", "cost_table")]


def _resolve(candidates: list[tuple[str, str]]) -> Callable[..., Any] | None:
    for module, name in candidates:
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        fn = getattr(mod, name, None)
        if callable(fn):
            return fn
    return None


def checker() -> Callable[..., Any] | None:
    """``check(pact, scenario)`` → findings (objects with ``as_dict()`` or dicts)."""
    return _resolve(CHECKERS)


def cost_table() -> Callable[..., Any] | None:
    return _resolve(COSTS)


def memo_markdown(pact: Any, scenario: Any) -> str:
    """The adviser's memo in Markdown, as `pacte verifier --format markdown` writes it (the
    note document of engine.report.doc_note, each finding with its id, room to annotate)."""
    from engine.render.verifier import render_markdown

    return render_markdown(pact, scenario)


def as_dict(item: Any) -> dict[str, Any]:
    if isinstance(item, dict):
        return item
    if hasattr(item, "as_dict"):
        return item.as_dict()
    if hasattr(item, "model_dump"):
        return item.model_dump()
    from dataclasses import asdict

    return asdict(item)
