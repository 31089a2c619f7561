"""French scenarios of features/transparence.feature, run with the shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("transparence.feature")
