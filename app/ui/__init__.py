"""Qt widgets: the only layer that imports QtWidgets."""
