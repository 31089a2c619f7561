"""Drafts of the first council's deliberations (engine/report/doc_deliberations.py)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from engine.core.paths import PACTS_DIR
from engine.io.context import load_context
from engine.io.overrides import parse_override
from engine.render.document_md import render_markdown
from engine.report.doc_deliberations import ACTS, act_of, build_deliberations, items_of
from engine.report.doc_pacte import commitments
from engine.report.document import Article, BulletList, Document, all_text
from engine.verifier.checks import check

BUNDLED = sorted(p.stem for p in PACTS_DIR.glob("*.yaml"))


@lru_cache(maxsize=8)
def built(pact_id: str, scenario: str | None = None) -> tuple[Document, list]:
    scen, pact = load_context(scenario, pact_id, [])
    legal = {}
    for f in check(pact, scen):
        if f.kind == "legal":
            legal.setdefault(f.clause, f)
    items = [i for c in commitments(pact) for i in items_of(c, legal.get(c.key))]
    return build_deliberations(pact, scen), items


#: articles drafted from the law alone (L2143-1/2 creation, L2121-19, L2122-23)
LAW_ONLY = ("Création", "Questions orales", "Compte rendu", "Convocation")


def _deliberations(doc: Document):
    return [s for s in doc.sections if s.heading.startswith("Délibération n° ")]


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_usual_form(pact_id):
    doc, _ = built(pact_id)
    delibs = _deliberations(doc)
    assert delibs, pact_id
    md = render_markdown(doc)
    assert "Vu le code général des collectivités territoriales" in md
    assert "Article 1" in md
    for s in delibs:
        texts = [getattr(b, "text", "") for b in s.blocks]
        assert texts[0] == "Le conseil municipal,"
        vu = texts[2] if texts[1].startswith("Exposé des motifs. ") else texts[1]
        assert vu.startswith("Vu le code général des collectivités territoriales, "
                                   "notamment ses articles L")
        assert any(t.startswith("Considérant ") for t in texts)
        assert "Après en avoir délibéré, Décide :" in texts
        numbers = [b.number for b in s.blocks if isinstance(b, Article)]
        assert numbers and numbers[0] == "1"


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_drafted_articles_cite_clause_and_law(pact_id):
    doc, _ = built(pact_id)
    for s in doc.sections:
        for b in s.blocks:
            if isinstance(b, Article) and b.title in LAW_ONLY:
                assert b.sources[0].startswith("Base légale : L")
            elif isinstance(b, Article) and b.title not in ("Adoption", "Publicité"):
                assert b.sources[0].startswith("Clause du pacte : ")
                assert b.sources[1].startswith("Base légale : ")
                named = b.sources[0].removeprefix("Clause du pacte : ")
                assert "_" not in named.split(" (")[0], named  # a title, never a key


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_political_commitments_are_listed_not_drafted(pact_id):
    doc, items = built(pact_id)
    political = [i for i in items if i.verdict == "engagement_politique"]
    drafted = {(b.title, b.sources[0]) for s in doc.sections for b in s.blocks
               if isinstance(b, Article) and b.sources
               and b.sources[0].startswith("Clause du pacte")}
    closing = next(s for s in doc.sections
                   if s.heading == "Engagements politiques : rien à délibérer")
    listed = next(b for b in closing.blocks if isinstance(b, BulletList)).items
    for i in political:
        assert any(line.startswith(f"{i.commitment.title} — {i.label} : engagement politique")
                   for line in listed), (pact_id, i.label)
        assert not any(t == i.label and src.startswith(f"Clause du pacte : {i.commitment.title} (")
                       for t, src in drafted), (pact_id, i.label)
    if pact_id == "chambery-2026":
        assert political


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_conflicts_are_not_drafted(pact_id):
    doc, items = built(pact_id)
    text = all_text(doc)
    for i in items:
        if i.verdict == "conflit":
            assert f"{i.commitment.title} — {i.label} : conflit avec la loi" in text


def test_reglement_interieur_and_delegations_for_chambery():
    doc, _ = built("chambery-2026")
    headings = [s.heading for s in doc.sections]
    assert any("règlement intérieur" in h for h in headings)
    assert "Annexe — Règlement intérieur du conseil municipal" in headings
    assert "L2121-8" in all_text(doc)


def test_quartier_councils_become_committees_below_20000():
    """L2143-1: no quartier councils under 20 000 inhabitants; the act is a committee (L2143-2)."""
    big, _ = built("chambery-2026")
    small, _ = built("chambery-2026", "saillans")
    assert not any("comités consultatifs de quartier" in s.heading for s in big.sections)
    q_big = [s.heading for s in big.sections if "conseils de quartier" in s.heading]
    q_small = [s.heading for s in small.sections if "comités consultatifs de quartier" in s.heading]
    assert q_big and q_small


def test_every_clause_key_has_an_act():
    keys = {k for act in ACTS for k in act.keys}
    assert act_of("assemblees_tirees_au_sort.x").id == "comites"
    assert act_of("votations.y").id == "consultations"
    assert act_of("clauses_libres.z").id == "divers"
    assert "pouvoirs_du_maire" in keys


def test_bodies_are_created_in_the_terms_of_the_law():
    big, _ = built("chambery-2026")
    small, _ = built("chambery-2026", "saillans")
    scen, _ = load_context(None, "chambery-2026", [])

    def creation(doc: Document, word: str) -> str:
        section = next(s for s in doc.sections if word in s.heading)
        first = next(b for b in section.blocks if isinstance(b, Article))
        assert first.number == "1" and first.title == "Création"
        return first.text

    text = creation(big, "Création des conseils de quartier")
    assert all(q.name in text for q in scen.commune.quartiers)
    assert "présidé par un membre du conseil désigné par le maire" in creation(
        small, "comités consultatifs de quartier")
    assert "comités consultatifs suivants" in creation(big, "tirés au sort")


def _section(doc: Document, word: str):
    return next((s for s in doc.sections if word in s.heading), None)


def _articles(section) -> list[Article]:
    return [b for b in section.blocks if isinstance(b, Article)] if section else []


ANALYSIS_MARKERS = ("Analyse", "confiance", "à vérifier", "plafond 30 %")


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_reglement_interieur_holds_operative_rules_only(pact_id):
    """The RI fixes no number of adjoints (L2122-2 is its own act) and carries no analysis."""
    doc, _ = built(pact_id)
    annex = _articles(_section(doc, "Annexe — Règlement intérieur"))
    assert annex, pact_id
    for a in annex:
        text = " ".join((a.title, a.text, *a.sources))
        assert "djoint" not in a.title and "fixé à" not in a.text, (pact_id, a.title)
        for marker in ANALYSIS_MARKERS:
            assert marker not in text, (pact_id, a.title, marker)


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_number_of_adjoints_is_its_own_deliberation(pact_id):
    from engine.io.law import load_law
    from engine.procedures.commune import adjoint_caps, commune_facts

    scen, pact = load_context(None, pact_id, [])
    law = load_law()
    caps = adjoint_caps(pact, commune_facts(scen, pact, law), law)
    doc, _ = built(pact_id)
    section = _section(doc, "nombre des adjoint·es")
    if pact.clauses().get("binomes") is None and pact.clauses().get("executif") is None:
        assert section is None
        return
    assert caps is not None and section is not None
    first = _articles(section)[0]
    assert first.text == f"Le nombre des adjoint·es au maire est fixé à {caps.ordinary.count}."
    assert "Base légale : L2122-2" in first.sources
    if caps.quartier.count:
        assert any(f"fixé à {caps.quartier.count}" in a.text and "Base légale : L2122-2-1" in a.sources
                   for a in _articles(section))


def test_saillans_committees_and_three_clear_days():
    """Under 3 500 inhabitants: 3 clear days (L2121-11); under 20 000: no L2143-1 council,
    the bodies are consultative committees (L2143-2)."""
    doc, _ = built("saillans-2026")
    annex = _articles(_section(doc, "Annexe — Règlement intérieur"))
    convocation = next(a for a in annex if a.title == "Convocation")
    assert "au moins 3 jours francs avant la séance." in convocation.text
    assert "Base légale : L2121-11" in convocation.sources
    assert _section(doc, "Création des conseils de quartier") is None
    comites = _section(doc, "comités consultatifs")
    assert comites is not None and "L2143-2" in all_text(Document(
        kind="deliberations", title="", subtitle="", pact_id="", commune="", legal_base_date="",
        generated_on="", disclaimer="", sections=(comites,)))
    small, _ = built("chambery-2026", "saillans")
    assert _section(small, "Création des conseils de quartier") is None
    assert "L2143-2" in _section(small, "comités consultatifs de quartier").heading


def test_changed_parameter_changes_the_ri_article():
    scen, pact = load_context(None, "chambery-2026",
                              [parse_override("conseil_municipal.sessions_par_an=10")])
    doc = build_deliberations(pact, scen)
    sessions = next(a for a in _articles(_section(doc, "Annexe — Règlement intérieur"))
                    if a.title == "Séances")
    assert sessions.text == "Le conseil municipal se réunit au moins 10 fois par an."
    base, _ = built("chambery-2026")
    assert "au moins 12 fois par an" in all_text(base)


def test_public_speech_is_a_suspension_and_delegations_report():
    doc, _ = built("chambery-2026")
    annex = _articles(_section(doc, "Annexe — Règlement intérieur"))
    speech = next(a for a in annex if a.title == "Parole du public")
    assert speech.text.startswith("Avant l'examen de l'ordre du jour, le maire suspend la séance")
    assert "Base légale : L2121-16, L2121-18" in speech.sources
    delegations = _articles(_section(doc, "Délégations du conseil municipal au maire"))
    assert delegations[-1].title == "Compte rendu" and "L2122-23" in delegations[-1].sources[-1]
    exposes = [b.text for s in _deliberations(doc) for b in s.blocks
               if getattr(b, "text", "").startswith("Exposé des motifs. ")]
    assert any("30 %" in t for t in exposes)


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_bodies_drawn_by_lot_are_consultative_committees(pact_id):
    """L2143-2: each assembly drawn by lot is created with its size, quotas, president."""
    scen, pact = load_context(None, pact_id, [])
    doc, _ = built(pact_id)
    section = _section(doc, "tirés au sort")
    if not pact.assemblies:
        return
    articles = {a.title: a for a in _articles(section)}
    for assembly in pact.assemblies:
        a = articles[f"Comité « {assembly.title} »"]
        assert f"comprend {assembly.members.at()} membres tiré·es au sort" in a.text
        assert "présidé par un membre du conseil municipal désigné par le maire" in a.text
        assert "Base légale : L2143-2" in a.sources
        for stratum in assembly.strata.at():
            assert all(c.code.replace("_", " ") in a.text for c in stratum.categories)


@pytest.mark.parametrize("scenario", [None, "saillans"])
def test_quartier_bodies_have_operative_functioning(scenario):
    """L2143-1 / L2143-2: the quartier act says how the bodies meet and report, from the
    pact's parameters; the population analysis is not an article."""
    scen, pact = load_context(scenario, "chambery-2026", [])
    doc, _ = built("chambery-2026", scenario)
    section = next(s for s in doc.sections if "quartier" in s.heading and "Délibération" in s.heading)
    articles = _articles(section)
    functioning = next(a for a in articles if a.title == "Composition et fonctionnement")
    q = pact.quartier_councils
    assert f"tous les {q.report_months.at()} mois" in functioning.text
    assert not any("habitants." in a.text and a.text.startswith("Commune de") for a in articles)


def test_interpellation_article_uses_the_signature_rule():
    from engine.core.fr import number
    from engine.procedures.interpellation import signatures_needed

    scen, pact = load_context(None, "democracite-2026", [])
    need = signatures_needed(pact, scen).value
    doc, _ = built("democracite-2026")
    article = next(a for a in _articles(_section(doc, "Annexe — Règlement intérieur"))
                   if a.title == "Interpellations")
    assert need is not None and f"signée par au moins {number(need)} personnes" in article.text
