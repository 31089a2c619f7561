# language: fr
Fonctionnalité: Clauses libres : ce que la liste promet avec ses propres mots
  Un pacte peut promettre ce que le catalogue des clauses ne connaît pas (cantines,
  permis de construire, régie de l'eau). Une clause libre n'est jamais rejetée : le
  vérificateur dit ce qu'il peut honnêtement en dire d'après sa nature. Un acte du conseil
  est à vérifier (le conseil règle les affaires de la commune, L2121-29, mais l'objet
  relève-t-il de sa compétence ?) ; un acte du maire promis par des candidat·es n'est au
  plus qu'un engagement politique ; une nature « autre » est à vérifier, avec les questions
  à poser. Sources : LEGAL.md § 5 et § 12 ; 004_34d1b869cbc1b691.txt § ASSURER UNE
  DÉMOCRATIE REPRÉSENTATIVE EXEMPLAIRE.

  Contexte:
    Étant donné le pacte d'exemple du catalogue
    Quand on vérifie le pacte

  Scénario: Les cantines bio, un acte du conseil à vérifier
    Alors le constat sur « clauses_libres.cantines-bio » est « à vérifier »
    Et le constat sur « clauses_libres.cantines-bio » cite l'article « L2121-29 »
    Et le constat sur « clauses_libres.cantines-bio » dit « ne couvre pas C. éduc. L212-4 »
    Et le constat sur « clauses_libres.cantines-bio » dit « Qui décide »

  Scénario: Les permis de construire, un acte du maire : au plus un engagement politique
    Alors le constat sur « clauses_libres.permis-de-construire » est « engagement politique »
    Et le constat sur « clauses_libres.permis-de-construire » dit « ne peut pas lier par avance la compétence propre du futur maire »

  Scénario: Une charte éthique reste un engagement politique
    Alors le constat sur « clauses_libres.charte-ethique » est « engagement politique »

  Scénario: Une régie de l'eau de nature « autre » : les questions à poser
    Alors le constat sur « clauses_libres.regie-eau » est « à vérifier »
    Et le constat sur « clauses_libres.regie-eau » dit « Quel budget »
