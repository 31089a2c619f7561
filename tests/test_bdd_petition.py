"""French scenarios of features/petition.feature, run with the shared step library (engine.bdd)."""

from pytest_bdd import scenarios

scenarios("petition.feature")
