"""French everywhere (issue 13): every visible string of the French window and of Qt's dialogs is French.

The same window is built in English and in French and their visible strings
are walked in the same order: a string that reads the same in both, and is a
word rather than a name, a number or a symbol, was not translated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from app import i18n

#: The same in both languages, rightly.
SAME = {"Parcours", "English", "Français", "Journey map", "Zoom", "Actions", "Initiatives", "Moments",
        "Notes", "Description", "Source", "Date", "Type", "Total", "Index", "OK", "Page", "Sample", "Emotion",
        "Stage", "Impact", "Mermaid", "Excel", "CSV", "PDF", "PNG", "SVG", "JSON", "Ok",
        "Interaction", "Note", "Palette", "Personas", "Persona", "Satisfaction", "OpenJourney",
        "Frustrations", "Nature", "Organisation", "Segment", "action"}


@pytest.fixture
def french() -> Iterator[None]:
    i18n.install("fr")
    try:
        yield
    finally:
        i18n.install("en")


def _menu_texts(menu: QMenu) -> Iterator[str]:
    menu.aboutToShow.emit()  # menus filled on demand (Open recent) fill themselves now
    yield menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu())
        elif not action.isSeparator():
            yield action.text()
            if action.shortcut().toString():
                yield action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def _widget_texts(root: QWidget, skip: tuple[QWidget, ...] = ()) -> Iterator[str]:
    for widget in root.findChildren(QWidget):
        if any(widget is s or s.isAncestorOf(widget) for s in skip):
            continue
        if isinstance(widget, QLabel):
            yield widget.text()
        elif isinstance(widget, QAbstractButton):
            yield widget.text()
            yield widget.toolTip()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QDockWidget):
            yield widget.windowTitle()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QComboBox) and widget.objectName().startswith("field_"):
            yield from (widget.itemText(index) for index in range(widget.count()))


def _texts(window) -> list[str]:
    texts = [*(t for a in window.menuBar().actions() if a.menu() for t in _menu_texts(a.menu()))]
    data_widgets = tuple(w for w in (window.canvas_view, window.journey_combo, window.card_palette.list,
                                     window.start_screen.recent, getattr(window.start_screen, "templates", None))
                         if w is not None)
    texts += _widget_texts(window, data_widgets)
    return texts


def _is_words(text: str) -> bool:
    plain = re.sub(r"<[^>]+>|&\w+;|&|\(.*?\)|…", "", text).strip()
    if re.fullmatch(r"(\w+\+)+.+", plain) or ".parcours" in plain:  # a key sequence, a file name
        return False
    plain = re.sub(r"\d+", "", plain).strip()
    return len(re.findall(r"[A-Za-zÀ-ÿ]", plain)) >= 3 and plain not in SAME


def _content(window) -> set[str]:
    """What the project and the machine say (card titles, persona names, screen names): not the interface's words."""
    from PySide6.QtGui import QGuiApplication

    found = {screen.name() for screen in QGuiApplication.screens()}
    if window.document is not None:
        from sqlalchemy import select

        from app.model.schema import Card, Persona

        session = window.document.session
        found |= set(session.scalars(select(Card.title))) | set(session.scalars(select(Persona.name)))
    return {text for text in found if text}


def _untranslated(english: list[str], french: list[str], content: set[str] = frozenset()) -> list[str]:
    assert len(english) == len(french), "the two windows differ in their widgets"
    return sorted({en for en, fr in zip(english, french, strict=False)
                   if en == fr and _is_words(en) and not any(data in en for data in content)})


def _window(make_window, sample_path):
    window = make_window(show=True)
    window.open_path(sample_path, read_only=True)
    card = next(iter(window.scene.cards))
    window.scene.select_cards([card])
    return window


def test_the_french_main_window_speaks_french(make_window, sample_path) -> None:
    window = _window(make_window, sample_path)
    english, content = _texts(window), _content(window)
    i18n.install("fr")
    try:
        french = _texts(_window(make_window, sample_path))
    finally:
        i18n.install("en")
    assert not _untranslated(english, french, content)
    assert any("Fichier" in text for text in french)


def test_the_french_start_screen_speaks_french(make_window) -> None:
    window = make_window(show=True)
    english, content = _texts(window), _content(window)
    i18n.install("fr")
    try:
        french = _texts(make_window(show=True))
    finally:
        i18n.install("en")
    assert not _untranslated(english, french, content)


def test_qt_own_dialogs_and_key_names_are_french(french) -> None:
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    texts = {box.button(b).text().replace("&", "") for b in (QMessageBox.StandardButton.Save,
                                                               QMessageBox.StandardButton.Discard,
                                                               QMessageBox.StandardButton.Cancel)}
    assert "Enregistrer" in texts and "Annuler" in texts and not texts & {"Save", "Discard", "Cancel"}
    assert QKeySequence(QKeySequence.StandardKey.Delete).toString(QKeySequence.SequenceFormat.NativeText) == "Suppr"
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel) if label.text()}
    assert any("Nom de fichier" in text for text in labels), labels
    assert any("Voir dans" in text for text in labels) and any("Fichiers de type" in text for text in labels), labels
    assert not any(text.startswith(("Look in", "File name", "Files of type")) for text in labels)
    dialog.deleteLater()


def test_choosing_a_language_says_in_that_language_that_a_restart_applies_it(make_window, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append(text))
    window = make_window()
    window.actions_by_name["language_fr"].trigger()
    assert shown and "la prochaine fois" in shown[0]


def test_the_french_inspector_never_cuts_a_value_off_silently(make_window, tmp_path) -> None:
    from app.model import templates
    from app.model.schema import Card
    from app.model.store import ProjectStore

    path = tmp_path / "fr.parcours"
    with ProjectStore.create(populate=lambda s: templates.populate(s, "onboarding", "fr")) as store:
        store.save(path)
    i18n.install("fr")
    try:
        window = make_window(path, show=True)
        window.resize(1280, 720)
        card = window.document.session.query(Card).filter(Card.title == "Annonce sur le site carrières") \
            .order_by(Card.id).first()
        window.scene.select_cards([card.id])
        window.inspector_dock.raise_()
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        department = window.inspector.field_widget("department_id")
        title = window.inspector.field_widget("title")
        assert department.currentText() == "Ressources humaines"
        shown = department.shown_text()
        department.repaint()  # the tooltip follows what is drawn
        assert shown == "Ressources humaines" or (shown.endswith("…") and department.toolTip() == "Ressources humaines")
        assert "Ressources huma" not in shown or shown.endswith("…") or shown == "Ressources humaines"
        assert title.toolTip() == title.text()
        if title.fontMetrics().horizontalAdvance(title.text()) > title.contentsRect().width() - 8:
            assert title.cursorPosition() == 0  # its beginning, not "e sur le site carrières"
    finally:
        i18n.install("en")
