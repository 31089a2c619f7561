"""What a pact leaves to goodwill: for each citizen power it does not organise (petition,
votation, abrogation, audit of the elected), what the law guarantees anyway; and for a
collegial pact, that its internal rules have no sanction. Verdict ``lacune``."""

from __future__ import annotations

from engine.core.fr import number
from engine.verifier.consistency.base import consistency
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import LegalContext


def check(ctx: LegalContext) -> list[Finding]:
    p, f, law = ctx.pact, ctx.commune, ctx.law
    out: list[Finding] = []
    src = f"{p.info.source}"
    if p.petition is None and not any("petition" in v.triggers.at() for v in p.votes):
        out.append(consistency(
            ctx, "lacune.petition", "votation_propositionnelle", "lacune", "info",
            ("L1112-16", "Const-72-1-al1"),
            f"Aucune pétition citoyenne : seul reste le droit légal, un dixième des électeurs "
            f"({number(f.legal_signatures)} signatures à {f.name}) pour demander l'inscription "
            "d'une consultation ou interpeller le conseil (L1112-16), qui décide librement. Toute "
            "prise en compte d'une demande plus modeste dépend de la bonne volonté du maire.",
            {"signatures_1_10": f.legal_signatures}, source=src,
            title=(f"Sans pétition citoyenne, seul reste le droit légal : "
                   f"{number(f.legal_signatures)} signatures, un dixième des électeurs")))
    if p.petition is None and p.referendum is None and not p.votes:
        out.append(consistency(
            ctx, "lacune.votation", "referendum_municipal", "lacune", "info",
            ("LO1112-1", "L1112-15"),
            "Aucun vote des habitant·es n'est promis : organiser un référendum (LO1112-1) ou une "
            "consultation (L1112-15) reste à la seule discrétion du conseil municipal.", {}, source=src,
            title="Aucun vote des habitant·es n'est promis : le conseil reste seul à en décider"))
    if p.abrogation is None:
        out.append(consistency(
            ctx, "lacune.abrogation", "votation_abrogatoire", "lacune", "info",
            ("CJA-R421-1", "L2131-8", "CJA-L521-1"),
            f"Aucune voie citoyenne contre une délibération : restent le recours en annulation "
            f"({law.int_number('CJA-R421-1', 'delai_mois')} mois, CJA R421-1), la demande de déféré "
            "au préfet (L2131-8) et le référé-suspension (CJA L521-1).", {}, source=src,
            title=(f"Aucune voie citoyenne contre une délibération : reste le recours de "
                   f"{law.int_number('CJA-R421-1', 'delai_mois')} mois devant le juge")))
    if p.citizen_council is None and p.revocation is None and not any(
            "audit" in a.powers.at() for a in p.assemblies):
        checks = ["la charte de l'élu local (L1111-1-1, point 7)", "l'élection tous les six ans",
                  "le débat de politique générale à la demande d'un dixième des conseillers (L2121-19)"]
        if f.population >= law.int_number("L2121-22-1", "seuil_habitants"):
            checks.append("les missions d'information à la demande d'un sixième des conseillers (L2121-22-1)")
        out.append(consistency(
            ctx, "lacune.controle", "conseil_citoyen", "lacune", "info",
            ("L1111-1-1", "L2121-19", "L2121-22-1"),
            "Aucun organe citoyen ne contrôle les élu·es : la redevabilité repose sur "
            + ", ".join(checks) + ".", {}, source=src,
            title=(f"Aucun organe citoyen ne contrôle les élu·es : restent {len(checks)} garde-fous "
                   "légaux")))
    if p.quartier_councils is None and f.quartier_regime == "obligatoire":
        # a free clause invoking L2143-1 speaks of them, without typed rules (number, means…)
        free = [c.title for c in p.free_clauses if "L2143-1" in c.legal_basis]
        said = ("mais le pacte n'en dit rien." if not free else
                "et le pacte n'en parle que dans " + ", ".join(f"la clause libre « {t} »" for t in free)
                + ", sans en fixer le nombre, les réunions ni les moyens.")
        out.append(consistency(
            ctx, "lacune.quartiers", "conseils_de_quartier", "lacune", "warning", ("L2143-1",),
            f"{f.name} compte {number(f.population)} habitants : les conseils de quartier sont "
            f"obligatoires (L2143-1), {said}", {}, source=src,
            title=(f"Les conseils de quartier, obligatoires à {number(f.population)} habitants, ne "
                   "sont pas organisés par le pacte")))
    if p.collegiality is not None:
        out.append(consistency(
            ctx, "lacune.collegialite", "collegialite", "lacune", "info",
            ("L2122-18", "L2121-9"),
            "Les règles de collégialité (consensus, abstention, séminaires) n'ont aucune sanction : "
            "si elles ne sont pas respectées, rien ne se passe. Les seuls leviers légaux sont le "
            "vote du conseil sur le maintien d'un·e adjoint·e privé·e de délégations (L2122-18) et "
            "la convocation du conseil à la demande d'un tiers des conseillers (L2121-9).", {},
            source=str(p.collegiality.source),
            title="Les règles de collégialité n'ont aucune sanction : rien ne se passe si elles ne sont pas respectées"))
    return out
