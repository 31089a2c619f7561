# language: fr
Fonctionnalité: Qui a le pouvoir, question par question
  Un·e citoyen·ne demande qui décide du budget, comment mettre une proposition au vote ou
  faire abroger une délibération : la réponse est une phrase avec les seuils et délais du
  pacte (calculés par les règles du moteur), les pouvoirs que la loi interdit sont marqués.
  Source : 000_721ebb8a9b1c3e2a.txt § Votations propositionnelles, § Votations abrogatoires,
  § Des budgets autogérés ; 002_c31c8cb8d98f98f2.txt (pacte collégial).
  Droit : seul·es les électeur·rices élisent le conseil (L227 du code électoral) ; la pétition
  légale demande un dixième des inscrit·es (L1112-16) ; le budget est voté par le conseil
  (L2311-1, L2312-1) ; les conseils de quartier sont consultatifs (L2143-1).

  Contexte:
    Étant donné le pacte « chambery-2026 »
    Et la commune « chambery »

  Scénario: Une pétition de 3 % des inscrit·es mène à une votation
    Quand on demande « Comment mettre une proposition au vote ? »
    Alors la réponse dit « Avec 1 043 signatures recueillies en 6 mois »
    Et un chemin dit « (3 % des 34 757 inscrit·es, au moins 1 000) »
    Et un chemin dit « La loi ne donne un droit qu'à partir de 3 476 signatures »
    Et le chemin qui dit « obtiennent une votation » est en conflit avec la loi (legal.votation_propositionnelle)
    Et le petit graphe de la question compte au plus 15 organes

  Scénario: Un autre seuil donne un autre chiffre
    Étant donné le paramètre « votation_propositionnelle.seuil_pct » vaut 5
    Quand on demande « Comment mettre une proposition au vote ? »
    Alors la réponse dit « Avec 1 738 signatures »
    Et aucun chemin ne dit « 1 043 signatures »

  Scénario: Les budgets de quartier décidés par les conseils de quartier sont contraires à la loi
    Quand on demande « Qui décide du budget ? »
    Alors la réponse dit « Le conseil municipal vote le budget chaque année, sur proposition du/de la maire ; avec ce pacte, 2 autres instances y prennent part »
    Et le chemin qui dit « décident de l'emploi de 200 000 € par an » est en conflit avec la loi (legal.conseils_de_quartier)
    Et le pouvoir de « Conseils de quartier (6) » sur « Budgets d'investissement des quartiers » est marqué en conflit avec la loi (legal.conseils_de_quartier)
    Et le pouvoir de « Conseil municipal » sur « Budgets d'investissement des quartiers » n'est pas marqué en conflit avec la loi

  Scénario: Des conseils de quartier qui proposent restent dans la loi
    Étant donné le paramètre « conseils_de_quartier.decident_du_budget » vaut false
    Quand on demande « Qui décide du budget ? »
    Alors un chemin dit « proposent l'emploi de 200 000 € par an et par quartier »
    Et aucun chemin ne dit « décident de l'emploi »

  Scénario: Seul·es les électeur·rices élisent le conseil, qui élit le maire
    Quand on demande « Qui choisit le/la maire ? »
    Alors un chemin dit « Électeur·rices inscrit·es : élisent le conseil municipal pour 6 ans ; Conseil municipal : élit le maire »
    Et seul·es « Électeur·rices inscrit·es » élisent le conseil municipal

  Scénario: Le pacte collégial n'ouvre pas de vote d'abrogation
    Étant donné le pacte « collegial-2026 »
    Quand on demande « Comment faire abroger une délibération ? »
    Alors la réponse dit « Le pacte ne prévoit pas de vote d'abrogation »
    Et un chemin dit « recours en annulation dans les 2 mois »
