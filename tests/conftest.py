"""Shared test configuration: the French step library serves every feature.

Hypothesis runs without its per-example deadline: speed is measured in ``benchmarks/``,
never asserted in a test (a loaded CI machine must not turn a slow example into a failure).
"""

from hypothesis import HealthCheck, settings

settings.register_profile("pacte", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("pacte")

pytest_plugins = ["tests.bdd"]


def pytest_collection_modifyitems(items: list) -> None:
    """With several workers (pytest-xdist, ``--dist loadgroup``), the real-browser tests run
    one after the other on one worker — one Streamlit server and one Chromium at a time —
    while the other workers share the rest."""
    import pytest

    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.xdist_group("navigateur"))
