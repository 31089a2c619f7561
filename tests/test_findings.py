"""Finding: allowed verdicts, wording required, JSON keys."""

import pytest

from engine.verifier.findings import Finding, worst_legal

KEYS = ["id", "titre", "clause", "kind", "verdict", "severity", "articles", "message",
        "suggested_wording", "redactions_proposees", "confidence", "source", "details"]


def make(**kw):
    base = dict(id="x", clause="c", kind="legal", verdict="conforme", severity="info", articles=("L1",),
                message="m", suggested_wording=None, confidence="H", source="s",
                title="Le constat a un titre")
    base.update(kw)
    return Finding(**base)


def test_json_keys_in_order():
    assert list(make().as_dict()) == KEYS


def test_verdicts_checked():
    with pytest.raises(ValueError):
        make(verdict="coherent")
    with pytest.raises(ValueError):
        make(kind="consistency", verdict="conflit")
    with pytest.raises(ValueError):
        make(verdict="conflit")  # no wording
    assert make(verdict="conflit", suggested_wording="w").verdict == "conflit"


def test_worst():
    assert worst_legal(["conforme", "engagement_politique"]) == "engagement_politique"
    assert worst_legal(["a_verifier", "conflit", "conforme"]) == "conflit"
    assert worst_legal(["engagement_politique", "a_verifier"]) == "a_verifier"


def test_one_wording_of_verdict_counts_for_every_output() -> None:
    """« 1 conflit », « 2 conflits » : one function, used by `pacte verifier` and `pacte bilan`."""
    from engine.verifier.findings import verdict_counts_fr

    assert verdict_counts_fr({"conforme": 3, "conflit": 1}, "legal") == \
        "1 conflit avec la loi, 3 conformes"
    assert verdict_counts_fr({"coherent": 1, "lacune": 2}, "consistency") == \
        "2 laissés à la bonne volonté, 1 cohérent"
    assert verdict_counts_fr({}, "legal") == "aucun constat"


def test_title_required_and_wordings_listed() -> None:
    with pytest.raises(ValueError):
        make(title=" ")
    one = make(verdict="conflit", suggested_wording="« a »")
    assert one.wordings == ("« a »",) and one.as_dict()["redactions_proposees"] == ["« a »"]
    two = make(verdict="conflit", wordings=("« a »", "« b »"))
    assert two.suggested_wording == "« a »\n« b »"


def test_legality_answer_and_count_lines_use_the_bilan_words() -> None:
    from engine.verifier.findings import counts_by_kind, counts_lines, legality_answer

    counts = counts_by_kind([make(verdict="conflit", suggested_wording="w"), make(),
                             {"kind": "consistency", "verdict": "incoherent"}])
    assert counts == {"legal": {"conflit": 1, "conforme": 1}, "consistency": {"incoherent": 1}}
    assert legality_answer(counts["legal"]) == \
        "Non, pas tel qu'il est écrit : 1 conflit avec la loi, 1 conforme."
    assert legality_answer({"conforme": 2}) == "Oui : 2 conformes."
    assert counts_lines(counts["legal"], counts["consistency"]) == (
        "Clauses au regard du CGCT : 1 conflit avec la loi, 1 conforme.",
        "Cohérence du pacte : 1 incohérent.")


def test_plural_for_counts_in_titles() -> None:
    """engine.core.fr.plural, used by every title with a count (no « (s) »)."""
    from engine.core.fr import plural

    assert plural(1, "jour") == "1 jour" and plural(0, "conflit") == "0 conflit"
    assert plural(3, "jour") == "3 jours"
    assert plural(1043, "signature") == "1\u202f043 signatures"
    assert plural(2, "créneau", "créneaux") == "2 créneaux"
