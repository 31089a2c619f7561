"""Shared test configuration: the French step library serves every feature."""

pytest_plugins = ["engine.bdd"]
