"""What a pact without citizen powers leaves to goodwill."""

from tests.verifier_support import findings


def test_collegial_pact_gaps():
    f = findings("chambery", "collegial-2026")
    for fid in ("petition", "votation", "abrogation", "controle", "collegialite"):
        assert f[f"consistency.lacune.{fid}"].verdict == "lacune"
    assert f["consistency.lacune.petition"].details["signatures_1_10"] == 3476
    assert "consistency.lacune.quartiers" not in f  # optional in Chambéry


def test_grenoble_mandatory_quartier_councils():
    assert findings("grenoble", "collegial-2026")["consistency.lacune.quartiers"].severity == "warning"


def test_full_pact_has_no_gap():
    assert not [k for k in findings() if k.startswith("consistency.lacune.")]
