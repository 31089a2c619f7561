"""Drafts of the first council sessions' deliberations, from the pact and the verifier.

For each act the pact needs (the number of adjoint·es L2122-2, L2122-2-1, L2122-3 — its own
act, never the RI —, règlement intérieur L2121-8, delegations to the mayor L2122-22, quartier
councils L2143-1 or, below the threshold, consultative committees L2143-2, the citizen-power
service, budget envelopes, petitions and consultations…), a deliberation in the usual form
(« Le conseil municipal, Exposé des motifs ; Vu… ; Considérant… ; Après en avoir délibéré,
Décide : Article 1… »). Every article is an operative provision in the present tense drafted
from the pact's parameters (:mod:`engine.report.delib_provisions`, ``delib_delegations``,
``delib_consultations``, ``delib_bodies``), in the form the law allows: where the verifier
finds a conflict or a political commitment, the act carries what the council may lawfully
decide instead (a consultation of the electors L1112-15 for a binding vote, an opinion for an
approval, a budget line for a quartier's own budget). The verifier's analysis — each aspect's
verdict, articles and explanation — goes into the « Exposé des motifs » before the « Vu »,
never into an article; the political commitments and the points to check are listed at the
end with the verifier's wording.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine.core.calendar import format_date
from engine.io.context import commune_note
from engine.io.law import load_law
from engine.model.law import Law
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.procedures.commune import commune_facts
from engine.report.delib_bodies import DRAFTERS
from engine.report.delib_common import DraftContext, Drafted
from engine.report.delib_consultations import (
    draft_abrogation,
    draft_petition,
    draft_referendum,
    draft_votes,
)
from engine.report.delib_delegations import draft_delegations
from engine.report.delib_provisions import (
    draft_adjoint_count,
    draft_assembly,
    draft_quartier_functioning,
    draft_report_to_council,
    draft_rules,
    ri_considerant,
)
from engine.report.doc_common import DISCLAIMER, findings_of, human_source, legal_base_date
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
    """Lawful as an act of the council, clause by clause or aspect by aspect."""
    return item.verdict == "conforme" and item.commitment.free_nature in (None, "acte_du_conseil")


def _cited(articles: list[Article]) -> list[str]:
    """The legal bases the drafted articles cite (« Base légale : L2122-22 (3°), L2122-23 »)."""
    out = []
    for a in articles:
        for src in a.sources:
            if src.startswith("Base légale : "):
                out += [b.split(" (")[0].strip() for b in src.removeprefix("Base légale : ").split(",")]
    return [b for b in out if b and b[0].isupper() and "compétence" not in b]


def _vu(bases: tuple[str, ...], items: list[Item], body: list[Article]) -> list[Paragraph]:
    articles: dict[str, None] = dict.fromkeys(bases)
    for item in items:
        articles.update(dict.fromkeys(item.articles))
    articles.update(dict.fromkeys(_cited(body)))
    cgct = [a for a in articles if a[:1] == "L" or a[:2] == "LO"]
    other = [a for a in articles if a not in cgct]
    out = [Paragraph("Vu le code général des collectivités territoriales, notamment ses articles "
                     f"{', '.join(cgct)} ;")]
    if other:
        out.append(Paragraph(f"Vu également les textes et décisions suivants : {', '.join(other)} ;"))
    return out


def _free_article(item: Item) -> Article:
    """A free clause the pact itself writes as an act of the council: the pact's own text."""
    c = item.commitment
    return Article("0", item.label, c.text,
                   (f"Clause du pacte : {c.title} ({human_source(c.source)})",
                    f"Base légale : {', '.join(item.articles) or 'compétence générale (L2121-29)'}"))


#: the clauses whose items are acts creating a consultative committee (L2143-2)
COMMITTEES = ("conseil_citoyen", "assemblees_tirees_au_sort.")


def _opening(act: Act, bases: tuple[str, ...], clauses: list[Commitment],
             quartiers: tuple[str, ...]) -> Article | None:
    """The operative article that creates the body or service, in the terms of the law
    (L2143-1, L2143-2: rules/cgct/conseil.yaml; L2312-1: the budget)."""
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
    bodies = [c for c in clauses if any(c.key == k or (k.endswith(".") and c.key.startswith(k))
                                        for k in COMMITTEES)]
    names = ", ".join(f"« {c.title} »" for c in bodies)
    if act.id == "comites" and bodies:
        return Article("1", "Création", f"Sont créés les comités consultatifs suivants : {names}. "
                       f"{committee}", ("Base légale : L2143-2",))
    if act.id == "service":
        names = ", ".join(f"« {c.title} »" for c in clauses)
        return Article("1", "Création", f"Est créé le service suivant : {names}. Les emplois "
                       "correspondants sont inscrits au tableau des effectifs et les crédits au "
                       "budget.", ("Base légale : L2121-29, L2312-1",))
    return None


#: the clauses whose drafted items the provisions of delib_provisions replace
DRAFTED_BY_PROVISIONS = ("conseil_municipal", "interpellation", "transparence", "commissions")


def operative_drafts(ctx: DraftContext) -> dict[str, Drafted]:
    """Every clause's operative articles, by clause key (only the clauses that have some)."""
    out = {"pouvoirs_du_maire": draft_delegations(ctx), "votation_propositionnelle":
           draft_petition(ctx), "votation_abrogatoire": draft_abrogation(ctx),
           "referendum_municipal": draft_referendum(ctx), **draft_votes(ctx),
           **{key: drafter(ctx) for key, drafter in DRAFTERS.items()}}
    return {key: d for key, d in out.items() if d.articles}


def _analysis(item: Item) -> str:
    """The verifier's explanation of an item, with its verdict and articles, for the exposé."""
    said = item.text.rstrip(".") + (f" : {item.analysis}" if item.analysis else "")
    where = f" ; {', '.join(item.articles)}" if item.articles else ""
    return f"{item.label} ({VERDICT_FR[item.verdict]}{where}) : {said.rstrip('.')}."


def _exposé(items: list[Item], notes: tuple[str, ...] = ()) -> list[Paragraph]:
    """The verifier's analysis and what the council must still fix, as the note before the
    « Vu » — never in an article."""
    lines = [_analysis(i) for i in items] + list(notes)
    if not lines:
        return []
    return [Paragraph("Exposé des motifs. " + " ".join(lines), "small")]


def _renumber(articles: list[Article], first: int = 1) -> list[Article]:
    return [Article(str(n), a.title, a.text, a.sources) for n, a in enumerate(articles, first)]


def _covered(act: Act, item: Item, drafts: dict[str, Drafted]) -> bool:
    """Does the act draft this item — by a provision, an operative draft or the creation?"""
    key = item.commitment.key
    if act.id == "adjoints":
        return _drafted(item) and "djoint" in item.label
    if act.id == "ri":
        return _drafted(item) and key in DRAFTED_BY_PROVISIONS
    if key in drafts or key.startswith("assemblees_tirees_au_sort."):
        return True
    if act.id == "quartiers":
        return key == "conseils_de_quartier"
    return key.startswith("clauses_libres.") and _drafted(item)


def _body(act: Act, items: list[Item], ctx: DraftContext, drafts: dict[str, Drafted]
          ) -> tuple[list[Article], tuple[str, ...]]:
    """The operative articles of an act, and the notes its exposé adds."""
    pact = ctx.pact
    if act.id == "adjoints":
        return _renumber(draft_adjoint_count(pact, ctx.facts, ctx.law)), ()
    if act.id == "ri":
        return _renumber(draft_rules(pact, ctx.facts, ctx.scenario)), ()
    keys = list(dict.fromkeys(i.commitment.key for i in items))
    used = [drafts[k] for k in keys if k in drafts]
    out: list[Article] = [a for d in used for a in d.articles]
    notes = tuple(n for d in used for n in d.notes)
    if act.id == "comites":
        out = [draft_assembly(a) for a in pact.assemblies] + out
    if act.id == "quartiers" and (functioning := draft_quartier_functioning(pact)) is not None:
        out = [functioning] + out
    out += [_free_article(i) for i in items if i.commitment.key.startswith("clauses_libres.")]
    if act.id == "delegations" and any(a.title.startswith("Délégation du ") for a in out):
        out.append(draft_report_to_council(pact))  # L2122-23: only for what is delegated
    return _renumber(out), notes


def _deliberation(number: int, act: Act, title: str, bases: tuple[str, ...],
                  items: list[Item], body: list[Article], notes: tuple[str, ...],
                  quartiers: tuple[str, ...] = (), provided: tuple[Commitment, ...] = (),
                  law: Law | None = None) -> list[Section]:
    clauses = list({c.key: c for c in (*provided, *(i.commitment for i in items))}.values())
    head: list[Block] = [Paragraph("Le conseil municipal,"), *_exposé(items, notes),
                         *_vu(bases, items, body)]
    head += [Paragraph(f"Considérant l'engagement pris devant les électrices et les électeurs : "
                       f"« {c.title} » ({human_source(c.source)}) ;") for c in clauses]
    if act.id == "ri":
        head.append(Paragraph(ri_considerant(law)))
    head.append(Paragraph("Après en avoir délibéré, Décide :"))
    if act.id == "ri":
        head.append(Article("1", "Adoption", "Le règlement intérieur du conseil municipal annexé à "
                            "la présente délibération est adopté.", ("L2121-8",)))
        head.append(Article("2", "Publicité", "Le maire publie la présente délibération et son "
                            "annexe sous forme électronique.", ("L2131-1",)))
        return [Section(f"Délibération n° {number} — {title}", tuple(head)),
                Section("Annexe — Règlement intérieur du conseil municipal", tuple(body), 2)]
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


def _listed(items: list[Item], verdicts: tuple[str, ...], covered: set[int]) -> tuple[str, ...]:
    """The items of these verdicts the deliberations do not carry as they stand (a conforme
    item only when no act drafts it), with the verifier's wording; a wording that leaves an
    amount in brackets is replaced by where the act fixes it."""
    out = []
    for i in items:
        if i.verdict in verdicts and (i.verdict != "conforme" or id(i) not in covered):
            line = f"{i.commitment.title} — {i.label} : {VERDICT_FR[i.verdict]}"
            if i.articles:
                line += f" ({', '.join(i.articles)})"
            if i.wording and "[" in i.wording and id(i) in covered:
                line += (". Rédigé dans la délibération qui le met en œuvre ; les limites que le "
                         "pacte ne fixe pas y sont à fixer par le conseil (voir son exposé des motifs).")
            elif i.wording:
                line += f". Rédaction proposée : {i.wording}"
            out.append(line if line.endswith(".") else line + ".")
    return tuple(out)


def build_deliberations(pact: Pact, scenario: Scenario, law: Law | None = None,
                        today: date | None = None) -> Document:
    """The drafts of the deliberations the pact needs, for the commune of ``scenario``."""
    law = law or load_law()
    found = findings_of(pact, scenario, check(pact, scenario, law))
    ctx = DraftContext(pact, scenario, commune_facts(scenario, pact, law), law)
    drafts = operative_drafts(ctx)
    all_items = [i for c in commitments(pact) for i in items_of(c, found.legal.get(c.key))]
    sections: list[Section] = [Section("Objet", (Paragraph(
        f"Projets de délibérations à présenter au conseil municipal de {scenario.commune.name} "
        f"lors de ses premières séances, à partir du {format_date(scenario.mandate.installation)}, "
        f"pour mettre en œuvre le pacte « {pact.info.title} ». Seules les mesures que la loi "
        "permet au conseil d'adopter sont rédigées, dans la forme que la loi autorise ; les "
        "engagements politiques et les points à vérifier sont listés à la fin."),
        *([Paragraph(note, "small")] if (note := commune_note(scenario, pact)) else [])))]
    number = 0
    covered: set[int] = set()
    for act in ACTS:
        items = [i for i in all_items if act_of(i.commitment.key) is act and _covered(act, i, drafts)]
        body, notes = _body(act, items, ctx, drafts)
        if body:
            covered |= {id(i) for i in items}
            number += 1
            title, bases = _act_title(act, ctx.facts.quartier_regime)
            provided = tuple(c for c in commitments(pact) if act_of(c.key) is act
                             and (c.key in (*DRAFTED_BY_PROVISIONS, "binomes", "executif")
                                  or c.key.startswith("assemblees_tirees_au_sort.")))
            sections += _deliberation(number, act, title, bases, items, body, notes,
                                      tuple(q.name for q in scenario.commune.quartiers), provided, law)
    politics = _listed(all_items, ("engagement_politique", "conforme"), covered)
    sections.append(Section("Engagements politiques : rien à délibérer", (
        Paragraph("Ces engagements lient les élu·es de la majorité mais ne relèvent d'aucun acte "
                  "du conseil : ils ne sont pas rédigés en délibération ; lorsque la loi permet "
                  "au conseil d'en adopter une forme licite, c'est elle que les délibérations "
                  "ci-dessus rédigent."),
        BulletList(politics or ("Aucun.",)))))
    sections.append(Section("Points à faire vérifier ou à réécrire avant toute délibération", (
        BulletList(_listed(all_items, ("conflit", "a_verifier"), covered) or ("Aucun.",)),)))
    return Document(
        kind="deliberations", title=f"Projets de délibérations — {scenario.commune.name}",
        subtitle=f"Premières séances du conseil municipal, pacte « {pact.info.title} »",
        pact_id=pact.info.id, commune=scenario.commune.name,
        legal_base_date=legal_base_date(), generated_on=format_date(today or date.today()),
        disclaimer=DISCLAIMER, sections=tuple(sections))
