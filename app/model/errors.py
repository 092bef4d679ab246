"""Errors a user can act on: one translatable sentence each.

The model imports no Qt, so it cannot call ``tr()``. Messages are written in
English inside :func:`QT_TRANSLATE_NOOP` (which ``pyside6-lupdate`` extracts
into the ``.ts`` catalogues under the context ``"errors"``) and translated by
whoever shows them: the editor and the CLI pass :func:`app.i18n.translate`
to :meth:`ParcoursError.message`. Parameters are filled in after translation
with ``str.format`` names, so translators can move them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: Context under which model messages live in the translation catalogues.
CONTEXT = "errors"

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    return text


class ParcoursError(Exception):
    """Base of every error meant for the user: one sentence, translatable, with parameters."""

    def __init__(self, text: str, /, **params: Any) -> None:
        super().__init__(text)
        #: The English source sentence (a key of the translation catalogue).
        self.text = text
        #: Values for the ``{name}`` fields of the sentence.
        self.params = params

    def message(self, translate: Translate | None = None) -> str:
        """The sentence in the user's language (English when ``translate`` is None)."""
        text = translate(CONTEXT, self.text) if translate else self.text
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**self.params)

    def __str__(self) -> str:
        return self.message()


class ModelError(ParcoursError):
    """An edit that the model refuses (unknown id, value out of range, impossible move)."""


class ProjectFileError(ParcoursError):
    """A project file that cannot be opened, saved or trusted.

    ``kind`` says why, for programs: ``missing``, ``directory``, ``empty``,
    ``not_sqlite``, ``not_parcours``, ``newer``, ``damaged``, ``locked``,
    ``read_only``, ``hot_journal``, ``permission``, ``io``, ``foreign`` (objects
    Parcours did not make: the file opens without them).
    """

    def __init__(self, kind: str, text: str, /, **params: Any) -> None:
        super().__init__(text, **params)
        self.kind = kind

    @property
    def damaged(self) -> bool:
        """True when the file is ours but broken (``parcours check`` exits 1, not 2)."""
        return self.kind in {"damaged", "hot_journal", "foreign"}
