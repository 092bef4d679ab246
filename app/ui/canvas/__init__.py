"""The swimlane canvas: a scene that follows the document, its items, and the view that shows it."""
