"""The team library: projects published to a shared PostgreSQL database, and pulled back.

The file stays the unit of work; the library holds every published revision of
each project in the same tables as the file (plus the project's key and the
revision), so one schema describes both. Only :mod:`app.library.connection`
talks to the server. This package imports no Qt.
"""
