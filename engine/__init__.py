"""Pacte: a rules-as-code engine for French municipal governance pacts."""

__version__ = "0.1.0"
