"""Where Pacte's bundled data lives: the repository's folders and default files."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACTS_DIR = REPO / "rules" / "pactes"
SCENARIOS_DIR = REPO / "scenarios"
CGCT_DIR = REPO / "rules" / "cgct"
ASSUMPTIONS_FILE = REPO / "rules" / "hypotheses" / "defaut.yaml"
DEFAULT_PACT = PACTS_DIR / "chambery-2026.yaml"
DEFAULT_SCENARIO = SCENARIOS_DIR / "chambery.yaml"
