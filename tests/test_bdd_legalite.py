"""French scenarios of features/legalite.feature, bound to the verifier's steps."""

from pathlib import Path

from pytest_bdd import scenarios

from tests.steps.verifier import *  # noqa: F403

FEATURE = Path(__file__).resolve().parent.parent / "features" / "legalite.feature"

scenarios("legalite.feature")


def expected_scenarios(path: Path) -> int:
    """Scenarios written in the file: one per « Scénario: », one per example row of outlines."""
    count, in_examples, header_seen = 0, False, False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("Scénario:"):
            count, in_examples = count + 1, False
        elif line.startswith("Plan du scénario:"):
            in_examples = False
        elif line.startswith("Exemples:"):
            in_examples, header_seen = True, False
        elif in_examples and line.startswith("|"):
            if header_seen:
                count += 1
            header_seen = True
        elif line:
            in_examples = in_examples and line.startswith("|")
    return count


def test_every_scenario_collected(request):
    collected = [i for i in request.session.items
                 if i.module.__name__ == __name__ and i.name.startswith("test_") and i.name != "test_every_scenario_collected"]
    assert len(collected) == expected_scenarios(FEATURE)
