"""French scenarios of features/revocation.feature, run with the shared step library (engine.bdd)."""

from pytest_bdd import scenarios

scenarios("revocation.feature")
