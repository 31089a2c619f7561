"""engine.io.variant: a pact and a scenario from YAML text, with « CHEMIN=VALEUR » edits."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.core.errors import InputError
from engine.io.context import load_context
from engine.io.variant import (
    Texts,
    assumption_overrides,
    bundled_text,
    decode_upload,
    edited_yaml,
    file_overrides,
    format_value,
    load_pact_text,
    load_texts,
    override,
)


@pytest.fixture(scope="module")
def texts() -> Texts:
    return Texts(*bundled_text("pacte", "chambery-2026"), *bundled_text("scenario", "chambery"))


def test_same_result_as_load_context(texts: Texts) -> None:
    edits = ["votation_propositionnelle.seuil_pct=2", "commune.electeurs_inscrits=40000"]
    scen, pact = load_texts(texts, edits)
    from engine.io.overrides import parse_override

    scen2, pact2 = load_context(None, "chambery-2026", [parse_override(e) for e in edits])
    assert pact == pact2 and scen.commune == scen2.commune


def test_refused_exactly_like_a_file(texts: Texts) -> None:
    with pytest.raises(InputError) as err:
        load_texts(texts, ["votation_propositionnelle.delai_collecte_mois=100"])
    text = str(err.value)
    assert "pactes/chambery-2026.yaml:" in text and "valeur trop grande" in text
    with pytest.raises(InputError, match="chemin inconnu"):
        load_texts(texts, ["votation_propositionnelle.inconnu.x=1"])


def test_parsing_once_does_not_leak_edits_between_variants(texts: Texts) -> None:
    _, edited = load_texts(texts, ["votation_propositionnelle.seuil_pct=2"])
    _, plain = load_texts(texts, [])
    assert edited.petition.threshold_pct.value == 2 and plain.petition.threshold_pct.value == 3


def test_assumptions_are_kept_apart(texts: Texts) -> None:
    edits = ("hypotheses.participation_votation_pct=10", "votation_propositionnelle.seuil_pct=2")
    assert file_overrides(edits) == ("votation_propositionnelle.seuil_pct=2",)
    assert assumption_overrides(edits) == [("hypotheses.participation_votation_pct", 10)]
    load_texts(texts, edits)  # the scenario file has no « hypotheses » block: not an error


@settings(max_examples=40, deadline=None)
@given(st.one_of(st.booleans(), st.integers(-10**6, 10**6),
                 st.floats(allow_nan=False, allow_infinity=False, width=32),
                 st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)),
                 st.text(max_size=20), st.lists(st.integers(1, 12), max_size=5)))
def test_override_round_trips_through_the_cli_parser(value) -> None:  # noqa: ANN001
    from engine.io.overrides import parse_override

    path, parsed = parse_override(override("a.b", value))
    assert path == "a.b"
    if isinstance(value, float):
        assert float(parsed) == pytest.approx(value, rel=1e-6)
    else:
        assert parsed == value, format_value(value)


def test_edited_yaml_keeps_comments_and_reloads(texts: Texts) -> None:
    out = edited_yaml(texts.pact_text, ["votation_propositionnelle.seuil_pct=2.5",
                                        "conseil_municipal.mois_de_session=[1, 2]",
                                        "hypotheses.participation_votation_pct=9"])
    assert out.splitlines()[0] == texts.pact_text.splitlines()[0]  # the header comment
    assert "valeur: [1, 2]" in out
    pact = load_pact_text(out, "x.yaml")
    assert pact.petition.threshold_pct.value == 2.5
    changed = [a for a, b in zip(texts.pact_text.splitlines(), out.splitlines(), strict=False)
               if a != b]
    assert len(changed) == 2


def test_uploads_are_limited() -> None:
    with pytest.raises(InputError, match="trop gros"):
        decode_upload(b"x" * 2_000_001, "gros.yaml")
    with pytest.raises(InputError, match="vide"):
        decode_upload(b"  \n", "vide.yaml")
    with pytest.raises(InputError, match="UTF-8"):
        decode_upload("é".encode("latin-1"), "latin.yaml")
    with pytest.raises(InputError, match="inconnu"):
        bundled_text("pacte", "../scenarios/chambery")
