# language: fr
Fonctionnalité: Budget participatif
  « Mettre en place un budget participatif dont les méthodes d'animation, les montants
  alloués et le cadre assurent des projets utiles à toutes et tous. »
  Source : 004_34d1b869cbc1b691.txt § INSTITUER DES BUDGETS PARTICIPATIFS VRAIMENT UTILES.
  Pacte d'exemple tests/fixtures/pacte_participation.yaml : 5 % des recettes réelles
  d'investissement de Chambéry (33 800 000 €), une enveloppe par quartier ; appel à projets
  le 1er janvier pendant 3 mois, 4 mois d'étude, 21 jours de vote ; le conseil municipal,
  qui siège le 4e lundi du mois, inscrit ensuite les projets lauréats au budget.

  Contexte:
    Étant donné le pacte « tests/fixtures/pacte_participation.yaml »
    Et la commune « chambery »

  Scénario: L'enveloppe est un pourcentage du budget d'investissement
    Quand on calcule l'enveloppe du budget participatif
    Alors l'enveloppe annuelle est de 1 690 000 €
    Et l'enveloppe est répartie entre 6 quartiers
    Et l'explication contient « 5 % de 33 800 000 € »

  Scénario: Le pourcentage du pacte change l'enveloppe
    Étant donné le paramètre « budget_participatif.enveloppe_pct_investissement » vaut 2
    Quand on calcule l'enveloppe du budget participatif
    Alors l'enveloppe annuelle est de 676 000 €

  Scénario: Le cycle de 2027, de l'appel à projets au vote du budget
    Quand on établit le cycle du budget participatif de 2027
    Alors l'appel à projets s'ouvre le 1er janvier 2027
    Et le dépôt des projets se termine le 1er avril 2027
    Et le vote des habitant·es s'ouvre le 1er août 2027
    Et le vote des habitant·es se termine le 22 août 2027
    Et le conseil municipal inscrit les projets lauréats au budget le 23 août 2027

  Scénario: Cinq cycles complets tiennent dans le mandat
    Alors le mandat compte 5 cycles complets de budget participatif
    Et le budget participatif coûte 8 450 000 € sur le mandat

  Scénario: Un cycle ouvert en novembre déborde la fin du mandat
    Étant donné le paramètre « budget_participatif.mois_ouverture » vaut 11
    Alors le mandat compte 5 cycles complets de budget participatif

  Plan du scénario: Un projet tient sous le plafond et dans l'enveloppe
    Alors un projet de <cout> € avec <reste> € disponibles <verdict> recevable

    Exemples:
      | cout    | reste     | verdict     |
      | 150 000 | 1 000 000 | est         |
      | 150 001 | 1 000 000 | n'est pas   |
      | 100 000 | 99 999    | n'est pas   |
