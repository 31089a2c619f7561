"""The French step library shared by every feature in ``features/`` (pytest-bdd 9).

How it works
------------
* ``tests/conftest.py`` declares ``pytest_plugins = ["tests.bdd"]``; this package then
  loads every module of :data:`STEP_MODULES` as a pytest plugin, so each step below is
  available to every ``tests/test_bdd_*.py`` module without imports.
* Each scenario gets its own context, a plain ``dict`` (fixture ``ctx``; the step
  « Étant donné le pacte « … » » returns it with ``target_fixture="ctx"``). There is no
  global state; loaded pacts are cached per session (``pacte_cache``) because models are
  frozen. Keys are documented in :mod:`tests.bdd.context`.
* Steps only *read* the scenario and *call* the rule functions of ``engine.procedures``;
  they never re-compute a rule. Expected values are written literally in the features.
* Dates are read as « 15 octobre 2026 », « 1er novembre 2026 » or « 2026-10-15 », numbers as
  « 1 043 » (:mod:`tests.bdd.parsing`, types ``{x:Date}`` and ``{n:Nombre}``).

Step catalogue (« Étant donné » / « Quand » / « Alors » ; « Et » continues the previous kind)
------------------------------------------------------------------------------------------
``…`` stands for a date (« 15 octobre 2026 », « 2026-10-15 »), N for a number (« 1 043 »).

Contexte (:mod:`tests.bdd.steps.contexte`), Étant donné :
  le pacte « chambery-2026 » · la commune « chambery » · le régime « loi » ·
  le paramètre « votation_propositionnelle.seuil_pct » vaut 2 (exactly like ``--set``) ·
  le pacte n'a pas de clause « conseil_citoyen »
  Alors : l'explication contient « … » (the last decision's French explanation)
Pétition (:mod:`tests.bdd.steps.petition`) :
  Quand une pétition recueille N signatures valides · une pétition est déposée le … ·
  on calcule les jours de votation du mandat · la votation donne N oui et N non
  Alors la pétition est recevable / irrecevable · il faut N signatures · le seuil appliqué
  est le pourcentage / le chiffre absolu · l'écart entre le chiffre arrondi et le
  pourcentage est signalé / n'est pas signalé · la collecte se termine le … · la DPC a
  vérifié les signatures le … · le bureau exécutif inscrit la pétition le … · le conseil
  municipal décide le … · la campagne commence le … · la votation a lieu le … · le conseil
  municipal adopte la proposition le … · aucune votation n'est possible avant la fin du
  mandat · l'année 2027 compte N jours de votation · aucune année ne compte plus de N
  jours de votation · le … est / n'est pas un jour de votation · aucun jour de votation ne
  tombe entre le … et le … · la proposition est adoptée / n'est pas adoptée
Abrogation (:mod:`tests.bdd.steps.abrogation`) :
  Quand le conseil municipal délibère le … · une demande d'abrogation est déposée le … ·
  aucune demande n'est déposée · N signatures valides sont réunies · le vote donne N oui et
  N non
  Alors la demande d'abrogation doit être déposée au plus tard le … · les signatures
  doivent être réunies au plus tard le … · la DPC vérifie les signatures au plus tard le … ·
  le conseil municipal déclenche la campagne au plus tard le … · la campagne se termine le … ·
  le vote a lieu le … · le conseil municipal suivant abroge la délibération le … · la
  demande est acceptée / refusée car hors délai · la demande est soumise au vote ·
  l'exécution reprend · l'exécution est suspendue du … au … · l'exécution n'est pas
  suspendue · la suspension dure N jours · l'exécution commence le … · la délibération est
  abrogée · l'issue annoncée contient « … »
Référendum (:mod:`tests.bdd.steps.referendum`) :
  Quand un référendum recueille N suffrages exprimés sur N électeurs inscrits, dont N oui ·
  le conseil municipal décide un référendum le …
  Alors le projet est adopté / n'est pas adopté · le quorum de participation est atteint /
  n'est pas atteint · le oui est / n'est pas majoritaire parmi les suffrages exprimés · le
  conseil municipal s'est engagé à suivre ce oui malgré tout · le pacte n'engage pas le
  conseil municipal à suivre le résultat · le scrutin a lieu au plus tôt le … · aucun
  scrutin local n'est possible le … · un scrutin local est possible le …
Conseil Citoyen (:mod:`tests.bdd.steps.conseil_citoyen`) :
  Quand on établit le calendrier des auditions · on calcule les renouvellements du Conseil
  Citoyen · on propose un panel de N femmes et N hommes dans chaque quartier · on propose
  ce panel : (table « quartier | femmes | hommes »)
  Alors aucune audition n'a lieu en août · une soirée d'auditions a lieu le … · chaque
  soirée compte au plus / exactement N auditions · la première / dernière soirée
  d'auditions a lieu le … · le mandat compte N soirées d'auditions · le conseil citoyen
  auditionne N binômes · le binôme « … » est auditionné le … · le binôme « … » attend plus
  de N mois / n'attend jamais plus de N mois entre deux auditions · chaque binôme est
  auditionné au moins une fois · le retard du binôme « … » après l'audition du … est de N
  jours · le Conseil Citoyen est renouvelé le … · le Conseil Citoyen est renouvelé N fois
  pendant le mandat · le panel respecte le pacte / ne respecte pas le pacte
Révocation (:mod:`tests.bdd.steps.revocation`) :
  Quand le Conseil Citoyen rend un avis défavorable le … · la consultation donne N oui et N non
  Alors le conseil municipal délibère sur la consultation le … · le débat public dure du …
  au … · la consultation a lieu le … · le binôme est enjoint à démissionner / est maintenu
Rotation (:mod:`tests.bdd.steps.rotation`) :
  Quand on calcule les passages de relais du mandat
  Alors le mandat compte N passages de relais · au passage de relais n° 1, <étape> le …
  where <étape> is « le maire et le 1er adjoint adressent leur démission au préfet », « la
  démission devient définitive », « à défaut d'acceptation, la démission devient
  définitive », « le conseil municipal est convoqué », « le conseil municipal élit le maire
  et tous les adjoints » · chaque élection a lieu au plus tard N jours après la démission
  définitive · chaque convocation précède l'élection de N jours francs · chaque
  convocation suit la démission définitive · l'élection porte sur le maire et tous les adjoints
Mandat (:mod:`tests.bdd.steps.mandat`) :
  Quand on établit le calendrier du mandat
  Alors le calendrier est trié par date · chaque événement du calendrier cite sa source ·
  le calendrier compte N événements « seance_cm » · le calendrier prévoit / ne prévoit pas
  « … » le … · le calendrier ne prévoit aucun « … » en août · le premier / dernier
  événement « … » a lieu le … · la séance du conseil municipal qui suit le … a lieu le …
Chargement (:mod:`tests.bdd.steps.chargement`) :
  Étant donné un fichier de pacte « x.yaml » contenant : (docstring, written to tmp_path)
  Quand on charge ce pacte · on charge ce pacte avec la commune « chambery » · on charge le
  pacte avec ses surcharges · on lance « pacte clauses x.yaml » (in-process ``engine.cli.main.main``)
  Alors le chargement réussit / échoue · l'erreur nomme le fichier « x.yaml », la ligne 9 et
  le champ « … » · l'erreur nomme « --set » et le champ « … » · le message d'erreur
  contient « … » · le pacte chargé n'a pas de clause « … » · la commande se termine avec
  le code 2 · la sortie (d'erreur) contient « … » · la sortie ne contient aucune trace Python

Mandat impératif et pouvoirs du maire (:mod:`tests.bdd.steps.engagements`) :
  Quand on dresse la liste des objectifs du mandat impératif · un binôme atteint N de ses N
  objectifs · on établit le calendrier des comptes rendus des élu·es · on répartit les
  pouvoirs entre le conseil et le maire · on établit le calendrier des comptes rendus du maire
  Alors les binômes répondent de N objectifs en tout · le binôme « … » répond de N objectifs ·
  N binômes ont leurs objectifs écrits dans le pacte · l'avis du Conseil Citoyen est
  favorable / mitigé / défavorable · les élu·es rendent N comptes rendus publics pendant le
  mandat · le premier compte rendu des élu·es a lieu le … · le maire reçoit les alinéas 3°
  de L2122-22 · le conseil garde N alinéas de L2122-22 · le maire rend compte de ses
  décisions déléguées à chaque séance du conseil · le maire n'a aucun compte rendu de
  délégation à faire

Budget participatif, transparence, interpellation (:mod:`tests.bdd.steps.participation`) :
  Quand on calcule l'enveloppe du budget participatif · on établit le cycle du budget
  participatif de 2027 · le conseil municipal siège le … · une interpellation est déposée le
  … avec N signatures
  Alors l'enveloppe annuelle est de N € · l'enveloppe est répartie entre N quartiers ·
  l'appel à projets s'ouvre le … · le dépôt des projets se termine le … · le vote des
  habitant·es s'ouvre / se termine le … · le conseil municipal inscrit les projets lauréats
  au budget le … · le mandat compte N cycles complets de budget participatif · le budget
  participatif coûte N € sur le mandat · un projet de N € avec N € disponibles est / n'est
  pas recevable · la délibération est publiée en ligne le … · le résumé en langage clair est
  publié le … · il reste N jours pour demander une votation abrogatoire après le résumé · le
  conseil municipal répond à l'interpellation en séance le … · l'interpellation est / n'est
  pas inscrite à l'ordre du jour · le délai de réponse du pacte expire le …

Catalogue : clauses libres, votations, assemblées (:mod:`tests.bdd.steps.catalogue`) :
  Étant donné le pacte d'exemple du catalogue (tests/fixtures/pacte_catalogue.yaml)
  Quand on vérifie le pacte · on calcule le seuil de déclenchement de la votation « … » ·
  la votation « … » recueille N oui et N non sur N électeurs inscrits · on établit les
  quotas de l'assemblée « … »
  Alors le constat sur « votations.x » est « conforme / engagement politique / conflit avec
  la loi / à vérifier » · le constat sur « … » cite l'article « … » · le constat sur « … »
  dit « … » · la votation se déclenche avec N signatures · aucune pétition ne déclenche la
  votation · le résultat de la votation est / n'est pas acquis · les quotas réservent entre
  N et N sièges à « … »

Tableau des coûts (:mod:`tests.bdd.steps.poitiers`) :
  Quand on établit le tableau des coûts du pacte
  Alors la ligne de coûts « … » compte N € par an · le tableau des coûts compte N € de
  fonctionnement par an

Qui a le pouvoir (:mod:`tests.bdd.steps.pouvoirs`) :
  Quand on demande « Qui décide du budget ? » (ou une autre question de ``pacte pouvoirs``)
  Alors la réponse dit « … » · un chemin dit « … » · aucun chemin ne dit « … » · le chemin
  qui dit « … » est en conflit avec la loi (legal.x) · le petit graphe de la question
  compte au plus N organes · le pouvoir de « … » sur « … » est / n'est pas marqué en
  conflit avec la loi (legal.x) · seul·es « … » élisent le conseil municipal

Adding steps for a new feature: put them in ``tests/steps/<name>.py`` (or here, if they
are generic), using ``tests.bdd.steps.p`` (``parsers.parse`` with the French types) and
the ``ctx`` fixture; see docs/bdd.md.
"""

STEP_MODULES = (
    "tests.bdd.steps.contexte",
    "tests.bdd.steps.petition",
    "tests.bdd.steps.abrogation",
    "tests.bdd.steps.referendum",
    "tests.bdd.steps.conseil_citoyen",
    "tests.bdd.steps.revocation",
    "tests.bdd.steps.rotation",
    "tests.bdd.steps.mandat",
    "tests.bdd.steps.chargement",
    "tests.bdd.steps.engagements",
    "tests.bdd.steps.participation",
    "tests.bdd.steps.catalogue",
    "tests.bdd.steps.poitiers",
    "tests.bdd.steps.pouvoirs",
)

pytest_plugins = list(STEP_MODULES)
