# language: fr
Fonctionnalité: Le pacte collégial et participatif de Saillans
  Une liste de Saillans (Drôme, 1 405 habitants, 1 171 électeurs inscrits) promet une équipe
  collégiale (un binôme exécutif et des délégations en binôme ou trinôme, au consensus), des
  commissions participatives ouvertes à tou·tes, la révision du plan local d'urbanisme par un
  groupe de pilotage citoyen aux deux tiers tiré au sort, et des consultations des électeurs
  sur les projets qui font désaccord. Elle veut savoir ce que la loi d'un village de moins de
  1 500 habitants permet, ce que son pacte coûte, et quand le conseil siège.

  Scénario: À Saillans, la loi est celle d'un village : 15 conseiller·es, 4 adjoint·es, 3 jours francs
    Étant donné le pacte « saillans-2026 » dans la commune « saillans »
    Quand on vérifie le pacte
    Alors le constat « legal.commune.effectif » a le verdict « conforme »
    Et le message du constat « legal.commune.effectif » contient « conseil de 15 membres (L2121-2) »
    Et le message du constat « legal.commune.effectif » contient « au plus 4 adjoint·es »
    Et le message du constat « legal.commune.effectif » contient « convocation 3 jours francs (L2121-11) »
    Et le détail « conseils_de_quartier » du constat « legal.commune.effectif » vaut "non_applicable"
    Et le message du constat « legal.commune.effectif » contient « comités consultatifs L2143-2 »
    Et la clause « conseil_municipal » cite l'article « L2121-11 »

  Scénario: Le binôme exécutif et trois délégations tiennent dans 4 adjoint·es et 12 sièges
    # 1 (1er·e adjoint·e du binôme) + 3 délégations = 4 adjoint·es ; 30 % de 15 = 4,5 → 4.
    # 2 + 3 × 2 = 8 à 2 + 3 × 3 = 11 élu·es ; 51,05 % des voix donnent 8 + 4 = 12 sièges (L262).
    Étant donné le pacte « saillans-2026 » dans la commune « saillans »
    Quand on vérifie le pacte
    Alors l'aspect « plafond » de la clause « executif » est jugé « conforme »
    Et le constat « consistency.effectifs.adjoints » a le verdict « coherent »
    Et le détail « adjoints_total » du constat « consistency.effectifs.adjoints » vaut 4
    Et le constat « consistency.effectifs.elus » a le verdict « coherent »
    Et le détail « elus_necessaires_max » du constat « consistency.effectifs.elus » vaut 11
    Et le détail « sieges_liste_gagnante » du constat « consistency.effectifs.elus » vaut {"15": 12}

  Scénario: Une quatrième délégation dépasserait le plafond des adjoint·es de Saillans
    Étant donné le pacte « saillans-2026 » dans la commune « saillans »
    Et la surcharge « executif.nombre_delegations=4 »
    Quand on vérifie le pacte
    Alors l'aspect « plafond » de la clause « executif » est jugé « conflit »
    Et le constat « consistency.effectifs.adjoints » a le verdict « incoherent »
    Et le détail « adjoints_total » du constat « consistency.effectifs.adjoints » vaut 5

  Scénario: Le groupe de pilotage du PLU propose, le conseil municipal décide
    Étant donné le pacte « saillans-2026 » dans la commune « saillans »
    Quand on vérifie le pacte
    Alors la clause « assemblees_tirees_au_sort.groupe-pilotage-plu » est jugée « conflit »
    Et la clause « assemblees_tirees_au_sort.groupe-pilotage-plu » cite l'article « L2121-29 »
    Et le constat « legal.assemblees_tirees_au_sort.groupe-pilotage-plu » propose une rédaction contenant « comité consultatif (L2143-2) de 8 habitant·es tiré·es au sort »
    Et la clause « commissions » est jugée « conforme »
    Et la clause « commissions » cite l'article « L2143-2 »
    Et la clause « libre.revision-plu » est jugée « a_verifier »
    Et la clause « libre.revision-plu » cite l'article « CU-L153-21 »
    Et le message du constat « legal.libre.revision-plu » contient « l'intercommunalité compétente en matière de PLU »

  Scénario: Un dixième des électeurs demande une consultation : 118 signatures
    # 10 % de 1 171 inscrits = 117,1, arrondi au-dessus : 118, le dixième légal (L1112-16).
    Étant donné le pacte « saillans-2026 »
    Et la commune « saillans »
    Quand on calcule le seuil de déclenchement de la votation « consultation-habitants »
    Alors la votation se déclenche avec 118 signatures

  Scénario: Une consultation sans quorum : le oui l'emporte, le conseil en débat
    Étant donné le pacte « saillans-2026 »
    Et la commune « saillans »
    Quand la votation « consultation-habitants » recueille 350 oui et 250 non sur 1 171 électeurs inscrits
    Alors le résultat de la votation est acquis

  Scénario: Le conseil siège le 3e mercredi de chaque mois, sauf en août
    # Avril 2026 → février 2032 : 8 séances en 2026, 11 par an de 2027 à 2031, 2 en 2032 = 65.
    Étant donné le pacte « saillans-2026 »
    Et la commune « saillans »
    Quand on établit le calendrier du mandat
    Alors le calendrier compte 65 événements « seance_cm »
    Et le premier événement « seance_cm » a lieu le 15 avril 2026
    Et le calendrier ne prévoit aucun « seance_cm » en août
    Et la séance du conseil municipal qui suit le 1er août 2026 a lieu le 16 septembre 2026
    Et le dernier événement « seance_cm » a lieu le 18 février 2032
    Et le calendrier compte 12 événements « seminaire_majorite »
    Et le dernier événement « seminaire_majorite » a lieu le 27 septembre 2031

  Scénario: Le groupe de pilotage est tiré au sort à parité et selon le quartier
    # 8 habitant·es : 50 % = 4 femmes ; Village 70 % de 8 = 5,6 ; Hameaux 30 % de 8 = 2,4.
    Étant donné le pacte « saillans-2026 »
    Et la commune « saillans »
    Quand on établit les quotas de l'assemblée « groupe-pilotage-plu »
    Alors les quotas réservent entre 4 et 4 sièges à « femme »
    Et les quotas réservent entre 5 et 6 sièges à « Village »
    Et les quotas réservent entre 2 et 3 sièges à « Hameaux et écarts »

  Scénario: Le pacte coûte 4 500 € de fonctionnement et 1 000 € d'équipement par an
    # 3 000 € de logistique + 1 consultation par an à 1 500 € ; commissions bénévoles.
    Étant donné le scénario "saillans"
    Quand je calcule le tableau des coûts
    Alors le total de fonctionnement vaut 4500 euros
    Et le total d'investissement vaut 1000 euros
    Et le fonctionnement représente 0,4 % des dépenses réelles de fonctionnement
