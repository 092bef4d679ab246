"""Names of the model's enums that documents print (marked for translation, Qt-free).

The editor and the exporters share these source strings, so one
translation serves both.
"""

from __future__ import annotations

from app.model.enums import Emotion
from app.model.errors import QT_TRANSLATE_NOOP

#: Names of the emotions (context "labels", shared with the editor's inspector).
EMOTION_NAMES: dict[Emotion, str] = {
    Emotion.JOY: QT_TRANSLATE_NOOP("labels", "Joy"),
    Emotion.TRUST: QT_TRANSLATE_NOOP("labels", "Trust"),
    Emotion.SURPRISE: QT_TRANSLATE_NOOP("labels", "Surprise"),
    Emotion.RELIEF: QT_TRANSLATE_NOOP("labels", "Relief"),
    Emotion.NEUTRAL: QT_TRANSLATE_NOOP("labels", "Neutral"),
    Emotion.ANXIETY: QT_TRANSLATE_NOOP("labels", "Anxiety"),
    Emotion.CONFUSION: QT_TRANSLATE_NOOP("labels", "Confusion"),
    Emotion.FRUSTRATION: QT_TRANSLATE_NOOP("labels", "Frustration"),
    Emotion.ANGER: QT_TRANSLATE_NOOP("labels", "Anger"),
    Emotion.SADNESS: QT_TRANSLATE_NOOP("labels", "Sadness"),
}
