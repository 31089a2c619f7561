"""Page « Simulation » : coûts, Monte Carlo, hypothèses modifiables."""

from __future__ import annotations

from dashboard_support import app, query_sets, texts


def test_cost_headline_states_the_conclusion_and_follows_edits() -> None:
    at = app(page="simulation")
    assert texts(at.subheader)[0] == "Le pacte coûte 2,5 M€ par an, soit 42 € par habitant"
    fewer = app({"set": ["commissions.participants_par_commission=5"]}, page="simulation")
    assert texts(fewer.subheader)[0] != texts(at.subheader)[0]


def test_run_a_short_simulation_then_edit_an_assumption() -> None:
    at = app(page="simulation")
    at.number_input(key="sim_runs").set_value(8).run()
    assert not at.get("plotly_chart")  # nothing before the run
    at.button(key="sim_run").click().run()
    assert not at.exception
    cards = " ".join(texts(at.markdown))
    assert "avant son vote (médiane)" in cards and "des auditions requises ont lieu" in cards
    assert len(at.get("plotly_chart")) >= 3
    # conclusions first: right under the cost headline, the simulated cost and whether it holds
    top = texts(at.main.children[1].markdown)
    assert top[0].startswith("Sur 8 futurs simulés, le pacte coûte ") and " € de fonctionnement " \
        "par an en médiane (de " in top[0]
    assert any(x.startswith("La Direction du Pouvoir Citoyen ") for x in top)
    titles = [x for x in texts(at.markdown) if x.startswith("#### ")]
    assert any(x.startswith("#### Le pic de charge des élu·es atteint ") for x in titles)
    assert any(x.startswith("#### Le fonctionnement du pacte coûte de ") for x in titles)
    assert not any("…" in x or "(ratio)" in x for x in texts(at.markdown))
    indicators = at.table[1].value  # the cost lines, then the indicators
    coverage = indicators.loc[indicators.index.str.startswith("Part des auditions")].iloc[0]
    assert coverage["Unité"] == "%" and coverage["Médiane"].endswith(" %")
    consultations = indicators.loc["Consultations de révocation tenues"]
    assert all("," not in consultations[c] for c in ("5 %", "Médiane", "95 %"))  # whole counts
    # same inputs again: the result comes from the cache, no new run needed
    at.run()
    assert "avant son vote (médiane)" in " ".join(texts(at.markdown))
    # an assumption edit enters the link and asks for a new run
    key = "w:hypotheses.participation_votation_pct"
    at.number_input(key=key).set_value(20.0).run()
    assert "hypotheses.participation_votation_pct=20" in query_sets(at)
    assert any("Lancez la simulation" in i for i in texts(at.info))
    at.number_input(key=key).set_value(-5.0).run()
    assert any("hypotheses" in e for e in texts(at.error))


def test_assumptions_are_questions_with_everyday_answers_and_sources() -> None:
    at = app(page="simulation")
    table = at.table[-1].value
    assert list(table.columns) == ["Réponse retenue", "Fourchette", "Source"]
    q = "Combien de pétitions par an pour 10 000 habitant·es ?"
    assert table.loc[q, "Réponse retenue"] == "1 par an"
    assert table.loc["Combien de temps faut-il pour aller voter, trajet compris ?",
                     "Réponse retenue"] == "30 min"
    assert not table.index.str.contains("log-normale|Poisson|logistique").any()
    assert table["Source"].str.len().min() > 0 and not table["Source"].str.contains(
        r"\.txt|\.md|Turnout|Petition|Sortition").any()  # titles and French evidence
    # the technical form is one click away, next to the field that changes the answer
    technical = next(e for e in at.expander if e.label.startswith("Forme technique"))
    assert any("loi log-normale" in c for c in texts(technical.caption))
    edited = app({"set": ["hypotheses.petitions_pour_10000_habitants_par_an=2"]},
                 page="simulation")
    assert edited.table[-1].value.loc[q, "Réponse retenue"] == "2 par an (modifiée)"


def test_a_pact_without_votes_says_so_instead_of_zeros() -> None:
    """The collegial pact has neither petition nor abrogation: the cards say « sans objet »
    with the missing clause, and the indicators table lists those figures once, as such."""
    at = app({"pacte": "collegial-2026"}, page="simulation")
    at.number_input(key="sim_runs").set_value(4).run()
    at.button(key="sim_run").click().run()
    assert not at.exception
    cards = " ".join(texts(at.markdown))
    assert "Pas de votation propositionnelle dans ce pacte" in cards
    assert "Pas de votation abrogatoire dans ce pacte" in cards
    indicators = at.table[1].value
    row = indicators.loc["Demandes de votation abrogatoire"]
    assert row["Moyenne"] == "sans objet : le pacte ne prévoit pas de votation abrogatoire"
