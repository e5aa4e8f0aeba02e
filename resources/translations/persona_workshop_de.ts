<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>About</source>
        <comment>Turn research evidence into customer personas, together, in one room.</comment>
        <translation>Über</translation>
    </message>
    <message>
        <source>About</source>
        <comment>Built with:</comment>
        <translation>Über</translation>
    </message>
    <message>
        <source>About</source>
        <comment>Bundled fonts and their licences: see resources/fonts/README.md.</comment>
        <translation>Über</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <extracomment>Whether the overview map is shown (View menu), remembered across workshops and runs.</extracomment>
        <translation>&amp;Neue Notiz</translation>
    </message>
    <message>
        <source>Add a note and type into it (or double-click the board)</source>
        <translation>Eine Notiz hinzufügen und hineinschreiben (oder doppelt auf die Pinnwand klicken)</translation>
    </message>
    <message>
        <source>&amp;Edit Note</source>
        <translation>Notiz &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected note&apos;s text or the selected cluster&apos;s title</source>
        <translation>Den Text der gewählten Notiz oder den Titel des gewählten Clusters bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected notes; selected cluster frames are removed, their notes stay</source>
        <translation>Die gewählten Notizen löschen; gewählte Cluster-Rahmen werden entfernt, ihre Notizen bleiben</translation>
    </message>
    <message>
        <source>Select &amp;All Notes</source>
        <translation>&amp;Alle Notizen auswählen</translation>
    </message>
    <message>
        <source>Select every note</source>
        <translation>Jede Notiz auswählen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected notes and clusters</source>
        <translation>Die gewählten Notizen und Cluster kopieren</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>Cut the selected notes and clusters</source>
        <translation>Die gewählten Notizen und Cluster ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Paste notes, pictures or text as notes</source>
        <translation>Notizen, Bilder oder Text als Notizen einfügen</translation>
    </message>
    <message>
        <source>Cluste&amp;r Selected Notes</source>
        <translation>Gewählte Notizen &amp;clustern</translation>
    </message>
    <message>
        <source>T&amp;idy Cluster</source>
        <translation>Cluster &amp;ordnen</translation>
    </message>
    <message>
        <source>&amp;Bring to Front</source>
        <translation>In den &amp;Vordergrund</translation>
    </message>
    <message>
        <source>Show Overview &amp;Map</source>
        <translation>&amp;Übersichtskarte zeigen</translation>
    </message>
    <message>
        <source>&amp;Move to Cluster</source>
        <translation>In Cl&amp;uster verschieben</translation>
    </message>
    <message>
        <source>R&amp;ename Cluster</source>
        <translation>Cluster u&amp;mbenennen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Cluster Frame</source>
        <translation>Cluster-&amp;Rahmen entfernen</translation>
    </message>
    <message>
        <source>Put the selected notes into a new cluster</source>
        <translation>Die gewählten Notizen in einen neuen Cluster legen</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>Clus&amp;ter auflösen</translation>
    </message>
    <message>
        <source>Remove the selected clusters&apos; frames; their notes stay</source>
        <translation>Die Rahmen der gewählten Cluster entfernen; ihre Notizen bleiben</translation>
    </message>
    <message>
        <source>Arrange the notes of the selected clusters in a grid</source>
        <translation>Die Notizen der gewählten Cluster in einem Raster anordnen</translation>
    </message>
    <message>
        <source>New Empty C&amp;luster</source>
        <translation>Neuer l&amp;eerer Cluster</translation>
    </message>
    <message>
        <source>Add an empty cluster frame to drag notes into</source>
        <translation>Einen leeren Cluster-Rahmen hinzufügen, in den man Notizen ziehen kann</translation>
    </message>
    <message>
        <source>Put the selected notes on top of the others</source>
        <translation>Die gewählten Notizen über die anderen legen</translation>
    </message>
    <message>
        <source>&amp;Find Notes…</source>
        <translation>Notizen fin&amp;den…</translation>
    </message>
    <message>
        <source>Find notes by their text; filter by source, author or cluster</source>
        <translation>Notizen nach ihrem Text finden; nach Quelle, Autor oder Cluster filtern</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in (or Ctrl+wheel, or pinch)</source>
        <translation>Vergrößern (oder Strg+Mausrad, oder Zwei-Finger-Geste)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Show the whole board</source>
        <translation>Die ganze Pinnwand zeigen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Auf 100 % zoomen</translation>
    </message>
    <message>
        <source>Show a map of the whole board in its corner</source>
        <translation>Eine Karte der ganzen Pinnwand in ihrer Ecke zeigen</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Colour the selected notes and clusters</source>
        <translation>Die gewählten Notizen und Cluster einfärben</translation>
    </message>
    <message>
        <source>Assign &amp;Source</source>
        <translation>&amp;Quelle zuordnen</translation>
    </message>
    <message>
        <source>Say which source the selected notes come from, or make them assumptions</source>
        <translation>Angeben, aus welcher Quelle die gewählten Notizen stammen, oder sie zu Annahmen machen</translation>
    </message>
    <message>
        <source>Put the selected notes into a cluster</source>
        <translation>Die gewählten Notizen in einen Cluster legen</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>there is not enough memory to read this file</source>
        <translation>es ist nicht genug Arbeitsspeicher frei, um diese Datei zu lesen</translation>
    </message>
    <message>
        <source>the file could not be read ({0}: {1})</source>
        <translation>die Datei konnte nicht gelesen werden ({0}: {1})</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>picture missing</source>
        <translation>Bild fehlt</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>die Zwischenablage</translation>
    </message>
    <message>
        <source>Untitled cluster</source>
        <translation>Cluster ohne Titel</translation>
    </message>
    <message>
        <source>Paste as notes</source>
        <translation>Als Notizen einfügen</translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation>Nicht hinzugefügt: {0}</translation>
    </message>
    <message>
        <source>Move notes and clusters</source>
        <translation>Notizen und Cluster verschieben</translation>
    </message>
    <message>
        <source>This workshop is open read-only; save a copy to make changes.</source>
        <translation>Dieser Workshop ist schreibgeschützt geöffnet; speichern Sie eine Kopie, um etwas zu ändern.</translation>
    </message>
    <message>
        <source>Assign source</source>
        <translation>Quelle zuordnen</translation>
    </message>
    <message>
        <source>Mark as assumption</source>
        <translation>Als Annahme markieren</translation>
    </message>
    <message>
        <source>Select the notes to put in a cluster first.</source>
        <translation>Wählen Sie zuerst die Notizen, die in einen Cluster sollen.</translation>
    </message>
    <message>
        <source>Select a cluster (or a note in it) to ungroup.</source>
        <translation>Wählen Sie einen Cluster (oder eine Notiz darin) zum Auflösen.</translation>
    </message>
    <message>
        <source>Select a cluster (or a note in it) to tidy.</source>
        <translation>Wählen Sie einen Cluster (oder eine Notiz darin) zum Ordnen.</translation>
    </message>
    <message>
        <source>Edit note text</source>
        <translation>Notiztext bearbeiten</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Notizgröße ändern</translation>
    </message>
    <message>
        <source>Resize cluster</source>
        <translation>Clustergröße ändern</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Cluster umbenennen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Recolour</source>
        <translation>Umfärben</translation>
    </message>
    <message>
        <source>Set author</source>
        <translation>Autor festlegen</translation>
    </message>
    <message>
        <source>Tidy cluster</source>
        <translation>Cluster ordnen</translation>
    </message>
    <message>
        <source>Take out of cluster</source>
        <translation>Aus dem Cluster nehmen</translation>
    </message>
    <message>
        <source>the clipboard&apos;s picture cannot be read</source>
        <translation>das Bild in der Zwischenablage kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <source>One note per line ({n})</source>
        <translation>Eine Notiz pro Zeile ({n})</translation>
    </message>
    <message>
        <source>One note per paragraph ({n})</source>
        <translation>Eine Notiz pro Absatz ({n})</translation>
    </message>
    <message>
        <source>One note per cell ({n})</source>
        <translation>Eine Notiz pro Zelle ({n})</translation>
    </message>
    <message>
        <source>{name}: only pictures can be dropped on the board</source>
        <translation>{name}: Auf die Pinnwand können nur Bilder gezogen werden</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>INT</source>
        <translation>INT</translation>
    </message>
    <message>
        <source>SURV</source>
        <translation>UMFR</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>BEOB</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATEN</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>SONST</translation>
    </message>
    <message>
        <source>OPINION</source>
        <translation>MEINUNG</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation>Support-Ticket</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Assumption / team opinion</source>
        <translation>Annahme / Meinung des Teams</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>No Source (an Assumption)</source>
        <translation>Keine Quelle (eine Annahme)</translation>
    </message>
    <message>
        <source>(no sources yet)</source>
        <translation>(noch keine Quellen)</translation>
    </message>
    <message>
        <source>No Cluster</source>
        <translation>Kein Cluster</translation>
    </message>
    <message>
        <source>Untitled cluster</source>
        <translation>Cluster ohne Titel</translation>
    </message>
</context>
<context>
    <name>BoardExport</name>
    <message>
        <source>Export &amp;Board as PNG/PDF…</source>
        <translation>&amp;Pinnwand als PNG/PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the whole board as a picture or a PDF to send round</source>
        <translation>Die ganze Pinnwand als Bild oder PDF speichern, um sie herumzuschicken</translation>
    </message>
    <message>
        <source>Export Se&amp;lection as PNG/PDF…</source>
        <translation>Aus&amp;wahl als PNG/PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the selected notes and clusters as a picture or a PDF</source>
        <translation>Die gewählten Notizen und Cluster als Bild oder PDF speichern</translation>
    </message>
    <message>
        <source>Export Board</source>
        <translation>Pinnwand exportieren</translation>
    </message>
    <message>
        <source>{0} board.png</source>
        <translation>{0} Pinnwand.png</translation>
    </message>
    <message>
        <source>board.png</source>
        <extracomment>Print resolution, and the board&apos;s own (one board unit is one pixel at 100%). Room around what is exported, in board units. A picture is kept within this many pixels (a huge board is drawn at a lower resolution rather than not at all): about 64 megapixels, 256 MB while it is drawn. No side of a picture is longer than this (what image viewers and PNG readers accept).</extracomment>
        <translation>Pinnwand.png</translation>
    </message>
    <message>
        <source>Nothing was exported: {0}</source>
        <translation>Nichts wurde exportiert: {0}</translation>
    </message>
    <message>
        <source>Saved as {0} (a board picture is a PNG or PDF)</source>
        <translation>Gespeichert als {0} (ein Pinnwand-Bild ist ein PNG oder PDF)</translation>
    </message>
    <message>
        <source>Exported the board to {0}</source>
        <translation>Die Pinnwand wurde nach {0} exportiert</translation>
    </message>
    <message>
        <source>there is not enough memory for a picture this large</source>
        <translation>für ein so großes Bild reicht der Speicher nicht</translation>
    </message>
    <message>
        <source>the picture could not be written there</source>
        <translation>das Bild konnte dort nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the PDF could not be written there</source>
        <translation>das PDF konnte dort nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Evidence board</source>
        <translation>Beleg-Pinnwand</translation>
    </message>
    <message>
        <source>Double-click for a new note · drag a note onto a cluster to group it · drag a note by its marker to link it to a persona · space+drag to pan</source>
        <translation>Doppelklick für eine neue Notiz · eine Notiz auf einen Cluster ziehen, um sie zu gruppieren · eine Notiz an ihrer Markierung ziehen, um sie mit einer Persona zu verknüpfen · Leertaste+Ziehen zum Verschieben</translation>
    </message>
    <message>
        <source>Those notes are no longer on the board.</source>
        <extracomment>A press on a frame&apos;s free inside, until it turns into a rubber band. Builds the context menu (the board feature sets it).</extracomment>
        <translation>Diese Notizen sind nicht mehr auf der Pinnwand.</translation>
    </message>
    <message>
        <source>Question: {0}</source>
        <translation>Frage: {0}</translation>
    </message>
    <message>
        <source>— assumption (no source)</source>
        <translation>— Annahme (keine Quelle)</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Evidence check findings</source>
        <translation>Ergebnisse der Belegprüfung</translation>
    </message>
    <message>
        <source>Distinct sources an important item needs</source>
        <translation>Verschiedene Quellen, die ein wichtiger Eintrag braucht</translation>
    </message>
    <message>
        <source>Days before evidence counts as stale</source>
        <translation>Tage, nach denen Belege als veraltet gelten</translation>
    </message>
    <message>
        <source>Most items a section should hold</source>
        <translation>Höchstzahl der Einträge in einem Abschnitt</translation>
    </message>
    <message>
        <source>Sources per key item</source>
        <translation>Quellen pro wichtigem Eintrag</translation>
    </message>
    <message>
        <source>Fresh for (days)</source>
        <translation>Aktuell für (Tage)</translation>
    </message>
    <message>
        <source>Items per section, at most</source>
        <translation>Einträge pro Abschnitt, höchstens</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>The workshop&apos;s settings for the check</source>
        <translation>Die Einstellungen des Workshops für die Prüfung</translation>
    </message>
    <message>
        <source>No personas to check yet.</source>
        <translation>Noch keine Personas zu prüfen.</translation>
    </message>
    <message>
        <source>{0}: {1} pass, {2} blocking.</source>
        <translation>{0}: {1} bestanden, {2} blockierend.</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>Nichts zu beheben.</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>Beheben: {0}</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>Yellow</source>
        <extracomment>The names of the note colours (``NOTE_COLOURS``), marked for the window&apos;s catalogue (context &quot;Colours&quot;).</extracomment>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Indigo</source>
        <extracomment>Colours offered for a persona (name, hex): distinct on a projector and in print. Their names, marked for the window&apos;s catalogue (context &quot;Colours&quot;).</extracomment>
        <translation>Indigo</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Raspberry</source>
        <translation>Himbeere</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Braun</translation>
    </message>
    <message>
        <source>Slate</source>
        <translation>Schiefergrau</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Choose the columns</source>
        <translation>Die Spalten wählen</translation>
    </message>
    <message>
        <source>Each filled cell of the text columns becomes a note. Each respondent or ticket becomes a source, or the whole file is one source.</source>
        <translation>Jede gefüllte Zelle der Textspalten wird eine Notiz. Jede befragte Person oder jedes Ticket wird eine Quelle, oder die ganze Datei ist eine Quelle.</translation>
    </message>
    <message>
        <source>Columns that become notes</source>
        <translation>Spalten, die Notizen werden</translation>
    </message>
    <message>
        <source>One note per row (join the chosen columns)</source>
        <translation>Eine Notiz pro Zeile (gewählte Spalten zusammenfügen)</translation>
    </message>
    <message>
        <source>Respondent or ticket column</source>
        <translation>Spalte für Befragte oder Ticket</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Datumsspalte</translation>
    </message>
    <message>
        <source>Skip empty cells and “n/a”</source>
        <translation>Leere Zellen und „n/a“ überspringen</translation>
    </message>
    <message>
        <source>Respondent: whose words become notes</source>
        <translation>Befragte Person: wessen Worte Notizen werden</translation>
    </message>
    <message>
        <source>Keep each answer&apos;s question (shown with the note)</source>
        <translation>Die Frage jeder Antwort behalten (bei der Notiz gezeigt)</translation>
    </message>
    <message>
        <source>&amp;Respondent:</source>
        <translation>&amp;Befragte Person:</translation>
    </message>
    <message>
        <source>Respondent / &amp;ticket:</source>
        <translation>Befragte Person / &amp;Ticket:</translation>
    </message>
    <message>
        <source>&amp;Kind of source:</source>
        <translation>&amp;Art der Quelle:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Note &amp;text from:</source>
        <translation>Notiz&amp;text aus:</translation>
    </message>
    <message>
        <source>Each paragraph or bullet point becomes a note.</source>
        <translation>Jeder Absatz oder Aufzählungspunkt wird eine Notiz.</translation>
    </message>
    <message>
        <source>For example: {0}</source>
        <translation>Zum Beispiel: {0}</translation>
    </message>
    <message>
        <source>None: one source for the whole file</source>
        <translation>Keine: eine Quelle für die ganze Datei</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Some rows have more cells than there are headers (row {0}: {1}); join them back onto “{2}”</source>
        <translation>Einige Zeilen haben mehr Zellen als Überschriften (Zeile {0}: {1}); sie werden wieder an „{2}“ angefügt</translation>
    </message>
    <message>
        <source>Everyone but the interviewer (guessed)</source>
        <translation>Alle außer der interviewenden Person (vermutet)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Each turn of the respondent becomes a note; the interviewer&apos;s words, timestamps and [asides] are left out. The summary shows who said what.</source>
        <translation>Jeder Beitrag der befragten Person wird eine Notiz; die Worte der interviewenden Person, Zeitstempel und [Einschübe] bleiben weg. Die Zusammenfassung zeigt, wer was gesagt hat.</translation>
    </message>
    <message>
        <source>Choose who speaks</source>
        <translation>Wählen, wer spricht</translation>
    </message>
    <message>
        <source>Each turn of the respondent becomes a note, and each respondent a source. Say who the respondent is when the guess is wrong.</source>
        <translation>Jeder Beitrag der befragten Person wird eine Notiz und jede befragte Person eine Quelle. Geben Sie an, wer die befragte Person ist, wenn die Vermutung falsch ist.</translation>
    </message>
    <message>
        <source>Choose the kind of source</source>
        <translation>Die Art der Quelle wählen</translation>
    </message>
    <message>
        <source>Each paragraph or bullet point of the notes becomes a note; the whole file is one source.</source>
        <translation>Jeder Absatz oder Aufzählungspunkt der Notizen wird eine Notiz; die ganze Datei ist eine Quelle.</translation>
    </message>
    <message>
        <source>Skip paragraphs that say only “n/a”</source>
        <translation>Absätze überspringen, in denen nur „n/a“ steht</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare personas</source>
        <translation>Personas vergleichen</translation>
    </message>
    <message>
        <source>Personas to compare</source>
        <translation>Zu vergleichende Personas</translation>
    </message>
    <message>
        <source>Personas side by side</source>
        <translation>Personas nebeneinander</translation>
    </message>
    <message>
        <source>Tick two or more personas to compare them.</source>
        <translation>Haken Sie zwei oder mehr Personas an, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Archetype</source>
        <translation>Archetyp</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Role and context</source>
        <translation>Rolle und Kontext</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence check</source>
        <translation>Belegprüfung</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <source> (source: {0})</source>
        <translation> (Quelle: {0})</translation>
    </message>
    <message>
        <source>reviewed {0}</source>
        <translation>geprüft am {0}</translation>
    </message>
    <message>
        <source> by {0}</source>
        <translation> von {0}</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>Paste %n note</source>
        <comment>Paste %n notes</comment>
        <translation>
            <numerusform>%n Notiz einfügen</numerusform>
            <numerusform>%n Notizen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n note</source>
        <comment>Cut %n notes</comment>
        <translation>
            <numerusform>%n Notiz ausschneiden</numerusform>
            <numerusform>%n Notizen ausschneiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n note; it had a source this workshop does not have and is now an assumption.</source>
        <comment>Pasted %n notes; {k} of them had a source this workshop does not have and are now assumptions.</comment>
        <translation>
            <numerusform>%n Notiz eingefügt; sie hatte eine Quelle, die es in diesem Workshop nicht gibt, und ist jetzt eine Annahme.</numerusform>
            <numerusform>%n Notizen eingefügt; {k} davon hatten eine Quelle, die es in diesem Workshop nicht gibt, und sind jetzt Annahmen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <comment>%n notes</comment>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote</source>
        <comment>%n votes</comment>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n note</source>
        <comment>Copied %n notes</comment>
        <translation>
            <numerusform>%n Notiz kopiert</numerusform>
            <numerusform>%n Notizen kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n note</source>
        <comment>{0} of %n notes</comment>
        <translation>
            <numerusform>{0} von %n Notiz</numerusform>
            <numerusform>{0} von %n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste note</source>
        <comment>Paste %n notes</comment>
        <translation>
            <numerusform>Notiz einfügen</numerusform>
            <numerusform>%n Notizen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add picture</source>
        <comment>Add %n pictures</comment>
        <translation>
            <numerusform>Bild hinzufügen</numerusform>
            <numerusform>%n Bilder hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move cluster</source>
        <comment>Move %n clusters</comment>
        <translation>
            <numerusform>Cluster verschieben</numerusform>
            <numerusform>%n Cluster verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move note</source>
        <comment>Move %n notes</comment>
        <translation>
            <numerusform>Notiz verschieben</numerusform>
            <numerusform>%n Notizen verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete note</source>
        <comment>Delete %n notes</comment>
        <translation>
            <numerusform>Notiz löschen</numerusform>
            <numerusform>%n Notizen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove cluster</source>
        <comment>Remove %n clusters</comment>
        <translation>
            <numerusform>Cluster entfernen</numerusform>
            <numerusform>%n Cluster entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move note into “{title}”</source>
        <comment>Move %n notes into “{title}”</comment>
        <translation>
            <numerusform>Notiz in „{title}“ verschieben</numerusform>
            <numerusform>%n Notizen in „{title}“ verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take note out of “{title}”</source>
        <comment>Take %n notes out of “{title}”</comment>
        <translation>
            <numerusform>Notiz aus „{title}“ herausnehmen</numerusform>
            <numerusform>%n Notizen aus „{title}“ herausnehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The only {0} sheet for the first poster</source>
        <comment>First sheet (row 1, column 1) of %n {0} sheets for the first poster</comment>
        <translation>
            <numerusform>Das einzige {0}-Blatt für das erste Poster</numerusform>
            <numerusform>Erstes Blatt (Reihe 1, Spalte 1) von %n {0}-Blättern für das erste Poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot</source>
        <comment>%n dots</comment>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot each</source>
        <comment>%n dots each</comment>
        <translation>
            <numerusform>je %n Punkt</numerusform>
            <numerusform>je %n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>+%n more</comment>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: {0} has used their %n dot · Tab: next person</source>
        <comment>Voting: {0} has used all %n dots · Tab: next person</comment>
        <translation>
            <numerusform>Abstimmung: {0} hat %n Punkt vergeben · Tab: nächste Person</numerusform>
            <numerusform>Abstimmung: {0} hat alle %n Punkte vergeben · Tab: nächste Person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One voting round kept; open dot voting to see its results.</source>
        <comment>%n voting rounds kept; open dot voting to compare them.</comment>
        <translation>
            <numerusform>Eine Abstimmungsrunde gespeichert; öffnen Sie die Punktabstimmung, um ihre Ergebnisse zu sehen.</numerusform>
            <numerusform>%n Abstimmungsrunden gespeichert; öffnen Sie die Punktabstimmung, um sie zu vergleichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting open: “{0}”, %n vote cast.</source>
        <comment>Voting open: “{0}”, %n votes cast.</comment>
        <translation>
            <numerusform>Abstimmung offen: „{0}“, %n Stimme abgegeben.</numerusform>
            <numerusform>Abstimmung offen: „{0}“, %n Stimmen abgegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: {0} of %n vote cast, {1} each, on {2}.</source>
        <comment>Open: {0} of %n votes cast, {1} each, on {2}.</comment>
        <translation>
            <numerusform>Offen: {0} von %n Stimme abgegeben, {1} je Person, über {2}.</numerusform>
            <numerusform>Offen: {0} von %n Stimmen abgegeben, {1} je Person, über {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended: %n vote cast on {0}.</source>
        <comment>Ended: %n votes cast on {0}.</comment>
        <translation>
            <numerusform>Beendet: %n Stimme abgegeben über {0}.</numerusform>
            <numerusform>Beendet: %n Stimmen abgegeben über {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} has used the %n vote of this round.</source>
        <comment>{0} has used all %n votes in this round.</comment>
        <translation>
            <numerusform>{0} hat die %n Stimme dieser Runde verbraucht.</numerusform>
            <numerusform>{0} hat alle %n Stimmen dieser Runde verbraucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n Note</source>
        <comment>&amp;Create %n Notes</comment>
        <translation>
            <numerusform>%n Notiz &amp;erstellen</numerusform>
            <numerusform>%n Notizen &amp;erstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column</source>
        <comment>%n columns</comment>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln speaker turn: {1}.</source>
        <comment>{0}: %Ln speaker turns: {1}.</comment>
        <translation>
            <numerusform>{0}: %Ln Gesprächsbeitrag: {1}.</numerusform>
            <numerusform>{0}: %Ln Gesprächsbeiträge: {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln paragraph or bullet point.</source>
        <comment>{0}: %Ln paragraphs or bullet points.</comment>
        <translation>
            <numerusform>{0}: %Ln Absatz oder Aufzählungspunkt.</numerusform>
            <numerusform>{0}: %Ln Absätze oder Aufzählungspunkte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row of data</source>
        <comment>%Ln rows of data</comment>
        <translation>
            <numerusform>%Ln Datenzeile</numerusform>
            <numerusform>%Ln Datenzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo</source>
        <comment>%n photos</comment>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source ({2}) moves from “{0}” to “{1}”</source>
        <comment>%n sources ({2}) move from “{0}” to “{1}”</comment>
        <translation>
            <numerusform>%n Quelle ({2}) wandert von „{0}“ zu „{1}“</numerusform>
            <numerusform>%n Quellen ({2}) wandern von „{0}“ zu „{1}“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note is now an assumption (Undo brings the source back)</source>
        <comment>%n notes are now assumptions (Undo brings the source back)</comment>
        <translation>
            <numerusform>%n Notiz ist jetzt eine Annahme (Rückgängig holt die Quelle zurück)</numerusform>
            <numerusform>%n Notizen sind jetzt Annahmen (Rückgängig holt die Quelle zurück)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note moves from “{0}” to “{1}”; “{0}” is removed.</source>
        <comment>%n notes move from “{0}” to “{1}”; “{0}” is removed.</comment>
        <translation>
            <numerusform>%n Notiz wandert von „{0}“ zu „{1}“; „{0}“ wird entfernt.</numerusform>
            <numerusform>%n Notizen wandern von „{0}“ zu „{1}“; „{0}“ wird entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read {0} of %Ln row…</source>
        <comment>Read {0} of %Ln rows…</comment>
        <translation>
            <numerusform>{0} von %Ln Zeile gelesen…</numerusform>
            <numerusform>{0} von %Ln Zeilen gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n turn)</source>
        <comment>{0} (%n turns)</comment>
        <translation>
            <numerusform>{0} (%n Beitrag)</numerusform>
            <numerusform>{0} (%n Beiträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona checked</source>
        <comment>%n personas checked</comment>
        <translation>
            <numerusform>%n Persona geprüft</numerusform>
            <numerusform>%n Personas geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n note on the board</source>
        <comment>Showing %n notes on the board</comment>
        <translation>
            <numerusform>%n Notiz wird auf der Pinnwand gezeigt</numerusform>
            <numerusform>%n Notizen werden auf der Pinnwand gezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source</source>
        <comment>%n sources</comment>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note chosen</source>
        <comment>%n notes chosen</comment>
        <translation>
            <numerusform>%n Notiz gewählt</numerusform>
            <numerusform>%n Notizen gewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent in this segment: {0}</source>
        <comment>%n respondents in this segment: {0}</comment>
        <translation>
            <numerusform>%n befragte Person in diesem Segment: {0}</numerusform>
            <numerusform>%n befragte Personen in diesem Segment: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone connected</source>
        <comment>%n phones connected</comment>
        <translation>
            <numerusform>%n Handy verbunden</numerusform>
            <numerusform>%n Handys verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona</source>
        <comment>%n personas</comment>
        <translation>
            <numerusform>%n Persona</numerusform>
            <numerusform>%n Personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <source>Photo: drag a rectangle around each sticky note</source>
        <translation>Foto: ziehen Sie ein Rechteck um jede Haftnotiz</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Photo crop area: arrow keys move the square</source>
        <translation>Zuschnitt des Fotos: die Pfeiltasten verschieben das Quadrat</translation>
    </message>
    <message>
        <source>Crop the persona&apos;s photo</source>
        <translation>Das Foto der Persona zuschneiden</translation>
    </message>
    <message>
        <source>Size of the square</source>
        <translation>Größe des Quadrats</translation>
    </message>
    <message>
        <source>&amp;Square</source>
        <translation>&amp;Quadrat</translation>
    </message>
    <message>
        <source>&amp;Circle</source>
        <translation>&amp;Kreis</translation>
    </message>
    <message>
        <source>Drag the square over the face (or use the arrow keys).</source>
        <translation>Ziehen Sie das Quadrat über das Gesicht (oder nutzen Sie die Pfeiltasten).</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>CropTool</name>
    <message>
        <source>Cut Photo into Notes</source>
        <extracomment>After the notes were made: the Change.</extracomment>
        <translation>Foto in Notizen zerschneiden</translation>
    </message>
    <message>
        <source>Drag a rectangle around each sticky note. Backspace removes the last one. Each note keeps a link to the whole photo.</source>
        <translation>Ziehen Sie ein Rechteck um jede Haftnotiz. Die Rücktaste entfernt das letzte. Jede Notiz behält einen Verweis auf das ganze Foto.</translation>
    </message>
    <message>
        <source>&amp;Remove Last</source>
        <translation>Letztes &amp;entfernen</translation>
    </message>
    <message>
        <source>Create Notes</source>
        <translation>Notizen erstellen</translation>
    </message>
    <message>
        <source>the photo</source>
        <translation>das Foto</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Select a note on the board to see its details.</source>
        <translation>Wählen Sie eine Notiz auf der Pinnwand, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Persona items citing this note</source>
        <translation>Persona-Einträge, die diese Notiz zitieren</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Beantwortet:</translation>
    </message>
    <message>
        <source>Source kind:</source>
        <translation>Art der Quelle:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>Befragte Person:</translation>
    </message>
    <message>
        <source>Study:</source>
        <translation>Studie:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Geschrieben von:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>Stimmen:</translation>
    </message>
    <message>
        <source>Cited by (double-click to open):</source>
        <translation>Zitiert von (Doppelklick zum Öffnen):</translation>
    </message>
    <message>
        <source>{0} notes selected.</source>
        <translation>{0} Notizen ausgewählt.</translation>
    </message>
    <message>
        <source>Assumption (no source)</source>
        <translation>Annahme (keine Quelle)</translation>
    </message>
    <message>
        <source>not in a cluster</source>
        <translation>in keinem Cluster</translation>
    </message>
    <message>
        <source>No persona cites this note yet.</source>
        <translation>Noch keine Persona zitiert diese Notiz.</translation>
    </message>
</context>
<context>
    <name>EmptyBoardHint</name>
    <message>
        <source>The board is empty. To add notes:
• double-click anywhere on the board
• press N and type
• paste text or pictures (Ctrl+V), or use File › Import Evidence…</source>
        <translation>Die Pinnwand ist leer. So fügen Sie Notizen hinzu:
• irgendwo auf die Pinnwand doppelklicken
• N drücken und schreiben
• Text oder Bilder einfügen (Strg+V) oder Datei › Belege importieren… verwenden</translation>
    </message>
</context>
<context>
    <name>EvidenceBadge</name>
    <message>
        <source>No evidence</source>
        <translation>Keine Belege</translation>
    </message>
    <message>
        <source>{0} · assumptions only</source>
        <translation>{0} · nur Annahmen</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Click to show these notes on the board.</source>
        <translation>Klicken, um diese Notizen auf der Pinnwand zu zeigen.</translation>
    </message>
    <message>
        <source>Drag notes or a cluster from the board onto this item.</source>
        <translation>Ziehen Sie Notizen oder einen Cluster von der Pinnwand auf diesen Eintrag.</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Belege: {0}</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>Beheben: {0}</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <source>Link evidence</source>
        <translation>Belege verknüpfen</translation>
    </message>
    <message>
        <source>Search notes and sources</source>
        <translation>Notizen und Quellen durchsuchen</translation>
    </message>
    <message>
        <source>Only notes from the clusters this persona was drafted from</source>
        <translation>Nur Notizen aus den Clustern, aus denen diese Persona entworfen wurde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>no source: an assumption</source>
        <translation>keine Quelle: eine Annahme</translation>
    </message>
    <message>
        <source>(image note)</source>
        <translation>(Bildnotiz)</translation>
    </message>
    <message>
        <source>Tick the notes that back: {0}</source>
        <translation>Haken Sie die Notizen an, die dies belegen: {0}</translation>
    </message>
    <message>
        <source>linked already</source>
        <translation>schon verknüpft</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Posters and Cards</source>
        <translation>Poster und Karten exportieren</translation>
    </message>
    <message>
        <source>Open the PDF after e&amp;xport</source>
        <translation>PDF nach dem E&amp;xport öffnen</translation>
    </message>
    <message>
        <source>What the export made is listed here.</source>
        <translation>Was der Export erzeugt hat, steht hier.</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Export-Meldungen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Die Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>First page: {0:.0f} × {1:.0f} mm</source>
        <translation>Erste Seite: {0:.0f} × {1:.0f} mm</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Nothing was exported: {0}</source>
        <translation>Nichts wurde exportiert: {0}</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>{0} exportiert</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Nothing was printed: {0}</source>
        <translation>Nichts wurde gedruckt: {0}</translation>
    </message>
    <message>
        <source>No page was sent to the printer.</source>
        <translation>Es wurde keine Seite an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>1 page sent to the printer.</source>
        <translation>1 Seite an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>{0} pages sent to the printer.</source>
        <translation>{0} Seiten an den Drucker geschickt.</translation>
    </message>
</context>
<context>
    <name>ExportFeature</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Persona posters, the persona deck or evidence cards as PDF</source>
        <translation>Persona-Poster, das Persona-Deck oder Belegkarten als PDF</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>&amp;Posters</source>
        <extracomment>Paper and orientation each kind starts with. What the notes list offers for cards (its item data: &quot;cluster:&lt;id&gt;&quot;, &quot;source:&lt;id&gt;&quot;).</extracomment>
        <translation>&amp;Poster</translation>
    </message>
    <message>
        <source>Persona &amp;deck</source>
        <translation>Persona-&amp;Deck</translation>
    </message>
    <message>
        <source>Evidence &amp;cards</source>
        <translation>Beleg&amp;karten</translation>
    </message>
    <message>
        <source>Personas to print</source>
        <translation>Zu druckende Personas</translation>
    </message>
    <message>
        <source>Co&amp;ver page</source>
        <translation>&amp;Titelseite</translation>
    </message>
    <message>
        <source>Evidence &amp;appendix (the notes behind each item)</source>
        <translation>Beleg&amp;anhang (die Notizen hinter jedem Eintrag)</translation>
    </message>
    <message>
        <source>{0} ({1:.0f} × {2:.0f} mm)</source>
        <translation>{0} ({1:.0f} × {2:.0f} mm)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Kräftig</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Ink saver</source>
        <translation>Tintensparend</translation>
    </message>
    <message>
        <source>None: one sheet per poster</source>
        <translation>Keine: ein Blatt pro Poster</translation>
    </message>
    <message>
        <source>On A4 sheets</source>
        <translation>Auf A4-Blättern</translation>
    </message>
    <message>
        <source>On Letter sheets</source>
        <translation>Auf Letter-Blättern</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>76 × 76 mm (square sticky note)</source>
        <translation>76 × 76 mm (quadratische Haftnotiz)</translation>
    </message>
    <message>
        <source>76 × 127 mm (tall sticky note)</source>
        <translation>76 × 127 mm (hohe Haftnotiz)</translation>
    </message>
    <message>
        <source>127 × 76 mm (wide sticky note)</source>
        <translation>127 × 76 mm (breite Haftnotiz)</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Pa&amp;pier:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>T&amp;iling:</source>
        <translation>&amp;Kacheln:</translation>
    </message>
    <message>
        <source>Over&amp;lap:</source>
        <translation>Über&amp;lappung:</translation>
    </message>
    <message>
        <source>Card si&amp;ze:</source>
        <translation>Karten&amp;größe:</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Persona ohne Namen</translation>
    </message>
    <message>
        <source> (proto-persona: marked assumption-based)</source>
        <translation> (Proto-Persona: als annahmenbasiert markiert)</translation>
    </message>
    <message>
        <source> (fails the evidence check: printed as not yet validated)</source>
        <translation> (besteht die Belegprüfung nicht: als noch nicht bestätigt gedruckt)</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (ausgemustert)</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>Noch keine Personas</translation>
    </message>
    <message>
        <source>All notes ({0})</source>
        <translation>Alle Notizen ({0})</translation>
    </message>
    <message>
        <source>Notes in no cluster ({0})</source>
        <translation>Notizen in keinem Cluster ({0})</translation>
    </message>
    <message>
        <source>Cluster: {0} ({1})</source>
        <translation>Cluster: {0} ({1})</translation>
    </message>
    <message>
        <source>Source: {0} ({1})</source>
        <translation>Quelle: {0} ({1})</translation>
    </message>
    <message>
        <source>Cards on {0} sheets, with cut marks; note text at least {1:g} pt.</source>
        <translation>Karten auf {0} Blättern, mit Schnittmarken; Notiztext mindestens {1:g} pt.</translation>
    </message>
    <message>
        <source>No text on {0} is smaller than {1:g} pt.</source>
        <translation>Kein Text auf {0} ist kleiner als {1:g} pt.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Detect automatically</source>
        <extracomment>(shown name, codec) offered for a file whose encoding is guessed wrong; the names are marked for the window&apos;s catalogue (``FilePage`` translates them where shown).</extracomment>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Mitteleuropäisch)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (Kyrillisch)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <extracomment>How long typing in the path pauses before the file is previewed.</extracomment>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <source>A CSV, TSV or Excel export, a transcript (.vtt, .srt, Zoom, Teams or Otter text) or interview notes, verbatim or not, as text or Markdown. For a table, say below where the column names are.</source>
        <translation>Ein CSV-, TSV- oder Excel-Export, ein Transkript (.vtt, .srt, Text aus Zoom, Teams oder Otter) oder Interviewnotizen, wörtlich oder nicht, als Text oder Markdown. Bei einer Tabelle geben Sie unten an, wo die Spaltennamen stehen.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Die zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Textkodierung</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>Row with the column names</source>
        <translation>Zeile mit den Spaltennamen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>First row of data</source>
        <translation>Erste Datenzeile</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>Column &amp;names in row:</source>
        <translation>Spalten&amp;namen in Zeile:</translation>
    </message>
    <message>
        <source>&amp;Data starts at row:</source>
        <translation>&amp;Daten beginnen in Zeile:</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find notes…</source>
        <extracomment>Changes to these rename or add filter entries (a respondent&apos;s new attribute value too). The ids of matching notes, or None when nothing is being looked for. Show this note (the next or previous match).</extracomment>
        <translation>Notizen finden…</translation>
    </message>
    <message>
        <source>Find notes containing</source>
        <translation>Notizen finden, die dies enthalten</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Notizen filtern</translation>
    </message>
    <message>
        <source>Matching notes</source>
        <translation>Passende Notizen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Alle Notizen</translation>
    </message>
    <message>
        <source>Assumptions (no source)</source>
        <translation>Annahmen (keine Quelle)</translation>
    </message>
    <message>
        <source>Not yet in a cluster</source>
        <translation>Noch in keinem Cluster</translation>
    </message>
    <message>
        <source>Not linked to any persona</source>
        <translation>Mit keiner Persona verknüpft</translation>
    </message>
    <message>
        <source>Kind: {0}</source>
        <translation>Art: {0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Quelle: {0}</translation>
    </message>
    <message>
        <source>Author: {0}</source>
        <translation>Autor: {0}</translation>
    </message>
    <message>
        <source>Cluster: {0}</source>
        <translation>Cluster: {0}</translation>
    </message>
    <message>
        <source>Study: {0}</source>
        <translation>Studie: {0}</translation>
    </message>
    <message>
        <source>Respondent: {0}</source>
        <translation>Befragte Person: {0}</translation>
    </message>
    <message>
        <source>Respondents with {0}</source>
        <translation>Befragte mit {0}</translation>
    </message>
</context>
<context>
    <name>FrameForm</name>
    <message>
        <source>Workshop title</source>
        <extracomment>Metrics offered as boxes; anything else the facilitator types goes in &quot;Other metrics&quot;.</extracomment>
        <translation>Titel des Workshops</translation>
    </message>
    <message>
        <source>Goal of the workshop</source>
        <translation>Ziel des Workshops</translation>
    </message>
    <message>
        <source>What should the personas help us decide?</source>
        <translation>Bei welchen Entscheidungen sollen die Personas helfen?</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Target segments</source>
        <translation>Zielsegmente</translation>
    </message>
    <message>
        <source>e.g. young families, freelancers</source>
        <translation>z. B. junge Familien, Freiberufler</translation>
    </message>
    <message>
        <source>Other metrics, separated by commas</source>
        <translation>Weitere Kennzahlen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>other metrics, comma separated</source>
        <translation>weitere Kennzahlen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Onboarding and UX</source>
        <translation>Onboarding und UX</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Botschaften</translation>
    </message>
    <message>
        <source>Content strategy</source>
        <translation>Content-Strategie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Ausbau</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Decisions to inform:</source>
        <translation>Zu unterstützende Entscheidungen:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>Target &amp;segments:</source>
        <translation>Ziel&amp;segmente:</translation>
    </message>
    <message>
        <source>Metrics that matter:</source>
        <translation>Wichtige Kennzahlen:</translation>
    </message>
    <message>
        <source>Posters and decks &amp;in:</source>
        <translation>Poster und Decks &amp;in:</translation>
    </message>
    <message>
        <source>A workshop needs a title; the old one is kept.</source>
        <translation>Ein Workshop braucht einen Titel; der alte bleibt.</translation>
    </message>
    <message>
        <source>Language of the posters and decks</source>
        <translation>Sprache der Poster und Decks</translation>
    </message>
    <message>
        <source>The program&apos;s language</source>
        <translation>Sprache des Programms</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Evidence</source>
        <extracomment>Rows tried as the header row when looking for a remembered mapping. After a successful import: the ImportSummary and the Change. Every record of the file, not split into header and data. The records split at the chosen header row (None until read, or on an error). (header row, question row) as found in the file read (survey_headers).</extracomment>
        <translation>Belege importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import evidence from</source>
        <translation>Belege importieren aus</translation>
    </message>
    <message>
        <source>Research files (*.csv *.tsv *.tab *.txt *.md *.markdown *.xlsx *.xlsm);;Spreadsheets (*.csv *.tsv *.xlsx *.xlsm);;Text and Markdown (*.txt *.md);;All files (*)</source>
        <translation>Recherchedateien (*.csv *.tsv *.tab *.txt *.md *.markdown *.xlsx *.xlsm);;Tabellen (*.csv *.tsv *.xlsx *.xlsm);;Text und Markdown (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose where the data is.</source>
        <translation>Wählen Sie, wo die Daten sind.</translation>
    </message>
    <message>
        <source>encoding {0}</source>
        <translation>Kodierung {0}</translation>
    </message>
    <message>
        <source>sheet “{0}”</source>
        <translation>Tabellenblatt „{0}“</translation>
    </message>
    <message>
        <source>The choices made last time for these columns are proposed.</source>
        <translation>Die beim letzten Mal für diese Spalten getroffene Wahl wird vorgeschlagen.</translation>
    </message>
    <message>
        <source>{0}: 1 turn, speaker not named.</source>
        <translation>{0}: 1 Beitrag, sprechende Person nicht genannt.</translation>
    </message>
    <message>
        <source>{0}: {1:,} turns, speaker not named.</source>
        <translation>{0}: {1:,} Beiträge, sprechende Person nicht genannt.</translation>
    </message>
    <message>
        <source>speaker not named</source>
        <translation>sprechende Person nicht genannt</translation>
    </message>
    <message>
        <source>Nothing can be imported: {0}.</source>
        <translation>Nichts kann importiert werden: {0}.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>The first notes (who said what):</source>
        <translation>Die ersten Notizen (wer was gesagt hat):</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>IntakeFeature</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&amp;Import Evidence…</source>
        <translation>Belege &amp;importieren…</translation>
    </message>
    <message>
        <source>Notes and sources from a CSV, TSV or Excel export, or a text file</source>
        <translation>Notizen und Quellen aus einem CSV-, TSV- oder Excel-Export oder einer Textdatei</translation>
    </message>
    <message>
        <source>Import &amp;Photos…</source>
        <translation>F&amp;otos importieren…</translation>
    </message>
    <message>
        <source>Photos of a sticky-note wall as image notes</source>
        <translation>Fotos einer Haftnotizwand als Bildnotizen</translation>
    </message>
    <message>
        <source>Draw a rectangle around each sticky note of a photo: one image note each</source>
        <translation>Ein Rechteck um jede Haftnotiz eines Fotos ziehen: je eine Bildnotiz</translation>
    </message>
    <message>
        <source>Import Evidence</source>
        <translation>Belege importieren</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <source>Cut a photo into notes</source>
        <translation>Ein Foto in Notizen zerschneiden</translation>
    </message>
    <message>
        <source>Import Photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <source>Cut a Photo into Notes</source>
        <translation>Ein Foto in Notizen zerschneiden</translation>
    </message>
    <message>
        <source>Cu&amp;t a Photo into Notes…</source>
        <translation>Ein Foto in No&amp;tizen zerschneiden…</translation>
    </message>
    <message>
        <source>the photo</source>
        <translation>das Foto</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite the Room</source>
        <translation>Den Raum einladen</translation>
    </message>
    <message>
        <source>Participants join from their phones&apos; browsers over this network: no internet, no app, no account. Nothing leaves this laptop.</source>
        <translation>Die Teilnehmenden machen über dieses Netzwerk im Browser ihres Handys mit: ohne Internet, ohne App, ohne Konto. Nichts verlässt diesen Laptop.</translation>
    </message>
    <message>
        <source>Network the phones are on</source>
        <translation>Netzwerk, in dem die Handys sind</translation>
    </message>
    <message>
        <source>Source of the phones&apos; notes</source>
        <translation>Quelle der Notizen von den Handys</translation>
    </message>
    <message>
        <source>Workshop — team knowledge (an assumption)</source>
        <translation>Workshop — Wissen des Teams (eine Annahme)</translation>
    </message>
    <message>
        <source>Phones may &amp;add a name to the participants</source>
        <translation>Handys dürfen den Teilnehmenden einen Namen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>Notes &amp;come from:</source>
        <translation>Notizen &amp;kommen von:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
</context>
<context>
    <name>InvitePanel</name>
    <message>
        <source>The Room Is Invited</source>
        <extracomment>The facilitator pressed Stop.</extracomment>
        <translation>Der Raum ist eingeladen</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, or open:</source>
        <translation>Den Code mit der Handykamera scannen oder öffnen:</translation>
    </message>
    <message>
        <source>Address for the phones</source>
        <translation>Adresse für die Handys</translation>
    </message>
    <message>
        <source>Phones connected</source>
        <translation>Verbundene Handys</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Stop Inviting</source>
        <translation>Einladung &amp;beenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this window; phones stay connected</source>
        <translation>Dieses Fenster schließen; die Handys bleiben verbunden</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Drag to move this item (or Alt+Up / Alt+Down)</source>
        <translation>Ziehen, um diesen Eintrag zu verschieben (oder Alt+Hoch / Alt+Runter)</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>Item actions</source>
        <translation>Aktionen für den Eintrag</translation>
    </message>
    <message>
        <source>Link or unlink evidence, move or delete this item</source>
        <translation>Belege verknüpfen oder lösen, diesen Eintrag verschieben oder löschen</translation>
    </message>
    <message>
        <source>Metric kind</source>
        <translation>Art der Kennzahl</translation>
    </message>
    <message>
        <source>Baseline, e.g. 31%</source>
        <translation>Ausgangswert, z. B. 31 %</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target, e.g. 40%</source>
        <translation>Zielwert, z. B. 40 %</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Link evidence…</source>
        <translation>Belege verknüpfen…</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Belege lösen</translation>
    </message>
    <message>
        <source>Show the evidence on the board</source>
        <translation>Die Belege auf der Pinnwand zeigen</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Change metric kind</source>
        <translation>Art der Kennzahl ändern</translation>
    </message>
    <message>
        <source>Unlink all</source>
        <translation>Alle lösen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Edit baseline</source>
        <translation>Ausgangswert bearbeiten</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Zielwert bearbeiten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop</source>
        <extracomment>Emitted after a workshop is opened (with the session) and after it closes (None).</extracomment>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workshop</source>
        <translation>&amp;Demo-Workshop öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Workshop</source>
        <extracomment>Import and export (from the features) go above this line, Close and Quit below.</extracomment>
        <translation>Workshop s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Take back the last change to the workshop</source>
        <translation>Die letzte Änderung am Workshop zurücknehmen</translation>
    </message>
    <message>
        <source>Make again the change just taken back</source>
        <translation>Die eben zurückgenommene Änderung wieder ausführen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key of every command, in one list</source>
        <translation>Jede Taste jedes Befehls, in einer Liste</translation>
    </message>
    <message>
        <source>&amp;About Persona Workshop</source>
        <translation>Ü&amp;ber Persona Workshop</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <extracomment>The panels&apos; toggles go above this line, the features&apos; view actions below.</extracomment>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>Workshop title:</source>
        <translation>Titel des Workshops:</translation>
    </message>
    <message>
        <source>Create workshop file</source>
        <translation>Workshop-Datei anlegen</translation>
    </message>
    <message>
        <source>The workshop could not be created</source>
        <translation>Der Workshop konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Save &amp;a Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>The demo could not be opened</source>
        <translation>Die Demo konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>{0}

Open it read-only to look at it?</source>
        <translation>{0}

Schreibgeschützt öffnen, um ihn anzusehen?</translation>
    </message>
    <message>
        <source>The workshop could not be opened</source>
        <translation>Der Workshop konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Opened with a note</source>
        <translation>Mit einem Hinweis geöffnet</translation>
    </message>
    <message>
        <source>{0} copy</source>
        <translation>{0} Kopie</translation>
    </message>
    <message>
        <source>Save a copy of the workshop</source>
        <translation>Eine Kopie des Workshops speichern</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Die Kopie konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved a copy as {0}</source>
        <translation>Kopie gespeichert als {0}</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>Über {0}</translation>
    </message>
    <message>
        <source>Persona workshops (*.pwshop);;All files (*)</source>
        <translation>Persona-Workshops (*.pwshop);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Workshops opened lately</source>
        <translation>Zuletzt geöffnete Workshops</translation>
    </message>
    <message>
        <source>Workshops you open are listed here</source>
        <translation>Hier stehen die Workshops, die Sie öffnen</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>What the merge does</source>
        <translation>Was das Zusammenführen bewirkt</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merge report</source>
        <translation>Bericht zum Zusammenführen</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Overview map of the board</source>
        <extracomment>The map covers at most this share of the board&apos;s area (a laptop or HiDPI screen).</extracomment>
        <translation>Übersichtskarte der Pinnwand</translation>
    </message>
    <message>
        <source>Overview: click or drag to go to a part of the board</source>
        <translation>Übersicht: klicken oder ziehen, um zu einem Teil der Pinnwand zu gehen</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note text</source>
        <extracomment>Text typed or pasted past the cap was left out (the message shown).</extracomment>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>A note holds at most {n} characters; the rest was left out.</source>
        <translation>Eine Notiz fasst höchstens {n} Zeichen; der Rest wurde weggelassen.</translation>
    </message>
</context>
<context>
    <name>OutputChoice</name>
    <message>
        <source>Replace the file?</source>
        <translation>Die Datei ersetzen?</translation>
    </message>
    <message>
        <source>{0} exists already. Replace it?</source>
        <translation>{0} gibt es schon. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Name of a participant</source>
        <translation>Name einer teilnehmenden Person</translation>
    </message>
    <message>
        <source>New participant&apos;s name</source>
        <translation>Name der neuen teilnehmenden Person</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Change the participant&apos;s colour</source>
        <translation>Die Farbe der teilnehmenden Person ändern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the participant</source>
        <translation>Die teilnehmende Person entfernen</translation>
    </message>
    <message>
        <source>&amp;Writing as:</source>
        <translation>&amp;Schreibt als:</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen der teilnehmenden Person ein.</translation>
    </message>
    <message>
        <source>A participant needs a name; the old one is kept.</source>
        <translation>Eine teilnehmende Person braucht einen Namen; der alte bleibt.</translation>
    </message>
    <message>
        <source>Participant colour</source>
        <translation>Farbe der teilnehmenden Person</translation>
    </message>
</context>
<context>
    <name>PersonaActions</name>
    <message>
        <source>&amp;New Persona</source>
        <translation>&amp;Neue Persona</translation>
    </message>
    <message>
        <source>New Persona from &amp;Selected Clusters</source>
        <translation>Neue Persona aus gewählten &amp;Clustern</translation>
    </message>
    <message>
        <source>Draft a persona from the clusters selected on the board: their notes become its evidence pool</source>
        <translation>Eine Persona aus den auf der Pinnwand gewählten Clustern entwerfen: ihre Notizen werden ihr Belegpool</translation>
    </message>
    <message>
        <source>&amp;Duplicate Persona</source>
        <translation>Persona &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename Persona</source>
        <translation>Persona &amp;umbenennen</translation>
    </message>
    <message>
        <source>De&amp;lete Persona</source>
        <translation>Persona &amp;löschen</translation>
    </message>
    <message>
        <source>Move Persona &amp;Up</source>
        <translation>Persona nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Persona Do&amp;wn</source>
        <translation>Persona nach un&amp;ten</translation>
    </message>
    <message>
        <source>C&amp;ompare Personas…</source>
        <translation>Personas ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>Persona &amp;Colour</source>
        <translation>Persona-&amp;Farbe</translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation>Andere Farbe…</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Persona-Farbe</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Add a persona and type its name</source>
        <translation>Eine Persona hinzufügen und ihren Namen eingeben</translation>
    </message>
    <message>
        <source>Copy the persona chosen in the list, with its items</source>
        <translation>Die in der Liste gewählte Persona mit ihren Einträgen kopieren</translation>
    </message>
    <message>
        <source>Rename the persona chosen in the list (F2 in the list)</source>
        <translation>Die in der Liste gewählte Persona umbenennen (F2 in der Liste)</translation>
    </message>
    <message>
        <source>Delete the persona chosen in the list</source>
        <translation>Die in der Liste gewählte Persona löschen</translation>
    </message>
    <message>
        <source>Move the persona chosen in the list up (the deck&apos;s order)</source>
        <translation>Die in der Liste gewählte Persona nach oben schieben (Reihenfolge im Deck)</translation>
    </message>
    <message>
        <source>Move the persona chosen in the list down</source>
        <translation>Die in der Liste gewählte Persona nach unten schieben</translation>
    </message>
    <message>
        <source>Compare personas side by side (two or more)</source>
        <translation>Personas nebeneinander vergleichen (zwei oder mehr)</translation>
    </message>
    <message>
        <source>The colour of the persona chosen in the list</source>
        <translation>Die Farbe der in der Liste gewählten Persona</translation>
    </message>
    <message>
        <source>New B2B buyer</source>
        <translation>Neue B2B-Käufer-Persona</translation>
    </message>
    <message>
        <source>New proto-persona</source>
        <translation>Neue Proto-Persona</translation>
    </message>
    <message>
        <source>Select one or more clusters on the board first, then draft a persona.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Cluster auf der Pinnwand, dann entwerfen Sie eine Persona.</translation>
    </message>
    <message>
        <source>Persona from {0}</source>
        <translation>Persona aus {0}</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (Kopie)</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Neu: {0}</translation>
    </message>
    <message>
        <source>Deleted the persona &apos;{0}&apos;. Edit &gt; Undo brings it back.</source>
        <translation>Die Persona „{0}“ wurde gelöscht. Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>Persona umbenennen</translation>
    </message>
    <message>
        <source>Change persona colour</source>
        <translation>Persona-Farbe ändern</translation>
    </message>
</context>
<context>
    <name>PersonaDetails</name>
    <message>
        <source>The segment it stands for</source>
        <translation>Das Segment, für das sie steht</translation>
    </message>
    <message>
        <source>Respondents in this segment</source>
        <translation>Befragte in diesem Segment</translation>
    </message>
    <message>
        <source>e.g. about 40% of sign-ups</source>
        <translation>z. B. etwa 40 % der Anmeldungen</translation>
    </message>
    <message>
        <source>e.g. analytics, 2025 Q1</source>
        <translation>z. B. Analytics, Q1 2025</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Reviewed today</source>
        <translation>Heute geprüft</translation>
    </message>
    <message>
        <source>Who keeps it up to date</source>
        <translation>Wer sie aktuell hält</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size estimate</source>
        <translation>Geschätzte Größe</translation>
    </message>
    <message>
        <source>Source of the number</source>
        <translation>Quelle der Zahl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Change persona status</source>
        <translation>Persona-Status ändern</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Name des Segments</translation>
    </message>
    <message>
        <source>Segment size estimate</source>
        <translation>Geschätzte Größe des Segments</translation>
    </message>
    <message>
        <source>Where the size comes from</source>
        <translation>Woher die Größe stammt</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>A persona humanises a segment; it does not replace it.</source>
        <translation>Eine Persona macht ein Segment menschlich; sie ersetzt es nicht.</translation>
    </message>
    <message>
        <source>Status and review</source>
        <translation>Status und Prüfung</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>Segment bearbeiten</translation>
    </message>
    <message>
        <source>Edit segment size</source>
        <translation>Segmentgröße bearbeiten</translation>
    </message>
    <message>
        <source>Edit segment size source</source>
        <translation>Quelle der Segmentgröße bearbeiten</translation>
    </message>
    <message>
        <source>Edit owner</source>
        <translation>Verantwortliche Person bearbeiten</translation>
    </message>
    <message>
        <source>Set last reviewed date</source>
        <translation>Datum der letzten Prüfung setzen</translation>
    </message>
    <message>
        <source>Respondents&apos; segments: {0}</source>
        <translation>Segmente der Befragten: {0}</translation>
    </message>
    <message>
        <source>No respondent is in this segment (theirs: {0})</source>
        <translation>Keine befragte Person ist in diesem Segment (ihre: {0})</translation>
    </message>
</context>
<context>
    <name>PersonaEditor</name>
    <message>
        <source>Choose a persona in the list, or create one to start drafting.</source>
        <translation>Wählen Sie eine Persona in der Liste oder legen Sie eine an, um mit dem Entwurf zu beginnen.</translation>
    </message>
    <message>
        <source>Choose the persona&apos;s photo</source>
        <translation>Das Foto der Persona wählen</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Drafted from: {0} ({1}). Link evidence offers these notes first.</source>
        <translation>Entworfen aus: {0} ({1}). „Belege verknüpfen“ bietet diese Notizen zuerst an.</translation>
    </message>
    <message>
        <source>clusters no longer on the board</source>
        <translation>Cluster, die nicht mehr auf der Pinnwand sind</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>This photo cannot be used</source>
        <translation>Dieses Foto kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>the persona&apos;s photo</source>
        <translation>das Foto der Persona</translation>
    </message>
    <message>
        <source>Note: {0} ({1})</source>
        <translation>Notiz: {0} ({1})</translation>
    </message>
    <message>
        <source>Cluster: {0}</source>
        <translation>Cluster: {0}</translation>
    </message>
</context>
<context>
    <name>PersonaFeature</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Evidence Check</source>
        <translation>Belegprüfung</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
</context>
<context>
    <name>PersonaFields</name>
    <message>
        <source>Role and context: who they are, their situation</source>
        <translation>Rolle und Kontext: wer sie ist, ihre Situation</translation>
    </message>
    <message>
        <source>Persona name</source>
        <translation>Name der Persona</translation>
    </message>
    <message>
        <source>Archetype label, e.g. Time-poor planner</source>
        <translation>Archetyp, z. B. Planerin mit wenig Zeit</translation>
    </message>
    <message>
        <source>Archetype label</source>
        <translation>Archetyp</translation>
    </message>
    <message>
        <source>A quote in their words, from the research</source>
        <translation>Ein Zitat in ihren Worten, aus der Recherche</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Role and context</source>
        <translation>Rolle und Kontext</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>Persona umbenennen</translation>
    </message>
    <message>
        <source>Edit archetype</source>
        <translation>Archetyp bearbeiten</translation>
    </message>
    <message>
        <source>Edit quote</source>
        <translation>Zitat bearbeiten</translation>
    </message>
    <message>
        <source>Edit role and context</source>
        <translation>Rolle und Kontext bearbeiten</translation>
    </message>
</context>
<context>
    <name>PersonaList</name>
    <message>
        <source>not checked (retired)</source>
        <translation>nicht geprüft (ausgemustert)</translation>
    </message>
    <message>
        <source>fails the check, {0}% well evidenced</source>
        <translation>besteht die Prüfung nicht, {0} % gut belegt</translation>
    </message>
    <message>
        <source>Persona name</source>
        <translation>Name der Persona</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>passes the check, {0}% well evidenced</source>
        <translation>besteht die Prüfung, {0} % gut belegt</translation>
    </message>
    <message>
        <source>fails the check (allowed for a proto-persona), {0}% evidenced</source>
        <translation>besteht die Prüfung nicht (für eine Proto-Persona erlaubt), {0} % belegt</translation>
    </message>
</context>
<context>
    <name>PersonaPhoto</name>
    <message>
        <source>Persona photo</source>
        <translation>Persona-Foto</translation>
    </message>
    <message>
        <source>Choose, crop or remove the persona&apos;s photo</source>
        <translation>Das Foto der Persona wählen, zuschneiden oder entfernen</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Ein Foto wählen…</translation>
    </message>
    <message>
        <source>Crop the photo again…</source>
        <translation>Das Foto neu zuschneiden…</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Das Foto entfernen</translation>
    </message>
</context>
<context>
    <name>Personas</name>
    <message>
        <source>assumption-based</source>
        <translation>annahmenbasiert</translation>
    </message>
    <message>
        <source>Proto-persona, assumption-based: built from what the team believes, not from research. It may fail the evidence check; test each assumption, then draft a research-based persona.</source>
        <translation>Proto-Persona, annahmenbasiert: gebaut aus dem, was das Team glaubt, nicht aus Recherche. Sie darf die Belegprüfung nicht bestehen; prüfen Sie jede Annahme und entwerfen Sie dann eine recherchebasierte Persona.</translation>
    </message>
    <message>
        <source>Role and context: who they are, their situation</source>
        <translation>Rolle und Kontext: wer sie ist, ihre Situation</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Persona ohne Namen</translation>
    </message>
    <message>
        <source>Role and context: job title, team, company size, who signs off</source>
        <translation>Rolle und Kontext: Berufsbezeichnung, Team, Unternehmensgröße, wer freigibt</translation>
    </message>
    <message>
        <source>Which metric?</source>
        <translation>Welche Kennzahl?</translation>
    </message>
    <message>
        <source>User persona</source>
        <translation>Nutzer-Persona</translation>
    </message>
    <message>
        <source>B2B buyer persona</source>
        <translation>B2B-Käufer-Persona</translation>
    </message>
    <message>
        <source>Proto-persona (assumption-based)</source>
        <translation>Proto-Persona (annahmenbasiert)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Motivationen</translation>
    </message>
    <message>
        <source>Pain points and fears</source>
        <translation>Schmerzpunkte und Ängste</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Context of use</source>
        <translation>Nutzungskontext</translation>
    </message>
    <message>
        <source>Buying triggers</source>
        <translation>Kaufauslöser</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Entscheidungskriterien</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Einwände</translation>
    </message>
    <message>
        <source>Jobs to be done</source>
        <translation>Jobs to be done</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Success metric</source>
        <translation>Erfolgskennzahl</translation>
    </message>
    <message>
        <source>Linked metrics</source>
        <translation>Verknüpfte Kennzahlen</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Weitere Details</translation>
    </message>
    <message>
        <source>Add a goal: what their team must achieve this year</source>
        <translation>Ein Ziel hinzufügen: was ihr Team dieses Jahr erreichen muss</translation>
    </message>
    <message>
        <source>Add a trigger: the event that starts a purchase (new budget…)</source>
        <translation>Einen Auslöser hinzufügen: das Ereignis, das einen Kauf anstößt (neues Budget…)</translation>
    </message>
    <message>
        <source>Add a criterion the buying group weighs (price, integration, security…)</source>
        <translation>Ein Kriterium hinzufügen, das die Einkaufsgruppe abwägt (Preis, Integration, Sicherheit…)</translation>
    </message>
    <message>
        <source>Add an objection that would stop the purchase</source>
        <translation>Einen Einwand hinzufügen, der den Kauf stoppen würde</translation>
    </message>
    <message>
        <source>Add a channel: where they compare vendors</source>
        <translation>Einen Kanal hinzufügen: wo sie Anbieter vergleichen</translation>
    </message>
    <message>
        <source>Add a goal: what are they trying to achieve?</source>
        <translation>Ein Ziel hinzufügen: was wollen sie erreichen?</translation>
    </message>
    <message>
        <source>Add a motivation: why does it matter to them?</source>
        <translation>Eine Motivation hinzufügen: warum ist es ihnen wichtig?</translation>
    </message>
    <message>
        <source>Add a pain point or fear</source>
        <translation>Einen Schmerzpunkt oder eine Angst hinzufügen</translation>
    </message>
    <message>
        <source>Add a constraint: time, money, skills, rules…</source>
        <translation>Eine Einschränkung hinzufügen: Zeit, Geld, Fähigkeiten, Regeln…</translation>
    </message>
    <message>
        <source>Add a context: where, when, on what device?</source>
        <translation>Einen Kontext hinzufügen: wo, wann, auf welchem Gerät?</translation>
    </message>
    <message>
        <source>Add a trigger: what makes them look for a solution?</source>
        <translation>Einen Auslöser hinzufügen: was bringt sie dazu, nach einer Lösung zu suchen?</translation>
    </message>
    <message>
        <source>Add a decision criterion: how do they choose?</source>
        <translation>Ein Entscheidungskriterium hinzufügen: wie wählen sie?</translation>
    </message>
    <message>
        <source>Add an objection: what makes them hesitate?</source>
        <translation>Einen Einwand hinzufügen: was lässt sie zögern?</translation>
    </message>
    <message>
        <source>Add a job: when …, I want to …, so I can …</source>
        <translation>Einen Job hinzufügen: Wenn …, möchte ich …, damit ich …</translation>
    </message>
    <message>
        <source>Add a channel: where do they learn and compare?</source>
        <translation>Einen Kanal hinzufügen: wo informieren und vergleichen sie?</translation>
    </message>
    <message>
        <source>What success looks like, e.g. finish weekly review in under 10 minutes</source>
        <translation>Wie Erfolg aussieht, z. B. den Wochenrückblick in unter 10 Minuten schaffen</translation>
    </message>
    <message>
        <source>Add a linked metric: how does this persona move it?</source>
        <translation>Eine verknüpfte Kennzahl hinzufügen: wie bewegt diese Persona sie?</translation>
    </message>
    <message>
        <source>Add a detail (only one that changes a decision)</source>
        <translation>Ein Detail hinzufügen (nur eines, das eine Entscheidung ändert)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Ausbau</translation>
    </message>
    <message>
        <source>Other metric</source>
        <translation>Andere Kennzahl</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>support ticket</source>
        <translation>Support-Ticket</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>other source</source>
        <translation>andere Quelle</translation>
    </message>
    <message>
        <source>team opinion</source>
        <translation>Meinung des Teams</translation>
    </message>
    <message>
        <source>{0} (assumption-based)</source>
        <translation>{0} (annahmenbasiert)</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>This laptop only — 127.0.0.1</source>
        <translation>Nur dieser Laptop — 127.0.0.1</translation>
    </message>
</context>
<context>
    <name>PhotoIntake</name>
    <message>
        <source>Preparing photos…</source>
        <extracomment>When an import ends: the ImportSummary (``notes`` 0 when nothing was added).</extracomment>
        <translation>Fotos werden vorbereitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import Photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <source>Preparing photo {0} of {1}…</source>
        <translation>Foto {0} von {1} wird vorbereitet…</translation>
    </message>
    <message>
        <source>the photos could not be saved</source>
        <translation>die Fotos konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>No photos were imported.</source>
        <translation>Es wurden keine Fotos importiert.</translation>
    </message>
</context>
<context>
    <name>PresenterContent</name>
    <message>
        <source>{0} (so far)</source>
        <translation>{0} (bisher)</translation>
    </message>
    <message>
        <source>{0} (result)</source>
        <translation>{0} (Ergebnis)</translation>
    </message>
    <message>
        <source>passes the check, {0}% well evidenced</source>
        <translation>besteht die Prüfung, {0} % gut belegt</translation>
    </message>
    <message>
        <source>fails the check, {0}% well evidenced</source>
        <translation>besteht die Prüfung nicht, {0} % gut belegt</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Unbenannte Persona</translation>
    </message>
    <message>
        <source>Voting on clusters: “{0}”</source>
        <translation>Abstimmung über Cluster: „{0}“</translation>
    </message>
    <message>
        <source>Voting on notes: “{0}”</source>
        <translation>Abstimmung über Notizen: „{0}“</translation>
    </message>
    <message>
        <source>(photo note)</source>
        <translation>(Fotonotiz)</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
    </message>
    <message>
        <source>Cluster {0} of {1}</source>
        <translation>Cluster {0} von {1}</translation>
    </message>
    <message>
        <source>Untitled cluster</source>
        <translation>Cluster ohne Titel</translation>
    </message>
    <message>
        <source>{0} from {1} so far</source>
        <translation>{0} bisher, dahinter {1}</translation>
    </message>
    <message>
        <source>{0} of {1} cast</source>
        <translation>{0} von {1} vergeben</translation>
    </message>
    <message>
        <source>{0} so far, none from research</source>
        <translation>{0} bisher, keine aus der Recherche</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>+{0} weitere</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Target segments</source>
        <translation>Zielsegmente</translation>
    </message>
    <message>
        <source>Decisions to inform</source>
        <translation>Zu unterstützende Entscheidungen</translation>
    </message>
    <message>
        <source>Metrics that matter</source>
        <translation>Wichtige Kennzahlen</translation>
    </message>
    <message>
        <source>Persona {0} of {1}</source>
        <translation>Persona {0} von {1}</translation>
    </message>
    <message>
        <source>{0}–{1} of {2}</source>
        <translation>{0}–{1} von {2}</translation>
    </message>
</context>
<context>
    <name>PresenterInvite</name>
    <message>
        <source>Invite the Room…</source>
        <extracomment>The code&apos;s share of the presenter view&apos;s height. The facilitator asks to invite the room (the button).</extracomment>
        <translation>Den Raum einladen …</translation>
    </message>
</context>
<context>
    <name>PresenterKeys</name>
    <message>
        <source>Next, previous cluster or persona</source>
        <translation>Nächster, voriger Cluster oder Persona</translation>
    </message>
    <message>
        <source>Page through its notes or items</source>
        <translation>Durch die Notizen oder Einträge blättern</translation>
    </message>
    <message>
        <source>First, last cluster or persona</source>
        <translation>Erster, letzter Cluster oder Persona</translation>
    </message>
    <message>
        <source>Bigger, smaller, normal type</source>
        <translation>Schrift größer, kleiner, normal</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Den Timer starten oder anhalten</translation>
    </message>
    <message>
        <source>Full screen on and off</source>
        <translation>Vollbild ein und aus</translation>
    </message>
    <message>
        <source>Close the presenter view</source>
        <translation>Die Präsentationsansicht schließen</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <extracomment>Body text as a share of the window&apos;s height at normal zoom (34 px at 1080 px). Kept for callers that speak of the smallest text. Below this the window is too small to matter (a test, a thumbnail); text stays legible. The results column&apos;s share of the width, when there are results. The cluster (Cluster stage) or persona (later stages) the room sees; None: first. The stage and cluster or persona shown: another one starts on its first page.</extracomment>
        <translation>Präsentationsansicht</translation>
    </message>
    <message>
        <source>cluster</source>
        <extracomment>A panel beside the rest (the QR code inviting the room&apos;s phones), or None.</extracomment>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>→ ← next/previous {0}</source>
        <translation>→ ← nächste/vorige {0}</translation>
    </message>
    <message>
        <source>↓ ↑ PgDown PgUp more notes</source>
        <translation>↓ ↑ PgDown PgUp weitere Notizen</translation>
    </message>
    <message>
        <source>↓ ↑ PgDown PgUp more items</source>
        <translation>↓ ↑ PgDown PgUp weitere Einträge</translation>
    </message>
    <message>
        <source>Ctrl+= / Ctrl+- type size</source>
        <translation>Strg+= / Strg+- Schriftgröße</translation>
    </message>
    <message>
        <source>F11 full screen</source>
        <translation>F11 Vollbild</translation>
    </message>
    <message>
        <source>Esc close</source>
        <translation>Esc schließen</translation>
    </message>
    <message>
        <source>Presenter view — {0}</source>
        <translation>Präsentationsansicht — {0}</translation>
    </message>
</context>
<context>
    <name>PreviewMaker</name>
    <message>
        <source>The preview could not be made: {0}</source>
        <extracomment>A preview job: print the first page into the buffer. The longest side of the rendered preview image, in pixels. A new preview image (or message) is ready. The first page&apos;s size in millimetres (width, height), once known. Why there is no preview (e.g. &quot;Choose at least one persona&quot;), or &quot;&quot;.</extracomment>
        <translation>Die Vorschau konnte nicht erstellt werden: {0}</translation>
    </message>
    <message>
        <source>the page could not be drawn</source>
        <translation>die Seite konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Preview of the first page</source>
        <translation>Vorschau der ersten Seite</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The PDF made for printing could not be read back.</source>
        <translation>Das zum Drucken erstellte PDF konnte nicht wieder gelesen werden.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code of the address {0}</source>
        <translation>QR-Code der Adresse {0}</translation>
    </message>
</context>
<context>
    <name>RankedList</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Note or cluster</source>
        <translation>Notiz oder Cluster</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Abstimmungsergebnisse</translation>
    </message>
</context>
<context>
    <name>RespondentDialog</name>
    <message>
        <source>Edit Respondent</source>
        <translation>Befragte Person bearbeiten</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>e.g. P3</source>
        <translation>z. B. P3</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>A&amp;dd Attribute</source>
        <translation>Merkmal &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Attribute</source>
        <translation>Merkmal &amp;entfernen</translation>
    </message>
    <message>
        <source>Notes about the respondent</source>
        <translation>Anmerkungen zur befragten Person</translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Pseudonym:</translation>
    </message>
    <message>
        <source>&amp;Attributes:</source>
        <translation>&amp;Merkmale:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anmerkungen:</translation>
    </message>
</context>
<context>
    <name>RespondentsList</name>
    <message>
        <source>Respondents</source>
        <extracomment>Changes to these tables change what the list shows.</extracomment>
        <translation>Befragte</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Befragte Person</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Edit Respondent…</source>
        <translation>Befragte Person &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>Zusammen&amp;führen in…</translation>
    </message>
    <message>
        <source>&amp;Delete Respondent</source>
        <translation>Befragte Person &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Show Notes on Board</source>
        <translation>Notizen auf der Pinnwand zei&amp;gen</translation>
    </message>
    <message>
        <source>Edit the pseudonym and attributes of the respondent</source>
        <translation>Pseudonym und Merkmale der befragten Person bearbeiten</translation>
    </message>
    <message>
        <source>Two respondents who are the same person become one (Ctrl+M)</source>
        <translation>Zwei Befragte, die dieselbe Person sind, werden eine (Strg+M)</translation>
    </message>
    <message>
        <source>Delete the selected respondents; their sources stay, with no one</source>
        <translation>Die ausgewählten Befragten löschen; ihre Quellen bleiben, ohne befragte Person</translation>
    </message>
    <message>
        <source>Select the notes of the selected respondents</source>
        <translation>Die Notizen der ausgewählten Befragten auswählen</translation>
    </message>
    <message>
        <source>Heard in: {0}</source>
        <translation>Gehört in: {0}</translation>
    </message>
    <message>
        <source>{0}; “{1}” is removed.</source>
        <translation>{0}; „{1}“ wird entfernt.</translation>
    </message>
    <message>
        <source>“{0}” takes the attributes it lacks: {1}.</source>
        <translation>„{0}“ übernimmt die Merkmale, die fehlen: {1}.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings them back as they were.</source>
        <translation>Rückgängig (Strg+Z) stellt sie wieder her, wie sie waren.</translation>
    </message>
    <message>
        <source>Merge Respondents</source>
        <translation>Befragte zusammenführen</translation>
    </message>
    <message>
        <source>These are the same person. Keep:</source>
        <translation>Das ist dieselbe Person. Behalten:</translation>
    </message>
    <message>
        <source>Merged {0} respondents into one</source>
        <translation>{0} Befragte zu einer Person zusammengeführt</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Safety copies of {0}. The one you pick is saved as a new file next to it.</source>
        <translation>Sicherheitskopien von {0}. Die gewählte wird als neue Datei daneben gespeichert.</translation>
    </message>
    <message>
        <source>Safety copies</source>
        <translation>Sicherheitskopien</translation>
    </message>
    <message>
        <source>There are no safety copies of this workshop yet.</source>
        <translation>Von diesem Workshop gibt es noch keine Sicherheitskopien.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
</context>
<context>
    <name>RoundComparison</name>
    <message>
        <source>Voting rounds side by side</source>
        <translation>Abstimmungsrunden nebeneinander</translation>
    </message>
    <message>
        <source>Note or cluster</source>
        <translation>Notiz oder Cluster</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
</context>
<context>
    <name>RoundForm</name>
    <message>
        <source>Name of the new voting round</source>
        <extracomment>The id of the round just started.</extracomment>
        <translation>Name der neuen Abstimmungsrunde</translation>
    </message>
    <message>
        <source>e.g. Most painful</source>
        <translation>z. B. Am schmerzhaftesten</translation>
    </message>
    <message>
        <source>Vote on notes or on clusters</source>
        <translation>Über Notizen oder über Cluster abstimmen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Votes per participant</source>
        <translation>Stimmen pro teilnehmender Person</translation>
    </message>
    <message>
        <source>Show tallies while voting</source>
        <translation>Zwischenstände während der Abstimmung zeigen</translation>
    </message>
    <message>
        <source>Untick to hide the counts until the round ends, so nobody follows the crowd.</source>
        <translation>Haken entfernen, um die Zahlen bis zum Rundenende zu verbergen, damit niemand der Menge folgt.</translation>
    </message>
    <message>
        <source>&amp;Start round</source>
        <translation>Runde &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Vote &amp;on:</source>
        <translation>Abstimmen &amp;über:</translation>
    </message>
    <message>
        <source>&amp;Votes each:</source>
        <translation>&amp;Stimmen je Person:</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>Runde {0}</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Add to {0}</source>
        <translation>Zu {0} hinzufügen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Die Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>e.g. Interview 7 — nurse, night shift</source>
        <translation>z. B. Interview 7 — Pflegekraft, Nachtschicht</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Datiert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>A file name, a link, a ticket number…</source>
        <translation>Ein Dateiname, ein Link, eine Ticketnummer…</translation>
    </message>
    <message>
        <source>Notes about the source</source>
        <translation>Notizen zur Quelle</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Filter sources</source>
        <extracomment>The data of the &quot;Assumptions&quot; row (notes with no source). Changes to these tables rename a source&apos;s study or respondent. Below this width of the list (pixels) the respondent and study columns are hidden (both are named in the source&apos;s tooltip).</extracomment>
        <translation>Quellen filtern</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Befragte Person</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>&amp;Add Source…</source>
        <translation>Quelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Source…</source>
        <translation>Quelle &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Assign &amp;to Selected Notes</source>
        <translation>Den gewählten Notizen zu&amp;ordnen</translation>
    </message>
    <message>
        <source>Ma&amp;ke Selected Notes Assumptions</source>
        <translation>Gewählte Notizen zu &amp;Annahmen machen</translation>
    </message>
    <message>
        <source>Two or more sources selected in this list that are the same become one</source>
        <translation>Zwei oder mehr in dieser Liste ausgewählte Quellen, die dieselbe sind, werden eine</translation>
    </message>
    <message>
        <source>Respondent: {0}</source>
        <translation>Befragte Person: {0}</translation>
    </message>
    <message>
        <source>Study: {0}</source>
        <translation>Studie: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>“{0}” has no notes; it is removed.</source>
        <translation>„{0}“ hat keine Notizen; sie wird entfernt.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings them back as they were.</source>
        <translation>Rückgängig (Strg+Z) stellt sie wieder her, wie sie waren.</translation>
    </message>
    <message>
        <source>These are the same source. Keep:</source>
        <translation>Das ist dieselbe Quelle. Behalten:</translation>
    </message>
    <message>
        <source>Merge &amp;Respondents Into…</source>
        <translation>Befragte zusa&amp;mmenführen in…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>Zusammen&amp;führen in…</translation>
    </message>
    <message>
        <source>&amp;Delete Source</source>
        <translation>Quelle &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Show Notes on Board</source>
        <translation>Notizen auf der Pinnwand zei&amp;gen</translation>
    </message>
    <message>
        <source>Add an interview, survey or other source notes can cite</source>
        <translation>Ein Interview, eine Umfrage oder eine andere Quelle hinzufügen, die Notizen zitieren können</translation>
    </message>
    <message>
        <source>Edit the source selected in this list</source>
        <translation>Die in dieser Liste gewählte Quelle bearbeiten</translation>
    </message>
    <message>
        <source>The respondents of the sources selected in this list are one person: merge them into one</source>
        <translation>Die befragten Personen der in dieser Liste gewählten Quellen sind eine Person: zu einer zusammenführen</translation>
    </message>
    <message>
        <source>Delete the sources selected in this list; their notes become assumptions</source>
        <translation>Die in dieser Liste gewählten Quellen löschen; ihre Notizen werden Annahmen</translation>
    </message>
    <message>
        <source>Give the notes selected on the board the source selected in this list</source>
        <translation>Den auf der Pinnwand gewählten Notizen die in dieser Liste gewählte Quelle geben</translation>
    </message>
    <message>
        <source>Make the notes selected on the board assumptions (no source)</source>
        <translation>Die auf der Pinnwand gewählten Notizen zu Annahmen machen (keine Quelle)</translation>
    </message>
    <message>
        <source>Select the notes of the selected sources on the board</source>
        <translation>Die Notizen der gewählten Quellen auf der Pinnwand auswählen</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>&amp;Respondents</source>
        <translation>&amp;Befragte</translation>
    </message>
    <message>
        <source>The people interviewed or surveyed, with their attributes</source>
        <translation>Die interviewten oder befragten Personen, mit ihren Merkmalen</translation>
    </message>
    <message>
        <source>Assumptions (no source)</source>
        <translation>Annahmen (keine Quelle)</translation>
    </message>
    <message>
        <source>Notes with no source: claims without research behind them</source>
        <translation>Notizen ohne Quelle: Behauptungen ohne Recherche dahinter</translation>
    </message>
    <message>
        <source>Merge Sources</source>
        <translation>Quellen zusammenführen</translation>
    </message>
    <message>
        <source>Merged {0} sources into one</source>
        <translation>{0} Quellen zu einer zusammengeführt</translation>
    </message>
    <message>
        <source>Assign source</source>
        <translation>Quelle zuordnen</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Frame</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clustern</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validieren</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Stage {0} of {1}</source>
        <translation>Phase {0} von {1}</translation>
    </message>
</context>
<context>
    <name>StagePanel</name>
    <message>
        <source>Stage panel</source>
        <extracomment>Lines each Frame checklist line always takes (see the module&apos;s docstring).</extracomment>
        <translation>Phasen-Leiste</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Aktuelle Phase</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Tools for this stage</source>
        <translation>Werkzeuge für diese Phase</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Erledigt: {0}</translation>
    </message>
    <message>
        <source>To do: {0}</source>
        <translation>Offen: {0}</translation>
    </message>
</context>
<context>
    <name>StageTools</name>
    <message>
        <source>&amp;Writing as:</source>
        <translation>&amp;Schreibt als:</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Teilnehmende…</translation>
    </message>
    <message>
        <source>Dot &amp;voting…</source>
        <translation>Punkt&amp;abstimmung…</translation>
    </message>
    <message>
        <source>Open the &amp;persona editor</source>
        <translation>Den &amp;Persona-Editor öffnen</translation>
    </message>
    <message>
        <source>Show the evidence &amp;check</source>
        <translation>Die Beleg&amp;prüfung zeigen</translation>
    </message>
    <message>
        <source>&amp;Export posters and cards…</source>
        <translation>Poster und Karten &amp;exportieren…</translation>
    </message>
    <message>
        <source>P&amp;resenter view</source>
        <translation>P&amp;räsentationsansicht</translation>
    </message>
    <message>
        <source>Dot-vote what matters most: start a round on notes or clusters.</source>
        <translation>Per Punktabstimmung klären, was am wichtigsten ist: eine Runde über Notizen oder Cluster starten.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Turn research evidence into customer personas, together, in one room.</source>
        <translation>Aus Recherche-Belegen gemeinsam Kunden-Personas machen, in einem Raum.</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Neuer Workshop…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Die Demo öffnen</translation>
    </message>
    <message>
        <source>Start an empty workshop file</source>
        <translation>Eine leere Workshop-Datei beginnen</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>Eine Workshop-Datei öffnen</translation>
    </message>
    <message>
        <source>A budgeting-app team&apos;s workshop</source>
        <translation>Der Workshop eines Teams für eine Haushaltsbuch-App</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Zuletzt geöffnete Workshops</translation>
    </message>
    <message>
        <source>Workshops you open will be listed here.</source>
        <translation>Hier stehen die Workshops, die Sie öffnen.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>What will be imported, and what will be left out and why.</source>
        <translation>Was importiert wird, und was weggelassen wird und warum.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung des Imports</translation>
    </message>
    <message>
        <source>Working out what to import…</source>
        <translation>Es wird ermittelt, was importiert wird…</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <source>Time left</source>
        <extracomment>Time-up and warning colours; both hold at least 4.5:1 against their background.</extracomment>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Den Timer zurücksetzen</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>Add one minute</source>
        <translation>Eine Minute hinzufügen</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <source>Add five minutes</source>
        <translation>Fünf Minuten hinzufügen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Timebox of this stage, in minutes</source>
        <translation>Zeitrahmen dieser Phase, in Minuten</translation>
    </message>
    <message>
        <source>&amp;Timebox:</source>
        <translation>&amp;Zeitrahmen:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Den Timer anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Den Timer starten</translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <source>Cluster title</source>
        <translation>Cluster-Titel</translation>
    </message>
</context>
<context>
    <name>VoteOverlay</name>
    <message>
        <source>This cluster got {0} and ranks #{1}, tied in this round.</source>
        <translation>Dieser Cluster hat {0} und liegt in dieser Runde gleichauf auf Platz {1}.</translation>
    </message>
    <message>
        <source>This cluster got {0} and ranks #{1} in this round.</source>
        <translation>Dieser Cluster hat {0} und liegt in dieser Runde auf Platz {1}.</translation>
    </message>
    <message>
        <source>This note got {0} and ranks #{1}, tied in this round.</source>
        <translation>Diese Notiz hat {0} und liegt in dieser Runde gleichauf auf Platz {1}.</translation>
    </message>
    <message>
        <source>This note got {0} and ranks #{1} in this round.</source>
        <translation>Diese Notiz hat {0} und liegt in dieser Runde auf Platz {1}.</translation>
    </message>
    <message>
        <source>This note has {0} so far in the open round.</source>
        <translation>Diese Notiz hat in der offenen Runde bisher {0}.</translation>
    </message>
    <message>
        <source>This cluster has {0} so far in the open round.</source>
        <translation>Dieser Cluster hat in der offenen Runde bisher {0}.</translation>
    </message>
</context>
<context>
    <name>VotingMode</name>
    <message>
        <source>Not voting: clicks on the board select notes.</source>
        <translation>Keine Abstimmung: Klicks auf die Pinnwand wählen Notizen aus.</translation>
    </message>
    <message>
        <source>Voting: add participants first (Participants panel).</source>
        <translation>Abstimmung: Fügen Sie zuerst Teilnehmende hinzu (Leiste „Teilnehmende“).</translation>
    </message>
    <message>
        <source>Voting: click a cluster to give {0}&apos;s dot · {1} of {2} left</source>
        <translation>Abstimmung: Klicken Sie auf einen Cluster, um einen Punkt von {0} zu vergeben · {1} von {2} übrig</translation>
    </message>
    <message>
        <source>Voting: click a note to give {0}&apos;s dot · {1} of {2} left</source>
        <translation>Abstimmung: Klicken Sie auf eine Notiz, um einen Punkt von {0} zu vergeben · {1} von {2} übrig</translation>
    </message>
    <message>
        <source>Voting: click a cluster to take back one of {0}&apos;s dots · {1} of {2} left</source>
        <translation>Abstimmung: Klicken Sie auf einen Cluster, um einen Punkt von {0} zurückzunehmen · {1} von {2} übrig</translation>
    </message>
    <message>
        <source>Voting: click a note to take back one of {0}&apos;s dots · {1} of {2} left</source>
        <translation>Abstimmung: Klicken Sie auf eine Notiz, um einen Punkt von {0} zurückzunehmen · {1} von {2} übrig</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Voting round</source>
        <translation>Abstimmungsrunde</translation>
    </message>
    <message>
        <source>&amp;Delete round</source>
        <translation>Runde &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Wer abstimmt</translation>
    </message>
    <message>
        <source>Esc</source>
        <extracomment>Voting mode: clicks on the board are dots (see ``round_mode``).</extracomment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>On the board while voting: Tab / Shift+Tab next / previous person, 1–9 the person with that number, Esc stops voting.</source>
        <translation>Auf der Pinnwand während der Abstimmung: Tab / Umschalt+Tab nächste / vorige Person, 1–9 die Person mit dieser Nummer, Esc beendet die Abstimmung.</translation>
    </message>
    <message>
        <source>Clicks &amp;take back a vote</source>
        <translation>Klicks nehmen eine Stimme &amp;zurück</translation>
    </message>
    <message>
        <source>Move to the next person when their votes are used</source>
        <translation>Zur nächsten Person wechseln, wenn ihre Stimmen verbraucht sind</translation>
    </message>
    <message>
        <source>Show &amp;tallies while voting</source>
        <translation>&amp;Zwischenstände während der Abstimmung zeigen</translation>
    </message>
    <message>
        <source>&amp;End round</source>
        <translation>Runde &amp;beenden</translation>
    </message>
    <message>
        <source>Show on the &amp;board</source>
        <translation>Auf der &amp;Pinnwand zeigen</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Neue Runde</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Runden vergleichen</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>Whether the panel is open (the feature says: its dock is not closed).</extracomment>
        <translation>offen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>the round ended</source>
        <translation>die Runde ist beendet</translation>
    </message>
    <message>
        <source>no round</source>
        <translation>keine Runde</translation>
    </message>
    <message>
        <source>No voting round yet: start one under “New round”.</source>
        <translation>Noch keine Abstimmungsrunde: starten Sie eine unter „Neue Runde“.</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Add participants first (Participants panel).</source>
        <translation>Fügen Sie zuerst Teilnehmende hinzu (Leiste „Teilnehmende“).</translation>
    </message>
    <message>
        <source>Tallies are hidden until the round ends.</source>
        <translation>Zwischenstände sind bis zum Rundenende verborgen.</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Ergebnisse:</translation>
    </message>
    <message>
        <source>Votes so far:</source>
        <translation>Bisherige Stimmen:</translation>
    </message>
    <message>
        <source>{0}. {1} — {2} left</source>
        <translation>{0}. {1} — noch {2}</translation>
    </message>
    <message>
        <source>Voting stopped: clicks on the board select again.</source>
        <translation>Abstimmung beendet: Klicks auf die Pinnwand wählen wieder aus.</translation>
    </message>
    <message>
        <source>Voting stopped ({0}): clicks on the board select again.</source>
        <translation>Abstimmung beendet ({0}): Klicks auf die Pinnwand wählen wieder aus.</translation>
    </message>
    <message>
        <source>&amp;Stop voting (Esc)</source>
        <translation>Abstimmung &amp;beenden (Esc)</translation>
    </message>
    <message>
        <source>&amp;Vote by clicking the board</source>
        <translation>Durch Klicks auf die Pinnwand &amp;abstimmen</translation>
    </message>
    <message>
        <source>{0} · Tab: next person · Esc: stop</source>
        <translation>{0} · Tab: nächste Person · Esc: beenden</translation>
    </message>
    <message>
        <source>This round is a vote on clusters: click a cluster.</source>
        <translation>In dieser Runde wird über Cluster abgestimmt: klicken Sie einen Cluster an.</translation>
    </message>
    <message>
        <source>This round is a vote on notes: click a note.</source>
        <translation>In dieser Runde wird über Notizen abgestimmt: klicken Sie eine Notiz an.</translation>
    </message>
    <message>
        <source>Add participants first, then choose who is voting.</source>
        <translation>Fügen Sie zuerst Teilnehmende hinzu und wählen Sie dann, wer abstimmt.</translation>
    </message>
    <message>
        <source>There is no vote of theirs here to take back.</source>
        <translation>Hier gibt es keine Stimme dieser Person zurückzunehmen.</translation>
    </message>
    <message>
        <source>{0} is voting now.</source>
        <translation>{0} stimmt jetzt ab.</translation>
    </message>
    <message>
        <source>Everyone has used their votes: end the round?</source>
        <translation>Alle haben ihre Stimmen verbraucht: die Runde beenden?</translation>
    </message>
    <message>
        <source>Show tallies</source>
        <translation>Zwischenstände zeigen</translation>
    </message>
    <message>
        <source>Hide tallies</source>
        <translation>Zwischenstände ausblenden</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>&amp;Previous Stage</source>
        <translation>&amp;Vorige Phase</translation>
    </message>
    <message>
        <source>&amp;Next Stage</source>
        <translation>&amp;Nächste Phase</translation>
    </message>
    <message>
        <source>&amp;Start Timer</source>
        <translation>Timer &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Reset Timer</source>
        <translation>Timer &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Add &amp;1 Minute</source>
        <translation>&amp;1 Minute hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;5 Minutes</source>
        <translation>&amp;5 Minuten hinzufügen</translation>
    </message>
    <message>
        <source>Presen&amp;ter View</source>
        <translation>P&amp;räsentationsansicht</translation>
    </message>
    <message>
        <source>Show the room the stage, the cluster or persona at hand and the timer (F5)</source>
        <translation>Dem Raum die Phase, den aktuellen Cluster oder die aktuelle Persona und den Timer zeigen (F5)</translation>
    </message>
    <message>
        <source>Dot &amp;Voting…</source>
        <translation>Punkt&amp;abstimmung…</translation>
    </message>
    <message>
        <source>P&amp;articipants…</source>
        <translation>&amp;Teilnehmende…</translation>
    </message>
    <message>
        <source>&amp;Go to Stage</source>
        <translation>Zur &amp;Phase</translation>
    </message>
    <message>
        <source>Stage timer: {0} left</source>
        <translation>Phasen-Timer: noch {0}</translation>
    </message>
    <message>
        <source>&amp;Pause Timer</source>
        <translation>Timer &amp;anhalten</translation>
    </message>
</context>
<context>
    <name>WorkshopUndo</name>
    <message>
        <source>Could not undo or redo: {0}</source>
        <translation>Rückgängig oder Wiederholen nicht möglich: {0}</translation>
    </message>
</context>
<context>
    <name>WritingAsCombo</name>
    <message>
        <source>Writing notes as</source>
        <extracomment>Colours given to new participants in turn: distinct, and dark enough for white text.</extracomment>
        <translation>Notizen schreiben als</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
</context>
<context>
    <name>ZoomControl</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom to 100% (Ctrl+1)</source>
        <translation>Auf 100 % zoomen (Strg+1)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Vergrößern (Strg+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show the whole board (Ctrl+0)</source>
        <translation>Die ganze Pinnwand zeigen (Strg+0)</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel Reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Stage: {0}</source>
        <extracomment>The persona the facilitator last showed in the editor (the room sees it too).</extracomment>
        <translation>Phase: {0}</translation>
    </message>
    <message>
        <source>No safety copy: {0}</source>
        <extracomment>How often a safety copy is taken while a workshop is open and has changed.</extracomment>
        <translation>Keine Sicherheitskopie: {0}</translation>
    </message>
    <message>
        <source>Invite the Room</source>
        <translation>Den Raum einladen</translation>
    </message>
    <message>
        <source>The room could not be invited on {0}: {1}</source>
        <translation>Der Raum konnte nicht über {0} eingeladen werden: {1}</translation>
    </message>
    <message>
        <source>The room is no longer invited</source>
        <translation>Der Raum ist nicht mehr eingeladen</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>The workshop could not be opened</source>
        <extracomment>Environment variable for smoke tests: quit this many milliseconds after starting. Exit status when the window did not show what was asked for. Exit status after Ctrl+C in the terminal that started the app (as the verbs).</extracomment>
        <translation>Der Workshop konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Note Details</source>
        <translation>Notizdetails</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>Pi&amp;nnwand</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Dot Voting</source>
        <translation>Punktabstimmung</translation>
    </message>
    <message>
        <source>Stage timer: time left</source>
        <translation>Phasen-Timer: verbleibende Zeit</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Merge breakout workshops</source>
        <translation>Workshops aus Kleingruppen zusammenführen</translation>
    </message>
    <message>
        <source>Persona workshops (*.pwshop);;All files (*)</source>
        <translation>Persona-Workshops (*.pwshop);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Which workshop were the breakout copies made from?</source>
        <translation>Aus welchem Workshop wurden die Kopien der Kleingruppen gemacht?</translation>
    </message>
    <message>
        <source>A change made in one place only is taken; the same thing changed in both is kept twice for you to choose. To tell which is which, the merge compares with the workshop as it was when the copies were made.</source>
        <translation>Eine Änderung, die nur an einer Stelle gemacht wurde, wird übernommen; dieselbe Sache, an beiden Stellen geändert, bleibt zweimal erhalten, damit Sie wählen. Um zu erkennen, was was ist, vergleicht das Zusammenführen mit dem Workshop, wie er war, als die Kopien gemacht wurden.</translation>
    </message>
    <message>
        <source>This Workshop, Unchanged Since</source>
        <translation>Dieser Workshop, unverändert seit</translation>
    </message>
    <message>
        <source>Choose the Original…</source>
        <translation>Das Original wählen…</translation>
    </message>
    <message>
        <source>The workshop the copies were made from</source>
        <translation>Der Workshop, aus dem die Kopien gemacht wurden</translation>
    </message>
    <message>
        <source>&amp;Merge Workshop…</source>
        <translation>Workshop zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <source>Bring breakout groups&apos; copies of this workshop into it</source>
        <translation>Die Kopien dieses Workshops aus den Kleingruppen in ihn übernehmen</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Open an automatic safety copy of a workshop as a new file</source>
        <translation>Eine automatische Sicherheitskopie eines Workshops als neue Datei öffnen</translation>
    </message>
    <message>
        <source>The safety copy could not be restored</source>
        <translation>Die Sicherheitskopie konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored the safety copy as {0}, next to the original</source>
        <translation>Sicherheitskopie als {0} wiederhergestellt, neben dem Original</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Each language named in itself, so it can be found whatever the window speaks.</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The window speaks {0} from the next start.</source>
        <translation>Das Fenster spricht ab dem nächsten Start {0}.</translation>
    </message>
    <message>
        <source>&amp;Invite the Room…</source>
        <translation>Den Raum &amp;einladen …</translation>
    </message>
    <message>
        <source>Let participants add notes and dots from their phones, over this network</source>
        <translation>Teilnehmende über dieses Netzwerk Notizen und Punkte vom Handy aus geben lassen</translation>
    </message>
    <message>
        <source>The workshop is open read-only</source>
        <translation>Der Workshop ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Phones connected</source>
        <translation>Verbundene Handys</translation>
    </message>
</context>
</TS>
