<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli.py" line="+148"/>
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
        <location line="+40"/>
        <source>Exported {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported {source} into the new project {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {source} into {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
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
        <source>write the project to OUT (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add SOURCE (.json) to FILE, created if missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Internal error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location line="-276"/>
        <source>Parcours could not write {path}: {reason}.</source>
        <extracomment>``EX_SOFTWARE`` from sysexits.h: a bug, not the user&apos;s mistake. Writes the project in a session to a file; chosen by the output&apos;s suffix. Reads a file into the project in a session; chosen by the source&apos;s suffix.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+107"/>
        <location line="+47"/>
        <source>{path} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-152"/>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>There is no template named {name}; choose one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no language {name}; choose one of: {names}.</source>
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
        <location line="+14"/>
        <source>Parcours cannot import {suffix} files yet: only {formats} for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The editor is not available in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
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
        <location filename="../../app/model/journey_data.py" line="+242"/>
        <source>There is no journey {journey_id}.</source>
        <extracomment>A cell of the grid: (lane id, stage id). The icon key of the card&apos;s channel, None when the card has no channel. Satisfaction in the project&apos;s scale; None = not scored (a gap in the curve).</extracomment>
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
</context>
</TS>
