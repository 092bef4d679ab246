<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ColourEditor</name>
    <message>
        <location filename="../../app/ui/inspector_fields.py" line="+80"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+222"/>
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
    <name>CurveDrawing</name>
    <message>
        <location filename="../../app/ui/emotion_drawing.py" line="+40"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>to be</source>
        <extracomment>Text items reused from one refresh to the next: emotion names, then moment names.</extracomment>
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
        <location line="+27"/>
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
        <location filename="../../app/ui/emotion_plot.py" line="+92"/>
        <source>Draw another journey&apos;s curve over this one</source>
        <extracomment>Distance (pixels) within which a press or a click takes a point. A point was clicked: select its card. Card id -&gt; (x, score) of the main curve&apos;s scored points, for hit tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
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
        <location filename="../../app/ui/emotion_pane.py" line="+33"/>
        <source>The emotion curve is coming…</source>
        <extracomment>How long after a project opens the plot is built (the map paints first). A point was clicked: select its card.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportVerbs</name>
    <message>
        <location filename="../../app/ui/window_export.py" line="+213"/>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export a poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+3"/>
        <location line="+115"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported %1: %2 sheets (%3 x %4) + assembly page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <location line="+63"/>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Export an image</source>
        <extracomment>The file dialog&apos;s title and filters (context &quot;ExportVerbs&quot;). Suffixes the file may have; the first is added when it has none of them. Suffixes written at once rather than in the background. The suggested file name (context &quot;ExportVerbs&quot;); None: the journey&apos;s title; &quot;project&quot;: the project&apos;s file. The export formats after the poster, in menu order, by action name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-77"/>
        <source>96 dpi: the map as on screen at 100 %</source>
        <extracomment>Resolutions offered for a PNG: (dots per inch, what for; context &quot;ExportVerbs&quot;).</extracomment>
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
        <location line="+76"/>
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
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+183"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Image resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileVerbs</name>
    <message>
        <location filename="../../app/ui/window_files.py" line="+94"/>
        <location line="+17"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Journey map.parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Parcours projects (*.parcours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcours stopped unexpectedly with unsaved changes to %1 (opened %2). Recover them?</source>
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
    <name>ImportVerbs</name>
    <message>
        <location filename="../../app/ui/window_import.py" line="+36"/>
        <source>Journeys (*.csv *.xlsx *.ojf *.mmd);;Spreadsheets (*.csv *.xlsx);;OpenJourney (*.ojf);;Mermaid (*.mmd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1: %2 cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was imported with %2 remarks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../app/ui/inspector.py" line="+65"/>
        <source>Select a card, a lane or a stage to see its fields.</source>
        <extracomment>Card fields that only mean something on a touchpoint (they feed the emotion curve). Card fields that only mean something on a pain point. Lane kinds whose cards are pain points (employee irritants become customer irritants later). Other tables whose changes a subject&apos;s form shows (choices, scale, the card&apos;s lane kind). The model&apos;s sentence when it refused the last edit (hidden otherwise).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+34"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
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
        <location filename="../../app/ui/journey_panel.py" line="+39"/>
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
        <location line="+64"/>
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
    <name>JourneyVerbs</name>
    <message>
        <location filename="../../app/ui/window_journeys.py" line="+38"/>
        <source>to be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+81"/>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="+123"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
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
        <location line="+2"/>
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
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+9"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The journey shown on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-120"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="-2"/>
        <source>Inspector</source>
        <extracomment>Every open window (so that File &gt; New window keeps its window alive). Journeys shown lately, the current one last: where to go back when it goes away. Holds the document&apos;s undo stack: Edit &gt; Undo / Redo always act on the open document.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+229"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>This journey has no lane for that kind of card.</source>
        <extracomment>Visibility of the docks while the start screen hides them (None: not on the start screen).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+226"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Zoom: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language changes the next time Parcours starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_export.py" line="-265"/>
        <source>&amp;Poster (PDF)…</source>
        <extracomment>Every export action, in menu order.</extracomment>
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
        <location line="+10"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../app/ui/palette.py" line="+92"/>
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
        <location line="+4"/>
        <source>Drag onto the map: a touchpoint on this channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosterDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="+123"/>
        <source>Export a poster</source>
        <extracomment>Named papers offered for the poster (ISO 216), and the sheets an office printer takes. Print-shop bleeds offered, in mm. &quot;A0&quot;..&quot;A4&quot; or a custom &quot;WIDTHxHEIGHTmm&quot;. &quot;portrait&quot;, &quot;landscape&quot; or None (automatic: landscape when the map is wider than tall). &quot;A4&quot; or &quot;A3&quot; to print on office sheets, None for one sheet. Orientation of the office sheets; None: whichever needs fewest. Print-shop bleed (only without tiling). The legend strip and the column of the journey&apos;s personas. The map at this percentage of the canvas at 100 %; None: as large as the sheet allows. The sheet count or the problem shown changed (tests and the window listen).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Custom size</source>
        <extracomment>Whether the journey has personas (the poster&apos;s persona column then takes room from the map).</extracomment>
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
        <location line="+4"/>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+26"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+77"/>
        <source>A custom size must measure 50 to 5000 mm on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The margins leave nothing of the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 × %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One sheet, %1, plus %2 mm of bleed on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One sheet, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sheets (%2 x %3) + assembly page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 landscape sheets at 100 %, overlapping by %2 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 portrait sheets at 100 %, overlapping by %2 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At %1 % the map does not fit this sheet: choose a larger paper or at most %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Landscape sheets need only %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait sheets need only %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use portrait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../app/ui/start_screen.py" line="+31"/>
        <source>Parcours</source>
        <extracomment>New blank project. Show the Open dialog. Open this recent file. A new untitled project from a sample: (template, language).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+6"/>
        <source>Sample: “My new job” (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample: « Mon nouvel emploi » (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No recent projects yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../../app/ui/inspector_fields.py" line="-154"/>
        <source>tag, another tag</source>
        <extracomment>The user changed the value; carries the new model value. True when consecutive edits should merge into one undo step (typing).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../app/ui/canvas/controller.py" line="+109"/>
        <source>Copy card</source>
        <extracomment>A sentence for the status bar: a refused edit, or what an action did.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy %n cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Delete card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %n items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+33"/>
        <location line="+22"/>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Colour %n cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/poster_legend.py" line="+35"/>
        <location filename="../../app/ui/canvas/grid.py" line="+70"/>
        <source>Line of visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/grid.py" line="+170"/>
        <source>%1 (folded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli_formats.py" line="+88"/>
        <source>{pages} page(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{sheets} sheets ({rows} x {columns}) and an assembly page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tip: {orientation} sheets would need only {sheets} (--tile-orientation {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{width} x {height} px</source>
        <extracomment>Exporters that also read the export options of the command line (``--paper``, ``--tile``...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="+144"/>
        <source>as-is</source>
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
        <source>Personas: {count}</source>
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
        <location line="+40"/>
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
        <location line="+3"/>
        <source>onboarding (default) or blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check a file: exit 0 sound, 1 damaged, 2 not a Parcours project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a journey or the project to OUT; its suffix picks the format: .pdf .png .svg .csv .xlsx .json .ojf .mmd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>paper of a poster or image: A0, A1, A2, A3, A4 or WIDTHxHEIGHTmm (default: A0 for a PDF, the map&apos;s own size for an image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>add SOURCE (.csv .xlsx .ojf .mmd as a new journey, .json as a project) to FILE, created if missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>the journey to export (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>PNG resolution in dots per inch (default 96: the canvas at 100 %%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>title of the new journey (default: the one in SOURCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Internal error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../app/ui/commands.py" line="+155"/>
        <source>Add card</source>
        <extracomment>``QUndoCommand.id()`` of commands that merge field edits. What the next undo or redo applies: the op, then the inverse of the last application. Why the first application failed (one sentence for the user), or None. The op&apos;s result on its first application (e.g. the ids it created). Applied by push() before QUndoStack.push: the stack&apos;s first redo has nothing to do. A failed undo or redo was taken back: the stack&apos;s next call, in the other direction, only passes.</extracomment>
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
        <location line="+0"/>
        <source>Move %n cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %n cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+7"/>
        <source>Move lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/export/files.py" line="+30"/>
        <location filename="../../app/export/image.py" line="+227"/>
        <source>Parcours could not write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="-329"/>
        <location line="+107"/>
        <location line="+47"/>
        <source>{path} is a folder, not a file.</source>
        <extracomment>``EX_SOFTWARE`` from sysexits.h: a bug, not the user&apos;s mistake. Writes the project in a session to a file; chosen by the output&apos;s suffix. Reads a file into the project in a session; chosen by the source&apos;s suffix. An exporter or importer with ``takes_options = True`` is also given ``options=`` the parsed command line (``--journey``, ``--paper``, ``--dpi``...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-152"/>
        <location filename="../../app/ui/window_import.py" line="-24"/>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <location filename="../../app/model/templates.py" line="+90"/>
        <source>There is no template named {name}; choose one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/model/templates.py" line="-27"/>
        <source>There is no language {name}; choose one of: {names}.</source>
        <extracomment>Names accepted by :func:`populate` (and ``parcours new --template``). key, icon, nature, French name, English name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} already exists; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Parcours cannot export to {suffix} files yet: only {formats} for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The option {option} does not apply to {suffix} files; it works with {suffixes}.</source>
        <extracomment>The export options of the command line and the output suffixes they apply to (``--journey`` applies to all).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/ui/window_import.py" line="+53"/>
        <source>Parcours cannot import {suffix} files yet: only {formats} for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The editor is not available in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <location filename="../../app/ui/document.py" line="+77"/>
        <location filename="../../app/ui/window_export.py" line="+264"/>
        <source>{path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/project_json.py" line="+185"/>
        <source>The file is not text encoded in UTF-8.</source>
        <extracomment>Each list of the document and the class it carries, in the order rows are restored. Many-to-many links carried as id lists: list key -&gt; (field, table, own column, other column, target). Fixed ranges of numeric columns, by column name (the database CHECKs the same). Columns in the project&apos;s scale, and the one that is a distance on it. id, ref, refs, int, float, bool, text, colour, enum, datetime, date, photo or tags. For ref and refs: the list the ids point into. The keys of every row, in the order the document writes them. The keys of the document itself, in order.</extracomment>
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
        <location line="+38"/>
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
        <location line="+34"/>
        <source>{place} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{place} is not part of a Parcours project export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+25"/>
        <source>{place} repeats the id {value} of another row.</source>
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
        <location filename="../../app/model/curve.py" line="+134"/>
        <location filename="../../app/model/journey_data.py" line="+242"/>
        <source>There is no journey {journey_id}.</source>
        <extracomment>Default drop threshold, as a share of the scale&apos;s span (3 points on 0..10). Position of the card within its cell. Satisfaction in the project&apos;s scale; None = not scored (a gap in the curve). None: decided by the curve; True: pinned as a moment of truth; False: never one. 0-based place in reading order, unscored touchpoints counted. The fall from the previous scored point when this card ends a big drop, else None. Touchpoints on the curve, unscored ones included. Touchpoints with a score. maximum - minimum. Scores strictly below the scale&apos;s neutral middle. mean - target (negative: below the target experience); None without a target. Score of the first and of the last scored touchpoint in reading order.
----------
A cell of the grid: (lane id, stage id). The icon key of the card&apos;s channel, None when the card has no channel. Satisfaction in the project&apos;s scale; None = not scored (a gap in the curve).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/fields.py" line="+51"/>
        <location filename="../../app/model/ops.py" line="+233"/>
        <location filename="../../app/model/ops_journey.py" line="+275"/>
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
        <location filename="../../app/model/journey_data.py" line="+47"/>
        <source>The project has no journey to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/fields.py" line="+4"/>
        <location filename="../../app/model/ops.py" line="-147"/>
        <source>There is no {table} {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field} must be between {low} and {high}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/model/ops.py" line="+169"/>
        <source>{value} is not a valid value for {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/migrations.py" line="+60"/>
        <source>{path} is damaged: part of the project&apos;s structure is missing ({missing}).</source>
        <extracomment>``{n: step}``: ``step`` upgrades a database of schema version ``n`` to ``n + 1``. Version 1 is the first released schema, so there is nothing to upgrade yet.</extracomment>
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
        <location filename="../../app/model/ops.py" line="-181"/>
        <location line="+100"/>
        <source>There is no edit named {name}.</source>
        <extracomment>The op&apos;s answer, e.g. the new id of ``add_card``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>There is already a {table} {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/ops_journey.py" line="-221"/>
        <source>A journey cannot be derived from itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The lane and the stage belong to different journeys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A card cannot move to another journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location filename="../../app/model/recovery.py" line="+269"/>
        <source>{path} is already open by {user} on {host} since {since}; open it read-only, or wait until it is closed.</source>
        <extracomment>The document it belongs to (None: the project was never saved). When its owner opened it (local time). Tells this lock from another one by the same process (a forced re-open).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/store.py" line="+174"/>
        <source>These unsaved changes cannot be recovered because their copy is damaged.</source>
        <extracomment>The document on disk (None while untitled). The private database every edit is committed to. True when the document cannot be written in place (Save As still works).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location line="+84"/>
        <source>Parcours could not write its working files in {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parcours could not make its working copy of {path} in {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/model/storefile.py" line="+81"/>
        <source>{path} is damaged: its content fails the database&apos;s own integrity check.</source>
        <extracomment>``PRAGMA application_id`` of every project file: &quot;PARC&quot; in ASCII. File name suffix of project files. Sidecars that hold an unfinished change of the database beside them. Pages according to the header, or None when the header&apos;s count is not current. True when the file is in WAL mode (format bytes 18-19 are 2).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is damaged: it is shorter than it should be, probably cut off during a copy or a download.</source>
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
        <location line="+96"/>
        <source>Parcours could not read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
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
        <location line="+47"/>
        <source>{path} is being changed by another program right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} is damaged: some of its records point to records that do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An interrupted change from another program lies beside {path} ({sidecar}), so Parcours will not open it until that program has finished or undone it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{path} is a sound Parcours project (file version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Parcours could not save {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/resources.py" line="+91"/>
        <source>The folder {path} named by {variable} does not hold the Parcours resources.</source>
        <extracomment>Environment variable that overrides where the resources are looked for. Name of the installed distribution (``pip install .``). Where the wheel puts the folder, relative to the installation prefix. The font family shared by the canvas and the posters, so print matches screen. File of each style of :data:`FONT_FAMILY` in ``resources/fonts``. A file every complete resources folder holds; tells ours from any other ``resources``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parcours is not installed completely: its resources folder is missing; reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Parcours is not installed completely: {name} is missing; reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/spreadsheet_read.py" line="+72"/>
        <location line="+9"/>
        <location line="+280"/>
        <source>The spreadsheet is empty: it needs a header row and one row per card.</source>
        <extracomment>The most data rows an import accepts; larger files are refused before they are read to the end. Translatable sentences (unknown columns, channels or departments added...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-269"/>
        <location line="+53"/>
        <source>The spreadsheet has more than {limit} rows (row {row}): split it and import the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Row {row}, column {column} of the CSV file is not valid UTF-8 text: save it again as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row {row} of the CSV file cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Row {row}, column {column} holds a formula ({value}): paste it as values and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Row {row}, column {column} is part of merged cells ({cells}): unmerge them and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Row {row}, column {column}: {value} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row}, column {column}: {value} should be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row}, column {column}: {value} is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/spreadsheet.py" line="+136"/>
        <location line="+27"/>
        <source>Row {row}, column {column}: {value} should be one of: {values}.</source>
        <extracomment>The columns of the long table, in order. The columns every row must fill. What joins (and splits) the tags of a card in one cell. Other names of each column (compared without case, accents, spaces, ``_`` or ``-``). French words for the enumerations&apos; values, by their normalised spelling. Words that give away a lane&apos;s kind when the table does not say it, tried in this order. How a yes/no cell may be spelled (normalised), in English or French. The sheets of the workbook that the importer and other programs look for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Row {row}, column {column}: {value} should be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/spreadsheet_read.py" line="+21"/>
        <source>Row {row}, column {column} is empty: every card needs a title, a stage and a lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row {row}, column {column}: {value} is not a colour such as #1A2B3C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+21"/>
        <source>The channel {name} was added to the project&apos;s catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The department {name} was added to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/paper.py" line="+43"/>
        <source>There is no paper {paper}; choose A0, A1, A2, A3, A4 or WIDTHxHEIGHTmm (50 to 5000 mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no orientation {name}; choose portrait or landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An overlap of {overlap} mm and margins of {margin} mm leave too little of a {paper} sheet.</source>
        <extracomment>Printable window of one sheet (the sheet less its margins).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report.py" line="+152"/>
        <location filename="../../app/model/journey_data.py" line="+4"/>
        <source>There is no such journey in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/interchange.py" line="+99"/>
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
        <location line="+29"/>
        <source>The file is larger than {limit} MB: Parcours does not import files this large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/ojf_read.py" line="+44"/>
        <source>In the OJF file, {path} should be text.</source>
        <extracomment>The most cards (nodes and blueprint items) one import creates. The score range of the OJF specification. The sentiment word written for each emotion (and read back as that emotion). Parcours severity (1..5) for each OJF severity, and back.</extracomment>
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
        <location line="+43"/>
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
        <location filename="../../app/export/poster.py" line="+212"/>
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
        <location filename="../../app/export/poster.py" line="+184"/>
        <source>The margin cannot be negative.</source>
        <extracomment>Height of the title band; the type of the title block, legend and panel follow it. Type size of the legend (0: no legend), and its height. Width of the persona column (0: none). The map&apos;s area: left edge, top and bottom.</extracomment>
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
        <location line="-153"/>
        <source>Margins of {margin} mm leave nothing of a {paper} sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="-304"/>
        <source>There is no journey {name} in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/mermaid.py" line="+171"/>
        <source>The file is not a Mermaid journey diagram: it should start with the word journey, not {start}.</source>
        <extracomment>Mermaid&apos;s documented score range. The most tasks one import creates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>The Mermaid file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The file is not UTF-8 text, so it cannot be a Mermaid diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+4"/>
        <source>The Mermaid journey diagram has no title, section or task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scores run from {low} to {high}, outside Mermaid&apos;s 1 to 5: they were rescaled from that range to the project&apos;s scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_export.py" line="-2"/>
        <source>This format is not available in this installation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parcours stopped on an unexpected problem ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_actions.py" line="+362"/>
        <source>The journey {journey} has no actions yet: add some before printing its action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This project has no actions yet: add some before printing an action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_personas.py" line="+338"/>
        <source>The journey {journey} has no personas yet: add some before printing persona sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This project has no personas yet: add some before printing persona sheets.</source>
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
        <location filename="../../app/ui/inspector_fields.py" line="-123"/>
        <source>Digital</source>
        <extracomment>Translation context of the enum labels (lane kinds are named by :mod:`app.ui.labels`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../app/export/poster_draw.py" line="+41"/>
        <location filename="../../app/ui/labels.py" line="+14"/>
        <source>Customer steps</source>
        <extracomment>ReportLab names of the bundled font (registered by :func:`app.export.poster.register_fonts`). Names of the lane kinds (context &quot;labels&quot;, shared with the editor&apos;s catalogue).</extracomment>
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
        <location filename="../../app/ui/canvas/menus.py" line="+22"/>
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
        <location line="+3"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Default colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+10"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Insert lane above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert lane below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
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
        <location line="+19"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poster</name>
    <message>
        <location filename="../../app/export/paper.py" line="-72"/>
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
        <location filename="../../app/export/poster.py" line="-80"/>
        <location filename="../../app/export/report.py" line="-96"/>
        <source>Parcours {version} · {date}</source>
        <extracomment>The size of one printed sheet (a tile&apos;s when tiled), and its orientation. The size of the whole poster (the trimmed sheet when there is a bleed). The map&apos;s size in percent of the canvas at 100 % (None: as large as the sheet allows). Called with (cards drawn, cards) while the map is drawn; may raise to cancel.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Persona: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+207"/>
        <source>{journey} · trim {width} x {height} mm · bleed {bleed} mm · {stamp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/poster_tiles.py" line="+41"/>
        <source>row {row}/{rows} · column {column}/{columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Assembly of the poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print at 100 % (actual size): do not fit to page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sheets} sheets {paper} {orientation} ({rows} rows × {columns} columns) for a {poster} poster; overlap {overlap} mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trim each sheet along the ticks of its left and top overlap, then lay it on its neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/poster_legend.py" line="-7"/>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+165"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-164"/>
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
        <location line="+158"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../app/export/report.py" line="-1"/>
        <source>page {page}/{pages}</source>
        <extracomment>Points per millimetre. A4 portrait in points (210 x 297 mm). Page margin. Height kept free at the bottom of every page for the footer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_matrix.py" line="+30"/>
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
        <location filename="../../app/export/report_actions.py" line="-313"/>
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
        <location filename="../../app/export/report_actions.py" line="+56"/>
        <source>baseline {value}</source>
        <extracomment>Longest department name printed in the summary table (a table row cannot break across pages). The action&apos;s journey, printed when the plan covers several journeys.</extracomment>
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
        <location filename="../../app/export/report_actions.py" line="+98"/>
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
        <location line="+134"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+42"/>
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
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impact and effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prioritised actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/report_personas.py" line="-302"/>
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
        <location line="+119"/>
        <source>Digital ease</source>
        <extracomment>Longest name, role, segment or age band printed in the header. Scales tried, largest first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Persona sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persona sheets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
