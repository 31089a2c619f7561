"""Binds features/simulation.feature."""

from pytest_bdd import scenarios

from tests.steps.simulation import *  # noqa: F401,F403

scenarios("simulation.feature")
