"""Looks and comfort (issue 13): light and dark themes, contrast of every text measured, Preferences, About."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette

import app
from app.model import colours
from app.ui import export_settings, settings, theme
from app.ui.canvas import palette as canvas_palette

Role = QPalette.ColorRole
#: Text roles and the background each is drawn on.
TEXT_PAIRS = ((Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
              (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
              (Role.ToolTipText, Role.ToolTipBase), (Role.PlaceholderText, Role.Base), (Role.Link, Role.Base))


@pytest.fixture
def restore_theme(qapp) -> Iterator[None]:
    palette, style = qapp.palette(), qapp.style().name()
    yield
    theme.apply(qapp, "light")
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_every_text_of_both_themes_reads_at_4_5_to_1(qapp, restore_theme, make_window, sample_path, choice) -> None:
    assert theme.apply(qapp, choice) == (choice == "dark")
    palette = qapp.palette()
    for text, background in TEXT_PAIRS:
        ratio = theme.contrast_ratio(palette.color(text), palette.color(background))
        assert ratio >= theme.MIN_CONTRAST, (choice, text, background, round(ratio, 2))
    window = make_window(sample_path, show=True)
    # The palette's headings ("Cards", "Channels"): about 1.9:1 when they were drawn disabled.
    entries = window.card_palette.list
    heading = entries.item(0)
    assert heading.text() == "Cards"
    from PySide6.QtCore import Qt

    enabled = bool(heading.flags() & Qt.ItemFlag.ItemIsEnabled)
    foreground = heading.foreground().color() if heading.foreground().style() != Qt.BrushStyle.NoBrush else \
        entries.palette().color(QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled, Role.Text)
    assert theme.contrast_ratio(foreground, entries.palette().color(Role.Base)) >= theme.MIN_CONTRAST
    # The curve's axis numbers and its labels on the plot (white in the light theme, dark in the dark one).
    pane = window.emotion_pane.pane()
    plot = pane.plot.backgroundBrush().color()
    assert (plot.lightness() < 128) == (choice == "dark")
    axis = pane.plot.getPlotItem().getAxis("left")
    assert theme.contrast_ratio(axis.textPen().color(), plot) >= theme.MIN_CONTRAST
    assert theme.contrast_ratio(pane._target.label.color, plot) >= theme.MIN_CONTRAST
    assert pane._texts_used > 3
    for label in pane._texts[:pane._texts_used]:
        assert theme.contrast_ratio(label.color, plot) >= theme.MIN_CONTRAST, label.toPlainText()
    # The canvas desk follows the theme.
    assert window.canvas_view.backgroundBrush().color() == theme.colour(canvas_palette.current().desk)
    assert (theme.colour(canvas_palette.current().desk).lightness() < 128) == (choice == "dark")


def test_the_maps_own_texts_read_on_every_lane_and_card_colour() -> None:
    for text in (colours.TEXT, colours.MUTED_TEXT):
        for background in (*colours.LANE_TINTS.values(), *colours.CARD_FILLS.values()):
            assert theme.contrast_ratio(text, background) >= theme.MIN_CONTRAST, (text, background)
    assert theme.contrast_ratio(colours.STAGE_HEADER_TEXT, colours.STAGE_HEADER_FILL) >= theme.MIN_CONTRAST


def test_readable_darkens_a_pale_colour_until_it_reads() -> None:
    assert theme.contrast_ratio(colours.MOMENT_OF_TRUTH, "#FFFFFF") < theme.MIN_CONTRAST
    assert theme.contrast_ratio(theme.readable(colours.MOMENT_OF_TRUTH), "#FFFFFF") >= theme.MIN_CONTRAST
    assert theme.contrast_ratio(theme.readable("#3A3A3A", "#202020"), "#202020") >= theme.MIN_CONTRAST


def test_the_system_theme_follows_the_desktop(qapp, restore_theme, monkeypatch) -> None:
    monkeypatch.setattr(theme, "system_is_dark", lambda app: True)
    assert theme.apply(qapp, "system") and qapp.palette().color(Role.Window).lightness() < 128
    monkeypatch.setattr(theme, "system_is_dark", lambda app: False)
    assert not theme.apply(qapp, "system") and qapp.palette().color(Role.Window).lightness() > 128


def test_preferences_store_and_apply_their_choices(qapp, restore_theme, make_window) -> None:
    from app.ui.preferences import PreferencesDialog

    window = make_window()
    dialog = PreferencesDialog(window)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("A2"))
    dialog.legend.setChecked(False)
    dialog.units.setCurrentIndex(dialog.units.findData("in"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.apply() is True  # the language changed: the window says a restart applies it
    assert settings.theme() == "dark" and theme.is_dark()
    assert qapp.palette().color(Role.Window).lightness() < 128
    options = export_settings.load_options()
    assert options.paper == "A2" and options.legend is False
    assert settings.preference("units") == "in" and settings.language() == "fr"
    again = PreferencesDialog(window)
    assert again.paper.currentData() == "A2" and again.theme.currentData() == "dark"
    assert again.apply() is False
    with pytest.raises(ValueError):
        settings.set_preference("theme", "purple")
    assert settings.theme() == "dark"


def test_about_names_the_version_the_licence_and_the_fonts_licence(make_window) -> None:
    from app.ui.about import AboutDialog

    window = make_window()
    assert window.actions_by_name["about"] in window.help_menu.actions()
    dialog = AboutDialog(window)
    texts = [dialog.tabs.widget(i).toPlainText() for i in range(dialog.tabs.count())]
    assert "MIT" in texts[0]
    assert "Bitstream" in texts[1] and "DejaVu" in texts[1]
    assert "LGPL" in texts[2]
    heading = dialog.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QLabel)[0].text()
    assert app.__version__ in heading


def test_palette_and_inspector_icons_are_sharp_at_200_percent(make_window, sample_path) -> None:
    from PySide6.QtCore import QSize

    window = make_window(sample_path, show=True)
    entries = window.card_palette.list
    shown = entries.iconSize()
    wanted = QSize(shown.width() * 2, shown.height() * 2)
    icons = [entries.item(row).icon() for row in range(entries.count()) if not entries.item(row).icon().isNull()]
    assert len(icons) > 10
    for icon in icons:  # a source at least twice the shown size: no upscaling at QT_SCALE_FACTOR=2
        assert icon.actualSize(wanted) == wanted, icon.availableSizes()
    from tests.ui.canvas.conftest import Map

    window.inspector.show_card(Map(window).card("Offer e-mail"))
    channel = window.inspector.field_widget("channel_id")
    assert any(channel.itemIcon(i).actualSize(QSize(32, 32)) == QSize(32, 32) for i in range(channel.count()))
