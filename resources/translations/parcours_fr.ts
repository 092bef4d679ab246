<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ColourEditor</name>
    <message>
        <location filename="../../app/ui/inspector_fields.py" line="+80"/>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the default colour</source>
        <translation>Utiliser la couleur par défaut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Default colour</source>
        <translation>Couleur par défaut</translation>
    </message>
</context>
<context>
    <name>CurveDrawing</name>
    <message>
        <location filename="../../app/ui/emotion_drawing.py" line="+40"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>to be</source>
        <extracomment>Text items reused from one refresh to the next: emotion names, then moment names.</extracomment>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as is</source>
        <translation>actuel</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel: %1</source>
        <translation>Canal&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emotion: %1</source>
        <translation>Émotion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trough</source>
        <translation>Creux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop</source>
        <translation>Chute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no scored touchpoint</source>
        <translation>aucun point de contact noté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean %1</source>
        <translation>moyenne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum %1</source>
        <translation>minimum %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spread %1</source>
        <translation>écart %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 below neutral</source>
        <translation>%1 sur %2 sous la note neutre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from the target</source>
        <translation>%1 par rapport à la cible</translation>
    </message>
</context>
<context>
    <name>CurvePane</name>
    <message>
        <location filename="../../app/ui/emotion_plot.py" line="+92"/>
        <source>Draw another journey&apos;s curve over this one</source>
        <extracomment>Distance (pixels) within which a press or a click takes a point. A point was clicked: select its card. Card id -&gt; (x, score) of the main curve&apos;s scored points, for hit tests.</extracomment>
        <translation>Superposer la courbe d&apos;un autre parcours à celle-ci</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Compare with:</source>
        <translation>Comparer avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to be</source>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as is</source>
        <translation>actuel</translation>
    </message>
</context>
<context>
    <name>EmotionPane</name>
    <message>
        <source>Draw another journey&apos;s curve over this one</source>
        <extracomment>Distance (pixels) within which a press or a click takes a point. A point was clicked: select its card. Card id -&gt; (x, score) of the main curve&apos;s scored points, for hit tests.</extracomment>
        <translation type="vanished">Superposer la courbe d&apos;un autre parcours à celle-ci</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="vanished">Comparer avec&#xa0;:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="vanished">Cible</translation>
    </message>
    <message>
        <source>to be</source>
        <translation type="vanished">cible</translation>
    </message>
    <message>
        <source>as is</source>
        <translation type="vanished">actuel</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="vanished">(sans titre)</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation type="vanished">Canal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="vanished">Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Emotion: %1</source>
        <translation type="vanished">Émotion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="vanished">Pic</translation>
    </message>
    <message>
        <source>Trough</source>
        <translation type="vanished">Creux</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="vanished">Chute</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation type="vanished">Moment de vérité</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="vanished">moyenne %1</translation>
    </message>
    <message>
        <source>minimum %1</source>
        <translation type="vanished">minimum %1</translation>
    </message>
    <message>
        <source>spread %1</source>
        <translation type="vanished">écart %1</translation>
    </message>
    <message>
        <source>%1 of %2 below neutral</source>
        <translation type="vanished">%1 sur %2 sous la note neutre</translation>
    </message>
    <message>
        <source>%1 from the target</source>
        <translation type="vanished">%1 par rapport à la cible</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="vanished">Aucune comparaison</translation>
    </message>
    <message>
        <location filename="../../app/ui/emotion_pane.py" line="+33"/>
        <source>The emotion curve is coming…</source>
        <extracomment>How long after a project opens the plot is built (the map paints first). A point was clicked: select its card.</extracomment>
        <translation>La courbe émotionnelle arrive…</translation>
    </message>
</context>
<context>
    <name>ExportVerbs</name>
    <message>
        <location filename="../../app/ui/window_export.py" line="+213"/>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export a poster</source>
        <translation>Exporter un poster</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+3"/>
        <location line="+115"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported %1: %2 sheets (%3 x %4) + assembly page.</source>
        <translation>%1 exporté&#xa0;: %2 feuilles (%3 x %4) + page d&apos;assemblage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <location line="+63"/>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Export an image</source>
        <extracomment>The file dialog&apos;s title and filters (context &quot;ExportVerbs&quot;). Suffixes the file may have; the first is added when it has none of them. Suffixes written at once rather than in the background. The suggested file name (context &quot;ExportVerbs&quot;); None: the journey&apos;s title; &quot;project&quot;: the project&apos;s file. The export formats after the poster, in menu order, by action name.</extracomment>
        <translation>Exporter une image</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>96 dpi: the map as on screen at 100 %</source>
        <extracomment>Resolutions offered for a PNG: (dots per inch, what for; context &quot;ExportVerbs&quot;).</extracomment>
        <translation>96 ppp&#xa0;: la carte comme à l&apos;écran à 100&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>150 dpi: slides and documents</source>
        <translation>150 ppp&#xa0;: présentations et documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>300 dpi: printing</source>
        <translation>300 ppp&#xa0;: impression</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Images PNG (*.png);;Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a spreadsheet</source>
        <translation>Exporter un tableur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the action plan</source>
        <translation>Exporter le plan d&apos;actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action plan</source>
        <translation>Plan d&apos;actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the persona sheets</source>
        <translation>Exporter les fiches personas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to OpenJourney</source>
        <translation>Exporter en OpenJourney</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenJourney files (*.ojf)</source>
        <translation>Fichiers OpenJourney (*.ojf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to Mermaid</source>
        <translation>Exporter en Mermaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mermaid diagrams (*.mmd)</source>
        <translation>Diagrammes Mermaid (*.mmd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the project as JSON</source>
        <translation>Exporter le projet en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Image resolution</source>
        <translation>Résolution de l&apos;image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution:</source>
        <translation>Résolution&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FileVerbs</name>
    <message>
        <location filename="../../app/ui/window_files.py" line="+94"/>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Journey map.parcours</source>
        <translation>Cartographie de parcours.parcours</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to %1 before closing?</source>
        <translation>Enregistrer les modifications de %1 avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Parcours projects (*.parcours)</source>
        <translation>Projets Parcours (*.parcours)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an untitled project</source>
        <translation>un projet sans titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcours stopped unexpectedly with unsaved changes to %1 (opened %2). Recover them?</source>
        <translation>Parcours s&apos;est arrêté sans prévenir avec des modifications non enregistrées de %1 (ouvert le %2). Les récupérer&#xa0;?</translation>
    </message>
    <message>
        <source>Parcours closed without saving %1 (opened %2). Recover its changes?</source>
        <translation type="vanished">Parcours s&apos;est fermé sans enregistrer %1 (ouvert le %2). Récupérer ses modifications&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/find_bar.py" line="+33"/>
        <source>Find cards…</source>
        <extracomment>The text to find changed. Go to the next (1) or previous (-1) match. The bar was closed.</extracomment>
        <translation>Rechercher des cartes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>%n résultat(s)</translation>
    </message>
</context>
<context>
    <name>ImportVerbs</name>
    <message>
        <location filename="../../app/ui/window_import.py" line="+36"/>
        <source>Journeys (*.csv *.xlsx *.ojf *.mmd);;Spreadsheets (*.csv *.xlsx);;OpenJourney (*.ojf);;Mermaid (*.mmd)</source>
        <translation>Parcours (*.csv *.xlsx *.ojf *.mmd);;Tableurs (*.csv *.xlsx);;OpenJourney (*.ojf);;Mermaid (*.mmd)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1: %2 cards.</source>
        <translation>%1 importé&#xa0;: %2 cartes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a journey</source>
        <translation>Importer un parcours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was imported with %2 remarks.</source>
        <translation>%1 a été importé avec %2 remarques.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../app/ui/inspector.py" line="+65"/>
        <source>Select a card, a lane or a stage to see its fields.</source>
        <extracomment>Card fields that only mean something on a touchpoint (they feed the emotion curve). Card fields that only mean something on a pain point. Lane kinds whose cards are pain points (employee irritants become customer irritants later). Other tables whose changes a subject&apos;s form shows (choices, scale, the card&apos;s lane kind). The model&apos;s sentence when it refused the last edit (hidden otherwise).</extracomment>
        <translation>Sélectionnez une carte, un couloir ou une étape pour voir ses champs.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+12"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>First touchpoint</source>
        <translation>Premier point de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last touchpoint</source>
        <translation>Dernier point de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by the curve</source>
        <translation>Selon la courbe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rated</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers affected (%)</source>
        <translation>Clients concernés (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence status</source>
        <translation>Niveau de preuve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folded</source>
        <translation>Replié</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation type="vanished">Replié</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting time</source>
        <translation>Temps d&apos;attente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Lane “{lane}”, stage “{stage}”</source>
        <translation>Couloir «&#xa0;{lane}&#xa0;», étape «&#xa0;{stage}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lane “{lane}” ({kind}), stage “{stage}”</source>
        <translation>Couloir «&#xa0;{lane}&#xa0;» ({kind}), étape «&#xa0;{stage}&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <location filename="../../app/ui/journey_panel.py" line="+39"/>
        <source>No journey is open.</source>
        <extracomment>The model&apos;s sentence when it refused the last edit (hidden otherwise).</extracomment>
        <translation>Aucun parcours n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer goal</source>
        <translation>Objectif du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectations</source>
        <translation>Attentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target score</source>
        <translation>Note cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No target</source>
        <translation>Aucune cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big drop above</source>
        <translation>Forte chute au-delà de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fall of the curve larger than this between two touchpoints is a moment of truth.</source>
        <translation>Une chute de la courbe plus forte que cette valeur entre deux points de contact est un moment de vérité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Derived from</source>
        <translation>Dérivé de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personas this journey is mapped for.</source>
        <translation>Les personas pour lesquels ce parcours est cartographié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Nothing (an original map)</source>
        <translation>Aucun (cartographie d&apos;origine)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Change the journey&apos;s personas</source>
        <translation>Modifier les personas du parcours</translation>
    </message>
</context>
<context>
    <name>JourneyVerbs</name>
    <message>
        <location filename="../../app/ui/window_journeys.py" line="+38"/>
        <source>to be</source>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as is</source>
        <translation>actuel</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Derive journey</source>
        <translation>Dériver le parcours</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+81"/>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="vanished">Cartes</translation>
    </message>
    <message>
        <source>Open a project or create one from the File menu.</source>
        <translation type="vanished">Ouvrez un projet ou créez-en un depuis le menu Fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="+123"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;New project</source>
        <extracomment>Actions whose keys act on the map only: in a text field Ctrl+D or Ctrl+Return must not edit the map (standard keys such as Delete or Ctrl+C are already taken by the field itself).</extracomment>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;window</source>
        <translation>Nouvelle fenê&amp;tre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;next</source>
        <translation>Résultat sui&amp;vant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find pre&amp;vious</source>
        <translation>Résultat &amp;précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;card</source>
        <translation>Nouvelle &amp;carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;stage</source>
        <translation>Nouvelle étap&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size (100 %)</source>
        <translation>&amp;Taille réelle (100&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ull screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New journey</source>
        <translation>&amp;Nouveau parcours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Derive a to-be journey</source>
        <translation>&amp;Dériver un parcours cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete this journey</source>
        <translation>&amp;Supprimer ce parcours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Journey</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The journey shown on the map</source>
        <translation>Le parcours affiché sur la cartographie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="vanished">Étapes</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="vanished">Couloirs</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="-2"/>
        <source>Inspector</source>
        <extracomment>Every open window (so that File &gt; New window keeps its window alive). Journeys shown lately, the current one last: where to go back when it goes away. Holds the document&apos;s undo stack: Edit &gt; Undo / Redo always act on the open document.</extracomment>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="vanished">Enregistré.</translation>
    </message>
    <message>
        <source>Journey map.parcours</source>
        <translation type="vanished">Cartographie de parcours.parcours</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation type="vanished">Enregistrer les modifications de %1 avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation type="vanished">Ouvrir un projet</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="vanished">Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation type="vanished">Ouvrir quand même</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation type="vanished">un projet sans titre</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="vanished">Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Parcours closed without saving %1 (opened %2). Recover its changes?</source>
        <translation type="vanished">Parcours s&apos;est fermé sans enregistrer %1 (ouvert le %2). Récupérer ses modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="vanished">Récupérer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">Abandonner</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="vanished">Plus tard</translation>
    </message>
    <message>
        <source>to be</source>
        <translation type="vanished">cible</translation>
    </message>
    <message>
        <source>as is</source>
        <translation type="vanished">actuel</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation type="vanished">Nouveau parcours</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="vanished">Étape %1</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="vanished">Ajouter une étape</translation>
    </message>
    <message>
        <source>Derive journey</source>
        <translation type="vanished">Dériver le parcours</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation type="vanished">Supprimer le parcours</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Emotion curve</source>
        <translation>Courbe émotionnelle</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>This journey has no lane for that kind of card.</source>
        <extracomment>Visibility of the docks while the start screen hides them (None: not on the start screen).</extracomment>
        <translation>Ce parcours n&apos;a pas de couloir pour ce type de carte.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Zoom: %1 %</source>
        <translation>Zoom&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language changes the next time Parcours starts.</source>
        <translation>La langue changera au prochain démarrage de Parcours.</translation>
    </message>
    <message>
        <source>Parcours projects (*.parcours)</source>
        <translation type="vanished">Projets Parcours (*.parcours)</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation type="vanished">Enregistrer le projet sous</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_export.py" line="-265"/>
        <source>&amp;Poster (PDF)…</source>
        <extracomment>Every export action, in menu order.</extracomment>
        <translation>&amp;Poster (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image (PNG or SVG)…</source>
        <translation>&amp;Image (PNG ou SVG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spreadsheet (CSV or Excel)…</source>
        <translation>&amp;Tableur (CSV ou Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action plan (PDF)…</source>
        <translation>Plan d&apos;&amp;actions (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ersona sheets (PDF)…</source>
        <translation>Fiches p&amp;ersonas (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;OpenJourney (.ojf)…</source>
        <translation>&amp;OpenJourney (.ojf)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mermaid (.mmd)…</source>
        <translation>&amp;Mermaid (.mmd)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project (&amp;JSON)…</source>
        <translation>Projet (&amp;JSON)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../app/ui/palette.py" line="+92"/>
        <source>Cards</source>
        <extracomment>An entry was activated (double-click, Enter): its payload.</extracomment>
        <translation>Cartes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag onto the map: a card in a “%1” lane.</source>
        <translation>Glissez sur la cartographie&#xa0;: une carte dans un couloir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag onto the map: a touchpoint on this channel.</source>
        <translation>Glissez sur la cartographie&#xa0;: un point de contact sur ce canal.</translation>
    </message>
</context>
<context>
    <name>PosterDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="+123"/>
        <source>Export a poster</source>
        <extracomment>Named papers offered for the poster (ISO 216), and the sheets an office printer takes. Print-shop bleeds offered, in mm. &quot;A0&quot;..&quot;A4&quot; or a custom &quot;WIDTHxHEIGHTmm&quot;. &quot;portrait&quot;, &quot;landscape&quot; or None (automatic: landscape when the map is wider than tall). &quot;A4&quot; or &quot;A3&quot; to print on office sheets, None for one sheet. Orientation of the office sheets; None: whichever needs fewest. Print-shop bleed (only without tiling). The legend strip and the column of the journey&apos;s personas. The map at this percentage of the canvas at 100 %; None: as large as the sheet allows. The sheet count or the problem shown changed (tests and the window listen).</extracomment>
        <translation>Exporter un poster</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Custom size</source>
        <extracomment>Whether the journey has personas (the poster&apos;s persona column then takes room from the map).</extracomment>
        <translation>Format personnalisé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width × height:</source>
        <translation>Largeur × hauteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orientation:</source>
        <translation>Orientation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margins:</source>
        <translation>Marges&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persona panel</source>
        <translation>Panneau des personas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed scale</source>
        <translation>Échelle fixe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> % of the screen</source>
        <translation>&#xa0;% de l&apos;écran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map size:</source>
        <translation>Taille de la carte&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print on office sheets</source>
        <translation>Imprimer sur des feuilles de bureau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sheets:</source>
        <translation>Feuilles&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet orientation:</source>
        <translation>Orientation des feuilles&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap:</source>
        <translation>Chevauchement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print shop</source>
        <translation>Imprimeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop marks</source>
        <translation>Traits de coupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a single sheet cut by a print shop. PDF/X certification is not provided.</source>
        <translation>Pour une feuille unique rognée par un imprimeur. La certification PDF/X n&apos;est pas fournie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bleed:</source>
        <translation>Fond perdu&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>A custom size must measure 50 to 5000 mm on each side.</source>
        <translation>Un format personnalisé doit mesurer de 50 à 5000 mm de chaque côté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The margins leave nothing of the sheet.</source>
        <translation>Les marges ne laissent rien de la feuille.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One sheet, %1, plus %2 mm of bleed on each side</source>
        <translation>Une feuille, %1, plus %2 mm de fond perdu de chaque côté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One sheet, %1</source>
        <translation>Une feuille, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sheets (%2 x %3) + assembly page</source>
        <translation>%1 feuilles (%2 x %3) + page d&apos;assemblage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 landscape sheets at 100 %, overlapping by %2 mm.</source>
        <translation>Feuilles %1 en paysage à 100&#xa0;%, chevauchement de %2 mm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 portrait sheets at 100 %, overlapping by %2 mm.</source>
        <translation>Feuilles %1 en portrait à 100&#xa0;%, chevauchement de %2 mm.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At %1 % the map does not fit this sheet: choose a larger paper or at most %2 %.</source>
        <translation>À %1&#xa0;% la carte ne tient pas sur cette feuille&#xa0;: choisissez un papier plus grand ou %2&#xa0;% au plus.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Landscape sheets need only %1.</source>
        <translation>En paysage, %1 feuilles suffisent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait sheets need only %1.</source>
        <translation>En portrait, %1 feuilles suffisent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use landscape</source>
        <translation>Passer en paysage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use portrait</source>
        <translation>Passer en portrait</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../app/ui/start_screen.py" line="+31"/>
        <source>Parcours</source>
        <extracomment>New blank project. Show the Open dialog. Open this recent file. A new untitled project from a sample: (template, language).</extracomment>
        <translation>Parcours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer journey maps, offline.</source>
        <translation>Cartographies de parcours client, hors ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample: “My new job” (English)</source>
        <translation>Exemple&#xa0;: «&#xa0;My new job&#xa0;» (anglais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample: « Mon nouvel emploi » (French)</source>
        <translation>Exemple&#xa0;: «&#xa0;Mon nouvel emploi&#xa0;» (français)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No recent projects yet.</source>
        <translation>Aucun projet récent pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../../app/ui/inspector_fields.py" line="-154"/>
        <source>tag, another tag</source>
        <extracomment>The user changed the value; carries the new model value. True when consecutive edits should merge into one undo step (typing).</extracomment>
        <translation>étiquette, autre étiquette</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../app/ui/canvas/controller.py" line="+109"/>
        <source>Copy card</source>
        <extracomment>A sentence for the status bar: a refused edit, or what an action did.</extracomment>
        <translation>Copier la carte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy %n cards</source>
        <translation>Copier %n cartes</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Delete card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %n items</source>
        <translation>Supprimer %n éléments</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%n card(s) copied.</source>
        <translation>%n carte(s) copiée(s).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is nothing to paste.</source>
        <translation>Il n&apos;y a rien à coller.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paste %n card(s)</source>
        <translation>Coller %n carte(s)</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+22"/>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Colour %n cards</source>
        <translation>Colorer %n cartes</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_legend.py" line="+35"/>
        <location filename="../../app/ui/canvas/grid.py" line="+70"/>
        <source>Line of visibility</source>
        <translation>Ligne de visibilité</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/grid.py" line="+170"/>
        <source>%1 (folded)</source>
        <translation>%1 (replié)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli_formats.py" line="+88"/>
        <source>{pages} page(s).</source>
        <translation>{pages} page(s).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{sheets} sheets ({rows} x {columns}) and an assembly page.</source>
        <translation>{sheets} feuilles ({rows} x {columns}) et une page d&apos;assemblage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tip: {orientation} sheets would need only {sheets} (--tile-orientation {value}).</source>
        <translation>Conseil&#xa0;: des feuilles en {orientation} n&apos;en demanderaient que {sheets} (--tile-orientation {value}).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{width} x {height} px</source>
        <extracomment>Exporters that also read the export options of the command line (``--paper``, ``--tile``...).</extracomment>
        <translation>{width} x {height} px</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="+144"/>
        <source>as-is</source>
        <translation>actuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to-be</source>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project: {title}</source>
        <translation>Projet&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {language}   Scale: {scale}   Revision: {revision}</source>
        <translation>Langue&#xa0;: {language}   Échelle&#xa0;: {scale}   Révision&#xa0;: {revision}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journeys: {count}</source>
        <translation>Parcours&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personas: {count}</source>
        <translation>Personas&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions: {count}</source>
        <translation>Actions&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs: {count}</source>
        <translation>Indicateurs&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Created {path} ({template}, {language}).</source>
        <translation>{path} créé ({template}, {language}).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Exported {path}.</source>
        <translation>{path} exporté.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Imported {source} into the new project {path}.</source>
        <translation>{source} importé dans le nouveau projet {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {source} into {path}.</source>
        <translation>{source} importé dans {path}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Customer journey maps. Without a sub-command: parcours [FILE] opens the editor.</source>
        <translation>Cartographies de parcours client. Sans sous-commande&#xa0;: parcours [FICHIER] ouvre l&apos;éditeur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>create a project file from a template</source>
        <translation>créer un fichier de projet à partir d&apos;un modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>onboarding (default) or blank</source>
        <translation>onboarding (par défaut) ou blank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language of the sample text: fr or en</source>
        <translation>langue du texte d&apos;exemple&#xa0;: fr ou en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace FILE if it exists</source>
        <translation>remplacer FILE s&apos;il existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the journeys, personas, actions and KPIs</source>
        <translation>lister les parcours, personas, actions et indicateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check a file: exit 0 sound, 1 damaged, 2 not a Parcours project</source>
        <translation>vérifier un fichier&#xa0;: code 0 sain, 1 endommagé, 2 pas un projet Parcours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a journey or the project to OUT; its suffix picks the format: .pdf .png .svg .csv .xlsx .json .ojf .mmd</source>
        <translation>écrire un parcours ou le projet dans OUT&#xa0;; son extension choisit le format&#xa0;: .pdf .png .svg .csv .xlsx .json .ojf .mmd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>paper of a poster or image: A0, A1, A2, A3, A4 or WIDTHxHEIGHTmm (default: A0 for a PDF, the map&apos;s own size for an image)</source>
        <translation>papier d&apos;un poster ou d&apos;une image&#xa0;: A0, A1, A2, A3, A4 ou LARGEURxHAUTEURmm (par défaut&#xa0;: A0 pour un PDF, la taille de la carte pour une image)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>add SOURCE (.csv .xlsx .ojf .mmd as a new journey, .json as a project) to FILE, created if missing</source>
        <translation>ajouter SOURCE (.csv .xlsx .ojf .mmd comme nouveau parcours, .json comme projet) à FILE, créé s&apos;il manque</translation>
    </message>
    <message>
        <source>write the project to OUT (.json)</source>
        <translation type="vanished">écrire le projet dans OUT (.json)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>the journey to export (default: the first)</source>
        <translation>le parcours à exporter (par défaut&#xa0;: le premier)</translation>
    </message>
    <message>
        <source>PDF poster paper: A0 (default), A1, A2, A3, A4 or WIDTHxHEIGHTmm</source>
        <translation type="vanished">papier du poster PDF&#xa0;: A0 (par défaut), A1, A2, A3, A4 ou LARGEURxHAUTEURmm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>portrait poster (default: landscape when the map is wider)</source>
        <translation>poster à la française (par défaut&#xa0;: à l&apos;italienne si la carte est plus large)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>landscape poster</source>
        <translation>poster à l&apos;italienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the poster on A4 or A3 sheets at 100 %%</source>
        <translation>imprimer le poster sur des feuilles A4 ou A3 à 100&#xa0;%%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>orientation of the sheets (default: the one needing fewest)</source>
        <translation>orientation des feuilles (par défaut&#xa0;: celle qui en demande le moins)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlap of the sheets in mm (default 10)</source>
        <translation>chevauchement des feuilles en mm (10 par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print-shop bleed in mm, 3 or 5 (adds trim and bleed boxes; not PDF/X)</source>
        <translation>fond perdu pour l&apos;imprimeur, en mm, 3 ou 5 (ajoute les zones de coupe et de fond perdu&#xa0;; pas PDF/X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draw crop marks outside the trimmed sheet</source>
        <translation>tracer des traits de coupe hors de la feuille rognée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF content: the poster (default), the action plan or the persona sheets</source>
        <translation>contenu du PDF&#xa0;: le poster (par défaut), le plan d&apos;action ou les fiches personas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draw the map at this percentage of the canvas at 100 %% instead of fitting it to the sheet</source>
        <translation>dessiner la carte à ce pourcentage du canevas à 100&#xa0;%% au lieu de l&apos;ajuster à la feuille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave the legend off the poster</source>
        <translation>ne pas mettre la légende sur le poster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave the persona panel off the poster</source>
        <translation>ne pas mettre le panneau des personas sur le poster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG resolution in dots per inch (default 96: the canvas at 100 %%)</source>
        <translation>résolution du PNG en points par pouce (96 par défaut&#xa0;: le canevas à 100&#xa0;%%)</translation>
    </message>
    <message>
        <source>add SOURCE (.json) to FILE, created if missing</source>
        <translation type="vanished">ajouter SOURCE (.json) à FILE, créé s&apos;il n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>title of the new journey (default: the one in SOURCE)</source>
        <translation>titre du nouveau parcours (par défaut&#xa0;: celui de SOURCE)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Internal error: {detail}</source>
        <translation>Erreur interne&#xa0;: {detail}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../app/ui/commands.py" line="+155"/>
        <source>Add card</source>
        <extracomment>``QUndoCommand.id()`` of commands that merge field edits. What the next undo or redo applies: the op, then the inverse of the last application. Why the first application failed (one sentence for the user), or None. The op&apos;s result on its first application (e.g. the ids it created). Applied by push() before QUndoStack.push: the stack&apos;s first redo has nothing to do. A failed undo or redo was taken back: the stack&apos;s next call, in the other direction, only passes.</extracomment>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste %n card(s)</source>
        <translation>Coller %n carte(s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move card</source>
        <translation>Déplacer la carte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move %n cards</source>
        <translation>Déplacer %n cartes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %n cards</source>
        <translation>Supprimer %n cartes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate cards</source>
        <translation>Dupliquer les cartes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate card</source>
        <translation>Dupliquer la carte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit card</source>
        <translation>Modifier la carte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move stage</source>
        <translation>Déplacer l&apos;étape</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete stage</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add lane</source>
        <translation>Ajouter un couloir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move lane</source>
        <translation>Déplacer le couloir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete lane</source>
        <translation>Supprimer le couloir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit stage</source>
        <translation>Modifier l&apos;étape</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit lane</source>
        <translation>Modifier le couloir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link cards</source>
        <translation>Relier les cartes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit journey</source>
        <translation>Modifier le parcours</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/export/files.py" line="+30"/>
        <location filename="../../app/export/image.py" line="+227"/>
        <source>Parcours could not write {path}: {reason}.</source>
        <translation>Parcours n&apos;a pas pu écrire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="-329"/>
        <location line="+107"/>
        <location line="+47"/>
        <source>{path} is a folder, not a file.</source>
        <extracomment>``EX_SOFTWARE`` from sysexits.h: a bug, not the user&apos;s mistake. Writes the project in a session to a file; chosen by the output&apos;s suffix. Reads a file into the project in a session; chosen by the source&apos;s suffix. An exporter or importer with ``takes_options = True`` is also given ``options=`` the parsed command line (``--journey``, ``--paper``, ``--dpi``...).</extracomment>
        <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location line="-152"/>
        <location filename="../../app/ui/window_import.py" line="-24"/>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+97"/>
        <location filename="../../app/model/templates.py" line="+90"/>
        <source>There is no template named {name}; choose one of: {names}.</source>
        <translation>Il n&apos;existe pas de modèle nommé {name}&#xa0;; choisissez parmi&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/model/templates.py" line="-27"/>
        <source>There is no language {name}; choose one of: {names}.</source>
        <extracomment>Names accepted by :func:`populate` (and ``parcours new --template``). key, icon, nature, French name, English name</extracomment>
        <translation>La langue {name} n&apos;existe pas&#xa0;; choisissez parmi&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} already exists; add --force to replace it.</source>
        <translation>{path} existe déjà&#xa0;; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Parcours cannot export to {suffix} files yet: only {formats} for now.</source>
        <translation>Parcours ne sait pas encore exporter en {suffix}&#xa0;: seulement {formats} pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The option {option} does not apply to {suffix} files; it works with {suffixes}.</source>
        <extracomment>The export options of the command line and the output suffixes they apply to (``--journey`` applies to all).</extracomment>
        <translation>L&apos;option {option} ne s&apos;applique pas aux fichiers {suffix}&#xa0;; elle sert pour {suffixes}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/ui/window_import.py" line="+53"/>
        <source>Parcours cannot import {suffix} files yet: only {formats} for now.</source>
        <translation>Parcours ne sait pas encore importer de fichiers {suffix}&#xa0;: seulement {formats} pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The editor is not available in this installation.</source>
        <translation>L&apos;éditeur n&apos;est pas disponible dans cette installation.</translation>
    </message>
    <message>
        <location line="+110"/>
        <location filename="../../app/ui/document.py" line="+77"/>
        <location filename="../../app/ui/window_export.py" line="+264"/>
        <source>{path}: {reason}.</source>
        <translation>{path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/export/project_json.py" line="+185"/>
        <source>The file is not text encoded in UTF-8.</source>
        <extracomment>Each list of the document and the class it carries, in the order rows are restored. Many-to-many links carried as id lists: list key -&gt; (field, table, own column, other column, target). Fixed ranges of numeric columns, by column name (the database CHECKs the same). Columns in the project&apos;s scale, and the one that is a distance on it. id, ref, refs, int, float, bool, text, colour, enum, datetime, date, photo or tags. For ref and refs: the list the ids point into. The keys of every row, in the order the document writes them. The keys of the document itself, in order.</extracomment>
        <translation>Le fichier n&apos;est pas du texte encodé en UTF-8.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation>Le fichier n&apos;est pas du JSON valide (ligne {line}, colonne {column}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{place} should be at least {low}.</source>
        <translation>{place} doit valoir au moins {low}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place} should be between {low} and {high}.</source>
        <translation>{place} doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{place} should be one of: {values}.</source>
        <translation>{place} doit être l&apos;une des valeurs&#xa0;: {values}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{place} is too long: at most {limit} characters.</source>
        <translation>{place} est trop long&#xa0;: {limit} caractères au plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{place} should be a whole number.</source>
        <translation>{place} doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be a number.</source>
        <translation>{place} doit être un nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be true or false.</source>
        <translation>{place} doit valoir true ou false.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be text.</source>
        <translation>{place} doit être du texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>{place} should be a list.</source>
        <translation>{place} doit être une liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be an object.</source>
        <translation>{place} doit être un objet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be a colour such as #1A2B3C.</source>
        <translation>{place} doit être une couleur comme #1A2B3C.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be a date and time such as 2024-05-31T14:30:00Z.</source>
        <translation>{place} doit être une date et une heure comme 2024-05-31T14:30:00Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be a date such as 2024-05-31.</source>
        <translation>{place} doit être une date comme 2024-05-31.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} should be an image encoded in base64.</source>
        <translation>{place} doit être une image encodée en base64.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{place} is too large: a photo may take at most 4 MB.</source>
        <translation>{place} est trop volumineux&#xa0;: une photo ne peut dépasser 4 Mo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+34"/>
        <source>{place} is missing.</source>
        <translation>{place} est absent.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{place} is not part of a Parcours project export.</source>
        <translation>{place} ne fait pas partie d&apos;un export de projet Parcours.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file is not a Parcours project export: it holds no JSON object.</source>
        <translation>Le fichier n&apos;est pas un export de projet Parcours&#xa0;: il ne contient pas d&apos;objet JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not a Parcours project export: its &quot;format&quot; is not &quot;parcours-project&quot;.</source>
        <translation>Le fichier n&apos;est pas un export de projet Parcours&#xa0;: son «&#xa0;format&#xa0;» n&apos;est pas «&#xa0;parcours-project&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file comes from a newer version of Parcours (format {version}); update Parcours to import it.</source>
        <translation>Le fichier provient d&apos;une version plus récente de Parcours (format {version})&#xa0;; mettez Parcours à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{place} repeats the id {value} of another row.</source>
        <translation>{place} reprend l&apos;identifiant {value} d&apos;une autre ligne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{place} lists {value} twice.</source>
        <translation>{place} cite {value} deux fois.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{place} puts the card in a lane and a stage of different journeys.</source>
        <translation>{place} place la carte dans un couloir et une étape de parcours différents.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{place} links a card to itself.</source>
        <translation>{place} relie une carte à elle-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place} links cards of different journeys.</source>
        <translation>{place} relie des cartes de parcours différents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place} repeats a link between the same two cards.</source>
        <translation>{place} répète un lien entre les deux mêmes cartes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{place} says the journey is derived from itself.</source>
        <translation>{place} indique que le parcours dérive de lui-même.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{place} repeats the channel key {value}.</source>
        <translation>{place} répète la clé de canal {value}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{place} refers to {target} id {value}, which is not in the file.</source>
        <translation>{place} renvoie à l&apos;identifiant {value} de {target}, absent du fichier.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file contradicts the project&apos;s rules and was not imported.</source>
        <extracomment>False: the project was empty and took the file&apos;s ids; True: rows were added after existing ones. Rows added, by list name (``cards``...), and association links added (``card_ids``...). Rows of the file matched to existing ones instead (``channels`` by key, ``departments`` by name). The file&apos;s scale when its scores were converted to the project&apos;s, else None. For each list: the file&apos;s id -&gt; the id in the project.</extracomment>
        <translation>Le fichier contredit les règles du projet et n&apos;a pas été importé.</translation>
    </message>
    <message>
        <location filename="../../app/model/curve.py" line="+134"/>
        <location filename="../../app/model/journey_data.py" line="+242"/>
        <source>There is no journey {journey_id}.</source>
        <extracomment>Default drop threshold, as a share of the scale&apos;s span (3 points on 0..10). Position of the card within its cell. Satisfaction in the project&apos;s scale; None = not scored (a gap in the curve). None: decided by the curve; True: pinned as a moment of truth; False: never one. 0-based place in reading order, unscored touchpoints counted. The fall from the previous scored point when this card ends a big drop, else None. Touchpoints on the curve, unscored ones included. Touchpoints with a score. maximum - minimum. Scores strictly below the scale&apos;s neutral middle. mean - target (negative: below the target experience); None without a target. Score of the first and of the last scored touchpoint in reading order.
----------
A cell of the grid: (lane id, stage id). The icon key of the card&apos;s channel, None when the card has no channel. Satisfaction in the project&apos;s scale; None = not scored (a gap in the curve).</extracomment>
        <translation>Le parcours {journey_id} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/model/fields.py" line="+51"/>
        <location filename="../../app/model/ops.py" line="+233"/>
        <location filename="../../app/model/ops_journey.py" line="+275"/>
        <source>A {table} has no field named {field}.</source>
        <translation>Un élément «&#xa0;{table}&#xa0;» n&apos;a pas de champ nommé {field}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{value} is not a colour such as #1A2B3C.</source>
        <translation>{value} n&apos;est pas une couleur comme #1A2B3C.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo is too large: at most 4 MB.</source>
        <translation>La photo est trop volumineuse&#xa0;: 4 Mo au plus.</translation>
    </message>
    <message>
        <location filename="../../app/model/journey_data.py" line="+47"/>
        <source>The project has no journey to export.</source>
        <translation>Le projet n&apos;a aucun parcours à exporter.</translation>
    </message>
    <message>
        <location filename="../../app/model/fields.py" line="+4"/>
        <location filename="../../app/model/ops.py" line="-147"/>
        <source>There is no {table} {value}.</source>
        <translation>L&apos;élément «&#xa0;{table}&#xa0;» {value} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field} must be between {low} and {high}, not {value}.</source>
        <translation>{field} doit être compris entre {low} et {high}, pas {value}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/model/ops.py" line="+169"/>
        <source>{value} is not a valid value for {field}.</source>
        <translation>{value} n&apos;est pas une valeur possible pour {field}.</translation>
    </message>
    <message>
        <location filename="../../app/model/migrations.py" line="+60"/>
        <source>{path} is damaged: part of the project&apos;s structure is missing ({missing}).</source>
        <extracomment>``{n: step}``: ``step`` upgrades a database of schema version ``n`` to ``n + 1``. Version 1 is the first released schema, so there is nothing to upgrade yet.</extracomment>
        <translation>{path} est endommagé&#xa0;: une partie de la structure du projet manque ({missing}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{path} uses file version {version}, which this version of Parcours cannot bring up to date.</source>
        <translation>{path} utilise la version de fichier {version}, que cette version de Parcours ne sait pas mettre à jour.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>{path} could not be brought up to date from file version {version}.</source>
        <translation>{path} n&apos;a pas pu être mis à jour depuis la version de fichier {version}.</translation>
    </message>
    <message>
        <location filename="../../app/model/ops.py" line="-181"/>
        <location line="+100"/>
        <source>There is no edit named {name}.</source>
        <extracomment>The op&apos;s answer, e.g. the new id of ``add_card``.</extracomment>
        <translation>Aucune modification ne s&apos;appelle {name}.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>There is already a {table} {value}.</source>
        <translation>L&apos;élément «&#xa0;{table}&#xa0;» {value} existe déjà.</translation>
    </message>
    <message>
        <location filename="../../app/model/ops_journey.py" line="-221"/>
        <source>A journey cannot be derived from itself.</source>
        <translation>Un parcours ne peut pas dériver de lui-même.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The lane and the stage belong to different journeys.</source>
        <translation>Le couloir et l&apos;étape appartiennent à des parcours différents.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A card cannot move to another journey.</source>
        <translation>Une carte ne peut pas passer dans un autre parcours.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A card cannot be linked to itself.</source>
        <translation>Une carte ne peut pas être reliée à elle-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only cards of the same journey can be linked.</source>
        <translation>Seules les cartes d&apos;un même parcours peuvent être reliées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These two cards are already linked.</source>
        <translation>Ces deux cartes sont déjà reliées.</translation>
    </message>
    <message>
        <location filename="../../app/model/recovery.py" line="+269"/>
        <source>{path} is already open by {user} on {host} since {since}; open it read-only, or wait until it is closed.</source>
        <extracomment>The document it belongs to (None: the project was never saved). When its owner opened it (local time). Tells this lock from another one by the same process (a forced re-open).</extracomment>
        <translation>{path} est déjà ouvert par {user} sur {host} depuis le {since}&#xa0;; ouvrez-le en lecture seule, ou attendez qu&apos;il soit fermé.</translation>
    </message>
    <message>
        <location filename="../../app/model/store.py" line="+174"/>
        <source>These unsaved changes cannot be recovered because their copy is damaged.</source>
        <extracomment>The document on disk (None while untitled). The private database every edit is committed to. True when the document cannot be written in place (Save As still works).</extracomment>
        <translation>Ces modifications non enregistrées ne peuvent pas être récupérées car leur copie est endommagée.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This project has not been saved yet; use Save As to choose a file.</source>
        <translation>Ce projet n&apos;a pas encore été enregistré&#xa0;; utilisez Enregistrer sous pour choisir un fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is a folder; choose a file name to save to.</source>
        <translation>{path} est un dossier&#xa0;; choisissez un nom de fichier où enregistrer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is read-only; use Save As to keep your changes elsewhere.</source>
        <translation>{path} est en lecture seule&#xa0;; utilisez Enregistrer sous pour conserver vos modifications ailleurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is read-only; choose another name or folder.</source>
        <translation>{path} est en lecture seule&#xa0;; choisissez un autre nom ou un autre dossier.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Parcours could not write its working files in {folder}: {reason}.</source>
        <translation>Parcours n&apos;a pas pu écrire ses fichiers de travail dans {folder}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parcours could not make its working copy of {path} in {folder}: {reason}.</source>
        <translation>Parcours n&apos;a pas pu créer sa copie de travail de {path} dans {folder}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/model/storefile.py" line="+81"/>
        <source>{path} is damaged: its content fails the database&apos;s own integrity check.</source>
        <extracomment>``PRAGMA application_id`` of every project file: &quot;PARC&quot; in ASCII. File name suffix of project files. Sidecars that hold an unfinished change of the database beside them. Pages according to the header, or None when the header&apos;s count is not current. True when the file is in WAL mode (format bytes 18-19 are 2).</extracomment>
        <translation>{path} est endommagé&#xa0;: son contenu échoue au contrôle d&apos;intégrité de la base de données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is damaged: it is shorter than it should be, probably cut off during a copy or a download.</source>
        <translation>{path} est endommagé&#xa0;: il est plus court qu&apos;il ne devrait, sans doute coupé pendant une copie ou un téléchargement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a Parcours project.</source>
        <translation>{path} n&apos;est pas un projet Parcours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are not allowed to read {path}.</source>
        <translation>Vous n&apos;avez pas le droit de lire {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>Parcours could not read {path}: {reason}.</source>
        <translation>Parcours n&apos;a pas pu lire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is a folder, not a Parcours project.</source>
        <translation>{path} est un dossier, pas un projet Parcours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is empty (0 bytes), so it is not a Parcours project.</source>
        <translation>{path} est vide (0 octet)&#xa0;: ce n&apos;est donc pas un projet Parcours.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is a database from another program, not a Parcours project.</source>
        <translation>{path} est une base de données d&apos;un autre programme, pas un projet Parcours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} was saved by a newer version of Parcours (file version {version}); update Parcours to open it.</source>
        <translation>{path} a été enregistré par une version plus récente de Parcours (version de fichier {version})&#xa0;; mettez Parcours à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is damaged: it does not say which version of Parcours wrote it.</source>
        <translation>{path} est endommagé&#xa0;: il n&apos;indique pas quelle version de Parcours l&apos;a écrit.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{path} is being changed by another program right now; try again in a moment.</source>
        <translation>{path} est en cours de modification par un autre programme&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} is damaged: some of its records point to records that do not exist.</source>
        <translation>{path} est endommagé&#xa0;: certains de ses enregistrements renvoient à des enregistrements qui n&apos;existent pas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An interrupted change from another program lies beside {path} ({sidecar}), so Parcours will not open it until that program has finished or undone it.</source>
        <translation>Une modification interrompue d&apos;un autre programme se trouve à côté de {path} ({sidecar})&#xa0;: Parcours ne l&apos;ouvrira pas tant que ce programme ne l&apos;aura pas terminée ou annulée.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{path} is a sound Parcours project (file version {version}).</source>
        <translation>{path} est un projet Parcours sain (version de fichier {version}).</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Parcours could not save {path}: {reason}.</source>
        <translation>Parcours n&apos;a pas pu enregistrer {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/resources.py" line="+91"/>
        <source>The folder {path} named by {variable} does not hold the Parcours resources.</source>
        <extracomment>Environment variable that overrides where the resources are looked for. Name of the installed distribution (``pip install .``). Where the wheel puts the folder, relative to the installation prefix. The font family shared by the canvas and the posters, so print matches screen. File of each style of :data:`FONT_FAMILY` in ``resources/fonts``. A file every complete resources folder holds; tells ours from any other ``resources``.</extracomment>
        <translation>Le dossier {path} indiqué par {variable} ne contient pas les ressources de Parcours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parcours is not installed completely: its resources folder is missing; reinstall it.</source>
        <translation>Parcours n&apos;est pas installé entièrement&#xa0;: son dossier de ressources est absent&#xa0;; réinstallez-le.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Parcours is not installed completely: {name} is missing; reinstall it.</source>
        <translation>Parcours n&apos;est pas installé entièrement&#xa0;: {name} est absent&#xa0;; réinstallez-le.</translation>
    </message>
    <message>
        <location filename="../../app/export/spreadsheet_read.py" line="+72"/>
        <location line="+9"/>
        <location line="+280"/>
        <source>The spreadsheet is empty: it needs a header row and one row per card.</source>
        <extracomment>The most data rows an import accepts; larger files are refused before they are read to the end. Translatable sentences (unknown columns, channels or departments added...).</extracomment>
        <translation>Le tableau est vide&#xa0;: il lui faut une ligne d&apos;en-têtes et une ligne par carte.</translation>
    </message>
    <message>
        <location line="-269"/>
        <location line="+53"/>
        <source>The spreadsheet has more than {limit} rows (row {row}): split it and import the parts.</source>
        <translation>Le tableau a plus de {limit} lignes (ligne {row})&#xa0;: découpez-le et importez les morceaux.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Row {row}, column {column} of the CSV file is not valid UTF-8 text: save it again as CSV UTF-8.</source>
        <translation>Ligne {row}, colonne {column} du fichier CSV, le texte n&apos;est pas de l&apos;UTF-8 valide&#xa0;: enregistrez-le de nouveau au format CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row {row} of the CSV file cannot be read: {reason}.</source>
        <translation>La ligne {row} du fichier CSV est illisible&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>Le fichier n&apos;est pas un classeur Excel (.xlsx), ou il est endommagé.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Row {row}, column {column} holds a formula ({value}): paste it as values and import again.</source>
        <translation>Ligne {row}, colonne {column}, la cellule contient une formule ({value})&#xa0;: collez-la en valeurs et importez de nouveau.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Row {row}, column {column} is part of merged cells ({cells}): unmerge them and import again.</source>
        <translation>Ligne {row}, colonne {column}, la cellule fait partie de cellules fusionnées ({cells})&#xa0;: annulez la fusion et importez de nouveau.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Row {row}, column {column}: {value} is not a number.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: {value} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row}, column {column}: {value} should be between {low} and {high}.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: {value} devrait être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row}, column {column}: {value} is not a whole number.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: {value} n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../app/export/spreadsheet.py" line="+136"/>
        <location line="+27"/>
        <source>Row {row}, column {column}: {value} should be one of: {values}.</source>
        <extracomment>The columns of the long table, in order. The columns every row must fill. What joins (and splits) the tags of a card in one cell. Other names of each column (compared without case, accents, spaces, ``_`` or ``-``). French words for the enumerations&apos; values, by their normalised spelling. Words that give away a lane&apos;s kind when the table does not say it, tried in this order. How a yes/no cell may be spelled (normalised), in English or French. The sheets of the workbook that the importer and other programs look for.</extracomment>
        <translation>Ligne {row}, colonne {column}&#xa0;: {value} devrait être l&apos;une de ces valeurs&#xa0;: {values}.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Row {row}, column {column}: {value} should be yes or no.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: {value} devrait être oui ou non.</translation>
    </message>
    <message>
        <location filename="../../app/export/spreadsheet_read.py" line="+21"/>
        <source>Row {row}, column {column} is empty: every card needs a title, a stage and a lane.</source>
        <translation>Ligne {row}, la colonne {column} est vide&#xa0;: chaque carte a besoin d&apos;un titre, d&apos;une étape et d&apos;un couloir.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row {row}, column {column}: {value} is not a colour such as #1A2B3C.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: {value} n&apos;est pas une couleur comme #1A2B3C.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Column {column} is not one Parcours knows: it was ignored.</source>
        <translation>Parcours ne connaît pas la colonne {column}&#xa0;: elle a été ignorée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}, column {column} repeats the column {other}.</source>
        <translation>Ligne {row}, la colonne {column} répète la colonne {other}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row} has no column {column}: a card table needs the columns title, stage and lane.</source>
        <translation>Il manque la colonne {column} à la ligne {row}&#xa0;: un tableau de cartes a besoin des colonnes titre, étape et couloir.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The channel {name} was added to the project&apos;s catalogue.</source>
        <translation>Le canal {name} a été ajouté au catalogue du projet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The department {name} was added to the project.</source>
        <translation>Le service {name} a été ajouté au projet.</translation>
    </message>
    <message>
        <location filename="../../app/export/paper.py" line="+43"/>
        <source>There is no paper {paper}; choose A0, A1, A2, A3, A4 or WIDTHxHEIGHTmm (50 to 5000 mm).</source>
        <translation>Il n&apos;y a pas de papier {paper}&#xa0;; choisissez A0, A1, A2, A3, A4 ou LARGEURxHAUTEURmm (50 à 5000 mm).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no orientation {name}; choose portrait or landscape.</source>
        <translation>Il n&apos;y a pas d&apos;orientation {name}&#xa0;; choisissez portrait ou paysage.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An overlap of {overlap} mm and margins of {margin} mm leave too little of a {paper} sheet.</source>
        <extracomment>Printable window of one sheet (the sheet less its margins).</extracomment>
        <translation>Un chevauchement de {overlap} mm et des marges de {margin} mm laissent trop peu d&apos;une feuille {paper}.</translation>
    </message>
    <message>
        <location filename="../../app/export/report.py" line="+152"/>
        <location filename="../../app/model/journey_data.py" line="+4"/>
        <source>There is no such journey in this project.</source>
        <translation>Ce projet n&apos;a pas ce parcours.</translation>
    </message>
    <message>
        <location filename="../../app/export/interchange.py" line="+99"/>
        <source>The persona {name} was added to the project.</source>
        <extracomment>Files larger than this are refused before they are parsed. Translatable sentences (fields ignored, scores rescaled, personas added...). (name, side) of the department behind the card, matched by name or added. (name, description) of each stage, in order. (kind, name) of each lane, in order.</extracomment>
        <translation>Le persona {name} a été ajouté au projet.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>These departments were added to the project: {names}.</source>
        <translation>Ces services ont été ajoutés au projet&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The file is larger than {limit} MB: Parcours does not import files this large.</source>
        <translation>Le fichier dépasse {limit} Mo&#xa0;: Parcours n&apos;importe pas de fichiers aussi gros.</translation>
    </message>
    <message>
        <location filename="../../app/export/ojf_read.py" line="+44"/>
        <source>In the OJF file, {path} should be text.</source>
        <extracomment>The most cards (nodes and blueprint items) one import creates. The score range of the OJF specification. The sentiment word written for each emotion (and read back as that emotion). Parcours severity (1..5) for each OJF severity, and back.</extracomment>
        <translation>Dans le fichier OJF, {path} devrait être du texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the OJF file, {path} should be a number.</source>
        <translation>Dans le fichier OJF, {path} devrait être un nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the OJF file, {path} should be a list.</source>
        <translation>Dans le fichier OJF, {path} devrait être une liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the OJF file, {path} should be an object with named fields.</source>
        <translation>Dans le fichier OJF, {path} devrait être un objet à champs nommés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the OJF file, {path} should be true or false.</source>
        <translation>Dans le fichier OJF, {path} devrait valoir true ou false.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The OJF field {field} has no place in Parcours: it was ignored.</source>
        <extracomment>Emotion for each sentiment word (normalised), in English or French. Lane kind for words of a swimlane&apos;s name or type, tried in this order (names are normalised). Blueprint layers of a node: the lane kind they go to and its name in each language. Fields of the spec that have no place in a Parcours card. The lane kinds&apos; own names, as a swimlane ``type`` written by Parcours.</extracomment>
        <translation>Le champ OJF {field} n&apos;a pas d&apos;équivalent dans Parcours&#xa0;: il a été ignoré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OJF field {field} is not one Parcours knows: it was ignored.</source>
        <translation>Parcours ne connaît pas le champ OJF {field}&#xa0;: il a été ignoré.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The OJF file is empty.</source>
        <translation>Le fichier OJF est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not UTF-8 text, so it cannot be an OpenJourney (.ojf) document.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8&#xa0;: ce ne peut pas être un document OpenJourney (.ojf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not JSON (the error is at line {line}, column {column}), so it cannot be an OpenJourney (.ojf) document.</source>
        <translation>Le fichier n&apos;est pas du JSON (l&apos;erreur est ligne {line}, colonne {column})&#xa0;: ce ne peut pas être un document OpenJourney (.ojf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file nests JSON too deeply to be an OpenJourney (.ojf) document.</source>
        <translation>Le fichier imbrique son JSON trop profondément pour être un document OpenJourney (.ojf).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is JSON but not an OpenJourney (.ojf) document: it has no list of stages.</source>
        <translation>Le fichier est du JSON mais pas un document OpenJourney (.ojf)&#xa0;: il n&apos;a pas de liste d&apos;étapes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The scores run from {low} to {high}, outside the OJF range of -5 to 5: they were read as a scale from {from_low} to {from_high}.</source>
        <translation>Les notes vont de {low} à {high}, hors de l&apos;échelle OJF de -5 à 5&#xa0;: elles ont été lues comme une échelle de {from_low} à {from_high}.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The OJF file defines the stage {id} twice.</source>
        <translation>Le fichier OJF définit deux fois l&apos;étape {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The OJF file defines the swimlane {id} twice.</source>
        <translation>Le fichier OJF définit deux fois le couloir {id}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Some nodes name a stage or swimlane the file does not define ({ids}): a stage or lane of that name was added for them.</source>
        <translation>Des nœuds citent une étape ou un couloir que le fichier ne définit pas ({ids})&#xa0;: une étape ou un couloir de ce nom a été ajouté pour eux.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>These emotion swimlanes hold cards, so they became touchpoints lanes whose scores draw the emotion curve: {names}.</source>
        <translation>Ces couloirs d&apos;émotions contiennent des cartes&#xa0;; ils sont devenus des couloirs de points de contact dont les notes tracent la courbe des émotions&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scores sit on the swimlane {name}, so it became a touchpoints lane whose scores draw the emotion curve.</source>
        <translation>Les notes sont dans le couloir {name}&#xa0;; il est devenu un couloir de points de contact dont les notes tracent la courbe des émotions.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The OJF file has more than {limit} nodes: split it and import the parts.</source>
        <translation>Le fichier OJF a plus de {limit} nœuds&#xa0;: découpez-le et importez les morceaux.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the OJF file, {path} is missing.</source>
        <translation>Dans le fichier OJF, {path} manque.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sentiment {value} has no matching emotion in Parcours: it was ignored.</source>
        <translation>Le sentiment {value} n&apos;a pas d&apos;émotion correspondante dans Parcours&#xa0;: il a été ignoré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The severity {value} is not low, medium or high: it was ignored.</source>
        <translation>La gravité {value} n&apos;est ni low, ni medium, ni high&#xa0;: elle a été ignorée.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="+212"/>
        <source>At {scale} % the map needs a sheet of {width} x {height} mm: choose a larger paper or a smaller scale (at most {fits} % on this one).</source>
        <translation>À {scale}&#xa0;% la carte demande une feuille de {width} x {height} mm&#xa0;: choisissez un papier plus grand ou une échelle plus petite ({fits}&#xa0;% au plus sur celui-ci).</translation>
    </message>
    <message>
        <location filename="../../app/export/image.py" line="-113"/>
        <source>An image is written as .png or .svg, not {suffix}.</source>
        <extracomment>Limits of the resolution, in dots per inch. The longest side an image may have, in pixels. Bytes of one band of ARGB pixels painted at a time (fewer rows on a wide image). Rows of a band at most. Size of the IDAT chunks written.</extracomment>
        <translation>Une image s&apos;écrit en .png ou en .svg, pas en {suffix}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resolution of {dpi} dpi is not possible: choose 10 to 1200 dpi.</source>
        <translation>Une résolution de {dpi} ppp n&apos;est pas possible&#xa0;: choisissez de 10 à 1200 ppp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/export/poster.py" line="+184"/>
        <source>The margin cannot be negative.</source>
        <extracomment>Height of the title band; the type of the title block, legend and panel follow it. Type size of the legend (0: no legend), and its height. Width of the persona column (0: none). The map&apos;s area: left edge, top and bottom.</extracomment>
        <translation>La marge ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An image of {width} x {height} pixels is too large (at most {limit} on a side): choose a lower resolution or a smaller paper.</source>
        <translation>Une image de {width} x {height} pixels est trop grande (au plus {limit} de côté)&#xa0;: choisissez une résolution plus basse ou un papier plus petit.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="+2"/>
        <source>A bleed of {bleed} mm is not possible: choose 0 to 10 mm (print shops usually ask for 3 or 5).</source>
        <translation>Un fond perdu de {bleed} mm n&apos;est pas possible&#xa0;: choisissez de 0 à 10 mm (les imprimeurs demandent en général 3 ou 5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bleed and crop marks are for a print shop&apos;s single sheet; they cannot be combined with printing on office sheets.</source>
        <translation>Le fond perdu et les traits de coupe servent à une feuille unique chez l&apos;imprimeur&#xa0;; ils ne se combinent pas avec l&apos;impression sur des feuilles de bureau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A scale of {scale} % is not possible: choose 1 to 1000 %.</source>
        <translation>Une échelle de {scale}&#xa0;% n&apos;est pas possible&#xa0;: choisissez de 1 à 1000&#xa0;%.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Margins of {margin} mm leave nothing of a {paper} sheet.</source>
        <translation>Des marges de {margin} mm ne laissent rien d&apos;une feuille {paper}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="-304"/>
        <source>There is no journey {name} in this project.</source>
        <translation>Il n&apos;y a pas de parcours {name} dans ce projet.</translation>
    </message>
    <message>
        <location filename="../../app/export/mermaid.py" line="+171"/>
        <source>The file is not a Mermaid journey diagram: it should start with the word journey, not {start}.</source>
        <extracomment>Mermaid&apos;s documented score range. The most tasks one import creates.</extracomment>
        <translation>Le fichier n&apos;est pas un diagramme de parcours Mermaid&#xa0;: il devrait commencer par le mot journey, pas par {start}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>The Mermaid file is empty.</source>
        <translation>Le fichier Mermaid est vide.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The file is not UTF-8 text, so it cannot be a Mermaid diagram.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8&#xa0;: ce ne peut pas être un diagramme Mermaid.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Line {line} of the Mermaid diagram is not a task (name: score: actors): {text}</source>
        <translation>La ligne {line} du diagramme Mermaid n&apos;est pas une tâche (nom: note: acteurs)&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line {line} of the Mermaid diagram: the score {value} is not a number.</source>
        <translation>Ligne {line} du diagramme Mermaid&#xa0;: la note {value} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Mermaid diagram has more than {limit} tasks: split it and import the parts.</source>
        <translation>Le diagramme Mermaid a plus de {limit} tâches&#xa0;: découpez-le et importez les morceaux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Mermaid journey diagram has no title, section or task.</source>
        <translation>Le diagramme de parcours Mermaid n&apos;a ni titre, ni section, ni tâche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scores run from {low} to {high}, outside Mermaid&apos;s 1 to 5: they were rescaled from that range to the project&apos;s scale.</source>
        <translation>Les notes vont de {low} à {high}, hors de l&apos;échelle 1 à 5 de Mermaid&#xa0;: elles ont été ramenées de cette plage à l&apos;échelle du projet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_export.py" line="-2"/>
        <source>This format is not available in this installation yet.</source>
        <translation>Ce format n&apos;est pas encore disponible dans cette installation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parcours stopped on an unexpected problem ({detail}).</source>
        <translation>Parcours s&apos;est arrêté sur un problème inattendu ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/export/report_actions.py" line="+362"/>
        <source>The journey {journey} has no actions yet: add some before printing its action plan.</source>
        <translation>Le parcours {journey} n&apos;a pas encore d&apos;actions&#xa0;: ajoutez-en avant d&apos;imprimer son plan d&apos;actions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This project has no actions yet: add some before printing an action plan.</source>
        <translation>Ce projet n&apos;a pas encore d&apos;actions&#xa0;: ajoutez-en avant d&apos;imprimer un plan d&apos;actions.</translation>
    </message>
    <message>
        <location filename="../../app/export/report_personas.py" line="+338"/>
        <source>The journey {journey} has no personas yet: add some before printing persona sheets.</source>
        <translation>Le parcours {journey} n&apos;a pas encore de personas&#xa0;: ajoutez-en avant d&apos;imprimer les fiches personas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This project has no personas yet: add some before printing persona sheets.</source>
        <translation>Ce projet n&apos;a pas encore de personas&#xa0;: ajoutez-en avant d&apos;imprimer les fiches personas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="-5"/>
        <source>The disk is full ({folder}): nothing was changed. Free some space, then try again.</source>
        <translation>Le disque est plein ({folder})&#xa0;: rien n&apos;a été modifié. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parcours could not write this change to its working copy ({reason}): nothing was changed.</source>
        <translation>Parcours n&apos;a pas pu écrire cette modification dans sa copie de travail ({reason})&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change stopped on an unexpected problem ({detail}): nothing was changed.</source>
        <translation>Cette modification s&apos;est arrêtée sur un problème inattendu ({detail})&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../app/model/names.py" line="+14"/>
        <source>Joy</source>
        <translation>Joie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surprise</source>
        <translation>Surprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relief</source>
        <translation>Soulagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anxiety</source>
        <translation>Anxiété</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusion</source>
        <translation>Confusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frustration</source>
        <translation>Frustration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anger</source>
        <translation>Colère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sadness</source>
        <translation>Tristesse</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_fields.py" line="-123"/>
        <source>Digital</source>
        <extracomment>Translation context of the enum labels (lane kinds are named by :mod:`app.ui.labels`).</extracomment>
        <translation>Numérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human</source>
        <translation>Humaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction survey</source>
        <translation>Enquête de satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web analytics</source>
        <translation>Analyse d&apos;audience web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service reports</source>
        <translation>Rapports du service client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media listening</source>
        <translation>Écoute des réseaux sociaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observed in research</source>
        <translation>Observé lors de l&apos;étude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed</source>
        <translation>Supposé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As-is (lived today)</source>
        <translation>Actuel (vécu aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To-be (target)</source>
        <translation>Cible (souhaité)</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_draw.py" line="+41"/>
        <location filename="../../app/ui/labels.py" line="+14"/>
        <source>Customer steps</source>
        <extracomment>ReportLab names of the bundled font (registered by :func:`app.export.poster.register_fonts`). Names of the lane kinds (context &quot;labels&quot;, shared with the editor&apos;s catalogue).</extracomment>
        <translation>Étapes du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Emotion curve</source>
        <translation>Courbe émotionnelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Expectations</source>
        <translation>Attentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Pain points</source>
        <translation>Irritants</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Delights</source>
        <translation>Enchantements</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Front stage</source>
        <translation>Front office</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Back stage</source>
        <translation>Back office</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Support systems</source>
        <translation>Outils et systèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <location line="+22"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="-21"/>
        <source>Employee experience</source>
        <translation>Expérience collaborateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Externalities</source>
        <translation>Externalités</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/labels.py" line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="+8"/>
        <source>Step</source>
        <translation>Étape du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectation</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain point</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delight</source>
        <translation>Enchantement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front-stage action</source>
        <translation>Action front office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-stage action</source>
        <translation>Action back office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support system</source>
        <translation>Outil ou système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee note</source>
        <translation>Note collaborateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Externality</source>
        <translation>Externalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../app/ui/canvas/menus.py" line="+22"/>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unpin as a moment of truth</source>
        <translation>Ne plus épingler comme moment de vérité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin as a moment of truth</source>
        <translation>Épingler comme moment de vérité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never a moment of truth</source>
        <translation>Jamais un moment de vérité</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Default colour</source>
        <translation>Couleur par défaut</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+10"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Insert lane above</source>
        <translation>Insérer un couloir au-dessus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert lane below</source>
        <translation>Insérer un couloir en dessous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change kind</source>
        <translation>Changer de type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fold or unfold</source>
        <translation>Replier ou déplier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete lane</source>
        <translation>Supprimer le couloir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert stage before</source>
        <translation>Insérer une étape avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert stage after</source>
        <translation>Insérer une étape après</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete stage</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a card here: %1</source>
        <translation>Ajouter une carte ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>New %1 here</source>
        <translation type="vanished">Ajouter ici&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add lane</source>
        <translation>Ajouter un couloir</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>poster</name>
    <message>
        <location filename="../../app/export/paper.py" line="-72"/>
        <source>portrait</source>
        <extracomment>Portrait sizes (width, height) of the named papers, in millimetres (ISO 216). Points per millimetre. Points per canvas pixel at 100 % (96 pixels to the inch). Names of the orientations (context &quot;poster&quot;).</extracomment>
        <translation>portrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>landscape</source>
        <translation>paysage</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="-80"/>
        <location filename="../../app/export/report.py" line="-96"/>
        <source>Parcours {version} · {date}</source>
        <extracomment>The size of one printed sheet (a tile&apos;s when tiled), and its orientation. The size of the whole poster (the trimmed sheet when there is a bleed). The map&apos;s size in percent of the canvas at 100 % (None: as large as the sheet allows). Called with (cards drawn, cards) while the map is drawn; may raise to cancel.</extracomment>
        <translation>Parcours {version} · {date}</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Persona: {names}</source>
        <translation>Persona&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>{journey} · trim {width} x {height} mm · bleed {bleed} mm · {stamp}</source>
        <translation>{journey} · format fini {width} x {height} mm · fond perdu {bleed} mm · {stamp}</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_tiles.py" line="+41"/>
        <source>row {row}/{rows} · column {column}/{columns}</source>
        <translation>ligne {row}/{rows} · colonne {column}/{columns}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Assembly of the poster</source>
        <translation>Assemblage du poster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print at 100 % (actual size): do not fit to page.</source>
        <translation>Imprimer à 100&#xa0;% (taille réelle)&#xa0;: ne pas ajuster à la page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sheets} sheets {paper} {orientation} ({rows} rows × {columns} columns) for a {poster} poster; overlap {overlap} mm.</source>
        <translation>{sheets} feuilles {paper} {orientation} ({rows} lignes × {columns} colonnes) pour un poster {poster}&#xa0;; chevauchement {overlap} mm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trim each sheet along the ticks of its left and top overlap, then lay it on its neighbours.</source>
        <translation>Rognez chaque feuille le long des repères de son chevauchement gauche et haut, puis posez-la sur ses voisines.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_legend.py" line="-7"/>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+165"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation>Repères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../app/export/report.py" line="-1"/>
        <source>page {page}/{pages}</source>
        <extracomment>Points per millimetre. A4 portrait in points (210 x 297 mm). Page margin. Height kept free at the bottom of every page for the footer.</extracomment>
        <translation>page {page}/{pages}</translation>
    </message>
    <message>
        <location filename="../../app/export/report_matrix.py" line="+30"/>
        <source>Quick wins</source>
        <extracomment>Names of the quadrants of the impact/effort matrix.</extracomment>
        <translation>Victoires rapides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major projects</source>
        <translation>Projets majeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill-ins</source>
        <translation>Tâches d&apos;appoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thankless tasks</source>
        <translation>Tâches ingrates</translation>
    </message>
    <message>
        <location filename="../../app/export/report_actions.py" line="-313"/>
        <source>Quick wins (now)</source>
        <extracomment>Names of the horizons, in the order the plan prints them (None: not scheduled).</extracomment>
        <translation>Victoires rapides (maintenant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 3 months</source>
        <translation>Sous 3 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 12 months</source>
        <translation>Sous 12 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Not scheduled</source>
        <translation>Non planifiées</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Quick win</source>
        <extracomment>Short names of the horizons, for the columns of the summary.</extracomment>
        <translation>Victoire rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 months</source>
        <translation>3 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 months</source>
        <translation>12 mois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 action</source>
        <translation>1 action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} actions</source>
        <translation>{count} actions</translation>
    </message>
    <message>
        <location filename="../../app/export/report_matrix.py" line="+4"/>
        <source>{count} actions:</source>
        <translation>{count} actions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/export/report_actions.py" line="+56"/>
        <source>baseline {value}</source>
        <extracomment>Longest department name printed in the summary table (a table row cannot break across pages). The action&apos;s journey, printed when the plan covers several journeys.</extracomment>
        <translation>départ {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target {value}</source>
        <translation>cible {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual {value}</source>
        <translation>actuel {value}</translation>
    </message>
    <message>
        <location filename="../../app/export/report_matrix.py" line="+56"/>
        <source>Effort (1 low, 5 high)</source>
        <extracomment>Radius (pt) below which a cell&apos;s dots would be illegible: the cell lists the numbers instead.</extracomment>
        <translation>Effort (1 faible, 5 fort)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact (1 low, 5 high)</source>
        <translation>Impact (1 faible, 5 fort)</translation>
    </message>
    <message>
        <location filename="../../app/export/report_actions.py" line="+98"/>
        <source>All journeys</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>actions: {actions} · quick wins: {quick}</source>
        <translation>actions&#xa0;: {actions} · victoires rapides&#xa0;: {quick}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+134"/>
        <source>Action plan</source>
        <translation>Plan d&apos;actions</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+42"/>
        <source>No department</source>
        <translation>Sans service</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Actions by department and horizon</source>
        <translation>Actions par service et par horizon</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>impact {value}/5</source>
        <translation>impact {value}/5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effort {value}/5</source>
        <translation>effort {value}/5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>risk {value}/5</source>
        <translation>risque {value}/5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} % of customers</source>
        <translation>{share}&#xa0;% des clients</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due {date}</source>
        <translation>échéance {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Irritants</source>
        <translation>Irritants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked cards</source>
        <translation>Cartes liées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impact and effort</source>
        <translation>Impact et effort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prioritised actions</source>
        <translation>Actions par priorité</translation>
    </message>
    <message>
        <location filename="../../app/export/report_personas.py" line="-302"/>
        <source>Prefers to help themselves</source>
        <translation>Préfère se débrouiller seul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers a ready-made solution</source>
        <translation>Préfère une solution clés en main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either way</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hobbies</source>
        <translation>Loisirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Digital ease</source>
        <extracomment>Longest name, role, segment or age band printed in the header. Scales tried, largest first.</extracomment>
        <translation>Aisance numérique</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Persona sheet</source>
        <translation>Fiche persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persona sheets</source>
        <translation>Fiches personas</translation>
    </message>
</context>
</TS>
