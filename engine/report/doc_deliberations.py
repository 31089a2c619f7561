"""Drafts of the first council sessions' deliberations, from the pact and the verifier.

For each act the pact needs (the number of adjoint·es L2122-2, L2122-2-1, L2122-3 — its own
act, never the RI —, règlement intérieur L2121-8, delegations to the mayor
L2122-22, quartier councils L2143-1 or, below the threshold, consultative committees
L2143-2, the citizen-power service, budget envelopes, votations…), a deliberation in the
usual form (« Le conseil municipal, Vu… ; Considérant… ; Après en avoir délibéré, Décide :
Article 1… »). An article is drafted only for what the verifier finds lawful as an act
(verdict « conforme », clause by clause or aspect by aspect); what is only a political
commitment, in conflict or to be checked is listed in the closing sections, never drafted.
The operative articles of the adjoint·es, the RI, the bodies drawn by lot and the quartier
bodies are drafted from the pact's parameters by :mod:`engine.report.delib_provisions`; the
verifier's analysis goes into the « Exposé des motifs » before the « Vu », never an article.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine.io.context import commune_note
from engine.io.law import load_law
from engine.model.law import Law
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.procedures.commune import CommuneFacts, commune_facts
from engine.report.delib_provisions import (
    draft_adjoint_count,
    draft_assembly,
    draft_quartier_functioning,
    draft_report_to_council,
    draft_rules,
    ri_considerant,
)
from engine.report.doc_common import DISCLAIMER, day_fr, findings_of, human_source, legal_base_date
from engine.report.doc_pacte import Commitment, commitments
from engine.report.document import Article, Block, BulletList, Document, Paragraph, Section
from engine.verifier.checks import check
from engine.verifier.findings import VERDICT_FR, Finding


@dataclass(frozen=True)
class Act:
    """A deliberation the pact needs: its title, its legal bases, the clauses it carries."""

    id: str
    title: str
    bases: tuple[str, ...]
    keys: tuple[str, ...]


#: the acts, in the order of the first sessions; a clause key ending in « . » is a family
ACTS: tuple[Act, ...] = (
    Act("adjoints", "Fixation du nombre des adjoint·es au maire",
        ("L2122-2", "L2122-2-1", "L2122-3"), ("binomes", "executif")),
    Act("ri", "Adoption du règlement intérieur du conseil municipal", ("L2121-8", "L2121-29"),
        ("conseil_municipal", "interpellation", "commissions", "transparence", "rotation",
         "collegialite", "bureau_executif", "charte_ethique")),
    Act("delegations", "Délégations du conseil municipal au maire", ("L2122-22", "L2122-23"),
        ("pouvoirs_du_maire",)),
    Act("quartiers", "Création des conseils de quartier", ("L2143-1",), ("conseils_de_quartier",)),
    Act("comites", "Création de comités consultatifs d'habitant·es tirés au sort",
        ("L2143-2",), ("conseil_citoyen", "consultation_revocation", "engagements",
                       "audit_dircab_dgs", "conventions_citoyennes", "ppi", "pluihd",
                       "assemblees_tirees_au_sort.")),
    Act("service", "Création du service du pouvoir citoyen", ("L2121-29", "L2312-1"),
        ("direction_pouvoir_citoyen",)),
    Act("consultations", "Droit de pétition et consultations des habitant·es",
        ("L1112-15", "L1112-16", "L2121-29"),
        ("votation_propositionnelle", "votation_abrogatoire", "referendum_municipal",
         "votations.")),
    Act("budget", "Enveloppes budgétaires du pacte", ("L2311-1", "L2312-1"),
        ("budget_participatif", "couts")),
    Act("divers", "Autres mesures du pacte relevant du conseil municipal", ("L2121-29",),
        ("clauses_libres.",)),
)


@dataclass(frozen=True)
class Item:
    """One part of a clause: drafted when lawful as an act, listed otherwise."""

    commitment: Commitment
    label: str
    verdict: str
    articles: tuple[str, ...]
    text: str
    wording: str | None
    analysis: str = ""


def act_of(key: str) -> Act:
    for act in ACTS:
        if any(key == k or (k.endswith(".") and key.startswith(k)) for k in act.keys):
            return act
    return ACTS[-1]


def items_of(c: Commitment, finding: Finding | None) -> list[Item]:
    """A clause's aspects as the verifier judged them, or the clause as a whole."""
    if finding is None:
        return [Item(c, c.title, "a_verifier", c.legal_basis, c.text, None)]
    aspects = finding.details.get("aspects") or []
    if not aspects:
        verdict = finding.verdict
        if c.free_nature is not None and c.free_nature != "acte_du_conseil" and verdict == "conforme":
            verdict = "engagement_politique" if c.free_nature == "engagement_politique" else verdict
        return [Item(c, c.title, verdict, finding.articles, c.text, finding.suggested_wording)]
    out = []
    for a in aspects:
        head, _, rest = a["explanation"].partition(" : ")
        out.append(Item(c, a["label"], a["verdict"], tuple(a["articles"]),
                        head.rstrip(".") + ".", a.get("suggested_wording"), rest.strip()))
    return out


def _drafted(item: Item) -> bool:
    """Lawful as an act of the council; or, for the delegations the council must grant the
    mayor anyway (L2122-22), a wording the verifier writes as a council act, to be checked."""
    if item.verdict == "conforme":
        return item.commitment.free_nature in (None, "acte_du_conseil")
    return (item.verdict == "a_verifier" and act_of(item.commitment.key).id == "delegations"
            and (item.wording or "").startswith("« Le conseil"))


def _vu(bases: tuple[str, ...], items: list[Item]) -> list[Paragraph]:
    articles: dict[str, None] = dict.fromkeys(bases)
    for item in items:
        articles.update(dict.fromkeys(item.articles))
    cgct = [a for a in articles if a[:1] == "L" or a[:2] == "LO"]
    other = [a for a in articles if a not in cgct]
    out = [Paragraph("Vu le code général des collectivités territoriales, notamment ses articles "
                     f"{', '.join(cgct)} ;")]
    if other:
        out.append(Paragraph(f"Vu également les textes et décisions suivants : {', '.join(other)} ;"))
    return out


def _article(number: int, item: Item) -> Article:
    c = item.commitment
    text = item.text if item.label != c.title else c.text
    sources = (f"Clause du pacte : {c.title} ({human_source(c.source)})",
               f"Base légale : {', '.join(item.articles) or 'compétence générale (L2121-29)'}")
    if item.verdict == "a_verifier" and item.wording:
        text = item.wording.strip().removeprefix("«").split("»")[0].strip()
        sources += ("À faire vérifier par un·e juriste avant le vote : les montants entre "
                    "crochets sont à fixer par le conseil.",)
    return Article(str(number), item.label, text, sources)


def _opening(act: Act, bases: tuple[str, ...], clauses: list[Commitment],
             quartiers: tuple[str, ...]) -> Article | None:
    """The operative article that creates the body or service, in the terms of the law
    (L2143-1, L2143-2: rules/cgct/conseil.yaml; L2312-1: the budget)."""
    names = ", ".join(f"« {c.title} »" for c in clauses)
    committee = ("Chaque comité comprend des personnes qui peuvent ne pas appartenir au "
                 "conseil ; il est présidé par un membre du conseil désigné par le maire, est "
                 "consulté et peut faire des propositions ; il dure au plus le mandat en cours.")
    where = ", ".join(quartiers) if quartiers else "à délimiter par le conseil"
    if act.id == "quartiers" and "L2143-1" in bases:
        return Article("1", "Création", "Un conseil de quartier consultatif est créé dans chacun "
                       f"des quartiers suivants : {where}. Le conseil municipal en fixe la "
                       "dénomination, la composition et les modalités de fonctionnement.",
                       ("Base légale : L2143-1",))
    if act.id == "quartiers":
        return Article("1", "Création", f"Un comité consultatif est créé pour chacun des quartiers "
                       f"suivants : {where}. {committee}", ("Base légale : L2143-2",))
    if act.id == "comites":
        return Article("1", "Création", f"Sont créés les comités consultatifs suivants : {names}. "
                       f"{committee}", ("Base légale : L2143-2",))
    if act.id == "service":
        return Article("1", "Création", f"Est créé le service suivant : {names}. Les emplois "
                       "correspondants sont inscrits au tableau des effectifs et les crédits au "
                       "budget.", ("Base légale : L2121-29, L2312-1",))
    return None


#: the clauses whose drafted items the provisions of delib_provisions replace
DRAFTED_BY_PROVISIONS = ("conseil_municipal", "interpellation", "transparence", "commissions")


def _exposé(items: list[Item]) -> list[Paragraph]:
    """The verifier's analysis, as the note before the « Vu » — never in an article."""
    notes = [f"{i.label} : {i.analysis}" for i in items if i.analysis]
    if not notes:
        return []
    return [Paragraph("Exposé des motifs. " + " ".join(n.rstrip(".") + "." for n in notes), "small")]


def _renumber(articles: list[Article], first: int = 1) -> list[Article]:
    return [Article(str(n), a.title, a.text, a.sources) for n, a in enumerate(articles, first)]


def _body(act: Act, items: list[Item], facts: CommuneFacts, pact: Pact, law: Law,
          scenario: Scenario) -> list[Article]:
    """The operative articles: the drafted provisions, then the other lawful items."""
    if act.id == "adjoints":
        rest = [i for i in items if "djoint" not in i.label]
        return _renumber(draft_adjoint_count(pact, facts, law) + [_article(0, i) for i in rest])
    if act.id == "ri":
        rest = [i for i in items if i.commitment.key not in DRAFTED_BY_PROVISIONS]
        return _renumber(draft_rules(pact, facts, scenario) + [_article(0, i) for i in rest])
    if act.id == "comites":
        drawn = [draft_assembly(a) for a in pact.assemblies]
        rest = [i for i in items if not i.commitment.key.startswith("assemblees_tirees_au_sort.")]
        return _renumber(drawn + [_article(0, i) for i in rest])
    if act.id == "quartiers":
        functioning = draft_quartier_functioning(pact)
        rest = [i for i in items if not i.label.startswith("Régime légal")]  # Article 1 says it
        return _renumber(([functioning] if functioning else []) + [_article(0, i) for i in rest])
    if act.id == "delegations" and items:
        return _renumber([_article(0, i) for i in items] + [draft_report_to_council()])
    return [_article(0, i) for i in items]


def _deliberation(number: int, act: Act, title: str, bases: tuple[str, ...],
                  items: list[Item], body: list[Article], quartiers: tuple[str, ...] = (),
                  provided: tuple[Commitment, ...] = (), law: Law | None = None) -> list[Section]:
    clauses = list({c.key: c for c in (*provided, *(i.commitment for i in items))}.values())
    head: list[Block] = [Paragraph("Le conseil municipal,"), *_exposé(items), *_vu(bases, items)]
    head += [Paragraph(f"Considérant l'engagement pris devant les électrices et les électeurs : "
                       f"« {c.title} » ({human_source(c.source)}) ;") for c in clauses]
    if act.id == "ri":
        head.append(Paragraph(ri_considerant(law)))
    head.append(Paragraph("Après en avoir délibéré, Décide :"))
    if act.id == "ri":
        head.append(Article("1", "Adoption", "Le règlement intérieur du conseil municipal annexé à "
                            "la présente délibération est adopté.", ("L2121-8",)))
        head.append(Article("2", "Publicité", "La présente délibération et son annexe sont "
                            "publiées sous forme électronique.", ("L2131-1",)))
        annex = body
        return [Section(f"Délibération n° {number} — {title}", tuple(head)),
                Section("Annexe — Règlement intérieur du conseil municipal", tuple(annex), 2)]
    opening = _opening(act, bases, clauses, quartiers)
    first = 1 if opening is None else 2
    head += [opening] if opening is not None else []
    head += _renumber(body, first)
    return [Section(f"Délibération n° {number} — {title}", tuple(head))]


def _act_title(act: Act, regime: str) -> tuple[str, tuple[str, ...]]:
    if act.id == "quartiers" and regime == "non_applicable":
        return ("Création de comités consultatifs de quartier (commune de moins de 20 000 "
                "habitant·es, L2143-2)", ("L2143-2",))
    return act.title, act.bases


def _listed(items: list[Item], verdicts: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for i in items:
        if i.verdict in verdicts and (i.verdict == "a_verifier" or not _drafted(i)):
            line = f"{i.commitment.title} — {i.label} : {VERDICT_FR[i.verdict]}"
            if i.articles:
                line += f" ({', '.join(i.articles)})"
            out.append(line + (f". Rédaction proposée : {i.wording}" if i.wording else "."))
    return tuple(out)


def build_deliberations(pact: Pact, scenario: Scenario, law: Law | None = None,
                        today: date | None = None) -> Document:
    """The drafts of the deliberations the pact needs, for the commune of ``scenario``."""
    law = law or load_law()
    found = findings_of(pact, scenario, check(pact, scenario, law))
    facts = commune_facts(scenario, pact, law)
    regime = facts.quartier_regime
    all_items = [i for c in commitments(pact) for i in items_of(c, found.legal.get(c.key))]
    sections: list[Section] = [Section("Objet", (Paragraph(
        f"Projets de délibérations à présenter au conseil municipal de {scenario.commune.name} "
        f"lors de ses premières séances, à partir du {day_fr(scenario.mandate.installation)}, "
        f"pour mettre en œuvre le pacte « {pact.info.title} ». Seules les mesures que la loi "
        "permet au conseil d'adopter sont rédigées ; les engagements politiques et les points à "
        "vérifier sont listés à la fin."),
        *([Paragraph(note, "small")] if (note := commune_note(scenario, pact)) else [])))]
    number = 0
    for act in ACTS:
        drafted = [i for i in all_items if _drafted(i) and act_of(i.commitment.key) is act]
        body = _body(act, drafted, facts, pact, law, scenario)
        if body:
            number += 1
            title, bases = _act_title(act, regime)
            provided = tuple(c for c in commitments(pact) if act_of(c.key) is act
                             and (c.key in (*DRAFTED_BY_PROVISIONS, "binomes", "executif")
                                  or c.key.startswith("assemblees_tirees_au_sort.")))
            sections += _deliberation(number, act, title, bases, drafted, body,
                                      tuple(q.name for q in scenario.commune.quartiers), provided, law)
    politics = _listed(all_items, ("engagement_politique", "conforme"))
    sections.append(Section("Engagements politiques : rien à délibérer", (
        Paragraph("Ces engagements lient les élu·es de la majorité mais ne relèvent d'aucun acte "
                  "du conseil : ils ne sont pas rédigés en délibération."),
        BulletList(politics or ("Aucun.",)))))
    sections.append(Section("Points à faire vérifier ou à réécrire avant toute délibération", (
        BulletList(_listed(all_items, ("conflit", "a_verifier")) or ("Aucun.",)),)))
    return Document(
        kind="deliberations", title=f"Projets de délibérations — {scenario.commune.name}",
        subtitle=f"Premières séances du conseil municipal, pacte « {pact.info.title} »",
        pact_id=pact.info.id, commune=scenario.commune.name,
        legal_base_date=legal_base_date(), generated_on=day_fr(today or date.today()),
        disclaimer=DISCLAIMER, sections=tuple(sections))
