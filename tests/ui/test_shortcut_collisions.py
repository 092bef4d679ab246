"""No two actions of the window answer the same keys (issue 13, seen under X11: Ctrl+D did nothing).

On X11 desktops Qt's standard Delete keys are Del *and* Ctrl+D, which is
also Duplicate: Qt then calls the shortcut ambiguous and runs neither. Run
this file with ``QT_QPA_PLATFORM=xcb`` on a display to check a desktop's
bindings; the default offscreen run checks the generic ones.
"""

from __future__ import annotations

from collections import defaultdict


def test_every_shortcut_of_the_window_belongs_to_one_action(make_window, sample_path) -> None:
    window = make_window(sample_path)
    owners: dict[str, set[str]] = defaultdict(set)
    for name, action in window.actions_by_name.items():
        for key in action.shortcuts():
            owners[key.toString()].add(name)
    clashes = {key: names for key, names in owners.items() if len(names) > 1}
    assert not clashes
    assert "Ctrl+D" in owners and owners["Ctrl+D"] == {"duplicate"}
