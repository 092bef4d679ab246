"""The poster options chosen last, kept in the settings for the next poster (and the preferences' defaults)."""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Any

from app.export.poster_options import PosterOptions
from app.ui import settings

_SETTINGS_KEY = "export/poster/"


def load_options() -> PosterOptions:
    """The poster options chosen last (defaults the first time, or when the stored ones make no sense)."""
    stored = settings.settings()
    default = PosterOptions()
    values: dict[str, Any] = {}
    for name, value in asdict(default).items():
        if name == "compare":
            continue  # journey ids belong to one project
        raw = stored.value(_SETTINGS_KEY + name, None)
        if raw is None or raw == "":
            continue
        try:
            if name == "scale_percent" or isinstance(value, float):
                values[name] = _number(raw)
            elif isinstance(value, bool):
                values[name] = raw in (True, "true", "1", 1)
            else:
                values[name] = str(raw)
        except (TypeError, ValueError):
            continue
    return replace(default, **values).sanitised()


def _number(raw: object) -> float:
    """A number as the settings file keeps it (text, or a number); ValueError for anything else."""
    if isinstance(raw, (str, int, float)):
        return float(raw)
    raise ValueError(f"not a number: {raw!r}")


def save_options(options: PosterOptions) -> None:
    """Remember ``options`` for the next poster."""
    stored = settings.settings()
    for name, value in asdict(options).items():
        if name != "compare":
            stored.setValue(_SETTINGS_KEY + name, "" if value is None else value)
