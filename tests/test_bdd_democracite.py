"""French scenarios of features/democracite.feature (the bundled pact democracite-2026), run with the shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("democracite.feature")
