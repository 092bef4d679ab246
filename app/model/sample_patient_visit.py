"""Content of the built-in template "Une consultation à l'hôpital" / "A hospital outpatient visit".

A patient's outpatient visit, from booking to the follow-up, seen by the
patient. ``(French, English)`` pairs, same table shapes as
:mod:`app.model.sample_onboarding`.
"""

from __future__ import annotations

from typing import Any

T = tuple[str, str]

DESCRIPTION: T = ("Une consultation externe, de la prise de rendez-vous au suivi.",
                  "An outpatient visit, from booking to the follow-up.")

JOURNEY: dict[str, Any] = {
    "title": ("Une consultation à l'hôpital", "A hospital outpatient visit"),
    "goal": ("Être soigné sans se perdre ni attendre pour rien.", "Get care without getting lost or waiting for nothing."),
    "expectations": ("Un rendez-vous rapide ; savoir où aller ; comprendre la suite.",
                     "A quick appointment; know where to go; understand what comes next."),
    "scope": ("Consultations externes de cardiologie, premier rendez-vous.", "Cardiology outpatient clinic, first visit."),
    "notes": ("D'après 15 entretiens patients et l'enquête e-Satis 2026.", "From 15 patient interviews and the 2026 patient survey."),
    "target": 7,
}

PROJECT: dict[str, T] = {
    "title": ("Parcours patient en consultation", "Outpatient journey"),
    "organisation": ("Centre hospitalier de Val-Clair", "Val-Clair General Hospital"),
    "author": ("Cellule qualité et expérience patient", "Quality and patient experience unit"),
}

OBJECTIVES: list[tuple[str, T, T]] = [
    ("satisfaction", ("Réduire l'attente le jour de la consultation", "Less waiting on the day of the visit"),
     ("Attente moyenne de 55 minutes après l'heure du rendez-vous.", "An average 55-minute wait after the appointment time.")),
    ("retention", ("Moins de rendez-vous non honorés", "Fewer missed appointments"), ("", "")),
]

PERSONAS: list[dict[str, Any]] = [
    {"name": ("Monique Lambert", "Monique Lambert"), "role": ("Retraitée, veuve", "Retired, widowed"),
     "segment": ("Patients âgés", "Older patients"), "age_band": ("75 ans et plus", "75+"),
     "quote": ("« J'ai peur de ne pas trouver le bon bâtiment. »", "“I'm afraid I won't find the right building.”"),
     "biography": ("Vit seule, vient en taxi conventionné ; malentendante.", "Lives alone, comes by medical taxi; hard of hearing."),
     "goals": ("Être accompagnée ; comprendre son traitement.", "Be guided; understand her treatment."),
     "frustrations": ("Les bornes automatiques ; les appels en salle d'attente.", "Self-service kiosks; names called in the waiting room."),
     "hobbies": ("Tricot, mots croisés.", "Knitting, crosswords."), "channels": ["phone", "letter", "in_person"],
     "service_preference": "done_for_me", "digital_ease": 1, "colour": "#8E44AD"},
    {"name": ("Thomas Petit", "Thomas Petit"), "role": ("Ingénieur, père de famille", "Engineer, father"),
     "segment": ("Actifs pressés", "Busy working people"), "age_band": ("35-44 ans", "35-44"),
     "quote": ("« Je pose une demi-journée, pas une journée entière. »", "“I take half a day off, not a whole day.”"),
     "biography": ("Suivi après un malaise au travail.", "Follow-up after a fainting spell at work."),
     "goals": ("Un créneau précis ; des résultats en ligne.", "A precise slot; results online."),
     "frustrations": ("Le standard injoignable ; les retards non annoncés.", "An unreachable switchboard; unannounced delays."),
     "hobbies": ("Trail, bricolage.", "Trail running, DIY."), "channels": ["website", "sms", "email"],
     "service_preference": "self_service", "digital_ease": 5, "colour": "#2F80C0"},
]

DEPARTMENTS: list[tuple[str, T, str, str, str]] = [
    ("desk", ("Accueil et admissions", "Reception and admissions"), "front", "internal", "#2F80C0"),
    ("care", ("Équipe soignante", "Care team"), "front", "internal", "#B0507F"),
    ("records", ("Secrétariat médical", "Medical secretariat"), "back", "internal", "#6B7680"),
    ("booking", ("Plateforme de réservation", "Booking platform"), "back", "supplier", "#8A7357"),
]

STAGES: list[tuple[T, T, T, T]] = [
    (("Prendre rendez-vous", "Book"), ("Trouver un créneau.", "Find a slot."), ("1 à 3 jours", "1 to 3 days"), ("standard saturé", "switchboard busy")),
    (("Se préparer", "Prepare"), ("Documents, trajet, examens.", "Papers, travel, tests."), ("3 semaines", "3 weeks"), ("", "")),
    (("Arriver", "Arrive"), ("Se garer, trouver, s'enregistrer.", "Park, find the way, check in."), ("30 min", "30 min"), ("15 min à l'accueil", "15 min at reception")),
    (("Consulter", "See the doctor"), ("Examen et échange avec le médecin.", "Examination and talk with the doctor."), ("20 min", "20 min"), ("55 min en salle d'attente", "55 min in the waiting room")),
    (("Après", "Afterwards"), ("Compte rendu, ordonnance, suivi.", "Report, prescription, follow-up."), ("2 semaines", "2 weeks"), ("compte rendu en 10 jours", "report in 10 days")),
]

LANES: list[tuple[str, str, T, str | None]] = [
    ("steps", "steps", ("Ce que vit le patient", "What the patient does"), None),
    ("tp", "touchpoints", ("Points de contact", "Touchpoints"), None),
    ("emo", "emotions", ("Courbe émotionnelle", "Emotion curve"), None),
    ("irr", "irritants", ("Irritants", "Pain points"), None),
    ("ench", "enchantments", ("Enchantements", "Delights"), None),
    ("front", "front_stage", ("Accueil et soignants", "Reception and care team"), "desk"),
    ("back", "back_stage", ("Secrétariat médical", "Medical secretariat"), "records"),
    ("opp", "opportunities", ("Opportunités", "Opportunities"), None),
]

CARDS: list[tuple[str, int, str, T, T, dict[str, Any]]] = [
    ("s_book", 0, "steps", ("Obtenir un rendez-vous", "Get an appointment"), ("", ""), {}),
    ("t_switch", 0, "tp", ("Appel au standard", "Call to the switchboard"), ("Quatre appels avant d'avoir quelqu'un.", "Four calls before reaching someone."),
     {"ch": "phone", "dep": "desk", "score": 2, "emo": "frustration", "io": "human", "first": True}),
    ("t_online", 0, "tp", ("Réservation en ligne", "Online booking"), ("Créneau en trois clics.", "A slot in three clicks."),
     {"ch": "website", "dep": "booking", "score": 8, "emo": "relief", "io": "digital"}),
    ("i_phone", 0, "irr", ("Standard injoignable", "Switchboard unreachable"), ("", ""),
     {"sev": 4, "share": 45, "ev": "survey", "st": "observed"}),
    ("s_prepare", 1, "steps", ("Préparer sa venue", "Prepare the visit"), ("", ""), {}),
    ("t_reminder", 1, "tp", ("SMS de rappel", "Reminder SMS"), ("La veille, sans le bâtiment.", "The day before, without the building."),
     {"ch": "sms", "dep": "booking", "score": 6, "emo": "trust", "io": "digital"}),
    ("t_letter", 1, "tp", ("Convocation par courrier", "Appointment letter"), ("Liste des documents à apporter.", "List of papers to bring."),
     {"ch": "letter", "dep": "records", "score": 6, "emo": "neutral", "io": "human"}),
    ("s_arrive", 2, "steps", ("Trouver le service et s'enregistrer", "Find the clinic and check in"), ("", ""), {}),
    ("t_signs", 2, "tp", ("Signalétique du site", "Site signs"), ("Trois bâtiments « B ».", "Three buildings called “B”."),
     {"ch": "in_person", "dep": "desk", "score": 3, "emo": "anxiety", "io": "human"}),
    ("t_admission", 2, "tp", ("Admission au guichet", "Check-in desk"), ("Carte vitale, mutuelle, attente.", "Health card, insurance, queue."),
     {"ch": "in_person", "dep": "desk", "score": 5, "emo": "neutral", "io": "human"}),
    ("i_lost", 2, "irr", ("Patients perdus sur le site", "Patients lost on site"), ("", ""),
     {"sev": 3, "share": 30, "ev": "observation", "st": "observed"}),
    ("n_volunteer", 2, "ench", ("Un bénévole accompagne jusqu'au service", "A volunteer walks you to the clinic"), ("", ""), {}),
    ("s_consult", 3, "steps", ("Voir le cardiologue", "See the cardiologist"), ("", ""), {}),
    ("t_wait", 3, "tp", ("Salle d'attente", "Waiting room"), ("Retard jamais annoncé.", "Delays never announced."),
     {"ch": "in_person", "dep": "care", "score": 3, "emo": "anxiety", "io": "human"}),
    ("t_doctor", 3, "tp", ("Consultation", "Consultation"), ("Médecin attentif, explications claires.", "An attentive doctor, clear explanations."),
     {"ch": "in_person", "dep": "care", "score": 9, "emo": "trust", "io": "human"}),
    ("i_delay", 3, "irr", ("Retard non annoncé", "Unannounced delay"), ("55 minutes en moyenne.", "55 minutes on average."),
     {"sev": 4, "share": 70, "ev": "survey", "st": "observed"}),
    ("f_nurse", 3, "front", ("Prend les constantes", "Takes vital signs"), ("", ""), {}),
    ("s_after", 4, "steps", ("Suivre son traitement", "Follow the treatment"), ("", ""), {}),
    ("t_report", 4, "tp", ("Compte rendu au médecin traitant", "Report to the GP"), ("Envoyé en 10 jours.", "Sent within 10 days."),
     {"ch": "letter", "dep": "records", "score": 5, "emo": "neutral", "io": "human"}),
    ("t_portal", 4, "tp", ("Résultats sur le portail patient", "Results on the patient portal"), ("", ""),
     {"ch": "portal", "dep": "records", "score": 7, "emo": "relief", "io": "digital", "last": True}),
    ("b_typing", 4, "back", ("Frappe du compte rendu", "Typing the report"), ("", ""), {}),
    ("o_delay", 3, "opp", ("Prévenir du retard par SMS", "Text patients about delays"), ("", ""), {}),
    ("o_map", 1, "opp", ("Plan du site dans le SMS de rappel", "Site map in the reminder SMS"), ("", ""), {}),
]

LINKS: list[tuple[str, str, str]] = [
    ("i_phone", "t_switch", "causes"),
    ("i_delay", "t_wait", "causes"),
    ("b_typing", "t_report", "supports"),
    ("o_delay", "i_delay", "answers"),
    ("o_map", "i_lost", "answers"),
]

ACTIONS: list[tuple[T, T, str, int, int, float, int, str, str, str, list[str]]] = [
    (("SMS en cas de retard de plus de 20 minutes", "SMS when running more than 20 minutes late"), ("", ""),
     "care", 5, 2, 70, 1, "planned", "quick_win", "2027-02-28", ["i_delay"]),
    (("Plan et bâtiment dans le rappel", "Map and building in the reminder"), ("", ""),
     "desk", 3, 1, 30, 1, "doing", "quick_win", "2027-01-15", ["i_lost"]),
    (("Rappel automatique des appels manqués", "Automatic call-back of missed calls"), ("", ""),
     "desk", 4, 3, 45, 2, "idea", "months_3", "2027-05-31", ["i_phone"]),
]

KPIS: list[tuple[T, T, str, float, float, float, int | None, str | None, T]] = [
    (("Attente après l'heure du rendez-vous", "Wait after the appointment time"), ("min", "min"), "lower", 55, 20, 48, 3, "i_delay", ("", "")),
    (("Rendez-vous non honorés", "Missed appointments"), ("%", "%"), "lower", 12, 6, 10, 1, None, ("", "")),
    (("Satisfaction patient", "Patient satisfaction"), ("/10", "/10"), "higher", 6.8, 8, 7.1, 4, None, ("", "")),
]

MEASUREMENT_POINTS: list[tuple[T, int, str | None, str, str, T, T]] = [
    (("Enquête de satisfaction patient", "Patient satisfaction survey"), 4, "t_portal", "email", "survey",
     ("deux semaines après la consultation", "two weeks after the visit"), ("", "")),
]
