"""What several window controllers ask of the window alike: the map it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from app.ui.canvas.scene import MapScene
    from app.ui.document import ProjectDocument


class MapShown(Protocol):
    """The open document, the journey on the map and the map's scene (None on the start screen)."""

    @property
    def document(self) -> ProjectDocument | None: ...

    @property
    def journey_id(self) -> int | None: ...

    @property
    def scene(self) -> MapScene | None: ...
