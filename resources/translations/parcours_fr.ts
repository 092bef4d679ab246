<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Target</source>
        <extracomment>Above this many points the emotion names are not written next to them; at most this many moments are named.</extracomment>
        <translation type="vanished">Cible</translation>
    </message>
    <message>
        <source>to be</source>
        <extracomment>Text items reused from one refresh to the next: emotion names, then moment names. How much each text matters when labels crowd (moments before emotion names).</extracomment>
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
        <source>%1: %2</source>
        <translation type="vanished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no scored touchpoint</source>
        <translation type="vanished">aucun point de contact noté</translation>
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
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="+28"/>
        <source>About Parcours</source>
        <translation>À propos de Parcours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer journey maps, offline.</source>
        <translation>Cartographies de parcours client, hors ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt %1 through PySide6 %2.</source>
        <translation>Qt %1 via PySide6 %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parcours is free software under the MIT licence.</source>
        <translation>Parcours est un logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence (MIT)</source>
        <translation>Licence (MIT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The editor and every export use the DejaVu Sans fonts, bundled with Parcours under their own licence:</source>
        <translation>L&apos;éditeur et tous les exports utilisent les polices DejaVu Sans, fournies avec Parcours sous leur propre licence&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fonts (DejaVu)</source>
        <translation>Polices (DejaVu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The channel icons, the palette&apos;s card swatches and the thumbnails are drawn by Parcours itself as vector paths (MIT, like Parcours). Toolbar icons come from Qt&apos;s style and the desktop&apos;s icon theme.

Qt and PySide6 are used under the GNU LGPL version 3; pyqtgraph under the MIT licence; SQLAlchemy under the MIT licence; ReportLab under the BSD licence.</source>
        <translation>Les icônes des canaux, les pastilles de cartes de la palette et les vignettes sont dessinées par Parcours lui-même en tracés vectoriels (MIT, comme Parcours). Les icônes de la barre d&apos;outils viennent du style de Qt et du thème d&apos;icônes du bureau.

Qt et PySide6 sont utilisés sous licence GNU LGPL version 3&#xa0;; pyqtgraph sous licence MIT&#xa0;; SQLAlchemy sous licence MIT&#xa0;; ReportLab sous licence BSD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Icons and libraries</source>
        <translation>Icônes et bibliothèques</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../app/ui/actions_view.py" line="+50"/>
        <source>Filter actions…</source>
        <extracomment>Tables whose changes the actions table shows. Show these cards on the map (the pain points of the selected action).</extracomment>
        <translation>Filtrer les actions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This journey only</source>
        <translation>Ce parcours seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <location line="+3"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show on map</source>
        <translation>Voir sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the pain points of the selected action on the map</source>
        <translation>Sélectionner sur la carte les irritants de l’action choisie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact for the customer, 1 (small) to 5 (large)</source>
        <translation>Impact pour le client, de 1 (faible) à 5 (fort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort to deliver, 1 (small) to 5 (large)</source>
        <translation>Effort de mise en œuvre, de 1 (faible) à 5 (fort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers %</source>
        <translation>Clients %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of customers the action helps, in percent</source>
        <translation>Part des clients que l’action aide, en pourcentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery risk, 1 (none) to 5 (high)</source>
        <translation>Risque de mise en œuvre, de 1 (aucun) à 5 (élevé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain points</source>
        <translation>Irritants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pain points the action answers</source>
        <translation>Les irritants auxquels l’action répond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPIs measured on the action&apos;s pain points (set in the KPIs view)</source>
        <translation>Indicateurs mesurés sur les irritants de l’action (à régler dans la vue Indicateurs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 100, from impact, customers helped, risk and effort</source>
        <translation>De 0 à 100, selon l’impact, les clients aidés, le risque et l’effort</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%n action(s)</source>
        <translation>%n action(s)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Delete action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %n actions</source>
        <translation>Supprimer %n actions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link pain points</source>
        <translation>Lier des irritants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
</context>
<context>
    <name>CataloguesDialog</name>
    <message>
        <location filename="../../app/ui/catalogues.py" line="+167"/>
        <source>Departments and channels</source>
        <translation>Services et canaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Departments</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannels</source>
        <translation>C&amp;anaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../../app/ui/method_table.py" line="+203"/>
        <source>Unknown</source>
        <extracomment>Role of the value a column sorts by (numbers as numbers, unknowns last). Role of a progress fraction (0..1, may overshoot) drawn as a bar. The invalid index: the parent of a table&apos;s rows. The user changed a cell: (row id, field, plain value).</extracomment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>YYYY-MM-DD</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
</context>
<context>
    <name>ColourEditor</name>
    <message>
        <location filename="../../app/ui/inspector_fields.py" line="+92"/>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <location line="+232"/>
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
    <name>CommentsPanel</name>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="+87"/>
        <source>Whole journey</source>
        <translation>Tout le parcours</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a comment…</source>
        <translation>Écrivez un commentaire…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Open a project to comment on its journeys.</source>
        <translation>Ouvrez un projet pour commenter ses parcours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments on %1</source>
        <translation>Commentaires sur %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the card “%1”</source>
        <translation>la carte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the stage “%1”</source>
        <translation>l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journey “%1”</source>
        <translation>le parcours «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/library_dialogs.py" line="+159"/>
        <source>Someone published in the meantime</source>
        <translation>Quelqu’un a publié entre-temps</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep mine (publish on top)</source>
        <translation>Garder la mienne (publier par-dessus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the library&apos;s (open a copy)</source>
        <translation>Garder celle de la bibliothèque (ouvrir une copie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish as a new copy</source>
        <translation>Publier comme nouvelle copie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What your file changes from the library&apos;s newest revision:</source>
        <translation>Ce que votre fichier change par rapport à la dernière révision de la bibliothèque&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CurveDrawing</name>
    <message>
        <location filename="../../app/ui/emotion_drawing.py" line="+67"/>
        <source>Target</source>
        <extracomment>Above this many points the emotion names are not written next to them; at most this many moments are named.</extracomment>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>to be</source>
        <extracomment>Text items reused from one refresh to the next: emotion names, then moment names. How much each text matters when labels crowd (moments before emotion names). What the labels were last decluttered for (see _label_room): a canvas frame that leaves it as it was does not declutter them again. What each text item was last given: (text, colour, anchor, x, y, bold). (text, colour, anchor, bold) -&gt; the labels that showed it before this refresh (see _begin_texts).</extracomment>
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
        <location line="+39"/>
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
        <location filename="../../app/ui/emotion_plot.py" line="+108"/>
        <source>Draw another journey&apos;s curve over this one</source>
        <extracomment>Distance (pixels) within which a press or a click takes a point. Tables whose changes the curves follow through the canvas&apos;s layout alone (cards) or do not show (links). A point was clicked: select its card. Card id -&gt; (x, score) of the main curve&apos;s scored points, for hit tests. True while follow_canvas moves the plot: the labels make room once, when it is done. What the last refresh drew from (see :meth:`_drawn_from`): an edit that changes none of it (a title of another lane, a card&apos;s height) leaves the plot as it is.</extracomment>
        <translation>Superposer la courbe d&apos;un autre parcours à celle-ci</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compare with:</source>
        <translation>Comparer avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+145"/>
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
        <location filename="../../app/ui/emotion_pane.py" line="+39"/>
        <source>The emotion curve is coming…</source>
        <extracomment>How long after a project opens the plot is built (the map paints first). A point was clicked: select its card.</extracomment>
        <translation>La courbe émotionnelle arrive…</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="+129"/>
        <source>Evidence images</source>
        <translation>Images de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop PNG, JPEG or WebP images here; double-click to see one full size.</source>
        <translation>Déposez ici des images PNG, JPEG ou WebP&#x202f;; double-cliquez pour en voir une en grand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an &amp;image…</source>
        <translation>Ajouter une &amp;image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a card to see its evidence.</source>
        <translation>Sélectionnez une carte pour voir ses preuves.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personas this card applies to (none ticked: every persona), with their own score:</source>
        <translation>Personas concernés par cette carte (aucun coché&#xa0;: tous), avec leur propre note&#xa0;:</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+120"/>
        <source>Add an image</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Remove an image</source>
        <translation>Retirer une image</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not scored</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Change the card&apos;s personas</source>
        <translation>Modifier les personas de la carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>ExportVerbs</name>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="vanished">Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ExportsController</name>
    <message>
        <location filename="../../app/ui/window_export.py" line="+159"/>
        <source>Export a poster</source>
        <translation>Exporter une affiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/window_export_formats.py" line="+123"/>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+62"/>
        <location filename="../../app/ui/window_export_poster.py" line="+94"/>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_export_formats.py" line="-99"/>
        <source>96 dpi: the map as on screen at 100 %</source>
        <extracomment>Writes a journey (the whole project for JSON) to a path, telling a progress callback when it can. Resolutions offered for a PNG: (dots per inch, what for; context &quot;ExportsController&quot;).</extracomment>
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
        <location line="+86"/>
        <source>Export an image</source>
        <extracomment>The file dialog&apos;s title and filters (context &quot;ExportsController&quot;). Suffixes the file may have; the first is added when it has none of them. Suffixes written at once rather than in the background. The suggested file name (context &quot;ExportsController&quot;); None: the journey&apos;s title; &quot;project&quot;: the project&apos;s file. The export formats after the poster, in menu order, by action name.</extracomment>
        <translation>Exporter une image</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv);;CSV for a French Excel, semicolons (*.csv)</source>
        <translation>Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv);;CSV pour Excel en français, points-virgules (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a presentation</source>
        <translation>Exporter une présentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Présentations PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../app/ui/window_export_poster.py" line="-4"/>
        <source>Exported %1: %2 sheets (%3 x %4) + assembly page.</source>
        <translation>%1 exporté&#xa0;: %2 feuilles (%3 x %4) + page d&apos;assemblage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_questions.py" line="+152"/>
        <source>Image resolution</source>
        <translation>Résolution de l&apos;image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>Résolution&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was written with %2 remarks.</source>
        <translation>%1 a été écrit avec %2 remarques.</translation>
    </message>
</context>
<context>
    <name>FileVerbs</name>
    <message>
        <source>Untitled</source>
        <translation type="vanished">Sans titre</translation>
    </message>
    <message>
        <source>Parcours closed without saving %1 (opened %2). Recover its changes?</source>
        <translation type="vanished">Parcours s&apos;est fermé sans enregistrer %1 (ouvert le %2). Récupérer ses modifications&#xa0;?</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <location line="-153"/>
        <source>Parcours will speak this language the next time it starts. Close it and open it again to switch now.</source>
        <translation>Parcours parlera cette langue la prochaine fois qu&apos;il démarrera. Fermez-le et rouvrez-le pour changer tout de suite.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the changes to %1 before closing?</source>
        <translation>Enregistrer les modifications de %1 avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Parcours projects (*.parcours)</source>
        <translation>Projets Parcours (*.parcours)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template name:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an untitled project</source>
        <translation>un projet sans titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parcours stopped unexpectedly with unsaved changes to %1 (opened %2). Recover them?</source>
        <translation>Parcours s&apos;est arrêté sans prévenir avec des modifications non enregistrées de %1 (ouvert le %2). Les récupérer&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
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
    <message>
        <location filename="../../app/ui/window_files.py" line="+133"/>
        <source>My template</source>
        <translation>Mon modèle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved as the template “%1”; it is on the start screen.</source>
        <translation>Enregistré comme modèle «&#xa0;%1&#xa0;»&#xa0;; il figure sur l&apos;écran d&apos;accueil.</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+21"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Journey map.parcours</source>
        <translation>Cartographie de parcours.parcours</translation>
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
    <name>FirstStepsHint</name>
    <message>
        <location filename="../../app/ui/first_steps.py" line="+20"/>
        <source>First steps: double-click a cell to add a card and type its title; drag a kind of card or a channel from the palette; right-click a lane or stage header to add, rename or delete it.</source>
        <translation>Premiers pas&#xa0;: double-cliquez sur une case pour ajouter une carte et tapez son titre&#xa0;; faites glisser un type de carte ou un canal depuis la palette&#xa0;; clic droit sur l&apos;en-tête d&apos;un couloir ou d&apos;une étape pour en ajouter, le renommer ou le supprimer.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../app/ui/evidence_panel.py" line="-210"/>
        <source>Evidence image</source>
        <translation>Image de preuve</translation>
    </message>
</context>
<context>
    <name>ImportsController</name>
    <message>
        <location filename="../../app/ui/window_import.py" line="+78"/>
        <source>Journeys (*.csv *.xlsx *.ojf *.mmd);;Spreadsheets (*.csv *.xlsx);;OpenJourney (*.ojf);;Mermaid (*.mmd)</source>
        <translation>Parcours (*.csv *.xlsx *.ojf *.mmd);;Tableurs (*.csv *.xlsx);;OpenJourney (*.ojf);;Mermaid (*.mmd)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1: %2 cards.</source>
        <translation>%1 importé&#xa0;: %2 cartes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_questions.py" line="+46"/>
        <source>Import a journey</source>
        <translation>Importer un parcours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was imported with %2 remarks.</source>
        <translation>%1 a été importé avec %2 remarques.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../app/ui/inspector.py" line="+76"/>
        <location line="+100"/>
        <source>Select a card, a lane or a stage to see its fields.</source>
        <extracomment>Card fields that only mean something on a touchpoint (they feed the emotion curve). Card fields that only mean something on a pain point. Lane kinds whose cards are pain points (employee irritants become customer irritants later). The command editing a subject&apos;s fields: ``(document, row id, *, merge, **fields)``. Other tables whose changes a subject&apos;s form shows (choices, scale, the card&apos;s lane kind). The model&apos;s sentence when it refused the last edit (hidden otherwise).</extracomment>
        <translation>Sélectionnez une carte, un couloir ou une étape pour voir ses champs.</translation>
    </message>
    <message>
        <location line="-79"/>
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
        <location line="+54"/>
        <source>%1 cards selected</source>
        <translation>%1 cartes sélectionnées</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation type="vanished">Replié</translation>
    </message>
    <message>
        <location line="-47"/>
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
        <location line="+30"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move, copy, cut or delete them together, or select one card to edit its fields.</source>
        <translation>Déplacez-les, copiez-les, coupez-les ou supprimez-les ensemble, ou sélectionnez une seule carte pour modifier ses champs.</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location filename="../../app/ui/journey_panel.py" line="+44"/>
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
        <location line="+61"/>
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
    <name>JourneysController</name>
    <message>
        <location filename="../../app/ui/window_journeys.py" line="+104"/>
        <source>to be</source>
        <extracomment>How many journeys shown lately are remembered (to fall back on when one goes away). Journeys shown lately, the current one last: where to go back when it goes away.</extracomment>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as is</source>
        <translation>actuel</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <location line="+1"/>
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
    <name>KpisView</name>
    <message>
        <location filename="../../app/ui/kpis_view.py" line="+48"/>
        <location line="+67"/>
        <source>New KPI</source>
        <extracomment>Cards a KPI may be measured on (touchpoints, pain points, delights, steps).</extracomment>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Delete KPI</source>
        <translation>Supprimer l’indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %n KPIs</source>
        <translation>Supprimer %n indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit KPI</source>
        <translation>Modifier l’indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n KPI(s)</source>
        <translation>%n indicateur(s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter KPIs…</source>
        <translation>Filtrer les indicateurs…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured at</source>
        <translation>Mesuré à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stage or card of the journey the KPI measures</source>
        <translation>L’étape ou la carte du parcours que l’indicateur mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the baseline (0 %) to the target (100 %)</source>
        <translation>De la référence (0 %) à la cible (100 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole journey</source>
        <translation>Tout le parcours</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LibraryAddress</name>
    <message>
        <location filename="../../app/ui/library_dialogs.py" line="-129"/>
        <source>from the keyring or PGPASSWORD when empty</source>
        <extracomment>Settings key of the last library address (without password).</extracomment>
        <translation>vide&#xa0;: trousseau du système ou PGPASSWORD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the password in the system keyring</source>
        <translation>Garder le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library:</source>
        <translation>Bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../app/ui/window_library.py" line="+64"/>
        <source>&amp;Publish to the team library...</source>
        <translation>&amp;Publier dans la bibliothèque d’équipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open from the team &amp;library...</source>
        <translation>Ouvrir depuis la &amp;bibliothèque d’équipe…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save the copy as</source>
        <extracomment>The last published revision (for tests and the status bar).</extracomment>
        <translation>Enregistrer la copie sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcours projects (*.parcours)</source>
        <translation>Projets Parcours (*.parcours)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Published %1, revision %2.</source>
        <translation>%1 publié, révision %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No difference.</source>
        <translation>Aucune différence.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+150"/>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Open a project or create one from the File menu.</source>
        <translation type="vanished">Ouvrez un projet ou créez-en un depuis le menu Fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="+199"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="-57"/>
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
        <source>Save as &amp;template…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
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
        <location line="+3"/>
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
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Journey</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/window_workspace.py" line="+121"/>
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
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Parcours</source>
        <translation>À &amp;propos de Parcours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The journey shown on the map</source>
        <translation>Le parcours affiché sur la cartographie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_files.py" line="+86"/>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="+57"/>
        <location filename="../../app/ui/window_actions.py" line="-124"/>
        <source>&amp;Undo</source>
        <extracomment>The first of Qt&apos;s keys for dedicated keyboard buttons (Back, Open, Save, Copy...): not keys people type. Undo and Redo actions show the next command in their text: listed under their plain names.</extracomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/window_actions.py" line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="-2"/>
        <source>Inspector</source>
        <extracomment>Every open window (so that File &gt; New window keeps its window alive). The file :meth:`show_first_read` showed could not be opened (said on stderr; the window is gone). While the editor starts (see :func:`start`): what the next document&apos;s side panes are handed once the map has painted (None: they get it at once, as everywhere else). The map read without the ORM and the file it came from, until its document is open (show_first_read). Does the work left for after the first paint when no paint comes (a hidden window). True while finish_start does one piece of the work left for after the first paint (see there). Whether the parts (docks, menus, panes, controllers) are made, and while they are being made. Holds the document&apos;s undo stack: Edit &gt; Undo / Redo always act on the open document. The start screen, or the map under the Find bar (app/ui/window_pages.py). The palette of card kinds and channels (QWidget.palette() keeps its meaning). New, Open, Save, recent files, crash recovery (app/ui/window_files.py). The Journey menu and the journey switcher in the toolbar. File &gt; Export (app/ui/window_export.py) and File &gt; Import (app/ui/window_import.py).</extracomment>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location line="+441"/>
        <location line="+67"/>
        <source>Untitled</source>
        <extracomment>The method&apos;s workspace: Project menu, project / personas / evidence docks, persona filter. File &gt; Publish to / Open from the team library. Presentation, votes, comments, minimap, fitting, keyboard help (app/ui/window_presentation.py).</extracomment>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Parcours closed without saving %1 (opened %2). Recover its changes?</source>
        <translation type="vanished">Parcours s&apos;est fermé sans enregistrer %1 (ouvert le %2). Récupérer ses modifications&#xa0;?</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>Emotion curve</source>
        <extracomment>The open document&apos;s map: its scene, view and controller (app/ui/window_canvas.py). Settings &gt; Language and Preferences, Help &gt; About (app/ui/window_preferences.py).</extracomment>
        <translation>Courbe émotionnelle</translation>
    </message>
    <message>
        <location line="+432"/>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Zoom: %1 %</source>
        <translation>Zoom&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_export.py" line="-206"/>
        <source>&amp;Poster (PDF)…</source>
        <extracomment>The file type the last export dialog was left on (&quot;&quot; when none was chosen). An export started or ended (the window enables its menus again). The running export&apos;s thread (None when none runs; QObject.thread() keeps its meaning).</extracomment>
        <translation>&amp;Affiche (PDF)…</translation>
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
        <source>P&amp;resentation (PowerPoint)…</source>
        <translation>P&amp;résentation (PowerPoint)…</translation>
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
        <location filename="../../app/ui/window_import.py" line="-35"/>
        <source>&amp;Import…</source>
        <extracomment>File &gt; Import….</extracomment>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_presentation.py" line="+68"/>
        <source>Overview</source>
        <extracomment>The presenting widget while a presentation runs, else None. The vote round dialog and the keyboard help, once opened.</extracomment>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presenter notes</source>
        <translation>Notes de l’animateur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fit to &amp;width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to &amp;height</source>
        <translation>Ajuster à la &amp;hauteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present from the first stage</source>
        <translation>&amp;Présenter depuis la première étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present from the &amp;selected stage</source>
        <translation>Présenter depuis l’étape &amp;sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a &amp;dot vote…</source>
        <translation>Lancer un vote par &amp;gommettes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment…</source>
        <translation>&amp;Commenter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present &amp;on</source>
        <translation>Présenter &amp;sur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Automatic (the other screen if any)</source>
        <translation>Automatique (l’autre écran s’il y en a un)</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../app/ui/window_canvas.py" line="+129"/>
        <source>This journey has no lane for that kind of card.</source>
        <extracomment>A map shown before its document (the editor&apos;s start), which :meth:`attach` takes on.</extracomment>
        <translation>Ce parcours n&apos;a pas de couloir pour ce type de carte.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../app/ui/matrix.py" line="+97"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quick wins</source>
        <translation>Victoires rapides</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Major projects</source>
        <translation>Grands projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill-ins</source>
        <translation>Petites tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thankless tasks</source>
        <translation>Tâches ingrates</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Drag a dot to change an action&apos;s impact and effort.</source>
        <extracomment>Distance (pixels) within which a press takes a dot. A dot was clicked: the action&apos;s id. Action id -&gt; (x, y) where its dot is drawn (effort, impact plus the spread of a shared cell). The dot being dragged: (action id, where it started, where it is now).</extracomment>
        <translation>Faites glisser un point pour changer l’impact et l’effort d’une action.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1
impact %2, effort %3, priority %4</source>
        <translation>%1
impact %2, effort %3, priorité %4</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Move action on the matrix</source>
        <translation>Déplacer l’action sur la matrice</translation>
    </message>
</context>
<context>
    <name>MeasurementsView</name>
    <message>
        <location filename="../../app/ui/measurements_view.py" line="+44"/>
        <location line="+35"/>
        <source>New measurement point</source>
        <extracomment>The touchpoint a new point goes on (the card selected on the map), or None.</extracomment>
        <translation>Nouveau point de mesure</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Delete measurement point</source>
        <translation>Supprimer le point de mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %n measurement points</source>
        <translation>Supprimer %n points de mesure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit measurement point</source>
        <translation>Modifier le point de mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n measurement point(s)</source>
        <translation>%n point(s) de mesure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter measurement points…</source>
        <translation>Filtrer les points de mesure…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the measure is taken, e.g. “after signing”</source>
        <translation>Quand la mesure est prise, par exemple «&#xa0;après la signature&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MethodWorkspace</name>
    <message>
        <location filename="../../app/ui/window_method.py" line="+88"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top irritants</source>
        <translation>Irritants majeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact × effort</source>
        <translation>Impact × effort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Road map</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement points</source>
        <translation>Points de mesure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs and measures</source>
        <translation>Indicateurs et mesures</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create action…</source>
        <extracomment>View &gt; Maximise the bottom pane (the map gives its place to the curve, plan or KPIs for a while).</extracomment>
        <translation>Créer une action…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new action that answers this pain point</source>
        <translation>Une nouvelle action qui répond à cet irritant</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Create action from pain point</source>
        <translation>&amp;Créer une action pour l’irritant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New action</source>
        <translation>&amp;Nouvelle action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Top irritants</source>
        <translation>&amp;Irritants majeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact × effort matrix</source>
        <translation>&amp;Matrice impact × effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Road map</source>
        <translation>&amp;Feuille de route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;KPI</source>
        <translation>Nouvel in&amp;dicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;PIs</source>
        <translation>In&amp;dicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;measurement point</source>
        <translation>Nouveau &amp;point de mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement &amp;points</source>
        <translation>Points de m&amp;esure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tions</source>
        <translation>Ac&amp;tions</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Select a pain point on the map first.</source>
        <translation>Sélectionnez d’abord un irritant sur la carte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resolve: %1</source>
        <translation>Résoudre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create action</source>
        <translation>Créer une action</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <location filename="../../app/ui/minimap.py" line="+34"/>
        <source>The whole map: click or drag to move the view</source>
        <extracomment>How long after the map is laid out again the miniature is drawn again (edits in a row draw it once). Cards drawn into the miniature per turn of the event loop.</extracomment>
        <translation>Toute la carte&#xa0;: cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>OpenFromLibraryDialog</name>
    <message>
        <location filename="../../app/ui/library_dialogs.py" line="+21"/>
        <source>Open from the team library</source>
        <extracomment>The user asked to search for this text (&quot;&quot; lists everything).</extracomment>
        <translation>Ouvrir depuis la bibliothèque d’équipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client, title, persona, tag, author...</source>
        <translation>Client, titre, persona, étiquette, auteur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a copy</source>
        <translation>Ouvrir une copie</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — %2
revision %3, published by %4 on %5
%6</source>
        <translation>%1 — %2
révision %3, publiée par %4 le %5
%6</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Projects found: %1</source>
        <translation>Projets trouvés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../app/ui/palette.py" line="+103"/>
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
        <location line="+5"/>
        <source>Drag onto the map: a touchpoint on this channel.</source>
        <translation>Glissez sur la cartographie&#xa0;: un point de contact sur ce canal.</translation>
    </message>
</context>
<context>
    <name>PaneFocus</name>
    <message>
        <location filename="../../app/ui/pane_focus.py" line="+30"/>
        <source>Maximise the bottom pane</source>
        <translation>Agrandir le panneau du bas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The curve, action plan or KPIs fill the window; again to bring the map back</source>
        <translation>La courbe, le plan d’action ou les indicateurs occupent la fenêtre&#xa0;; une seconde fois pour retrouver la carte</translation>
    </message>
</context>
<context>
    <name>PersonasView</name>
    <message>
        <location filename="../../app/ui/personas.py" line="+67"/>
        <source>Name</source>
        <extracomment>Side of the portraits in the gallery, in pixels.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Self-service or done for them</source>
        <translation>Autonome ou clé en main</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digital ease (1-5)</source>
        <translation>Aisance numérique (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1: avoids digital … 5: digital native</source>
        <translation>1&#xa0;: évite le numérique … 5&#xa0;: natif du numérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferred channels</source>
        <translation>Canaux préférés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journeys of this persona</source>
        <translation>Parcours de ce persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferred channels:</source>
        <translation>Canaux préférés&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journeys mapped for this persona:</source>
        <translation>Parcours cartographiés pour ce persona&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add persona</source>
        <translation>&amp;Ajouter un persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add persona</source>
        <translation>Ajouter un persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete persona</source>
        <translation>Supprimer un persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move persona</source>
        <translation>Déplacer un persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit persona</source>
        <translation>Modifier un persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>to be</source>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as is</source>
        <translation>actuel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change the photo</source>
        <translation>Changer la photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the persona&apos;s channels</source>
        <translation>Modifier les canaux du persona</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change the journey&apos;s personas</source>
        <translation>Modifier les personas du parcours</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <location filename="../../app/ui/personas_photo.py" line="+91"/>
        <source>Drop a PNG, JPEG or WebP photo here.</source>
        <extracomment>Colours of the initials&apos; discs when a persona has no colour of its own. Checked, downscaled bytes and their MIME type; (None, &quot;&quot;) removes the photo. The image was refused: the sentence to show.</extracomment>
        <translation>Déposez ici une photo PNG, JPEG ou WebP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose a photo…</source>
        <translation>C&amp;hoisir une photo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>PosterDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="+64"/>
        <source>Export a poster</source>
        <extracomment>The sheet count or the problem shown changed (tests and the window listen). The other journeys whose curve can be overlaid: (id, title).</extracomment>
        <translation>Exporter une affiche</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Custom size</source>
        <extracomment>Says, for the options shown, whether card text would print too small (&quot;&quot; when it reads well). Whether the journey has personas (the poster&apos;s persona column then takes room from the map).</extracomment>
        <translation>Format personnalisé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Poster</source>
        <translation>Affiche</translation>
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
        <location line="+1"/>
        <source>Goal and objectives</source>
        <translation>But et objectifs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Durations</source>
        <translation>Durées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First and last</source>
        <translation>Premier et dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital or human</source>
        <translation>Numérique ou humain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence images</source>
        <translation>Images de preuve</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On the map:</source>
        <translation>Sur la carte&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with:</source>
        <translation>Comparer avec&#xa0;:</translation>
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
        <location line="+141"/>
        <source>A custom size must measure %1 to %2 %3 on each side.</source>
        <translation>Un format personnalisé doit mesurer de %1 à %2 %3 de chaque côté.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>One sheet, %1, plus %2 of bleed on each side</source>
        <translation>Une feuille, %1, plus %2 de fond perdu de chaque côté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 landscape sheets at 100 %, overlapping by %2.</source>
        <translation>Feuilles %1 en paysage à 100&#xa0;%, chevauchement de %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 portrait sheets at 100 %, overlapping by %2.</source>
        <translation>Feuilles %1 en portrait à 100&#xa0;%, chevauchement de %2.</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation type="vanished">%1 mm</translation>
    </message>
    <message>
        <location line="-169"/>
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
        <location line="+15"/>
        <source>Export…</source>
        <extracomment>The right column: the preview and the lines saying what comes out.</extracomment>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="vanished"> mm</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <source>A custom size must measure 50 to 5000 mm on each side.</source>
        <translation type="vanished">Un format personnalisé doit mesurer de 50 à 5000 mm de chaque côté.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The margins leave nothing of the sheet.</source>
        <translation>Les marges ne laissent rien de la feuille.</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation type="vanished">%1 × %2 mm</translation>
    </message>
    <message>
        <source>One sheet, %1, plus %2 mm of bleed on each side</source>
        <translation type="vanished">Une feuille, %1, plus %2 mm de fond perdu de chaque côté</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One sheet, %1</source>
        <translation>Une feuille, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sheets (%2 x %3) + assembly page</source>
        <translation>%1 feuilles (%2 x %3) + page d&apos;assemblage</translation>
    </message>
    <message>
        <source>%1 landscape sheets at 100 %, overlapping by %2 mm.</source>
        <translation type="vanished">Feuilles %1 en paysage à 100&#xa0;%, chevauchement de %2 mm.</translation>
    </message>
    <message>
        <source>%1 portrait sheets at 100 %, overlapping by %2 mm.</source>
        <translation type="vanished">Feuilles %1 en portrait à 100&#xa0;%, chevauchement de %2 mm.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>At %1 % the map does not fit this sheet: choose a larger paper or at most %2 %.</source>
        <translation>À %1&#xa0;% la carte ne tient pas sur cette feuille&#xa0;: choisissez un papier plus grand ou %2&#xa0;% au plus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Landscape sheets need only %1.</source>
        <translation>En paysage, %1 feuilles suffisent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait sheets need only %1.</source>
        <translation>En portrait, %1 feuilles suffisent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use landscape</source>
        <translation>Passer en paysage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use portrait</source>
        <translation>Passer en portrait</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../../app/ui/window_preferences.py" line="+41"/>
        <source>The language changes the next time Parcours starts.</source>
        <translation>La langue changera au prochain démarrage de Parcours.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="+49"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portrait</source>
        <translation>Portrait (à la française)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Paysage (à l&apos;italienne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend on the poster</source>
        <translation>Légende sur l&apos;affiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personas panel on the poster</source>
        <translation>Panneau des personas sur l&apos;affiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Millimetres (mm)</source>
        <translation>Millimètres (mm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inches (in)</source>
        <translation>Pouces (in)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every change is kept at once in a working copy beside your file&apos;s recovery record: after a crash, nothing is lost, so there is no interval to set.</source>
        <translation>Chaque modification est conservée aussitôt dans une copie de travail, avec sa fiche de récupération&#xa0;: après un plantage rien n&apos;est perdu, il n&apos;y a donc pas d&apos;intervalle à régler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poster paper:</source>
        <translation>Papier de l&apos;affiche&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poster orientation:</source>
        <translation>Orientation de l&apos;affiche&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units:</source>
        <translation>Unités&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery folder:</source>
        <translation>Dossier de récupération&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave:</source>
        <translation>Enregistrement automatique&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../app/ui/presentation_details.py" line="+41"/>
        <source>Score: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity: %1 / 5</source>
        <translation>Gravité&#xa0;: %1 / 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers affected: %1 %</source>
        <translation>Clients touchés&#xa0;: %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department: %1</source>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel: %1</source>
        <translation>Canal&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Pain points at this stage</source>
        <translation>Irritants à cette étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation_filters.py" line="+71"/>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persona: %1</source>
        <translation>Persona&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only pain points</source>
        <translation>Seulement les irritants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every card</source>
        <translation>Toutes les cartes</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation_live.py" line="+72"/>
        <source>Live edit on: changes are saved as you make them.</source>
        <extracomment>The text to keep. Editing was given up. The widget the title editor is drawn on (the presentation itself). The card + and - and F2 act on.</extracomment>
        <translation>Édition en direct activée&#xa0;: les changements sont enregistrés à mesure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live edit off: the map is read-only.</source>
        <translation>Édition en direct désactivée&#xa0;: la carte est en lecture seule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The presentation is read-only: press E for live edit.</source>
        <translation>La présentation est en lecture seule&#xa0;: appuyez sur E pour l’édition en direct.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a card first.</source>
        <translation>Cliquez d’abord sur une carte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation_votes.py" line="+84"/>
        <source>Voting ended.</source>
        <translation>Vote terminé.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Everyone has voted.</source>
        <translation>Tout le monde a voté.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Vote: %1 has %2 dot(s) left · Tab: next · Click a card</source>
        <translation>Vote&#xa0;: il reste %2 gommette(s) à %1 · Tab&#xa0;: suivant · Cliquez une carte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pain points to work on first</source>
        <translation>Les irritants à traiter d’abord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This journey has no pain point.</source>
        <translation>Ce parcours n’a aucun irritant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 dot</source>
        <translation>1 gommette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 dots</source>
        <translation>%1 gommettes</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../../app/ui/presentation.py" line="+66"/>
        <source>Presentation</source>
        <extracomment>How long the glide from one stage to the next takes (ms). The mouse cursor and the laser pointer hide after this long without moving (ms). Tables whose change means the map is laid out again. The stage in focus changed (its id). The presentation ended (Esc, or the window closed). Something to tell the presenter (a refused edit, a vote placed...). V was pressed: the presenter wants to start a dot-vote round.</extracomment>
        <translation>Présentation</translation>
    </message>
    <message>
        <location line="+224"/>
        <location line="+121"/>
        <location line="+1"/>
        <source>Go to stage %1…</source>
        <extracomment>Digits typed before Enter (jump to that stage). &quot;#000000&quot; or &quot;#FFFFFF&quot; while the screen is blanked. The card shown enlarged with its details (None: none).</extracomment>
        <translation>Aller à l’étape %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live edit</source>
        <translation>Édition en direct</translation>
    </message>
</context>
<context>
    <name>PresenterNotes</name>
    <message>
        <location filename="../../app/ui/presentation_notes.py" line="+39"/>
        <source>This journey has no stage.</source>
        <translation>Ce parcours n’a aucune étape.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>Irritants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <location filename="../../app/ui/project_panel.py" line="+55"/>
        <source>Journeys by priority</source>
        <translation>Parcours par priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objectives the journey serves</source>
        <translation>Objectifs servis par le parcours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments and &amp;channels…</source>
        <translation>Services et &amp;canaux…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+24"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the content</source>
        <translation>Langue du contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score scale</source>
        <translation>Échelle des notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the scale converts every score.</source>
        <translation>Changer d’échelle convertit toutes les notes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low, neutral, high</source>
        <translation>Bas, neutre, haut</translation>
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
        <location line="+2"/>
        <source>The experience aimed for, for journeys without a target of their own.</source>
        <translation>L’expérience visée, pour les parcours sans cible propre.</translation>
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
        <source>A fall of the curve larger than this between two touchpoints is a moment of truth (for journeys without a threshold of their own).</source>
        <translation>Une chute de la courbe plus forte que ceci entre deux points de contact est un moment de vérité (pour les parcours sans seuil propre).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add objective</source>
        <translation>&amp;Ajouter un objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete objective</source>
        <translation>Supprimer un objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move objective</source>
        <translation>Déplacer un objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit objective</source>
        <translation>Modifier un objectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New objective</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drag a journey (or Alt+Up / Alt+Down) to change its priority.</source>
        <translation>Faites glisser un parcours (ou Alt+Haut / Alt+Bas) pour changer sa priorité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Objectives this journey serves:</source>
        <translation>Objectifs servis par ce parcours&#xa0;:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>to be</source>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as is</source>
        <translation>actuel</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Change the scale</source>
        <translation>Changer d’échelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the project&apos;s properties</source>
        <translation>Modifier les propriétés du projet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the journeys&apos; priority</source>
        <translation>Changer la priorité des parcours</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the journey&apos;s objectives</source>
        <translation>Modifier les objectifs du parcours</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../app/ui/library_dialogs.py" line="+15"/>
        <source>Publish to the team library</source>
        <translation>Publier dans la bibliothèque d’équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish “%1” as a new revision: the library keeps every earlier one.</source>
        <translation>Publier «&#xa0;%1&#xa0;» comme nouvelle révision&#xa0;: la bibliothèque garde toutes les précédentes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/i18n.py" line="+30"/>
        <source>&amp;Look in:</source>
        <extracomment>Languages the interface speaks.</extracomment>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <location filename="../../app/ui/roadmap.py" line="+210"/>
        <source>Priority %1</source>
        <extracomment>The columns, left to right (None: not scheduled). Width of the department names&apos; column: fits the longest name, within these bounds. A chip was dropped in another cell: (action id, department id or None, horizon value or None). A chip was clicked: the action&apos;s id.</extracomment>
        <translation>Priorité %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Drag an action to another department or horizon to re-plan it.</source>
        <extracomment>The model refused an edit: the sentence to show.</extracomment>
        <translation>Faites glisser une action vers un autre service ou un autre horizon pour la replanifier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No department</source>
        <translation>Sans service</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-plan action</source>
        <translation>Replanifier l’action</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="-34"/>
        <source>Map: go from card to card, extend the selection</source>
        <translation>Carte&#xa0;: aller de carte en carte, étendre la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: walk the cards in reading order</source>
        <translation>Carte&#xa0;: parcourir les cartes dans l’ordre de lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: rename the card, lane or stage</source>
        <translation>Carte&#xa0;: renommer la carte, le couloir ou l’étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: add a card after the current one</source>
        <translation>Carte&#xa0;: ajouter une carte après la carte courante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: move the selected cards</source>
        <translation>Carte&#xa0;: déplacer les cartes sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: zoom around the mouse</source>
        <translation>Carte&#xa0;: zoomer autour de la souris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: pan</source>
        <translation>Carte&#xa0;: se déplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: cancel a drag or an edit</source>
        <translation>Carte&#xa0;: annuler un glisser ou une modification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presentation: next stage</source>
        <extracomment>The keys of presentation mode (they are not window actions): key, what it does.</extracomment>
        <translation>Présentation&#xa0;: étape suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: previous stage</source>
        <translation>Présentation&#xa0;: étape précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: first, last stage</source>
        <translation>Présentation&#xa0;: première, dernière étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: go to the stage of that number</source>
        <translation>Présentation&#xa0;: aller à l’étape de ce numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: scroll the lanes</source>
        <translation>Présentation&#xa0;: faire défiler les couloirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: blank the screen black, white (any key comes back)</source>
        <translation>Présentation&#xa0;: écran noir, blanc (une touche pour revenir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: laser pointer on or off</source>
        <translation>Présentation&#xa0;: pointeur laser activé ou non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: only one department, one persona, only pain points; clear the filters</source>
        <translation>Présentation&#xa0;: un seul service, un seul persona, seulement les irritants&#x202f;; effacer les filtres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation: live edit on or off</source>
        <translation>Présentation&#xa0;: édition en direct activée ou non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live edit: type the title, add a card, change the score</source>
        <translation>Édition en direct&#xa0;: taper le titre, ajouter une carte, changer la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: start or end a dot vote</source>
        <translation>Présentation&#xa0;: lancer ou terminer un vote par gommettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation: show or hide the pain points ranked by the vote</source>
        <translation>Présentation&#xa0;: afficher ou masquer les irritants classés par le vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dot vote: next participant, pick a card, place a dot, take it back</source>
        <translation>Vote&#xa0;: participant suivant, choisir une carte, poser une gommette, la retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation: close the enlarged card, end the vote, leave</source>
        <translation>Présentation&#xa0;: fermer la carte agrandie, terminer le vote, quitter</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+37"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Effet</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../app/ui/start_screen.py" line="+104"/>
        <source>Parcours</source>
        <extracomment>New blank project. Show the Open dialog. Open this recent file. A new untitled project from a built-in template: (template, language). A new untitled project from one of the user&apos;s templates (its file).</extracomment>
        <translation>Parcours</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+7"/>
        <source>The language of the template&apos;s content</source>
        <translation>La langue du contenu du modèle</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tip: open a template, make it yours, then keep it for next time with File &gt; Save as template.</source>
        <extracomment>Templates, built-in then the user&apos;s own (``samples`` is its older name). When (in the events&apos; time) the last mouse button went down or up on a list: where a gesture began.</extracomment>
        <translation>Astuce&#xa0;: ouvrez un modèle, adaptez-le, puis gardez-le pour la prochaine fois avec Fichier &gt; Enregistrer comme modèle.</translation>
    </message>
    <message>
        <source>Tip: a template is a quick way to learn: open one, change it, then File &gt; Save as template keeps your own.</source>
        <extracomment>Templates, built-in then the user&apos;s own (``samples`` is its older name).</extracomment>
        <translation type="vanished">Astuce&#xa0;: un modèle est un bon moyen d&apos;apprendre&#xa0;: ouvrez-en un, modifiez-le, puis Fichier &gt; Enregistrer comme modèle garde le vôtre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start from a template</source>
        <translation>Partir d&apos;un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content in:</source>
        <translation>Contenu en&#xa0;:</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Your template</source>
        <translation>Votre modèle</translation>
    </message>
    <message>
        <source>Sample: “My new job” (English)</source>
        <translation type="vanished">Exemple&#xa0;: «&#xa0;My new job&#xa0;» (anglais)</translation>
    </message>
    <message>
        <source>Sample: « Mon nouvel emploi » (French)</source>
        <translation type="vanished">Exemple&#xa0;: «&#xa0;Mon nouvel emploi&#xa0;» (français)</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="vanished">Exemples</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No recent projects yet.</source>
        <extracomment>Whether the lists wait for the screen to be shown to be filled again (see :meth:`refresh_when_shown`).</extracomment>
        <translation>Aucun projet récent pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../../app/ui/inspector_fields.py" line="-160"/>
        <source>tag, another tag</source>
        <extracomment>The user changed the value; carries the new model value. True when consecutive edits should merge into one undo step (typing).</extracomment>
        <translation>étiquette, autre étiquette</translation>
    </message>
</context>
<context>
    <name>TopIrritantsView</name>
    <message>
        <location filename="../../app/ui/actions_top.py" line="+52"/>
        <source>#</source>
        <extracomment>&quot;Create action&quot; for these pain points. Show this card on the map. Optional per-card dot-votes (card id -&gt; votes), e.g. from a workshop mode; None: no votes.</extracomment>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain point</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers %</source>
        <translation>Clients %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All pain points</source>
        <translation>Tous les irritants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create action</source>
        <translation>Créer une action</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No action yet</source>
        <translation>Aucune action encore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick win</source>
        <translation>Victoire rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many customers</source>
        <translation>Beaucoup de clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most votes</source>
        <translation>Le plus de votes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This journey has no pain points yet.</source>
        <translation>Ce parcours n’a pas encore d’irritant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n of these pain points has no action yet.</source>
        <translation>%n de ces irritants n’a encore aucune action.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every pain point shown has at least one action.</source>
        <translation>Chaque irritant affiché a au moins une action.</translation>
    </message>
</context>
<context>
    <name>VoteRoundDialog</name>
    <message>
        <location filename="../../app/ui/votes_dialog.py" line="+23"/>
        <source>Dot vote</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which pain points first?</source>
        <translation>Quels irritants d’abord&#x202f;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One name a line, or a number (8 numbered participants)</source>
        <translation>Un nom par ligne, ou un nombre (8 participants numérotés)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One name a line, or how many take part (numbered 1, 2, 3…).</source>
        <translation>Un nom par ligne, ou le nombre de participants (numérotés 1, 2, 3…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a card to place a dot; Tab passes to the next participant.</source>
        <translation>Cliquez une carte pour y poser une gommette&#x202f;; Tab passe au participant suivant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots each</source>
        <translation>Gommettes chacun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../app/ui/window_workspace.py" line="-44"/>
        <source>Project</source>
        <extracomment>The persona whose cards the canvas shows (None: every card). Thumbnails by image id (images never change: they are added and removed), and each card&apos;s first image. The document the panels were handed (the window&apos;s, or None while the editor&apos;s start paints the map).</extracomment>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Project</source>
        <extracomment>The docks the start screen hides.</extracomment>
        <translation>Pro&amp;jet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objectives…</source>
        <translation>&amp;Objectifs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journeys by priority…</source>
        <translation>Parcours par p&amp;riorité…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ersonas…</source>
        <translation>P&amp;ersonas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New persona</source>
        <translation>&amp;Nouveau persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Departments…</source>
        <translation>&amp;Services…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channels…</source>
        <translation>&amp;Canaux…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;vidence of the card…</source>
        <translation>Pre&amp;uves de la carte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the cards &amp;of</source>
        <translation>Afficher les cartes &amp;de</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Veil the cards that do not apply to this persona</source>
        <translation>Voiler les cartes qui ne concernent pas ce persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Persona:</source>
        <translation>Persona&#xa0;:</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Every persona</source>
        <translation>Tous les personas</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <location filename="../../app/ui/evidence_badges.py" line="+27"/>
        <source>interviews</source>
        <extracomment>Short names of the evidence sources, for badges.</extracomment>
        <translation>entretiens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observation</source>
        <translation>observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>survey</source>
        <translation>enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analytics</source>
        <translation>analytique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer service</source>
        <translation>service client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social media</source>
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>observed</source>
        <extracomment>Badges straddle the card&apos;s bottom edge: inside, over the padding only (never over text); outside, in the gap.</extracomment>
        <translation>observé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assumed?</source>
        <translation>supposé&#x202f;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>severity %1</source>
        <translation>gravité %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digital</source>
        <translation>numérique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>human</source>
        <translation>humain</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../app/ui/canvas/controller.py" line="+131"/>
        <source>Copy card</source>
        <extracomment>A sentence for the status bar: a refused edit, or what an action did. The card created last whose title is being typed (its naming merges into the add).</extracomment>
        <translation>Copier la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %n cards</source>
        <translation>Copier %n cartes</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Delete card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %n items</source>
        <translation>Supprimer %n éléments</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+35"/>
        <location line="+31"/>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Colour %n cards</source>
        <translation>Colorer %n cartes</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_legend.py" line="+37"/>
        <location filename="../../app/ui/canvas/grid.py" line="+94"/>
        <source>Line of visibility</source>
        <extracomment>Below this zoom headers draw no text (theirs is bigger than a card&apos;s: it stays readable further out).</extracomment>
        <translation>Ligne de visibilité</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/grid.py" line="+181"/>
        <source>%1 (folded)</source>
        <extracomment>The score scale the curve is drawn on (``scale`` would hide QGraphicsItem.scale()).</extracomment>
        <translation>%1 (replié)</translation>
    </message>
</context>
<context>
    <name>catalogues</name>
    <message>
        <location filename="../../app/ui/catalogues.py" line="-143"/>
        <source>Phone</source>
        <extracomment>The built-in channel icons, with their names.</extracomment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile app</source>
        <translation>Application mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer portal</source>
        <translation>Portail client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation>Visio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge “%1” into:</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+29"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+33"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Belongs to</source>
        <translation>Rattachement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Scène</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add department</source>
        <translation>&amp;Ajouter un service</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Add department</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete department</source>
        <translation>Supprimer un service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move department</source>
        <translation>Déplacer un service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit department</source>
        <translation>Modifier un service</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Merge departments</source>
        <translation>Fusionner des services</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New department</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add channel</source>
        <translation>&amp;Ajouter un canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete channel</source>
        <translation>Supprimer un canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move channel</source>
        <translation>Déplacer un canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit channel</source>
        <translation>Modifier un canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge channels</source>
        <translation>Fusionner des canaux</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli_formats.py" line="+105"/>
        <source>leave off the band with the customer&apos;s goal, expectations and the objectives served</source>
        <extracomment>Writes the project in a session to a file, given the parsed command line (``--journey``, ``--paper``...). Reads a file into the project in a session, given the parsed command line (``--journey``). The poster&apos;s marks that can be left off: (option dest, PosterOptions field, help).</extracomment>
        <translation>retirer le bandeau du but du client, de ses attentes et des objectifs servis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave off the stage durations and waiting times</source>
        <translation>retirer les durées des étapes et les temps d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave off the severity and share of customers of pain points</source>
        <translation>retirer la gravité et la part de clients des irritants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave off the marks of the first and last touchpoints</source>
        <translation>retirer les repères du premier et du dernier point de contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave off the digital or human marks of touchpoints</source>
        <translation>retirer les repères numérique ou humain des points de contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave off the KPI and measurement-point markers</source>
        <translation>retirer les repères d’indicateurs et de points de mesure</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>overlay the emotion curve of this journey (its to-be, say), named in the legend</source>
        <translation>superposer la courbe émotionnelle de ce parcours (sa situation souhaitée, par exemple), nommée dans la légende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print each card&apos;s first evidence image as a thumbnail on it</source>
        <translation>imprimer la première image de preuve de chaque carte en vignette sur celle-ci</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>{pages} page(s).</source>
        <translation>{pages} page(s).</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>{sheets} sheets ({rows} x {columns}) and an assembly page.</source>
        <extracomment>Options that only a poster (or its image) takes, not the A4 reports.</extracomment>
        <translation>{sheets} feuilles ({rows} x {columns}) et une page d&apos;assemblage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{saved} sheets saved: only the part of the poster that holds content is printed.</source>
        <translation>{saved} feuilles économisées&#xa0;: seule la partie de l’affiche qui porte du contenu est imprimée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tip: {orientation} sheets would need only {sheets} (--tile-orientation {value}).</source>
        <translation>Conseil&#xa0;: des feuilles en {orientation} n&apos;en demanderaient que {sheets} (--tile-orientation {value}).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{width} x {height} px</source>
        <translation>{width} x {height} px</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{slides} slides.</source>
        <translation>{slides} diapositives.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="+119"/>
        <source>as-is</source>
        <extracomment>``EX_SOFTWARE`` from sysexits.h: a bug, not the user&apos;s mistake. 128 + SIGPIPE: what a shell reports for a command whose reader went away.</extracomment>
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
        <source>Objectives: {count}</source>
        <translation>Objectifs&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personas: {count}</source>
        <translation>Personas&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments: {count}</source>
        <translation>Services&#xa0;: {count}</translation>
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
        <location line="+25"/>
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
        <source>onboarding (default), ecommerce, service_desk, bank_account, patient_visit or blank</source>
        <translation>onboarding (par défaut), ecommerce, service_desk, bank_account, patient_visit ou blank</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>write a journey or the project to OUT; its suffix picks the format: .pdf .png .svg .csv .xlsx .json .ojf .mmd .pptx</source>
        <translation>écrire un parcours ou le projet dans OUT&#xa0;; son extension choisit le format&#xa0;: .pdf .png .svg .csv .xlsx .json .ojf .mmd .pptx</translation>
    </message>
    <message>
        <source>onboarding (default) or blank</source>
        <translation type="vanished">onboarding (par défaut) ou blank</translation>
    </message>
    <message>
        <location line="-16"/>
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
        <location filename="../../app/cli_library.py" line="+61"/>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check a file: exit 0 sound, 1 damaged, 2 not a Parcours project</source>
        <translation>vérifier un fichier&#xa0;: code 0 sain, 1 endommagé, 2 pas un projet Parcours</translation>
    </message>
    <message>
        <source>write a journey or the project to OUT; its suffix picks the format: .pdf .png .svg .csv .xlsx .json .ojf .mmd</source>
        <translation type="vanished">écrire un parcours ou le projet dans OUT&#xa0;; son extension choisit le format&#xa0;: .pdf .png .svg .csv .xlsx .json .ojf .mmd</translation>
    </message>
    <message>
        <location filename="../../app/cli_formats.py" line="+42"/>
        <source>paper of a poster or image: A0, A1, A2, A3, A4 or WIDTHxHEIGHTmm (default: A0 for a PDF, the map&apos;s own size for an image)</source>
        <translation>papier d&apos;une affiche ou d&apos;une image&#xa0;: A0, A1, A2, A3, A4 ou LARGEURxHAUTEURmm (par défaut&#xa0;: A0 pour un PDF, la taille de la carte pour une image)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="+15"/>
        <source>add SOURCE (.csv .xlsx .ojf .mmd as a new journey, .json as a project) to FILE, created if missing</source>
        <translation>ajouter SOURCE (.csv .xlsx .ojf .mmd comme nouveau parcours, .json comme projet) à FILE, créé s&apos;il manque</translation>
    </message>
    <message>
        <source>write the project to OUT (.json)</source>
        <translation type="vanished">écrire le projet dans OUT (.json)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the journey to export (default: the first)</source>
        <translation>le parcours à exporter (par défaut&#xa0;: le premier)</translation>
    </message>
    <message>
        <source>PDF poster paper: A0 (default), A1, A2, A3, A4 or WIDTHxHEIGHTmm</source>
        <translation type="vanished">papier de l&apos;affiche PDF&#xa0;: A0 (par défaut), A1, A2, A3, A4 ou LARGEURxHAUTEURmm</translation>
    </message>
    <message>
        <location filename="../../app/cli_formats.py" line="+5"/>
        <source>portrait poster (default: landscape when the map is wider)</source>
        <translation>affiche à la française (par défaut&#xa0;: à l&apos;italienne si la carte est plus large)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>landscape poster</source>
        <translation>affiche à l&apos;italienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the poster on A4 or A3 sheets at 100 %%</source>
        <translation>imprimer l&apos;affiche sur des feuilles A4 ou A3 à 100&#xa0;%%</translation>
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
        <translation>contenu du PDF&#xa0;: l&apos;affiche (par défaut), le plan d&apos;action ou les fiches personas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draw the map at this percentage of the canvas at 100 %% instead of fitting it to the sheet</source>
        <translation>dessiner la carte à ce pourcentage du canevas à 100&#xa0;%% au lieu de l&apos;ajuster à la feuille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave the legend off the poster</source>
        <translation>ne pas mettre la légende sur l&apos;affiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave the persona panel off the poster</source>
        <translation>ne pas mettre le panneau des personas sur l&apos;affiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV: standard (commas, decimal point) or excel-fr (semicolons, decimal comma)</source>
        <translation>CSV&#xa0;: standard (virgules, point décimal) ou excel-fr (points-virgules, virgule décimale)</translation>
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
        <location filename="../../app/cli.py" line="+10"/>
        <source>title of the new journey (default: the one in SOURCE)</source>
        <translation>titre du nouveau parcours (par défaut&#xa0;: celui de SOURCE)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Internal error: {detail}</source>
        <translation>Erreur interne&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/cli_library.py" line="-20"/>
        <source>publish to, list, pull from a team library on PostgreSQL</source>
        <extracomment>Exit status of a publish refused because someone published first.</extracomment>
        <translation>publier dans une bibliothèque d’équipe PostgreSQL, la parcourir, en tirer une copie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the library: postgresql://user@host:port/database (default: $PARCOURS_LIBRARY_URL)</source>
        <translation>la bibliothèque&#xa0;: postgresql://utilisateur@hôte:port/base (par défaut&#xa0;: $PARCOURS_LIBRARY_URL)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>publish FILE as a new revision</source>
        <translation>publier FILE comme nouvelle révision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after a conflict: publish this file on top (the other revision stays in the history)</source>
        <translation>après un conflit&#xa0;: publier ce fichier par-dessus (l’autre révision reste dans l’historique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>publish as a new project of the library</source>
        <translation>publier comme nouveau projet de la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name of a new project in the library (default: from its title)</source>
        <translation>le nom d’un nouveau projet dans la bibliothèque (par défaut&#xa0;: tiré de son titre)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list the library&apos;s projects</source>
        <translation>lister les projets de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only projects whose title, organisation, author, journeys, personas or tags contain TEXT</source>
        <translation>seulement les projets dont le titre, l’organisation, l’auteur, les parcours, les personas ou les étiquettes contiennent TEXT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>copy a project of the library to a file</source>
        <translation>copier un projet de la bibliothèque dans un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an earlier revision (default: the newest)</source>
        <translation>une révision antérieure (par défaut&#xa0;: la plus récente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace OUT if it exists</source>
        <translation>remplacer OUT s’il existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show what FILE changes from the library&apos;s newest revision</source>
        <translation>montrer ce que FILE change par rapport à la dernière révision de la bibliothèque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ask the password once and keep it in the system keyring</source>
        <translation>demander le mot de passe une fois et le garder dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create or upgrade the library&apos;s tables and roles (administrator)</source>
        <translation>créer ou mettre à jour les tables et les rôles de la bibliothèque (administrateur)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Published {name}, revision {revision}.</source>
        <translation>{name} publié, révision {revision}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The library holds no project that matches.</source>
        <translation>La bibliothèque ne contient aucun projet correspondant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pulled {name} into {path}.</source>
        <translation>{name} copié dans {path}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} against {name} revision {revision}:</source>
        <translation>{path} comparé à {name}, révision {revision}&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No difference.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password of {user}: </source>
        <translation>Mot de passe de {user}&#xa0;: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password is kept in the system keyring.</source>
        <translation>Le mot de passe est gardé dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library is ready (schema {revision}).</source>
        <translation>La bibliothèque est prête (schéma {revision}).</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../app/ui/commands.py" line="+160"/>
        <source>Add card</source>
        <extracomment>What the next undo or redo applies: the op, then the inverse of the last application. Why the first application failed (one sentence for the user), or None. The op&apos;s result on its first application (e.g. the ids it created). Applied by push() before QUndoStack.push: the stack&apos;s first redo has nothing to do. A failed undo or redo was taken back: the stack&apos;s next call, in the other direction, only passes.</extracomment>
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
        <location line="+1"/>
        <source>Move %n cards</source>
        <translation>Déplacer %n cartes</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation type="vanished">Supprimer la carte</translation>
    </message>
    <message>
        <source>Delete %n cards</source>
        <translation type="vanished">Supprimer %n cartes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duplicate cards</source>
        <translation>Dupliquer les cartes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate card</source>
        <translation>Dupliquer la carte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit card</source>
        <translation>Modifier la carte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+8"/>
        <source>Move lane</source>
        <translation>Déplacer le couloir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete lane</source>
        <translation>Supprimer le couloir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit stage</source>
        <translation>Modifier l&apos;étape</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit lane</source>
        <translation>Modifier le couloir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link cards</source>
        <translation>Relier les cartes</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation type="vanished">Supprimer le lien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit journey</source>
        <translation>Modifier le parcours</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments_panel.py" line="+17"/>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer comment</source>
        <translation>Répondre au commentaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reopen comment</source>
        <translation>Rouvrir le commentaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolve comment</source>
        <translation>Résoudre le commentaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation_votes.py" line="-194"/>
        <source>Start a dot vote</source>
        <extracomment>(participant id, name) in order. Dots per card of the round shown (the active one, else the journey&apos;s latest). The card Enter votes for (picked with Up/Down). The ranking shown over the map when a round ends (R shows it again); None: hidden.</extracomment>
        <translation>Lancer un vote par gommettes</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Place a dot</source>
        <translation>Poser une gommette</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Take a dot back</source>
        <translation>Retirer une gommette</translation>
    </message>
</context>
<context>
    <name>deck</name>
    <message>
        <location filename="../../app/export/deck.py" line="+168"/>
        <source>The whole journey</source>
        <extracomment>The slide, in points (13.333 x 7.5 in, 16:9). Pain points listed on the &quot;top pain points&quot; slide.</extracomment>
        <translation>Le parcours en entier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stages {first} to {last} of {count}</source>
        <translation>Étapes {first} à {last} sur {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lanes, part {band} of {bands}</source>
        <translation>couloirs, partie {band} sur {bands}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Top pain points</source>
        <translation>Principaux irritants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By severity times the share of customers concerned</source>
        <translation>Par gravité multipliée par la part de clients concernés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This journey has no pain point.</source>
        <translation>Ce parcours n’a pas d’irritant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no action yet</source>
        <translation>aucune action pour l’instant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pain point</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions addressing it</source>
        <translation>Actions qui y répondent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action plan</source>
        <translation>Plan d’actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick wins first, then by horizon and impact</source>
        <translation>Victoires rapides d’abord, puis par horizon et impact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action has been decided yet.</source>
        <translation>Aucune action n’a encore été décidée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} more actions in the action plan (PDF).</source>
        <translation>{count} autres actions dans le plan d’actions (PDF).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impact and effort</source>
        <translation>Impact et effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each dot is an action of the plan, by its number</source>
        <translation>Chaque point est une action du plan, avec son numéro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Effort →</source>
        <translation>Effort →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact ↑</source>
        <translation>Impact ↑</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress: how far the actual value has come from the baseline to the target</source>
        <translation>Progression&#xa0;: chemin parcouru par la valeur actuelle entre la référence et la cible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No indicator has been set yet.</source>
        <translation>Aucun indicateur n’a encore été défini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/export/files.py" line="+33"/>
        <location filename="../../app/export/image.py" line="+231"/>
        <location filename="../../app/ui/user_templates.py" line="+53"/>
        <source>Parcours could not write {path}: {reason}.</source>
        <translation>Parcours n&apos;a pas pu écrire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="-204"/>
        <location line="+49"/>
        <location filename="../../app/cli_common.py" line="+35"/>
        <location filename="../../app/library/browse.py" line="+110"/>
        <source>{path} is a folder, not a file.</source>
        <extracomment>The translation context of the command line&apos;s own sentences.</extracomment>
        <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../app/cli_common.py" line="+2"/>
        <location filename="../../app/ui/window_import.py" line="+27"/>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="-57"/>
        <location filename="../../app/model/templates.py" line="+140"/>
        <source>There is no template named {name}; choose one of: {names}.</source>
        <translation>Il n&apos;existe pas de modèle nommé {name}&#xa0;; choisissez parmi&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/model/templates.py" line="-27"/>
        <source>There is no language {name}; choose one of: {names}.</source>
        <extracomment>The content module of each built-in template, in the order the start screen lists them. Names accepted by :func:`populate` (and ``parcours new --template``). key, icon, nature, French name, English name</extracomment>
        <translation>La langue {name} n&apos;existe pas&#xa0;; choisissez parmi&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} already exists; add --force to replace it.</source>
        <translation>{path} existe déjà&#xa0;; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Parcours cannot export to {suffix} files yet: only {formats} for now.</source>
        <translation>Parcours ne sait pas encore exporter en {suffix}&#xa0;: seulement {formats} pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../app/cli_formats.py" line="-35"/>
        <source>The option {option} does not apply to {suffix} files; it works with {suffixes}.</source>
        <extracomment>``parcours export FILE OUT&lt;suffix&gt;`` calls ``EXPORTERS[suffix](session, out_path, options)``; the suffixes are those of :data:`app.export.formats.EXPORT_SUFFIXES`. ``parcours import FILE SOURCE&lt;suffix&gt;`` calls ``IMPORTERS[suffix](session, source_path, options)``; the suffixes are those of :data:`app.export.formats.IMPORT_SUFFIXES`. The export options and the output suffixes they apply to (``--journey`` applies to all).</extracomment>
        <translation>L&apos;option {option} ne s&apos;applique pas aux fichiers {suffix}&#xa0;; elle sert pour {suffixes}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="+17"/>
        <location filename="../../app/export/formats.py" line="+79"/>
        <source>Parcours cannot import {suffix} files yet: only {formats} for now.</source>
        <extracomment>What an export writes: the whole project, one journey as data, one journey drawn (poster or picture), or slides. What an import adds: the whole project (merged into the open one) or a new journey. None: Parcours does not write this format. None: Parcours does not read this format. Every format, in the order the command line&apos;s help lists them. The suffixes ``parcours export`` writes. The suffixes ``parcours import`` reads. The suffixes read as a new journey (what the editor&apos;s File &gt; Import offers). The suffixes that draw a journey as the poster does, and so take the poster&apos;s marks.</extracomment>
        <translation>Parcours ne sait pas encore importer de fichiers {suffix}&#xa0;: seulement {formats} pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The editor is not available in this installation.</source>
        <translation>L&apos;éditeur n&apos;est pas disponible dans cette installation.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location filename="../../app/ui/document.py" line="+78"/>
        <location filename="../../app/ui/window_export_formats.py" line="+27"/>
        <source>{path}: {reason}.</source>
        <translation>{path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/export/read/project_json.py" line="+73"/>
        <source>The file is not text encoded in UTF-8.</source>
        <extracomment>Columns in the project&apos;s scale, and the one that is a distance on it.</extracomment>
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
        <location line="+39"/>
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
        <location line="+36"/>
        <source>{place} is missing.</source>
        <translation>{place} est absent.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>{place} is not part of a Parcours project export.</source>
        <translation>{place} ne fait pas partie d&apos;un export de projet Parcours.</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+44"/>
        <source>{place} repeats the id {value} of another row.</source>
        <extracomment>Lists and nullable fields added after the first release of format 1: an older export without them imports.</extracomment>
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
        <location filename="../../app/model/curve_reading.py" line="+34"/>
        <location filename="../../app/model/journey_data.py" line="+127"/>
        <source>There is no journey {journey_id}.</source>
        <extracomment>Where the tags&apos; JSON text is (decoded once per distinct value, most cards share &quot;[]&quot;). The cards of a journey (in cells by position: from_parts sorts), and the cards of some ids.</extracomment>
        <translation>Le parcours {journey_id} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/model/fields.py" line="+51"/>
        <location filename="../../app/model/ops_journey.py" line="+271"/>
        <location filename="../../app/model/ops_project.py" line="+53"/>
        <location filename="../../app/model/ops_workshop.py" line="+138"/>
        <location filename="../../app/model/ops_workspace.py" line="+179"/>
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
        <location line="+66"/>
        <source>“{value}” is not a date: write it as 2027-01-15.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date&#xa0;: écrivez-la sous la forme 15/01/2027.</translation>
    </message>
    <message>
        <location filename="../../app/model/journey_data.py" line="+40"/>
        <source>The project has no journey to export.</source>
        <translation>Le projet n&apos;a aucun parcours à exporter.</translation>
    </message>
    <message>
        <location filename="../../app/model/fields.py" line="-62"/>
        <location filename="../../app/model/ops_core.py" line="+162"/>
        <source>There is no {table} {value}.</source>
        <extracomment>A row of some table. Ids by table name. An op: ``fn(session, **kwargs) -&gt; Change``. Tables that shape a journey&apos;s map: when one changes, a map reads its journey again. Project-wide tables: the project&apos;s panes and palettes follow them. Stages, lanes, journeys, project fields or channels changed: read the journey again. Cards (and perhaps the links that come and go with them) changed: follow those cards. Only links changed: read the links again. Nothing a map shows. The op&apos;s answer, e.g. the new id of ``add_card``. Rows of ``updated`` whose only change is their position, by table: id -&gt; new position. A view may move them instead of reading them again (a delete renumbers thousands of cards). Every table an op adds rows to, by name (what :func:`delete_rows` may be given).</extracomment>
        <translation>L&apos;élément «&#xa0;{table}&#xa0;» {value} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/model/ops_workshop.py" line="-90"/>
        <source>{field} must be between {low} and {high}, not {value}.</source>
        <translation>{field} doit être compris entre {low} et {high}, pas {value}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/model/ops_actions.py" line="+31"/>
        <location filename="../../app/model/ops_project.py" line="+21"/>
        <source>{value} is not a valid value for {field}.</source>
        <translation>{value} n&apos;est pas une valeur possible pour {field}.</translation>
    </message>
    <message>
        <location filename="../../app/model/migrations.py" line="+193"/>
        <source>{path} is damaged: part of the project&apos;s structure is missing ({missing}).</source>
        <extracomment>The tables schema version 2 added, exactly as that step created them: written out, not taken from :mod:`app.model.schema`, so that a later change of these tables cannot change what the old step does. The workshop tables (dot votes and comments), as schema version 4 created them. What schema version 5 added or replaced to make deleting cards fast, as that step wrote it. ``{n: step}``: ``step`` upgrades a database of schema version ``n`` to ``n + 1``.</extracomment>
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
        <location filename="../../app/model/ops_core.py" line="+104"/>
        <source>There is no edit named {name}.</source>
        <translation>Aucune modification ne s&apos;appelle {name}.</translation>
    </message>
    <message>
        <location line="-90"/>
        <location filename="../../app/model/ops_workshop.py" line="-20"/>
        <source>There is already a {table} {value}.</source>
        <extracomment>Most participants a round may have (a meeting room, not a survey).</extracomment>
        <translation>L&apos;élément «&#xa0;{table}&#xa0;» {value} existe déjà.</translation>
    </message>
    <message>
        <location filename="../../app/model/ops_journey.py" line="-215"/>
        <source>A journey cannot be derived from itself.</source>
        <translation>Un parcours ne peut pas dériver de lui-même.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The lane and the stage belong to different journeys.</source>
        <translation>Le couloir et l&apos;étape appartiennent à des parcours différents.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A card cannot move to another journey.</source>
        <translation>Une carte ne peut pas passer dans un autre parcours.</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location filename="../../app/model/recovery.py" line="+256"/>
        <source>{path} is already open by {user} on {host} since {since}; open it read-only, or wait until it is closed.</source>
        <extracomment>The document it belongs to (None: the project was never saved). When its owner opened it (local time). Tells this lock from another one by the same process (a forced re-open).</extracomment>
        <translation>{path} est déjà ouvert par {user} sur {host} depuis le {since}&#xa0;; ouvrez-le en lecture seule, ou attendez qu&apos;il soit fermé.</translation>
    </message>
    <message>
        <location filename="../../app/model/store.py" line="+207"/>
        <source>These unsaved changes cannot be recovered because their copy is damaged.</source>
        <extracomment>The document on disk (None while untitled). The private database every edit is committed to (None for a :meth:`read` snapshot). True when the document cannot be written in place (Save As still works). What the user should know about the file once it is open (objects removed...), one sentence each. True while the working copy is marked as holding nothing the user changed (see WorkingCopy.untouched_path).</extracomment>
        <translation>Ces modifications non enregistrées ne peuvent pas être récupérées car leur copie est endommagée.</translation>
    </message>
    <message>
        <location line="+56"/>
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
        <location filename="../../app/model/workingcopy.py" line="+64"/>
        <source>The disk holding Parcours&apos;s working files ({folder}) is full, so nothing was changed.</source>
        <translation>Le disque qui contient les fichiers de travail de Parcours ({folder}) est plein&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parcours could not write its working files in {folder} ({reason}), so nothing was changed.</source>
        <translation>Parcours n&apos;a pas pu écrire ses fichiers de travail dans {folder} ({reason})&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Parcours could not write its working files in {folder}: {reason}.</source>
        <translation>Parcours n&apos;a pas pu écrire ses fichiers de travail dans {folder}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parcours could not make its working copy of {path} in {folder}: {reason}.</source>
        <translation>Parcours n&apos;a pas pu créer sa copie de travail de {path} dans {folder}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/model/inspection.py" line="+29"/>
        <source>{path} is damaged: its content fails the database&apos;s own integrity check.</source>
        <extracomment>Foreign objects named in one warning at most; the rest are counted.</extracomment>
        <translation>{path} est endommagé&#xa0;: son contenu échoue au contrôle d&apos;intégrité de la base de données.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is damaged: its project record is missing.</source>
        <translation>{path} est endommagé&#xa0;: l&apos;enregistrement du projet y manque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is damaged: the value of {column} in row {row} of its {table} table cannot be read.</source>
        <translation>{path} est endommagé&#xa0;: la valeur de {column} à la ligne {row} de sa table {table} est illisible.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} holds database objects that Parcours did not make ({objects}); they were not run and have been removed from the open copy.</source>
        <translation>{path} contient des objets de base de données que Parcours n&apos;a pas créés ({objects})&#xa0;; ils n&apos;ont pas été exécutés et ont été retirés de la copie ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds database objects that Parcours did not make ({objects}); they are never run, and opening the file in Parcours removes them.</source>
        <translation>{path} contient des objets de base de données que Parcours n&apos;a pas créés ({objects})&#xa0;; ils ne sont jamais exécutés, et l&apos;ouverture du fichier dans Parcours les retire.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{path} is damaged: the structure of its {table} table is not the one Parcours made.</source>
        <translation>{path} est endommagé&#xa0;: la structure de sa table {table} n&apos;est pas celle que Parcours a créée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{path} is damaged: it holds database objects that Parcours did not make and cannot remove.</source>
        <translation>{path} est endommagé&#xa0;: il contient des objets de base de données que Parcours n&apos;a pas créés et ne peut pas retirer.</translation>
    </message>
    <message>
        <location filename="../../app/model/storefile.py" line="+71"/>
        <source>{path} is damaged: it is shorter than it should be, probably cut off during a copy or a download.</source>
        <extracomment>``PRAGMA application_id`` of every project file: &quot;PARC&quot; in ASCII. Sidecars that hold an unfinished change of the database beside them. Pages according to the header, or None when the header&apos;s count is not current. True when the file is in WAL mode (format bytes 18-19 are 2).</extracomment>
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
        <location line="+114"/>
        <source>Parcours could not read {path}: {reason}.</source>
        <translation>Parcours n&apos;a pas pu lire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="-99"/>
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
        <location line="+3"/>
        <source>{path} is damaged: its database header holds values SQLite does not accept.</source>
        <translation>{path} est endommagé&#xa0;: l&apos;en-tête de sa base de données contient des valeurs que SQLite refuse.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{path} is being changed by another program right now; try again in a moment.</source>
        <translation>{path} est en cours de modification par un autre programme&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/model/inspection.py" line="-36"/>
        <source>{path} is damaged: some of its records point to records that do not exist.</source>
        <translation>{path} est endommagé&#xa0;: certains de ses enregistrements renvoient à des enregistrements qui n&apos;existent pas.</translation>
    </message>
    <message>
        <location filename="../../app/model/storefile.py" line="+78"/>
        <source>An interrupted change from another program lies beside {path} ({sidecar}), so Parcours will not open it until that program has finished or undone it.</source>
        <translation>Une modification interrompue d&apos;un autre programme se trouve à côté de {path} ({sidecar})&#xa0;: Parcours ne l&apos;ouvrira pas tant que ce programme ne l&apos;aura pas terminée ou annulée.</translation>
    </message>
    <message>
        <location filename="../../app/model/filecheck.py" line="+97"/>
        <source>{path} is a sound Parcours project (file version {version}).</source>
        <translation>{path} est un projet Parcours sain (version de fichier {version}).</translation>
    </message>
    <message>
        <location filename="../../app/model/storefile.py" line="+91"/>
        <source>Parcours could not save {path}: {reason}.</source>
        <translation>Parcours n&apos;a pas pu enregistrer {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/resources.py" line="+93"/>
        <source>The folder {path} named by {variable} does not hold the Parcours resources.</source>
        <extracomment>Environment variable that overrides where the resources are looked for. Name of the installed distribution (``pip install .``). Where the wheel puts the folder, relative to the installation prefix. The font family shared by the canvas and the posters, so print matches screen. File of each style of :data:`FONT_FAMILY` in ``resources/fonts``. A file every complete resources folder holds; tells ours from any other ``resources``.</extracomment>
        <translation>Le dossier {path} indiqué par {variable} ne contient pas les ressources de Parcours.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parcours is not installed completely: its resources folder is missing; reinstall it.</source>
        <translation>Parcours n&apos;est pas installé entièrement&#xa0;: son dossier de ressources est absent&#xa0;; réinstallez-le.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Parcours is not installed completely: {name} is missing; reinstall it.</source>
        <translation>Parcours n&apos;est pas installé entièrement&#xa0;: {name} est absent&#xa0;; réinstallez-le.</translation>
    </message>
    <message>
        <location filename="../../app/export/read/spreadsheet.py" line="+96"/>
        <location line="+9"/>
        <location line="+145"/>
        <location line="+22"/>
        <location line="+51"/>
        <source>The spreadsheet is empty: it needs a header row and one row per card.</source>
        <extracomment>Translatable sentences (unknown columns, channels or departments added...).</extracomment>
        <translation>Le tableau est vide&#xa0;: il lui faut une ligne d&apos;en-têtes et une ligne par carte.</translation>
    </message>
    <message>
        <location line="-207"/>
        <location filename="../../app/export/read/xlsx.py" line="+121"/>
        <source>The spreadsheet has more than {limit} rows (row {row}): split it and import the parts.</source>
        <translation>Le tableau a plus de {limit} lignes (ligne {row})&#xa0;: découpez-le et importez les morceaux.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row {row}, column {column} of the CSV file is not valid UTF-8 text: save it again as CSV UTF-8.</source>
        <translation>Ligne {row}, colonne {column} du fichier CSV, le texte n&apos;est pas de l&apos;UTF-8 valide&#xa0;: enregistrez-le de nouveau au format CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Row {row} of the CSV file cannot be read: {reason}.</source>
        <translation>La ligne {row} du fichier CSV est illisible&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/export/read/xlsx.py" line="-78"/>
        <source>The file is not an Excel workbook (.xlsx), or it is damaged.</source>
        <extracomment>What openpyxl and the zip and XML readers raise for a damaged or hostile workbook.</extracomment>
        <translation>Le fichier n&apos;est pas un classeur Excel (.xlsx), ou il est endommagé.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The sheet {sheet} reaches beyond row {limit}: Parcours does not read sheets this long.</source>
        <translation>La feuille {sheet} va au-delà de la ligne {limit}&#xa0;: Parcours ne lit pas des feuilles aussi longues.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row}, column {column} holds a formula ({value}): paste it as values and import again.</source>
        <translation>Ligne {row}, colonne {column}, la cellule contient une formule ({value})&#xa0;: collez-la en valeurs et importez de nouveau.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The workbook&apos;s part {name} has more than {limit} rows: split it and import the parts.</source>
        <translation>La partie {name} du classeur a plus de {limit} lignes&#xa0;: découpez-la et importez les morceaux.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row {row}, column {column} is part of merged cells ({cells}): unmerge them and import again.</source>
        <translation>Ligne {row}, colonne {column}, la cellule fait partie de cellules fusionnées ({cells})&#xa0;: annulez la fusion et importez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/export/card_table.py" line="+214"/>
        <source>Row {row}, column {column}: {value} is not a number.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: {value} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row}, column {column}: {value} should be between {low} and {high}.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: {value} devrait être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row}, column {column}: {value} is not a whole number.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: {value} n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+27"/>
        <source>Row {row}, column {column}: {value} should be one of: {values}.</source>
        <extracomment>The columns of the long table, in order. The columns every row must fill. What joins (and splits) the tags of a card in one cell. Other names of each column (compared without case, accents, spaces, ``_`` or ``-``). French words for the enumerations&apos; values, by their normalised spelling. Words that give away a lane&apos;s kind when the table does not say it, tried in this order. How a yes/no cell may be spelled (normalised), in English or French. Every header the importer knows (normalised) -&gt; its column; ``id`` and ``curve_moment`` are the workbook&apos;s.</extracomment>
        <translation>Ligne {row}, colonne {column}&#xa0;: {value} devrait être l&apos;une de ces valeurs&#xa0;: {values}.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Row {row}, column {column}: {value} should be yes or no.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: {value} devrait être oui ou non.</translation>
    </message>
    <message>
        <location filename="../../app/export/read/spreadsheet.py" line="+31"/>
        <source>Row {row}, column {column} is empty: every card needs a title, a stage and a lane.</source>
        <extracomment>The card&apos;s id in the workbook it comes from (links and actions point at it), if any.</extracomment>
        <translation>Ligne {row}, la colonne {column} est vide&#xa0;: chaque carte a besoin d&apos;un titre, d&apos;une étape et d&apos;un couloir.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row {row}, column {column}: {value} is not a colour such as #1A2B3C.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: {value} n&apos;est pas une couleur comme #1A2B3C.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+25"/>
        <source>These sheets are not ones Parcours reads, so they were not imported: {names}.</source>
        <translation>Parcours ne lit pas ces feuilles, elles n&apos;ont donc pas été importées&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/export/read/references.py" line="+92"/>
        <source>The channel {name} was added to the project&apos;s catalogue.</source>
        <extracomment>Channels described by the workbook (its Channels sheet).</extracomment>
        <translation>Le canal {name} a été ajouté au catalogue du projet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The department {name} was added to the project.</source>
        <translation>Le service {name} a été ajouté au projet.</translation>
    </message>
    <message>
        <location filename="../../app/export/paper.py" line="+44"/>
        <source>There is no paper {paper}; choose A0, A1, A2, A3, A4 or WIDTHxHEIGHTmm (50 to 5000 mm).</source>
        <translation>Il n&apos;y a pas de papier {paper}&#xa0;; choisissez A0, A1, A2, A3, A4 ou LARGEURxHAUTEURmm (50 à 5000 mm).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no orientation {name}; choose portrait or landscape.</source>
        <translation>Il n&apos;y a pas d&apos;orientation {name}&#xa0;; choisissez portrait ou paysage.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An overlap of {overlap} mm and margins of {margin} mm leave too little of a {paper} sheet.</source>
        <extracomment>Printable window of one sheet (the sheet less its margins). Top left corner of the tiled area on the poster (mm from the poster&apos;s top left): only content is tiled. Sheets saved by tiling only the area holding content rather than the whole poster sheet. Size (mm) of the area tiled (the poster&apos;s content less its margins; the poster itself for :func:`tile_grid`). (row, column) of the sheets of the grid left out because nothing would print on them.</extracomment>
        <translation>Un chevauchement de {overlap} mm et des marges de {margin} mm laissent trop peu d&apos;une feuille {paper}.</translation>
    </message>
    <message>
        <location filename="../../app/export/report_page.py" line="+129"/>
        <location filename="../../app/model/journey_data.py" line="+4"/>
        <source>There is no such journey in this project.</source>
        <translation>Ce projet n&apos;a pas ce parcours.</translation>
    </message>
    <message>
        <location filename="../../app/export/read/journey_plan.py" line="+113"/>
        <location filename="../../app/export/read/workbook_merge.py" line="+97"/>
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
        <location filename="../../app/export/read/limits.py" line="+61"/>
        <source>The file is larger than {limit} MB: Parcours does not import files this large.</source>
        <extracomment>Largest CSV, XLSX, .ojf or Mermaid file an import reads. Largest project JSON document (it carries persona photos in base64). Most entries in a workbook&apos;s zip archive. Largest uncompressed size of one entry of a workbook, and of all of them together. Highest compression ratio of an entry larger than :data:`RATIO_FLOOR` bytes (zip bombs are thousands). Most data rows and columns of a table, and characters in one cell (Excel&apos;s own cell limit). Most rows of a sheet counted with the empty ones (a stray cell far below makes a reader walk every row). Most cards one .ojf import creates (nodes and blueprint items), and tasks one Mermaid import creates. Largest persona photo a project JSON document may carry. Deepest nesting of lists and objects in a JSON or .ojf document. Most characters in one number of a JSON or .ojf document.</extracomment>
        <translation>Le fichier dépasse {limit} Mo&#xa0;: Parcours n&apos;importe pas de fichiers aussi gros.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The {kind} file nests lists or objects more than {limit} levels deep: Parcours does not read it.</source>
        <translation>Le fichier {kind} imbrique des listes ou des objets sur plus de {limit} niveaux&#xa0;: Parcours ne le lit pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {kind} file holds a number of more than {limit} digits: Parcours does not read it.</source>
        <translation>Le fichier {kind} contient un nombre de plus de {limit} chiffres&#xa0;: Parcours ne le lit pas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The workbook holds more than {limit} parts: Parcours does not read it.</source>
        <translation>Le classeur contient plus de {limit} parties&#xa0;: Parcours ne le lit pas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workbook&apos;s part {name} unpacks to more than {limit} MB: Parcours does not read it.</source>
        <translation>La partie {name} du classeur dépasse {limit} Mo une fois décompressée&#xa0;: Parcours ne le lit pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook&apos;s part {name} is compressed more than {limit} times, as zip bombs are: Parcours does not read it.</source>
        <translation>La partie {name} du classeur est compressée plus de {limit} fois, comme une bombe zip&#xa0;: Parcours ne le lit pas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row {row}, column {column} holds more than {limit} characters: Parcours does not import cells this long.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: plus de {limit} caractères&#xa0;; Parcours n&apos;importe pas des cellules aussi longues.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row {row} has more than {limit} columns: Parcours does not import tables this wide.</source>
        <translation>La ligne {row} a plus de {limit} colonnes&#xa0;: Parcours n&apos;importe pas des tableaux aussi larges.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The workbook&apos;s XML is damaged, so the file cannot be read: open it in a spreadsheet program and save it again.</source>
        <extracomment>What a hostile or broken XML part raises while a workbook is read (defusedxml&apos;s refusals included).</extracomment>
        <translation>Le XML du classeur est endommagé, le fichier ne peut donc pas être lu&#xa0;: ouvrez-le dans un tableur et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workbook&apos;s XML declares entities or a document type, as attacks on XML readers do: Parcours does not read it.</source>
        <translation>Le XML du classeur déclare des entités ou un type de document, comme le font les attaques contre les lecteurs XML&#xa0;: Parcours ne le lit pas.</translation>
    </message>
    <message>
        <location filename="../../app/export/read/ojf.py" line="+43"/>
        <source>In the OJF file, {path} should be text.</source>
        <extracomment>The score range of the OJF specification. The sentiment word written for each emotion (and read back as that emotion). Parcours severity (1..5) for each OJF severity, and back.</extracomment>
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
        <location line="+20"/>
        <source>The OJF file defines the node {id} twice.</source>
        <translation>Le fichier OJF définit deux fois le nœud {id}.</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location filename="../../app/export/poster_sheet.py" line="+152"/>
        <source>A journey cannot be compared with itself: name another one (its to-be journey, say).</source>
        <extracomment>Characters no installed font has: printed as &quot;□&quot; and named in a warning. Taller stage headers make room for the durations and waiting times. The journey whose curve is overlaid (the to-be over the as-is), and its title.</extracomment>
        <translation>Un parcours ne peut pas être comparé à lui-même&#xa0;: nommez-en un autre (sa situation souhaitée, par exemple).</translation>
    </message>
    <message>
        <location line="+114"/>
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
        <location filename="../../app/export/poster.py" line="+151"/>
        <source>The margin cannot be negative.</source>
        <extracomment>The poster&apos;s entry point, and what its callers use of the layers below (paper, fonts, the drawing). The size of one printed sheet (a tile&apos;s when tiled), and its orientation. The size of the whole poster (the trimmed sheet when there is a bleed). The smallest card text as printed, in points. What the user should know about the file written (e.g. text too small to read), one sentence each.</extracomment>
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
        <location line="+34"/>
        <source>No installed font that can be embedded has {characters}: they print as “□”.</source>
        <translation>Aucune police installée et intégrable n’a {characters}&#xa0;: ces caractères s’impriment «&#xa0;□&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_sheet.py" line="+39"/>
        <source>Margins of {margin} mm leave nothing of a {paper} sheet.</source>
        <translation>Des marges de {margin} mm ne laissent rien d&apos;une feuille {paper}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_common.py" line="+15"/>
        <source>There is no journey {name} in this project.</source>
        <translation>Il n&apos;y a pas de parcours {name} dans ce projet.</translation>
    </message>
    <message>
        <location filename="../../app/export/read/mermaid.py" line="+121"/>
        <source>The file is not a Mermaid journey diagram: it should start with the word journey, not {start}.</source>
        <extracomment>Mermaid&apos;s documented score range. What the exporter writes for a comma inside an actor&apos;s name (Mermaid splits actors at commas). line, stage index, name, score, actors</extracomment>
        <translation>Le fichier n&apos;est pas un diagramme de parcours Mermaid&#xa0;: il devrait commencer par le mot journey, pas par {start}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+38"/>
        <source>The Mermaid file is empty.</source>
        <translation>Le fichier Mermaid est vide.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The file is not UTF-8 text, so it cannot be a Mermaid diagram.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8&#xa0;: ce ne peut pas être un diagramme Mermaid.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+30"/>
        <source>The Mermaid journey diagram has no title, section or task.</source>
        <translation>Le diagramme de parcours Mermaid n&apos;a ni titre, ni section, ni tâche.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The diagram&apos;s display settings ({names}) have no place in a journey: they were ignored.</source>
        <translation>Les réglages d&apos;affichage du diagramme ({names}) n&apos;ont pas de place dans un parcours&#xa0;: ils ont été ignorés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scores run from {low} to {high}, outside Mermaid&apos;s 1 to 5: they were rescaled from that range to the project&apos;s scale.</source>
        <translation>Les notes vont de {low} à {high}, hors de l&apos;échelle 1 à 5 de Mermaid&#xa0;: elles ont été ramenées de cette plage à l&apos;échelle du projet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_export_formats.py" line="-2"/>
        <source>This format is not available in this installation yet.</source>
        <extracomment>Every export action, in menu order.</extracomment>
        <translation>Ce format n&apos;est pas encore disponible dans cette installation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parcours stopped on an unexpected problem ({detail}).</source>
        <translation>Parcours s&apos;est arrêté sur un problème inattendu ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/export/report_actions.py" line="+339"/>
        <source>The journey {journey} has no actions yet: add some before printing its action plan.</source>
        <translation>Le parcours {journey} n&apos;a pas encore d&apos;actions&#xa0;: ajoutez-en avant d&apos;imprimer son plan d&apos;actions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This project has no actions yet: add some before printing an action plan.</source>
        <translation>Ce projet n&apos;a pas encore d&apos;actions&#xa0;: ajoutez-en avant d&apos;imprimer un plan d&apos;actions.</translation>
    </message>
    <message>
        <location filename="../../app/export/report_personas.py" line="+386"/>
        <source>The journey {journey} has no personas yet: add some before printing persona sheets.</source>
        <translation>Le parcours {journey} n&apos;a pas encore de personas&#xa0;: ajoutez-en avant d&apos;imprimer les fiches personas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This project has no personas yet: add some before printing persona sheets.</source>
        <translation>Ce projet n&apos;a pas encore de personas&#xa0;: ajoutez-en avant d&apos;imprimer les fiches personas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_templates.py" line="+11"/>
        <source>The template {path} cannot be read; delete it or save it again.</source>
        <translation>Le modèle {path} est illisible&#xa0;; supprimez-le ou enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/cli_formats.py" line="-67"/>
        <source>The {report} report prints on A4 portrait sheets: {option} applies to posters only.</source>
        <translation>Le rapport {report} s’imprime sur des feuilles A4 en portrait&#xa0;: {option} ne s’applique qu’aux affiches.</translation>
    </message>
    <message>
        <location filename="../../app/cli_library.py" line="-36"/>
        <source>{path} was never published to or pulled from this library.</source>
        <translation>{path} n’a jamais été publié dans cette bibliothèque ni tiré d’elle.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no system keyring here to keep the password; give it with PGPASSWORD instead.</source>
        <translation>Il n’y a pas de trousseau système ici pour garder le mot de passe&#x202f;; donnez-le plutôt avec PGPASSWORD.</translation>
    </message>
    <message>
        <location filename="../../app/export/mermaid.py" line="+131"/>
        <source>Mermaid cannot hold some characters (: # ; %% and line breaks), so these names were written differently: {names}.</source>
        <translation>Mermaid ne peut pas contenir certains caractères (: #&#xa0;; %% et les retours à la ligne), ces noms ont donc été écrits autrement&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_fit.py" line="+201"/>
        <source>Card text prints at {size} pt, under {readable} pt: a larger poster paper helps, or fewer stages per sheet (one journey per group of stages).</source>
        <extracomment>The largest size (pt) a card title is printed at; beyond it the map takes wider cards, not larger type. Card text printed smaller than this (pt) is hard to read on a wall. Card widths tried, as a share of the canvas&apos;s card width. Never narrower than on screen: narrower cards break long words (French &quot;administratifs&quot;) across lines; taller rows take the height instead. Proportions within this (log ratio) of the room&apos;s count as matched. The canvas&apos;s own layout style, the default.</extracomment>
        <translation>Le texte des cartes s’imprime en {size} pt, sous {readable} pt&#xa0;: un plus grand format d’affiche aide, ou moins d’étapes par feuille (un parcours par groupe d’étapes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card text prints at {size} pt, under {readable} pt: tiling on office sheets (--tile A4), a larger paper, leaving the persona panel off (--no-personas) or fewer stages per sheet helps.</source>
        <translation>Le texte des cartes s’imprime en {size} pt, sous {readable} pt&#xa0;: imprimer sur des feuilles de bureau (--tile A4), un plus grand format, retirer le panneau des personas (--no-personas) ou moins d’étapes par feuille aide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card text prints at {size} pt, under {readable} pt: printing on office sheets, a larger paper, leaving the persona panel off or fewer stages per sheet helps.</source>
        <translation>Le texte des cartes s’imprime en {size} pt, sous {readable} pt&#xa0;: imprimer sur des feuilles de bureau, un plus grand format, retirer le panneau des personas ou moins d’étapes par feuille aide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card text prints at {size} pt, under {readable} pt: tiling on office sheets (--tile A4), a larger paper or fewer stages per sheet helps.</source>
        <translation>Le texte des cartes s’imprime en {size} pt, sous {readable} pt&#xa0;: imprimer sur des feuilles de bureau (--tile A4), un plus grand format ou moins d’étapes par feuille aide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card text prints at {size} pt, under {readable} pt: printing on office sheets, a larger paper or fewer stages per sheet helps.</source>
        <translation>Le texte des cartes s’imprime en {size} pt, sous {readable} pt&#xa0;: imprimer sur des feuilles de bureau, un plus grand format ou moins d’étapes par feuille aide.</translation>
    </message>
    <message>
        <location filename="../../app/export/workbook.py" line="+333"/>
        <source>The workbook does not carry persona photos ({photos}), objectives ({objectives}) or measurement points ({points}): they were left out.</source>
        <extracomment>The columns of the workbook&apos;s card sheet: the table&apos;s, then the curve&apos;s moment of truth and the card&apos;s id. Columns whose text wraps in its cell (the others stay on one line).</extracomment>
        <translation>Le classeur ne contient pas les photos des personas ({photos}), les objectifs ({objectives}) ni les points de mesure ({points})&#xa0;: ils ont été laissés de côté.</translation>
    </message>
    <message>
        <location filename="../../app/export/read/workbook_merge.py" line="-40"/>
        <source>These rows of the Links sheet name cards the workbook does not hold, or repeat a link: they were not imported: {rows}.</source>
        <translation>Ces lignes de la feuille des liens citent des cartes absentes du classeur, ou répètent un lien&#xa0;; elles n&apos;ont pas été importées&#xa0;: {rows}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some actions or KPIs point at cards the workbook does not hold ({ids}): those links were not imported.</source>
        <translation>Des actions ou des indicateurs pointent vers des cartes absentes du classeur ({ids})&#xa0;: ces liens n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>These personas were already in the project, so the workbook&apos;s description of them was not imported: {names}.</source>
        <translation>Ces personas étaient déjà dans le projet, la description qu&apos;en donne le classeur n&apos;a donc pas été importée&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Action added: {title}.</source>
        <translation>Action ajoutée&#xa0;: {title}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action {id} ({title}) changed: {changes}.</source>
        <translation>Action {id} ({title}) modifiée&#xa0;: {changes}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>KPI added: {name}.</source>
        <translation>Indicateur ajouté&#xa0;: {name}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KPI {id} ({name}) changed: {changes}.</source>
        <translation>Indicateur {id} ({name}) modifié&#xa0;: {changes}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook is the journey {title} of this project: its Actions and KPIs sheets were merged into it, and its other sheets ({sheets}) were not imported again.</source>
        <translation>Le classeur est le parcours {title} de ce projet&#xa0;: ses feuilles Actions et Indicateurs y ont été fusionnées, et ses autres feuilles ({sheets}) n&apos;ont pas été importées à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/export/read/workbook.py" line="+89"/>
        <source>Column {column} of the sheet {sheet} is not one Parcours knows: it was ignored.</source>
        <extracomment>The creation time of the project the workbook came from (see :func:`app.export.workbook.project_stamp`). (row, source card id, target card id, fields) (row, id or None, fields, card ids, department name) (row, id or None, fields, stage name, card id)</extracomment>
        <translation>Parcours ne connaît pas la colonne {column} de la feuille {sheet}&#xa0;: elle a été ignorée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row {row}, column {column}: {value} is not a date such as 2026-03-31.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: {value} n&apos;est pas une date comme 2026-03-31 ou 31/03/2026.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row {row}, column {column} is empty: it needs a name.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: la cellule est vide, il faut un nom.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sheets {names} record the workshop (the dot vote, the comments): an import does not bring them back.</source>
        <translation>Les feuilles {names} sont la trace de l’atelier (le vote par gommettes, les commentaires)&#xa0;: un import ne les reprend pas.</translation>
    </message>
    <message>
        <location filename="../../app/library/browse.py" line="-40"/>
        <source>The library has no project named {name}.</source>
        <translation>La bibliothèque n’a aucun projet nommé {name}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The project {name} has no revision {revision}; its newest is {head}.</source>
        <translation>Le projet {name} n’a pas de révision {revision}&#x202f;; la plus récente est la {head}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision {revision} of {name} was published by a newer version of Parcours: update Parcours to pull it.</source>
        <translation>La révision {revision} de {name} a été publiée par une version plus récente de Parcours&#xa0;: mettez Parcours à jour pour la tirer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} already exists; choose another name or replace it with --force.</source>
        <translation>{path} existe déjà&#x202f;; choisissez un autre nom ou remplacez-le avec --force.</translation>
    </message>
    <message>
        <location filename="../../app/library/connection.py" line="+49"/>
        <source>No library is named: give --url postgresql://user@host/database or set {variable}.</source>
        <extracomment>Environment variable naming the library when ``--url`` is not given. Keyring service under which passwords are kept. Seconds to wait for the server before saying it cannot be reached.</extracomment>
        <translation>Aucune bibliothèque n’est indiquée&#xa0;: donnez --url postgresql://utilisateur@hôte/base ou définissez {variable}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{url} is not a library address: it must look like postgresql://user@host/database.</source>
        <translation>{url} n’est pas une adresse de bibliothèque&#xa0;: elle doit ressembler à postgresql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The library at {where} refused the user name or password of {user}.</source>
        <translation>La bibliothèque sur {where} a refusé le nom d’utilisateur ou le mot de passe de {user}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library at {where} offers no encrypted connection (TLS), which this address requires (sslmode).</source>
        <translation>La bibliothèque sur {where} n’offre pas de connexion chiffrée (TLS), que cette adresse exige (sslmode).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no database {database} on the library server {where}.</source>
        <translation>Il n’y a pas de base {database} sur le serveur de bibliothèque {where}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your library account {user} may read the library but not publish to it: ask its administrator for the editor role.</source>
        <translation>Votre compte {user} peut lire la bibliothèque mais pas y publier&#xa0;: demandez le rôle d’éditeur à son administrateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {database} on {where} holds no Parcours library yet: its administrator creates one with parcours library init.</source>
        <translation>La base {database} sur {where} ne contient pas encore de bibliothèque Parcours&#xa0;: son administrateur en crée une avec parcours library init.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library server {where} cannot be reached or closed the connection: nothing was changed; check the address and the network, then try again.</source>
        <translation>Le serveur de bibliothèque {where} est injoignable ou a fermé la connexion&#xa0;: rien n’a été modifié&#x202f;; vérifiez l’adresse et le réseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library at {where} refused the request: {reason}.</source>
        <translation>La bibliothèque sur {where} a refusé la demande&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/library/publish.py" line="+101"/>
        <source>The library already has a project named {name}: choose another name.</source>
        <translation>La bibliothèque a déjà un projet nommé {name}&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The project {name} is no longer in the library: publish it as a new copy.</source>
        <translation>Le projet {name} n’est plus dans la bibliothèque&#xa0;: publiez-le comme nouvelle copie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone published {name} (revision {head}) after the revision {base} this file builds on: nothing was written; keep yours, keep the library&apos;s, or publish a new copy.</source>
        <translation>Quelqu’un a publié {name} (révision {head}) après la révision {base} sur laquelle ce fichier s’appuie&#xa0;: rien n’a été écrit&#x202f;; gardez la vôtre, celle de la bibliothèque, ou publiez une nouvelle copie.</translation>
    </message>
    <message>
        <location filename="../../app/model/images.py" line="+109"/>
        <location line="+39"/>
        <source>The image is empty.</source>
        <extracomment>Largest file accepted for reading (before downscaling). Largest picture accepted, in pixels (a 40-megapixel camera photo passes; a bomb does not). Longest side accepted, in pixels. Most elongated shape accepted (long side / short side). Longest side of what is stored in the project file. Largest stored image (the database CHECKs the same). Formats accepted, by the MIME type stored beside the bytes.</extracomment>
        <translation>L’image est vide.</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+39"/>
        <location filename="../../app/ui/images.py" line="+30"/>
        <source>The image is too large: at most {megabytes} MB.</source>
        <extracomment>Qt&apos;s decoder refuses to allocate more than this (MB) for one picture.</extracomment>
        <translation>L’image est trop lourde&#xa0;: {megabytes} Mo au plus.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+38"/>
        <source>This is not a PNG, JPEG or WebP image.</source>
        <translation>Ce n’est pas une image PNG, JPEG ou WebP.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+8"/>
        <location filename="../../app/ui/images.py" line="+27"/>
        <source>The image is damaged and cannot be read.</source>
        <translation>L’image est abîmée et ne peut pas être lue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image is too big: {width} × {height} pixels (at most {megapixels} megapixels).</source>
        <translation>L’image est trop grande&#xa0;: {width} × {height} pixels ({megapixels} mégapixels au plus).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image is too narrow to show: {width} × {height} pixels.</source>
        <translation>L’image est trop étroite pour être montrée&#xa0;: {width} × {height} pixels.</translation>
    </message>
    <message>
        <location filename="../../app/model/ops_workshop.py" line="+15"/>
        <source>A vote needs at least one participant.</source>
        <translation>Un vote demande au moins un participant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A vote may have at most {value} participants.</source>
        <translation>Un vote compte au plus {value} participants.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This card is not on the journey of the vote.</source>
        <translation>Cette carte n’est pas sur le parcours du vote.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has placed all {value} dots.</source>
        <translation>{name} a posé ses {value} gommettes.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+28"/>
        <source>A comment needs some text.</source>
        <translation>Un commentaire demande un texte.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This card is not on the journey of the comment.</source>
        <translation>Cette carte n’est pas sur le parcours du commentaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This stage is not on the journey of the comment.</source>
        <translation>Cette étape n’est pas sur le parcours du commentaire.</translation>
    </message>
    <message>
        <location filename="../../app/model/ops_workspace.py" line="-119"/>
        <source>Choose two different entries to merge.</source>
        <extracomment>What points at a catalogue row, by catalogue table: (class, column).</extracomment>
        <translation>Choisissez deux entrées différentes à fusionner.</translation>
    </message>
    <message>
        <location filename="../../app/ui/images.py" line="-23"/>
        <source>The image {name} cannot be read.</source>
        <translation>L’image {name} ne peut pas être lue.</translation>
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
    <message>
        <location filename="../../app/export/persona_links.py" line="+36"/>
        <source>{format} does not carry which personas {cards} cards apply to, nor their scores for each persona: that was left out (a .parcours or .json file keeps it).</source>
        <translation>Le format {format} ne garde pas à quels personas s’appliquent {cards} cartes, ni leurs notes par persona&#xa0;: cela a été laissé de côté (un fichier .parcours ou .json le garde).</translation>
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
        <location filename="../../app/ui/catalogues_base.py" line="+44"/>
        <source>Win new customers</source>
        <translation>Conquérir de nouveaux clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise satisfaction</source>
        <translation>Augmenter la satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improve retention</source>
        <translation>Améliorer la rétention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build loyalty</source>
        <translation>Fidéliser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make life easier for staff</source>
        <translation>Faciliter la vie des collaborateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other objective</source>
        <translation>Autre objectif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Front stage (seen by the customer)</source>
        <translation>Front office (vu du client)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back stage (unseen)</source>
        <translation>Back office (invisible)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helps themselves</source>
        <translation>Se débrouille seul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wants it done for them</source>
        <translation>Veut que l’on fasse pour lui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Either</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/ui/inspector_fields.py" line="-127"/>
        <source>Digital</source>
        <extracomment>Translation context of the enum labels (lane kinds are named by :mod:`app.ui.labels`).</extracomment>
        <translation>Numérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/inspector_fields.py" line="+1"/>
        <source>Human</source>
        <translation>Humaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_fields.py" line="+3"/>
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
        <location filename="../../app/export/poster_draw.py" line="+44"/>
        <location filename="../../app/ui/labels.py" line="+13"/>
        <source>Customer steps</source>
        <extracomment>Names of the lane kinds (context &quot;labels&quot;, shared with the editor&apos;s catalogue).</extracomment>
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
        <location filename="../../app/ui/canvas/menus.py" line="+26"/>
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
        <location line="+11"/>
        <location line="+13"/>
        <location line="+10"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+13"/>
        <location line="+10"/>
        <source>Default colour</source>
        <translation>Couleur par défaut</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+13"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Insert lane above</source>
        <translation>Insérer un couloir au-dessus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert lane below</source>
        <translation>Insérer un couloir en dessous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change kind</source>
        <translation>Changer de type</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+5"/>
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
        <location line="+26"/>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>method</name>
    <message>
        <location filename="../../app/ui/method_labels.py" line="+21"/>
        <source>Idea</source>
        <extracomment>Colours of the horizons (road map columns, matrix dots).</extracomment>
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
        <translation>Faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not scheduled</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick win</source>
        <translation>Victoire rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 3 months</source>
        <translation>&lt; 3 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 12 months</source>
        <translation>&lt; 12 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Higher is better</source>
        <translation>Plus haut, c’est mieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better</source>
        <translation>Plus bas, c’est mieux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mystery visit</source>
        <translation>Visite mystère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer listening</source>
        <translation>Écoute client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer committee</source>
        <translation>Comité clients</translation>
    </message>
    <message>
        <location filename="../../app/ui/method_markers.py" line="+65"/>
        <source>1 action</source>
        <extracomment>A card&apos;s pills: (text, fill colour) each. Tables whose rows, added or removed, may change the markers.</extracomment>
        <translation>1 action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n actions</source>
        <translation>%n actions</translation>
    </message>
</context>
<context>
    <name>poster</name>
    <message>
        <location filename="../../app/export/paper.py" line="-89"/>
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
        <location filename="../../app/export/poster_sheet.py" line="-102"/>
        <location filename="../../app/export/report_page.py" line="-88"/>
        <source>Parcours {version} · {date}</source>
        <extracomment>The map as on the canvas (its proportions choose the orientation); each sheet fits its own. One curve per persona scored on its own (a map without per-persona scores has none). The map&apos;s size in percent of the canvas at 100 % (None: as large as the sheet allows). Called with (cards drawn, cards) while the map is drawn; may raise to cancel. The smallest card text drawn so far, in points (None: no map drawn yet).</extracomment>
        <translation>Parcours {version} · {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision {revision} of {date}</source>
        <translation>Révision {revision} du {date}</translation>
    </message>
    <message>
        <location filename="../../app/export/deck.py" line="-97"/>
        <location filename="../../app/export/poster_sheet.py" line="+163"/>
        <source>Persona: {names}</source>
        <extracomment>What holds ink (x, y from the bottom, width, height in pt): a tile that shows none is left out.</extracomment>
        <translation>Persona&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../app/export/poster.py" line="+84"/>
        <source>{journey} · trim {width} x {height} mm · bleed {bleed} mm · {stamp}</source>
        <translation>{journey} · format fini {width} x {height} mm · fond perdu {bleed} mm · {stamp}</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_tiles.py" line="+55"/>
        <source>row {row}/{rows} · column {column}/{columns}</source>
        <translation>ligne {row}/{rows} · colonne {column}/{columns}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cut here</source>
        <translation>couper ici</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Assembly of the poster</source>
        <translation>Assemblage de l&apos;affiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print at 100 % (actual size): do not fit to page.</source>
        <translation>Imprimer à 100&#xa0;% (taille réelle)&#xa0;: ne pas ajuster à la page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sheets} sheets {paper} {orientation} ({rows} rows × {columns} columns) for a {poster} poster; overlap {overlap} mm.</source>
        <translation>{sheets} feuilles {paper} {orientation} ({rows} lignes × {columns} colonnes) pour une affiche {poster}&#xa0;; chevauchement {overlap} mm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut each sheet along the dashed line marked “cut here” on its left and top, then lay it on its neighbours up to their ticks.</source>
        <translation>Coupez chaque feuille le long du pointillé «&#xa0;couper ici&#xa0;» à gauche et en haut, puis posez-la sur ses voisines jusqu’à leurs repères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{saved} sheets saved: only the part of the poster that holds content is printed (sheets marked “—” are not needed).</source>
        <translation>{saved} feuilles économisées&#xa0;: seule la partie de l’affiche qui porte du contenu est imprimée (les feuilles marquées «&#xa0;—&#xa0;» ne sont pas nécessaires).</translation>
    </message>
    <message>
        <source>Trim each sheet along the ticks of its left and top overlap, then lay it on its neighbours.</source>
        <translation type="vanished">Rognez chaque feuille le long des repères de son chevauchement gauche et haut, puis posez-la sur ses voisines.</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_legend.py" line="-7"/>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+201"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="-200"/>
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
        <location line="+194"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <location filename="../../app/export/poster_marks.py" line="+39"/>
        <source>first</source>
        <extracomment>Colours of the marks.</extracomment>
        <translation>premier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting: {time}</source>
        <translation>attente&#xa0;: {time}</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Customer goal</source>
        <extracomment>Card id -&gt; (the bytes of its first evidence image, how many it has); read when the poster asks. Cards and stages carrying a KPI, and those where satisfaction is measured. The thumbnail&apos;s box on a card&apos;s bottom-right corner, as on the canvas (points).</extracomment>
        <translation>But du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectations</source>
        <translation>Attentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives served</source>
        <translation>Objectifs servis</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Digital touchpoint</source>
        <translation>Point de contact numérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human touchpoint</source>
        <translation>Point de contact humain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First / last touchpoint</source>
        <translation>Premier / dernier point de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction measured here</source>
        <translation>Satisfaction mesurée ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity (1 to 5) and share of customers</source>
        <translation>Gravité (1 à 5) et part de clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration and waiting time</source>
        <translation>Durée et temps d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve of {journey}</source>
        <translation>Courbe de {journey}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve of {persona}</source>
        <translation>Courbe de {persona}</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../app/export/report_page.py" line="-1"/>
        <source>page {page}/{pages}</source>
        <extracomment>Points per millimetre. A4 portrait in points (210 x 297 mm). Page margin. Height kept free at the bottom of every page for the footer.</extracomment>
        <translation>page {page}/{pages}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label}: {text}</source>
        <translation>{label}&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../app/export/report_matrix.py" line="+52"/>
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
        <location filename="../../app/export/report_actions.py" line="-262"/>
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
        <location filename="../../app/export/report_actions.py" line="+12"/>
        <source>baseline {value}</source>
        <extracomment>Longest department name printed in the summary table (a table row cannot break across pages).</extracomment>
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
        <location filename="../../app/export/report_actions.py" line="+84"/>
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
        <location line="+141"/>
        <source>Action plan</source>
        <translation>Plan d&apos;actions</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+43"/>
        <location filename="../../app/export/report_plan.py" line="+67"/>
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
        <location filename="../../app/export/report_plan.py" line="+67"/>
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
        <location filename="../../app/export/report_plan.py" line="+40"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact and effort</source>
        <translation>Impact et effort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prioritised actions</source>
        <translation>Actions par priorité</translation>
    </message>
    <message>
        <location filename="../../app/export/report_personas.py" line="-333"/>
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
        <location line="+149"/>
        <source>Digital ease</source>
        <extracomment>Longest name, role, segment or age band printed in the header. Scales tried, largest first. A drawing queued by the layout: given the canvas and the content&apos;s top (pt, y up).</extracomment>
        <translation>Aisance numérique</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Persona sheet</source>
        <translation>Fiche persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persona sheets</source>
        <translation>Fiches personas</translation>
    </message>
    <message>
        <location filename="../../app/export/report_plan.py" line="-111"/>
        <source>Owner</source>
        <extracomment>Pain points listed with their actions. Actions named with their title in one cell of the road map.</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Road map by owner and horizon</source>
        <translation>Feuille de route par responsable et horizon</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Top pain points and the actions addressing them</source>
        <translation>Principaux irritants et les actions qui y répondent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain point</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{dots} dots in the workshop&apos;s vote</source>
        <translation>{dots} gommettes au vote de l’atelier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pain points no action addresses</source>
        <translation>Irritants sans action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every pain point has an action.</source>
        <translation>Chaque irritant a une action.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>severity {value}/5</source>
        <translation>gravité {value}/5</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../app/ui/units.py" line="+31"/>
        <source>in</source>
        <extracomment>The symbol of inches, written after a number (&quot;8.5 in&quot;).</extracomment>
        <translation>po</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mm</source>
        <extracomment>The symbol of millimetres, written after a number (&quot;210 mm&quot;).</extracomment>
        <translation>mm</translation>
    </message>
</context>
</TS>
