"""Channels and departments named in an imported table: matched in the project, or added with a warning.

A channel is matched by its key or its name (case, accents and spacing
aside, and by its exact Unicode name, so names in any script stay
distinct). One the project lacks is added from, in this order: the
workbook's Channels sheet (its key, icon and nature), the built-in catalogue
(``in_person`` or ``En personne / agence`` comes back as the built-in
channel with its icon, named in the project's language), else as a new
channel with a generic icon. Departments are matched by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export.read.journey_plan import name_key
from app.export.workbook_words import normalise
from app.model import ops, templates
from app.model.enums import Interaction, Language
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError
from app.model.schema import Channel, Department, Project


@dataclass(frozen=True)
class ChannelSpec:
    """A channel as a workbook's Channels sheet (or the built-in catalogue) describes it."""

    key: str
    name: str
    icon: str = "generic"
    nature: Interaction = Interaction.DIGITAL


def _keys(*texts: str) -> set[str]:
    found = set()
    for text in texts:
        if text:
            found.add(name_key(text))
            if normalise(text):
                found.add("~" + normalise(text))
    return found


@dataclass
class References:
    """Ids of channels and departments by the names a table gives them, adding what is missing."""

    session: Session
    warnings: list[ParcoursError]
    #: Channels described by the workbook (its Channels sheet).
    specs: list[ChannelSpec] = field(default_factory=list)
    _channels: dict[str, int] | None = None
    _departments: dict[str, int] | None = None
    _cache: dict[tuple[str, str], int | None] = field(default_factory=dict)

    def channel(self, name: str) -> int | None:
        """The id of the channel called ``name`` (key or name), added when missing; None for an empty name."""
        if not name:
            return None
        if ("channel", name) not in self._cache:
            if self._channels is None:
                self._channels = {}
                for row in self.session.scalars(select(Channel).order_by(Channel.position)):
                    for key in _keys(row.key, row.name):
                        self._channels.setdefault(key, row.id)
            found = next((self._channels[key] for key in _keys(name) if key in self._channels), None)
            if found is None:
                found = self._add_channel(name)
            self._cache[("channel", name)] = found
        return self._cache[("channel", name)]

    def _add_channel(self, name: str) -> int:
        wanted = _keys(name)
        spec = next((spec for spec in self.specs if _keys(spec.key, spec.name) & wanted), None)
        if spec is None:
            spec = _builtin(self.session, wanted)
        if spec is None:
            spec = ChannelSpec(re.sub(r"[^a-z0-9]+", "_", normalise(name)).strip("_")[:60] or "channel", name)
        key = spec.key[:60] or "channel"
        while self.session.scalar(select(Channel.id).where(Channel.key == key)) is not None:
            key += "_"
        ident = ops.apply(self.session, ops.Op(ops.add_channel, {"key": key, "name": spec.name, "icon": spec.icon,
                                                               "nature": spec.nature})).result
        for alias in _keys(key, spec.name, name):
            if self._channels is not None:  # read by channel() before any is added
                self._channels.setdefault(alias, ident)
        self.warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "The channel {name} was added to the project's catalogue."), name=spec.name))
        return int(ident)

    def department(self, name: str) -> int | None:
        """The id of the department called ``name``, added when missing; None for an empty name."""
        if not name:
            return None
        if self._departments is None:
            self._departments = {}
            for ident, known in self.session.execute(select(Department.id, Department.name)
                                                     .order_by(Department.position)):
                self._departments.setdefault(name_key(known), ident)
        key = name_key(name)
        if key not in self._departments:
            self._departments[key] = ops.apply(self.session, ops.Op(ops.add_department, {"name": name})).result
            self.warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
                "errors", "The department {name} was added to the project."), name=name))
        return self._departments[key]


def _builtin(session: Session, wanted: set[str]) -> ChannelSpec | None:
    project = session.get(Project, 1)
    french = project is not None and project.language is Language.FR
    for key, icon, nature, fr, en in templates.CHANNELS:
        if _keys(key, fr, en) & wanted:
            return ChannelSpec(key, fr if french else en, icon, nature)
    return None


def channel_specs(rows: list[dict[str, Any]]) -> list[ChannelSpec]:
    """The Channels sheet's rows (``key``, ``name``, ``icon``, ``nature`` already typed) as specs."""
    return [ChannelSpec(row.get("key") or "", row.get("name") or row.get("key") or "", row.get("icon") or "generic",
                        row.get("nature") or Interaction.DIGITAL) for row in rows if row.get("key") or row.get("name")]
