# language: fr
Fonctionnalité: Le pacte de Démocracité, la commune fictive des « 80 mesures »
  « À quoi ressemblerait un programme démocratie locale dans une commune qui déciderait de
  pousser l'ambition démocratique à fond pour son territoire ? » Le pacte democracite-2026
  reprend les mesures de gouvernance du programme ouvert de Démocratie Ouverte
  (004_34d1b869cbc1b691.txt) : RIC délibératif et votations groupées tous les six mois,
  référendum local, votation sur les causes soutenues par la commune, assemblée citoyenne
  permanente, convention citoyenne et assemblée budgétaire tirées au sort, budget
  participatif croissant (10 %, puis 20 % en 2029 et 30 % en 2031 des recettes réelles
  d'investissement), interpellation, contrat de mandature. La commune est fictive :
  45 000 habitants, 28 800 électeurs inscrits, 15 000 000 € de recettes réelles
  d'investissement, cinq quartiers (scenarios/democracite.yaml, hypothèses Pacte) ; le
  conseil siège au minimum légal, le 4e lundi de janvier, avril, juillet et octobre.

  Contexte:
    Étant donné le pacte « democracite-2026 »
    Et la commune « democracite »

  Scénario: Le RIC délibératif demande 3 % des électeurs inscrits, soit 864 signatures
    Quand une pétition recueille 864 signatures valides
    Alors la pétition est recevable
    Et il faut 864 signatures

  Scénario: À 863 signatures, la pétition n'atteint pas les 3 %
    Quand une pétition recueille 863 signatures valides
    Alors la pétition est irrecevable

  Scénario: Une pétition déposée le 1er octobre 2026 est votée le 11 juillet 2027
    Trois mois de collecte, quinze jours de vérification, la séance du conseil qui suit,
    trois mois de campagne, puis le premier jour de votation groupée (2e dimanche de
    janvier ou de juillet).
    Quand une pétition est déposée le 1er octobre 2026
    Alors la collecte se termine le 1er janvier 2027
    Et la DPC a vérifié les signatures le 16 janvier 2027
    Et le conseil municipal décide le 25 janvier 2027
    Et la campagne commence le 26 janvier 2027
    Et la votation a lieu le 11 juillet 2027
    Et le conseil municipal adopte la proposition le 26 juillet 2027

  Scénario: Deux jours de votation groupée par an, à la suisse
    Quand on calcule les jours de votation du mandat
    Alors l'année 2027 compte 2 jours de votation
    Et aucune année ne compte plus de 2 jours de votation
    Et le 10 janvier 2027 est un jour de votation
    Et le 11 juillet 2027 est un jour de votation
    Et le 14 mars 2027 n'est pas un jour de votation

  Scénario: 500 signatures d'habitant·es déclenchent la votation sur les causes de la commune
    Quand on calcule le seuil de déclenchement de la votation « votation-causes »
    Alors la votation se déclenche avec 500 signatures

  Scénario: Le référendum local est décidé par le conseil, sans pétition
    Quand on calcule le seuil de déclenchement de la votation « referendum-local »
    Alors aucune pétition ne déclenche la votation

  Plan du scénario: Le référendum local ne lie que si la moitié des 28 800 inscrits vote
    Quand la votation « referendum-local » recueille <oui> oui et <non> non sur 28 800 électeurs inscrits
    Alors le résultat de la votation <issue>

    Exemples:
      | oui    | non   | issue          |
      | 10 000 | 4 400 | est acquis     |
      | 10 000 | 4 399 | n'est pas acquis |
      | 7 000  | 8 000 | n'est pas acquis |

  Scénario: Ce que la loi dit des votes et des assemblées de Démocracité
    Quand on vérifie le pacte
    Alors le constat sur « votations.referendum-local » est « conforme »
    Et le constat sur « votations.referendum-local » cite l'article « LO1112-7 »
    Et le constat sur « votations.votation-causes » est « conflit avec la loi »
    Et le constat sur « votations.votation-causes » cite l'article « TA-Grenoble-1701663 »
    Et le constat sur « votation_propositionnelle » est « conflit avec la loi »
    Et le constat sur « votation_propositionnelle » dit « 864 signatures »
    Et le constat sur « assemblees_tirees_au_sort.assemblee-citoyenne » est « conforme »
    Et le constat sur « assemblees_tirees_au_sort.assemblee-budgetaire » est « conflit avec la loi »
    Et le constat sur « assemblees_tirees_au_sort.assemblee-budgetaire » cite l'article « L2121-29 »
    Et le constat sur « clauses_libres.prises-de-position » est « à vérifier »

  Scénario: Les 50 sièges de l'assemblée citoyenne suivent les quartiers, la parité et les catégories sociales
    Quand on établit les quotas de l'assemblée « assemblee-citoyenne »
    Alors les quotas réservent entre 12 et 13 sièges à « Le Plateau »
    Et les quotas réservent entre 7 et 8 sièges à « Bords-de-Rivière »
    Et les quotas réservent entre 11 et 11 sièges à « Centre »
    Et les quotas réservent entre 25 et 25 sièges à « femme »
    Et les quotas réservent entre 5 et 5 sièges à « cadres »
    Et les quotas réservent entre 13 et 14 sièges à « retraites »

  Scénario: Les 40 membres de la convention citoyenne suivent les âges des habitant·es
    Quand on établit les quotas de l'assemblée « convention-citoyenne »
    Alors les quotas réservent entre 8 et 9 sièges à « 15-29 »
    Et les quotas réservent entre 4 et 5 sièges à « 75+ »
    Et les quotas réservent entre 20 et 20 sièges à « homme »

  Scénario: Le budget participatif grandit pendant le mandat
    Cinq cycles complets : 10 % de 15 000 000 € en 2027 et 2028 (1 500 000 €), 20 % en
    2029 et 2030 (3 000 000 €), 30 % en 2031 (4 500 000 €).
    Alors le mandat compte 5 cycles complets de budget participatif
    Et le budget participatif coûte 13 500 000 € sur le mandat

  Scénario: Le cycle de 2027 fait voter les habitant·es en septembre
    Quand on établit le cycle du budget participatif de 2027
    Alors l'appel à projets s'ouvre le 1er février 2027
    Et le dépôt des projets se termine le 1er mai 2027
    Et le vote des habitant·es s'ouvre le 1er septembre 2027
    Et le vote des habitant·es se termine le 22 septembre 2027
    Et le conseil municipal inscrit les projets lauréats au budget le 25 octobre 2027

  Scénario: Un projet ne dépasse pas 200 000 €
    Alors un projet de 250 000 € avec 1 000 000 € disponibles n'est pas recevable
    Et un projet de 200 000 € avec 1 000 000 € disponibles est recevable

  Scénario: 576 signatures, 2 % des inscrits, mettent une interpellation à l'agenda
    Quand une interpellation est déposée le 1er octobre 2026 avec 576 signatures
    Alors l'interpellation est inscrite à l'ordre du jour
    Et le conseil municipal répond à l'interpellation en séance le 26 octobre 2026
    Et le délai de réponse du pacte expire le 30 novembre 2026

  Scénario: Déposée 11 jours avant la séance, l'interpellation attend la suivante
    Quand une interpellation est déposée le 15 octobre 2026 avec 575 signatures
    Alors l'interpellation n'est pas inscrite à l'ordre du jour
    Et le conseil municipal répond à l'interpellation en séance le 25 janvier 2027
    Et le délai de réponse du pacte expire le 14 décembre 2026

  Scénario: Le contrat de mandature : 8 objectifs et un compte rendu tous les six mois
    Quand on dresse la liste des objectifs du mandat impératif
    Alors les binômes répondent de 8 objectifs en tout
    Et le binôme « Délégation 1 — Démocratie locale » répond de 3 objectifs
    Et 3 binômes ont leurs objectifs écrits dans le pacte
    Quand on établit le calendrier des comptes rendus des élu·es
    Alors les élu·es rendent 11 comptes rendus publics pendant le mandat
    Et le premier compte rendu des élu·es a lieu le 27 septembre 2026

  Scénario: Les tirages au sort du mandat
    L'assemblée citoyenne est renouvelée tous les 24 mois (2028, 2030), l'assemblée
    budgétaire chaque année (2027 à 2031).
    Quand on établit le calendrier du mandat
    Alors le calendrier compte 7 événements « assemblee_renouvellement »
    Et le calendrier prévoit « assemblee_renouvellement » le 27 mars 2028
    Et le dernier événement « assemblee_renouvellement » a lieu le 27 mars 2031
    Et le calendrier compte 12 événements « jour_de_votation »
    Et chaque événement du calendrier cite sa source
