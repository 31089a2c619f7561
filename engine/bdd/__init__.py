"""The French step library shared by every feature in ``features/`` (pytest-bdd 9).

How it works
------------
* ``tests/conftest.py`` declares ``pytest_plugins = ["engine.bdd"]``; this package then
  loads every module of :data:`STEP_MODULES` as a pytest plugin, so each step below is
  available to every ``tests/test_bdd_*.py`` module without imports.
* Each scenario gets its own context, a plain ``dict`` (fixture ``ctx``; the step
  « Étant donné le pacte « … » » returns it with ``target_fixture="ctx"``). There is no
  global state; loaded pacts are cached per session (``pacte_cache``) because models are
  frozen. Keys are documented in :mod:`engine.bdd.context`.
* Steps only *read* the scenario and *call* the rule functions of ``engine.procedures``;
  they never re-compute a rule. Expected values are written literally in the features.
* Dates are read as « 15 octobre 2026 », « 1er novembre 2026 » or « 2026-10-15 », numbers as
  « 1 043 » (:mod:`engine.bdd.parsing`, types ``{x:Date}`` and ``{n:Nombre}``).

Step catalogue (« Étant donné » / « Quand » / « Alors », « Et » continues the previous kind)
----------------------------------------------------------------------------------------
Contexte (:mod:`engine.bdd.steps.contexte`) :
  le pacte « chambery-2026 » · la commune « chambery » · le régime « loi » ·
  le paramètre « votation_propositionnelle.seuil_pct » vaut 2 (comme ``--set``) ·
  le pacte n'a pas de clause « conseil_citoyen » · l'explication contient « … »
Pétition (:mod:`engine.bdd.steps.petition`) :
  une pétition recueille 1 043 signatures valides · la pétition est recevable / irrecevable ·
  il faut 1 043 signatures · le seuil appliqué est le pourcentage / le chiffre absolu ·
  l'écart entre le chiffre arrondi et le pourcentage est signalé / n'est pas signalé ·
  une pétition est déposée le … · la collecte se termine le … · la DPC a vérifié les
  signatures le … · le bureau exécutif inscrit la pétition le … · le conseil municipal
  décide le … · la votation a lieu le … · le conseil municipal adopte la proposition le … ·
  on calcule les jours de votation du mandat · l'année 2027 compte 4 jours de votation ·
  aucune année ne compte plus de 4 jours de votation · le … est (n'est pas) un jour de
  votation · aucun jour de votation ne tombe entre le … et le … · la votation donne 500 oui
  et 500 non · la proposition est adoptée / n'est pas adoptée
Abrogation (:mod:`engine.bdd.steps.abrogation`) :
  le conseil municipal délibère le … · une demande d'abrogation est déposée le … ·
  la demande d'abrogation doit être déposée au plus tard le … · les signatures doivent
  être réunies au plus tard le … · la DPC vérifie les signatures au plus tard le … ·
  le conseil municipal déclenche la campagne au plus tard le … · la campagne se termine
  le … · le vote a lieu le … · le conseil municipal suivant abroge la délibération le … ·
  aucune demande n'est déposée · 499 signatures valides sont réunies · le vote donne
  … oui et … non · l'exécution est suspendue du … au … · l'exécution n'est pas suspendue ·
  la suspension dure 119 jours · l'exécution commence le … · la délibération est abrogée ·
  la demande est refusée car hors délai
Référendum (:mod:`engine.bdd.steps.referendum`) :
  un référendum recueille … suffrages exprimés sur … électeurs inscrits, dont … oui ·
  le projet est adopté / n'est pas adopté · le quorum de participation est atteint / n'est
  pas atteint · le conseil municipal s'est engagé à suivre ce oui malgré tout ·
  le pacte n'engage pas le conseil municipal à suivre le résultat · le conseil municipal
  décide un référendum le … · le scrutin a lieu au plus tôt le … · aucun scrutin local
  n'est possible le … · un scrutin local est possible le …
Conseil citoyen (:mod:`engine.bdd.steps.conseil_citoyen`) :
  on établit le calendrier des auditions · aucune audition n'a lieu en août · chaque
  soirée compte au plus 4 auditions · la première soirée d'auditions a lieu le … · le mandat
  compte 62 soirées d'auditions · le binôme « … » est auditionné le … · le binôme « … »
  attend plus de 6 mois entre deux auditions · chaque binôme est auditionné au moins une
  fois · on calcule les renouvellements du Conseil Citoyen · le Conseil Citoyen est
  renouvelé le … · le Conseil Citoyen est renouvelé 2 fois pendant le mandat · on propose
  un panel de 3 femmes et 2 hommes dans chaque quartier · on propose ce panel : (table
  quartier | femmes | hommes) · le panel respecte le pacte / ne respecte pas le pacte
Révocation (:mod:`engine.bdd.steps.revocation`) :
  le Conseil Citoyen rend un avis défavorable le … · le conseil municipal délibère sur la
  consultation le … · le débat public dure du … au … · la consultation a lieu le … ·
  la consultation donne … oui et … non · le binôme est enjoint à démissionner / est maintenu
Rotation (:mod:`engine.bdd.steps.rotation`) :
  on calcule les passages de relais du mandat · le mandat compte 2 passages de relais ·
  au passage de relais n° 1, le maire et le 1er adjoint adressent leur démission au préfet
  le … · … la démission devient définitive le … · … à défaut d'acceptation, la démission
  devient définitive le … · … le conseil municipal est convoqué le … · … le conseil
  municipal élit le maire et tous les adjoints le … · l'élection a lieu au plus tard 15
  jours après la démission définitive · le conseil est convoqué 5 jours francs avant
Mandat (:mod:`engine.bdd.steps.mandat`) :
  on établit le calendrier du mandat · le calendrier est trié par date · le calendrier
  compte 72 événements « seance_cm » · le calendrier prévoit « … » le … · le calendrier ne
  prévoit aucun « … » en août · la séance du conseil municipal qui suit le … a lieu le …
Chargement (:mod:`engine.bdd.steps.chargement`) :
  un fichier de pacte « x.yaml » contenant : (docstring) · on charge ce pacte (avec la
  commune « chambery ») · le chargement réussit / échoue · l'erreur nomme le fichier
  « x.yaml », la ligne 9 et le champ « … » · le message d'erreur contient « … » ·
  on lance « pacte clauses x.yaml » · la commande se termine avec le code 2 · la sortie
  d'erreur contient « … » · la sortie ne contient aucune trace Python

Adding steps for a new feature: put them in ``tests/steps/<name>.py`` (or here, if they
are generic), using ``parsers.parse(..., extra_types=EXTRA_TYPES)`` and the ``ctx`` fixture.
"""

STEP_MODULES = (
    "engine.bdd.steps.contexte",
    "engine.bdd.steps.petition",
    "engine.bdd.steps.abrogation",
    "engine.bdd.steps.referendum",
    "engine.bdd.steps.conseil_citoyen",
    "engine.bdd.steps.revocation",
    "engine.bdd.steps.rotation",
    "engine.bdd.steps.mandat",
    "engine.bdd.steps.chargement",
)

pytest_plugins = list(STEP_MODULES)
