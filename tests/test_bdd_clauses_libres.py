"""French scenarios of features/clauses_libres.feature, run with the shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("clauses_libres.feature")
