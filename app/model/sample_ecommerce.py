"""Content of the built-in template "Commander en ligne" / "Buying online".

An online purchase at a home-goods web shop, seen by the customer: from the
search to the return of a parcel. Every text is a ``(French, English)`` pair;
:mod:`app.model.templates` turns these tables into rows (same table shapes as
:mod:`app.model.sample_onboarding`).
"""

from __future__ import annotations

from typing import Any

T = tuple[str, str]

DESCRIPTION: T = ("Un achat sur un site marchand, de la recherche au retour du colis.",
                  "A purchase on a web shop, from the search to returning the parcel.")

JOURNEY: dict[str, Any] = {
    "title": ("Commander en ligne", "Buying online"),
    "goal": ("Trouver le bon produit et le recevoir sans surprise.", "Find the right product and get it without surprises."),
    "expectations": ("Des prix clairs ; une date de livraison tenue ; un retour facile.",
                     "Clear prices; a delivery date that holds; an easy return."),
    "scope": ("Commandes web et mobile livrées à domicile, France métropolitaine.",
              "Web and mobile orders delivered at home, mainland France."),
    "notes": ("D'après 12 entretiens clients et l'analyse des contacts au service client (T3 2026).",
              "From 12 customer interviews and the analysis of customer service contacts (Q3 2026)."),
    "target": 7,
}

PROJECT: dict[str, T] = {
    "title": ("Parcours d'achat en ligne", "Online purchase journey"),
    "organisation": ("Maison & Jardin Direct", "Home & Garden Direct"),
    "author": ("Équipe expérience client", "Customer experience team"),
}

OBJECTIVES: list[tuple[str, T, T]] = [
    ("acquisition", ("Convertir plus de visites en commandes", "Turn more visits into orders"),
     ("Le panier est abandonné dans 7 cas sur 10.", "Seven baskets out of ten are abandoned.")),
    ("satisfaction", ("Des livraisons sans mauvaise surprise", "Deliveries without bad surprises"),
     ("Un client sur cinq appelle pour savoir où est son colis.", "One customer in five calls to ask where the parcel is.")),
]

PERSONAS: list[dict[str, Any]] = [
    {"name": ("Inès Moreau", "Inès Moreau"), "role": ("Infirmière, mère de deux enfants", "Nurse, mother of two"),
     "segment": ("Acheteurs pressés sur mobile", "Busy mobile shoppers"), "age_band": ("35-44 ans", "35-44"),
     "quote": ("« Je commande le soir, sur mon téléphone, en cinq minutes. »",
               "“I order in the evening, on my phone, in five minutes.”"),
     "biography": ("Horaires décalés ; achète presque tout en ligne.", "Shift work; buys almost everything online."),
     "goals": ("Payer vite ; être livrée un jour où elle est là.", "Pay fast; be delivered on a day she is at home."),
     "frustrations": ("Les frais de port découverts au dernier moment.", "Delivery costs found out at the last step."),
     "hobbies": ("Jardinage, séries.", "Gardening, TV series."), "channels": ["mobile_app", "sms", "email"],
     "service_preference": "self_service", "digital_ease": 4, "colour": "#2E9E50"},
    {"name": ("Bernard Roux", "Bernard Roux"), "role": ("Retraité, bricoleur", "Retired, keen on DIY"),
     "segment": ("Clients fidèles sur ordinateur", "Loyal desktop customers"), "age_band": ("65 ans et plus", "65+"),
     "quote": ("« Je veux parler à quelqu'un quand le colis n'arrive pas. »",
               "“I want to talk to someone when the parcel does not come.”"),
     "biography": ("Client depuis dix ans ; compare longuement avant d'acheter.",
                   "A customer for ten years; compares at length before buying."),
     "goals": ("Être sûr de la compatibilité ; suivre sa livraison.", "Be sure it fits; follow the delivery."),
     "frustrations": ("Les numéros surtaxés ; les suivis de colis muets.", "Premium-rate numbers; silent parcel tracking."),
     "hobbies": ("Menuiserie, pétanque.", "Woodwork, boules."), "channels": ["website", "phone", "email"],
     "service_preference": "done_for_me", "digital_ease": 2, "colour": "#8E44AD"},
]

#: key, name, side, origin, colour
DEPARTMENTS: list[tuple[str, T, str, str, str]] = [
    ("web", ("Équipe e-commerce", "E-commerce team"), "front", "internal", "#2F80C0"),
    ("care", ("Service client", "Customer service"), "front", "internal", "#B0507F"),
    ("wh", ("Entrepôt", "Warehouse"), "back", "internal", "#6B7680"),
    ("carrier", ("Transporteur", "Carrier"), "back", "supplier", "#8A7357"),
]

#: name, description, duration, waiting time
STAGES: list[tuple[T, T, T, T]] = [
    (("Chercher", "Search"), ("Trouver le bon produit.", "Find the right product."), ("2 à 20 min", "2 to 20 min"), ("", "")),
    (("Commander", "Order"), ("Panier, livraison, paiement.", "Basket, delivery, payment."), ("5 min", "5 min"), ("", "")),
    (("Attendre", "Wait"), ("De la confirmation à l'expédition.", "From confirmation to dispatch."),
     ("1 à 3 jours", "1 to 3 days"), ("jusqu'à 3 jours sans nouvelles", "up to 3 days without news")),
    (("Recevoir", "Receive"), ("La livraison à domicile.", "Home delivery."), ("1 jour", "1 day"), ("créneau de 8 h", "an 8-hour slot")),
    (("Retourner", "Return"), ("Renvoyer un article et être remboursé.", "Send an item back and get the refund."),
     ("1 à 2 semaines", "1 to 2 weeks"), ("10 jours pour le remboursement", "10 days for the refund")),
]

#: key, kind, name, department key
LANES: list[tuple[str, str, T, str | None]] = [
    ("steps", "steps", ("Ce que fait le client", "What the customer does"), None),
    ("tp", "touchpoints", ("Points de contact", "Touchpoints"), None),
    ("emo", "emotions", ("Courbe émotionnelle", "Emotion curve"), None),
    ("irr", "irritants", ("Irritants", "Pain points"), None),
    ("ench", "enchantments", ("Enchantements", "Delights"), None),
    ("front", "front_stage", ("Service client", "Customer service"), "care"),
    ("back", "back_stage", ("Entrepôt et transport", "Warehouse and carrier"), "wh"),
    ("opp", "opportunities", ("Opportunités", "Opportunities"), None),
]

#: key, stage index, lane key, title, body, fields
CARDS: list[tuple[str, int, str, T, T, dict[str, Any]]] = [
    ("s_search", 0, "steps", ("Chercher un salon de jardin", "Look for a garden set"), ("", ""), {}),
    ("t_search", 0, "tp", ("Recherche et filtres", "Search and filters"), ("Filtres par taille peu fiables.", "Size filters unreliable."),
     {"ch": "mobile_app", "dep": "web", "score": 6, "emo": "neutral", "io": "digital", "first": True}),
    ("t_reviews", 0, "tp", ("Avis clients", "Customer reviews"), ("Photos des clients très consultées.", "Customers' photos much viewed."),
     {"ch": "website", "dep": "web", "score": 8, "emo": "trust", "io": "digital"}),
    ("n_photos", 0, "ench", ("Photos des clients", "Photos from customers"), ("", ""), {}),
    ("s_pay", 1, "steps", ("Remplir le panier et payer", "Fill the basket and pay"), ("", ""), {}),
    ("t_basket", 1, "tp", ("Panier", "Basket"), ("Frais de port affichés à la dernière étape.", "Delivery costs shown at the last step."),
     {"ch": "website", "dep": "web", "score": 4, "emo": "frustration", "io": "digital"}),
    ("t_payment", 1, "tp", ("Paiement", "Payment"), ("Validation bancaire en deux étapes.", "Two-step bank check."),
     {"ch": "mobile_app", "dep": "web", "score": 6, "emo": "anxiety", "io": "digital"}),
    ("i_fees", 1, "irr", ("Frais de port découverts trop tard", "Delivery costs found out too late"),
     ("Première cause d'abandon de panier.", "First reason for abandoned baskets."),
     {"sev": 4, "share": 40, "ev": "analytics", "st": "observed"}),
    ("s_wait", 2, "steps", ("Attendre l'expédition", "Wait for dispatch"), ("", ""), {}),
    ("t_confirm", 2, "tp", ("E-mail de confirmation", "Confirmation e-mail"), ("Sans date de livraison.", "With no delivery date."),
     {"ch": "email", "dep": "web", "score": 5, "emo": "neutral", "io": "digital"}),
    ("i_silence", 2, "irr", ("Aucune nouvelle avant l'expédition", "No news before dispatch"), ("", ""),
     {"sev": 3, "share": 30, "ev": "customer_service", "st": "observed"}),
    ("b_pick", 2, "back", ("Préparation de la commande", "Order picking"), ("Rupture découverte en entrepôt.", "Out of stock found in the warehouse."), {"dep": "wh"}),
    ("s_receive", 3, "steps", ("Recevoir le colis", "Receive the parcel"), ("", ""), {}),
    ("t_tracking", 3, "tp", ("Suivi du colis par SMS", "Parcel tracking by SMS"), ("Créneau de 8 h, peu utile.", "An 8-hour slot, of little use."),
     {"ch": "sms", "dep": "carrier", "score": 5, "emo": "anxiety", "io": "digital"}),
    ("t_delivery", 3, "tp", ("Livraison à domicile", "Home delivery"), ("Livreur aimable, colis abîmé une fois sur dix.", "A friendly driver; one parcel in ten damaged."),
     {"ch": "in_person", "dep": "carrier", "score": 7, "emo": "relief", "io": "human"}),
    ("t_call", 3, "tp", ("Appel « où est mon colis ? »", "“Where is my parcel?” call"), ("", ""),
     {"ch": "phone", "dep": "care", "score": 3, "emo": "anger", "io": "human"}),
    ("i_slot", 3, "irr", ("Créneau de livraison trop large", "Delivery slot too wide"), ("", ""),
     {"sev": 3, "share": 50, "ev": "survey", "st": "observed"}),
    ("f_wismo", 3, "front", ("Répond aux appels de suivi", "Answers tracking calls"), ("20 % des appels.", "20% of calls."), {}),
    ("s_return", 4, "steps", ("Retourner un article", "Return an item"), ("", ""), {}),
    ("t_return", 4, "tp", ("Retour en point relais", "Return at a pick-up point"), ("Étiquette à imprimer soi-même.", "A label to print yourself."),
     {"ch": "website", "dep": "care", "score": 5, "emo": "frustration", "io": "digital"}),
    ("t_refund", 4, "tp", ("Remboursement", "Refund"), ("Dix jours après le dépôt.", "Ten days after drop-off."),
     {"ch": "email", "dep": "care", "score": 6, "emo": "relief", "io": "digital", "last": True}),
    ("i_label", 4, "irr", ("Il faut une imprimante", "A printer is needed"), ("", ""),
     {"sev": 2, "share": 35, "ev": "interview", "st": "observed"}),
    ("n_refund", 4, "ench", ("Remboursement sans question", "Refund with no questions asked"), ("", ""), {}),
    ("o_fees", 1, "opp", ("Frais de port dès la fiche produit", "Delivery costs on the product page"), ("", ""), {}),
    ("o_slot", 3, "opp", ("Créneau de 2 h la veille", "A 2-hour slot the day before"), ("", ""), {}),
]

#: source key, target key, link kind
LINKS: list[tuple[str, str, str]] = [
    ("i_fees", "t_basket", "causes"),
    ("i_slot", "t_tracking", "causes"),
    ("b_pick", "t_confirm", "supports"),
    ("o_fees", "i_fees", "answers"),
    ("o_slot", "i_slot", "answers"),
]

#: title, description, department, impact, effort, share, risk, status, horizon, due (ISO), card keys
ACTIONS: list[tuple[T, T, str, int, int, float, int, str, str, str, list[str]]] = [
    (("Afficher les frais de port sur la fiche produit", "Show delivery costs on the product page"),
     ("Calcul selon le code postal mémorisé.", "Computed from the saved postcode."),
     "web", 5, 2, 40, 1, "planned", "quick_win", "2027-01-31", ["i_fees"]),
    (("Créneau de livraison de 2 h", "A 2-hour delivery slot"),
     ("Négocié avec le transporteur, envoyé par SMS la veille.", "Agreed with the carrier, sent by SMS the day before."),
     "care", 4, 3, 50, 2, "idea", "months_3", "2027-04-30", ["i_slot"]),
    (("Étiquette de retour par QR code", "QR-code return label"),
     ("", ""), "care", 3, 2, 35, 1, "idea", "months_3", "2027-03-31", ["i_label"]),
]

#: name, unit, direction, baseline, target, actual, stage index, card key, description
KPIS: list[tuple[T, T, str, float, float, float, int | None, str | None, T]] = [
    (("Taux d'abandon de panier", "Basket abandonment rate"), ("%", "%"), "lower", 71, 60, 68, 1, "i_fees",
     ("Sessions avec panier non payé.", "Sessions with an unpaid basket.")),
    (("Appels « où est mon colis ? »", "“Where is my parcel?” calls"), ("% des commandes", "% of orders"), "lower",
     20, 8, 18, 3, "t_call", ("", "")),
    (("Satisfaction livraison", "Delivery satisfaction"), ("/10", "/10"), "higher", 6.2, 8, 6.5, 3, None,
     ("Enquête après livraison.", "Survey after delivery.")),
]

#: name, stage index, card key, channel key, method, timing, description
MEASUREMENT_POINTS: list[tuple[T, int, str | None, str, str, T, T]] = [
    (("Enquête après livraison", "Post-delivery survey"), 3, "t_delivery", "email", "csat",
     ("le lendemain de la livraison", "the day after delivery"), ("", "")),
]
