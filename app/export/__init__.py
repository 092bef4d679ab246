"""Files for other programs (PDF, images, spreadsheets, JSON, .ojf, Mermaid).

This layer may paint with QtGui but never reaches widgets or the editor's code.
"""
