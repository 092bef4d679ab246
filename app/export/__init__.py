"""Files for other programs (PDF, images, spreadsheets, JSON, .ojf, Mermaid). Imports no QtWidgets."""
