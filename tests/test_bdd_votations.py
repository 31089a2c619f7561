"""French scenarios of features/votations.feature, run with the shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("votations.feature")
