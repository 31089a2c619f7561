# language: fr
Fonctionnalité: Les pouvoirs du maire réduits au strict minimum
  « Outre les compétences déléguées par le conseil municipal et qu'il convient de limiter au
  strict minimum lors du premier CM » : le maire ne prend d'arrêté que sur ce qui ne peut pas
  attendre un conseil, comme les emprunts ; aucun permis de construire sans avis du conseil
  de quartier puis délibération du conseil.
  Source : 000_721ebb8a9b1c3e2a.txt § Les pouvoirs du/de la maire.
  Droit : les délégations du conseil au maire sont une délibération, contraignante et
  révocable à tout moment (L2122-22, L2122-23) ; le maire délivre seul les permis de
  construire (code de l'urbanisme L422-1).

  Contexte:
    Étant donné le pacte « chambery-2026 »
    Et la commune « chambery »

  Scénario: Le conseil ne délègue que les emprunts
    Quand on répartit les pouvoirs entre le conseil et le maire
    Alors le maire reçoit les alinéas 3° de L2122-22
    Et le conseil garde 28 alinéas de L2122-22
    Et l'explication contient « 3° (emprunts) »

  Scénario: Le pacte peut tout déléguer sauf la préemption
    Étant donné le paramètre « pouvoirs_du_maire.delegations_accordees » vaut {"description": "toutes", "unite": "liste", "valeur": "toutes"}
    Et le paramètre « pouvoirs_du_maire.delegations_exclues » vaut {"description": "sauf la préemption", "unite": "liste", "valeur": [15, 21, 22]}
    Quand on répartit les pouvoirs entre le conseil et le maire
    Alors le conseil garde 3 alinéas de L2122-22

  Scénario: Le maire rend compte à chaque séance des décisions déléguées
    Quand on établit le calendrier des comptes rendus du maire
    Alors le maire rend compte de ses décisions déléguées à chaque séance du conseil

  Scénario: Sans délégation, rien à rendre
    Étant donné le paramètre « pouvoirs_du_maire.delegations_accordees » vaut {"description": "aucune", "unite": "liste", "valeur": "aucune"}
    Quand on établit le calendrier des comptes rendus du maire
    Alors le maire n'a aucun compte rendu de délégation à faire

  Scénario: Les permis restent au maire, la promesse est politique
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors l'aspect « permis » de la clause « pouvoirs_du_maire » est jugé « engagement_politique »
    Et la clause « pouvoirs_du_maire » cite l'article « CU-L422-1 »
    Et l'aspect « delegations » de la clause « pouvoirs_du_maire » est jugé « a_verifier »
    Et le constat « legal.pouvoirs_du_maire » propose une rédaction contenant « reste seul·e compétent·e »
