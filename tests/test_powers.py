"""The organisation of powers: built from the pact's clauses, analysed, compared."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import powers
from engine.core.paths import DEFAULT_PACT
from engine.io.load import parse_yaml
from engine.io.overrides import set_path
from engine.io.validation import validate
from engine.model.pact import Pact, clause_keys

SRC = "002_c31c8cb8d98f98f2.txt § A. Organiser une équipe municipale collégiale"


def _doc() -> Any:
    return parse_yaml(DEFAULT_PACT.read_text(encoding="utf-8"), str(DEFAULT_PACT))


def pact(without: tuple[str, ...] = (), **overrides: Any) -> Pact:
    """The bundled pact, minus some clauses, with dotted overrides (« a__b » for « a.b »)."""
    doc = _doc()
    for key in without:
        doc.data.pop(key)
    for path, value in overrides.items():
        set_path(doc.data, path.replace("__", "."), value, "test")
    return validate(Pact, doc)


def _p(description: str, unite: str, valeur: Any) -> dict[str, Any]:
    return {"description": description, "unite": unite, "valeur": valeur}


def collegial_pact() -> Pact:
    """Seed 002's collegial pact: an executive pair, groups of 2–4, consensus; no citizen
    council, no petition, no votation."""
    return Pact.model_validate({
        "pacte": {"id": "collegial-test", "titre": "Pacte collégial", "liste": "Liste",
                  "commune": "Chambéry", "source": SRC},
        "executif": {"titre": "Binôme exécutif", "description": "Binôme exécutif", "source": SRC,
                     "membres": _p("Membres", "personnes", 2),
                     "elus_par_delegation_min": _p("Min", "personnes", 2),
                     "elus_par_delegation_max": _p("Max", "personnes", 4)},
        "collegialite": {"titre": "Collégialité", "description": "Consensus", "source": SRC,
                         "seminaire_majorite_mois": _p("Séminaire", "mois", 6),
                         "reunion_municipale_hebdomadaire": _p("Hebdo", "booleen", True),
                         "reunion_avant_chaque_cm": _p("Avant CM", "booleen", True),
                         "regle_de_decision": _p("Règle", "texte", "consensus"),
                         "objection_par_abstention": _p("Objection", "booleen", True),
                         "cabinet_partage": _p("Cabinet", "personnes", 3)},
    })


@pytest.fixture(scope="module")
def chambery() -> powers.PowerGraph:
    return powers.build(pact())


def _edges(g: powers.PowerGraph, src: str, dst: str, kind: str) -> list[powers.Power]:
    return [p for p in g.powers if (p.source, p.target, p.kind) == (src, dst, kind)]


def test_every_edge_is_typed_cited_and_connects_known_bodies(chambery: powers.PowerGraph) -> None:
    assert chambery.powers
    for p in chambery.powers:
        assert p.source in chambery.bodies and p.target in chambery.bodies, p
        assert p.kind in powers.EDGE_KINDS
        assert p.citation, p
        if p.clause == powers.LAW:
            assert p.legal_basis, p
        else:
            assert p.clause.split(".")[0] in clause_keys(), p


def test_every_expected_body_is_there(chambery: powers.PowerGraph) -> None:
    for body in ("citoyens", "conseils_de_quartier", "conseil_citoyen", "commissions",
                 "conseil_municipal", "maire", "binomes", "bureau_executif", "dpc",
                 "dgs_dircab", "prefet", "tribunal_administratif"):
        assert body in chambery.bodies
    kinds = {p.kind for p in chambery.powers}
    assert kinds == set(powers.EDGE_KINDS)


def test_removing_the_citizen_council_removes_its_audit_edges(chambery: powers.PowerGraph) -> None:
    assert _edges(chambery, "conseil_citoyen", "binomes", "audite")
    assert _edges(chambery, "conseil_citoyen", "dgs_dircab", "audite")
    g = powers.build(pact(without=("conseil_citoyen",)))
    assert "conseil_citoyen" not in g.bodies
    assert not [p for p in g.powers if p.kind == "audite"]
    acc = {a.holder: a for a in powers.accountability(g)}
    assert not acc["binomes"].audited_by_citizens
    assert acc["binomes"].paths  # still elected through the council


def test_collegial_pact_has_no_citizen_vote_path() -> None:
    g = powers.build(collegial_pact())
    assert powers.citizen_votes(g) == []
    assert "referendum_local" in powers.votes_without_citizen_initiative(g)
    text = " ".join(powers.findings(g))
    assert "Aucune décision ne peut être portée au vote par les citoyen·nes" in text
    assert "reunion_majorite" in g.bodies
    assert g.bodies["maire"].label.startswith("Binôme exécutif")


def test_chambery_citizens_can_take_deliberations_to_a_vote(chambery: powers.PowerGraph) -> None:
    votes = {(v.decision, v.scrutin) for v in powers.citizen_votes(chambery)}
    assert ("deliberations", "votation_propositionnelle") in votes
    assert ("deliberations", "votation_abrogatoire") in votes
    assert ("budget", "vote_ppi") in votes


def test_a_non_binding_votation_is_only_an_opinion() -> None:
    g = powers.build(pact(votation_propositionnelle__resultat_contraignant=False))
    votes = {(v.decision, v.scrutin) for v in powers.citizen_votes(g)}
    assert ("deliberations", "votation_propositionnelle") not in votes
    advice = _edges(g, "votation_propositionnelle", "conseil_municipal", "conseille")
    assert advice and advice[0].force == "avis"


def test_parameters_change_the_graph() -> None:
    base = powers.build(pact())
    no_request = powers.build(pact(conseil_citoyen__peut_demander_revocation=False))
    assert [p for p in base.powers if p.clause == "conseil_citoyen.peut_demander_revocation"]
    assert not [p for p in no_request.powers
                if p.clause == "conseil_citoyen.peut_demander_revocation"]
    deciding = powers.build(pact(commissions__pouvoir_de_decision=True))
    assert _edges(deciding, "commissions", "deliberations", "decide")
    threshold = powers.build(pact(votation_propositionnelle__seuil_pct=2))
    trig = _edges(threshold, "citoyens", "votation_propositionnelle", "declenche")[0]
    assert "2 %" in trig.label
    closed = powers.build(pact(commissions__ouvertes_a_tous_les_habitants=False))
    assert not _edges(closed, "citoyens", "commissions", "nomme")


def test_the_mayor_decides_police_alone_and_gates_it(chambery: powers.PowerGraph) -> None:
    conc = powers.concentration(chambery)
    police = next(d for d in conc.decisions if d.decision == "police")
    assert police.alone == "maire"
    assert police.gatekeepers == ("conseil_municipal", "maire")
    delib = next(d for d in conc.decisions if d.decision == "deliberations")
    assert delib.alone is None and delib.gatekeepers == ()
    assert "police" in conc.blockers["maire"]
    assert conc.betweenness["maire"] > 0


def test_without_votations_the_council_gates_its_deliberations() -> None:
    g = powers.build(pact(without=("votation_propositionnelle", "votation_abrogatoire")))
    delib = next(d for d in powers.concentration(g).decisions if d.decision == "deliberations")
    assert delib.gatekeepers == ("conseil_municipal",)


def test_accountability_paths_start_with_citizens(chambery: powers.PowerGraph) -> None:
    acc = {a.holder: a for a in powers.accountability(chambery)}
    mayor = acc["maire"]
    assert mayor.audited_by_citizens and mayor.lawful_path
    for path in mayor.paths:
        assert path.steps[0].source == "citoyens" and path.steps[-1].target == "maire"
        for a, b in zip(path.steps, path.steps[1:], strict=False):
            assert a.target == b.source
    assert not acc["bureau_executif"].lawful_path


def test_diff_between_two_pacts() -> None:
    a = powers.build(pact())
    b = powers.build(pact(without=("conseil_citoyen",), votation_propositionnelle__seuil_pct=2))
    d = powers.diff(a, b)
    assert "conseil_citoyen" in d["nodes_removed"]
    assert any(e["kind"] == "audite" for e in d["edges_removed"])
    assert any(c["before"]["clause"] == "votation_propositionnelle.seuil_pct"
               for c in d["edges_changed"])
    binomes = next(c for c in d["accountability_changed"] if c["holder"] == "binomes")
    assert binomes["audited_before"] is True and binomes["audited_after"] is False
    text = powers.diff_sentences(a, b, d)
    assert any(t.startswith("Organe supprimé : Conseil Citoyen") for t in text)
    assert powers.diff(a, powers.build(pact()))["edges_added"] == []


def test_dot_output_is_valid_graphviz(chambery: powers.PowerGraph, tmp_path) -> None:
    dot = powers.to_dot(chambery)
    assert dot.startswith('digraph "pouvoirs-chambery-2026" {') and dot.rstrip().endswith("}")
    string = r'"(?:[^"\\]|\\.)*"'
    node = re.compile(rf"^  {string} \[label={string}, shape=\w+, fillcolor={string}\];$")
    edge = re.compile(rf"^  {string} -> {string} \[label={string}, color={string}, "
                      r"style=(solid|dashed|dotted)\];$")
    body = dot.splitlines()[4:-1]
    assert len(body) == len(chambery.bodies) + len(chambery.powers)
    for line in body:
        assert node.match(line) or edge.match(line), line
    if shutil.which("dot"):
        out = subprocess.run(["dot", "-Tsvg"], input=dot, capture_output=True, text=True,
                             check=False)
        assert out.returncode == 0, out.stderr
        assert "<svg" in out.stdout


def test_cli_json_and_bad_input(tmp_path) -> None:
    run = [sys.executable, "-m", "engine", "pouvoirs"]
    out = subprocess.run(run + ["--format", "json"], capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert {"pacte", "nodes", "edges", "accountability", "concentration", "citizen_votes",
            "votes_called_by_elected_only", "findings"} <= set(data)
    assert all({"from", "to", "kind", "force", "clause", "citation", "legal_basis"} <= set(e)
               for e in data["edges"])
    text = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    assert "Organisation des pouvoirs" in text and "décide seul·e" in text
    bad = tmp_path / "bad.yaml"
    bad.write_text("pacte: [\n", encoding="utf-8")
    res = subprocess.run(run + [str(bad)], capture_output=True, text=True, check=False)
    assert res.returncode == 2 and "Traceback" not in res.stderr and "YAML" in res.stderr


OPTIONAL = [k for k in clause_keys()
            if k in _doc().data]


@settings(max_examples=15, deadline=None)
@given(st.sets(st.sampled_from(OPTIONAL)))
def test_any_subset_of_clauses_gives_a_coherent_graph(removed: set[str]) -> None:
    g = powers.build(pact(without=tuple(sorted(removed))))
    for p in g.powers:
        assert p.source in g.bodies and p.target in g.bodies
    acc = {a.holder: a for a in powers.accountability(g)}
    assert acc["conseil_municipal"].lawful_path  # the election is always there
    votes = powers.citizen_votes(g)
    can_vote = bool({"votation_propositionnelle", "votation_abrogatoire", "ppi"}
                    - removed)
    assert bool(votes) == can_vote


def test_bundled_collegial_pact_has_no_citizen_vote_path() -> None:
    from engine.io.context import load_pact

    g = powers.build(load_pact("collegial-2026"))
    assert powers.citizen_votes(g) == []
    assert "conseil_citoyen" not in g.bodies
    acc = {a.holder: a for a in powers.accountability(g)}
    assert not any(a.audited_by_citizens for a in acc.values())


def test_bilan_section() -> None:
    section = powers.bilan_section(pact())
    assert section["citizen_votes"] == ["budget", "deliberations"]
    assert section["decided_alone"]["police"] == "maire"
    assert "conseil_citoyen" not in section["audited_by_citizens"]
    assert "binomes" in section["audited_by_citizens"]
    assert section["findings"]
