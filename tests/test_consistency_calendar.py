"""Calendar vs law: earliest lawful dates next to the pact's, blackouts, spacing, rotation."""

from tests.verifier_support import findings


def test_petition_campaign_shorter_than_the_law():
    f = findings()["consistency.calendrier.votation_propositionnelle"]
    assert f.verdict == "incoherent"
    assert f.details["decision_cm"] == "2026-04-27"
    assert f.details["date_pacte"] == "2026-05-31"
    assert f.details["date_legale_au_plus_tot"] == "2026-07-05"


def test_three_month_campaign_fits():
    f = findings(votation_propositionnelle__duree_campagne_mois=3)["consistency.calendrier.votation_propositionnelle"]
    assert f.verdict == "coherent"


def test_blackouts():
    f = findings()["consistency.calendrier.interdictions"]
    assert f.verdict == "incoherent"
    assert [a["date"] for a in f.details["annules"]] == ["2027-04-11", "2031-10-12", "2032-01-11"]
    assert (f.details["jours_pacte"], f.details["jours_legaux"]) == (24, 21)


def test_abrogation_vote_before_lawful_date():
    f = findings()["consistency.calendrier.votation_abrogatoire"]
    assert (f.details["date_pacte"], f.details["date_legale_au_plus_tot"]) == ("2026-09-27", "2026-11-01")
    assert f.details["jours_suspension_pacte"] < f.details["jours_suspension_loi"]


def test_same_subject_and_rotation():
    f = findings()
    assert f["consistency.calendrier.meme_objet"].verdict == "incoherent"
    r = f["consistency.calendrier.rotation"]
    assert r.verdict == "coherent"
    assert [p["demission"] for p in r.details["passages"]] == ["2028-03-27", "2030-03-27"]


def test_collegial_pact_has_no_votes_to_schedule():
    ids = set(findings("chambery", "collegial-2026"))
    assert not {i for i in ids if i.startswith("consistency.calendrier.")}
