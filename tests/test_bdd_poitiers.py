"""French scenarios of features/poitiers.feature (the bundled pact poitiers-2026), run with the
shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("poitiers.feature")
