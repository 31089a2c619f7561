# language: fr
Fonctionnalité: Assemblées tirées au sort
  Une assemblée tirée au sort qui rend des avis, propose et saisit le conseil est licite
  comme comité consultatif (L2143-2), dont les membres peuvent être extérieurs au conseil.
  Une assemblée qui codécide est en conflit avec la loi : le conseil municipal règle seul
  les affaires de la commune (L2121-29). Les quotas du tirage viennent des strates du pacte.
  Sources : LEGAL.md § 5 et § 12.5 ; 003_eb633bfb3978cf05.txt § Assemblées citoyennes tirées
  au sort ; 004_34d1b869cbc1b691.txt § PRATIQUER LA CO-DÉCISION.

  Contexte:
    Étant donné le pacte d'exemple du catalogue

  Scénario: L'assemblée citoyenne et populaire, consultative, est un comité consultatif
    Quand on vérifie le pacte
    Alors le constat sur « assemblees_tirees_au_sort.assemblee-citoyenne » est « conforme »
    Et le constat sur « assemblees_tirees_au_sort.assemblee-citoyenne » cite l'article « L2143-2 »

  Scénario: Une convention qui codécide est en conflit avec la loi
    Quand on vérifie le pacte
    Alors le constat sur « assemblees_tirees_au_sort.convention-mobilites » est « conflit avec la loi »
    Et le constat sur « assemblees_tirees_au_sort.convention-mobilites » dit « comité consultatif (L2143-2) de 70 habitant·es »

  Scénario: Sans codécision, la convention redevient licite
    Étant donné le paramètre « assemblees_tirees_au_sort.convention-mobilites.pouvoirs » vaut [avis, initiative]
    Quand on vérifie le pacte
    Alors le constat sur « assemblees_tirees_au_sort.convention-mobilites » est « conforme »

  Scénario: Les quotas de l'assemblée suivent ses strates
    Quand on établit les quotas de l'assemblée « assemblee-citoyenne »
    Alors les quotas réservent entre 50 et 50 sièges à « femme »
    Et les quotas réservent entre 14 et 14 sièges à « Bissy »
    Et les quotas réservent entre 20 et 20 sièges à « Centre-ville »
