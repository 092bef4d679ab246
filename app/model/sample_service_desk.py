"""Content of the built-in template "Un ticket au support" / "A service-desk ticket".

An employee's IT incident, from the breakdown to the ticket's closure, seen
by the employee. ``(French, English)`` pairs, same table shapes as
:mod:`app.model.sample_onboarding`.
"""

from __future__ import annotations

from typing import Any

T = tuple[str, str]

DESCRIPTION: T = ("Un incident informatique, de la panne à la clôture du ticket.",
                  "An IT incident, from the breakdown to the ticket's closure.")

JOURNEY: dict[str, Any] = {
    "title": ("Un ticket au support", "A service-desk ticket"),
    "goal": ("Retravailler au plus vite, sans avoir à relancer.", "Get back to work fast, without chasing."),
    "expectations": ("Savoir qui s'en occupe et quand ce sera réglé.", "Know who is on it and when it will be fixed."),
    "scope": ("Incidents postes de travail et applications, tous sites.", "Workstation and application incidents, all sites."),
    "notes": ("D'après 300 tickets du T2 2026 et 10 entretiens.", "From 300 tickets of Q2 2026 and 10 interviews."),
    "target": 7,
}

PROJECT: dict[str, T] = {
    "title": ("Support informatique aux collaborateurs", "IT support for employees"),
    "organisation": ("Groupe Hexagone Services", "Hexagone Services Group"),
    "author": ("Direction des services numériques", "Digital services department"),
}

OBJECTIVES: list[tuple[str, T, T]] = [
    ("employee_ease", ("Moins de temps perdu par panne", "Less time lost per breakdown"),
     ("Une panne coûte en moyenne une demi-journée.", "A breakdown costs half a day on average.")),
    ("satisfaction", ("Un support qui tient au courant", "A support that keeps people informed"),
     ("", "")),
]

PERSONAS: list[dict[str, Any]] = [
    {"name": ("Sophie Garnier", "Sophie Garnier"), "role": ("Comptable", "Accountant"),
     "segment": ("Collaborateurs du siège", "Head-office staff"), "age_band": ("45-54 ans", "45-54"),
     "quote": ("« Je ne veux pas comprendre la panne, je veux qu'elle disparaisse. »",
               "“I don't want to understand the fault, I want it gone.”"),
     "biography": ("Clôtures mensuelles sous pression ; peu patiente avec les outils.",
                   "Monthly closings under pressure; little patience with tools."),
     "goals": ("Être dépannée avant la clôture.", "Be fixed before the closing."),
     "frustrations": ("Répéter son problème à chaque appel.", "Repeating the problem at each call."),
     "hobbies": ("Chorale, randonnée.", "Choir, hiking."), "channels": ["phone", "email"],
     "service_preference": "done_for_me", "digital_ease": 3, "colour": "#B0507F"},
    {"name": ("Karim Benali", "Karim Benali"), "role": ("Commercial itinérant", "Field sales rep"),
     "segment": ("Nomades", "Mobile workers"), "age_band": ("25-34 ans", "25-34"),
     "quote": ("« Mon ordinateur, c'est mon bureau. »", "“My laptop is my office.”"),
     "biography": ("Toujours sur la route ; travaille depuis l'hôtel ou la voiture.",
                   "Always on the road; works from hotels or the car."),
     "goals": ("Un dépannage à distance, même le soir.", "Remote help, even in the evening."),
     "frustrations": ("Devoir passer au siège pour un échange de matériel.", "Having to come to head office for a swap."),
     "hobbies": ("Football, jeux vidéo.", "Football, video games."), "channels": ["chat", "mobile_app"],
     "service_preference": "self_service", "digital_ease": 5, "colour": "#2F80C0"},
]

DEPARTMENTS: list[tuple[str, T, str, str, str]] = [
    ("desk", ("Centre de services", "Service desk"), "front", "internal", "#2F80C0"),
    ("field", ("Support de proximité", "Field support"), "front", "internal", "#E08A1E"),
    ("ops", ("Exploitation", "IT operations"), "back", "internal", "#6B7680"),
    ("vendor", ("Éditeur du logiciel", "Software vendor"), "back", "supplier", "#8A7357"),
]

STAGES: list[tuple[T, T, T, T]] = [
    (("La panne", "The breakdown"), ("Quelque chose ne marche plus.", "Something stops working."), ("", ""), ("", "")),
    (("Le signalement", "Reporting"), ("Ouvrir un ticket.", "Opening a ticket."), ("10 min", "10 min"), ("8 min au téléphone", "8 min on hold")),
    (("Le diagnostic", "Diagnosis"), ("Comprendre et qualifier.", "Understanding and sorting."), ("1 à 4 h", "1 to 4 h"), ("", "")),
    (("La résolution", "Resolution"), ("Réparer, remplacer, contourner.", "Fix, replace, work around."), ("1 à 3 jours", "1 to 3 days"), ("sans nouvelles", "without news")),
    (("La clôture", "Closure"), ("Confirmer que tout remarche.", "Confirm it all works again."), ("1 jour", "1 day"), ("", "")),
]

LANES: list[tuple[str, str, T, str | None]] = [
    ("steps", "steps", ("Ce que vit le collaborateur", "What the employee does"), None),
    ("tp", "touchpoints", ("Points de contact", "Touchpoints"), None),
    ("emo", "emotions", ("Courbe émotionnelle", "Emotion curve"), None),
    ("irr", "irritants", ("Irritants", "Pain points"), None),
    ("ench", "enchantments", ("Enchantements", "Delights"), None),
    ("front", "front_stage", ("Centre de services", "Service desk"), "desk"),
    ("back", "back_stage", ("Exploitation", "IT operations"), "ops"),
    ("sys", "support_systems", ("Outils", "Tools"), None),
    ("opp", "opportunities", ("Opportunités", "Opportunities"), None),
]

CARDS: list[tuple[str, int, str, T, T, dict[str, Any]]] = [
    ("s_fail", 0, "steps", ("L'application de paie ne s'ouvre plus", "The payroll app will not open"), ("", ""), {}),
    ("t_error", 0, "tp", ("Message d'erreur incompréhensible", "An obscure error message"), ("Code 0x80070005.", "Code 0x80070005."),
     {"ch": "website", "dep": "ops", "score": 2, "emo": "confusion", "io": "digital", "first": True}),
    ("i_error", 0, "irr", ("Aucune piste dans le message", "No clue in the message"), ("", ""),
     {"sev": 2, "share": 60, "ev": "interview", "st": "observed"}),
    ("s_report", 1, "steps", ("Signaler le problème", "Report the problem"), ("", ""), {}),
    ("t_phone", 1, "tp", ("Appel au centre de services", "Call to the service desk"), ("Attente moyenne de 8 minutes.", "An 8-minute wait on average."),
     {"ch": "phone", "dep": "desk", "score": 4, "emo": "frustration", "io": "human"}),
    ("t_portal", 1, "tp", ("Formulaire du portail", "Portal form"), ("Douze champs, catégories obscures.", "Twelve fields, obscure categories."),
     {"ch": "portal", "dep": "desk", "score": 3, "emo": "confusion", "io": "digital"}),
    ("i_form", 1, "irr", ("Formulaire trop long", "Form too long"), ("", ""),
     {"sev": 3, "share": 45, "ev": "analytics", "st": "observed"}),
    ("f_log", 1, "front", ("Enregistre et qualifie le ticket", "Logs and sorts the ticket"), ("", ""), {}),
    ("y_itsm", 1, "sys", ("Outil de gestion des tickets", "Ticketing tool"), ("", ""), {}),
    ("s_wait", 2, "steps", ("Attendre un diagnostic", "Wait for a diagnosis"), ("", ""), {}),
    ("t_remote", 2, "tp", ("Prise en main à distance", "Remote session"), ("Le technicien voit l'écran.", "The technician sees the screen."),
     {"ch": "video_call", "dep": "desk", "score": 7, "emo": "relief", "io": "human"}),
    ("t_questions", 2, "tp", ("Rappel du technicien", "Call-back from the technician"), ("Les mêmes questions qu'au premier appel.", "The same questions as on the first call."),
     {"ch": "phone", "dep": "desk", "score": 4, "emo": "frustration", "io": "human"}),
    ("n_remote", 2, "ench", ("Un technicien qui explique ce qu'il fait", "A technician who explains what he does"), ("", ""), {}),
    ("b_escalate", 2, "back", ("Escalade vers l'exploitation", "Escalation to operations"), ("Ticket réaffecté deux fois en moyenne.", "Reassigned twice on average."), {}),
    ("s_workaround", 3, "steps", ("Travailler autrement en attendant", "Work around it meanwhile"), ("", ""), {}),
    ("t_status", 3, "tp", ("Mails automatiques de statut", "Automatic status e-mails"), ("« Votre ticket a été mis à jour. »", "“Your ticket was updated.”"),
     {"ch": "email", "dep": "desk", "score": 4, "emo": "anxiety", "io": "digital"}),
    ("i_news", 3, "irr", ("Aucune date de résolution annoncée", "No fix date given"), ("", ""),
     {"sev": 4, "share": 55, "ev": "survey", "st": "observed"}),
    ("i_reassign", 3, "irr", ("Ticket qui passe d'équipe en équipe", "The ticket bounces between teams"), ("", ""),
     {"sev": 3, "share": 30, "ev": "analytics", "st": "observed"}),
    ("b_patch", 3, "back", ("Correctif de l'éditeur", "Vendor patch"), ("", ""), {"dep": "vendor"}),
    ("s_check", 4, "steps", ("Vérifier que tout remarche", "Check that it works again"), ("", ""), {}),
    ("t_close", 4, "tp", ("Ticket clôturé", "Ticket closed"), ("Clôturé parfois avant vérification.", "Sometimes closed before checking."),
     {"ch": "email", "dep": "desk", "score": 6, "emo": "neutral", "io": "digital", "last": True}),
    ("t_survey", 4, "tp", ("Questionnaire de satisfaction", "Satisfaction survey"), ("", ""),
     {"ch": "email", "dep": "desk", "score": 5, "emo": "neutral", "io": "digital"}),
    ("o_chat", 1, "opp", ("Signalement par chat en une phrase", "One-sentence report by chat"), ("", ""), {}),
    ("o_eta", 3, "opp", ("Annoncer une date de résolution", "Announce a fix date"), ("", ""), {}),
]

LINKS: list[tuple[str, str, str]] = [
    ("i_form", "t_portal", "causes"),
    ("i_news", "t_status", "causes"),
    ("b_escalate", "t_remote", "supports"),
    ("o_chat", "i_form", "answers"),
    ("o_eta", "i_news", "answers"),
]

ACTIONS: list[tuple[T, T, str, int, int, float, int, str, str, str, list[str]]] = [
    (("Signalement par chat", "Reporting by chat"), ("Un agent conversationnel qui qualifie le ticket.", "A chat assistant that sorts the ticket."),
     "desk", 4, 3, 45, 2, "planned", "months_3", "2027-03-31", ["i_form"]),
    (("Date de résolution dans chaque mail de statut", "A fix date in every status e-mail"), ("", ""),
     "desk", 4, 1, 55, 1, "doing", "quick_win", "2027-01-15", ["i_news"]),
    (("Un seul responsable par ticket", "One owner per ticket"), ("Le premier niveau garde le ticket jusqu'au bout.", "First level keeps the ticket to the end."),
     "ops", 3, 2, 30, 2, "idea", "months_3", "2027-05-31", ["i_reassign"]),
]

KPIS: list[tuple[T, T, str, float, float, float, int | None, str | None, T]] = [
    (("Délai moyen de résolution", "Mean time to resolve"), ("heures", "hours"), "lower", 26, 8, 20, 3, None, ("", "")),
    (("Résolus au premier contact", "Fixed at first contact"), ("%", "%"), "higher", 38, 60, 42, 1, None, ("", "")),
    (("Satisfaction après clôture", "Satisfaction after closure"), ("/10", "/10"), "higher", 5.9, 8, 6.3, 4, "t_survey", ("", "")),
]

MEASUREMENT_POINTS: list[tuple[T, int, str | None, str, str, T, T]] = [
    (("Questionnaire de clôture", "Closure survey"), 4, "t_survey", "email", "csat",
     ("à la clôture du ticket", "when the ticket is closed"), ("", "")),
]
