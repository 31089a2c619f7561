"""Staffing: people the pairs need vs council size and winning-list seats; adjoints vs caps."""

from tests.verifier_support import findings


def test_chambery_needs_46_people():
    f = findings()["consistency.effectifs.elus"]
    assert f.verdict == "incoherent" and f.severity == "error"
    assert f.details["calcul"] == "2 + 12×2 + 4×2 + 6×2 = 46"
    assert f.details["elus_necessaires_min"] == 46
    assert f.details["sieges_liste_gagnante"] == {"45": 33, "49": 36}
    assert "prime de 23" in f.message and "= 33 sièges" in f.message


def test_chambery_adjoints():
    f = findings()["consistency.effectifs.adjoints"]
    assert f.verdict == "coherent"
    assert (f.details["adjoints_total"], f.details["ordinaires"], f.details["speciaux"],
            f.details["de_quartier"]) == (19, 13, 2, 4)


def test_grenoble_winner_short_by_one_with_a_united_opposition():
    f = findings("grenoble")["consistency.effectifs.elus"]
    assert f.details["sieges_liste_gagnante"] == {"59": 45}
    assert f.verdict == "incoherent" and f.severity == "warning"


def test_a_landslide_is_enough_in_grenoble():
    f = findings("grenoble", score_liste_gagnante_pct__valeur=70)["consistency.effectifs.elus"]
    assert f.verdict == "coherent"


def test_saillans_impossible():
    f = findings("saillans")["consistency.effectifs.elus"]
    assert f.verdict == "incoherent" and f.severity == "error"
    assert findings("saillans")["consistency.effectifs.adjoints"].verdict == "incoherent"


def test_collegial_pact_range():
    f = findings("chambery", "collegial-2026")["consistency.effectifs.elus"]
    assert (f.details["elus_necessaires_min"], f.details["elus_necessaires_max"]) == (10, 18)
    assert f.verdict == "coherent"
    a = findings("chambery", "collegial-2026")["consistency.effectifs.adjoints"]
    assert a.verdict == "a_verifier"  # quartier adjoints need quartier councils the pact omits
