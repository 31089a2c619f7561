"""French scenarios of features/abrogation.feature, run with the shared step library (engine.bdd)."""

from pytest_bdd import scenarios

scenarios("abrogation.feature")
