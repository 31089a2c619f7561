"""The pact's quartiers against the commune's: quartier pairs, quartier councils and the
citizen council's per-quartier quota must match the quartiers the scenario lists."""

from __future__ import annotations

from engine.core.fr import plural
from engine.verifier.consistency.base import consistency
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import LegalContext


def quartier_pairs(ctx: LegalContext) -> Finding | None:
    p = ctx.pact.pairs
    if p is None or not p.quartier_pairs:
        return None
    commune = list(ctx.commune.quartiers)
    named = [q.quartier for q in p.quartier_pairs]
    unknown = [n for n in named if n not in commune]
    uncovered = [n for n in commune if n not in named]
    ok = not unknown and not uncovered
    msg = (f"{len(named)} binômes de quartier pour {len(commune)} quartiers à {ctx.commune.name}.")
    if unknown:
        msg += f" Quartiers inconnus de la commune : {', '.join(unknown)}."
    if uncovered:
        msg += f" Quartiers sans binôme : {', '.join(uncovered)}."
    return consistency(
        ctx, "quartiers.binomes", "binomes", "coherent" if ok else "incoherent",
        "info" if ok else "warning", (), msg,
        {"binomes_de_quartier": named, "quartiers_commune": commune,
         "inconnus": unknown, "sans_binome": uncovered},
        title=(f"Les {plural(len(named), 'binôme')} de quartier couvrent les {len(commune)} quartiers"
               if ok else f"{plural(len(named), 'binôme')} de quartier ne couvrent pas exactement "
               f"les {plural(len(commune), 'quartier')} de la commune"),
        wording=None if ok else "Redécouper les binômes de quartier sur les quartiers de la commune.")


def quartier_councils(ctx: LegalContext) -> Finding | None:
    q = ctx.pact.quartier_councils
    if q is None:
        return None
    n, commune = q.count.at(), len(ctx.commune.quartiers)
    ok = n == commune
    msg = f"Le pacte prévoit {n} conseils de quartier ; la commune compte {commune} quartiers."
    if ctx.commune.quartier_regime == "obligatoire":
        msg += " Les conseils de quartier y sont obligatoires (L2143-1) : un par quartier."
    return consistency(
        ctx, "quartiers.conseils", "conseils_de_quartier", "coherent" if ok else "incoherent",
        "info" if ok else "warning", ("L2143-1",), msg,
        {"conseils_pacte": n, "quartiers_commune": commune},
        title=(f"Le pacte prévoit un conseil pour chacun des {plural(commune, 'quartier')}" if ok else
               f"Le pacte prévoit {plural(n, 'conseil')} de quartier pour {plural(commune, 'quartier')}"),
        wording=None if ok else f"Prévoir {commune} conseils de quartier, un par quartier de la commune.")


def citizen_council_quota(ctx: LegalContext) -> Finding | None:
    c = ctx.pact.citizen_council
    if c is None:
        return None
    members, per = c.members.at(), c.per_quartier.at()
    n = len(ctx.commune.quartiers)
    ok = per * n == members
    msg = (f"{per} membres par quartier × {n} quartiers = {per * n}, pour {members} membres "
           "tirés au sort.")
    if not ok:
        msg += " Les quotas par quartier ne remplissent pas (ou dépassent) le Conseil Citoyen."
    return consistency(
        ctx, "quartiers.conseil_citoyen", "conseil_citoyen", "coherent" if ok else "incoherent",
        "info" if ok else "warning", (), msg,
        {"membres": members, "par_quartier": per, "quartiers": n},
        title=(f"Les quotas de {per} membres par quartier remplissent les {members} sièges du "
               "Conseil Citoyen" if ok else
               f"Les quotas par quartier donnent {per * n} membres pour {members} sièges du "
               "Conseil Citoyen"),
        wording=None if ok else "Ajuster le nombre de membres ou le quota par quartier à la commune.")


def check(ctx: LegalContext) -> list[Finding]:
    return [x for x in (quartier_pairs(ctx), quartier_councils(ctx), citizen_council_quota(ctx))
            if x is not None]
