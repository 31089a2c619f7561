"""French labels of the verifier's codes, shared by the pages."""

VERDICT_FR = {
    "conforme": "conforme", "engagement_politique": "engagement politique",
    "conflit": "conflit avec la loi", "a_verifier": "à vérifier", "coherent": "cohérent",
    "incoherent": "incohérent", "lacune": "laissé à la bonne volonté",
}
SEVERITY_FR = {"info": "information", "warning": "attention", "error": "erreur"}
#: short labels for filter chips, which a long label would truncate
VERDICT_SHORT_FR = {
    "conforme": "conforme", "engagement_politique": "engagement", "conflit": "conflit",
    "a_verifier": "à vérifier", "coherent": "cohérent", "incoherent": "incohérent",
    "lacune": "bonne volonté",
}
SEVERITY_SHORT_FR = {"info": "info", "warning": "attention", "error": "erreur"}
KIND_SHORT_FR = {"legal": "loi", "consistency": "cohérence"}
