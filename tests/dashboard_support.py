"""Helpers for the dashboard's AppTest tests (imported by tests/test_dashboard_*.py)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"


def app(query: dict[str, list[str] | str] | None = None, page: str | None = None) -> AppTest:
    """A fresh session of the dashboard, opened at ``?query`` and on ``page``, already run."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    if page is not None:
        at.switch_page(f"vues/{page}.py")
        at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def texts(elements) -> list[str]:  # noqa: ANN001
    return [e.value for e in elements]


def query_sets(at: AppTest) -> list[str]:
    value = at.query_params.get("set", [])
    return [value] if isinstance(value, str) else list(value)
