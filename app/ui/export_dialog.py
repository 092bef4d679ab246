"""The poster dialog: paper, orientation, office-sheet tiling or print-shop bleed, with a live sheet preview.

:class:`PosterDialog` edits a :class:`~app.export.poster_options.PosterOptions`
(plain data that maps onto :func:`app.export.poster.export_poster`'s keywords,
shared with the command line). While the user
changes a value, :class:`SheetGridPreview` draws the poster outline with
the grid of office sheets (overlaps shaded) or the bleed around it, and a
line says how many sheets will come out. When the other sheet orientation
needs fewer sheets, a second line offers to switch. The options chosen last
are kept in the settings (:mod:`app.ui.export_settings`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.export import paper as papers
from app.export.paper import TileGrid
from app.export.poster_options import (
    BLEEDS,
    MARK_NAMES,
    POSTER_PAPERS,
    TILE_PAPERS,
    PosterOptions,
    largest_scale_percent,
    natural_orientation,
    sheet_grid,
)
from app.model.errors import ParcoursError
from app.ui import units
from app.ui.export_preview import PosterSummary


class PosterDialog(QDialog):
    """Ask how to print a journey as a poster; :meth:`options` is the answer once accepted."""

    #: The sheet count or the problem shown changed (tests and the window listen).
    summary_changed = Signal()

    def __init__(self, options: PosterOptions, map_size: tuple[float, float] | None = None,
                 parent: QWidget | None = None, *, has_personas: bool = False,
                 readability: Callable[[PosterOptions], str] | None = None,
                 journeys: list[tuple[int, str]] | None = None) -> None:
        super().__init__(parent)
        #: The other journeys whose curve can be overlaid: (id, title).
        self.journeys = journeys or []
        self.setWindowTitle(self.tr("Export a poster"))
        self.map_size = map_size
        #: Says, for the options shown, whether card text would print too small ("" when it reads well).
        self.readability_check = readability
        #: Whether the journey has personas (the poster's persona column then takes room from the map).
        self.has_personas = has_personas
        self._build()
        self._set_options(options)
        self._refresh()
        # Room for the custom size row and a two-line problem, so the dialog does not jump as options change.
        self.resize(max(self.sizeHint().width(), 760), max(self.sizeHint().height(), 500))

    # ------------------------------------------------------------------ widgets

    def _build(self) -> None:
        self.paper_combo = QComboBox(self)
        for paper in POSTER_PAPERS:
            self.paper_combo.addItem(units.paper_label(paper), paper)
        self.paper_combo.addItem(self.tr("Custom size"), "custom")
        self.custom_width = self._mm_spin(50.0, 5000.0, 1000.0)
        self.custom_height = self._mm_spin(50.0, 5000.0, 700.0)
        # Typing 0 or 10 000 must be possible, to be told why it is refused (the spin boxes would silently clamp).
        for spin in (self.custom_width, self.custom_height):
            spin.setRange(0.0, 99999.0)
        self.custom_row = QWidget(self)
        custom_layout = QHBoxLayout(self.custom_row)
        custom_layout.setContentsMargins(0, 0, 0, 0)
        custom_layout.addWidget(self.custom_width)
        custom_layout.addWidget(QLabel("×", self.custom_row))
        custom_layout.addWidget(self.custom_height)
        self.orientation_combo = self._orientation_combo()
        self.margin_spin = self._mm_spin(0.0, 100.0, 10.0)

        poster_group = QGroupBox(self.tr("Poster"), self)
        poster_form = QFormLayout(poster_group)
        poster_form.addRow(self.tr("Paper:"), self.paper_combo)
        self.custom_label = QLabel(self.tr("Width × height:"), poster_group)
        poster_form.addRow(self.custom_label, self.custom_row)
        poster_form.addRow(self.tr("Orientation:"), self.orientation_combo)
        poster_form.addRow(self.tr("Margins:"), self.margin_spin)
        self.legend_check = QCheckBox(self.tr("Legend"), poster_group)
        self.persona_check = QCheckBox(self.tr("Persona panel"), poster_group)
        shows = QHBoxLayout()
        shows.addWidget(self.legend_check)
        shows.addWidget(self.persona_check)
        shows.addStretch(1)
        poster_form.addRow(self.tr("Show:"), shows)
        self.scale_check = QCheckBox(self.tr("Fixed scale"), poster_group)
        self.scale_spin = QDoubleSpinBox(poster_group)
        self.scale_spin.setRange(10.0, 400.0)
        self.scale_spin.setDecimals(0)
        self.scale_spin.setSuffix(self.tr(" % of the screen"))
        self.scale_spin.setValue(100.0)
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.scale_check)
        scale_row.addWidget(self.scale_spin, 1)
        poster_form.addRow(self.tr("Map size:"), scale_row)
        marks = {"header": self.tr("Goal and objectives"), "durations": self.tr("Durations"),
                 "severity": self.tr("Severity"), "first_last": self.tr("First and last"),
                 "interaction": self.tr("Digital or human"), "kpis": self.tr("KPIs"),
                 "evidence_images": self.tr("Evidence images")}
        self.mark_checks: dict[str, QCheckBox] = {}
        marks_grid = QGridLayout()
        for index, name in enumerate(MARK_NAMES):
            self.mark_checks[name] = QCheckBox(marks[name], poster_group)
            marks_grid.addWidget(self.mark_checks[name], index // 3, index % 3)
        poster_form.addRow(self.tr("On the map:"), marks_grid)
        self.compare_combo = QComboBox(poster_group)
        self.compare_combo.addItem(self.tr("No comparison"), None)
        for ident, title in self.journeys:
            self.compare_combo.addItem(title, ident)
        self.compare_combo.setEnabled(bool(self.journeys))
        poster_form.addRow(self.tr("Compare with:"), self.compare_combo)

        self.tile_group = QGroupBox(self.tr("Print on office sheets"), self)
        self.tile_group.setCheckable(True)
        self.tile_paper_combo = QComboBox(self.tile_group)
        for paper in TILE_PAPERS:
            self.tile_paper_combo.addItem(units.paper_label(paper), paper)
        self.tile_orientation_combo = self._orientation_combo()
        self.overlap_spin = self._mm_spin(0.0, 50.0, 10.0)
        tile_form = QFormLayout(self.tile_group)
        tile_form.addRow(self.tr("Sheets:"), self.tile_paper_combo)
        tile_form.addRow(self.tr("Sheet orientation:"), self.tile_orientation_combo)
        tile_form.addRow(self.tr("Overlap:"), self.overlap_spin)

        self.print_shop_group = QGroupBox(self.tr("Print shop"), self)
        self.print_shop_group.setCheckable(True)
        self.bleed_combo = QComboBox(self.print_shop_group)
        for bleed in BLEEDS:
            self.bleed_combo.addItem(units.length(bleed), bleed)
        self.crop_marks_check = QCheckBox(self.tr("Crop marks"), self.print_shop_group)
        shop_note = QLabel(self.tr("For a single sheet cut by a print shop. PDF/X certification is not provided."),
                           self.print_shop_group)
        shop_note.setWordWrap(True)
        shop_note.setEnabled(False)  # greyed: a note, not a control
        shop_form = QFormLayout(self.print_shop_group)
        shop_form.addRow(self.tr("Bleed:"), self.bleed_combo)
        shop_form.addRow("", self.crop_marks_check)
        shop_form.addRow(shop_note)

        #: The right column: the preview and the lines saying what comes out.
        self.summary = PosterSummary(self)
        self.preview, self.sheet_label, self.detail_label = (self.summary.preview, self.summary.sheet_label,
                                                             self.summary.detail_label)
        self.suggestion_label, self.suggestion_button = self.summary.suggestion_label, self.summary.suggestion_button
        self.problem_label, self.readability_label = self.summary.problem_label, self.summary.readability_label
        self.suggestion_button.clicked.connect(self._on_suggestion_button_clicked)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Export…"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(poster_group)
        left.addWidget(self.tile_group)
        left.addWidget(self.print_shop_group)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addWidget(self.summary, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)

        for combo in (self.paper_combo, self.orientation_combo, self.tile_paper_combo, self.tile_orientation_combo,
                      self.bleed_combo):
            combo.currentIndexChanged.connect(self._refresh)
        for spin in (self.custom_width, self.custom_height, self.margin_spin, self.overlap_spin):
            spin.valueChanged.connect(self._refresh)
        for check in (self.crop_marks_check, self.persona_check, self.legend_check, *self.mark_checks.values()):
            check.toggled.connect(self._refresh)
        self.scale_check.toggled.connect(self.scale_spin.setEnabled)
        self.scale_check.toggled.connect(self._refresh)
        self.scale_spin.valueChanged.connect(self._refresh)
        self.tile_group.toggled.connect(self._on_tile_group_toggled)
        self.print_shop_group.toggled.connect(self._on_print_shop_group_toggled)

    def _mm_spin(self, low: float, high: float, value: float) -> QDoubleSpinBox:
        # In millimetres for the code, in the unit of the Preferences for the user (issue 13).
        return units.length_spin(self, low, high, value)

    def _orientation_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("Automatic"), None)
        combo.addItem(self.tr("Portrait"), "portrait")
        combo.addItem(self.tr("Landscape"), "landscape")
        return combo

    # ------------------------------------------------------------------ options in and out

    def _set_options(self, options: PosterOptions) -> None:
        paper = options.paper.strip().upper()
        if paper in POSTER_PAPERS:
            self.paper_combo.setCurrentIndex(self.paper_combo.findData(paper))
        else:
            self.paper_combo.setCurrentIndex(self.paper_combo.findData("custom"))
            try:
                width, height = papers.paper_size_mm(options.paper)
                self.custom_width.setValue(width)
                self.custom_height.setValue(height)
            except ParcoursError:
                pass
        self.orientation_combo.setCurrentIndex(self.orientation_combo.findData(options.orientation))
        self.margin_spin.setValue(options.margin_mm)
        self.tile_group.setChecked(options.tile is not None)
        self.tile_paper_combo.setCurrentIndex(max(0, self.tile_paper_combo.findData(options.tile or "A4")))
        self.tile_orientation_combo.setCurrentIndex(self.tile_orientation_combo.findData(options.tile_orientation))
        self.overlap_spin.setValue(options.overlap_mm)
        bleed_index = self.bleed_combo.findData(options.bleed_mm)
        self.bleed_combo.setCurrentIndex(max(0, bleed_index))
        self.crop_marks_check.setChecked(options.crop_marks)
        self.legend_check.setChecked(options.legend)
        self.persona_check.setChecked(options.persona_panel)
        self.scale_check.setChecked(options.scale_percent is not None)
        self.scale_spin.setValue(options.scale_percent or 100.0)
        self.scale_spin.setEnabled(options.scale_percent is not None)
        self.print_shop_group.setChecked(options.tile is None and (options.bleed_mm > 0 or options.crop_marks))
        for name in MARK_NAMES:
            self.mark_checks[name].setChecked(getattr(options, name))
        self.compare_combo.setCurrentIndex(max(0, self.compare_combo.findData(options.compare)))

    def options(self) -> PosterOptions:
        """The options as the dialog shows them now."""
        paper = self.paper_combo.currentData()
        if paper == "custom":
            paper = f"{self.custom_width.value():g}x{self.custom_height.value():g}mm"
        tiled = self.tile_group.isChecked()
        shop = self.print_shop_group.isChecked() and not tiled
        return PosterOptions(
            paper=paper, orientation=self.orientation_combo.currentData(), margin_mm=self.margin_spin.value(),
            tile=self.tile_paper_combo.currentData() if tiled else None,
            tile_orientation=self.tile_orientation_combo.currentData(), overlap_mm=self.overlap_spin.value(),
            bleed_mm=self.bleed_combo.currentData() if shop else 0.0,
            crop_marks=self.crop_marks_check.isChecked() if shop else False,
            legend=self.legend_check.isChecked(), persona_panel=self.persona_check.isChecked(),
            scale_percent=self.scale_spin.value() if self.scale_check.isChecked() else None,
            compare=self.compare_combo.currentData(),
            **{name: self.mark_checks[name].isChecked() for name in MARK_NAMES})

    # ------------------------------------------------------------------ what the options give

    def _on_tile_group_toggled(self, on: bool) -> None:
        # Bleed is for a print shop cutting one big sheet; office sheets overlap instead: one or the other.
        if on and self.print_shop_group.isChecked():
            self.print_shop_group.setChecked(False)
        self._refresh()

    def _on_print_shop_group_toggled(self, on: bool) -> None:
        if on and self.tile_group.isChecked():
            self.tile_group.setChecked(False)
        self._refresh()

    def _on_suggestion_button_clicked(self) -> None:
        other = self.suggestion_button.property("orientation")
        if other:
            self.tile_orientation_combo.setCurrentIndex(self.tile_orientation_combo.findData(other))

    def _refresh(self) -> None:
        custom = self.paper_combo.currentData() == "custom"
        self.custom_label.setVisible(custom)
        self.custom_row.setVisible(custom)
        options = self.options()
        if custom and not all(50.0 <= spin.value() <= 5000.0 for spin in (self.custom_width, self.custom_height)):
            self._show_problem(self.tr("A custom size must measure %1 to %2 %3 on each side.")
                               .replace("%1", units.number(50.0)).replace("%2", units.number(5000.0))
                               .replace("%3", units.symbol()))
            return
        self.summary.hide_details()
        try:
            orientation = options.orientation or natural_orientation(
                options.paper, self.map_size, options.persona_panel and self.has_personas)
            poster_mm = papers.sheet_size_mm(options.paper, orientation)
            if min(poster_mm) <= 2.0 * options.margin_mm + 20.0:
                raise ParcoursError(self.tr("The margins leave nothing of the sheet."))
            self._check_scale(options, poster_mm)
            grid = None
            if options.tile is not None:
                grid = sheet_grid(options, poster_mm, self.map_size, self.has_personas)
        except ParcoursError as error:
            self._show_problem(error.message(i18n.translate))
            return
        self.summary.clear_problem()
        self.ok_button.setEnabled(True)
        self.preview.show_poster(poster_mm, grid, options.bleed_mm, options.crop_marks)
        size = units.size(*poster_mm)
        if grid is None and options.bleed_mm > 0:
            self.sheet_label.setText(self.tr("One sheet, %1, plus %2 of bleed on each side")
                                     .replace("%1", size).replace("%2", units.length(options.bleed_mm)))
        elif grid is None:
            self.sheet_label.setText(self.tr("One sheet, %1").replace("%1", size))
        else:
            self.sheet_label.setText(self.tr("%1 sheets (%2 x %3) + assembly page")
                                     .replace("%1", str(grid.sheets)).replace("%2", str(grid.rows))
                                     .replace("%3", str(grid.columns)))
            self.detail_label.setText(
                (self.tr("%1 landscape sheets at 100 %, overlapping by %2.") if grid.orientation == "landscape"
                 else self.tr("%1 portrait sheets at 100 %, overlapping by %2."))
                .replace("%1", options.tile or "").replace("%2", units.length(grid.overlap_mm)))
            self.detail_label.show()
            self._suggest(options, poster_mm, grid)
        self._show_readability(options)
        self.summary_changed.emit()

    def _show_readability(self, options: PosterOptions) -> None:
        """Warn (without refusing) when card text would print too small with these options."""
        self.summary.show_readability(self.readability_check(options) if self.readability_check is not None else "")

    @property
    def readability(self) -> str:
        """The warning shown when card text would print too small ("" when it reads well)."""
        return self.readability_label.text()

    def _check_scale(self, options: PosterOptions, poster_mm: tuple[float, float]) -> None:
        """Refuse a fixed scale the sheet cannot hold (about: the poster's own frame decides to the point)."""
        if options.scale_percent is None or self.map_size is None:
            return
        largest = largest_scale_percent(options, poster_mm, self.map_size, self.has_personas)
        if options.scale_percent > largest:
            raise ParcoursError(self.tr("At %1 % the map does not fit this sheet: choose a larger paper or at "
                                        "most %2 %.").replace("%1", f"{options.scale_percent:g}")
                                .replace("%2", f"{max(1, int(largest)):d}"))

    def _show_problem(self, sentence: str) -> None:
        """Say why the options cannot be printed; OK stays disabled until they can."""
        self.summary.show_problem(sentence)
        self.ok_button.setEnabled(False)
        self.summary_changed.emit()

    def _suggest(self, options: PosterOptions, poster_mm: tuple[float, float], grid: TileGrid) -> None:
        """Offer the other sheet orientation when it needs fewer sheets than the one chosen."""
        if options.tile_orientation is None:
            return  # automatic already takes the fewest
        other = "landscape" if options.tile_orientation == "portrait" else "portrait"
        try:
            alternative = sheet_grid(options, poster_mm, self.map_size, self.has_personas, other)
        except ParcoursError:
            return
        if alternative.sheets >= grid.sheets:
            return
        text = (self.tr("Landscape sheets need only %1.") if other == "landscape"
                else self.tr("Portrait sheets need only %1.")).replace("%1", str(alternative.sheets))
        self.summary.show_suggestion(text, self.tr("Use landscape") if other == "landscape"
                                     else self.tr("Use portrait"), other)

    def _on_buttons_accepted(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    @property
    def problem(self) -> str:
        """The sentence shown when the options cannot be printed ("" when they can)."""
        return self.problem_label.text()
