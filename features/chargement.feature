# language: fr
Fonctionnalité: Chargement d'un pacte : toute erreur est dite en français, avec fichier, ligne et champ
  Un pacte est un fichier YAML. Une erreur de saisie (YAML mal formé, mauvais type, 140 %,
  délai négatif, clause ou clé inconnue, date impossible, clé en double, « no » pris pour
  un booléen) donne un message en français qui nomme le fichier, la ligne et le champ,
  avec ce qui est attendu ; la commande s'arrête avec le code 2, sans trace Python.
  Chaque clause est facultative : un pacte sans Conseil Citoyen est un pacte valide.
  Un pacte donné sans --scenario est évalué avec le scénario fourni de sa commune
  (« pacte.commune ») ; s'il n'y en a pas, la commande le dit et s'arrête (code 2) : jamais
  les chiffres de Chambéry par défaut.

  Scénario: Un pacte réduit à son identité est valide
    Étant donné un fichier de pacte « minimal.yaml » contenant :
      """
      pacte:
        id: essai
        titre: Pacte d'essai
        liste: Liste d'essai
        commune: Chambéry
        source: essai.txt § Tout
      """
    Quand on charge ce pacte
    Alors le chargement réussit
    Et le pacte chargé n'a pas de clause « conseil_citoyen »

  Scénario: Le pacte de Chambéry sans Conseil Citoyen reste valide
    Étant donné le pacte « chambery-2026 »
    Et le pacte n'a pas de clause « conseil_citoyen »
    Quand on charge le pacte avec ses surcharges
    Alors le chargement réussit
    Et le pacte chargé n'a pas de clause « conseil_citoyen »

  Scénario: Une participation minimale de 140 %
    Étant donné un fichier de pacte « cent-quarante.yaml » contenant :
      """
      pacte:
        id: essai
        titre: Pacte d'essai
        liste: Liste d'essai
        commune: Chambéry
        source: essai.txt § Tout
      referendum_municipal:
        titre: Référendum
        description: Référendum local
        source: essai.txt § Référendum
        participation_min_pct:
          description: Participation minimale
          unite: pourcent
          valeur: 140
        majorite_suffrages_pct:
          description: Majorité
          unite: pourcent
          valeur: 50
        suivre_sans_quorum:
          description: Suivre sans quorum
          unite: booleen
          valeur: true
        minimum_par_mandat:
          description: Minimum
          unite: nombre
          valeur: 1
      """
    Quand on charge ce pacte
    Alors le chargement échoue
    Et l'erreur nomme le fichier « cent-quarante.yaml », la ligne 14 et le champ « referendum_municipal.participation_min_pct.valeur »
    Et le message d'erreur contient « valeur trop grande »
    Et le message d'erreur contient « attendu : une valeur ≤ 100 »

  Scénario: « no » n'est pas un booléen (piège de YAML 1.1)
    Étant donné un fichier de pacte « no.yaml » contenant :
      """
      pacte:
        id: essai
        titre: Pacte d'essai
        liste: Liste d'essai
        commune: Chambéry
        source: essai.txt § Tout
      referendum_municipal:
        titre: Référendum
        description: Référendum local
        source: essai.txt § Référendum
        participation_min_pct:
          description: Participation minimale
          unite: pourcent
          valeur: 50
        majorite_suffrages_pct:
          description: Majorité
          unite: pourcent
          valeur: 50
        suivre_sans_quorum:
          description: Suivre sans quorum
          unite: booleen
          valeur: no
        minimum_par_mandat:
          description: Minimum
          unite: nombre
          valeur: 1
      """
    Quand on charge ce pacte
    Alors le chargement échoue
    Et l'erreur nomme le fichier « no.yaml », la ligne 22 et le champ « referendum_municipal.suivre_sans_quorum.valeur »
    Et le message d'erreur contient « un booléen est attendu (true ou false) »

  Scénario: Un délai négatif
    Étant donné un fichier de pacte « delai.yaml » contenant :
      """
      pacte:
        id: essai
        titre: Pacte d'essai
        liste: Liste d'essai
        commune: Chambéry
        source: essai.txt § Tout
      consultation_revocation:
        titre: Révocation
        description: Consultation de révocation
        source: essai.txt § Révocation
        debat_public_jours:
          description: Durée du débat
          unite: jours
          valeur: -15
        majorite_suffrages_pct:
          description: Majorité
          unite: pourcent
          valeur: 50
        effet_du_oui:
          description: Effet du oui
          unite: texte
          valeur: demission_demandee
        jour_de_vote:
          description: Jour du vote
          unite: texte
          valeur: dimanche
      """
    Quand on charge ce pacte
    Alors le chargement échoue
    Et l'erreur nomme le fichier « delai.yaml », la ligne 14 et le champ « consultation_revocation.debat_public_jours.valeur »
    Et le message d'erreur contient « valeur trop petite »

  Scénario: Un nombre écrit en lettres
    Étant donné un fichier de pacte « lettres.yaml » contenant :
      """
      pacte:
        id: essai
        titre: Pacte d'essai
        liste: Liste d'essai
        commune: Chambéry
        source: essai.txt § Tout
      consultation_revocation:
        titre: Révocation
        description: Consultation de révocation
        source: essai.txt § Révocation
        debat_public_jours:
          description: Durée du débat
          unite: jours
          valeur: quinze
        majorite_suffrages_pct:
          description: Majorité
          unite: pourcent
          valeur: 50
        effet_du_oui:
          description: Effet du oui
          unite: texte
          valeur: demission_demandee
        jour_de_vote:
          description: Jour du vote
          unite: texte
          valeur: dimanche
      """
    Quand on charge ce pacte
    Alors le chargement échoue
    Et l'erreur nomme le fichier « lettres.yaml », la ligne 14 et le champ « consultation_revocation.debat_public_jours.valeur »
    Et le message d'erreur contient « un nombre entier est attendu »

  Scénario: Une clause inconnue
    Étant donné un fichier de pacte « clause.yaml » contenant :
      """
      pacte:
        id: essai
        titre: Pacte d'essai
        liste: Liste d'essai
        commune: Chambéry
        source: essai.txt § Tout
      votation_imaginaire:
        titre: Une clause que le schéma ne connaît pas
      """
    Quand on charge ce pacte
    Alors le chargement échoue
    Et l'erreur nomme le fichier « clause.yaml », la ligne 7 et le champ « votation_imaginaire »
    Et le message d'erreur contient « champ inconnu »

  Scénario: Une clé inconnue dans l'identité du pacte
    Étant donné un fichier de pacte « cle.yaml » contenant :
      """
      pacte:
        id: essai
        titre: Pacte d'essai
        liste: Liste d'essai
        commune: Chambéry
        couleur: rouge
        source: essai.txt § Tout
      """
    Quand on charge ce pacte
    Alors le chargement échoue
    Et l'erreur nomme le fichier « cle.yaml », la ligne 6 et le champ « pacte.couleur »
    Et le message d'erreur contient « champ inconnu »

  Scénario: Un champ obligatoire absent
    Étant donné un fichier de pacte « absent.yaml » contenant :
      """
      pacte:
        id: essai
        liste: Liste d'essai
        commune: Chambéry
        source: essai.txt § Tout
      """
    Quand on charge ce pacte
    Alors le chargement échoue
    Et l'erreur nomme le fichier « absent.yaml », la ligne 1 et le champ « pacte.titre »
    Et le message d'erreur contient « champ obligatoire absent »

  Scénario: Une date impossible, le 30 février
    Étant donné un fichier de pacte « date.yaml » contenant :
      """
      pacte:
        id: essai
        titre: Pacte d'essai
        liste: Liste d'essai
        commune: Chambéry
        date: 2026-02-30
        source: essai.txt § Tout
      """
    Quand on charge ce pacte
    Alors le chargement échoue
    Et l'erreur nomme le fichier « date.yaml », la ligne 6 et le champ « pacte.date »
    Et le message d'erreur contient « date impossible »

  Scénario: Une clé en double
    Étant donné un fichier de pacte « double.yaml » contenant :
      """
      pacte:
        id: essai
        titre: Pacte d'essai
        id: autre
        liste: Liste d'essai
        commune: Chambéry
        source: essai.txt § Tout
      """
    Quand on charge ce pacte
    Alors le chargement échoue
    Et le message d'erreur contient « double.yaml:4 »
    Et le message d'erreur contient « YAML mal formé »

  Scénario: Un crochet jamais fermé
    Étant donné un fichier de pacte « crochet.yaml » contenant :
      """
      pacte:
        id: essai
        titre: Pacte d'essai
        liste: [Liste d'essai
        commune: Chambéry
        source: essai.txt § Tout
      """
    Quand on charge ce pacte
    Alors le chargement échoue
    Et le message d'erreur contient « YAML mal formé »
    Et le message d'erreur contient « crochet.yaml: »

  Scénario: Une valeur datée après la fin du mandat
    Étant donné un fichier de pacte « apres.yaml » contenant :
      """
      pacte:
        id: essai
        titre: Pacte d'essai
        liste: Liste d'essai
        commune: Chambéry
        source: essai.txt § Tout
      consultation_revocation:
        titre: Révocation
        description: Consultation de révocation
        source: essai.txt § Révocation
        debat_public_jours:
          description: Durée du débat
          unite: jours
          valeurs:
            2026-03-27: 15
            2033-01-01: 21
        majorite_suffrages_pct:
          description: Majorité
          unite: pourcent
          valeur: 50
        effet_du_oui:
          description: Effet du oui
          unite: texte
          valeur: demission_demandee
        jour_de_vote:
          description: Jour du vote
          unite: texte
          valeur: dimanche
      """
    Quand on charge ce pacte avec la commune « chambery »
    Alors le chargement échoue
    Et l'erreur nomme le fichier « apres.yaml », la ligne 16 et le champ « consultation_revocation.debat_public_jours.valeurs.2033-01-01 »
    Et le message d'erreur contient « date hors du mandat »

  Scénario: Une surcharge --set sur un chemin inconnu
    Étant donné le pacte « chambery-2026 »
    Et le paramètre « votation_propositionnelle.seuil_inconnu » vaut 3
    Quand on charge le pacte avec ses surcharges
    Alors le chargement échoue
    Et l'erreur nomme « --set » et le champ « votation_propositionnelle.seuil_inconnu »
    Et le message d'erreur contient « champ inconnu »

  Scénario: Une surcharge --set de 140 % est validée comme le fichier
    Étant donné le pacte « chambery-2026 »
    Et le paramètre « votation_propositionnelle.seuil_pct » vaut 140
    Quand on charge le pacte avec ses surcharges
    Alors le chargement échoue
    Et le message d'erreur contient « valeur trop grande »

  Scénario: La commande « pacte clauses » sur un pacte à 140 % : code 2, message en français
    Étant donné un fichier de pacte « cent-quarante.yaml » contenant :
      """
      pacte:
        id: essai
        titre: Pacte d'essai
        liste: Liste d'essai
        commune: Chambéry
        source: essai.txt § Tout
      referendum_municipal:
        titre: Référendum
        description: Référendum local
        source: essai.txt § Référendum
        participation_min_pct:
          description: Participation minimale
          unite: pourcent
          valeur: 140
        majorite_suffrages_pct:
          description: Majorité
          unite: pourcent
          valeur: 50
        suivre_sans_quorum:
          description: Suivre sans quorum
          unite: booleen
          valeur: true
        minimum_par_mandat:
          description: Minimum
          unite: nombre
          valeur: 1
      """
    Quand on lance « pacte clauses cent-quarante.yaml »
    Alors la commande se termine avec le code 2
    Et la sortie d'erreur contient « cent-quarante.yaml:14 »
    Et la sortie d'erreur contient « champ « referendum_municipal.participation_min_pct.valeur » »
    Et la sortie ne contient aucune trace Python

  Scénario: Un fichier qui n'existe pas
    Quand on lance « pacte clauses introuvable.yaml »
    Alors la commande se termine avec le code 2
    Et la sortie d'erreur contient « fichier introuvable »
    Et la sortie ne contient aucune trace Python

  Plan du scénario: Une date de départ impossible sur la ligne de commande
    Quand on lance « pacte calendrier --procedure abrogation --depuis <depuis> »
    Alors la commande se termine avec le code 2
    Et la sortie d'erreur contient « <message> »
    Et la sortie ne contient aucune trace Python

    Exemples:
      | depuis     | message              |
      | 2026-02-30 | date invalide        |
      | 2027-02-29 | date invalide        |
      | 15/10/2026 | date invalide        |
      | 2040-01-01 | est hors du mandat   |

  Scénario: Une date réelle donne le calendrier de l'abrogation
    Quand on lance « pacte calendrier --procedure abrogation --depuis 2026-10-15 --regime pacte »
    Alors la commande se termine avec le code 0
    Et la sortie contient « 15 novembre 2026 »
    Et la sortie contient « 14 mars 2027 »

  Scénario: Un pacte donné sans scénario prend le scénario de sa propre commune
    Étant donné un fichier de pacte « grenoble.yaml » contenant :
      """
      pacte:
        id: essai
        titre: Pacte d'essai
        liste: Liste d'essai
        commune: Grenoble
        source: essai.txt § Tout
      """
    Quand on charge ce pacte sans scénario
    Alors le chargement réussit
    Et le scénario retenu est « grenoble »
    Et les électeurs inscrits sont ceux du scénario « grenoble »

  Plan du scénario: La commune du pacte est reconnue quelle que soit son écriture
    Étant donné le pacte « collegial-2026 »
    Et la commune du pacte est « <commune> »
    Quand on charge ce pacte sans scénario
    Alors le scénario retenu est « <scenario> »

    Exemples:
      | commune   | scenario |
      | Chambéry  | chambery |
      | CHAMBERY  | chambery |
      | saillans  | saillans |
      | Grenoble  | grenoble |

  Scénario: Sans scénario pour sa commune, un pacte est refusé, jamais évalué avec Chambéry
    Étant donné un fichier de pacte « pau.yaml » contenant :
      """
      pacte:
        id: essai
        titre: Pacte d'essai
        liste: Liste d'essai
        commune: Pau
        source: essai.txt § Tout
      """
    Quand on lance « pacte verifier pau.yaml »
    Alors la commande se termine avec le code 2
    Et la sortie d'erreur contient « pau.yaml:5 »
    Et la sortie d'erreur contient « champ « pacte.commune » »
    Et la sortie d'erreur contient « scénarios fournis : chambery (Chambéry), »
    Et la sortie d'erreur contient « grenoble (Grenoble) »
    Et la sortie d'erreur contient « pacte nouveau --commune NOM --population N »
    Et la sortie d'erreur contient « passez --scenario FICHIER, ou créez le scénario de votre commune »
    Et la sortie ne contient aucune trace Python

  Scénario: Un scénario explicite d'une autre commune est dit dans la sortie
    Quand on lance « pacte verifier --scenario grenoble »
    Alors la commande se termine avec le code 0
    Et la sortie contient « ce pacte est écrit pour Chambéry, mais il est évalué ici avec les chiffres de Grenoble »
