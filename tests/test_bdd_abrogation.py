"""French scenarios of features/abrogation.feature, run with the shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("abrogation.feature")
