"""No import cycles in the exchange layer, the command line and the team library: shared names move down."""

from __future__ import annotations

import pytest

from tests.test_repository import app_modules, imported_modules

#: The layers this test guards (the model and the editor have their own).
LAYERS = ("app.export", "app.cli", "app.cli_common", "app.cli_formats", "app.cli_library", "app.library",
          "app.resources", "app.i18n")


def import_graph() -> dict[str, set[str]]:
    """Each module of ``app`` and the modules of ``app`` it imports (anywhere in it, deferred imports too)."""
    modules = app_modules()
    graph = {}
    for name, path in modules.items():
        imported = imported_modules(path.read_text(encoding="utf-8"), name, path.name == "__init__.py")
        graph[name] = {module for module in imported if module in modules and module != name}
    return graph


def cycle_through(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    """A chain of imports from ``start`` back to itself, or None."""
    pending: list[tuple[str, list[str]]] = [(start, [start])]
    seen: set[str] = set()
    while pending:
        current, chain = pending.pop()
        for imported in sorted(graph[current]):
            if imported == start:
                return [*chain, start]
            if imported not in seen:
                seen.add(imported)
                pending.append((imported, [*chain, imported]))
    return None


def guarded(name: str) -> bool:
    return any(name == layer or name.startswith(layer + ".") for layer in LAYERS)


def test_the_cycle_finder_sees_a_deferred_import_back():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycle_through("a", graph) == ["a", "b", "c", "a"]
    assert cycle_through("d", graph) is None


@pytest.mark.parametrize("layer", LAYERS)
def test_no_module_of_the_layer_imports_itself_back(layer):
    graph = import_graph()
    cycles = [" -> ".join(chain) for name in sorted(graph) if name == layer or name.startswith(layer + ".")
              if (chain := cycle_through(name, graph)) is not None and all(guarded(link) for link in chain)]
    assert cycles == []
