"""The words of the XLSX workbook in English and French: sheet names, headers and values.

A workbook is written in its project's language (:class:`~app.model.enums.Language`);
the importer reads either language, and the stored values too (``in_person``,
``months_3``), so a workbook from an English project imports into a French
one and back. Lookups are made on :func:`normalise`'d text (no case, accents,
``_``/``-`` or repeated spaces).
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from typing import Any

from app.model.enums import (
    ActionStatus,
    Direction,
    Emotion,
    EvidenceSource,
    EvidenceStatus,
    Horizon,
    Interaction,
    JourneyState,
    LaneKind,
    Language,
    LinkKind,
    ServicePreference,
)


def normalise(text: str) -> str:
    """``text`` without case, accents, ``_``/``-`` or repeated spaces: how headers and values are compared."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.sub(r"[_\-\s]+", " ", text.casefold()).split())


#: Each sheet's key and its (English, French) name.
SHEETS: dict[str, tuple[str, str]] = {
    "cards": ("Cards", "Cartes"), "matrix": ("Matrix", "Matrice"), "journey": ("Journey", "Parcours"),
    "stages": ("Stages", "Étapes"), "lanes": ("Lanes", "Couloirs"), "channels": ("Channels", "Canaux"),
    "personas": ("Personas", "Personas"), "links": ("Links", "Liens"), "actions": ("Actions", "Actions"),
    "kpis": ("KPIs", "Indicateurs"), "votes": ("Votes", "Votes"), "comments": ("Comments", "Commentaires"),
}
#: Sheets that record the workshop (the latest dot vote, the comments): written, not imported back.
RECORD_SHEETS = ("votes", "comments")

#: The (English, French) header of every column of every sheet but the cards' (see ``CARD_HEADERS``).
HEADERS: dict[str, dict[str, tuple[str, str]]] = {
    "journey": {"field": ("Field", "Champ"), "value": ("Value", "Valeur")},
    "stages": {"position": ("Position", "Position"), "name": ("Name", "Nom"),
               "description": ("Description", "Description"), "duration": ("Duration", "Durée"),
               "waiting_time": ("Waiting time", "Temps d'attente"), "colour": ("Colour", "Couleur")},
    "lanes": {"position": ("Position", "Position"), "name": ("Name", "Nom"), "kind": ("Kind", "Type"),
              "department": ("Department", "Service"), "colour": ("Colour", "Couleur"),
              "collapsed": ("Collapsed", "Replié")},
    "channels": {"key": ("Key", "Clé"), "name": ("Name", "Nom"), "icon": ("Icon", "Icône"),
                 "nature": ("Nature", "Nature")},
    "personas": {"name": ("Name", "Nom"), "in_journey": ("In this journey", "Dans ce parcours"),
                 "role": ("Role", "Rôle"), "segment": ("Segment", "Segment"), "age_band": ("Age band", "Âge"),
                 "quote": ("Quote", "Citation"), "biography": ("Biography", "Biographie"),
                 "goals": ("Goals", "Objectifs"), "frustrations": ("Frustrations", "Frustrations"),
                 "hobbies": ("Hobbies", "Loisirs"),
                 "service_preference": ("Service preference", "Préférence de service"),
                 "digital_ease": ("Digital ease (1-5)", "Aisance numérique (1-5)"),
                 "colour": ("Colour", "Couleur"), "channels": ("Channels", "Canaux"), "notes": ("Notes", "Notes")},
    "links": {"source": ("From card", "De la carte"), "target": ("To card", "Vers la carte"),
              "kind": ("Kind", "Type"), "label": ("Label", "Libellé"),
              "source_title": ("From (title)", "De (titre)"), "target_title": ("To (title)", "Vers (titre)")},
    "actions": {"id": ("Id", "Id"), "title": ("Title", "Titre"), "description": ("Description", "Description"),
                "department": ("Department", "Service"), "impact": ("Impact (1-5)", "Impact (1-5)"),
                "effort": ("Effort (1-5)", "Effort (1-5)"), "risk": ("Risk (1-5)", "Risque (1-5)"),
                "affected_share": ("Share affected (%)", "Part concernée (%)"), "status": ("Status", "Statut"),
                "horizon": ("Horizon", "Horizon"), "due_date": ("Due date", "Échéance"),
                "cards": ("Cards (ids)", "Cartes (ids)"), "card_titles": ("Card titles", "Titres des cartes"),
                "notes": ("Notes", "Notes")},
    "kpis": {"id": ("Id", "Id"), "name": ("Name", "Nom"), "unit": ("Unit", "Unité"),
             "direction": ("Direction", "Sens"), "baseline": ("Baseline", "Référence"),
             "target": ("Target", "Cible"), "actual": ("Actual", "Réel"), "stage": ("Stage", "Étape"),
             "card": ("Card (id)", "Carte (id)"), "description": ("Description", "Description")},
    "votes": {"rank": ("Rank", "Rang"), "card": ("Card (id)", "Carte (id)"), "title": ("Card", "Carte"),
              "dots": ("Dots", "Gommettes"), "round": ("Round", "Tour"), "held_at": ("Held on", "Tenu le")},
    "comments": {"id": ("Id", "Id"), "answers": ("Answers (id)", "Répond à (id)"), "on": ("On", "Sur"),
                 "author": ("Author", "Auteur"), "date": ("Date", "Date"), "text": ("Text", "Texte"),
                 "resolved": ("Resolved", "Résolu")},
}

#: The (English, French) header of each card column (the CSV keeps the column keys).
CARD_HEADERS: dict[str, tuple[str, str]] = {
    "stage": ("Stage", "Étape"), "stage_position": ("Stage position", "Position de l'étape"),
    "lane": ("Lane", "Couloir"), "lane_kind": ("Lane kind", "Type de couloir"), "position": ("Position", "Rang"),
    "title": ("Title", "Titre"), "body": ("Text", "Texte"), "channel": ("Channel", "Canal"),
    "department": ("Department", "Service"), "score": ("Score", "Note de satisfaction"),
    "emotion": ("Emotion", "Émotion"), "interaction": ("Interaction", "Nature"),
    "severity": ("Severity (1-5)", "Gravité (1-5)"), "affected_share": ("Share affected (%)", "Part concernée (%)"),
    "evidence": ("Evidence", "Source"), "evidence_status": ("Evidence status", "Statut de la preuve"),
    "moment_of_truth": ("Moment of truth (set)", "Moment de vérité (choisi)"), "tags": ("Tags", "Étiquettes"),
    "note": ("Note", "Remarque"), "duration": ("Duration", "Durée"), "colour": ("Colour", "Couleur"),
    "id": ("Id", "Id"), "curve_moment": ("Moment of truth (curve)", "Moment de vérité (courbe)"),
}

#: The (English, French) label of each enum value written in a workbook.
VALUE_LABELS: dict[type[enum.Enum], dict[str, tuple[str, str]]] = {
    LaneKind: {
        "steps": ("Steps", "Étapes"), "touchpoints": ("Touchpoints", "Points de contact"),
        "emotions": ("Emotions", "Émotions"), "expectations": ("Expectations", "Attentes"),
        "irritants": ("Pain points", "Irritants"), "enchantments": ("Delights", "Enchantements"),
        "front_stage": ("Front stage", "Front office"), "back_stage": ("Back stage", "Back office"),
        "support_systems": ("Support systems", "Systèmes support"),
        "opportunities": ("Opportunities", "Opportunités"), "kpis": ("KPIs", "Indicateurs"),
        "data": ("Data", "Données"), "employee": ("Employee", "Collaborateurs"),
        "externalities": ("Externalities", "Externalités"), "notes": ("Notes", "Notes"),
    },
    Emotion: {
        "joy": ("Joy", "Joie"), "trust": ("Trust", "Confiance"), "surprise": ("Surprise", "Surprise"),
        "relief": ("Relief", "Soulagement"), "neutral": ("Neutral", "Neutre"), "anxiety": ("Anxiety", "Anxiété"),
        "confusion": ("Confusion", "Confusion"), "frustration": ("Frustration", "Frustration"),
        "anger": ("Anger", "Colère"), "sadness": ("Sadness", "Tristesse"),
    },
    Interaction: {"digital": ("Digital", "Numérique"), "human": ("Human", "Humain")},
    EvidenceSource: {
        "interview": ("Interviews", "Entretiens"), "observation": ("Observation", "Observation"),
        "survey": ("Survey", "Enquête"), "analytics": ("Analytics", "Analytique"),
        "customer_service": ("Customer service", "Service client"),
        "social_media": ("Social media", "Réseaux sociaux"),
    },
    EvidenceStatus: {"observed": ("Observed", "Observé"), "assumed": ("Assumed", "Supposé")},
    LinkKind: {"flow": ("Flow", "Enchaînement"), "supports": ("Supports", "Soutient"),
               "causes": ("Causes", "Cause"), "answers": ("Answers", "Répond à"), "relates": ("Relates", "Lié à")},
    ActionStatus: {"idea": ("Idea", "Idée"), "planned": ("Planned", "Planifiée"), "doing": ("Doing", "En cours"),
                   "done": ("Done", "Terminée"), "dropped": ("Dropped", "Abandonnée")},
    Horizon: {"quick_win": ("Quick win", "Gain rapide"), "months_3": ("< 3 months", "< 3 mois"),
              "months_12": ("< 12 months", "< 12 mois"), "later": ("Later", "Plus tard")},
    Direction: {"higher": ("Higher is better", "Plus haut est mieux"),
                "lower": ("Lower is better", "Plus bas est mieux")},
    ServicePreference: {"self_service": ("Self-service", "Autonome"), "done_for_me": ("Done for me", "Pris en charge"),
                        "either": ("Either", "Indifférent")},
    JourneyState: {"as_is": ("As-is", "Actuel"), "to_be": ("To-be", "Cible")},
}

#: The Journey sheet's fields and their (English, French) names.
JOURNEY_FIELDS: dict[str, tuple[str, str]] = {
    "title": ("Title", "Titre"), "customer_goal": ("Customer goal", "Objectif du client"),
    "expectations": ("Expectations", "Attentes"), "scope": ("Scope", "Périmètre"), "state": ("State", "État"),
    "target_score": ("Target score", "Note cible"), "drop_threshold": ("Drop threshold", "Seuil de chute"),
    "notes": ("Notes", "Notes"), "journey_id": ("Journey id", "Id du parcours"),
    "project_created": ("Project created", "Projet créé le"),
}

YES_NO = {True: ("yes", "oui"), False: ("no", "non")}


def _pick(pair: tuple[str, str], language: Language) -> str:
    return pair[1] if language is Language.FR else pair[0]


def sheet_name(key: str, language: Language) -> str:
    """The name of the sheet ``key`` in ``language``."""
    return _pick(SHEETS[key], language)


def sheet_key(name: str) -> str | None:
    """The key of a sheet named in either language, or None."""
    wanted = normalise(name)
    return next((key for key, pair in SHEETS.items() if wanted in {normalise(p) for p in pair}), None)


def header(sheet: str, column: str, language: Language) -> str:
    """A column's header in ``language``."""
    pairs = CARD_HEADERS if sheet == "cards" else HEADERS[sheet]
    return _pick(pairs[column], language)


@functools.cache
def column_keys(sheet: str) -> dict[str, str]:
    """Normalised header (either language, or the key itself) -> column key, for a sheet."""
    pairs = CARD_HEADERS if sheet == "cards" else HEADERS[sheet]
    found: dict[str, str] = {}
    for key, pair in pairs.items():
        for text in (key, *pair):
            found.setdefault(normalise(text), key)
    return found


def label(value: Any, language: Language) -> Any:
    """An enum member or a boolean as the workbook writes it in ``language``; other values unchanged."""
    if isinstance(value, bool):
        return _pick(YES_NO[value], language)
    if isinstance(value, enum.Enum):
        pair = VALUE_LABELS.get(type(value), {}).get(value.value)
        return _pick(pair, language) if pair else value.value
    return value


@functools.cache
def enum_words(choices: type[enum.Enum]) -> dict[str, str]:
    """Normalised words (value, English or French label) -> value, for an enum."""
    words: dict[str, str] = {}
    for member in choices:
        words[normalise(member.value)] = member.value
        for text in VALUE_LABELS.get(choices, {}).get(member.value, ()):
            words.setdefault(normalise(text), member.value)
    return words
