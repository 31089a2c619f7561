"""Page « Composer » : un pacte écrit à partir du catalogue des mesures (le constructeur
partagé de ``pacte nouveau``), vérifié et chiffré à chaque changement, téléchargeable, puis
analysé sur les autres pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_support import app, texts
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from dashboard.safe import md
from engine.core.fr import number
from engine.io.context import load_context
from engine.io.load import read_document
from engine.io.template import measures

SEUIL = "c:fig:votation_propositionnelle.seuil_pct"


def _compose(commune: str, *ids: str):  # noqa: ANN202
    at = app(page="composer")
    at.selectbox(key="c:commune").set_value(commune).run()
    for measure in ids:
        at.checkbox(key=f"c:mesure:{measure}").check().run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _metrics(at) -> dict[str, str]:  # noqa: ANN001
    return {m.label: m.value for m in at.main.metric}


def _population(scenario: str) -> int:
    value = read_document(Path("scenarios") / f"{scenario}.yaml").data["commune"][
        "population_municipale"]
    return value["valeur"] if isinstance(value, dict) else value


def test_the_page_offers_every_measure_with_its_sentence_and_legal_nature() -> None:
    at = app(page="composer")
    assert "Composer un pacte" in texts(at.title)
    catalogue = measures()
    boxes = {c.key for c in at.checkbox}
    assert {f"c:mesure:{m.id}" for m in catalogue} <= boxes
    shown = "\n".join(texts(at.main.markdown) + texts(at.main.caption))
    for m in catalogue:
        assert md(m.explanation) in shown and f"Nature : **{md(m.nature)}**" in shown
    assert "Cochez au moins une mesure" in " ".join(texts(at.info))
    assert not at.get("download_button")  # nothing to download before a measure is chosen


def test_measures_and_commune_give_findings_and_costs_that_update() -> None:
    at = _compose("saillans", "votation", "budget_participatif")
    success = " ".join(texts(at.success))
    assert "2 mesures pour Saillans, aucun chiffre clé changé" in success
    metrics = _metrics(at)
    assert metrics and all(int(v) > 0 for v in metrics.values())
    shown = "\n".join(texts(at.main.markdown) + texts(at.main.caption))
    assert "Le pacte coûte" in shown and "€ par habitant" in shown
    assert f"{number(_population('saillans'))} habitants" in shown  # the chosen commune's figures
    assert at.main.dataframe  # the cost lines
    before = (metrics, [e.label for e in at.main.expander], shown)

    at.text_input(key=SEUIL).input("10").run()  # the legal tenth: no more « engagement »
    assert not at.exception
    after = (_metrics(at), [e.label for e in at.main.expander],
             "\n".join(texts(at.main.markdown) + texts(at.main.caption)))
    assert after != before
    assert "1 chiffre clé choisi" in " ".join(texts(at.success))

    at.selectbox(key="c:commune").set_value("grenoble").run()
    assert "pour Grenoble" in " ".join(texts(at.success))
    assert f"{number(_population('grenoble'))} habitants" in "\n".join(texts(at.main.caption))
    at.checkbox(key="c:mesure:assemblee_tiree_au_sort").check().run()
    assert "3 mesures" in " ".join(texts(at.success))


def test_a_bad_figure_gives_the_builders_french_error() -> None:
    at = _compose("saillans", "votation")
    at.text_input(key=SEUIL).input("140").run()
    assert not at.exception
    errors = " ".join(texts(at.error))
    assert "Ce pacte ne peut pas être écrit ainsi" in errors
    assert "votation_propositionnelle.seuil_pct" in errors and "valeur trop grande" in errors
    assert "Traceback" not in errors and not at.get("download_button")
    at.text_input(key=SEUIL).input("4").run()  # corrected: the pact is written again
    assert not texts(at.error) and at.get("download_button")


def test_the_download_is_the_commented_yaml_of_the_chosen_pact_and_it_loads(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    offered: list[tuple[bytes, str | None]] = []
    original = MemoryMediaFileStorage.load_and_get_id

    def spy(self, data, mimetype, kind, filename=None):  # noqa: ANN001, ANN202
        offered.append((data, filename))
        return original(self, data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", spy)
    at = _compose("saillans", "votation", "assemblee_tiree_au_sort")
    at.text_input(key=SEUIL).input("4,75").run()  # a decimal percentage, French comma
    at.text_input(key="c:id").input("pacte-des-saillansons").run()
    assert not at.exception
    data, name = next((d, n) for d, n in reversed(offered) if n and n.endswith(".yaml"))
    assert name == "pacte-des-saillansons.yaml"
    text = data.decode("utf-8")
    assert "valeur par défaut" in text and "valeur choisie par la liste" in text
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    scen, pact = load_context(pact=path)  # as `pacte verifier FICHIER` reads it
    assert scen.info.id == "saillans" and pact.info.id == "pacte-des-saillansons"
    assert pact.info.commune == "Saillans"
    assert pact.petition.threshold_pct.at(None) == 4.75
    assert len(pact.assemblies) == 1


def test_analyse_loads_the_composed_pact_into_every_page() -> None:
    at = _compose("saillans", "votation", "conseil_citoyen")
    at.button(key="c:analyser").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert "Légalité et cohérence" in texts(at.title)
    side = " ".join(texts(at.sidebar.markdown))
    assert "mon-pacte.yaml" in side and "saillans" in side
    assert not texts(at.sidebar.warning)  # the pact's commune is the scenario's
    clauses = " ".join(e.label for e in at.main.expander)
    assert "Conseil citoyen" in clauses or "Votations" in clauses
    at.switch_page("vues/pacte.py").run()
    assert not at.exception
    table = at.main.dataframe[0].value
    assert set(table["Chemin"].str.split(".").str[0]) == {"votation_propositionnelle",
                                                          "conseil_citoyen"}


def test_a_percentage_takes_decimals_and_a_bad_entry_is_not_kept() -> None:
    at = _compose("saillans", "votation")
    at.text_input(key=SEUIL).input("3,3").run()
    assert "1 chiffre clé choisi" in " ".join(texts(at.success))
    at.text_input(key=SEUIL).input("trois").run()
    errors = " ".join(texts(at.error))
    assert "Valeur non retenue" in errors and "n'est pas un pourcentage" in errors
    assert "aucun chiffre clé changé" in " ".join(texts(at.success))


def test_the_choices_survive_a_visit_to_another_page() -> None:
    at = _compose("saillans", "votation")
    at.text_input(key=SEUIL).input("6").run()
    at.switch_page("vues/calendrier.py").run()
    at.switch_page("vues/composer.py").run()
    assert not at.exception
    assert at.checkbox(key="c:mesure:votation").value is True
    assert at.text_input(key=SEUIL).value == "6"
    assert at.selectbox(key="c:commune").value == "saillans"
    assert "1 mesure pour Saillans, 1 chiffre clé" in " ".join(texts(at.success))


def test_the_conclusion_comes_first() -> None:
    """Before any choice, the first lines say what the catalogue offers (its count and legal
    natures); once measures are chosen, the pact's legal verdicts in the words of ``pacte
    verifier`` and its cost, computed by the engine for that pact."""
    from collections import Counter

    from dashboard import money
    from engine.verifier.findings import verdict_counts_fr

    at = app(page="composer")
    head = texts(at.subheader)[0]
    catalogue = measures()
    assert head.startswith(f"Le catalogue propose {len(catalogue)} mesures")
    natures = Counter(m.nature for m in catalogue)
    assert f"{natures['acte du maire']} actes du maire" in head
    at = _compose("saillans", "votation", "budget_participatif")
    head = texts(at.subheader)[0]
    assert head.startswith("Votre pacte de 2 mesures pour Saillans : ")
    from engine.io.template import build_pact, pact_yaml
    from engine.io.variant import Texts, bundled_text, load_texts
    from engine.procedures.cost_table import cost_table
    from engine.verifier.checks import check

    text = pact_yaml(build_pact("Saillans", ["votation", "budget_participatif"], {},
                                pact_id="mon-pacte", list_name="Ma liste"))
    scen, pact = load_texts(Texts(text, "mon-pacte.yaml", *bundled_text("scenario", "saillans")),
                            ())
    legal = Counter(f.verdict for f in check(pact, scen) if f.kind == "legal")
    assert head.endswith(f"{verdict_counts_fr(dict(legal), 'legal')}.")
    first = texts(at.main.markdown)[0]
    assert first.startswith(money.cost_headline(cost_table(pact, scen).as_dict()))


def test_each_key_figure_cites_its_source_by_title() -> None:
    """The help of a key figure names where its default comes from by the document's title,
    never by its file name."""
    at = _compose("saillans", "budget_participatif")
    helps = [w.help for w in (*at.text_input, *at.number_input, *at.toggle) if w.help]
    assert helps and all(".txt" not in h and ".yaml" not in h for h in helps)
    assert any("Programme ouvert" in h for h in helps)
    captions = [c.value for c in at.caption]
    assert not any(".txt" in c or ".yaml" in c for c in captions), captions
