"""The poster options chosen last, kept in the settings for the next poster (and the preferences' defaults)."""

from __future__ import annotations

from dataclasses import asdict, replace

from app.export.poster_options import PosterOptions
from app.ui import settings

_SETTINGS_KEY = "export/poster/"


def load_options() -> PosterOptions:
    """The poster options chosen last (defaults the first time, or when the stored ones make no sense)."""
    stored = settings.settings()
    default = PosterOptions()
    values: dict[str, object] = {}
    for name, value in asdict(default).items():
        if name == "compare":
            continue  # journey ids belong to one project
        raw = stored.value(_SETTINGS_KEY + name, None)
        if raw is None or raw == "":
            continue
        try:
            if name == "scale_percent":
                values[name] = float(raw)
            elif isinstance(value, bool):
                values[name] = raw in (True, "true", "1", 1)
            elif isinstance(value, float):
                values[name] = float(raw)
            else:
                values[name] = str(raw)
        except (TypeError, ValueError):
            continue
    return replace(default, **values).sanitised()


def save_options(options: PosterOptions) -> None:
    """Remember ``options`` for the next poster."""
    stored = settings.settings()
    for name, value in asdict(options).items():
        if name != "compare":
            stored.setValue(_SETTINGS_KEY + name, "" if value is None else value)
