"""The pact's quartiers against the commune's."""

from tests.verifier_support import findings


def test_chambery_matches():
    f = findings()
    for fid in ("consistency.quartiers.binomes", "consistency.quartiers.conseils",
                "consistency.quartiers.conseil_citoyen"):
        assert f[fid].verdict == "coherent"


def test_grenoble_names_and_saillans_counts():
    g = findings("grenoble")["consistency.quartiers.binomes"]
    assert g.verdict == "incoherent" and "Bissy" in g.details["inconnus"]
    # Chambéry's pact in Saillans, whose scenario counts 2 sectors (the village and its hamlets).
    s = findings("saillans", "chambery-2026")
    assert s["consistency.quartiers.conseil_citoyen"].verdict == "incoherent"
    assert s["consistency.quartiers.conseils"].details == {"conseils_pacte": 6, "quartiers_commune": 2}
