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


def test_council_sessions_one_source_for_costs_and_calendar():
    f = findings()["consistency.calendrier.seances_cm"]
    assert f.verdict == "coherent"
    assert f.details == {"sessions_par_an": 12, "seances_du_calendrier_par_an": 12}
    f = findings(conseil_municipal__mois_de_session=[1, 4, 7, 10])["consistency.calendrier.seances_cm"]
    assert f.verdict == "incoherent" and f.severity == "warning"
    assert f.details == {"sessions_par_an": 12, "seances_du_calendrier_par_an": 4}
    assert "12 séances" in f.message and "4 par an" in f.message


def test_bureau_meetings_per_month_against_its_ranks():
    f = findings()["consistency.calendrier.bureau_executif"]
    assert f.verdict == "coherent"
    f = findings(bureau_executif__reunions_par_mois=3)["consistency.calendrier.bureau_executif"]
    assert f.verdict == "incoherent"
    assert f.details == {"reunions_par_mois": 3, "rangs_fixes": 2, "reunions_du_calendrier_par_mois": 3}
    f = findings(bureau_executif__reunions_par_mois=6)["consistency.calendrier.bureau_executif"]
    assert f.details["reunions_du_calendrier_par_mois"] == 4
    assert "ne revient que 4 fois" in f.message


def test_ppi_referendum_after_the_lawful_lead_and_spokespeople_parity():
    f = findings()["consistency.calendrier.ppi"]
    assert f.verdict == "incoherent"  # one month of campaign, two months of legal lead
    assert (f.details["fin_campagne"], f.details["date_legale_au_plus_tot"]) == ("2026-10-28", "2026-12-06")
    assert f.details["porte_parole"] == 12 and f.details["parite_possible"] is True
    assert f.details["referendum"] == "2026-12-06"
    f = findings(ppi__duree_campagne_mois=3)["consistency.calendrier.ppi"]
    assert f.verdict == "coherent" and f.details["referendum"] == "2027-01-03"
    f = findings(ppi__duree_campagne_mois=3, ppi__porte_paroles_par_proposition=3)["consistency.calendrier.ppi"]
    assert f.details["porte_parole"] == 18 and f.details["parite_possible"] is False
    assert f.verdict == "incoherent" and "parité de genre est impossible" in f.message
    assert "consistency.calendrier.ppi" not in findings(pacte="collegial-2026")
