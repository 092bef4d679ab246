"""Content of the built-in template "Ouvrir un compte bancaire" / "Opening a bank account".

A new customer opening a current account online and in branch, from the
first visit to the first use of the card. ``(French, English)`` pairs, same
table shapes as :mod:`app.model.sample_onboarding`.
"""

from __future__ import annotations

from typing import Any

T = tuple[str, str]

DESCRIPTION: T = ("L'ouverture d'un compte courant, de la simulation à la première carte.",
                  "Opening a current account, from the first visit to the first card payment.")

JOURNEY: dict[str, Any] = {
    "title": ("Ouvrir un compte bancaire", "Opening a bank account"),
    "goal": ("Avoir un compte et une carte qui marchent, vite et sans paperasse.",
             "Have a working account and card, fast and without paperwork."),
    "expectations": ("Savoir quels documents fournir ; un seul envoi ; une date d'activation.",
                     "Know which documents to send; send them once; an activation date."),
    "scope": ("Particuliers, ouverture en ligne avec signature en agence ou à distance.",
              "Private customers, opening online with signature in branch or remotely."),
    "notes": ("D'après les abandons du tunnel en ligne et 8 visites mystère.",
              "From online funnel drop-outs and 8 mystery visits."),
    "target": 7,
}

PROJECT: dict[str, T] = {
    "title": ("Entrée en relation", "Customer onboarding at the bank"),
    "organisation": ("Banque du Rivage", "Shoreline Savings Bank"),
    "author": ("Direction de l'expérience client", "Customer experience department"),
}

OBJECTIVES: list[tuple[str, T, T]] = [
    ("acquisition", ("Plus d'ouvertures abouties", "More completed openings"),
     ("Un dossier sur deux commencé en ligne n'aboutit pas.", "Half of the files started online are never completed.")),
    ("loyalty", ("Une carte utilisée dès la première semaine", "A card used in the first week"), ("", "")),
]

PERSONAS: list[dict[str, Any]] = [
    {"name": ("Léa Dubois", "Léa Dubois"), "role": ("Étudiante en alternance", "Work-study student"),
     "segment": ("Jeunes actifs", "Young workers"), "age_band": ("18-24 ans", "18-24"),
     "quote": ("« Tout doit se faire depuis mon téléphone. »", "“It all has to work from my phone.”"),
     "biography": ("Premier salaire, premier compte à son nom.", "First salary, first account in her name."),
     "goals": ("Recevoir son salaire à temps ; payer sans contact.", "Get her salary in time; pay contactless."),
     "frustrations": ("Imprimer, scanner, envoyer par courrier.", "Printing, scanning, posting."),
     "hobbies": ("Danse, réseaux sociaux.", "Dance, social media."), "channels": ["mobile_app", "chat", "social_media"],
     "service_preference": "self_service", "digital_ease": 5, "colour": "#E08A1E"},
    {"name": ("Alain Fontaine", "Alain Fontaine"), "role": ("Artisan boulanger", "Master baker"),
     "segment": ("Clients en agence", "Branch customers"), "age_band": ("55-64 ans", "55-64"),
     "quote": ("« Je veux un conseiller, pas un formulaire. »", "“I want an adviser, not a form.”"),
     "biography": ("Change de banque après un désaccord sur un prêt.", "Switching banks after a loan dispute."),
     "goals": ("Transférer ses prélèvements sans rien oublier.", "Move his direct debits without missing any."),
     "frustrations": ("Les rendez-vous pendant ses heures de travail.", "Appointments during his working hours."),
     "hobbies": ("Vélo, cuisine.", "Cycling, cooking."), "channels": ["in_person", "phone", "letter"],
     "service_preference": "done_for_me", "digital_ease": 2, "colour": "#2E9E50"},
]

DEPARTMENTS: list[tuple[str, T, str, str, str]] = [
    ("branch", ("Agence", "Branch"), "front", "internal", "#2F80C0"),
    ("digital", ("Banque en ligne", "Online banking"), "front", "internal", "#8E44AD"),
    ("kyc", ("Conformité (KYC)", "Compliance (KYC)"), "back", "internal", "#6B7680"),
    ("cards", ("Fabricant de cartes", "Card manufacturer"), "back", "supplier", "#8A7357"),
]

STAGES: list[tuple[T, T, T, T]] = [
    (("Se renseigner", "Find out"), ("Comparer les offres.", "Compare the offers."), ("1 semaine", "1 week"), ("", "")),
    (("Faire la demande", "Apply"), ("Formulaire et pièces justificatives.", "Form and documents."), ("30 min", "30 min"), ("", "")),
    (("Être vérifié", "Get checked"), ("Contrôles de conformité.", "Compliance checks."), ("2 à 10 jours", "2 to 10 days"), ("sans nouvelles", "without news")),
    (("Signer", "Sign"), ("Signature du contrat.", "Signing the contract."), ("1 jour", "1 day"), ("rendez-vous sous 8 jours", "appointment within 8 days")),
    (("Utiliser le compte", "Use the account"), ("Carte, virements, application.", "Card, transfers, app."), ("2 semaines", "2 weeks"), ("carte en 7 jours", "card in 7 days")),
]

LANES: list[tuple[str, str, T, str | None]] = [
    ("steps", "steps", ("Ce que fait le client", "What the customer does"), None),
    ("tp", "touchpoints", ("Points de contact", "Touchpoints"), None),
    ("emo", "emotions", ("Courbe émotionnelle", "Emotion curve"), None),
    ("exp", "expectations", ("Attentes", "Expectations"), None),
    ("irr", "irritants", ("Irritants", "Pain points"), None),
    ("ench", "enchantments", ("Enchantements", "Delights"), None),
    ("front", "front_stage", ("Conseiller", "Adviser"), "branch"),
    ("back", "back_stage", ("Conformité", "Compliance"), "kyc"),
    ("opp", "opportunities", ("Opportunités", "Opportunities"), None),
]

CARDS: list[tuple[str, int, str, T, T, dict[str, Any]]] = [
    ("s_compare", 0, "steps", ("Comparer les banques", "Compare banks"), ("", ""), {}),
    ("t_site", 0, "tp", ("Site et simulateur de frais", "Website and fee simulator"), ("Tarifs en PDF de 40 pages.", "Fees in a 40-page PDF."),
     {"ch": "website", "dep": "digital", "score": 5, "emo": "confusion", "io": "digital", "first": True}),
    ("e_fees", 0, "exp", ("Connaître le coût réel", "Know the real cost"), ("", ""), {}),
    ("s_apply", 1, "steps", ("Remplir la demande", "Fill in the application"), ("", ""), {}),
    ("t_form", 1, "tp", ("Formulaire d'ouverture en ligne", "Online opening form"), ("Photo de la pièce d'identité.", "Photo of the ID."),
     {"ch": "mobile_app", "dep": "digital", "score": 6, "emo": "trust", "io": "digital"}),
    ("t_docs", 1, "tp", ("Envoi des justificatifs", "Sending the documents"), ("Justificatif de domicile refusé (trop ancien).", "Proof of address refused (too old)."),
     {"ch": "portal", "dep": "digital", "score": 3, "emo": "frustration", "io": "digital"}),
    ("i_docs", 1, "irr", ("Pièces refusées sans explication", "Documents refused with no reason"), ("", ""),
     {"sev": 4, "share": 35, "ev": "analytics", "st": "observed"}),
    ("s_wait", 2, "steps", ("Attendre la validation", "Wait for approval"), ("", ""), {}),
    ("t_status", 2, "tp", ("Suivi du dossier", "File status"), ("« En cours d'étude » pendant 6 jours.", "“Under review” for 6 days."),
     {"ch": "mobile_app", "dep": "digital", "score": 4, "emo": "anxiety", "io": "digital"}),
    ("i_wait", 2, "irr", ("Aucune date de réponse", "No answer date"), ("", ""),
     {"sev": 3, "share": 50, "ev": "survey", "st": "observed"}),
    ("b_kyc", 2, "back", ("Contrôles d'identité et de fraude", "ID and fraud checks"), ("Manuels pour un dossier sur trois.", "Manual for one file in three."), {}),
    ("s_sign", 3, "steps", ("Signer le contrat", "Sign the contract"), ("", ""), {}),
    ("t_meeting", 3, "tp", ("Rendez-vous en agence", "Branch appointment"), ("Conseiller disponible et clair.", "An available, clear adviser."),
     {"ch": "in_person", "dep": "branch", "score": 8, "emo": "trust", "io": "human"}),
    ("t_esign", 3, "tp", ("Signature électronique", "Electronic signature"), ("", ""),
     {"ch": "mobile_app", "dep": "digital", "score": 7, "emo": "relief", "io": "digital"}),
    ("n_switch", 3, "ench", ("La banque transfère les prélèvements", "The bank moves the direct debits"), ("", ""), {}),
    ("f_adviser", 3, "front", ("Explique l'offre et les frais", "Explains the offer and fees"), ("", ""), {}),
    ("s_use", 4, "steps", ("Payer avec sa carte", "Pay with the card"), ("", ""), {}),
    ("t_card", 4, "tp", ("Carte reçue par courrier", "Card received by post"), ("Code secret dans un second pli.", "PIN in a separate letter."),
     {"ch": "letter", "dep": "cards", "score": 5, "emo": "neutral", "io": "human"}),
    ("t_app", 4, "tp", ("Activation dans l'application", "Activation in the app"), ("", ""),
     {"ch": "mobile_app", "dep": "digital", "score": 8, "emo": "joy", "io": "digital", "last": True}),
    ("i_card", 4, "irr", ("Carte en 7 jours, sans carte virtuelle", "Card in 7 days, no virtual card"), ("", ""),
     {"sev": 3, "share": 40, "ev": "interview", "st": "observed"}),
    ("o_virtual", 4, "opp", ("Carte virtuelle dès la signature", "A virtual card at signature"), ("", ""), {}),
    ("o_docs", 1, "opp", ("Contrôle des pièces en direct", "Live document check"), ("", ""), {}),
]

LINKS: list[tuple[str, str, str]] = [
    ("i_docs", "t_docs", "causes"),
    ("b_kyc", "t_status", "supports"),
    ("o_virtual", "i_card", "answers"),
    ("o_docs", "i_docs", "answers"),
]

ACTIONS: list[tuple[T, T, str, int, int, float, int, str, str, str, list[str]]] = [
    (("Contrôle des justificatifs à l'envoi", "Check documents when sent"), ("Le motif du refus s'affiche tout de suite.", "The reason for a refusal shows at once."),
     "digital", 5, 3, 35, 2, "planned", "months_3", "2027-04-30", ["i_docs"]),
    (("Carte virtuelle à la signature", "A virtual card at signature"), ("", ""),
     "digital", 4, 3, 40, 2, "idea", "months_12", "2027-09-30", ["i_card"]),
    (("Annoncer une date de réponse", "Announce an answer date"), ("", ""),
     "kyc", 3, 1, 50, 1, "doing", "quick_win", "2027-01-31", ["i_wait"]),
]

KPIS: list[tuple[T, T, str, float, float, float, int | None, str | None, T]] = [
    (("Dossiers en ligne aboutis", "Online files completed"), ("%", "%"), "higher", 48, 70, 52, 1, None, ("", "")),
    (("Délai d'ouverture", "Time to open"), ("jours", "days"), "lower", 12, 3, 9, 2, None, ("", "")),
    (("Cartes utilisées en 7 jours", "Cards used within 7 days"), ("%", "%"), "higher", 55, 80, 58, 4, "t_app", ("", "")),
]

MEASUREMENT_POINTS: list[tuple[T, int, str | None, str, str, T, T]] = [
    (("Effort perçu à l'ouverture", "Opening effort score"), 3, "t_esign", "mobile_app", "ces",
     ("après la signature", "after signing"), ("", "")),
]
