"""The window's controllers on their own: each built with a plain fake of the host protocol it declares.

No main window here. Each fake records what the controller asked of its
window (a journey to show, an error, a status message, a question), so
these tests pin the seam: what a controller may use of its window is what
its protocol lists, and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QMessageBox, QProgressDialog
from sqlalchemy import func, select

from app.model.errors import ParcoursError
from app.model.journey_data import JourneyData
from app.model.layout import MapLayout
from app.model.schema import Department, Journey, Lane
from app.ui.canvas.scene import MapScene
from app.ui.document import ProjectDocument
from app.ui.export_dialog import PosterOptions
from app.ui.presentation_filters import RoomFilter
from app.ui.start_screen import StartScreen
from app.ui.window_export import ExportsController
from app.ui.window_files import FilesController
from app.ui.window_import import ImportsController
from app.ui.window_journeys import JourneysController


class FakeWindow:
    """What every host protocol shares: the document, the journey shown, and a record of what was said."""

    def __init__(self, document: ProjectDocument | None) -> None:
        self.document = document
        self.journey_id: int | None = None
        self.scene: MapScene | None = None
        self.export_filter = ""
        self.shown: list[int | None] = []
        self.errors: list[str] = []
        self.statuses: list[str] = []
        self.asked: list[str] = []

    def show_journey(self, journey_id: int | None) -> None:
        self.journey_id = journey_id
        self.shown.append(journey_id)

    def show_error(self, error: ParcoursError) -> None:
        self.errors.append(error.message())

    def show_status(self, text: str, msecs: int) -> None:
        self.statuses.append(text)


def _journeys(document: ProjectDocument) -> list[int]:
    return list(document.session.scalars(select(Journey.id).order_by(Journey.position)))


# --------------------------------------------------------------------------- journeys


def test_the_journeys_controller_makes_a_journey_in_one_step_and_asks_its_window_to_show_it(qtbot, document):
    host = FakeWindow(document)
    combo = QComboBox()
    qtbot.addWidget(combo)
    journeys = JourneysController(host, combo)
    journeys.fill_combo()
    before = _journeys(document)
    journeys.new_journey()
    after = _journeys(document)
    [new] = [journey_id for journey_id in after if journey_id not in before]
    assert host.shown == [new] and host.errors == []
    assert document.undo_stack.count() == 1  # the journey and its three stages: one undo step
    document.undo_stack.undo()
    assert _journeys(document) == before


def test_when_the_shown_journey_goes_the_controller_falls_back_on_the_one_seen_before(qtbot, document):
    host = FakeWindow(document)
    combo = QComboBox()
    qtbot.addWidget(combo)
    journeys = JourneysController(host, combo)
    first, second = _journeys(document)[:2]
    journeys.fill_combo()
    for journey_id in (first, second):
        host.show_journey(journey_id)
        journeys.shown(journey_id)
    assert combo.currentData() == second
    journeys.delete_journey()
    journeys.on_journeys_changed()  # what the document's journeys_changed tells the window
    assert second not in [combo.itemData(index) for index in range(combo.count())]
    assert host.shown[-1] == first


def test_a_journey_verb_without_a_document_asks_nothing(qtbot):
    host = FakeWindow(None)
    combo = QComboBox()
    qtbot.addWidget(combo)
    journeys = JourneysController(host, combo)
    journeys.new_journey()
    journeys.derive_journey()
    journeys.delete_journey()
    assert host.shown == [] and host.errors == [] and journeys.first_journey() is None


# --------------------------------------------------------------------------- exports and imports


class FakeExportWindow(FakeWindow):
    """An export host whose file dialog answers ``target`` and whose other questions are recorded."""

    def __init__(self, document: ProjectDocument | None, target: Path | None) -> None:
        super().__init__(document)
        self.target = target

    def ask_export_path(self, title: str, suggested: Path, filters: str) -> Path | None:
        self.asked.append(suggested.name)
        return self.target

    def ask_poster_options(self, options: PosterOptions, map_size: tuple[float, float] | None) -> PosterOptions | None:
        self.asked.append("poster")
        return None

    def ask_image_dpi(self, current: int) -> int | None:
        self.asked.append("dpi")
        return None

    def make_progress_dialog(self, label: str) -> QProgressDialog:
        raise AssertionError("a quick export needs no progress dialog")

    def ask_import_path(self, folder: Path, filters: str) -> Path | None:
        self.asked.append("import")
        return self.target

    def show_import_warnings(self, path: Path, warnings: list[str]) -> None:
        self.asked.append("warnings")


def test_a_quick_export_is_written_at_once_and_said_in_the_status_bar(qtbot, document, tmp_path):
    host = FakeExportWindow(document, tmp_path / "map")
    host.journey_id = _journeys(document)[0]
    exports = ExportsController(host)
    exports.export_format("export_mermaid")
    written = tmp_path / "map.mmd"  # the format's suffix is added
    assert written.read_text(encoding="utf-8").startswith("journey")
    title = document.session.scalar(select(Journey.title).where(Journey.id == host.journey_id))
    assert host.asked == [f"{title}.mmd"] and host.statuses == ["Exported map.mmd."] and not exports.running


def test_an_export_is_not_asked_for_without_a_journey_and_a_cancelled_resolution_writes_nothing(document, tmp_path):
    host = FakeExportWindow(document, tmp_path / "map.png")
    exports = ExportsController(host)
    exports.export_format("export_image")  # no journey shown: nothing is asked
    exports.export_poster_dialog()
    assert host.asked == []
    host.journey_id = _journeys(document)[0]
    exports.export_format("export_image")
    exports.export_poster_dialog()
    assert len(host.asked) == 3 and host.asked[0].endswith(".png") and host.asked[1:] == ["dpi", "poster"]
    assert not (tmp_path / "map.png").exists() and host.statuses == [] and host.errors == []


def test_an_import_of_an_unknown_format_is_one_sentence_and_changes_nothing(qtbot, document, tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("a line\n", encoding="utf-8")
    host = FakeExportWindow(document, source)
    imports = ImportsController(host, ExportsController(host))
    journeys = _journeys(document)
    imports.import_dialog()
    assert host.asked == ["import"]
    assert len(host.errors) == 1 and host.errors[0].startswith("Parcours cannot import .txt files yet")
    assert _journeys(document) == journeys and host.shown == [] and document.undo_stack.count() == 0


def test_an_imported_journey_is_one_undo_step_and_shown(qtbot, document, tmp_path):
    source = tmp_path / "visit.mmd"
    source.write_text("journey\n  title Visit\n  section Arrive\n    Park the car: 2: Me\n", encoding="utf-8")
    host = FakeExportWindow(document, source)
    imports = ImportsController(host, ExportsController(host))
    imports.update_action()
    assert imports.action.isEnabled()
    journey_id = imports.import_file(source)
    assert journey_id is not None and host.shown == [journey_id] and host.errors == []
    assert document.session.scalar(select(Journey.title).where(Journey.id == journey_id)) == "Visit"
    assert host.statuses == ["Imported visit.mmd: 1 cards."] and document.undo_stack.count() == 1


# --------------------------------------------------------------------------- files


class FakeFileWindow(FakeWindow):
    """A file host that answers the Save / Discard / Cancel question with ``answer``."""

    def __init__(self, document: ProjectDocument | None, answer: QMessageBox.StandardButton) -> None:
        super().__init__(document)
        self.answer = answer
        self.dropped = 0

    def ask_to_save(self) -> QMessageBox.StandardButton:
        self.asked.append("save?")
        return self.answer

    def ask_save_path(self, suggested: Path) -> Path | None:
        self.asked.append(suggested.name)
        return None

    def drop_document(self) -> None:
        self.dropped += 1

    def update_title(self) -> None:
        pass


def _modified(document: ProjectDocument) -> ProjectDocument:
    from app.ui.commands import EditJourneyCommand, push

    push(document, EditJourneyCommand(document, _journeys(document)[0], title="Renamed"))
    assert document.modified
    return document


@pytest.mark.parametrize(("answer", "closed"), [(QMessageBox.StandardButton.Cancel, 0),
                                                (QMessageBox.StandardButton.Discard, 1)])
def test_closing_a_modified_project_asks_first_and_cancel_keeps_it(qtbot, document, answer, closed):
    host = FakeFileWindow(_modified(document), answer)
    start = StartScreen()
    qtbot.addWidget(start)
    files = FilesController(host, start)
    files.close_project()
    assert host.asked == ["save?"] and host.dropped == closed


def test_save_chosen_on_an_untitled_project_asks_where_and_a_cancel_saves_nothing(qtbot, document):
    host = FakeFileWindow(_modified(document), QMessageBox.StandardButton.Save)
    document.store.path = None  # as a new project: no file yet
    start = StartScreen()
    qtbot.addWidget(start)
    files = FilesController(host, start)
    assert not files.maybe_save()
    assert host.asked[0] == "save?" and host.asked[1].endswith(".parcours") and host.dropped == 0
    assert document.modified and host.statuses == []


# --------------------------------------------------------------------------- the room's filters


class FakeWall:
    """The presentation as the room's filters know it (:class:`~app.ui.presentation_host.ShownJourney`)."""

    def __init__(self, document: ProjectDocument, journey_id: int) -> None:
        self.document = document
        self.journey_id = journey_id
        self.data: JourneyData | None = None
        self.map_layout: MapLayout | None = None
        self.messages: list[str] = []

    def show_message(self, text: str) -> None:
        self.messages.append(text)


def _key(key: Qt.Key) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


def test_the_room_filter_walks_the_departments_through_its_protocol_alone(qtbot, document):
    wall = FakeWall(document, _journeys(document)[0])
    room = RoomFilter(wall)
    names = list(document.session.scalars(select(Department.name).order_by(Department.position)))
    assert names, "the sample has departments"
    seen = []
    for _ in range(len(names) + 1):
        assert room.handle_key(_key(Qt.Key.Key_D))
        seen.append(room.department[1] if room.department else None)
    assert seen == [*names, None]  # each department in turn, then none
    assert not room.handle_key(_key(Qt.Key.Key_X)) and room.keep() is None  # no data drawn: nothing to dim
    assert document.session.scalar(select(func.count(Lane.id))) > 0 and wall.messages == []
