<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>About</source>
        <comment>Turn research evidence into customer personas, together, in one room.</comment>
        <translation>À propos</translation>
    </message>
    <message>
        <source>About</source>
        <comment>Built with:</comment>
        <translation>À propos</translation>
    </message>
    <message>
        <source>About</source>
        <comment>Bundled fonts and their licences: see resources/fonts/README.md.</comment>
        <translation>À propos</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <extracomment>Whether the overview map is shown (View menu), remembered across workshops and runs.</extracomment>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <source>Add a note and type into it (or double-click the board)</source>
        <translation>Ajouter une note et la saisir (ou double-cliquer sur le tableau)</translation>
    </message>
    <message>
        <source>&amp;Edit Note</source>
        <translation>&amp;Modifier la note</translation>
    </message>
    <message>
        <source>Edit the selected note&apos;s text or the selected cluster&apos;s title</source>
        <translation>Modifier le texte de la note sélectionnée ou le titre du groupe sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected notes; selected cluster frames are removed, their notes stay</source>
        <translation>Supprimer les notes sélectionnées&#xa0;; les cadres des groupes sélectionnés sont retirés, leurs notes restent</translation>
    </message>
    <message>
        <source>Select &amp;All Notes</source>
        <translation>Sélectionner &amp;toutes les notes</translation>
    </message>
    <message>
        <source>Select every note</source>
        <translation>Sélectionner toutes les notes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected notes and clusters</source>
        <translation>Copier les notes et les groupes sélectionnés</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>C&amp;ouper</translation>
    </message>
    <message>
        <source>Cut the selected notes and clusters</source>
        <translation>Couper les notes et les groupes sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Paste notes, pictures or text as notes</source>
        <translation>Coller des notes, des images ou du texte sous forme de notes</translation>
    </message>
    <message>
        <source>Cluste&amp;r Selected Notes</source>
        <translation>&amp;Grouper les notes sélectionnées</translation>
    </message>
    <message>
        <source>T&amp;idy Cluster</source>
        <translation>R&amp;anger le groupe</translation>
    </message>
    <message>
        <source>&amp;Bring to Front</source>
        <translation>Mettre au &amp;premier plan</translation>
    </message>
    <message>
        <source>Show Overview &amp;Map</source>
        <translation>Afficher la &amp;vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Move to Cluster</source>
        <translation>Déplacer dans un gro&amp;upe</translation>
    </message>
    <message>
        <source>R&amp;ename Cluster</source>
        <translation>&amp;Renommer le groupe</translation>
    </message>
    <message>
        <source>Remo&amp;ve Cluster Frame</source>
        <translation>Ret&amp;irer le cadre du groupe</translation>
    </message>
    <message>
        <source>Put the selected notes into a new cluster</source>
        <translation>Placer les notes sélectionnées dans un nouveau groupe</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>&amp;Dégrouper</translation>
    </message>
    <message>
        <source>Remove the selected clusters&apos; frames; their notes stay</source>
        <translation>Retirer le cadre des groupes sélectionnés&#xa0;; leurs notes restent</translation>
    </message>
    <message>
        <source>Arrange the notes of the selected clusters in a grid</source>
        <translation>Disposer en grille les notes des groupes sélectionnés</translation>
    </message>
    <message>
        <source>New Empty C&amp;luster</source>
        <translation>Nouveau groupe &amp;vide</translation>
    </message>
    <message>
        <source>Add an empty cluster frame to drag notes into</source>
        <translation>Ajouter un cadre de groupe vide où glisser des notes</translation>
    </message>
    <message>
        <source>Put the selected notes on top of the others</source>
        <translation>Placer les notes sélectionnées au-dessus des autres</translation>
    </message>
    <message>
        <source>&amp;Find Notes…</source>
        <translation>Rec&amp;hercher des notes…</translation>
    </message>
    <message>
        <source>Find notes by their text; filter by source, author or cluster</source>
        <translation>Rechercher des notes par leur texte&#xa0;; filtrer par source, auteur ou groupe</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom in (or Ctrl+wheel, or pinch)</source>
        <translation>Zoom avant (ou Ctrl+molette, ou pincement)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>Show the whole board</source>
        <translation>Afficher tout le tableau</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Zoom à 100&#xa0;%</translation>
    </message>
    <message>
        <source>Show a map of the whole board in its corner</source>
        <translation>Afficher un plan de tout le tableau dans son coin</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>Coul&amp;eur</translation>
    </message>
    <message>
        <source>Colour the selected notes and clusters</source>
        <translation>Colorer les notes et les groupes sélectionnés</translation>
    </message>
    <message>
        <source>Assign &amp;Source</source>
        <translation>Attri&amp;buer une source</translation>
    </message>
    <message>
        <source>Say which source the selected notes come from, or make them assumptions</source>
        <translation>Indiquer de quelle source viennent les notes sélectionnées, ou en faire des hypothèses</translation>
    </message>
    <message>
        <source>Put the selected notes into a cluster</source>
        <translation>Placer les notes sélectionnées dans un groupe</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>there is not enough memory to read this file</source>
        <translation>la mémoire disponible ne suffit pas pour lire ce fichier</translation>
    </message>
    <message>
        <source>the file could not be read ({0}: {1})</source>
        <translation>le fichier n’a pas pu être lu ({0}&#xa0;: {1})</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>picture missing</source>
        <translation>image manquante</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <source>Untitled cluster</source>
        <translation>Groupe sans titre</translation>
    </message>
    <message>
        <source>Paste as notes</source>
        <translation>Coller sous forme de notes</translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation>Non ajouté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Move notes and clusters</source>
        <translation>Déplacer des notes et des groupes</translation>
    </message>
    <message>
        <source>This workshop is open read-only; save a copy to make changes.</source>
        <translation>Cet atelier est ouvert en lecture seule&#xa0;; enregistrez-en une copie pour le modifier.</translation>
    </message>
    <message>
        <source>Assign source</source>
        <translation>Attribuer une source</translation>
    </message>
    <message>
        <source>Mark as assumption</source>
        <translation>Marquer comme hypothèse</translation>
    </message>
    <message>
        <source>Select the notes to put in a cluster first.</source>
        <translation>Sélectionnez d’abord les notes à placer dans un groupe.</translation>
    </message>
    <message>
        <source>Select a cluster (or a note in it) to ungroup.</source>
        <translation>Sélectionnez un groupe (ou l’une de ses notes) à dégrouper.</translation>
    </message>
    <message>
        <source>Select a cluster (or a note in it) to tidy.</source>
        <translation>Sélectionnez un groupe (ou l’une de ses notes) à ranger.</translation>
    </message>
    <message>
        <source>Edit note text</source>
        <translation>Modifier le texte de la note</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Redimensionner la note</translation>
    </message>
    <message>
        <source>Resize cluster</source>
        <translation>Redimensionner le groupe</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Recolour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <source>Set author</source>
        <translation>Définir l’auteur</translation>
    </message>
    <message>
        <source>Tidy cluster</source>
        <translation>Ranger le groupe</translation>
    </message>
    <message>
        <source>Take out of cluster</source>
        <translation>Sortir du groupe</translation>
    </message>
    <message>
        <source>the clipboard&apos;s picture cannot be read</source>
        <translation>l’image du presse-papiers est illisible</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>image collée</translation>
    </message>
    <message>
        <source>One note per line ({n})</source>
        <translation>Une note par ligne ({n})</translation>
    </message>
    <message>
        <source>One note per paragraph ({n})</source>
        <translation>Une note par paragraphe ({n})</translation>
    </message>
    <message>
        <source>One note per cell ({n})</source>
        <translation>Une note par cellule ({n})</translation>
    </message>
    <message>
        <source>{name}: only pictures can be dropped on the board</source>
        <translation>{name}&#xa0;: seules des images peuvent être déposées sur le tableau</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <source>INT</source>
        <translation>ENT</translation>
    </message>
    <message>
        <source>SURV</source>
        <translation>QUEST</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>USAGE</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>AUTRE</translation>
    </message>
    <message>
        <source>OPINION</source>
        <translation>AVIS</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation>Ticket de support</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Données d’usage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Assumption / team opinion</source>
        <translation>Hypothèse / avis de l’équipe</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>No Source (an Assumption)</source>
        <translation>Aucune source (une hypothèse)</translation>
    </message>
    <message>
        <source>(no sources yet)</source>
        <translation>(aucune source pour l’instant)</translation>
    </message>
    <message>
        <source>No Cluster</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>Untitled cluster</source>
        <translation>Groupe sans titre</translation>
    </message>
</context>
<context>
    <name>BoardExport</name>
    <message>
        <source>Export &amp;Board as PNG/PDF…</source>
        <translation>Exporter le &amp;tableau en PNG/PDF…</translation>
    </message>
    <message>
        <source>Save the whole board as a picture or a PDF to send round</source>
        <translation>Enregistrer tout le tableau en image ou en PDF à diffuser</translation>
    </message>
    <message>
        <source>Export Se&amp;lection as PNG/PDF…</source>
        <translation>Exporter la sé&amp;lection en PNG/PDF…</translation>
    </message>
    <message>
        <source>Save the selected notes and clusters as a picture or a PDF</source>
        <translation>Enregistrer les notes et les groupes sélectionnés en image ou en PDF</translation>
    </message>
    <message>
        <source>Export Board</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>{0} board.png</source>
        <translation>{0} tableau.png</translation>
    </message>
    <message>
        <source>board.png</source>
        <extracomment>Print resolution, and the board&apos;s own (one board unit is one pixel at 100%). Room around what is exported, in board units. A picture is kept within this many pixels (a huge board is drawn at a lower resolution rather than not at all): about 64 megapixels, 256 MB while it is drawn. No side of a picture is longer than this (what image viewers and PNG readers accept).</extracomment>
        <translation>tableau.png</translation>
    </message>
    <message>
        <source>Nothing was exported: {0}</source>
        <translation>Rien n’a été exporté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Saved as {0} (a board picture is a PNG or PDF)</source>
        <translation>Enregistré sous {0} (une image du tableau est un PNG ou un PDF)</translation>
    </message>
    <message>
        <source>Exported the board to {0}</source>
        <translation>Tableau exporté dans {0}</translation>
    </message>
    <message>
        <source>there is not enough memory for a picture this large</source>
        <translation>la mémoire ne suffit pas pour une image aussi grande</translation>
    </message>
    <message>
        <source>the picture could not be written there</source>
        <translation>l’image n’a pas pu être écrite à cet endroit</translation>
    </message>
    <message>
        <source>the PDF could not be written there</source>
        <translation>le PDF n’a pas pu être écrit à cet endroit</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Evidence board</source>
        <translation>Tableau des preuves</translation>
    </message>
    <message>
        <source>Double-click for a new note · drag a note onto a cluster to group it · drag a note by its marker to link it to a persona · space+drag to pan</source>
        <translation>Double-cliquer pour une nouvelle note · glisser une note sur un groupe pour l’y ranger · glisser une note par son repère pour la lier à une persona · Espace+glisser pour se déplacer</translation>
    </message>
    <message>
        <source>Those notes are no longer on the board.</source>
        <extracomment>A press on a frame&apos;s free inside, until it turns into a rubber band. Builds the context menu (the board feature sets it).</extracomment>
        <translation>Ces notes ne sont plus sur le tableau.</translation>
    </message>
    <message>
        <source>Question: {0}</source>
        <translation>Question&#xa0;: {0}</translation>
    </message>
    <message>
        <source>— assumption (no source)</source>
        <translation>— hypothèse (sans source)</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Evidence check findings</source>
        <translation>Constats de la vérification des preuves</translation>
    </message>
    <message>
        <source>Distinct sources an important item needs</source>
        <translation>Nombre de sources distinctes requis pour un élément important</translation>
    </message>
    <message>
        <source>Days before evidence counts as stale</source>
        <translation>Nombre de jours avant que des preuves soient périmées</translation>
    </message>
    <message>
        <source>Most items a section should hold</source>
        <translation>Nombre maximal d’éléments par section</translation>
    </message>
    <message>
        <source>Sources per key item</source>
        <translation>Sources par élément clé</translation>
    </message>
    <message>
        <source>Fresh for (days)</source>
        <translation>Fraîcheur (jours)</translation>
    </message>
    <message>
        <source>Items per section, at most</source>
        <translation>Éléments par section, au plus</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>The workshop&apos;s settings for the check</source>
        <translation>Les réglages de la vérification pour cet atelier</translation>
    </message>
    <message>
        <source>No personas to check yet.</source>
        <translation>Aucune persona à vérifier pour l’instant.</translation>
    </message>
    <message>
        <source>{0}: {1} pass, {2} blocking.</source>
        <translation>{0}&#xa0;: {1} sans blocage, {2} avec blocage.</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>Rien à corriger.</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>À corriger&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>Yellow</source>
        <extracomment>The names of the note colours (``NOTE_COLOURS``), marked for the window&apos;s catalogue (context &quot;Colours&quot;).</extracomment>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>Indigo</source>
        <extracomment>Colours offered for a persona (name, hex): distinct on a projector and in print. Their names, marked for the window&apos;s catalogue (context &quot;Colours&quot;).</extracomment>
        <translation>Indigo</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <source>Raspberry</source>
        <translation>Framboise</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Marron</translation>
    </message>
    <message>
        <source>Slate</source>
        <translation>Ardoise</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Choose the columns</source>
        <translation>Choisir les colonnes</translation>
    </message>
    <message>
        <source>Each filled cell of the text columns becomes a note. Each respondent or ticket becomes a source, or the whole file is one source.</source>
        <translation>Chaque cellule remplie des colonnes de texte devient une note. Chaque répondant ou ticket devient une source, ou le fichier entier forme une seule source.</translation>
    </message>
    <message>
        <source>Columns that become notes</source>
        <translation>Colonnes qui deviennent des notes</translation>
    </message>
    <message>
        <source>One note per row (join the chosen columns)</source>
        <translation>Une note par ligne (réunir les colonnes choisies)</translation>
    </message>
    <message>
        <source>Respondent or ticket column</source>
        <translation>Colonne du répondant ou du ticket</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Colonne de date</translation>
    </message>
    <message>
        <source>Skip empty cells and “n/a”</source>
        <translation>Ignorer les cellules vides et «&#xa0;n/a&#xa0;»</translation>
    </message>
    <message>
        <source>Respondent: whose words become notes</source>
        <translation>Répondant&#xa0;: la personne dont les propos deviennent des notes</translation>
    </message>
    <message>
        <source>Keep each answer&apos;s question (shown with the note)</source>
        <translation>Garder la question de chaque réponse (montrée avec la note)</translation>
    </message>
    <message>
        <source>&amp;Respondent:</source>
        <translation>&amp;Répondant&#xa0;:</translation>
    </message>
    <message>
        <source>Respondent / &amp;ticket:</source>
        <translation>Répondant / &amp;ticket&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind of source:</source>
        <translation>T&amp;ype de source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Note &amp;text from:</source>
        <translation>Te&amp;xte de la note tiré de&#xa0;:</translation>
    </message>
    <message>
        <source>Each paragraph or bullet point becomes a note.</source>
        <translation>Chaque paragraphe ou puce devient une note.</translation>
    </message>
    <message>
        <source>For example: {0}</source>
        <translation>Par exemple&#xa0;: {0}</translation>
    </message>
    <message>
        <source>None: one source for the whole file</source>
        <translation>Aucune&#xa0;: une seule source pour tout le fichier</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Some rows have more cells than there are headers (row {0}: {1}); join them back onto “{2}”</source>
        <translation>Certaines lignes ont plus de cellules que d’en-têtes (ligne {0}&#xa0;: {1})&#xa0;; les rattacher à «&#xa0;{2}&#xa0;»</translation>
    </message>
    <message>
        <source>Everyone but the interviewer (guessed)</source>
        <translation>Tout le monde sauf l’intervieweur (déduit)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Each turn of the respondent becomes a note; the interviewer&apos;s words, timestamps and [asides] are left out. The summary shows who said what.</source>
        <translation>Chaque prise de parole du répondant devient une note&#xa0;; les propos de l’intervieweur, les horodatages et les [apartés] sont écartés. Le récapitulatif montre qui a dit quoi.</translation>
    </message>
    <message>
        <source>Choose who speaks</source>
        <translation>Choisir qui parle</translation>
    </message>
    <message>
        <source>Each turn of the respondent becomes a note, and each respondent a source. Say who the respondent is when the guess is wrong.</source>
        <translation>Chaque prise de parole du répondant devient une note, et chaque répondant une source. Indiquez qui est le répondant si le choix proposé est faux.</translation>
    </message>
    <message>
        <source>Choose the kind of source</source>
        <translation>Choisir le type de source</translation>
    </message>
    <message>
        <source>Each paragraph or bullet point of the notes becomes a note; the whole file is one source.</source>
        <translation>Chaque paragraphe ou puce des notes devient une note&#xa0;; tout le fichier est une seule source.</translation>
    </message>
    <message>
        <source>Skip paragraphs that say only “n/a”</source>
        <translation>Ignorer les paragraphes qui disent seulement «&#xa0;n/a&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare personas</source>
        <translation>Comparer des personas</translation>
    </message>
    <message>
        <source>Personas to compare</source>
        <translation>Personas à comparer</translation>
    </message>
    <message>
        <source>Personas side by side</source>
        <translation>Personas côte à côte</translation>
    </message>
    <message>
        <source>Tick two or more personas to compare them.</source>
        <translation>Cochez au moins deux personas pour les comparer.</translation>
    </message>
    <message>
        <source>Archetype</source>
        <translation>Archétype</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Role and context</source>
        <translation>Rôle et contexte</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Evidence check</source>
        <translation>Vérification des preuves</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparer&#xa0;:</translation>
    </message>
    <message>
        <source> (source: {0})</source>
        <translation> (source&#xa0;: {0})</translation>
    </message>
    <message>
        <source>reviewed {0}</source>
        <translation>revue le {0}</translation>
    </message>
    <message>
        <source> by {0}</source>
        <translation> par {0}</translation>
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
            <numerusform>Coller %n note</numerusform>
            <numerusform>Coller %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n note</source>
        <comment>Cut %n notes</comment>
        <translation>
            <numerusform>Couper %n note</numerusform>
            <numerusform>Couper %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n note; it had a source this workshop does not have and is now an assumption.</source>
        <comment>Pasted %n notes; {k} of them had a source this workshop does not have and are now assumptions.</comment>
        <translation>
            <numerusform>%n note collée&#xa0;; elle avait une source absente de cet atelier et est maintenant une hypothèse.</numerusform>
            <numerusform>%n notes collées&#xa0;; {k} d’entre elles avaient une source absente de cet atelier et sont maintenant des hypothèses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <comment>%n notes</comment>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote</source>
        <comment>%n votes</comment>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n note</source>
        <comment>Copied %n notes</comment>
        <translation>
            <numerusform>%n note copiée</numerusform>
            <numerusform>%n notes copiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n note</source>
        <comment>{0} of %n notes</comment>
        <translation>
            <numerusform>{0}/%n note</numerusform>
            <numerusform>{0}/%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste note</source>
        <comment>Paste %n notes</comment>
        <translation>
            <numerusform>Coller la note</numerusform>
            <numerusform>Coller %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add picture</source>
        <comment>Add %n pictures</comment>
        <translation>
            <numerusform>Ajouter une image</numerusform>
            <numerusform>Ajouter %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move cluster</source>
        <comment>Move %n clusters</comment>
        <translation>
            <numerusform>Déplacer le groupe</numerusform>
            <numerusform>Déplacer %n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move note</source>
        <comment>Move %n notes</comment>
        <translation>
            <numerusform>Déplacer la note</numerusform>
            <numerusform>Déplacer %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete note</source>
        <comment>Delete %n notes</comment>
        <translation>
            <numerusform>Supprimer la note</numerusform>
            <numerusform>Supprimer %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove cluster</source>
        <comment>Remove %n clusters</comment>
        <translation>
            <numerusform>Retirer le groupe</numerusform>
            <numerusform>Retirer %n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move note into “{title}”</source>
        <comment>Move %n notes into “{title}”</comment>
        <translation>
            <numerusform>Déplacer la note dans «&#xa0;{title}&#xa0;»</numerusform>
            <numerusform>Déplacer %n notes dans «&#xa0;{title}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take note out of “{title}”</source>
        <comment>Take %n notes out of “{title}”</comment>
        <translation>
            <numerusform>Sortir la note de «&#xa0;{title}&#xa0;»</numerusform>
            <numerusform>Sortir %n notes de «&#xa0;{title}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The only {0} sheet for the first poster</source>
        <comment>First sheet (row 1, column 1) of %n {0} sheets for the first poster</comment>
        <translation>
            <numerusform>La seule feuille {0} pour la première affiche</numerusform>
            <numerusform>Première feuille (ligne 1, colonne 1) sur %n feuilles {0} pour la première affiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot</source>
        <comment>%n dots</comment>
        <translation>
            <numerusform>%n gommette</numerusform>
            <numerusform>%n gommettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot each</source>
        <comment>%n dots each</comment>
        <translation>
            <numerusform>%n gommette par personne</numerusform>
            <numerusform>%n gommettes par personne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>+%n more</comment>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: {0} has used their %n dot · Tab: next person</source>
        <comment>Voting: {0} has used all %n dots · Tab: next person</comment>
        <translation>
            <numerusform>Vote&#xa0;: {0} a utilisé sa %n gommette · Tab&#xa0;: personne suivante</numerusform>
            <numerusform>Vote&#xa0;: {0} a utilisé ses %n gommettes · Tab&#xa0;: personne suivante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One voting round kept; open dot voting to see its results.</source>
        <comment>%n voting rounds kept; open dot voting to compare them.</comment>
        <translation>
            <numerusform>Un tour de vote conservé&#xa0;; ouvrez le vote par gommettes pour voir ses résultats.</numerusform>
            <numerusform>%n tours de vote conservés&#xa0;; ouvrez le vote par gommettes pour les comparer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting open: “{0}”, %n vote cast.</source>
        <comment>Voting open: “{0}”, %n votes cast.</comment>
        <translation>
            <numerusform>Vote ouvert&#xa0;: «&#xa0;{0}&#xa0;», %n vote exprimé.</numerusform>
            <numerusform>Vote ouvert&#xa0;: «&#xa0;{0}&#xa0;», %n votes exprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: {0} of %n vote cast, {1} each, on {2}.</source>
        <comment>Open: {0} of %n votes cast, {1} each, on {2}.</comment>
        <translation>
            <numerusform>Ouvert&#xa0;: {0}/%n vote exprimé, {1} par personne, sur des {2}.</numerusform>
            <numerusform>Ouvert&#xa0;: {0}/%n votes exprimés, {1} par personne, sur des {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended: %n vote cast on {0}.</source>
        <comment>Ended: %n votes cast on {0}.</comment>
        <translation>
            <numerusform>Terminé&#xa0;: %n vote exprimé sur des {0}.</numerusform>
            <numerusform>Terminé&#xa0;: %n votes exprimés sur des {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} has used the %n vote of this round.</source>
        <comment>{0} has used all %n votes in this round.</comment>
        <translation>
            <numerusform>{0} a utilisé son %n vote dans ce tour.</numerusform>
            <numerusform>{0} a utilisé ses %n votes dans ce tour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n Note</source>
        <comment>&amp;Create %n Notes</comment>
        <translation>
            <numerusform>&amp;Créer %n note</numerusform>
            <numerusform>&amp;Créer %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column</source>
        <comment>%n columns</comment>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln speaker turn: {1}.</source>
        <comment>{0}: %Ln speaker turns: {1}.</comment>
        <translation>
            <numerusform>{0}&#xa0;: %Ln prise de parole&#xa0;: {1}.</numerusform>
            <numerusform>{0}&#xa0;: %Ln prises de parole&#xa0;: {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln paragraph or bullet point.</source>
        <comment>{0}: %Ln paragraphs or bullet points.</comment>
        <translation>
            <numerusform>{0}&#xa0;: %Ln paragraphe ou puce.</numerusform>
            <numerusform>{0}&#xa0;: %Ln paragraphes ou puces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row of data</source>
        <comment>%Ln rows of data</comment>
        <translation>
            <numerusform>%Ln ligne de données</numerusform>
            <numerusform>%Ln lignes de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo</source>
        <comment>%n photos</comment>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source ({2}) moves from “{0}” to “{1}”</source>
        <comment>%n sources ({2}) move from “{0}” to “{1}”</comment>
        <translation>
            <numerusform>%n source ({2}) passe de «&#xa0;{0}&#xa0;» à «&#xa0;{1}&#xa0;»</numerusform>
            <numerusform>%n sources ({2}) passent de «&#xa0;{0}&#xa0;» à «&#xa0;{1}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note is now an assumption (Undo brings the source back)</source>
        <comment>%n notes are now assumptions (Undo brings the source back)</comment>
        <translation>
            <numerusform>%n note est maintenant une hypothèse (Annuler rétablit la source)</numerusform>
            <numerusform>%n notes sont maintenant des hypothèses (Annuler rétablit la source)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note moves from “{0}” to “{1}”; “{0}” is removed.</source>
        <comment>%n notes move from “{0}” to “{1}”; “{0}” is removed.</comment>
        <translation>
            <numerusform>%n note passe de «&#xa0;{0}&#xa0;» à «&#xa0;{1}&#xa0;»&#xa0;; «&#xa0;{0}&#xa0;» est supprimée.</numerusform>
            <numerusform>%n notes passent de «&#xa0;{0}&#xa0;» à «&#xa0;{1}&#xa0;»&#xa0;; «&#xa0;{0}&#xa0;» est supprimée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read {0} of %Ln row…</source>
        <comment>Read {0} of %Ln rows…</comment>
        <translation>
            <numerusform>{0}/%Ln ligne lue…</numerusform>
            <numerusform>{0}/%Ln lignes lues…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n turn)</source>
        <comment>{0} (%n turns)</comment>
        <translation>
            <numerusform>{0} (%n prise de parole)</numerusform>
            <numerusform>{0} (%n prises de parole)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona checked</source>
        <comment>%n personas checked</comment>
        <translation>
            <numerusform>%n persona vérifiée</numerusform>
            <numerusform>%n personas vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n note on the board</source>
        <comment>Showing %n notes on the board</comment>
        <translation>
            <numerusform>%n note affichée sur le tableau</numerusform>
            <numerusform>%n notes affichées sur le tableau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source</source>
        <comment>%n sources</comment>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note chosen</source>
        <comment>%n notes chosen</comment>
        <translation>
            <numerusform>%n note choisie</numerusform>
            <numerusform>%n notes choisies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent in this segment: {0}</source>
        <comment>%n respondents in this segment: {0}</comment>
        <translation>
            <numerusform>%n répondant dans ce segment&#xa0;: {0}</numerusform>
            <numerusform>%n répondants dans ce segment&#xa0;: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone connected</source>
        <comment>%n phones connected</comment>
        <translation>
            <numerusform>%n téléphone connecté</numerusform>
            <numerusform>%n téléphones connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona</source>
        <comment>%n personas</comment>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <source>Photo: drag a rectangle around each sticky note</source>
        <translation>Photo&#xa0;: tracer un rectangle autour de chaque post-it</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Photo crop area: arrow keys move the square</source>
        <translation>Zone de recadrage de la photo&#xa0;: les flèches déplacent le carré</translation>
    </message>
    <message>
        <source>Crop the persona&apos;s photo</source>
        <translation>Recadrer la photo de la persona</translation>
    </message>
    <message>
        <source>Size of the square</source>
        <translation>Taille du carré</translation>
    </message>
    <message>
        <source>&amp;Square</source>
        <translation>&amp;Carré</translation>
    </message>
    <message>
        <source>&amp;Circle</source>
        <translation>C&amp;ercle</translation>
    </message>
    <message>
        <source>Drag the square over the face (or use the arrow keys).</source>
        <translation>Faites glisser le carré sur le visage (ou utilisez les flèches).</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>CropTool</name>
    <message>
        <source>Cut Photo into Notes</source>
        <extracomment>After the notes were made: the Change.</extracomment>
        <translation>Découper la photo en notes</translation>
    </message>
    <message>
        <source>Drag a rectangle around each sticky note. Backspace removes the last one. Each note keeps a link to the whole photo.</source>
        <translation>Tracez un rectangle autour de chaque post-it. Retour arrière supprime le dernier. Chaque note garde un lien vers la photo entière.</translation>
    </message>
    <message>
        <source>&amp;Remove Last</source>
        <translation>&amp;Retirer le dernier</translation>
    </message>
    <message>
        <source>Create Notes</source>
        <translation>Créer des notes</translation>
    </message>
    <message>
        <source>the photo</source>
        <translation>la photo</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Select a note on the board to see its details.</source>
        <translation>Sélectionnez une note sur le tableau pour en voir le détail.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Persona items citing this note</source>
        <translation>Éléments de persona qui citent cette note</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Répond à&#xa0;:</translation>
    </message>
    <message>
        <source>Source kind:</source>
        <translation>Type de source&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>Répondant&#xa0;:</translation>
    </message>
    <message>
        <source>Study:</source>
        <translation>Étude&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Écrite par&#xa0;:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>Votes&#xa0;:</translation>
    </message>
    <message>
        <source>Cited by (double-click to open):</source>
        <translation>Citée par (double-cliquer pour ouvrir)&#xa0;:</translation>
    </message>
    <message>
        <source>{0} notes selected.</source>
        <translation>{0} notes sélectionnées.</translation>
    </message>
    <message>
        <source>Assumption (no source)</source>
        <translation>Hypothèse (sans source)</translation>
    </message>
    <message>
        <source>not in a cluster</source>
        <translation>dans aucun groupe</translation>
    </message>
    <message>
        <source>No persona cites this note yet.</source>
        <translation>Aucune persona ne cite encore cette note.</translation>
    </message>
</context>
<context>
    <name>EmptyBoardHint</name>
    <message>
        <source>The board is empty. To add notes:
• double-click anywhere on the board
• press N and type
• paste text or pictures (Ctrl+V), or use File › Import Evidence…</source>
        <translation>Le tableau est vide. Pour ajouter des notes&#xa0;:
• double-cliquez n’importe où sur le tableau
• appuyez sur N et tapez
• collez du texte ou des images (Ctrl+V), ou utilisez Fichier › Importer des preuves…</translation>
    </message>
</context>
<context>
    <name>EvidenceBadge</name>
    <message>
        <source>No evidence</source>
        <translation>Aucune preuve</translation>
    </message>
    <message>
        <source>{0} · assumptions only</source>
        <translation>{0} · hypothèses uniquement</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Click to show these notes on the board.</source>
        <translation>Cliquer pour afficher ces notes sur le tableau.</translation>
    </message>
    <message>
        <source>Drag notes or a cluster from the board onto this item.</source>
        <translation>Faites glisser des notes ou un groupe du tableau sur cet élément.</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Preuves&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>À corriger&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <source>Link evidence</source>
        <translation>Lier des preuves</translation>
    </message>
    <message>
        <source>Search notes and sources</source>
        <translation>Rechercher dans les notes et les sources</translation>
    </message>
    <message>
        <source>Only notes from the clusters this persona was drafted from</source>
        <translation>Seulement les notes des groupes dont cette persona est issue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>no source: an assumption</source>
        <translation>sans source&#xa0;: une hypothèse</translation>
    </message>
    <message>
        <source>(image note)</source>
        <translation>(note image)</translation>
    </message>
    <message>
        <source>Tick the notes that back: {0}</source>
        <translation>Cochez les notes qui étayent&#xa0;: {0}</translation>
    </message>
    <message>
        <source>linked already</source>
        <translation>déjà liée</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Posters and Cards</source>
        <translation>Exporter les affiches et les cartes</translation>
    </message>
    <message>
        <source>Open the PDF after e&amp;xport</source>
        <translation>Ouvrir le PDF après l’e&amp;xport</translation>
    </message>
    <message>
        <source>What the export made is listed here.</source>
        <translation>Ce que l’export a produit s’affiche ici.</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Messages de l’export</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>First page: {0:.0f} × {1:.0f} mm</source>
        <translation>Première page&#xa0;: {0:.0f} × {1:.0f} mm</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Nothing was exported: {0}</source>
        <translation>Rien n’a été exporté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>Exporté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Nothing was printed: {0}</source>
        <translation>Rien n’a été imprimé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No page was sent to the printer.</source>
        <translation>Aucune page n’a été envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>1 page sent to the printer.</source>
        <translation>1 page envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>{0} pages sent to the printer.</source>
        <translation>{0} pages envoyées à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>ExportFeature</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Persona posters, the persona deck or evidence cards as PDF</source>
        <translation>Affiches de personas, livret de personas ou cartes de preuves en PDF</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>&amp;Posters</source>
        <extracomment>Paper and orientation each kind starts with. What the notes list offers for cards (its item data: &quot;cluster:&lt;id&gt;&quot;, &quot;source:&lt;id&gt;&quot;).</extracomment>
        <translation>&amp;Affiches</translation>
    </message>
    <message>
        <source>Persona &amp;deck</source>
        <translation>&amp;Livret de personas</translation>
    </message>
    <message>
        <source>Evidence &amp;cards</source>
        <translation>&amp;Cartes de preuves</translation>
    </message>
    <message>
        <source>Personas to print</source>
        <translation>Personas à imprimer</translation>
    </message>
    <message>
        <source>Co&amp;ver page</source>
        <translation>Page de co&amp;uverture</translation>
    </message>
    <message>
        <source>Evidence &amp;appendix (the notes behind each item)</source>
        <translation>Annexe des preu&amp;ves (les notes derrière chaque élément)</translation>
    </message>
    <message>
        <source>{0} ({1:.0f} × {2:.0f} mm)</source>
        <translation>{0} ({1:.0f} × {2:.0f} mm)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Classique</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Affirmé</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Ink saver</source>
        <translation>Économie d’encre</translation>
    </message>
    <message>
        <source>None: one sheet per poster</source>
        <translation>Aucun&#xa0;: une feuille par affiche</translation>
    </message>
    <message>
        <source>On A4 sheets</source>
        <translation>Sur feuilles A4</translation>
    </message>
    <message>
        <source>On Letter sheets</source>
        <translation>Sur feuilles Letter</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>76 × 76 mm (square sticky note)</source>
        <translation>76 × 76 mm (post-it carré)</translation>
    </message>
    <message>
        <source>76 × 127 mm (tall sticky note)</source>
        <translation>76 × 127 mm (post-it vertical)</translation>
    </message>
    <message>
        <source>127 × 76 mm (wide sticky note)</source>
        <translation>127 × 76 mm (post-it horizontal)</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Personas&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Pa&amp;pier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;iling:</source>
        <translation>&amp;Mosaïque&#xa0;:</translation>
    </message>
    <message>
        <source>Over&amp;lap:</source>
        <translation>C&amp;hevauchement&#xa0;:</translation>
    </message>
    <message>
        <source>Card si&amp;ze:</source>
        <translation>Taille des ca&amp;rtes&#xa0;:</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Persona sans nom</translation>
    </message>
    <message>
        <source> (proto-persona: marked assumption-based)</source>
        <translation> (proto-persona&#xa0;: marquée fondée sur des hypothèses)</translation>
    </message>
    <message>
        <source> (fails the evidence check: printed as not yet validated)</source>
        <translation> (échoue à la vérification des preuves&#xa0;: imprimée comme non encore validée)</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (retirée)</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>Aucune persona pour l’instant</translation>
    </message>
    <message>
        <source>All notes ({0})</source>
        <translation>Toutes les notes ({0})</translation>
    </message>
    <message>
        <source>Notes in no cluster ({0})</source>
        <translation>Notes hors groupe ({0})</translation>
    </message>
    <message>
        <source>Cluster: {0} ({1})</source>
        <translation>Groupe&#xa0;: {0} ({1})</translation>
    </message>
    <message>
        <source>Source: {0} ({1})</source>
        <translation>Source&#xa0;: {0} ({1})</translation>
    </message>
    <message>
        <source>Cards on {0} sheets, with cut marks; note text at least {1:g} pt.</source>
        <translation>Cartes sur feuilles {0}, avec traits de coupe&#xa0;; texte des notes d’au moins {1:g} pt.</translation>
    </message>
    <message>
        <source>No text on {0} is smaller than {1:g} pt.</source>
        <translation>Aucun texte sur {0} ne fait moins de {1:g} pt.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Detect automatically</source>
        <extracomment>(shown name, codec) offered for a file whose encoding is guessed wrong; the names are marked for the window&apos;s catalogue (``FilePage`` translates them where shown).</extracomment>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Europe centrale)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (cyrillique)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <extracomment>How long typing in the path pauses before the file is previewed.</extracomment>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>A CSV, TSV or Excel export, a transcript (.vtt, .srt, Zoom, Teams or Otter text) or interview notes, verbatim or not, as text or Markdown. For a table, say below where the column names are.</source>
        <translation>Un export CSV, TSV ou Excel, une transcription (.vtt, .srt, texte de Zoom, Teams ou Otter) ou des notes d’entretien, verbatim ou non, en texte ou en Markdown. Pour un tableau, indiquez ci-dessous où sont les noms de colonnes.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Le fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row with the column names</source>
        <translation>Ligne des noms de colonnes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>First row of data</source>
        <translation>Première ligne de données</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>Feu&amp;ille&#xa0;:</translation>
    </message>
    <message>
        <source>Column &amp;names in row:</source>
        <translation>&amp;Noms de colonnes à la ligne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Data starts at row:</source>
        <translation>&amp;Données à partir de la ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find notes…</source>
        <extracomment>Changes to these rename or add filter entries (a respondent&apos;s new attribute value too). The ids of matching notes, or None when nothing is being looked for. Show this note (the next or previous match).</extracomment>
        <translation>Rechercher des notes…</translation>
    </message>
    <message>
        <source>Find notes containing</source>
        <translation>Rechercher les notes contenant</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Filtrer les notes</translation>
    </message>
    <message>
        <source>Matching notes</source>
        <translation>Notes correspondantes</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Assumptions (no source)</source>
        <translation>Hypothèses (sans source)</translation>
    </message>
    <message>
        <source>Not yet in a cluster</source>
        <translation>Pas encore dans un groupe</translation>
    </message>
    <message>
        <source>Not linked to any persona</source>
        <translation>Liées à aucune persona</translation>
    </message>
    <message>
        <source>Kind: {0}</source>
        <translation>Type&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Source&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Author: {0}</source>
        <translation>Auteur&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Cluster: {0}</source>
        <translation>Groupe&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Study: {0}</source>
        <translation>Étude&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Respondent: {0}</source>
        <translation>Répondant&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Respondents with {0}</source>
        <translation>Répondants avec {0}</translation>
    </message>
</context>
<context>
    <name>FrameForm</name>
    <message>
        <source>Workshop title</source>
        <extracomment>Metrics offered as boxes; anything else the facilitator types goes in &quot;Other metrics&quot;.</extracomment>
        <translation>Titre de l’atelier</translation>
    </message>
    <message>
        <source>Goal of the workshop</source>
        <translation>Objectif de l’atelier</translation>
    </message>
    <message>
        <source>What should the personas help us decide?</source>
        <translation>Que doivent nous aider à décider les personas&#xa0;?</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Target segments</source>
        <translation>Segments cibles</translation>
    </message>
    <message>
        <source>e.g. young families, freelancers</source>
        <translation>p. ex. jeunes familles, indépendants</translation>
    </message>
    <message>
        <source>Other metrics, separated by commas</source>
        <translation>Autres indicateurs, séparés par des virgules</translation>
    </message>
    <message>
        <source>other metrics, comma separated</source>
        <translation>autres indicateurs, séparés par des virgules</translation>
    </message>
    <message>
        <source>Onboarding and UX</source>
        <translation>Prise en main et UX</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Content strategy</source>
        <translation>Stratégie de contenu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Decisions to inform:</source>
        <translation>Décisions à éclairer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit&#xa0;:</translation>
    </message>
    <message>
        <source>Target &amp;segments:</source>
        <translation>&amp;Segments cibles&#xa0;:</translation>
    </message>
    <message>
        <source>Metrics that matter:</source>
        <translation>Indicateurs clés&#xa0;:</translation>
    </message>
    <message>
        <source>Posters and decks &amp;in:</source>
        <translation>Affiches et livrets &amp;en&#xa0;:</translation>
    </message>
    <message>
        <source>A workshop needs a title; the old one is kept.</source>
        <translation>Un atelier doit avoir un titre&#xa0;; l’ancien est conservé.</translation>
    </message>
    <message>
        <source>Language of the posters and decks</source>
        <translation>Langue des affiches et des livrets</translation>
    </message>
    <message>
        <source>The program&apos;s language</source>
        <translation>La langue du programme</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Evidence</source>
        <extracomment>Rows tried as the header row when looking for a remembered mapping. After a successful import: the ImportSummary and the Change. Every record of the file, not split into header and data. The records split at the chosen header row (None until read, or on an error). (header row, question row) as found in the file read (survey_headers).</extracomment>
        <translation>Importer des preuves</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import evidence from</source>
        <translation>Importer des preuves depuis</translation>
    </message>
    <message>
        <source>Research files (*.csv *.tsv *.tab *.txt *.md *.markdown *.xlsx *.xlsm);;Spreadsheets (*.csv *.tsv *.xlsx *.xlsm);;Text and Markdown (*.txt *.md);;All files (*)</source>
        <translation>Fichiers de recherche (*.csv *.tsv *.tab *.txt *.md *.markdown *.xlsx *.xlsm);;Tableurs (*.csv *.tsv *.xlsx *.xlsm);;Texte et Markdown (*.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose where the data is.</source>
        <translation>Choisissez où se trouvent les données.</translation>
    </message>
    <message>
        <source>encoding {0}</source>
        <translation>encodage {0}</translation>
    </message>
    <message>
        <source>sheet “{0}”</source>
        <translation>feuille «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>The choices made last time for these columns are proposed.</source>
        <translation>Les choix faits la dernière fois pour ces colonnes sont proposés.</translation>
    </message>
    <message>
        <source>{0}: 1 turn, speaker not named.</source>
        <translation>{0}&#xa0;: 1 prise de parole, locuteur non nommé.</translation>
    </message>
    <message>
        <source>{0}: {1:,} turns, speaker not named.</source>
        <translation>{0}&#xa0;: {1:,} prises de parole, locuteur non nommé.</translation>
    </message>
    <message>
        <source>speaker not named</source>
        <translation>locuteur non nommé</translation>
    </message>
    <message>
        <source>Nothing can be imported: {0}.</source>
        <translation>Rien ne peut être importé&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>The first notes (who said what):</source>
        <translation>Les premières notes (qui a dit quoi)&#xa0;:</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>La lecture a été annulée.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>IntakeFeature</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Import Evidence…</source>
        <translation>&amp;Importer des preuves…</translation>
    </message>
    <message>
        <source>Notes and sources from a CSV, TSV or Excel export, or a text file</source>
        <translation>Des notes et des sources depuis un export CSV, TSV ou Excel, ou un fichier texte</translation>
    </message>
    <message>
        <source>Import &amp;Photos…</source>
        <translation>Importer des &amp;photos…</translation>
    </message>
    <message>
        <source>Photos of a sticky-note wall as image notes</source>
        <translation>Des photos d’un mur de post-it, en notes image</translation>
    </message>
    <message>
        <source>Draw a rectangle around each sticky note of a photo: one image note each</source>
        <translation>Tracer un rectangle autour de chaque post-it d’une photo&#xa0;: une note image pour chacun</translation>
    </message>
    <message>
        <source>Import Evidence</source>
        <translation>Importer des preuves</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Importer des photos</translation>
    </message>
    <message>
        <source>Cut a photo into notes</source>
        <translation>Découper une photo en notes</translation>
    </message>
    <message>
        <source>Import Photos</source>
        <translation>Importer des photos</translation>
    </message>
    <message>
        <source>Cut a Photo into Notes</source>
        <translation>Découper une photo en notes</translation>
    </message>
    <message>
        <source>Cu&amp;t a Photo into Notes…</source>
        <translation>Déco&amp;uper une photo en notes…</translation>
    </message>
    <message>
        <source>the photo</source>
        <translation>la photo</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite the Room</source>
        <translation>Inviter la salle</translation>
    </message>
    <message>
        <source>Participants join from their phones&apos; browsers over this network: no internet, no app, no account. Nothing leaves this laptop.</source>
        <translation>Les participants rejoignent depuis le navigateur de leur téléphone, par ce réseau&#xa0;: sans internet, sans application, sans compte. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Network the phones are on</source>
        <translation>Réseau des téléphones</translation>
    </message>
    <message>
        <source>Source of the phones&apos; notes</source>
        <translation>Source des notes des téléphones</translation>
    </message>
    <message>
        <source>Workshop — team knowledge (an assumption)</source>
        <translation>Atelier — savoir de l’équipe (une hypothèse)</translation>
    </message>
    <message>
        <source>Phones may &amp;add a name to the participants</source>
        <translation>Les téléphones peuvent &amp;ajouter un nom aux participants</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Notes &amp;come from:</source>
        <translation>Les notes &amp;viennent de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
</context>
<context>
    <name>InvitePanel</name>
    <message>
        <source>The Room Is Invited</source>
        <extracomment>The facilitator pressed Stop.</extracomment>
        <translation>La salle est invitée</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, or open:</source>
        <translation>Scannez le code avec l’appareil photo du téléphone, ou ouvrez&#xa0;:</translation>
    </message>
    <message>
        <source>Address for the phones</source>
        <translation>Adresse pour les téléphones</translation>
    </message>
    <message>
        <source>Phones connected</source>
        <translation>Téléphones connectés</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;Copier l’adresse</translation>
    </message>
    <message>
        <source>&amp;Stop Inviting</source>
        <translation>&amp;Arrêter l’invitation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this window; phones stay connected</source>
        <translation>Fermer cette fenêtre&#xa0;; les téléphones restent connectés</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Drag to move this item (or Alt+Up / Alt+Down)</source>
        <translation>Faire glisser pour déplacer cet élément (ou Alt+Haut / Alt+Bas)</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texte de l’élément</translation>
    </message>
    <message>
        <source>Item actions</source>
        <translation>Actions sur l’élément</translation>
    </message>
    <message>
        <source>Link or unlink evidence, move or delete this item</source>
        <translation>Lier ou délier des preuves, déplacer ou supprimer cet élément</translation>
    </message>
    <message>
        <source>Metric kind</source>
        <translation>Type d’indicateur</translation>
    </message>
    <message>
        <source>Baseline, e.g. 31%</source>
        <translation>Valeur de départ, p. ex. 31&#xa0;%</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de départ</translation>
    </message>
    <message>
        <source>Target, e.g. 40%</source>
        <translation>Valeur cible, p. ex. 40&#xa0;%</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Valeur cible</translation>
    </message>
    <message>
        <source>Link evidence…</source>
        <translation>Lier des preuves…</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Délier des preuves</translation>
    </message>
    <message>
        <source>Show the evidence on the board</source>
        <translation>Afficher les preuves sur le tableau</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Supprimer l’élément</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Modifier l’élément</translation>
    </message>
    <message>
        <source>Change metric kind</source>
        <translation>Changer le type d’indicateur</translation>
    </message>
    <message>
        <source>Unlink all</source>
        <translation>Tout délier</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Edit baseline</source>
        <translation>Modifier la valeur de départ</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Modifier la valeur cible</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop</source>
        <extracomment>Emitted after a workshop is opened (with the session) and after it closes (None).</extracomment>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ateliers &amp;récents</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workshop</source>
        <translation>Ouvrir l’atelier de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Close Workshop</source>
        <extracomment>Import and export (from the features) go above this line, Close and Quit below.</extracomment>
        <translation>Fer&amp;mer l’atelier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Take back the last change to the workshop</source>
        <translation>Annuler la dernière modification de l’atelier</translation>
    </message>
    <message>
        <source>Make again the change just taken back</source>
        <translation>Refaire la modification qui vient d’être annulée</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key of every command, in one list</source>
        <translation>Toutes les touches de toutes les commandes, dans une seule liste</translation>
    </message>
    <message>
        <source>&amp;About Persona Workshop</source>
        <translation>À &amp;propos de Persona Workshop</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <extracomment>The panels&apos; toggles go above this line, the features&apos; view actions below.</extracomment>
        <translation>&lt;ouverture&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Workshop title:</source>
        <translation>Titre de l’atelier&#xa0;:</translation>
    </message>
    <message>
        <source>Create workshop file</source>
        <translation>Créer le fichier de l’atelier</translation>
    </message>
    <message>
        <source>The workshop could not be created</source>
        <translation>L’atelier n’a pas pu être créé</translation>
    </message>
    <message>
        <source>Save &amp;a Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>The demo could not be opened</source>
        <translation>La démonstration n’a pas pu être ouverte</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>{0}

Open it read-only to look at it?</source>
        <translation>{0}

L’ouvrir en lecture seule pour le consulter&#xa0;?</translation>
    </message>
    <message>
        <source>The workshop could not be opened</source>
        <translation>L’atelier n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Opened with a note</source>
        <translation>Ouvert avec une remarque</translation>
    </message>
    <message>
        <source>{0} copy</source>
        <translation>{0} copie</translation>
    </message>
    <message>
        <source>Save a copy of the workshop</source>
        <translation>Enregistrer une copie de l’atelier</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>La copie n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Saved a copy as {0}</source>
        <translation>Copie enregistrée sous {0}</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Ouvrir un atelier</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>À propos de {0}</translation>
    </message>
    <message>
        <source>Persona workshops (*.pwshop);;All files (*)</source>
        <translation>Ateliers de personas (*.pwshop);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Workshops opened lately</source>
        <translation>Ateliers ouverts récemment</translation>
    </message>
    <message>
        <source>Workshops you open are listed here</source>
        <translation>Les ateliers que vous ouvrez s’affichent ici</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>What the merge does</source>
        <translation>Ce que fait la fusion</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merge report</source>
        <translation>Rapport de fusion</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Overview map of the board</source>
        <extracomment>The map covers at most this share of the board&apos;s area (a laptop or HiDPI screen).</extracomment>
        <translation>Vue d’ensemble du tableau</translation>
    </message>
    <message>
        <source>Overview: click or drag to go to a part of the board</source>
        <translation>Vue d’ensemble&#xa0;: cliquer ou glisser pour aller à une partie du tableau</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note text</source>
        <extracomment>Text typed or pasted past the cap was left out (the message shown).</extracomment>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>A note holds at most {n} characters; the rest was left out.</source>
        <translation>Une note contient au plus {n} caractères&#xa0;; le reste a été écarté.</translation>
    </message>
</context>
<context>
    <name>OutputChoice</name>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>{0} exists already. Replace it?</source>
        <translation>{0} existe déjà. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name of a participant</source>
        <translation>Nom d’un participant</translation>
    </message>
    <message>
        <source>New participant&apos;s name</source>
        <translation>Nom du nouveau participant</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>Change the participant&apos;s colour</source>
        <translation>Changer la couleur du participant</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>&amp;Writing as:</source>
        <translation>Écr&amp;it en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name first.</source>
        <translation>Saisissez d’abord le nom du participant.</translation>
    </message>
    <message>
        <source>A participant needs a name; the old one is kept.</source>
        <translation>Un participant doit avoir un nom&#xa0;; l’ancien est conservé.</translation>
    </message>
    <message>
        <source>Participant colour</source>
        <translation>Couleur du participant</translation>
    </message>
</context>
<context>
    <name>PersonaActions</name>
    <message>
        <source>&amp;New Persona</source>
        <translation>&amp;Nouvelle persona</translation>
    </message>
    <message>
        <source>New Persona from &amp;Selected Clusters</source>
        <translation>Nouvelle persona à partir des &amp;groupes sélectionnés</translation>
    </message>
    <message>
        <source>Draft a persona from the clusters selected on the board: their notes become its evidence pool</source>
        <translation>Ébaucher une persona à partir des groupes sélectionnés sur le tableau&#xa0;: leurs notes deviennent son réservoir de preuves</translation>
    </message>
    <message>
        <source>&amp;Duplicate Persona</source>
        <translation>&amp;Dupliquer la persona</translation>
    </message>
    <message>
        <source>&amp;Rename Persona</source>
        <translation>&amp;Renommer la persona</translation>
    </message>
    <message>
        <source>De&amp;lete Persona</source>
        <translation>&amp;Supprimer la persona</translation>
    </message>
    <message>
        <source>Move Persona &amp;Up</source>
        <translation>&amp;Monter la persona</translation>
    </message>
    <message>
        <source>Move Persona Do&amp;wn</source>
        <translation>D&amp;escendre la persona</translation>
    </message>
    <message>
        <source>C&amp;ompare Personas…</source>
        <translation>C&amp;omparer des personas…</translation>
    </message>
    <message>
        <source>Persona &amp;Colour</source>
        <translation>&amp;Couleur de la persona</translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation>Autre couleur…</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouvelle persona</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Couleur de la persona</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Add a persona and type its name</source>
        <translation>Ajouter une persona et saisir son nom</translation>
    </message>
    <message>
        <source>Copy the persona chosen in the list, with its items</source>
        <translation>Copier la persona choisie dans la liste, avec ses éléments</translation>
    </message>
    <message>
        <source>Rename the persona chosen in the list (F2 in the list)</source>
        <translation>Renommer la persona choisie dans la liste (F2 dans la liste)</translation>
    </message>
    <message>
        <source>Delete the persona chosen in the list</source>
        <translation>Supprimer la persona choisie dans la liste</translation>
    </message>
    <message>
        <source>Move the persona chosen in the list up (the deck&apos;s order)</source>
        <translation>Monter la persona choisie dans la liste (l’ordre du livret)</translation>
    </message>
    <message>
        <source>Move the persona chosen in the list down</source>
        <translation>Descendre la persona choisie dans la liste</translation>
    </message>
    <message>
        <source>Compare personas side by side (two or more)</source>
        <translation>Comparer des personas côte à côte (deux ou plus)</translation>
    </message>
    <message>
        <source>The colour of the persona chosen in the list</source>
        <translation>La couleur de la persona choisie dans la liste</translation>
    </message>
    <message>
        <source>New B2B buyer</source>
        <translation>Nouvel acheteur B2B</translation>
    </message>
    <message>
        <source>New proto-persona</source>
        <translation>Nouvelle proto-persona</translation>
    </message>
    <message>
        <source>Select one or more clusters on the board first, then draft a persona.</source>
        <translation>Sélectionnez d’abord un ou plusieurs groupes sur le tableau, puis ébauchez une persona.</translation>
    </message>
    <message>
        <source>Persona from {0}</source>
        <translation>Persona issue de {0}</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copie)</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>Deleted the persona &apos;{0}&apos;. Edit &gt; Undo brings it back.</source>
        <translation>Persona «&#xa0;{0}&#xa0;» supprimée. Édition &gt; Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>Renommer la persona</translation>
    </message>
    <message>
        <source>Change persona colour</source>
        <translation>Changer la couleur de la persona</translation>
    </message>
</context>
<context>
    <name>PersonaDetails</name>
    <message>
        <source>The segment it stands for</source>
        <translation>Le segment qu’elle représente</translation>
    </message>
    <message>
        <source>Respondents in this segment</source>
        <translation>Répondants de ce segment</translation>
    </message>
    <message>
        <source>e.g. about 40% of sign-ups</source>
        <translation>p. ex. environ 40&#xa0;% des inscriptions</translation>
    </message>
    <message>
        <source>e.g. analytics, 2025 Q1</source>
        <translation>p. ex. données d’usage, T1 2025</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Reviewed today</source>
        <translation>Revue aujourd’hui</translation>
    </message>
    <message>
        <source>Who keeps it up to date</source>
        <translation>Qui la tient à jour</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size estimate</source>
        <translation>Taille estimée</translation>
    </message>
    <message>
        <source>Source of the number</source>
        <translation>Source du chiffre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Change persona status</source>
        <translation>Changer le statut de la persona</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Nom du segment</translation>
    </message>
    <message>
        <source>Segment size estimate</source>
        <translation>Taille estimée du segment</translation>
    </message>
    <message>
        <source>Where the size comes from</source>
        <translation>D’où vient la taille</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>A persona humanises a segment; it does not replace it.</source>
        <translation>Une persona donne un visage à un segment&#xa0;; elle ne le remplace pas.</translation>
    </message>
    <message>
        <source>Status and review</source>
        <translation>Statut et revue</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>Modifier le segment</translation>
    </message>
    <message>
        <source>Edit segment size</source>
        <translation>Modifier la taille du segment</translation>
    </message>
    <message>
        <source>Edit segment size source</source>
        <translation>Modifier la source de la taille du segment</translation>
    </message>
    <message>
        <source>Edit owner</source>
        <translation>Modifier le responsable</translation>
    </message>
    <message>
        <source>Set last reviewed date</source>
        <translation>Définir la date de dernière revue</translation>
    </message>
    <message>
        <source>Respondents&apos; segments: {0}</source>
        <translation>Segments des répondants&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No respondent is in this segment (theirs: {0})</source>
        <translation>Aucun répondant dans ce segment (les leurs&#xa0;: {0})</translation>
    </message>
</context>
<context>
    <name>PersonaEditor</name>
    <message>
        <source>Choose a persona in the list, or create one to start drafting.</source>
        <translation>Choisissez une persona dans la liste, ou créez-en une pour commencer la rédaction.</translation>
    </message>
    <message>
        <source>Choose the persona&apos;s photo</source>
        <translation>Choisir la photo de la persona</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Drafted from: {0} ({1}). Link evidence offers these notes first.</source>
        <translation>Ébauchée à partir de&#xa0;: {0} ({1}). «&#xa0;Lier des preuves&#xa0;» propose d’abord ces notes.</translation>
    </message>
    <message>
        <source>clusters no longer on the board</source>
        <translation>groupes qui ne sont plus sur le tableau</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <source>This photo cannot be used</source>
        <translation>Cette photo ne peut pas être utilisée</translation>
    </message>
    <message>
        <source>the persona&apos;s photo</source>
        <translation>la photo de la persona</translation>
    </message>
    <message>
        <source>Note: {0} ({1})</source>
        <translation>Note&#xa0;: {0} ({1})</translation>
    </message>
    <message>
        <source>Cluster: {0}</source>
        <translation>Groupe&#xa0;: {0}</translation>
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
        <translation>Vérification des preuves</translation>
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
        <translation>Nouvelle à partir d’un modè&amp;le</translation>
    </message>
</context>
<context>
    <name>PersonaFields</name>
    <message>
        <source>Role and context: who they are, their situation</source>
        <translation>Rôle et contexte&#xa0;: qui elle est, sa situation</translation>
    </message>
    <message>
        <source>Persona name</source>
        <translation>Nom de la persona</translation>
    </message>
    <message>
        <source>Archetype label, e.g. Time-poor planner</source>
        <translation>Archétype, p. ex. Organisatrice débordée</translation>
    </message>
    <message>
        <source>Archetype label</source>
        <translation>Archétype</translation>
    </message>
    <message>
        <source>A quote in their words, from the research</source>
        <translation>Une citation, avec ses propres mots, tirée de la recherche</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Role and context</source>
        <translation>Rôle et contexte</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>Renommer la persona</translation>
    </message>
    <message>
        <source>Edit archetype</source>
        <translation>Modifier l’archétype</translation>
    </message>
    <message>
        <source>Edit quote</source>
        <translation>Modifier la citation</translation>
    </message>
    <message>
        <source>Edit role and context</source>
        <translation>Modifier le rôle et le contexte</translation>
    </message>
</context>
<context>
    <name>PersonaList</name>
    <message>
        <source>not checked (retired)</source>
        <translation>non vérifiée (retirée)</translation>
    </message>
    <message>
        <source>fails the check, {0}% well evidenced</source>
        <translation>échoue à la vérification, {0}&#xa0;% bien étayé</translation>
    </message>
    <message>
        <source>Persona name</source>
        <translation>Nom de la persona</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>passes the check, {0}% well evidenced</source>
        <translation>réussit la vérification, {0}&#xa0;% bien étayé</translation>
    </message>
    <message>
        <source>fails the check (allowed for a proto-persona), {0}% evidenced</source>
        <translation>échoue à la vérification (admis pour une proto-persona), {0}&#xa0;% étayé</translation>
    </message>
</context>
<context>
    <name>PersonaPhoto</name>
    <message>
        <source>Persona photo</source>
        <translation>Photo de la persona</translation>
    </message>
    <message>
        <source>Choose, crop or remove the persona&apos;s photo</source>
        <translation>Choisir, recadrer ou retirer la photo de la persona</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>Crop the photo again…</source>
        <translation>Recadrer la photo…</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Retirer la photo</translation>
    </message>
</context>
<context>
    <name>Personas</name>
    <message>
        <source>assumption-based</source>
        <translation>fondée sur des hypothèses</translation>
    </message>
    <message>
        <source>Proto-persona, assumption-based: built from what the team believes, not from research. It may fail the evidence check; test each assumption, then draft a research-based persona.</source>
        <translation>Proto-persona fondée sur des hypothèses&#xa0;: construite à partir de ce que croit l’équipe, pas de la recherche. Elle peut échouer à la vérification des preuves&#xa0;; testez chaque hypothèse, puis rédigez une persona fondée sur la recherche.</translation>
    </message>
    <message>
        <source>Role and context: who they are, their situation</source>
        <translation>Rôle et contexte&#xa0;: qui elle est, sa situation</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Persona sans nom</translation>
    </message>
    <message>
        <source>Role and context: job title, team, company size, who signs off</source>
        <translation>Rôle et contexte&#xa0;: poste, équipe, taille de l’entreprise, qui valide l’achat</translation>
    </message>
    <message>
        <source>Which metric?</source>
        <translation>Quel indicateur&#xa0;?</translation>
    </message>
    <message>
        <source>User persona</source>
        <translation>Persona utilisateur</translation>
    </message>
    <message>
        <source>B2B buyer persona</source>
        <translation>Persona acheteur B2B</translation>
    </message>
    <message>
        <source>Proto-persona (assumption-based)</source>
        <translation>Proto-persona (fondée sur des hypothèses)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Motivations</translation>
    </message>
    <message>
        <source>Pain points and fears</source>
        <translation>Points de friction et craintes</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>Context of use</source>
        <translation>Contexte d’utilisation</translation>
    </message>
    <message>
        <source>Buying triggers</source>
        <translation>Déclencheurs d’achat</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Critères de décision</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>Jobs to be done</source>
        <translation>Jobs to be done</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Success metric</source>
        <translation>Indicateur de réussite</translation>
    </message>
    <message>
        <source>Linked metrics</source>
        <translation>Indicateurs associés</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Autres détails</translation>
    </message>
    <message>
        <source>Add a goal: what their team must achieve this year</source>
        <translation>Ajouter un objectif&#xa0;: ce que son équipe doit atteindre cette année</translation>
    </message>
    <message>
        <source>Add a trigger: the event that starts a purchase (new budget…)</source>
        <translation>Ajouter un déclencheur&#xa0;: l’événement qui lance un achat (nouveau budget…)</translation>
    </message>
    <message>
        <source>Add a criterion the buying group weighs (price, integration, security…)</source>
        <translation>Ajouter un critère pesé par le groupe d’achat (prix, intégration, sécurité…)</translation>
    </message>
    <message>
        <source>Add an objection that would stop the purchase</source>
        <translation>Ajouter une objection qui bloquerait l’achat</translation>
    </message>
    <message>
        <source>Add a channel: where they compare vendors</source>
        <translation>Ajouter un canal&#xa0;: où elle compare les fournisseurs</translation>
    </message>
    <message>
        <source>Add a goal: what are they trying to achieve?</source>
        <translation>Ajouter un objectif&#xa0;: que cherche-t-elle à accomplir&#xa0;?</translation>
    </message>
    <message>
        <source>Add a motivation: why does it matter to them?</source>
        <translation>Ajouter une motivation&#xa0;: pourquoi est-ce important pour elle&#xa0;?</translation>
    </message>
    <message>
        <source>Add a pain point or fear</source>
        <translation>Ajouter un point de friction ou une crainte</translation>
    </message>
    <message>
        <source>Add a constraint: time, money, skills, rules…</source>
        <translation>Ajouter une contrainte&#xa0;: temps, argent, compétences, règles…</translation>
    </message>
    <message>
        <source>Add a context: where, when, on what device?</source>
        <translation>Ajouter un contexte&#xa0;: où, quand, sur quel appareil&#xa0;?</translation>
    </message>
    <message>
        <source>Add a trigger: what makes them look for a solution?</source>
        <translation>Ajouter un déclencheur&#xa0;: qu’est-ce qui la pousse à chercher une solution&#xa0;?</translation>
    </message>
    <message>
        <source>Add a decision criterion: how do they choose?</source>
        <translation>Ajouter un critère de décision&#xa0;: comment choisit-elle&#xa0;?</translation>
    </message>
    <message>
        <source>Add an objection: what makes them hesitate?</source>
        <translation>Ajouter une objection&#xa0;: qu’est-ce qui la fait hésiter&#xa0;?</translation>
    </message>
    <message>
        <source>Add a job: when …, I want to …, so I can …</source>
        <translation>Ajouter un job&#xa0;: quand …, je veux …, pour pouvoir …</translation>
    </message>
    <message>
        <source>Add a channel: where do they learn and compare?</source>
        <translation>Ajouter un canal&#xa0;: où s’informe-t-elle et compare-t-elle&#xa0;?</translation>
    </message>
    <message>
        <source>What success looks like, e.g. finish weekly review in under 10 minutes</source>
        <translation>À quoi ressemble la réussite, p. ex. boucler le bilan hebdomadaire en moins de 10 minutes</translation>
    </message>
    <message>
        <source>Add a linked metric: how does this persona move it?</source>
        <translation>Ajouter un indicateur associé&#xa0;: comment cette persona le fait-elle bouger&#xa0;?</translation>
    </message>
    <message>
        <source>Add a detail (only one that changes a decision)</source>
        <translation>Ajouter un détail (seulement s’il change une décision)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Other metric</source>
        <translation>Autre indicateur</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <source>support ticket</source>
        <translation>ticket de support</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>observation</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>données d’usage</translation>
    </message>
    <message>
        <source>other source</source>
        <translation>autre source</translation>
    </message>
    <message>
        <source>team opinion</source>
        <translation>avis de l’équipe</translation>
    </message>
    <message>
        <source>{0} (assumption-based)</source>
        <translation>{0} (fondée sur des hypothèses)</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>This laptop only — 127.0.0.1</source>
        <translation>Cet ordinateur seulement — 127.0.0.1</translation>
    </message>
</context>
<context>
    <name>PhotoIntake</name>
    <message>
        <source>Preparing photos…</source>
        <extracomment>When an import ends: the ImportSummary (``notes`` 0 when nothing was added).</extracomment>
        <translation>Préparation des photos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import Photos</source>
        <translation>Importer des photos</translation>
    </message>
    <message>
        <source>Preparing photo {0} of {1}…</source>
        <translation>Préparation de la photo {0} sur {1}…</translation>
    </message>
    <message>
        <source>the photos could not be saved</source>
        <translation>les photos n’ont pas pu être enregistrées</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>l’import a été annulé</translation>
    </message>
    <message>
        <source>No photos were imported.</source>
        <translation>Aucune photo n’a été importée.</translation>
    </message>
</context>
<context>
    <name>PresenterContent</name>
    <message>
        <source>{0} (so far)</source>
        <translation>{0} (pour l’instant)</translation>
    </message>
    <message>
        <source>{0} (result)</source>
        <translation>{0} (résultat)</translation>
    </message>
    <message>
        <source>passes the check, {0}% well evidenced</source>
        <translation>réussit la vérification, {0}&#xa0;% bien étayé</translation>
    </message>
    <message>
        <source>fails the check, {0}% well evidenced</source>
        <translation>échoue à la vérification, {0}&#xa0;% bien étayé</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Persona sans nom</translation>
    </message>
    <message>
        <source>Voting on clusters: “{0}”</source>
        <translation>Vote sur des groupes&#xa0;: «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Voting on notes: “{0}”</source>
        <translation>Vote sur des notes&#xa0;: «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>(photo note)</source>
        <translation>(note photo)</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(note vide)</translation>
    </message>
    <message>
        <source>Cluster {0} of {1}</source>
        <translation>Groupe {0} sur {1}</translation>
    </message>
    <message>
        <source>Untitled cluster</source>
        <translation>Groupe sans titre</translation>
    </message>
    <message>
        <source>{0} from {1} so far</source>
        <translation>{0} de {1} pour l’instant</translation>
    </message>
    <message>
        <source>{0} of {1} cast</source>
        <translation>{0}/{1} votes exprimés</translation>
    </message>
    <message>
        <source>{0} so far, none from research</source>
        <translation>{0} pour l’instant, aucune issue de la recherche</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>+{0} autres</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Target segments</source>
        <translation>Segments cibles</translation>
    </message>
    <message>
        <source>Decisions to inform</source>
        <translation>Décisions à éclairer</translation>
    </message>
    <message>
        <source>Metrics that matter</source>
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <source>Persona {0} of {1}</source>
        <translation>Persona {0} sur {1}</translation>
    </message>
    <message>
        <source>{0}–{1} of {2}</source>
        <translation>{0}–{1} sur {2}</translation>
    </message>
</context>
<context>
    <name>PresenterInvite</name>
    <message>
        <source>Invite the Room…</source>
        <extracomment>The code&apos;s share of the presenter view&apos;s height. The facilitator asks to invite the room (the button).</extracomment>
        <translation>Inviter la salle…</translation>
    </message>
</context>
<context>
    <name>PresenterKeys</name>
    <message>
        <source>Next, previous cluster or persona</source>
        <translation>Groupe ou persona suivant, précédent</translation>
    </message>
    <message>
        <source>Page through its notes or items</source>
        <translation>Parcourir ses notes ou ses éléments page par page</translation>
    </message>
    <message>
        <source>First, last cluster or persona</source>
        <translation>Premier, dernier groupe ou persona</translation>
    </message>
    <message>
        <source>Bigger, smaller, normal type</source>
        <translation>Texte plus grand, plus petit, normal</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Démarrer le minuteur ou le mettre en pause</translation>
    </message>
    <message>
        <source>Full screen on and off</source>
        <translation>Plein écran ou non</translation>
    </message>
    <message>
        <source>Close the presenter view</source>
        <translation>Fermer le mode présentateur</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <extracomment>Body text as a share of the window&apos;s height at normal zoom (34 px at 1080 px). Kept for callers that speak of the smallest text. Below this the window is too small to matter (a test, a thumbnail); text stays legible. The results column&apos;s share of the width, when there are results. The cluster (Cluster stage) or persona (later stages) the room sees; None: first. The stage and cluster or persona shown: another one starts on its first page.</extracomment>
        <translation>Mode présentateur</translation>
    </message>
    <message>
        <source>cluster</source>
        <extracomment>A panel beside the rest (the QR code inviting the room&apos;s phones), or None.</extracomment>
        <translation>groupe</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>→ ← next/previous {0}</source>
        <translation>→ ← changer de {0}</translation>
    </message>
    <message>
        <source>↓ ↑ PgDown PgUp more notes</source>
        <translation>↓ ↑ PgDown PgUp autres notes</translation>
    </message>
    <message>
        <source>↓ ↑ PgDown PgUp more items</source>
        <translation>↓ ↑ PgDown PgUp autres éléments</translation>
    </message>
    <message>
        <source>Ctrl+= / Ctrl+- type size</source>
        <translation>Ctrl+= / Ctrl+- taille du texte</translation>
    </message>
    <message>
        <source>F11 full screen</source>
        <translation>F11 plein écran</translation>
    </message>
    <message>
        <source>Esc close</source>
        <translation>Échap fermer</translation>
    </message>
    <message>
        <source>Presenter view — {0}</source>
        <translation>Mode présentateur — {0}</translation>
    </message>
</context>
<context>
    <name>PreviewMaker</name>
    <message>
        <source>The preview could not be made: {0}</source>
        <extracomment>A preview job: print the first page into the buffer. The longest side of the rendered preview image, in pixels. A new preview image (or message) is ready. The first page&apos;s size in millimetres (width, height), once known. Why there is no preview (e.g. &quot;Choose at least one persona&quot;), or &quot;&quot;.</extracomment>
        <translation>L’aperçu n’a pas pu être créé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>the page could not be drawn</source>
        <translation>la page n’a pas pu être dessinée</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Preview of the first page</source>
        <translation>Aperçu de la première page</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu être lancée.</translation>
    </message>
    <message>
        <source>The PDF made for printing could not be read back.</source>
        <translation>Le PDF préparé pour l’impression n’a pas pu être relu.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code of the address {0}</source>
        <translation>Code QR de l’adresse {0}</translation>
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
        <translation>Votes</translation>
    </message>
    <message>
        <source>Note or cluster</source>
        <translation>Note ou groupe</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Résultats du vote</translation>
    </message>
</context>
<context>
    <name>RespondentDialog</name>
    <message>
        <source>Edit Respondent</source>
        <translation>Modifier le répondant</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>e.g. P3</source>
        <translation>p. ex. P3</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>A&amp;dd Attribute</source>
        <translation>A&amp;jouter un attribut</translation>
    </message>
    <message>
        <source>&amp;Remove Attribute</source>
        <translation>&amp;Retirer l’attribut</translation>
    </message>
    <message>
        <source>Notes about the respondent</source>
        <translation>Remarques sur le répondant</translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Pseudonyme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attributes:</source>
        <translation>&amp;Attributs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Re&amp;marques&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RespondentsList</name>
    <message>
        <source>Respondents</source>
        <extracomment>Changes to these tables change what the list shows.</extracomment>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Edit Respondent…</source>
        <translation>&amp;Modifier le répondant…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>&amp;Delete Respondent</source>
        <translation>&amp;Supprimer le répondant</translation>
    </message>
    <message>
        <source>&amp;Show Notes on Board</source>
        <translation>&amp;Montrer les notes sur le tableau</translation>
    </message>
    <message>
        <source>Edit the pseudonym and attributes of the respondent</source>
        <translation>Modifier le pseudonyme et les attributs du répondant</translation>
    </message>
    <message>
        <source>Two respondents who are the same person become one (Ctrl+M)</source>
        <translation>Deux répondants qui sont la même personne n’en font plus qu’un (Ctrl+M)</translation>
    </message>
    <message>
        <source>Delete the selected respondents; their sources stay, with no one</source>
        <translation>Supprimer les répondants sélectionnés&#xa0;; leurs sources restent, sans répondant</translation>
    </message>
    <message>
        <source>Select the notes of the selected respondents</source>
        <translation>Sélectionner les notes des répondants sélectionnés</translation>
    </message>
    <message>
        <source>Heard in: {0}</source>
        <translation>Entendu dans&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}; “{1}” is removed.</source>
        <translation>{0}&#xa0;; «&#xa0;{1}&#xa0;» est supprimé.</translation>
    </message>
    <message>
        <source>“{0}” takes the attributes it lacks: {1}.</source>
        <translation>«&#xa0;{0}&#xa0;» reprend les attributs qui lui manquent&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings them back as they were.</source>
        <translation>Annuler (Ctrl+Z) les rétablit tels qu’ils étaient.</translation>
    </message>
    <message>
        <source>Merge Respondents</source>
        <translation>Fusionner des répondants</translation>
    </message>
    <message>
        <source>These are the same person. Keep:</source>
        <translation>C’est la même personne. Garder&#xa0;:</translation>
    </message>
    <message>
        <source>Merged {0} respondents into one</source>
        <translation>{0} répondants fusionnés en un seul</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Safety copies of {0}. The one you pick is saved as a new file next to it.</source>
        <translation>Copies de sécurité de {0}. Celle que vous choisissez est enregistrée comme nouveau fichier à côté.</translation>
    </message>
    <message>
        <source>Safety copies</source>
        <translation>Copies de sécurité</translation>
    </message>
    <message>
        <source>There are no safety copies of this workshop yet.</source>
        <translation>Il n’y a pas encore de copie de sécurité de cet atelier.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} Ko</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
</context>
<context>
    <name>RoundComparison</name>
    <message>
        <source>Voting rounds side by side</source>
        <translation>Tours de vote côte à côte</translation>
    </message>
    <message>
        <source>Note or cluster</source>
        <translation>Note ou groupe</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
</context>
<context>
    <name>RoundForm</name>
    <message>
        <source>Name of the new voting round</source>
        <extracomment>The id of the round just started.</extracomment>
        <translation>Nom du nouveau tour de vote</translation>
    </message>
    <message>
        <source>e.g. Most painful</source>
        <translation>p. ex. Les plus pénibles</translation>
    </message>
    <message>
        <source>Vote on notes or on clusters</source>
        <translation>Voter sur des notes ou sur des groupes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Votes per participant</source>
        <translation>Votes par participant</translation>
    </message>
    <message>
        <source>Show tallies while voting</source>
        <translation>Afficher les décomptes pendant le vote</translation>
    </message>
    <message>
        <source>Untick to hide the counts until the round ends, so nobody follows the crowd.</source>
        <translation>Décochez pour masquer les décomptes jusqu’à la fin du tour, afin que personne ne suive la foule.</translation>
    </message>
    <message>
        <source>&amp;Start round</source>
        <translation>&amp;Lancer le tour</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Vote &amp;on:</source>
        <translation>Voter &amp;sur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Votes each:</source>
        <translation>&amp;Votes par personne&#xa0;:</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>Tour {0}</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Add to {0}</source>
        <translation>Ajouter à {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrer par action ou par touche</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>e.g. Interview 7 — nurse, night shift</source>
        <translation>p. ex. Entretien 7 — infirmière, équipe de nuit</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Datée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>A file name, a link, a ticket number…</source>
        <translation>Un nom de fichier, un lien, un numéro de ticket…</translation>
    </message>
    <message>
        <source>Notes about the source</source>
        <translation>Notes sur la source</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Filter sources</source>
        <extracomment>The data of the &quot;Assumptions&quot; row (notes with no source). Changes to these tables rename a source&apos;s study or respondent. Below this width of the list (pixels) the respondent and study columns are hidden (both are named in the source&apos;s tooltip).</extracomment>
        <translation>Filtrer les sources</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>&amp;Add Source…</source>
        <translation>&amp;Ajouter une source…</translation>
    </message>
    <message>
        <source>&amp;Edit Source…</source>
        <translation>&amp;Modifier la source…</translation>
    </message>
    <message>
        <source>Assign &amp;to Selected Notes</source>
        <translation>A&amp;ttribuer aux notes sélectionnées</translation>
    </message>
    <message>
        <source>Ma&amp;ke Selected Notes Assumptions</source>
        <translation>Faire des notes sélectionnées des &amp;hypothèses</translation>
    </message>
    <message>
        <source>Two or more sources selected in this list that are the same become one</source>
        <translation>Deux sources ou plus sélectionnées dans cette liste, qui sont la même, n’en font plus qu’une</translation>
    </message>
    <message>
        <source>Respondent: {0}</source>
        <translation>Répondant&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Study: {0}</source>
        <translation>Étude&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>“{0}” has no notes; it is removed.</source>
        <translation>«&#xa0;{0}&#xa0;» n’a pas de notes&#xa0;; elle est supprimée.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings them back as they were.</source>
        <translation>Annuler (Ctrl+Z) les rétablit tels qu’ils étaient.</translation>
    </message>
    <message>
        <source>These are the same source. Keep:</source>
        <translation>C’est la même source. Garder&#xa0;:</translation>
    </message>
    <message>
        <source>Merge &amp;Respondents Into…</source>
        <translation>Fusionner les &amp;répondants dans…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>&amp;Delete Source</source>
        <translation>&amp;Supprimer la source</translation>
    </message>
    <message>
        <source>&amp;Show Notes on Board</source>
        <translation>Affi&amp;cher les notes sur le tableau</translation>
    </message>
    <message>
        <source>Add an interview, survey or other source notes can cite</source>
        <translation>Ajouter un entretien, un questionnaire ou une autre source que les notes peuvent citer</translation>
    </message>
    <message>
        <source>Edit the source selected in this list</source>
        <translation>Modifier la source sélectionnée dans cette liste</translation>
    </message>
    <message>
        <source>The respondents of the sources selected in this list are one person: merge them into one</source>
        <translation>Les répondants des sources sélectionnées dans cette liste sont une seule personne&#xa0;: les fusionner en un seul</translation>
    </message>
    <message>
        <source>Delete the sources selected in this list; their notes become assumptions</source>
        <translation>Supprimer les sources sélectionnées dans cette liste&#xa0;; leurs notes deviennent des hypothèses</translation>
    </message>
    <message>
        <source>Give the notes selected on the board the source selected in this list</source>
        <translation>Donner aux notes sélectionnées sur le tableau la source sélectionnée dans cette liste</translation>
    </message>
    <message>
        <source>Make the notes selected on the board assumptions (no source)</source>
        <translation>Faire des notes sélectionnées sur le tableau des hypothèses (sans source)</translation>
    </message>
    <message>
        <source>Select the notes of the selected sources on the board</source>
        <translation>Sélectionner sur le tableau les notes des sources sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>&amp;Respondents</source>
        <translation>&amp;Répondants</translation>
    </message>
    <message>
        <source>The people interviewed or surveyed, with their attributes</source>
        <translation>Les personnes interviewées ou interrogées, avec leurs attributs</translation>
    </message>
    <message>
        <source>Assumptions (no source)</source>
        <translation>Hypothèses (sans source)</translation>
    </message>
    <message>
        <source>Notes with no source: claims without research behind them</source>
        <translation>Notes sans source&#xa0;: des affirmations sans recherche derrière elles</translation>
    </message>
    <message>
        <source>Merge Sources</source>
        <translation>Fusionner des sources</translation>
    </message>
    <message>
        <source>Merged {0} sources into one</source>
        <translation>{0} sources fusionnées en une seule</translation>
    </message>
    <message>
        <source>Assign source</source>
        <translation>Attribuer une source</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Retirer la source</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Frame</source>
        <translation>Cadrer</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Collecter</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Regrouper</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Stage {0} of {1}</source>
        <translation>Étape {0} sur {1}</translation>
    </message>
</context>
<context>
    <name>StagePanel</name>
    <message>
        <source>Stage panel</source>
        <extracomment>Lines each Frame checklist line always takes (see the module&apos;s docstring).</extracomment>
        <translation>Panneau de l’étape</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Tools for this stage</source>
        <translation>Outils de cette étape</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Fait&#xa0;: {0}</translation>
    </message>
    <message>
        <source>To do: {0}</source>
        <translation>À faire&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>StageTools</name>
    <message>
        <source>&amp;Writing as:</source>
        <translation>Écr&amp;it en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Participants…</translation>
    </message>
    <message>
        <source>Dot &amp;voting…</source>
        <translation>&amp;Vote par gommettes…</translation>
    </message>
    <message>
        <source>Open the &amp;persona editor</source>
        <translation>Ouvrir l’é&amp;diteur de personas</translation>
    </message>
    <message>
        <source>Show the evidence &amp;check</source>
        <translation>Afficher la vérifi&amp;cation des preuves</translation>
    </message>
    <message>
        <source>&amp;Export posters and cards…</source>
        <translation>&amp;Exporter les affiches et les cartes…</translation>
    </message>
    <message>
        <source>P&amp;resenter view</source>
        <translation>&amp;Mode présentateur</translation>
    </message>
    <message>
        <source>Dot-vote what matters most: start a round on notes or clusters.</source>
        <translation>Votez par gommettes pour ce qui compte le plus&#xa0;: lancez un tour sur des notes ou des groupes.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Turn research evidence into customer personas, together, in one room.</source>
        <translation>Transformer les preuves issues de la recherche en personas clients, ensemble, dans une même salle.</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nouvel atelier…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Ouvrir la démonstration</translation>
    </message>
    <message>
        <source>Start an empty workshop file</source>
        <translation>Créer un fichier d’atelier vide</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>Ouvrir un fichier d’atelier</translation>
    </message>
    <message>
        <source>A budgeting-app team&apos;s workshop</source>
        <translation>L’atelier de l’équipe d’une application de budget</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Ateliers récents</translation>
    </message>
    <message>
        <source>Workshops you open will be listed here.</source>
        <translation>Les ateliers que vous ouvrirez s’afficheront ici.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>What will be imported, and what will be left out and why.</source>
        <translation>Ce qui sera importé, ce qui sera écarté et pourquoi.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Récapitulatif de l’import</translation>
    </message>
    <message>
        <source>Working out what to import…</source>
        <translation>Analyse de ce qu’il faut importer…</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <source>Time left</source>
        <extracomment>Time-up and warning colours; both hold at least 4.5:1 against their background.</extracomment>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Réinitialiser le minuteur</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Add one minute</source>
        <translation>Ajouter une minute</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Add five minutes</source>
        <translation>Ajouter cinq minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timebox of this stage, in minutes</source>
        <translation>Durée impartie à cette étape, en minutes</translation>
    </message>
    <message>
        <source>&amp;Timebox:</source>
        <translation>&amp;Durée impartie&#xa0;:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Mettre le minuteur en pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <source>Cluster title</source>
        <translation>Titre du groupe</translation>
    </message>
</context>
<context>
    <name>VoteOverlay</name>
    <message>
        <source>This cluster got {0} and ranks #{1}, tied in this round.</source>
        <translation>Ce groupe a reçu {0} et se place au rang {1}, à égalité, dans ce tour.</translation>
    </message>
    <message>
        <source>This cluster got {0} and ranks #{1} in this round.</source>
        <translation>Ce groupe a reçu {0} et se place au rang {1} dans ce tour.</translation>
    </message>
    <message>
        <source>This note got {0} and ranks #{1}, tied in this round.</source>
        <translation>Cette note a reçu {0} et se place au rang {1}, à égalité, dans ce tour.</translation>
    </message>
    <message>
        <source>This note got {0} and ranks #{1} in this round.</source>
        <translation>Cette note a reçu {0} et se place au rang {1} dans ce tour.</translation>
    </message>
    <message>
        <source>This note has {0} so far in the open round.</source>
        <translation>Cette note a {0} pour l’instant dans le tour en cours.</translation>
    </message>
    <message>
        <source>This cluster has {0} so far in the open round.</source>
        <translation>Ce groupe a {0} pour l’instant dans le tour en cours.</translation>
    </message>
</context>
<context>
    <name>VotingMode</name>
    <message>
        <source>Not voting: clicks on the board select notes.</source>
        <translation>Pas de vote&#xa0;: les clics sur le tableau sélectionnent des notes.</translation>
    </message>
    <message>
        <source>Voting: add participants first (Participants panel).</source>
        <translation>Vote&#xa0;: ajoutez d’abord des participants (panneau Participants).</translation>
    </message>
    <message>
        <source>Voting: click a cluster to give {0}&apos;s dot · {1} of {2} left</source>
        <translation>Vote&#xa0;: cliquez sur un groupe pour donner une gommette de {0} · {1} sur {2} restantes</translation>
    </message>
    <message>
        <source>Voting: click a note to give {0}&apos;s dot · {1} of {2} left</source>
        <translation>Vote&#xa0;: cliquez sur une note pour donner une gommette de {0} · {1} sur {2} restantes</translation>
    </message>
    <message>
        <source>Voting: click a cluster to take back one of {0}&apos;s dots · {1} of {2} left</source>
        <translation>Vote&#xa0;: cliquez sur un groupe pour retirer une gommette de {0} · {1} sur {2} restantes</translation>
    </message>
    <message>
        <source>Voting: click a note to take back one of {0}&apos;s dots · {1} of {2} left</source>
        <translation>Vote&#xa0;: cliquez sur une note pour retirer une gommette de {0} · {1} sur {2} restantes</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Voting round</source>
        <translation>Tour de vote</translation>
    </message>
    <message>
        <source>&amp;Delete round</source>
        <translation>&amp;Supprimer le tour</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Tour&#xa0;:</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Qui vote</translation>
    </message>
    <message>
        <source>Esc</source>
        <extracomment>Voting mode: clicks on the board are dots (see ``round_mode``).</extracomment>
        <translation>Échap</translation>
    </message>
    <message>
        <source>On the board while voting: Tab / Shift+Tab next / previous person, 1–9 the person with that number, Esc stops voting.</source>
        <translation>Sur le tableau pendant le vote&#xa0;: Tab / Maj+Tab personne suivante / précédente, 1–9 la personne portant ce numéro, Échap arrête le vote.</translation>
    </message>
    <message>
        <source>Clicks &amp;take back a vote</source>
        <translation>Les clics &amp;retirent un vote</translation>
    </message>
    <message>
        <source>Move to the next person when their votes are used</source>
        <translation>Passer à la personne suivante quand ses votes sont épuisés</translation>
    </message>
    <message>
        <source>Show &amp;tallies while voting</source>
        <translation>Afficher les &amp;décomptes pendant le vote</translation>
    </message>
    <message>
        <source>&amp;End round</source>
        <translation>Ter&amp;miner le tour</translation>
    </message>
    <message>
        <source>Show on the &amp;board</source>
        <translation>Afficher sur le ta&amp;bleau</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nouveau tour</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Comparer les tours</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>Whether the panel is open (the feature says: its dock is not closed).</extracomment>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>the round ended</source>
        <translation>le tour est terminé</translation>
    </message>
    <message>
        <source>no round</source>
        <translation>aucun tour</translation>
    </message>
    <message>
        <source>No voting round yet: start one under “New round”.</source>
        <translation>Aucun tour de vote pour l’instant&#xa0;: lancez-en un sous «&#xa0;Nouveau tour&#xa0;».</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>clusters</source>
        <translation>groupes</translation>
    </message>
    <message>
        <source>Add participants first (Participants panel).</source>
        <translation>Ajoutez d’abord des participants (panneau Participants).</translation>
    </message>
    <message>
        <source>Tallies are hidden until the round ends.</source>
        <translation>Les décomptes sont masqués jusqu’à la fin du tour.</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Résultats&#xa0;:</translation>
    </message>
    <message>
        <source>Votes so far:</source>
        <translation>Votes jusqu’ici&#xa0;:</translation>
    </message>
    <message>
        <source>{0}. {1} — {2} left</source>
        <translation>{0}. {1} — {2} restant(s)</translation>
    </message>
    <message>
        <source>Voting stopped: clicks on the board select again.</source>
        <translation>Vote arrêté&#xa0;: les clics sur le tableau sélectionnent à nouveau.</translation>
    </message>
    <message>
        <source>Voting stopped ({0}): clicks on the board select again.</source>
        <translation>Vote arrêté ({0})&#xa0;: les clics sur le tableau sélectionnent à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Stop voting (Esc)</source>
        <translation>&amp;Arrêter le vote (Échap)</translation>
    </message>
    <message>
        <source>&amp;Vote by clicking the board</source>
        <translation>&amp;Voter en cliquant sur le tableau</translation>
    </message>
    <message>
        <source>{0} · Tab: next person · Esc: stop</source>
        <translation>{0} · Tab&#xa0;: personne suivante · Échap&#xa0;: arrêter</translation>
    </message>
    <message>
        <source>This round is a vote on clusters: click a cluster.</source>
        <translation>Ce tour est un vote sur des groupes&#xa0;: cliquez sur un groupe.</translation>
    </message>
    <message>
        <source>This round is a vote on notes: click a note.</source>
        <translation>Ce tour est un vote sur des notes&#xa0;: cliquez sur une note.</translation>
    </message>
    <message>
        <source>Add participants first, then choose who is voting.</source>
        <translation>Ajoutez d’abord des participants, puis choisissez qui vote.</translation>
    </message>
    <message>
        <source>There is no vote of theirs here to take back.</source>
        <translation>Cette personne n’a pas de vote ici à retirer.</translation>
    </message>
    <message>
        <source>{0} is voting now.</source>
        <translation>{0} vote maintenant.</translation>
    </message>
    <message>
        <source>Everyone has used their votes: end the round?</source>
        <translation>Tout le monde a utilisé ses votes&#xa0;: terminer le tour&#xa0;?</translation>
    </message>
    <message>
        <source>Show tallies</source>
        <translation>Afficher les décomptes</translation>
    </message>
    <message>
        <source>Hide tallies</source>
        <translation>Masquer les décomptes</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>&amp;Previous Stage</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Stage</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Start Timer</source>
        <translation>&amp;Démarrer le minuteur</translation>
    </message>
    <message>
        <source>&amp;Reset Timer</source>
        <translation>&amp;Réinitialiser le minuteur</translation>
    </message>
    <message>
        <source>Add &amp;1 Minute</source>
        <translation>Ajouter &amp;1 minute</translation>
    </message>
    <message>
        <source>Add &amp;5 Minutes</source>
        <translation>Ajouter &amp;5 minutes</translation>
    </message>
    <message>
        <source>Presen&amp;ter View</source>
        <translation>&amp;Mode présentateur</translation>
    </message>
    <message>
        <source>Show the room the stage, the cluster or persona at hand and the timer (F5)</source>
        <translation>Montrer à la salle l’étape, le groupe ou la persona en cours et le minuteur (F5)</translation>
    </message>
    <message>
        <source>Dot &amp;Voting…</source>
        <translation>&amp;Vote par gommettes…</translation>
    </message>
    <message>
        <source>P&amp;articipants…</source>
        <translation>Par&amp;ticipants…</translation>
    </message>
    <message>
        <source>&amp;Go to Stage</source>
        <translation>&amp;Aller à l’étape</translation>
    </message>
    <message>
        <source>Stage timer: {0} left</source>
        <translation>Minuteur de l’étape&#xa0;: {0} restant</translation>
    </message>
    <message>
        <source>&amp;Pause Timer</source>
        <translation>Mettre le minuteur en &amp;pause</translation>
    </message>
</context>
<context>
    <name>WorkshopUndo</name>
    <message>
        <source>Could not undo or redo: {0}</source>
        <translation>Impossible d’annuler ou de rétablir&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>WritingAsCombo</name>
    <message>
        <source>Writing notes as</source>
        <extracomment>Colours given to new participants in turn: distinct, and dark enough for white text.</extracomment>
        <translation>Notes écrites en tant que</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Personne en particulier</translation>
    </message>
</context>
<context>
    <name>ZoomControl</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom to 100% (Ctrl+1)</source>
        <translation>Zoom à 100&#xa0;% (Ctrl+1)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Zoom avant (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole board (Ctrl+0)</source>
        <translation>Afficher tout le tableau (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel Reading</source>
        <translation>Annuler la lecture</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Stage: {0}</source>
        <extracomment>The persona the facilitator last showed in the editor (the room sees it too).</extracomment>
        <translation>Étape&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No safety copy: {0}</source>
        <extracomment>How often a safety copy is taken while a workshop is open and has changed.</extracomment>
        <translation>Pas de copie de sécurité&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Invite the Room</source>
        <translation>Inviter la salle</translation>
    </message>
    <message>
        <source>The room could not be invited on {0}: {1}</source>
        <translation>La salle n’a pas pu être invitée sur {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>The room is no longer invited</source>
        <translation>La salle n’est plus invitée</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>The workshop could not be opened</source>
        <extracomment>Environment variable for smoke tests: quit this many milliseconds after starting. Exit status when the window did not show what was asked for. Exit status after Ctrl+C in the terminal that started the app (as the verbs).</extracomment>
        <translation>L’atelier n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>Note Details</source>
        <translation>Détails de la note</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>Ate&amp;lier</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Dot Voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Stage timer: time left</source>
        <translation>Minuteur de l’étape&#xa0;: temps restant</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Merge breakout workshops</source>
        <translation>Fusionner les copies des sous-groupes</translation>
    </message>
    <message>
        <source>Persona workshops (*.pwshop);;All files (*)</source>
        <translation>Ateliers de personas (*.pwshop);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Which workshop were the breakout copies made from?</source>
        <translation>À partir de quel atelier les copies des sous-groupes ont-elles été faites&#xa0;?</translation>
    </message>
    <message>
        <source>A change made in one place only is taken; the same thing changed in both is kept twice for you to choose. To tell which is which, the merge compares with the workshop as it was when the copies were made.</source>
        <translation>Une modification faite à un seul endroit est reprise&#xa0;; une même chose modifiée des deux côtés est gardée en double pour que vous choisissiez. Pour les distinguer, la fusion compare avec l’atelier tel qu’il était quand les copies ont été faites.</translation>
    </message>
    <message>
        <source>This Workshop, Unchanged Since</source>
        <translation>Cet atelier, inchangé depuis</translation>
    </message>
    <message>
        <source>Choose the Original…</source>
        <translation>Choisir l’original…</translation>
    </message>
    <message>
        <source>The workshop the copies were made from</source>
        <translation>L’atelier à partir duquel les copies ont été faites</translation>
    </message>
    <message>
        <source>&amp;Merge Workshop…</source>
        <translation>&amp;Fusionner un atelier…</translation>
    </message>
    <message>
        <source>Bring breakout groups&apos; copies of this workshop into it</source>
        <translation>Réintégrer dans cet atelier les copies faites par les sous-groupes</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Open an automatic safety copy of a workshop as a new file</source>
        <translation>Ouvrir une copie de sécurité automatique d’un atelier comme nouveau fichier</translation>
    </message>
    <message>
        <source>The safety copy could not be restored</source>
        <translation>La copie de sécurité n’a pas pu être restaurée</translation>
    </message>
    <message>
        <source>Restored the safety copy as {0}, next to the original</source>
        <translation>Copie de sécurité restaurée sous {0}, à côté de l’original</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Each language named in itself, so it can be found whatever the window speaks.</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The window speaks {0} from the next start.</source>
        <translation>Langue de la fenêtre au prochain démarrage&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>&amp;Invite the Room…</source>
        <translation>&amp;Inviter la salle…</translation>
    </message>
    <message>
        <source>Let participants add notes and dots from their phones, over this network</source>
        <translation>Laisser les participants ajouter des notes et des gommettes depuis leur téléphone, par ce réseau</translation>
    </message>
    <message>
        <source>The workshop is open read-only</source>
        <translation>L’atelier est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Phones connected</source>
        <translation>Téléphones connectés</translation>
    </message>
</context>
</TS>
