# language: fr
Fonctionnalité: Légalité de chaque clause du pacte au regard du CGCT
  Un·e juriste doit pouvoir valider le pacte clause par clause : chaque clause est qualifiée
  d'après son type et ses paramètres (conforme, engagement politique, conflit, à vérifier),
  avec les articles, une explication et une rédaction proposée.

  Scénario: Une votation contraignante sans quorum est contraire à la loi organique
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors la clause « votation_propositionnelle » est jugée « conflit »
    Et l'aspect « resultat » de la clause « votation_propositionnelle » est jugé « conflit »
    Et la clause « votation_propositionnelle » cite l'article « LO1112-7 »
    Et le constat « legal.votation_propositionnelle » propose une rédaction contenant « le conseil municipal demeure seul compétent pour décider »

  Scénario: Un seuil de 3 % reste un engagement politique sous le dixième légal
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors l'aspect « seuil » de la clause « votation_propositionnelle » est jugé « engagement_politique »
    Et le message du constat « legal.votation_propositionnelle » contient « la pétition légale en demande 3 476 »

  Scénario: Sans résultat contraignant, la votation devient une consultation politique
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Et la surcharge « votation_propositionnelle.resultat_contraignant=false »
    Quand on vérifie le pacte
    Alors la clause « votation_propositionnelle » est jugée « engagement_politique »

  Plan du scénario: Le seuil décide du verdict quand la votation est un vrai référendum
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Et la surcharge « votation_propositionnelle.quorum_pct=50 »
    Et la surcharge « votation_propositionnelle.seuil_pct=<seuil> »
    Et la surcharge « votation_propositionnelle.seuil_absolu.valeur=0 »
    Quand on vérifie le pacte
    Alors la clause « votation_propositionnelle » est jugée « <verdict> »
    Et l'aspect « seuil » de la clause « votation_propositionnelle » est jugé « <verdict> »
    Et l'aspect « resultat » de la clause « votation_propositionnelle » est jugé « conforme »

    Exemples:
      | seuil | verdict              |
      | 3     | engagement_politique |
      | 9.9   | engagement_politique |
      | 10    | conforme             |
      | 12    | conforme             |

  Scénario: Une votation ouverte aux habitant·es de 16 ans rappelle le précédent de Grenoble
    Étant donné le pacte « chambery-2026 » dans la commune « grenoble »
    Et la surcharge « votation_propositionnelle.votants=habitants_16_ans »
    Quand on vérifie le pacte
    Alors l'aspect « votants » de la clause « votation_propositionnelle » est jugé « conflit »
    Et la clause « votation_propositionnelle » cite l'article « TA-Grenoble-1701663 »
    Et la clause « votation_propositionnelle » cite l'article « CAA-Lyon-18LY02733 »

  Scénario: Une demande d'abrogation ne peut pas suspendre une délibération
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors l'aspect « suspension » de la clause « votation_abrogatoire » est jugé « conflit »
    Et la clause « votation_abrogatoire » cite l'article « L2131-1 »
    Et la clause « votation_abrogatoire » cite l'article « L2131-6 »
    Et le constat « legal.votation_abrogatoire » propose une rédaction contenant « date d'entrée en vigueur différée »

  Scénario: Sans suspension ni résultat contraignant, l'abrogation n'est plus en conflit
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Et la surcharge « votation_abrogatoire.suspension_execution=false »
    Et la surcharge « votation_abrogatoire.resultat_contraignant=false »
    Quand on vérifie le pacte
    Alors la clause « votation_abrogatoire » est jugée « engagement_politique »
    Et l'aspect « suspension » de la clause « votation_abrogatoire » est jugé « conforme »

  Plan du scénario: 500 signatures face au dixième légal selon la commune
    Étant donné le pacte « chambery-2026 » dans la commune « <commune> »
    Quand on vérifie le pacte
    Alors l'aspect « signatures » de la clause « votation_abrogatoire » est jugé « <verdict> »

    Exemples:
      | commune  | verdict              |
      | chambery | engagement_politique |
      | grenoble | engagement_politique |
      | saillans | conforme             |

  Scénario: Aucune révocation citoyenne n'existe
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors la clause « consultation_revocation » est jugée « conflit »
    Et la clause « consultation_revocation » cite l'article « L2122-16 »
    Et la clause « consultation_revocation » cite l'article « L1112-15 »
    Et l'aspect « revocation » de la clause « conseil_citoyen » est jugé « conflit »

  Scénario: Un Conseil Citoyen sans pouvoir de révocation est un comité consultatif
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Et la surcharge « conseil_citoyen.peut_demander_revocation=false »
    Quand on vérifie le pacte
    Alors la clause « conseil_citoyen » est jugée « engagement_politique »
    Et l'aspect « statut » de la clause « conseil_citoyen » est jugé « conforme »
    Et la clause « conseil_citoyen » n'a pas d'aspect « revocation »

  Scénario: La rotation volontaire est un engagement politique qui décrit la mécanique légale
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors la clause « rotation » est jugée « engagement_politique »
    Et la clause « rotation » cite l'article « L2122-15 »
    Et le message du constat « legal.rotation » contient « réélection de tous les adjoint·es »

  Plan du scénario: Une rotation automatique ou sur lettres pré-signées est contraire à la loi
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Et la surcharge « rotation.<parametre>=true »
    Quand on vérifie le pacte
    Alors la clause « rotation » est jugée « conflit »
    Et la clause « rotation » cite l'article « <article> »

    Exemples:
      | parametre                        | article   |
      | automatique                      | L2122-10  |
      | lettres_de_demission_pre_signees | CE-188892 |

  Scénario: Des conseils de quartier qui décident de leur budget sont en conflit
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors l'aspect « budget » de la clause « conseils_de_quartier » est jugé « conflit »
    Et la clause « conseils_de_quartier » cite l'article « L2312-1 »

  Plan du scénario: Le régime des conseils de quartier dépend de la population
    Étant donné le pacte « chambery-2026 » dans la commune « <commune> »
    Quand on vérifie le pacte
    Alors le détail « conseils_de_quartier » du constat « legal.commune.effectif » vaut "<regime>"
    Et la clause « conseils_de_quartier » cite l'article « <article> »

    Exemples:
      | commune  | regime         | article |
      | grenoble | obligatoire    | L2143-1 |
      | chambery | facultatif     | L2143-1 |
      | saillans | non_applicable | L2143-2 |

  Scénario: Chambéry est juste sous 60 000 habitants : 45 ou 49 sièges
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors le constat « legal.commune.effectif » a le verdict « a_verifier »
    Et le détail « effectifs_possibles » du constat « legal.commune.effectif » vaut [45, 49]
    Et le détail « plafonds_adjoints » du constat « legal.commune.effectif » vaut {"45": 13, "49": 14}

  Plan du scénario: Les chiffres légaux de chaque commune
    Étant donné le pacte « chambery-2026 » dans la commune « <commune> »
    Quand on vérifie le pacte
    Alors le détail « jours_francs » du constat « legal.commune.effectif » vaut <jours>
    Et le message du constat « legal.commune.effectif » contient « conseil de <sieges> membres »

    Exemples:
      | commune  | jours | sieges |
      | chambery | 5     | 45     |
      | grenoble | 5     | 59     |
      | saillans | 3     | 15     |

  Scénario: À Saillans, le pacte de Chambéry dépasse le plafond des adjoint·es
    Étant donné le pacte « chambery-2026 » dans la commune « saillans »
    Quand on vérifie le pacte
    Alors l'aspect « plafond » de la clause « binomes » est jugé « conflit »
    Et l'aspect « adjoints_quartier » de la clause « binomes » est jugé « conflit »
    Et le constat « legal.commune.electeurs » a le verdict « a_verifier »

  Scénario: Le vote de la PPI entre plusieurs propositions n'est ni un référendum ni une consultation
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors la clause « ppi » est jugée « conflit »
    Et la clause « ppi » cite l'article « L1112-20 »

  Scénario: Le pacte collégial ne contient que des engagements politiques et des points à vérifier
    Étant donné le pacte « collegial-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors aucune clause n'est jugée « conflit »
    Et l'aspect « decision » de la clause « collegialite » est jugé « engagement_politique »
    Et l'aspect « binome_executif » de la clause « executif » est jugé « engagement_politique »
    Et l'aspect « cabinet » de la clause « collegialite » est jugé « a_verifier »
