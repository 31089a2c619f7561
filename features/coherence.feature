# language: fr
Fonctionnalité: Cohérence et faisabilité du pacte dans sa commune
  Avant de signer, une liste doit savoir si son pacte tient debout : assez de créneaux
  d'audition, assez d'élu·es, des délais compatibles avec la loi, un budget qui paie ce que
  les règles permettent, des seuils cohérents. Chaque constat montre son calcul.

  Scénario: Les binômes demandent plus d'élu·es que le conseil de Chambéry n'a de sièges
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors le constat « consistency.effectifs.elus » a le verdict « incoherent »
    Et le détail « calcul » du constat « consistency.effectifs.elus » vaut "2 + 12×2 + 4×2 + 6×2 = 46"
    Et le détail « sieges_liste_gagnante » du constat « consistency.effectifs.elus » vaut {"45": 33, "49": 36}

  Scénario: Les adjoint·es du pacte restent dans les plafonds de Chambéry
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors le constat « consistency.effectifs.adjoints » a le verdict « coherent »
    Et le détail « adjoints_total » du constat « consistency.effectifs.adjoints » vaut 19
    Et le détail « speciaux » du constat « consistency.effectifs.adjoints » vaut 2
    Et le détail « de_quartier » du constat « consistency.effectifs.adjoints » vaut 4

  Plan du scénario: Sièges de la liste gagnante selon son score (prime majoritaire L262)
    Étant donné le pacte « chambery-2026 » dans la commune « <commune> »
    Quand on vérifie le pacte
    Alors le détail « sieges_liste_gagnante » du constat « consistency.effectifs.elus » vaut <sieges>

    Exemples:
      | commune  | sieges       |
      | grenoble | {"59": 45}   |
      | saillans | {"15": 12}   |

  Scénario: Le calendrier du Conseil Citoyen n'offre pas assez de créneaux d'audition
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors le constat « consistency.audits.capacite » a le verdict « incoherent »
    Et le détail « creneaux_mandat » du constat « consistency.audits.capacite » vaut 248
    Et le détail « auditions_exigees_mandat » du constat « consistency.audits.capacite » vaut 286
    Et le détail « creneaux_par_an » du constat « consistency.audits.capacite » vaut 44
    Et le détail « auditions_exigees_par_an » du constat « consistency.audits.capacite » vaut 52

  Scénario: Cinq auditions par soirée suffisent
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Et la surcharge « conseil_citoyen.audits_par_reunion=5 »
    Quand on vérifie le pacte
    Alors le constat « consistency.audits.capacite » a le verdict « coherent »

  Scénario: Un mois de campagne est plus court que le délai légal d'un scrutin local
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors le constat « consistency.calendrier.votation_propositionnelle » a le verdict « incoherent »
    Et le détail « date_pacte » du constat « consistency.calendrier.votation_propositionnelle » vaut "2026-05-31"
    Et le détail « date_legale_au_plus_tot » du constat « consistency.calendrier.votation_propositionnelle » vaut "2026-07-05"

  Scénario: Trois jours de votation tombent dans des périodes d'interdiction
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors le constat « consistency.calendrier.interdictions » a le verdict « incoherent »
    Et le message du constat « consistency.calendrier.interdictions » contient « 11 avril 2027 (Élection présidentielle) »
    Et le message du constat « consistency.calendrier.interdictions » contient « 1er septembre 2031 »

  Scénario: Le vote d'abrogation du pacte précède la date légale
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors le constat « consistency.calendrier.votation_abrogatoire » a le verdict « incoherent »
    Et le détail « date_pacte » du constat « consistency.calendrier.votation_abrogatoire » vaut "2026-09-27"
    Et le détail « date_legale_au_plus_tot » du constat « consistency.calendrier.votation_abrogatoire » vaut "2026-11-01"

  Scénario: Le pacte ne respecte pas l'espacement d'un an sur un même objet
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors le constat « consistency.calendrier.meme_objet » a le verdict « incoherent »
    Et le détail « espacement_legal_annees » du constat « consistency.calendrier.meme_objet » vaut 1

  Scénario: Le chiffre arrondi de 1 000 signatures est sous les 3 % du pacte
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors le constat « consistency.seuils.arrondi » a le verdict « incoherent »
    Et le détail « signatures_appliquees » du constat « consistency.seuils.arrondi » vaut 1043

  Plan du scénario: L'abrogation comparée à la pétition dans chaque commune
    Étant donné le pacte « chambery-2026 » dans la commune « <commune> »
    Quand on vérifie le pacte
    Alors le constat « consistency.seuils.abrogation » a le verdict « <verdict> »
    Et le message du constat « consistency.seuils.abrogation » contient « <texte> »

    Exemples:
      | commune  | verdict    | texte                        |
      | chambery | coherent   | 2,1 fois plus facile         |
      | grenoble | coherent   | 5,2 fois plus facile         |
      | saillans | incoherent | la voie légale du droit d'interpellation existe |

  Scénario: Les quartiers du pacte de Chambéry ne sont pas ceux de Grenoble
    Étant donné le pacte « chambery-2026 » dans la commune « grenoble »
    Quand on vérifie le pacte
    Alors le constat « consistency.quartiers.binomes » a le verdict « incoherent »
    Et le constat « consistency.quartiers.conseils » a le verdict « coherent »

  Scénario: Un pacte sans Conseil Citoyen, pétition ni votation laisse tout cela à la bonne volonté
    Étant donné le pacte « collegial-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors le constat « consistency.lacune.petition » a le verdict « lacune »
    Et le message du constat « consistency.lacune.petition » contient « 3 476 signatures »
    Et le constat « consistency.lacune.controle » a le verdict « lacune »
    Et le constat « consistency.lacune.collegialite » a le verdict « lacune »
    Et il n'y a pas de constat « consistency.audits.capacite »

  Scénario: Le pacte collégial à Grenoble doit aussi dire ce qu'il fait des conseils de quartier obligatoires
    Étant donné le pacte « collegial-2026 » dans la commune « grenoble »
    Quand on vérifie le pacte
    Alors le constat « consistency.lacune.quartiers » a le verdict « lacune »
    Et le constat « consistency.effectifs.elus » a le verdict « coherent »

  Scénario: Le tableau des coûts paie 12 votations par an quand la pétition n'en permet que 4
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors le constat « consistency.budget.votations » a le verdict « incoherent »
    Et le détail « votations_budgetees_par_an » du constat « consistency.budget.votations » vaut 12
    Et le détail « jours_de_votation_max_par_an » du constat « consistency.budget.votations » vaut 4
    Et le détail « budget_votations_eur_par_an » du constat « consistency.budget.votations » vaut 600000
    Et le détail « jours_legaux_par_annee.2027 » du constat « consistency.budget.votations » vaut 3
