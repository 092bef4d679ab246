<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="+28"/>
        <source>About Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer journey maps, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt %1 through PySide6 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parcours is free software under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence (MIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The editor and every export use the DejaVu Sans fonts, bundled with Parcours under their own licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fonts (DejaVu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The channel icons, the palette&apos;s card swatches and the thumbnails are drawn by Parcours itself as vector paths (MIT, like Parcours). Toolbar icons come from Qt&apos;s style and the desktop&apos;s icon theme.

Qt and PySide6 are used under the GNU LGPL version 3; pyqtgraph under the MIT licence; SQLAlchemy under the MIT licence; ReportLab under the BSD licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Icons and libraries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../app/ui/actions_view.py" line="+50"/>
        <source>Filter actions…</source>
        <extracomment>Tables whose changes the actions table shows. Show these cards on the map (the pain points of the selected action).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journey only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <location line="+3"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the pain points of the selected action on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact for the customer, 1 (small) to 5 (large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort to deliver, 1 (small) to 5 (large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of customers the action helps, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery risk, 1 (none) to 5 (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pain points the action answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPIs measured on the action&apos;s pain points (set in the KPIs view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 100, from impact, customers helped, risk and effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%n action(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %n actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguesDialog</name>
    <message>
        <location filename="../../app/ui/catalogues.py" line="+167"/>
        <source>Departments and channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../../app/ui/method_table.py" line="+203"/>
        <source>Unknown</source>
        <extracomment>Role of the value a column sorts by (numbers as numbers, unknowns last). Role of a progress fraction (0..1, may overshoot) drawn as a bar. The invalid index: the parent of a table&apos;s rows. The user changed a cell: (row id, field, plain value).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourEditor</name>
    <message>
        <location filename="../../app/ui/inspector_fields.py" line="+92"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the default colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Default colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="+87"/>
        <source>Whole journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Open a project to comment on its journeys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the card “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journey “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/library_dialogs.py" line="+159"/>
        <source>Someone published in the meantime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep mine (publish on top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the library&apos;s (open a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish as a new copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What your file changes from the library&apos;s newest revision:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurveDrawing</name>
    <message>
        <location filename="../../app/ui/emotion_drawing.py" line="+67"/>
        <source>Target</source>
        <extracomment>Above this many points the emotion names are not written next to them; at most this many moments are named.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+149"/>
        <source>to be</source>
        <extracomment>Text items reused from one refresh to the next: emotion names, then moment names. How much each text matters when labels crowd (moments before emotion names). What the labels were last decluttered for (see _label_room): a canvas frame that leaves it as it was does not declutter them again. What each text item was last given: (text, colour, anchor, x, y, bold). (text, colour, anchor, bold) -&gt; the labels that showed it before this refresh (see _begin_texts).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emotion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no scored touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spread %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 below neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from the target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurvePane</name>
    <message>
        <location filename="../../app/ui/emotion_plot.py" line="+108"/>
        <source>Draw another journey&apos;s curve over this one</source>
        <extracomment>Distance (pixels) within which a press or a click takes a point. Tables whose changes the curves follow through the canvas&apos;s layout alone (cards) or do not show (links). A point was clicked: select its card. Card id -&gt; (x, score) of the main curve&apos;s scored points, for hit tests. True while follow_canvas moves the plot: the labels make room once, when it is done. What the last refresh drew from (see :meth:`_drawn_from`): an edit that changes none of it (a title of another lane, a card&apos;s height) leaves the plot as it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+145"/>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmotionPane</name>
    <message>
        <location filename="../../app/ui/emotion_pane.py" line="+39"/>
        <source>The emotion curve is coming…</source>
        <extracomment>How long after a project opens the plot is built (the map paints first). A point was clicked: select its card.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="+129"/>
        <source>Evidence images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop PNG, JPEG or WebP images here; double-click to see one full size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a card to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personas this card applies to (none ticked: every persona), with their own score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+120"/>
        <source>Add an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Remove an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Change the card&apos;s personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsController</name>
    <message>
        <location filename="../../app/ui/window_export.py" line="+159"/>
        <source>Export a poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/window_export_formats.py" line="+123"/>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+62"/>
        <location filename="../../app/ui/window_export_poster.py" line="+94"/>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_export_formats.py" line="-99"/>
        <source>96 dpi: the map as on screen at 100 %</source>
        <extracomment>Writes a journey (the whole project for JSON) to a path, telling a progress callback when it can. Resolutions offered for a PNG: (dots per inch, what for; context &quot;ExportsController&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>150 dpi: slides and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>300 dpi: printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Export an image</source>
        <extracomment>The file dialog&apos;s title and filters (context &quot;ExportsController&quot;). Suffixes the file may have; the first is added when it has none of them. Suffixes written at once rather than in the background. The suggested file name (context &quot;ExportsController&quot;); None: the journey&apos;s title; &quot;project&quot;: the project&apos;s file. The export formats after the poster, in menu order, by action name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv);;CSV for a French Excel, semicolons (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the persona sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to OpenJourney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenJourney files (*.ojf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to Mermaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mermaid diagrams (*.mmd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the project as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_export_poster.py" line="-4"/>
        <source>Exported %1: %2 sheets (%3 x %4) + assembly page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_questions.py" line="+152"/>
        <source>Image resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was written with %2 remarks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <location line="-153"/>
        <source>Parcours will speak this language the next time it starts. Close it and open it again to switch now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Parcours projects (*.parcours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parcours stopped unexpectedly with unsaved changes to %1 (opened %2). Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_files.py" line="+133"/>
        <source>My template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved as the template “%1”; it is on the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+21"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Journey map.parcours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/find_bar.py" line="+33"/>
        <source>Find cards…</source>
        <extracomment>The text to find changed. Go to the next (1) or previous (-1) match. The bar was closed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStepsHint</name>
    <message>
        <location filename="../../app/ui/first_steps.py" line="+20"/>
        <source>First steps: double-click a cell to add a card and type its title; drag a kind of card or a channel from the palette; right-click a lane or stage header to add, rename or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="-210"/>
        <source>Evidence image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportsController</name>
    <message>
        <location filename="../../app/ui/window_import.py" line="+78"/>
        <source>Journeys (*.csv *.xlsx *.ojf *.mmd);;Spreadsheets (*.csv *.xlsx);;OpenJourney (*.ojf);;Mermaid (*.mmd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1: %2 cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_questions.py" line="+46"/>
        <source>Import a journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was imported with %2 remarks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../app/ui/inspector.py" line="+76"/>
        <location line="+100"/>
        <source>Select a card, a lane or a stage to see its fields.</source>
        <extracomment>Card fields that only mean something on a touchpoint (they feed the emotion curve). Card fields that only mean something on a pain point. Lane kinds whose cards are pain points (employee irritants become customer irritants later). The command editing a subject&apos;s fields: ``(document, row id, *, merge, **fields)``. Other tables whose changes a subject&apos;s form shows (choices, scale, the card&apos;s lane kind). The model&apos;s sentence when it refused the last edit (hidden otherwise).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+12"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>First touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by the curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers affected (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cards selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move, copy, cut or delete them together, or select one card to edit its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Lane “{lane}”, stage “{stage}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lane “{lane}” ({kind}), stage “{stage}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <location filename="../../app/ui/journey_panel.py" line="+44"/>
        <source>No journey is open.</source>
        <extracomment>The model&apos;s sentence when it refused the last edit (hidden otherwise).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big drop above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fall of the curve larger than this between two touchpoints is a moment of truth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Derived from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personas this journey is mapped for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Nothing (an original map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Change the journey&apos;s personas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneysController</name>
    <message>
        <location filename="../../app/ui/window_journeys.py" line="+104"/>
        <source>to be</source>
        <extracomment>How many journeys shown lately are remembered (to fall back on when one goes away). Journeys shown lately, the current one last: where to go back when it goes away.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>New journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Derive journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpisView</name>
    <message>
        <location filename="../../app/ui/kpis_view.py" line="+48"/>
        <location line="+67"/>
        <source>New KPI</source>
        <extracomment>Cards a KPI may be measured on (touchpoints, pain points, delights, steps).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Delete KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %n KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n KPI(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter KPIs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stage or card of the journey the KPI measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the baseline (0 %) to the target (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryAddress</name>
    <message>
        <location filename="../../app/ui/library_dialogs.py" line="-129"/>
        <source>from the keyring or PGPASSWORD when empty</source>
        <extracomment>Settings key of the last library address (without password).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../app/ui/window_library.py" line="+64"/>
        <source>&amp;Publish to the team library...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open from the team &amp;library...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save the copy as</source>
        <extracomment>The last published revision (for tests and the status bar).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcours projects (*.parcours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Published %1, revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No difference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+150"/>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="+199"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;New project</source>
        <extracomment>Actions whose keys act on the map only: in a text field Ctrl+D or Ctrl+Return must not edit the map (standard keys such as Delete or Ctrl+C are already taken by the field itself).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Derive a to-be journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/window_workspace.py" line="+121"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The journey shown on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_files.py" line="+86"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="+57"/>
        <location filename="../../app/ui/window_actions.py" line="-124"/>
        <source>&amp;Undo</source>
        <extracomment>The first of Qt&apos;s keys for dedicated keyboard buttons (Back, Open, Save, Copy...): not keys people type. Undo and Redo actions show the next command in their text: listed under their plain names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/window_actions.py" line="+3"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="-2"/>
        <source>Inspector</source>
        <extracomment>Every open window (so that File &gt; New window keeps its window alive). The file :meth:`show_first_read` showed could not be opened (said on stderr; the window is gone). While the editor starts (see :func:`start`): what the next document&apos;s side panes are handed once the map has painted (None: they get it at once, as everywhere else). The map read without the ORM and the file it came from, until its document is open (show_first_read). Does the work left for after the first paint when no paint comes (a hidden window). True while finish_start does one piece of the work left for after the first paint (see there). Whether the parts (docks, menus, panes, controllers) are made, and while they are being made. Holds the document&apos;s undo stack: Edit &gt; Undo / Redo always act on the open document. The start screen, or the map under the Find bar (app/ui/window_pages.py). The palette of card kinds and channels (QWidget.palette() keeps its meaning). New, Open, Save, recent files, crash recovery (app/ui/window_files.py). The Journey menu and the journey switcher in the toolbar. File &gt; Export (app/ui/window_export.py) and File &gt; Import (app/ui/window_import.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+441"/>
        <location line="+67"/>
        <source>Untitled</source>
        <extracomment>The method&apos;s workspace: Project menu, project / personas / evidence docks, persona filter. File &gt; Publish to / Open from the team library. Presentation, votes, comments, minimap, fitting, keyboard help (app/ui/window_presentation.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-495"/>
        <source>Emotion curve</source>
        <extracomment>The open document&apos;s map: its scene, view and controller (app/ui/window_canvas.py). Settings &gt; Language and Preferences, Help &gt; About (app/ui/window_preferences.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+432"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Zoom: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_export.py" line="-206"/>
        <source>&amp;Poster (PDF)…</source>
        <extracomment>The file type the last export dialog was left on (&quot;&quot; when none was chosen). An export started or ended (the window enables its menus again). The running export&apos;s thread (None when none runs; QObject.thread() keeps its meaning).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image (PNG or SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spreadsheet (CSV or Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action plan (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ersona sheets (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;resentation (PowerPoint)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;OpenJourney (.ojf)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mermaid (.mmd)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project (&amp;JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_import.py" line="-35"/>
        <source>&amp;Import…</source>
        <extracomment>File &gt; Import….</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_presentation.py" line="+68"/>
        <source>Overview</source>
        <extracomment>The presenting widget while a presentation runs, else None. The vote round dialog and the keyboard help, once opened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presenter notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fit to &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to &amp;height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present from the first stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present from the &amp;selected stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a &amp;dot vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Automatic (the other screen if any)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../app/ui/window_canvas.py" line="+129"/>
        <source>This journey has no lane for that kind of card.</source>
        <extracomment>A map shown before its document (the editor&apos;s start), which :meth:`attach` takes on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../app/ui/matrix.py" line="+97"/>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quick wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Major projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thankless tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Drag a dot to change an action&apos;s impact and effort.</source>
        <extracomment>Distance (pixels) within which a press takes a dot. A dot was clicked: the action&apos;s id. Action id -&gt; (x, y) where its dot is drawn (effort, impact plus the spread of a shared cell). The dot being dragged: (action id, where it started, where it is now).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1
impact %2, effort %3, priority %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Move action on the matrix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementsView</name>
    <message>
        <location filename="../../app/ui/measurements_view.py" line="+44"/>
        <location line="+35"/>
        <source>New measurement point</source>
        <extracomment>The touchpoint a new point goes on (the card selected on the map), or None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Delete measurement point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %n measurement points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit measurement point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n measurement point(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter measurement points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the measure is taken, e.g. “after signing”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodWorkspace</name>
    <message>
        <location filename="../../app/ui/window_method.py" line="+88"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top irritants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact × effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Road map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create action…</source>
        <extracomment>View &gt; Maximise the bottom pane (the map gives its place to the curve, plan or KPIs for a while).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new action that answers this pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Create action from pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Top irritants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact × effort matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Road map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;PIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;measurement point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement &amp;points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Select a pain point on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resolve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <location filename="../../app/ui/minimap.py" line="+34"/>
        <source>The whole map: click or drag to move the view</source>
        <extracomment>How long after the map is laid out again the miniature is drawn again (edits in a row draw it once). Cards drawn into the miniature per turn of the event loop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenFromLibraryDialog</name>
    <message>
        <location filename="../../app/ui/library_dialogs.py" line="+21"/>
        <source>Open from the team library</source>
        <extracomment>The user asked to search for this text (&quot;&quot; lists everything).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client, title, persona, tag, author...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — %2
revision %3, published by %4 on %5
%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Projects found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../app/ui/palette.py" line="+103"/>
        <source>Cards</source>
        <extracomment>An entry was activated (double-click, Enter): its payload.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag onto the map: a card in a “%1” lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag onto the map: a touchpoint on this channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneFocus</name>
    <message>
        <location filename="../../app/ui/pane_focus.py" line="+30"/>
        <source>Maximise the bottom pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The curve, action plan or KPIs fill the window; again to bring the map back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonasView</name>
    <message>
        <location filename="../../app/ui/personas.py" line="+67"/>
        <source>Name</source>
        <extracomment>Side of the portraits in the gallery, in pixels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-service or done for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digital ease (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1: avoids digital … 5: digital native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferred channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journeys of this persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferred channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journeys mapped for this persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>to be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the persona&apos;s channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change the journey&apos;s personas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <location filename="../../app/ui/personas_photo.py" line="+91"/>
        <source>Drop a PNG, JPEG or WebP photo here.</source>
        <extracomment>Colours of the initials&apos; discs when a persona has no colour of its own. Checked, downscaled bytes and their MIME type; (None, &quot;&quot;) removes the photo. The image was refused: the sentence to show.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosterDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="+64"/>
        <source>Export a poster</source>
        <extracomment>The sheet count or the problem shown changed (tests and the window listen). The other journeys whose curve can be overlaid: (id, title).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Custom size</source>
        <extracomment>Says, for the options shown, whether card text would print too small (&quot;&quot; when it reads well). Whether the journey has personas (the poster&apos;s persona column then takes room from the map).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width × height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persona panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> % of the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal and objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First and last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital or human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On the map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print on office sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sheets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+141"/>
        <source>A custom size must measure %1 to %2 %3 on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>One sheet, %1, plus %2 of bleed on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 landscape sheets at 100 %, overlapping by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 portrait sheets at 100 %, overlapping by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Crop marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a single sheet cut by a print shop. PDF/X certification is not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bleed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export…</source>
        <extracomment>The right column: the preview and the lines saying what comes out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The margins leave nothing of the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One sheet, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sheets (%2 x %3) + assembly page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>At %1 % the map does not fit this sheet: choose a larger paper or at most %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Landscape sheets need only %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait sheets need only %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use portrait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../../app/ui/window_preferences.py" line="+41"/>
        <source>The language changes the next time Parcours starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="+49"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend on the poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personas panel on the poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Millimetres (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inches (in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every change is kept at once in a working copy beside your file&apos;s recovery record: after a crash, nothing is lost, so there is no interval to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poster paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poster orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../app/ui/presentation_details.py" line="+41"/>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity: %1 / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers affected: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Pain points at this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation_filters.py" line="+71"/>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persona: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation_live.py" line="+72"/>
        <source>Live edit on: changes are saved as you make them.</source>
        <extracomment>The text to keep. Editing was given up. The widget the title editor is drawn on (the presentation itself). The card + and - and F2 act on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live edit off: the map is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The presentation is read-only: press E for live edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation_votes.py" line="+84"/>
        <source>Voting ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Everyone has voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Vote: %1 has %2 dot(s) left · Tab: next · Click a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pain points to work on first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This journey has no pain point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 dots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../../app/ui/presentation.py" line="+66"/>
        <source>Presentation</source>
        <extracomment>How long the glide from one stage to the next takes (ms). The mouse cursor and the laser pointer hide after this long without moving (ms). Tables whose change means the map is laid out again. The stage in focus changed (its id). The presentation ended (Esc, or the window closed). Something to tell the presenter (a refused edit, a vote placed...). V was pressed: the presenter wants to start a dot-vote round.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+224"/>
        <location line="+121"/>
        <location line="+1"/>
        <source>Go to stage %1…</source>
        <extracomment>Digits typed before Enter (jump to that stage). &quot;#000000&quot; or &quot;#FFFFFF&quot; while the screen is blanked. The card shown enlarged with its details (None: none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterNotes</name>
    <message>
        <location filename="../../app/ui/presentation_notes.py" line="+39"/>
        <source>This journey has no stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <location filename="../../app/ui/project_panel.py" line="+55"/>
        <source>Journeys by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objectives the journey serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments and &amp;channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+24"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the scale converts every score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low, neutral, high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The experience aimed for, for journeys without a target of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big drop above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fall of the curve larger than this between two touchpoints is a moment of truth (for journeys without a threshold of their own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drag a journey (or Alt+Up / Alt+Down) to change its priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Objectives this journey serves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>to be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Change the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the project&apos;s properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the journeys&apos; priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the journey&apos;s objectives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../app/ui/library_dialogs.py" line="+15"/>
        <source>Publish to the team library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish “%1” as a new revision: the library keeps every earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/i18n.py" line="+30"/>
        <source>&amp;Look in:</source>
        <extracomment>Languages the interface speaks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <location filename="../../app/ui/roadmap.py" line="+210"/>
        <source>Priority %1</source>
        <extracomment>The columns, left to right (None: not scheduled). Width of the department names&apos; column: fits the longest name, within these bounds. A chip was dropped in another cell: (action id, department id or None, horizon value or None). A chip was clicked: the action&apos;s id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Drag an action to another department or horizon to re-plan it.</source>
        <extracomment>The model refused an edit: the sentence to show.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-plan action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="-34"/>
        <source>Map: go from card to card, extend the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: walk the cards in reading order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: rename the card, lane or stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: add a card after the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: move the selected cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: zoom around the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: cancel a drag or an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presentation: next stage</source>
        <extracomment>The keys of presentation mode (they are not window actions): key, what it does.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: first, last stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: go to the stage of that number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: scroll the lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: blank the screen black, white (any key comes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: laser pointer on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: only one department, one persona, only pain points; clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation: live edit on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live edit: type the title, add a card, change the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: start or end a dot vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: show or hide the pain points ranked by the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dot vote: next participant, pick a card, place a dot, take it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation: close the enlarged card, end the vote, leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+37"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../app/ui/start_screen.py" line="+104"/>
        <source>Parcours</source>
        <extracomment>New blank project. Show the Open dialog. Open this recent file. A new untitled project from a built-in template: (template, language). A new untitled project from one of the user&apos;s templates (its file).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer journey maps, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language of the template&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tip: open a template, make it yours, then keep it for next time with File &gt; Save as template.</source>
        <extracomment>Templates, built-in then the user&apos;s own (``samples`` is its older name). When (in the events&apos; time) the last mouse button went down or up on a list: where a gesture began.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No recent projects yet.</source>
        <extracomment>Whether the lists wait for the screen to be shown to be filled again (see :meth:`refresh_when_shown`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../../app/ui/inspector_fields.py" line="-160"/>
        <source>tag, another tag</source>
        <extracomment>The user changed the value; carries the new model value. True when consecutive edits should merge into one undo step (typing).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopIrritantsView</name>
    <message>
        <location filename="../../app/ui/actions_top.py" line="+52"/>
        <source>#</source>
        <extracomment>&quot;Create action&quot; for these pain points. Show this card on the map. Optional per-card dot-votes (card id -&gt; votes), e.g. from a workshop mode; None: no votes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This journey has no pain points yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n of these pain points has no action yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every pain point shown has at least one action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteRoundDialog</name>
    <message>
        <location filename="../../app/ui/votes_dialog.py" line="+23"/>
        <source>Dot vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which pain points first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One name a line, or a number (8 numbered participants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One name a line, or how many take part (numbered 1, 2, 3…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a card to place a dot; Tab passes to the next participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../app/ui/window_workspace.py" line="-44"/>
        <source>Project</source>
        <extracomment>The persona whose cards the canvas shows (None: every card). Thumbnails by image id (images never change: they are added and removed), and each card&apos;s first image. The document the panels were handed (the window&apos;s, or None while the editor&apos;s start paints the map).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Project</source>
        <extracomment>The docks the start screen hides.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objectives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journeys by priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ersonas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Departments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;vidence of the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the cards &amp;of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Veil the cards that do not apply to this persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Every persona</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <location filename="../../app/ui/evidence_badges.py" line="+27"/>
        <source>interviews</source>
        <extracomment>Short names of the evidence sources, for badges.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>observed</source>
        <extracomment>Badges straddle the card&apos;s bottom edge: inside, over the padding only (never over text); outside, in the gap.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assumed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>human</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../app/ui/canvas/controller.py" line="+131"/>
        <source>Copy card</source>
        <extracomment>A sentence for the status bar: a refused edit, or what an action did. The card created last whose title is being typed (its naming merges into the add).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %n cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Delete card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %n items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%n card(s) copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is nothing to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paste %n card(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+31"/>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Colour %n cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/poster_legend.py" line="+37"/>
        <location filename="../../app/ui/canvas/grid.py" line="+94"/>
        <source>Line of visibility</source>
        <extracomment>Below this zoom headers draw no text (theirs is bigger than a card&apos;s: it stays readable further out).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/grid.py" line="+181"/>
        <source>%1 (folded)</source>
        <extracomment>The score scale the curve is drawn on (``scale`` would hide QGraphicsItem.scale()).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalogues</name>
    <message>
        <location filename="../../app/ui/catalogues.py" line="-143"/>
        <source>Phone</source>
        <extracomment>The built-in channel icons, with their names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+33"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Merge departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli_formats.py" line="+105"/>
        <source>leave off the band with the customer&apos;s goal, expectations and the objectives served</source>
        <extracomment>Writes the project in a session to a file, given the parsed command line (``--journey``, ``--paper``...). Reads a file into the project in a session, given the parsed command line (``--journey``). The poster&apos;s marks that can be left off: (option dest, PosterOptions field, help).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave off the stage durations and waiting times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave off the severity and share of customers of pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave off the marks of the first and last touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave off the digital or human marks of touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave off the KPI and measurement-point markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+174"/>
        <source>overlay the emotion curve of this journey (its to-be, say), named in the legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print each card&apos;s first evidence image as a thumbnail on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-99"/>
        <source>{pages} page(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>{sheets} sheets ({rows} x {columns}) and an assembly page.</source>
        <extracomment>Options that only a poster (or its image) takes, not the A4 reports.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{saved} sheets saved: only the part of the poster that holds content is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tip: {orientation} sheets would need only {sheets} (--tile-orientation {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{width} x {height} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{slides} slides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="+119"/>
        <source>as-is</source>
        <extracomment>``EX_SOFTWARE`` from sysexits.h: a bug, not the user&apos;s mistake. 128 + SIGPIPE: what a shell reports for a command whose reader went away.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to-be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {language}   Scale: {scale}   Revision: {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journeys: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Objectives: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personas: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Created {path} ({template}, {language}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Exported {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Imported {source} into the new project {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {source} into {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Customer journey maps. Without a sub-command: parcours [FILE] opens the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>create a project file from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language of the sample text: fr or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace FILE if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the journeys, personas, actions and KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli_library.py" line="+61"/>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check a file: exit 0 sound, 1 damaged, 2 not a Parcours project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_formats.py" line="+42"/>
        <source>paper of a poster or image: A0, A1, A2, A3, A4 or WIDTHxHEIGHTmm (default: A0 for a PDF, the map&apos;s own size for an image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="+15"/>
        <source>add SOURCE (.csv .xlsx .ojf .mmd as a new journey, .json as a project) to FILE, created if missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the journey to export (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>onboarding (default), ecommerce, service_desk, bank_account, patient_visit or blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>write a journey or the project to OUT; its suffix picks the format: .pdf .png .svg .csv .xlsx .json .ojf .mmd .pptx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_formats.py" line="+5"/>
        <source>portrait poster (default: landscape when the map is wider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>landscape poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the poster on A4 or A3 sheets at 100 %%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>orientation of the sheets (default: the one needing fewest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlap of the sheets in mm (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print-shop bleed in mm, 3 or 5 (adds trim and bleed boxes; not PDF/X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draw crop marks outside the trimmed sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF content: the poster (default), the action plan or the persona sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draw the map at this percentage of the canvas at 100 %% instead of fitting it to the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave the legend off the poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave the persona panel off the poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV: standard (commas, decimal point) or excel-fr (semicolons, decimal comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG resolution in dots per inch (default 96: the canvas at 100 %%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="+15"/>
        <source>title of the new journey (default: the one in SOURCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Internal error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_library.py" line="-20"/>
        <source>publish to, list, pull from a team library on PostgreSQL</source>
        <extracomment>Exit status of a publish refused because someone published first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the library: postgresql://user@host:port/database (default: $PARCOURS_LIBRARY_URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>publish FILE as a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after a conflict: publish this file on top (the other revision stays in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>publish as a new project of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name of a new project in the library (default: from its title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list the library&apos;s projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only projects whose title, organisation, author, journeys, personas or tags contain TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>copy a project of the library to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an earlier revision (default: the newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace OUT if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show what FILE changes from the library&apos;s newest revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ask the password once and keep it in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create or upgrade the library&apos;s tables and roles (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Published {name}, revision {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The library holds no project that matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pulled {name} into {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} against {name} revision {revision}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password of {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library is ready (schema {revision}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../app/ui/commands.py" line="+160"/>
        <source>Add card</source>
        <extracomment>What the next undo or redo applies: the op, then the inverse of the last application. Why the first application failed (one sentence for the user), or None. The op&apos;s result on its first application (e.g. the ids it created). Applied by push() before QUndoStack.push: the stack&apos;s first redo has nothing to do. A failed undo or redo was taken back: the stack&apos;s next call, in the other direction, only passes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste %n card(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %n cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duplicate cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="+17"/>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reopen comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolve comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation_votes.py" line="-194"/>
        <source>Start a dot vote</source>
        <extracomment>(participant id, name) in order. Dots per card of the round shown (the active one, else the journey&apos;s latest). The card Enter votes for (picked with Up/Down). The ranking shown over the map when a round ends (R shows it again); None: hidden.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Place a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Take a dot back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deck</name>
    <message>
        <location filename="../../app/export/deck.py" line="+168"/>
        <source>The whole journey</source>
        <extracomment>The slide, in points (13.333 x 7.5 in, 16:9). Pain points listed on the &quot;top pain points&quot; slide.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stages {first} to {last} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lanes, part {band} of {bands}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Top pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By severity times the share of customers concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This journey has no pain point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions addressing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick wins first, then by horizon and impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action has been decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} more actions in the action plan (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impact and effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each dot is an action of the plan, by its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Effort →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress: how far the actual value has come from the baseline to the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No indicator has been set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/export/files.py" line="+33"/>
        <location filename="../../app/export/image.py" line="+231"/>
        <location filename="../../app/ui/user_templates.py" line="+53"/>
        <source>Parcours could not write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="-204"/>
        <location line="+49"/>
        <location filename="../../app/cli_common.py" line="+35"/>
        <location filename="../../app/library/browse.py" line="+110"/>
        <source>{path} is a folder, not a file.</source>
        <extracomment>The translation context of the command line&apos;s own sentences.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_common.py" line="+2"/>
        <location filename="../../app/ui/window_import.py" line="+27"/>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="-57"/>
        <location filename="../../app/model/templates.py" line="+140"/>
        <source>There is no template named {name}; choose one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/model/templates.py" line="-27"/>
        <source>There is no language {name}; choose one of: {names}.</source>
        <extracomment>The content module of each built-in template, in the order the start screen lists them. Names accepted by :func:`populate` (and ``parcours new --template``). key, icon, nature, French name, English name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} already exists; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Parcours cannot export to {suffix} files yet: only {formats} for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_formats.py" line="-35"/>
        <source>The option {option} does not apply to {suffix} files; it works with {suffixes}.</source>
        <extracomment>``parcours export FILE OUT&lt;suffix&gt;`` calls ``EXPORTERS[suffix](session, out_path, options)``; the suffixes are those of :data:`app.export.formats.EXPORT_SUFFIXES`. ``parcours import FILE SOURCE&lt;suffix&gt;`` calls ``IMPORTERS[suffix](session, source_path, options)``; the suffixes are those of :data:`app.export.formats.IMPORT_SUFFIXES`. The export options and the output suffixes they apply to (``--journey`` applies to all).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="+17"/>
        <location filename="../../app/export/formats.py" line="+79"/>
        <source>Parcours cannot import {suffix} files yet: only {formats} for now.</source>
        <extracomment>What an export writes: the whole project, one journey as data, one journey drawn (poster or picture), or slides. What an import adds: the whole project (merged into the open one) or a new journey. None: Parcours does not write this format. None: Parcours does not read this format. Every format, in the order the command line&apos;s help lists them. The suffixes ``parcours export`` writes. The suffixes ``parcours import`` reads. The suffixes read as a new journey (what the editor&apos;s File &gt; Import offers). The suffixes that draw a journey as the poster does, and so take the poster&apos;s marks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The editor is not available in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <location filename="../../app/ui/document.py" line="+78"/>
        <location filename="../../app/ui/window_export_formats.py" line="+27"/>
        <source>{path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/read/project_json.py" line="+73"/>
        <source>The file is not text encoded in UTF-8.</source>
        <extracomment>Columns in the project&apos;s scale, and the one that is a distance on it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{place} should be at least {low}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place} should be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{place} should be one of: {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{place} is too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{place} should be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>{place} should be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be a colour such as #1A2B3C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be a date and time such as 2024-05-31T14:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be a date such as 2024-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be an image encoded in base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{place} is too large: a photo may take at most 4 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+36"/>
        <source>{place} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>{place} is not part of a Parcours project export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file is not a Parcours project export: it holds no JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not a Parcours project export: its &quot;format&quot; is not &quot;parcours-project&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file comes from a newer version of Parcours (format {version}); update Parcours to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{place} repeats the id {value} of another row.</source>
        <extracomment>Lists and nullable fields added after the first release of format 1: an older export without them imports.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{place} lists {value} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{place} puts the card in a lane and a stage of different journeys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{place} links a card to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place} links cards of different journeys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place} repeats a link between the same two cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{place} says the journey is derived from itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{place} repeats the channel key {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{place} refers to {target} id {value}, which is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file contradicts the project&apos;s rules and was not imported.</source>
        <extracomment>False: the project was empty and took the file&apos;s ids; True: rows were added after existing ones. Rows added, by list name (``cards``...), and association links added (``card_ids``...). Rows of the file matched to existing ones instead (``channels`` by key, ``departments`` by name). The file&apos;s scale when its scores were converted to the project&apos;s, else None. For each list: the file&apos;s id -&gt; the id in the project.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/curve_reading.py" line="+34"/>
        <location filename="../../app/model/journey_data.py" line="+127"/>
        <source>There is no journey {journey_id}.</source>
        <extracomment>Where the tags&apos; JSON text is (decoded once per distinct value, most cards share &quot;[]&quot;). The cards of a journey (in cells by position: from_parts sorts), and the cards of some ids.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/fields.py" line="+51"/>
        <location filename="../../app/model/ops_journey.py" line="+271"/>
        <location filename="../../app/model/ops_project.py" line="+53"/>
        <location filename="../../app/model/ops_workshop.py" line="+138"/>
        <location filename="../../app/model/ops_workspace.py" line="+179"/>
        <source>A {table} has no field named {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{value} is not a colour such as #1A2B3C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo is too large: at most 4 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>“{value}” is not a date: write it as 2027-01-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/journey_data.py" line="+40"/>
        <source>The project has no journey to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/fields.py" line="-62"/>
        <location filename="../../app/model/ops_core.py" line="+162"/>
        <source>There is no {table} {value}.</source>
        <extracomment>A row of some table. Ids by table name. An op: ``fn(session, **kwargs) -&gt; Change``. Tables that shape a journey&apos;s map: when one changes, a map reads its journey again. Project-wide tables: the project&apos;s panes and palettes follow them. Stages, lanes, journeys, project fields or channels changed: read the journey again. Cards (and perhaps the links that come and go with them) changed: follow those cards. Only links changed: read the links again. Nothing a map shows. The op&apos;s answer, e.g. the new id of ``add_card``. Rows of ``updated`` whose only change is their position, by table: id -&gt; new position. A view may move them instead of reading them again (a delete renumbers thousands of cards). Every table an op adds rows to, by name (what :func:`delete_rows` may be given).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/model/ops_workshop.py" line="-90"/>
        <source>{field} must be between {low} and {high}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/model/ops_actions.py" line="+31"/>
        <location filename="../../app/model/ops_project.py" line="+21"/>
        <source>{value} is not a valid value for {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/migrations.py" line="+193"/>
        <source>{path} is damaged: part of the project&apos;s structure is missing ({missing}).</source>
        <extracomment>The tables schema version 2 added, exactly as that step created them: written out, not taken from :mod:`app.model.schema`, so that a later change of these tables cannot change what the old step does. The workshop tables (dot votes and comments), as schema version 4 created them. What schema version 5 added or replaced to make deleting cards fast, as that step wrote it. ``{n: step}``: ``step`` upgrades a database of schema version ``n`` to ``n + 1``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{path} uses file version {version}, which this version of Parcours cannot bring up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>{path} could not be brought up to date from file version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/ops_core.py" line="+104"/>
        <source>There is no edit named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-90"/>
        <location filename="../../app/model/ops_workshop.py" line="-20"/>
        <source>There is already a {table} {value}.</source>
        <extracomment>Most participants a round may have (a meeting room, not a survey).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/ops_journey.py" line="-215"/>
        <source>A journey cannot be derived from itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The lane and the stage belong to different journeys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A card cannot move to another journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A card cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only cards of the same journey can be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These two cards are already linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/recovery.py" line="+256"/>
        <source>{path} is already open by {user} on {host} since {since}; open it read-only, or wait until it is closed.</source>
        <extracomment>The document it belongs to (None: the project was never saved). When its owner opened it (local time). Tells this lock from another one by the same process (a forced re-open).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/store.py" line="+207"/>
        <source>These unsaved changes cannot be recovered because their copy is damaged.</source>
        <extracomment>The document on disk (None while untitled). The private database every edit is committed to (None for a :meth:`read` snapshot). True when the document cannot be written in place (Save As still works). What the user should know about the file once it is open (objects removed...), one sentence each. True while the working copy is marked as holding nothing the user changed (see WorkingCopy.untouched_path).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This project has not been saved yet; use Save As to choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is a folder; choose a file name to save to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is read-only; use Save As to keep your changes elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is read-only; choose another name or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/workingcopy.py" line="+64"/>
        <source>The disk holding Parcours&apos;s working files ({folder}) is full, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parcours could not write its working files in {folder} ({reason}), so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Parcours could not write its working files in {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parcours could not make its working copy of {path} in {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/inspection.py" line="+29"/>
        <source>{path} is damaged: its content fails the database&apos;s own integrity check.</source>
        <extracomment>Foreign objects named in one warning at most; the rest are counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is damaged: its project record is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is damaged: the value of {column} in row {row} of its {table} table cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} holds database objects that Parcours did not make ({objects}); they were not run and have been removed from the open copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds database objects that Parcours did not make ({objects}); they are never run, and opening the file in Parcours removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{path} is damaged: the structure of its {table} table is not the one Parcours made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{path} is damaged: it holds database objects that Parcours did not make and cannot remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/storefile.py" line="+71"/>
        <source>{path} is damaged: it is shorter than it should be, probably cut off during a copy or a download.</source>
        <extracomment>``PRAGMA application_id`` of every project file: &quot;PARC&quot; in ASCII. Sidecars that hold an unfinished change of the database beside them. Pages according to the header, or None when the header&apos;s count is not current. True when the file is in WAL mode (format bytes 18-19 are 2).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a Parcours project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are not allowed to read {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+114"/>
        <source>Parcours could not read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-99"/>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is a folder, not a Parcours project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is empty (0 bytes), so it is not a Parcours project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is a database from another program, not a Parcours project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} was saved by a newer version of Parcours (file version {version}); update Parcours to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is damaged: it does not say which version of Parcours wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is damaged: its database header holds values SQLite does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{path} is being changed by another program right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/inspection.py" line="-36"/>
        <source>{path} is damaged: some of its records point to records that do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/storefile.py" line="+78"/>
        <source>An interrupted change from another program lies beside {path} ({sidecar}), so Parcours will not open it until that program has finished or undone it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/filecheck.py" line="+97"/>
        <source>{path} is a sound Parcours project (file version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/storefile.py" line="+91"/>
        <source>Parcours could not save {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py" line="+93"/>
        <source>The folder {path} named by {variable} does not hold the Parcours resources.</source>
        <extracomment>Environment variable that overrides where the resources are looked for. Name of the installed distribution (``pip install .``). Where the wheel puts the folder, relative to the installation prefix. The font family shared by the canvas and the posters, so print matches screen. File of each style of :data:`FONT_FAMILY` in ``resources/fonts``. A file every complete resources folder holds; tells ours from any other ``resources``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parcours is not installed completely: its resources folder is missing; reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Parcours is not installed completely: {name} is missing; reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/read/spreadsheet.py" line="+96"/>
        <location line="+9"/>
        <location line="+145"/>
        <location line="+22"/>
        <location line="+51"/>
        <source>The spreadsheet is empty: it needs a header row and one row per card.</source>
        <extracomment>Translatable sentences (unknown columns, channels or departments added...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-207"/>
        <location filename="../../app/export/read/xlsx.py" line="+121"/>
        <source>The spreadsheet has more than {limit} rows (row {row}): split it and import the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row {row}, column {column} of the CSV file is not valid UTF-8 text: save it again as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Row {row} of the CSV file cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/read/xlsx.py" line="-78"/>
        <source>The file is not an Excel workbook (.xlsx), or it is damaged.</source>
        <extracomment>What openpyxl and the zip and XML readers raise for a damaged or hostile workbook.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The sheet {sheet} reaches beyond row {limit}: Parcours does not read sheets this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row}, column {column} holds a formula ({value}): paste it as values and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The workbook&apos;s part {name} has more than {limit} rows: split it and import the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row {row}, column {column} is part of merged cells ({cells}): unmerge them and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/card_table.py" line="+214"/>
        <source>Row {row}, column {column}: {value} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row}, column {column}: {value} should be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row}, column {column}: {value} is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+27"/>
        <source>Row {row}, column {column}: {value} should be one of: {values}.</source>
        <extracomment>The columns of the long table, in order. The columns every row must fill. What joins (and splits) the tags of a card in one cell. Other names of each column (compared without case, accents, spaces, ``_`` or ``-``). French words for the enumerations&apos; values, by their normalised spelling. Words that give away a lane&apos;s kind when the table does not say it, tried in this order. How a yes/no cell may be spelled (normalised), in English or French. Every header the importer knows (normalised) -&gt; its column; ``id`` and ``curve_moment`` are the workbook&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Row {row}, column {column}: {value} should be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/read/spreadsheet.py" line="+31"/>
        <source>Row {row}, column {column} is empty: every card needs a title, a stage and a lane.</source>
        <extracomment>The card&apos;s id in the workbook it comes from (links and actions point at it), if any.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row {row}, column {column}: {value} is not a colour such as #1A2B3C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Column {column} is not one Parcours knows: it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}, column {column} repeats the column {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row} has no column {column}: a card table needs the columns title, stage and lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>These sheets are not ones Parcours reads, so they were not imported: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/read/references.py" line="+92"/>
        <source>The channel {name} was added to the project&apos;s catalogue.</source>
        <extracomment>Channels described by the workbook (its Channels sheet).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The department {name} was added to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/paper.py" line="+44"/>
        <source>There is no paper {paper}; choose A0, A1, A2, A3, A4 or WIDTHxHEIGHTmm (50 to 5000 mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no orientation {name}; choose portrait or landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An overlap of {overlap} mm and margins of {margin} mm leave too little of a {paper} sheet.</source>
        <extracomment>Printable window of one sheet (the sheet less its margins). Top left corner of the tiled area on the poster (mm from the poster&apos;s top left): only content is tiled. Sheets saved by tiling only the area holding content rather than the whole poster sheet. Size (mm) of the area tiled (the poster&apos;s content less its margins; the poster itself for :func:`tile_grid`). (row, column) of the sheets of the grid left out because nothing would print on them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_page.py" line="+129"/>
        <location filename="../../app/model/journey_data.py" line="+4"/>
        <source>There is no such journey in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/read/journey_plan.py" line="+113"/>
        <location filename="../../app/export/read/workbook_merge.py" line="+97"/>
        <source>The persona {name} was added to the project.</source>
        <extracomment>Files larger than this are refused before they are parsed. Translatable sentences (fields ignored, scores rescaled, personas added...). (name, side) of the department behind the card, matched by name or added. (name, description) of each stage, in order. (kind, name) of each lane, in order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>These departments were added to the project: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/read/limits.py" line="+61"/>
        <source>The file is larger than {limit} MB: Parcours does not import files this large.</source>
        <extracomment>Largest CSV, XLSX, .ojf or Mermaid file an import reads. Largest project JSON document (it carries persona photos in base64). Most entries in a workbook&apos;s zip archive. Largest uncompressed size of one entry of a workbook, and of all of them together. Highest compression ratio of an entry larger than :data:`RATIO_FLOOR` bytes (zip bombs are thousands). Most data rows and columns of a table, and characters in one cell (Excel&apos;s own cell limit). Most rows of a sheet counted with the empty ones (a stray cell far below makes a reader walk every row). Most cards one .ojf import creates (nodes and blueprint items), and tasks one Mermaid import creates. Largest persona photo a project JSON document may carry. Deepest nesting of lists and objects in a JSON or .ojf document. Most characters in one number of a JSON or .ojf document.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The {kind} file nests lists or objects more than {limit} levels deep: Parcours does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {kind} file holds a number of more than {limit} digits: Parcours does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The workbook holds more than {limit} parts: Parcours does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workbook&apos;s part {name} unpacks to more than {limit} MB: Parcours does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook&apos;s part {name} is compressed more than {limit} times, as zip bombs are: Parcours does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row {row}, column {column} holds more than {limit} characters: Parcours does not import cells this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row {row} has more than {limit} columns: Parcours does not import tables this wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The workbook&apos;s XML is damaged, so the file cannot be read: open it in a spreadsheet program and save it again.</source>
        <extracomment>What a hostile or broken XML part raises while a workbook is read (defusedxml&apos;s refusals included).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workbook&apos;s XML declares entities or a document type, as attacks on XML readers do: Parcours does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/read/ojf.py" line="+43"/>
        <source>In the OJF file, {path} should be text.</source>
        <extracomment>The score range of the OJF specification. The sentiment word written for each emotion (and read back as that emotion). Parcours severity (1..5) for each OJF severity, and back.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the OJF file, {path} should be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the OJF file, {path} should be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the OJF file, {path} should be an object with named fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the OJF file, {path} should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The OJF field {field} has no place in Parcours: it was ignored.</source>
        <extracomment>Emotion for each sentiment word (normalised), in English or French. Lane kind for words of a swimlane&apos;s name or type, tried in this order (names are normalised). Blueprint layers of a node: the lane kind they go to and its name in each language. Fields of the spec that have no place in a Parcours card. The lane kinds&apos; own names, as a swimlane ``type`` written by Parcours.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OJF field {field} is not one Parcours knows: it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The OJF file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not UTF-8 text, so it cannot be an OpenJourney (.ojf) document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not JSON (the error is at line {line}, column {column}), so it cannot be an OpenJourney (.ojf) document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file nests JSON too deeply to be an OpenJourney (.ojf) document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is JSON but not an OpenJourney (.ojf) document: it has no list of stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The scores run from {low} to {high}, outside the OJF range of -5 to 5: they were read as a scale from {from_low} to {from_high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The OJF file defines the stage {id} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The OJF file defines the swimlane {id} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The OJF file defines the node {id} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Some nodes name a stage or swimlane the file does not define ({ids}): a stage or lane of that name was added for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>These emotion swimlanes hold cards, so they became touchpoints lanes whose scores draw the emotion curve: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scores sit on the swimlane {name}, so it became a touchpoints lane whose scores draw the emotion curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The OJF file has more than {limit} nodes: split it and import the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the OJF file, {path} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sentiment {value} has no matching emotion in Parcours: it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The severity {value} is not low, medium or high: it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/poster_sheet.py" line="+152"/>
        <source>A journey cannot be compared with itself: name another one (its to-be journey, say).</source>
        <extracomment>Characters no installed font has: printed as &quot;□&quot; and named in a warning. Taller stage headers make room for the durations and waiting times. The journey whose curve is overlaid (the to-be over the as-is), and its title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>At {scale} % the map needs a sheet of {width} x {height} mm: choose a larger paper or a smaller scale (at most {fits} % on this one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/image.py" line="-113"/>
        <source>An image is written as .png or .svg, not {suffix}.</source>
        <extracomment>Limits of the resolution, in dots per inch. The longest side an image may have, in pixels. Bytes of one band of ARGB pixels painted at a time (fewer rows on a wide image). Rows of a band at most. Size of the IDAT chunks written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resolution of {dpi} dpi is not possible: choose 10 to 1200 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/export/poster.py" line="+151"/>
        <source>The margin cannot be negative.</source>
        <extracomment>The poster&apos;s entry point, and what its callers use of the layers below (paper, fonts, the drawing). The size of one printed sheet (a tile&apos;s when tiled), and its orientation. The size of the whole poster (the trimmed sheet when there is a bleed). The smallest card text as printed, in points. What the user should know about the file written (e.g. text too small to read), one sentence each.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An image of {width} x {height} pixels is too large (at most {limit} on a side): choose a lower resolution or a smaller paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="+2"/>
        <source>A bleed of {bleed} mm is not possible: choose 0 to 10 mm (print shops usually ask for 3 or 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bleed and crop marks are for a print shop&apos;s single sheet; they cannot be combined with printing on office sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A scale of {scale} % is not possible: choose 1 to 1000 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No installed font that can be embedded has {characters}: they print as “□”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/poster_sheet.py" line="+39"/>
        <source>Margins of {margin} mm leave nothing of a {paper} sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_common.py" line="+15"/>
        <source>There is no journey {name} in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/read/mermaid.py" line="+121"/>
        <source>The file is not a Mermaid journey diagram: it should start with the word journey, not {start}.</source>
        <extracomment>Mermaid&apos;s documented score range. What the exporter writes for a comma inside an actor&apos;s name (Mermaid splits actors at commas). line, stage index, name, score, actors</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+38"/>
        <source>The Mermaid file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The file is not UTF-8 text, so it cannot be a Mermaid diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line {line} of the Mermaid diagram is not a task (name: score: actors): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line {line} of the Mermaid diagram: the score {value} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Mermaid diagram has more than {limit} tasks: split it and import the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The Mermaid journey diagram has no title, section or task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The diagram&apos;s display settings ({names}) have no place in a journey: they were ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scores run from {low} to {high}, outside Mermaid&apos;s 1 to 5: they were rescaled from that range to the project&apos;s scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_export_formats.py" line="-2"/>
        <source>This format is not available in this installation yet.</source>
        <extracomment>Every export action, in menu order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parcours stopped on an unexpected problem ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_actions.py" line="+339"/>
        <source>The journey {journey} has no actions yet: add some before printing its action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This project has no actions yet: add some before printing an action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_personas.py" line="+386"/>
        <source>The journey {journey} has no personas yet: add some before printing persona sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This project has no personas yet: add some before printing persona sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/user_templates.py" line="+11"/>
        <source>The template {path} cannot be read; delete it or save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_formats.py" line="-67"/>
        <source>The {report} report prints on A4 portrait sheets: {option} applies to posters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_library.py" line="-36"/>
        <source>{path} was never published to or pulled from this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no system keyring here to keep the password; give it with PGPASSWORD instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/mermaid.py" line="+131"/>
        <source>Mermaid cannot hold some characters (: # ; %% and line breaks), so these names were written differently: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/poster_fit.py" line="+201"/>
        <source>Card text prints at {size} pt, under {readable} pt: a larger poster paper helps, or fewer stages per sheet (one journey per group of stages).</source>
        <extracomment>The largest size (pt) a card title is printed at; beyond it the map takes wider cards, not larger type. Card text printed smaller than this (pt) is hard to read on a wall. Card widths tried, as a share of the canvas&apos;s card width. Never narrower than on screen: narrower cards break long words (French &quot;administratifs&quot;) across lines; taller rows take the height instead. Proportions within this (log ratio) of the room&apos;s count as matched. The canvas&apos;s own layout style, the default.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card text prints at {size} pt, under {readable} pt: tiling on office sheets (--tile A4), a larger paper, leaving the persona panel off (--no-personas) or fewer stages per sheet helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card text prints at {size} pt, under {readable} pt: printing on office sheets, a larger paper, leaving the persona panel off or fewer stages per sheet helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card text prints at {size} pt, under {readable} pt: tiling on office sheets (--tile A4), a larger paper or fewer stages per sheet helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card text prints at {size} pt, under {readable} pt: printing on office sheets, a larger paper or fewer stages per sheet helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/workbook.py" line="+333"/>
        <source>The workbook does not carry persona photos ({photos}), objectives ({objectives}) or measurement points ({points}): they were left out.</source>
        <extracomment>The columns of the workbook&apos;s card sheet: the table&apos;s, then the curve&apos;s moment of truth and the card&apos;s id. Columns whose text wraps in its cell (the others stay on one line).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/read/workbook_merge.py" line="-40"/>
        <source>These rows of the Links sheet name cards the workbook does not hold, or repeat a link: they were not imported: {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some actions or KPIs point at cards the workbook does not hold ({ids}): those links were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>These personas were already in the project, so the workbook&apos;s description of them was not imported: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Action added: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action {id} ({title}) changed: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>KPI added: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KPI {id} ({name}) changed: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook is the journey {title} of this project: its Actions and KPIs sheets were merged into it, and its other sheets ({sheets}) were not imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/read/workbook.py" line="+89"/>
        <source>Column {column} of the sheet {sheet} is not one Parcours knows: it was ignored.</source>
        <extracomment>The creation time of the project the workbook came from (see :func:`app.export.workbook.project_stamp`). (row, source card id, target card id, fields) (row, id or None, fields, card ids, department name) (row, id or None, fields, stage name, card id)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row {row}, column {column}: {value} is not a date such as 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row {row}, column {column} is empty: it needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sheets {names} record the workshop (the dot vote, the comments): an import does not bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/library/browse.py" line="-40"/>
        <source>The library has no project named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The project {name} has no revision {revision}; its newest is {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision {revision} of {name} was published by a newer version of Parcours: update Parcours to pull it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} already exists; choose another name or replace it with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/library/connection.py" line="+49"/>
        <source>No library is named: give --url postgresql://user@host/database or set {variable}.</source>
        <extracomment>Environment variable naming the library when ``--url`` is not given. Keyring service under which passwords are kept. Seconds to wait for the server before saying it cannot be reached.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{url} is not a library address: it must look like postgresql://user@host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The library at {where} refused the user name or password of {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library at {where} offers no encrypted connection (TLS), which this address requires (sslmode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no database {database} on the library server {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your library account {user} may read the library but not publish to it: ask its administrator for the editor role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {database} on {where} holds no Parcours library yet: its administrator creates one with parcours library init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library server {where} cannot be reached or closed the connection: nothing was changed; check the address and the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library at {where} refused the request: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/library/publish.py" line="+101"/>
        <source>The library already has a project named {name}: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The project {name} is no longer in the library: publish it as a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone published {name} (revision {head}) after the revision {base} this file builds on: nothing was written; keep yours, keep the library&apos;s, or publish a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/images.py" line="+109"/>
        <location line="+39"/>
        <source>The image is empty.</source>
        <extracomment>Largest file accepted for reading (before downscaling). Largest picture accepted, in pixels (a 40-megapixel camera photo passes; a bomb does not). Longest side accepted, in pixels. Most elongated shape accepted (long side / short side). Longest side of what is stored in the project file. Largest stored image (the database CHECKs the same). Formats accepted, by the MIME type stored beside the bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+39"/>
        <location filename="../../app/ui/images.py" line="+30"/>
        <source>The image is too large: at most {megabytes} MB.</source>
        <extracomment>Qt&apos;s decoder refuses to allocate more than this (MB) for one picture.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+38"/>
        <source>This is not a PNG, JPEG or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+8"/>
        <location filename="../../app/ui/images.py" line="+27"/>
        <source>The image is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image is too big: {width} × {height} pixels (at most {megapixels} megapixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image is too narrow to show: {width} × {height} pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/ops_workshop.py" line="+15"/>
        <source>A vote needs at least one participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A vote may have at most {value} participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This card is not on the journey of the vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has placed all {value} dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+28"/>
        <source>A comment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This card is not on the journey of the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This stage is not on the journey of the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/ops_workspace.py" line="-119"/>
        <source>Choose two different entries to merge.</source>
        <extracomment>What points at a catalogue row, by catalogue table: (class, column).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/images.py" line="-23"/>
        <source>The image {name} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="-5"/>
        <source>The disk is full ({folder}): nothing was changed. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parcours could not write this change to its working copy ({reason}): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change stopped on an unexpected problem ({detail}): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/persona_links.py" line="+36"/>
        <source>{format} does not carry which personas {cards} cards apply to, nor their scores for each persona: that was left out (a .parcours or .json file keeps it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../app/model/names.py" line="+14"/>
        <source>Joy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sadness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogues_base.py" line="+44"/>
        <source>Win new customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improve retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make life easier for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Front stage (seen by the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back stage (unseen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helps themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wants it done for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/ui/inspector_fields.py" line="-127"/>
        <source>Digital</source>
        <extracomment>Translation context of the enum labels (lane kinds are named by :mod:`app.ui.labels`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/inspector_fields.py" line="+1"/>
        <source>Human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_fields.py" line="+3"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observed in research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As-is (lived today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To-be (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/poster_draw.py" line="+44"/>
        <location filename="../../app/ui/labels.py" line="+13"/>
        <source>Customer steps</source>
        <extracomment>Names of the lane kinds (context &quot;labels&quot;, shared with the editor&apos;s catalogue).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Delights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Front stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Back stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Support systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <location line="+22"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="-21"/>
        <source>Employee experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Externalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="+8"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front-stage action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-stage action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Externality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../app/ui/canvas/menus.py" line="+26"/>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unpin as a moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin as a moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never a moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <location line="+10"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+13"/>
        <location line="+10"/>
        <source>Default colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+13"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Insert lane above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert lane below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fold or unfold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert stage before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert stage after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a card here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>method</name>
    <message>
        <location filename="../../app/ui/method_labels.py" line="+21"/>
        <source>Idea</source>
        <extracomment>Colours of the horizons (road map columns, matrix dots).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mystery visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/method_markers.py" line="+65"/>
        <source>1 action</source>
        <extracomment>A card&apos;s pills: (text, fill colour) each. Tables whose rows, added or removed, may change the markers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poster</name>
    <message>
        <location filename="../../app/export/paper.py" line="-89"/>
        <source>portrait</source>
        <extracomment>Portrait sizes (width, height) of the named papers, in millimetres (ISO 216). Points per millimetre. Points per canvas pixel at 100 % (96 pixels to the inch). Names of the orientations (context &quot;poster&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/poster_sheet.py" line="-102"/>
        <location filename="../../app/export/report_page.py" line="-88"/>
        <source>Parcours {version} · {date}</source>
        <extracomment>The map as on the canvas (its proportions choose the orientation); each sheet fits its own. One curve per persona scored on its own (a map without per-persona scores has none). The map&apos;s size in percent of the canvas at 100 % (None: as large as the sheet allows). Called with (cards drawn, cards) while the map is drawn; may raise to cancel. The smallest card text drawn so far, in points (None: no map drawn yet).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision {revision} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/deck.py" line="-97"/>
        <location filename="../../app/export/poster_sheet.py" line="+163"/>
        <source>Persona: {names}</source>
        <extracomment>What holds ink (x, y from the bottom, width, height in pt): a tile that shows none is left out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="+84"/>
        <source>{journey} · trim {width} x {height} mm · bleed {bleed} mm · {stamp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/poster_tiles.py" line="+55"/>
        <source>row {row}/{rows} · column {column}/{columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cut here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Assembly of the poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print at 100 % (actual size): do not fit to page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sheets} sheets {paper} {orientation} ({rows} rows × {columns} columns) for a {poster} poster; overlap {overlap} mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut each sheet along the dashed line marked “cut here” on its left and top, then lay it on its neighbours up to their ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{saved} sheets saved: only the part of the poster that holds content is printed (sheets marked “—” are not needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/poster_legend.py" line="-7"/>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+201"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/poster_marks.py" line="+39"/>
        <source>first</source>
        <extracomment>Colours of the marks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Customer goal</source>
        <extracomment>Card id -&gt; (the bytes of its first evidence image, how many it has); read when the poster asks. Cards and stages carrying a KPI, and those where satisfaction is measured. The thumbnail&apos;s box on a card&apos;s bottom-right corner, as on the canvas (points).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Digital touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First / last touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction measured here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity (1 to 5) and share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration and waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve of {journey}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve of {persona}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../app/export/report_page.py" line="-1"/>
        <source>page {page}/{pages}</source>
        <extracomment>Points per millimetre. A4 portrait in points (210 x 297 mm). Page margin. Height kept free at the bottom of every page for the footer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_matrix.py" line="+52"/>
        <source>Quick wins</source>
        <extracomment>Names of the quadrants of the impact/effort matrix.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thankless tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_actions.py" line="-262"/>
        <source>Quick wins (now)</source>
        <extracomment>Names of the horizons, in the order the plan prints them (None: not scheduled).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Quick win</source>
        <extracomment>Short names of the horizons, for the columns of the summary.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_matrix.py" line="+4"/>
        <source>{count} actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_actions.py" line="+12"/>
        <source>baseline {value}</source>
        <extracomment>Longest department name printed in the summary table (a table row cannot break across pages).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_matrix.py" line="+56"/>
        <source>Effort (1 low, 5 high)</source>
        <extracomment>Radius (pt) below which a cell&apos;s dots would be illegible: the cell lists the numbers instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact (1 low, 5 high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_actions.py" line="+84"/>
        <source>All journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>actions: {actions} · quick wins: {quick}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+141"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+43"/>
        <location filename="../../app/export/report_plan.py" line="+67"/>
        <source>No department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Actions by department and horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>impact {value}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effort {value}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>risk {value}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/export/report_plan.py" line="+67"/>
        <source>{share} % of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Irritants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/export/report_plan.py" line="+40"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact and effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prioritised actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_personas.py" line="-333"/>
        <source>Prefers to help themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers a ready-made solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Digital ease</source>
        <extracomment>Longest name, role, segment or age band printed in the header. Scales tried, largest first. A drawing queued by the layout: given the canvas and the content&apos;s top (pt, y up).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Persona sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persona sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_plan.py" line="-111"/>
        <source>Owner</source>
        <extracomment>Pain points listed with their actions. Actions named with their title in one cell of the road map.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Road map by owner and horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Top pain points and the actions addressing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{dots} dots in the workshop&apos;s vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pain points no action addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every pain point has an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>severity {value}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../app/ui/units.py" line="+31"/>
        <source>in</source>
        <extracomment>The symbol of inches, written after a number (&quot;8.5 in&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mm</source>
        <extracomment>The symbol of millimetres, written after a number (&quot;210 mm&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
