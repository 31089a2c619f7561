"""French scenarios of features/referendum.feature, run with the shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("referendum.feature")
