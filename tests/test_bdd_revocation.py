"""French scenarios of features/revocation.feature, run with the shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("revocation.feature")
