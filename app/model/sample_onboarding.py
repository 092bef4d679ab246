"""Content of the built-in sample "Mon nouvel emploi" / "My new job".

A new employee's onboarding, seen by the employee (DOMAIN.md, the reference
example). Every text is a ``(French, English)`` pair; the structure is the
same in both languages. :mod:`app.model.templates` turns these tables into
rows.
"""

from __future__ import annotations

from typing import Any

T = tuple[str, str]

PROJECT: dict[str, T] = {
    "title": ("Intégration des nouveaux collaborateurs", "Onboarding new employees"),
    "organisation": ("Groupe Hexagone Services", "Hexagone Services Group"),
    "author": ("Équipe expérience collaborateur", "Employee experience team"),
}

#: One line for the start screen.
DESCRIPTION: T = ("L'arrivée d'un nouveau collaborateur, de la candidature au premier mois.",
                  "A new employee's arrival, from the application to the first month.")

JOURNEY: dict[str, Any] = {
    "title": ("Mon nouvel emploi", "My new job"),
    "to_be_title": ("Mon nouvel emploi — demain", "My new job — tomorrow"),
    "goal": ("Être attendu, équipé et utile dès le premier jour.", "Be expected, equipped and useful from day one."),
    "expectations": ("Savoir à quoi s'attendre ; un seul interlocuteur ; un poste prêt.",
                     "Know what to expect; one contact person; a desk ready."),
    "scope": ("De la candidature à la fin du premier mois, pour les postes au siège et sur site.",
              "From the application to the end of the first month, head office and on-site roles."),
    "notes": ("Construit à partir de 18 entretiens et de l'enquête d'intégration 2026.",
              "Built from 18 interviews and the 2026 onboarding survey."),
}

OBJECTIVES: list[tuple[str, T, T]] = [
    ("employee_ease", ("Faciliter l'arrivée des nouveaux collaborateurs", "Make new employees' arrival easy"),
     ("Un nouvel arrivant est équipé, attendu et productif dès son premier jour.",
      "A newcomer is equipped, expected and productive from day one.")),
    ("satisfaction", ("Atteindre 7/10 de satisfaction d'intégration", "Reach 7/10 onboarding satisfaction"),
     ("Mesurée à J+30 par un questionnaire court.", "Measured at day 30 with a short survey.")),
    ("retention", ("Réduire les départs en période d'essai", "Fewer departures during the trial period"),
     ("Trois départs sur vingt l'an dernier citaient un accueil raté.",
      "Three leavers out of twenty last year mentioned a failed welcome.")),
]

PERSONAS: list[dict[str, Any]] = [
    {
        "name": ("Camille Martin", "Camille Martin"),
        "role": ("Chargée de marketing digital", "Digital marketing officer"),
        "segment": ("Cadres au siège", "Head-office staff"),
        "age_band": ("25-34 ans", "25-34"),
        "quote": ("« Je veux être utile dès la première semaine. »", "“I want to be useful from the first week.”"),
        "biography": ("Deux premières expériences en agence, arrive de Lyon, habituée aux outils en ligne.",
                      "Two first jobs in agencies, moving from Lyon, at ease with online tools."),
        "goals": ("Comprendre vite ses objectifs ; être autonome sur les outils ; se faire un réseau interne.",
                  "Understand her goals quickly; be autonomous with the tools; build an internal network."),
        "frustrations": ("Attendre sans savoir ; répéter les mêmes informations à plusieurs services.",
                         "Waiting without knowing; giving the same information to several departments."),
        "hobbies": ("Course à pied, podcasts, photographie.", "Running, podcasts, photography."),
        "channels": ["email", "mobile_app", "chat"],
        "service_preference": "self_service",
        "digital_ease": 5,
        "colour": "#2F80C0",
    },
    {
        "name": ("Gérard Lefèvre", "Gérard Lefèvre"),
        "role": ("Technicien de maintenance", "Maintenance technician"),
        "segment": ("Techniciens sur site", "On-site technicians"),
        "age_band": ("45-54 ans", "45-54"),
        "quote": ("« Dites-moi simplement où et quand venir. »", "“Just tell me where and when to come.”"),
        "biography": ("Vingt ans d'expérience industrielle, change d'entreprise pour se rapprocher de sa famille.",
                      "Twenty years in industry, changing company to live closer to his family."),
        "goals": ("Un interlocuteur unique ; ses équipements de sécurité prêts ; des horaires clairs.",
                  "One contact person; his safety equipment ready; clear working hours."),
        "frustrations": ("Les portails en ligne, les mots de passe, les formulaires en double.",
                         "Online portals, passwords, duplicate forms."),
        "hobbies": ("Pêche, football amateur, bricolage.", "Fishing, amateur football, DIY."),
        "channels": ["phone", "in_person", "sms"],
        "service_preference": "done_for_me",
        "digital_ease": 2,
        "colour": "#E08A1E",
    },
]

#: key, name, side, origin, colour
DEPARTMENTS: list[tuple[str, T, str, str, str]] = [
    ("hr", ("Ressources humaines", "Human resources"), "front", "internal", "#B0507F"),
    ("manager", ("Le manager", "The manager"), "front", "internal", "#E08A1E"),
    ("it", ("DSI (informatique)", "IT department"), "back", "internal", "#2F80C0"),
    ("facilities", ("Services généraux", "Facilities"), "back", "internal", "#6B7680"),
    ("supplier", ("Loueur de matériel (fournisseur)", "Equipment leasing supplier"), "back", "supplier",
     "#8A7357"),
]

#: name, description, duration, waiting time
STAGES: list[tuple[T, T, T, T]] = [
    (("Candidature", "Application"),
     ("De l'annonce aux entretiens.", "From the job ad to the interviews."),
     ("3 à 6 semaines", "3 to 6 weeks"), ("jusqu'à 3 semaines sans nouvelles", "up to 3 weeks without news")),
    (("Offre et contrat", "Offer and contract"),
     ("L'offre, la négociation, la signature.", "The offer, negotiation, signature."),
     ("1 à 2 semaines", "1 to 2 weeks"), ("", "")),
    (("Avant l'arrivée", "Before arrival"),
     ("Préavis chez l'ancien employeur ; préparation de l'arrivée.",
      "Notice period at the former employer; preparing the arrival."),
     ("1 à 3 mois", "1 to 3 months"), ("silence radio fréquent", "often radio silence")),
    (("Premier jour", "Day one"),
     ("Accueil, badge, équipement, premiers accès.", "Welcome, badge, equipment, first access."),
     ("1 jour", "1 day"), ("2 h d'attente en moyenne pour le PC", "2 h wait for the laptop on average")),
    (("Première semaine", "First week"),
     ("Découverte de l'équipe, des outils et du rôle.", "Meeting the team, the tools and the role."),
     ("5 jours", "5 days"), ("", "")),
    (("Premier mois", "First month"),
     ("Autonomie, premiers retours, fin de la période d'essai en vue.",
      "Autonomy, first feedback, end of the trial period in sight."),
     ("1 mois", "1 month"), ("", "")),
]

#: key, kind, name, department key
LANES: list[tuple[str, str, T, str | None]] = [
    ("steps", "steps", ("Ce que vit le collaborateur", "What the employee does"), None),
    ("tp", "touchpoints", ("Points de contact", "Touchpoints"), None),
    ("emo", "emotions", ("Courbe émotionnelle", "Emotion curve"), None),
    ("exp", "expectations", ("Attentes", "Expectations"), None),
    ("irr", "irritants", ("Irritants", "Pain points"), None),
    ("ench", "enchantments", ("Enchantements", "Delights"), None),
    ("hr", "front_stage", ("RH", "HR"), "hr"),
    ("mgr", "front_stage", ("Manager", "Manager"), "manager"),
    ("it", "back_stage", ("DSI", "IT"), "it"),
    ("fac", "back_stage", ("Services généraux", "Facilities"), "facilities"),
    ("sys", "support_systems", ("Outils et systèmes", "Tools and systems"), None),
    ("opp", "opportunities", ("Opportunités", "Opportunities"), None),
]

# Card fields: ch channel key, dep department key, score, emo emotion, io interaction,
# sev severity, share affected share, ev evidence, st evidence status, first/last.
#: key, stage index, lane key, title, body, fields
CARDS: list[tuple[str, int, str, T, T, dict[str, Any]]] = [
    # --- Candidature
    ("s_apply", 0, "steps", ("Postuler en ligne", "Apply online"),
     ("Repère l'annonce, envoie CV et lettre.", "Finds the ad, sends CV and letter."), {}),
    ("t_ad", 0, "tp", ("Annonce sur le site carrières", "Job ad on the careers site"),
     ("Claire, mais sans calendrier de recrutement.", "Clear, but with no hiring timeline."),
     {"ch": "website", "dep": "hr", "score": 7, "emo": "trust", "io": "digital", "first": True}),
    ("t_interviews", 0, "tp", ("Entretiens avec le manager", "Interviews with the manager"),
     ("Deux entretiens, accueil chaleureux.", "Two interviews, a warm welcome."),
     {"ch": "in_person", "dep": "manager", "score": 8, "emo": "joy", "io": "human"}),
    ("e_fast", 0, "exp", ("Un processus clair et rapide", "A clear and quick process"), ("", ""), {}),
    ("i_silence", 0, "irr", ("Aucune nouvelle pendant 3 semaines", "No news for 3 weeks"),
     ("Le candidat relance deux fois sans réponse.", "The candidate chases twice with no answer."),
     {"sev": 3, "share": 45, "ev": "survey", "st": "observed"}),
    ("f_hr_sort", 0, "hr", ("Trie les candidatures", "Screens the applications"), ("", ""), {}),
    ("f_mgr_interview", 0, "mgr", ("Conduit les entretiens", "Runs the interviews"), ("", ""), {}),
    ("y_ats", 0, "sys", ("Logiciel de recrutement", "Applicant tracking system"), ("", ""), {}),
    # --- Offre et contrat
    ("s_sign", 1, "steps", ("Recevoir l'offre et signer", "Receive the offer and sign"), ("", ""), {}),
    ("t_offer", 1, "tp", ("E-mail d'offre", "Offer e-mail"),
     ("Poste, salaire et date d'arrivée confirmés.", "Role, salary and start date confirmed."),
     {"ch": "email", "dep": "hr", "score": 8, "emo": "joy", "io": "digital"}),
    ("t_contract", 1, "tp", ("Signature électronique du contrat", "Electronic contract signature"),
     ("Le lien expire au bout de 48 h.", "The link expires after 48 h."),
     {"ch": "portal", "dep": "hr", "score": 6, "emo": "neutral", "io": "digital"}),
    ("e_when", 1, "exp", ("Savoir quand et où se présenter", "Know when and where to show up"), ("", ""), {}),
    ("i_contract", 1, "irr", ("Contrat renvoyé deux fois avec des erreurs", "Contract sent twice with errors"),
     ("Erreur de coefficient puis d'adresse.", "Wrong grade, then wrong address."),
     {"sev": 2, "share": 20, "ev": "interview", "st": "observed"}),
    ("n_call", 1, "ench", ("Appel de félicitations du manager", "Congratulations call from the manager"),
     ("Très apprécié, cité dans tous les entretiens.", "Much appreciated, quoted in every interview."), {}),
    ("f_hr_contract", 1, "hr", ("Prépare le contrat", "Prepares the contract"), ("", ""), {}),
    ("y_esign", 1, "sys", ("Outil de signature électronique", "E-signature tool"), ("", ""), {}),
    # --- Avant l'arrivée
    ("s_prepare", 2, "steps", ("Préparer son arrivée", "Get ready to start"),
     ("Envoie ses documents, attend des nouvelles.", "Sends documents, waits for news."), {}),
    ("t_welcome_mail", 2, "tp", ("E-mail de bienvenue", "Welcome e-mail"),
     ("Envoyé par les RH une semaine avant.", "Sent by HR one week before."),
     {"ch": "email", "dep": "hr", "score": 6, "emo": "trust", "io": "digital"}),
    ("t_documents", 2, "tp", ("Demande de documents administratifs", "Request for paperwork"),
     ("RIB, carte vitale, diplômes : portail peu clair.", "Bank details, health card, diplomas: unclear portal."),
     {"ch": "portal", "dep": "hr", "score": 4, "emo": "confusion", "io": "digital"}),
    ("e_programme", 2, "exp", ("Recevoir le programme du premier jour", "Get the day-one programme"), ("", ""), {}),
    ("i_two_mails", 2, "irr", ("Deux e-mails de bienvenue contradictoires", "Two contradictory welcome e-mails"),
     ("RH et manager donnent deux heures d'arrivée différentes.", "HR and the manager give two different start times."),
     {"sev": 2, "share": 60, "ev": "interview", "st": "observed"}),
    ("f_hr_pack", 2, "hr", ("Envoie le dossier d'accueil", "Sends the welcome pack"), ("", ""), {}),
    ("b_it_order", 2, "it", ("Commande le PC au loueur", "Orders the laptop from the supplier"),
     ("Commande passée à J-5 en moyenne, délai de livraison 7 jours.",
      "Ordered 5 days ahead on average; delivery takes 7 days."), {"dep": "supplier"}),
    ("b_fac_desk", 2, "fac", ("Réserve le poste de travail", "Books the desk"), ("", ""), {}),
    ("y_hris", 2, "sys", ("SIRH", "HR information system"), ("", ""), {}),
    # --- Premier jour
    ("s_arrive", 3, "steps", ("Arriver et s'installer", "Arrive and settle in"), ("", ""), {}),
    ("t_reception", 3, "tp", ("Accueil à la réception", "Welcome at reception"),
     ("Personne n'est prévenu de l'arrivée.", "Nobody was told about the arrival."),
     {"ch": "in_person", "dep": "facilities", "score": 3, "emo": "anxiety", "io": "human"}),
    ("t_badge", 3, "tp", ("Remise du badge", "Badge hand-over"),
     ("Badge provisoire, accès refusé au parking.", "Temporary badge; car park access denied."),
     {"ch": "in_person", "dep": "facilities", "score": 4, "emo": "frustration", "io": "human"}),
    ("t_laptop", 3, "tp", ("Remise du PC", "Laptop hand-over"),
     ("Pas de PC : il arrivera « dans la semaine ».", "No laptop: it will come “later this week”."),
     {"ch": "in_person", "dep": "it", "score": 2, "emo": "frustration", "io": "human"}),
    ("t_login", 3, "tp", ("Première connexion", "First log-in"),
     ("Comptes non créés ; mot de passe envoyé sur l'ancienne adresse.",
      "Accounts not ready; password sent to the old address."),
     {"ch": "website", "dep": "it", "score": 2, "emo": "anger", "io": "digital"}),
    ("e_ready", 3, "exp", ("Être attendu, avoir un poste prêt", "Be expected, with a desk ready"), ("", ""), {}),
    ("i_reception", 3, "irr", ("Personne à l'accueil", "Nobody at the reception desk"),
     ("Attente de 40 minutes dans le hall.", "A 40-minute wait in the lobby."),
     {"sev": 4, "share": 35, "ev": "observation", "st": "observed"}),
    ("i_laptop", 3, "irr", ("Pas d'ordinateur le premier jour", "No laptop on day one"),
     ("Cité par plus de la moitié des arrivants.", "Mentioned by more than half of newcomers."),
     {"sev": 5, "share": 55, "ev": "survey", "st": "observed"}),
    ("i_accounts", 3, "irr", ("Comptes non prêts", "Accounts not ready"),
     ("Tickets au support dès 9 h.", "Support tickets from 9 a.m."),
     {"sev": 4, "share": 40, "ev": "customer_service", "st": "observed"}),
    ("f_hr_welcome", 3, "hr", ("Accueil collectif à 10 h", "Group welcome at 10 a.m."), ("", ""), {}),
    ("f_mgr_absent", 3, "mgr", ("Absent en réunion le matin", "In meetings all morning"), ("", ""), {}),
    ("b_it_accounts", 3, "it", ("Crée les comptes en retard", "Creates the accounts late"),
     ("La demande arrive le jour même.", "The request arrives on the day."), {}),
    ("b_fac_badge", 3, "fac", ("Badge non activé", "Badge not activated"), ("", ""), {}),
    ("y_iam", 3, "sys", ("Annuaire et gestion des identités", "Directory and identity management"), ("", ""), {}),
    ("o_celebrate", 3, "opp", ("Faire de la remise du matériel une petite fête",
                              "Make the equipment hand-over a small celebration"),
     ("PC, badge et mot du manager sur le bureau à l'arrivée.",
      "Laptop, badge and a note from the manager on the desk."), {}),
    # --- Première semaine
    ("s_discover", 4, "steps", ("Découvrir l'équipe et les outils", "Meet the team and the tools"), ("", ""), {}),
    ("t_meeting", 4, "tp", ("Réunion d'accueil", "Welcome meeting"),
     ("Présentation de l'équipe et des objectifs.", "The team and the goals presented."),
     {"ch": "in_person", "dep": "manager", "score": 8, "emo": "trust", "io": "human"}),
    ("t_lunch", 4, "tp", ("Déjeuner d'équipe", "Team lunch"),
     ("Le moment le plus cité comme positif.", "The moment most often quoted as positive."),
     {"ch": "in_person", "dep": "manager", "score": 9, "emo": "joy", "io": "human"}),
    ("t_training", 4, "tp", ("Formation aux outils", "Tools training"),
     ("Visio générique de 3 h.", "A generic 3-hour video call."),
     {"ch": "video_call", "dep": "it", "score": 6, "emo": "neutral", "io": "digital"}),
    ("e_role", 4, "exp", ("Comprendre son rôle et ses objectifs", "Understand the role and goals"), ("", ""), {}),
    ("i_training", 4, "irr", ("Formation trop générale", "Training too generic"),
     ("", ""), {"sev": 2, "share": 30, "ev": "survey", "st": "assumed"}),
    ("n_buddy", 4, "ench", ("Un parrain qui répond à tout", "A buddy who answers every question"),
     ("", ""), {}),
    ("f_mgr_goals", 4, "mgr", ("Présente l'équipe et les objectifs", "Introduces the team and the goals"),
     ("", ""), {}),
    ("b_it_rights", 4, "it", ("Ouvre les droits applicatifs", "Grants application rights"), ("", ""), {}),
    ("o_training", 4, "opp", ("Parcours de formation par métier", "Role-based training path"), ("", ""), {}),
    # --- Premier mois
    ("s_autonomy", 5, "steps", ("Devenir autonome", "Become autonomous"), ("", ""), {}),
    ("t_astonish", 5, "tp", ("Rapport d'étonnement avec les RH", "“Fresh eyes” review with HR"),
     ("30 minutes pour dire ce qui surprend.", "30 minutes to say what surprised you."),
     {"ch": "in_person", "dep": "hr", "score": 7, "emo": "relief", "io": "human"}),
    ("t_trial", 5, "tp", ("Bilan de fin de période d'essai", "End-of-trial review"),
     ("Avec le manager ; confirmation dans le poste.", "With the manager; confirmed in the role."),
     {"ch": "in_person", "dep": "manager", "score": 8, "emo": "trust", "io": "human", "last": True}),
    ("e_feedback", 5, "exp", ("Un retour sur son intégration", "Feedback on the onboarding"), ("", ""), {}),
    ("i_expenses", 5, "irr", ("Notes de frais refusées faute d'accès", "Expense claims rejected: no access"),
     ("", ""), {"sev": 2, "share": 25, "ev": "customer_service", "st": "observed"}),
    ("n_director", 5, "ench", ("Mot d'accueil du directeur", "A welcome note from the director"), ("", ""), {}),
    ("f_hr_review", 5, "hr", ("Organise le rapport d'étonnement", "Organises the fresh-eyes review"),
     ("", ""), {}),
    ("b_fac_adjust", 5, "fac", ("Ajuste le poste (écran, siège)", "Adjusts the desk (screen, chair)"),
     ("", ""), {}),
    ("y_expenses", 5, "sys", ("Outil de notes de frais", "Expense tool"), ("", ""), {}),
    ("o_survey", 5, "opp", ("Questionnaire d'intégration à J+30", "Onboarding survey at day 30"), ("", ""), {}),
]

#: source key, target key, link kind
LINKS: list[tuple[str, str, str]] = [
    ("b_it_order", "t_laptop", "supports"),
    ("b_it_accounts", "t_login", "supports"),
    ("b_fac_badge", "t_badge", "supports"),
    ("i_laptop", "t_laptop", "causes"),
    ("i_accounts", "t_login", "causes"),
    ("i_reception", "t_reception", "causes"),
    ("i_two_mails", "t_welcome_mail", "causes"),
    ("o_celebrate", "i_laptop", "answers"),
]

#: The to-be journey: card key -> overrides; keys in TO_BE_DROPPED are left out.
TO_BE_CHANGES: dict[str, dict[str, Any]] = {
    "t_reception": {"score": 7, "emo": "trust",
                    "body": ("La réception a la liste des arrivées et prévient le manager.",
                             "Reception has the list of arrivals and calls the manager.")},
    "t_badge": {"score": 7, "emo": "relief", "body": ("Badge définitif prêt, parking compris.",
                                                      "Final badge ready, car park included.")},
    "t_laptop": {"score": 9, "emo": "joy",
                 "title": ("Remise festive de l'équipement", "Festive equipment hand-over"),
                 "body": ("PC, badge et mot du manager sur le bureau : une petite fête.",
                          "Laptop, badge and a note from the manager on the desk: a small celebration.")},
    "t_login": {"score": 8, "emo": "relief", "body": ("Comptes créés à J-3, mot de passe remis en main propre.",
                                                      "Accounts created 3 days ahead; password handed over.")},
    "t_documents": {"score": 6, "emo": "trust"},
    "t_welcome_mail": {"score": 8, "emo": "joy",
                       "body": ("Un seul e-mail commun RH et manager, avec le programme du premier jour.",
                                "One joint HR and manager e-mail with the day-one programme.")},
    "t_training": {"score": 7, "emo": "trust"},
    "b_it_order": {"body": ("Commande déclenchée à la signature du contrat.",
                            "Order triggered when the contract is signed.")},
    "b_it_accounts": {"title": ("Crée les comptes à J-3", "Creates the accounts 3 days ahead"), "body": ("", "")},
}
TO_BE_DROPPED = {"i_reception", "i_laptop", "i_accounts", "i_two_mails", "f_mgr_absent", "o_celebrate"}

#: title, description, department, impact, effort, share, risk, status, horizon, due (ISO), card keys
ACTIONS: list[tuple[T, T, str, int, int, float, int, str, str, str, list[str]]] = [
    (("Préparer PC et comptes à J-3", "Laptop and accounts ready 3 days ahead"),
     ("La commande part à la signature ; la DSI valide la veille.", "Ordered at signature; IT checks the day before."),
     "it", 5, 2, 55, 2, "planned", "quick_win", "2027-01-15", ["i_laptop", "i_accounts"]),
    (("Prévenir la réception de chaque arrivée", "Tell reception about every arrival"),
     ("Liste hebdomadaire partagée avec l'accueil.", "A weekly list shared with reception."),
     "facilities", 4, 1, 35, 1, "doing", "quick_win", "2026-12-15", ["i_reception"]),
    (("Un seul e-mail de bienvenue commun", "One joint welcome e-mail"),
     ("Modèle commun RH-manager avec le programme du premier jour.", "A joint HR-manager template with the day-one programme."),
     "hr", 3, 1, 60, 1, "idea", "quick_win", "2027-01-31", ["i_two_mails"]),
    (("Tableau de suivi des arrivées RH-DSI-SG", "Shared arrivals tracker for HR, IT, Facilities"),
     ("Chaque arrivée suivie de la signature au premier jour.", "Each arrival tracked from signature to day one."),
     "it", 5, 3, 55, 2, "planned", "months_3", "2027-03-31", ["i_laptop", "i_accounts", "i_reception"]),
    (("Parcours de formation par métier", "Role-based training path"),
     ("Remplacer la visio générique par des modules par métier.", "Replace the generic call with role modules."),
     "hr", 4, 4, 30, 3, "idea", "months_12", "2027-09-30", ["i_training"]),
    (("Accès aux notes de frais dès le premier jour", "Expense tool access from day one"),
     ("", ""), "it", 2, 2, 25, 1, "idea", "months_3", "2027-02-28", ["i_expenses"]),
]

#: name, unit, direction, baseline, target, actual, stage index, card key, description
KPIS: list[tuple[T, T, str, float, float, float, int | None, str | None, T]] = [
    (("Arrivants équipés le premier jour", "Newcomers equipped on day one"), ("%", "%"), "higher",
     45, 95, 60, 3, "i_laptop", ("PC et comptes opérationnels à 10 h.", "Laptop and accounts working at 10 a.m.")),
    (("Satisfaction d'intégration à J+30", "Onboarding satisfaction at day 30"), ("/10", "/10"), "higher",
     5.8, 7.5, 6.4, 5, None, ("Questionnaire court, 5 questions.", "A short 5-question survey.")),
    (("Délai de création des comptes", "Account creation lead time"), ("jours", "days"), "lower",
     4, 0, 2, 3, "i_accounts", ("Entre la demande et l'ouverture.", "From request to opening.")),
    (("Départs en période d'essai", "Departures during the trial period"), ("%", "%"), "lower",
     15, 5, 12, None, None, ("Sur douze mois glissants.", "Over a rolling twelve months.")),
]

#: name, stage index, card key, channel key, method, timing, description
MEASUREMENT_POINTS: list[tuple[T, int, str | None, str, str, T, T]] = [
    (("Questionnaire du premier jour", "Day-one pulse survey"), 3, "t_login", "email", "csat",
     ("le soir du premier jour", "on the evening of day one"),
     ("Trois questions : attendu ? équipé ? accompagné ?", "Three questions: expected? equipped? supported?")),
    (("Enquête d'intégration à J+30", "Day-30 onboarding survey"), 5, "t_astonish", "portal", "nps",
     ("30 jours après l'arrivée", "30 days after arrival"),
     ("Recommanderiez-vous l'entreprise à un proche ?", "Would you recommend the company to a friend?")),
    (("Rapport d'étonnement", "Fresh-eyes review"), 5, "t_astonish", "in_person", "customer_listening",
     ("fin du premier mois", "end of the first month"), ("", "")),
]
