"""French labels of the verifier's codes, shared by the pages."""

VERDICT_FR = {
    "conforme": "conforme", "engagement_politique": "engagement politique",
    "conflit": "conflit avec la loi", "a_verifier": "à vérifier", "coherent": "cohérent",
    "incoherent": "incohérent", "lacune": "laissé à la bonne volonté",
}
SEVERITY_FR = {"info": "information", "warning": "attention", "error": "erreur"}
