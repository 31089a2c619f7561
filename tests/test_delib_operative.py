"""The operative articles of the first council's deliberations (engine/report/delib_*.py):
every article is a provision in the present tense drafted from the pact's parameters, never
a sentence of the verifier, whose analysis stays in the « Exposé des motifs »; the
delegations to the mayor are listed by their item of L2122-22 with the pact's limits."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from engine.core.fr import euros, number
from engine.core.paths import PACTS_DIR
from engine.io.context import load_context
from engine.io.law import load_law
from engine.io.overrides import parse_override
from engine.procedures.mayor_powers import delegation_items
from engine.report.doc_deliberations import build_deliberations
from engine.report.doc_pacte import commitments
from engine.report.document import Article, Document, Paragraph, Section, all_text
from engine.verifier.checks import check
from engine.verifier.findings import VERDICT_FR

BUNDLED = sorted(p.stem for p in PACTS_DIR.glob("*.yaml"))

#: a verb in the present tense of the law, as the drafts use them
PRESENT = re.compile(
    r"\b(est|sont|a|ont|peut|peuvent|comprend|délègue|exerce|rend|réunit|demande|entend|"
    r"propose|inscrit|présente|associe|soumet|fixe|s'ouvre|consulte|décide|arrête|débat|"
    r"reçoit|suspend|exposent|publie|se prononce|votent|signent|dure|demeure|lie|se réunit|"
    r"remet|examine|engage|réalisent|siègent|publient)\b", re.IGNORECASE)
#: a body the law or the pact names
BODIES = ("conseil municipal", "conseiller·es municipaux", "maire", "Conseil Citoyen", "comité", "conseil de quartier",
          "assemblée", "préfet", "service", "commission", "convention", "élu·e")


@lru_cache(maxsize=16)
def built(pact_id: str, *sets: str) -> Document:
    scen, pact = load_context(None, pact_id, [parse_override(s) for s in sets])
    return build_deliberations(pact, scen)


def _deliberations(doc: Document) -> list[Section]:
    return [s for s in doc.sections if s.heading.startswith(("Délibération n° ", "Annexe — "))]


def _articles(doc: Document) -> list[tuple[str, Article]]:
    return [(s.heading, b) for s in _deliberations(doc) for b in s.blocks if isinstance(b, Article)]


def _first_sentences(pact_id: str) -> set[str]:
    """The first sentence of every explanation of the verifier (clause and aspect)."""
    scen, pact = load_context(None, pact_id, [])
    titles = {c.title for c in commitments(pact)}
    out = set()
    for f in check(pact, scen):
        texts = [f.message] + [a["explanation"] for a in f.details.get("aspects") or []]
        for t in texts:
            head = re.split(r" : |\. ", t, maxsplit=1)[0].strip().rstrip(".")
            if len(head) >= 20 and head not in titles:
                out.add(head)
    return out


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_every_article_is_an_operative_provision(pact_id):
    """A verb in the present, and a figure or a named body, in every article of every act."""
    doc = built(pact_id)
    articles = _articles(doc)
    assert articles, pact_id
    for heading, a in articles:
        assert PRESENT.search(a.text), (pact_id, heading, a.title, a.text)
        assert re.search(r"\d", a.text) or any(b in a.text for b in BODIES), (
            pact_id, heading, a.title, a.text)


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_no_article_is_a_verifier_sentence(pact_id):
    """No article equals, starts with or carries the first sentence of a verifier explanation."""
    doc = built(pact_id)
    heads = _first_sentences(pact_id)
    assert heads, pact_id
    for heading, a in _articles(doc):
        for head in heads:
            assert head not in a.text, (pact_id, heading, a.title, head)


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_analysis_is_in_the_exposé_with_verdict_and_articles(pact_id):
    """Every act that carries a clause analysed by the verifier says in its exposé, before the
    « Vu », each aspect's verdict and articles."""
    doc = built(pact_id)
    exposés = [b.text for s in _deliberations(doc) for b in s.blocks
               if isinstance(b, Paragraph) and b.text.startswith("Exposé des motifs. ")]
    assert exposés, pact_id
    joined = " ".join(exposés)
    assert any(f"({v}" in joined for v in VERDICT_FR.values()), pact_id
    for heading, a in _articles(doc):
        assert "Exposé des motifs" not in a.text and "confiance" not in a.text, (heading, a.title)


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_no_bracket_placeholder(pact_id):
    """No « [montant] », « [limite] »: a bound the pact does not fix is « à fixer par le conseil »."""
    assert "[" not in all_text(built(pact_id)), pact_id


def _text(section: Section) -> str:
    return " ".join(getattr(b, "text", "") for b in section.blocks)


def _delegation_section(doc: Document) -> Section:
    return next(s for s in doc.sections if "Délégations du conseil municipal au maire" in s.heading)


def _expand(items: str) -> set[int]:
    """« 1°, 2°, 4° à 29° » → {1, 2, 4, …, 29}."""
    out: set[int] = set()
    for part in items.split(", "):
        bounds = [int(x) for x in re.findall(r"(\d+)°", part)]
        out |= set(range(bounds[0], bounds[-1] + 1)) if " à " in part else set(bounds)
    return out


def test_delegation_items_match_the_law_base():
    """Chambéry grants 3° only: one article for 3° in the words of delegations.yaml, the other
    28 items kept by number; the loan limit, absent from the pact, is « à fixer »."""
    scen, pact = load_context(None, "chambery-2026", [])
    law = load_law()
    section = _delegation_section(built("chambery-2026"))
    articles = [b for b in section.blocks if isinstance(b, Article)]
    by_number = {int(m.group(1)): a for a in articles
                 if (m := re.match(r"Délégation du (\d+)°", a.title))}
    granted = pact.mayor_powers.granted.at()
    assert sorted(by_number) == sorted(granted)
    items = {i.number: i for i in delegation_items(law)}
    assert sorted(items) == list(range(1, 30))
    for n, a in by_number.items():
        assert items[n].text[1:40] in a.text and items[n].title.split("— ")[-1] in a.title
    kept = next(a for a in articles if a.title == "Attributions conservées par le conseil")
    listed = re.search(r"attributions des (.+) de l'article L2122-22", kept.text).group(1)
    assert _expand(listed) == set(items) - set(granted)
    assert f"({len(items) - len(granted)} alinéas)" in kept.text
    exposé = next(b.text for b in section.blocks if isinstance(b, Paragraph)
                  and b.text.startswith("Exposé des motifs. "))
    assert "Délégation du 3° (emprunts) : le montant maximal des emprunts" in exposé
    assert "est à fixer par le conseil" in exposé


def _variant(tmp_path: Path, **clause: object) -> Document:
    """Chambéry with its clause « pouvoirs_du_maire » changed as given."""
    data = yaml.safe_load((PACTS_DIR / "chambery-2026.yaml").read_text(encoding="utf-8"))
    data["pouvoirs_du_maire"].update(clause)
    path = tmp_path / "variante.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    scen, pact = load_context("chambery", str(path), [])
    return build_deliberations(pact, scen)


def _cap(value: int) -> dict:
    return {"description": "Limite des emprunts délégués", "unite": "euros", "valeur": value}


def test_a_cap_in_the_pact_changes_the_act(tmp_path):
    """With a loan cap the 3° article states it and the exposé no longer asks for it; another
    cap, another figure; more items granted, more articles, each bound the law leaves to the
    council (2° tariffs) said « à fixer »."""
    base = _text(_delegation_section(built("chambery-2026")))
    capped = _variant(tmp_path, plafond_emprunts_eur=_cap(2_500_000))
    text = _text(_delegation_section(capped))
    assert f"limite de cette délégation à {euros(2_500_000)}" in text and text != base
    assert "Délégation du 3° (emprunts)" not in text
    other = _text(_delegation_section(_variant(tmp_path, plafond_emprunts_eur=_cap(800_000))))
    assert euros(800_000) in other and euros(2_500_000) not in other
    wider = _variant(tmp_path, delegations_accordees={
        "description": "Alinéas délégués", "unite": "liste", "valeur": [2, 3, 10]})
    section = _delegation_section(wider)
    titles = [b.title for b in section.blocks if isinstance(b, Article)]
    assert [t.split(" — ")[0] for t in titles[:3]] == [
        "Délégation du 2°", "Délégation du 3°", "Délégation du 10°"]
    assert "1°, 4° à 9°, 11° à 29°" in _text(section)
    assert "Délégation du 2° (tarifs des droits non fiscaux)" in _text(section)
    assert "4 600 euros" in _text(section)
    assert "[" not in all_text(wider)


def _act(doc: Document, word: str) -> Section:
    return next(s for s in doc.sections if word in s.heading)


def test_votation_becomes_a_consultation_with_the_pact_figures():
    """The binding votation (a conflict) is drafted as the lawful consultation (L1112-15,
    L1112-17, L1112-20), with the pact's signatures computed from the commune."""
    scen, _ = load_context(None, "chambery-2026", [])
    electors = scen.commune.electors.at()
    act = _act(built("chambery-2026"), "consultations des habitant·es")
    text = " ".join(b.text for b in act.blocks if isinstance(b, Article))
    need = max(math.ceil(3 * electors / 100), 1000)
    assert f"au moins {number(need)} électeur·rices inscrit·es" in text
    assert "demande d'avis" in text and "arrête sa décision" in text
    assert "ne suspend pas l'exécution" in text
    assert "contraignant" not in text
    four = _act(built("chambery-2026", "votation_propositionnelle.seuil_pct=4"),
                "consultations des habitant·es")
    assert f"au moins {number(math.ceil(4 * electors / 100))} électeur·rices" in _text(four)
    assert "4 % des" in _text(four)


def test_open_vote_is_an_association_of_the_public():
    """Démocracité's vote open from 16 years old is drafted as an opinion (CRPA L131-1)."""
    act = _act(built("democracite-2026"), "consultations des habitant·es")
    vote = next(b for b in act.blocks if isinstance(b, Article)
                and b.title == "Votation sur les causes soutenues par la commune")
    assert "16 ans" in vote.text and "Le résultat est un avis" in vote.text
    assert "CRPA-L131-1" in vote.sources[-1]


def test_bodies_and_service_from_parameters():
    """The Conseil Citoyen's size, the DPC's posts and the quartier envelopes come from the
    pact and move with it."""
    doc = built("chambery-2026", "conseil_citoyen.membres=36", "conseils_de_quartier.budget_annuel_par_quartier_eur=150000")
    _, pact = load_context(None, "chambery-2026", [])
    dpc = pact.dpc
    posts = dpc.managers.at() + dpc.supervisors.at() + dpc.apprentices.at()
    assert f"soit {posts} postes" in _text(_act(doc, "service du pouvoir citoyen"))
    assert "comprend 36 habitant·es tiré·es au sort" in _text(_act(doc, "tirés au sort"))
    quartiers = _text(_act(doc, "conseils de quartier"))
    count = pact.quartier_councils.count.at()
    assert (f"{euros(150_000)} par quartier et par an ({euros(150_000 * count)} pour les {count} "
            "quartiers)") in quartiers


#: clauses the council can always carry in a lawful form, whatever the verifier says of the
#: pact's own (a consultation for a binding vote, an opinion for an approval, a budget line
#: for a quartier's own budget, the L2122-22 list for the mayor's powers)
LAWFUL_FORM = ("votation_propositionnelle", "votation_abrogatoire", "referendum_municipal",
               "conseil_citoyen", "pluihd", "ppi", "conseils_de_quartier", "budget_participatif",
               "pouvoirs_du_maire", "engagements", "direction_pouvoir_citoyen",
               "conventions_citoyennes", "votations.", "assemblees_tirees_au_sort.")


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_conflicts_and_commitments_get_their_lawful_article(pact_id):
    """Each clause of these kinds — conflict, political commitment or conforme — is carried
    by at least one article of an act that cites it."""
    _, pact = load_context(None, pact_id, [])
    cited = {src for _, a in _articles(built(pact_id)) for src in a.sources}
    for c in commitments(pact):
        if any(c.key == k or (k.endswith(".") and c.key.startswith(k)) for k in LAWFUL_FORM):
            assert any(src.startswith(f"Clause du pacte : {c.title}") for src in cited), (
                pact_id, c.key)


def test_no_delegation_keeps_every_item(tmp_path):
    """« aucune »: the act says the council keeps the 29 items, and no report is owed."""
    section = _delegation_section(_variant(tmp_path, delegations_accordees={
        "description": "Aucun alinéa délégué", "unite": "liste", "valeur": "aucune"}))
    titles = [b.title for b in section.blocks if isinstance(b, Article)]
    assert titles == ["Attributions conservées par le conseil"]
    assert "des 1° à 29° de l'article L2122-22 (29 alinéas)" in _text(section)


def test_a_committee_gives_opinions_on_its_domains():
    """An assembly's « domaines » set what its committee gives opinions on; without them, the
    affairs of the commune in general."""
    budget = "Il rend des avis sur les questions de budget et d'investissement"
    assert budget in all_text(built("democracite-2026"))
    general = built("democracite-2026", "assemblees_tirees_au_sort.assemblee-budgetaire.domaines=[]")
    assert budget not in all_text(general)
    assert "Il rend des avis sur les questions d'urbanisme" in all_text(built("saillans-2026"))
