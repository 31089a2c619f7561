"""Shared test configuration: the French step library serves every feature.

Hypothesis runs without its per-example deadline: speed is measured in ``benchmarks/``,
never asserted in a test (a loaded CI machine must not turn a slow example into a failure).
"""

from hypothesis import HealthCheck, settings

settings.register_profile("pacte", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("pacte")

pytest_plugins = ["tests.bdd"]
