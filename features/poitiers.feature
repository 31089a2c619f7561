# language: fr
Fonctionnalité: Le pacte de l'Assemblée citoyenne et populaire permanente, à Poitiers
  La liste installe une assemblée permanente de 100 membres tirés au sort selon le genre,
  l'âge, la profession et le lieu de résidence, réunie en quatre sessions par an et tirée
  à nouveau chaque année ; ses séances sont ouvertes à tou·tes. Un groupe de proposition
  mêle 20 tiré·es au sort volontaires, 6 élu·es (dont 2 de la minorité) et 4 agent·es. Le
  conseil municipal valide les projets ; les plus engageants peuvent aller au référendum
  local, au plus un jour de vote par an. Chiffres de la commune : scénario « poitiers »
  (52 000 électeurs inscrits, hypothèse Pacte). Sources : 003_eb633bfb3978cf05.txt
  § Assemblées citoyennes tirées au sort et § Implication des habitant·es ;
  004_34d1b869cbc1b691.txt § PRATIQUER LA CO-DÉCISION ; LEGAL.md § 1, § 5 et § 12.5.

  Contexte:
    Étant donné le pacte « poitiers-2026 »
    Et la commune « poitiers »

  Scénario: Les 100 sièges suivent les quatre critères du tirage
    Quand on établit les quotas de l'assemblée « assemblee-citoyenne »
    Alors les quotas réservent entre 50 et 50 sièges à « femme »
    Et les quotas réservent entre 34 et 34 sièges à « 15-29 »
    Et les quotas réservent entre 10 et 11 sièges à « cadres »
    Et les quotas réservent entre 0 et 1 sièges à « agriculteurs »
    Et les quotas réservent entre 28 et 28 sièges à « autres_sans_activite »
    Et les quotas réservent entre 14 et 14 sièges à « Trois-Cités »

  Scénario: Une assemblée qui propose et saisit le conseil est un comité consultatif licite
    Quand on vérifie le pacte
    Alors le constat sur « assemblees_tirees_au_sort.assemblee-citoyenne » est « conforme »
    Et le constat sur « assemblees_tirees_au_sort.assemblee-citoyenne » cite l'article « L2143-2 »
    Et le constat sur « assemblees_tirees_au_sort.assemblee-citoyenne » dit « renouvelée tous les 12 mois (5 renouvellements, 6 tirages en tout) »

  Scénario: Si l'assemblée codécidait, le pacte entrerait en conflit avec la loi
    Étant donné le paramètre « assemblees_tirees_au_sort.assemblee-citoyenne.pouvoirs » vaut [avis, initiative, codecision]
    Quand on vérifie le pacte
    Alors le constat sur « assemblees_tirees_au_sort.assemblee-citoyenne » est « conflit avec la loi »
    Et le constat sur « assemblees_tirees_au_sort.assemblee-citoyenne » cite l'article « L2121-29 »

  Scénario: Le groupe de proposition relève d'une délibération à vérifier, l'animation autonome d'un engagement
    Quand on vérifie le pacte
    Alors le constat sur « clauses_libres.groupe-de-proposition » est « à vérifier »
    Et le constat sur « clauses_libres.groupe-de-proposition » cite l'article « L2143-2 »
    Et le constat sur « clauses_libres.animation-autonome » est « engagement politique »
    Et le constat sur « votations.referendum-projets » est « conforme »
    Et le constat sur « votations.referendum-projets » cite l'article « LO1112-7 »

  Scénario: Le référendum sur les projets est décidé par le conseil, sans pétition
    Quand on calcule le seuil de déclenchement de la votation « referendum-projets »
    Alors aucune pétition ne déclenche la votation

  Plan du scénario: La moitié des 52 000 inscrits doit voter, et le oui l'emporter
    Quand la votation « referendum-projets » recueille <oui> oui et <non> non sur 52 000 électeurs inscrits
    Alors le résultat de la votation <issue>

    Exemples:
      | oui    | non    | issue            |
      | 13 001 | 12 999 | est acquis       |
      | 13 000 | 12 999 | n'est pas acquis |
      | 20 000 | 20 000 | n'est pas acquis |
      | 26 000 | 0      | est acquis       |

  Scénario: Un nouveau tirage chaque année, à la date anniversaire de l'installation du conseil
    Quand on établit le calendrier du mandat
    Alors le calendrier compte 5 événements « assemblee_renouvellement »
    Et le premier événement « assemblee_renouvellement » a lieu le 27 mars 2027
    Et le dernier événement « assemblee_renouvellement » a lieu le 27 mars 2031
    Et chaque événement du calendrier cite sa source

  Scénario: Un tirage tous les deux ans ne donne que deux renouvellements
    Étant donné le paramètre « assemblees_tirees_au_sort.assemblee-citoyenne.renouvellement_mois » vaut 24
    Quand on établit le calendrier du mandat
    Alors le calendrier compte 2 événements « assemblee_renouvellement »
    Et le calendrier prévoit « assemblee_renouvellement » le 27 mars 2030

  Scénario: Un jour de référendum par an coûte 0,28 € par électeur inscrit, l'assemblée n'est pas défrayée
    Quand on établit le tableau des coûts du pacte
    Alors la ligne de coûts « Référendums, votations, conventions citoyennes » compte 14 560 € par an
    Et la ligne de coûts « Assemblée citoyenne et populaire permanente — défraiements » compte 0 € par an
    Et le tableau des coûts compte 14 560 € de fonctionnement par an

  Scénario: Défrayer les 100 membres à un SMIC horaire par heure de session
    Étant donné le paramètre « assemblees_tirees_au_sort.assemblee-citoyenne.indemnite_multiple_smic » vaut {description: Un SMIC horaire par heure de session, unite: nombre, valeur: 1}
    Quand on établit le tableau des coûts du pacte
    Alors la ligne de coûts « Assemblée citoyenne et populaire permanente — défraiements » compte 14 424 € par an
    Et le tableau des coûts compte 28 984 € de fonctionnement par an
