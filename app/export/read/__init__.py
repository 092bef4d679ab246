"""The importers: files of other programs (CSV, XLSX, OpenJourney, Mermaid) read, checked and written into a project.

Every reader checks the whole file, within the caps of :mod:`app.export.read.limits`,
before it writes anything. The format modules one level up (:mod:`app.export.ojf`,
:mod:`app.export.mermaid`) hold each format's export and its ``import_*`` entry point.
"""
