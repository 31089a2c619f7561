"""French scenarios of features/assemblees.feature, run with the shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("assemblees.feature")
