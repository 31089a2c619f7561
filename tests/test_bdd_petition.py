"""French scenarios of features/petition.feature, run with the shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("petition.feature")
