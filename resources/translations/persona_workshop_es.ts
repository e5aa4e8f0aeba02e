<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>About</source>
        <comment>Turn research evidence into customer personas, together, in one room.</comment>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>About</source>
        <comment>Built with:</comment>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>About</source>
        <comment>Bundled fonts and their licences: see resources/fonts/README.md.</comment>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <extracomment>Whether the overview map is shown (View menu), remembered across workshops and runs.</extracomment>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <source>Add a note and type into it (or double-click the board)</source>
        <translation>Añadir una nota y escribir en ella (o hacer doble clic en el tablero)</translation>
    </message>
    <message>
        <source>&amp;Edit Note</source>
        <translation>&amp;Editar nota</translation>
    </message>
    <message>
        <source>Edit the selected note&apos;s text or the selected cluster&apos;s title</source>
        <translation>Editar el texto de la nota seleccionada o el título del grupo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected notes; selected cluster frames are removed, their notes stay</source>
        <translation>Eliminar las notas seleccionadas; se quitan los marcos de los grupos seleccionados y sus notas se conservan</translation>
    </message>
    <message>
        <source>Select &amp;All Notes</source>
        <translation>Seleccionar &amp;todas las notas</translation>
    </message>
    <message>
        <source>Select every note</source>
        <translation>Seleccionar todas las notas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected notes and clusters</source>
        <translation>Copiar las notas y los grupos seleccionados</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cort&amp;ar</translation>
    </message>
    <message>
        <source>Cut the selected notes and clusters</source>
        <translation>Cortar las notas y los grupos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste notes, pictures or text as notes</source>
        <translation>Pegar notas, imágenes o texto como notas</translation>
    </message>
    <message>
        <source>Cluste&amp;r Selected Notes</source>
        <translation>A&amp;grupar las notas seleccionadas</translation>
    </message>
    <message>
        <source>T&amp;idy Cluster</source>
        <translation>O&amp;rdenar grupo</translation>
    </message>
    <message>
        <source>&amp;Bring to Front</source>
        <translation>Traer al &amp;frente</translation>
    </message>
    <message>
        <source>Show Overview &amp;Map</source>
        <translation>Mostrar &amp;mapa general</translation>
    </message>
    <message>
        <source>&amp;Move to Cluster</source>
        <translation>&amp;Mover a un grupo</translation>
    </message>
    <message>
        <source>R&amp;ename Cluster</source>
        <translation>Camb&amp;iar el nombre del grupo</translation>
    </message>
    <message>
        <source>Remo&amp;ve Cluster Frame</source>
        <translation>&amp;Quitar el marco del grupo</translation>
    </message>
    <message>
        <source>Put the selected notes into a new cluster</source>
        <translation>Poner las notas seleccionadas en un grupo nuevo</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>&amp;Desagrupar</translation>
    </message>
    <message>
        <source>Remove the selected clusters&apos; frames; their notes stay</source>
        <translation>Quitar los marcos de los grupos seleccionados; sus notas se conservan</translation>
    </message>
    <message>
        <source>Arrange the notes of the selected clusters in a grid</source>
        <translation>Colocar en cuadrícula las notas de los grupos seleccionados</translation>
    </message>
    <message>
        <source>New Empty C&amp;luster</source>
        <translation>Nuevo grupo &amp;vacío</translation>
    </message>
    <message>
        <source>Add an empty cluster frame to drag notes into</source>
        <translation>Añadir un marco de grupo vacío al que arrastrar notas</translation>
    </message>
    <message>
        <source>Put the selected notes on top of the others</source>
        <translation>Poner las notas seleccionadas encima de las demás</translation>
    </message>
    <message>
        <source>&amp;Find Notes…</source>
        <translation>&amp;Buscar notas…</translation>
    </message>
    <message>
        <source>Find notes by their text; filter by source, author or cluster</source>
        <translation>Buscar notas por su texto; filtrar por fuente, autor o grupo</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom in (or Ctrl+wheel, or pinch)</source>
        <translation>Acercar (o Ctrl+rueda, o pellizcar)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <source>Show the whole board</source>
        <translation>Mostrar todo el tablero</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Zoom al 100 %</translation>
    </message>
    <message>
        <source>Show a map of the whole board in its corner</source>
        <translation>Mostrar un mapa de todo el tablero en su esquina</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>Col&amp;or</translation>
    </message>
    <message>
        <source>Colour the selected notes and clusters</source>
        <translation>Colorear las notas y los grupos seleccionados</translation>
    </message>
    <message>
        <source>Assign &amp;Source</source>
        <translation>Asignar f&amp;uente</translation>
    </message>
    <message>
        <source>Say which source the selected notes come from, or make them assumptions</source>
        <translation>Indicar de qué fuente proceden las notas seleccionadas, o convertirlas en supuestos</translation>
    </message>
    <message>
        <source>Put the selected notes into a cluster</source>
        <translation>Poner las notas seleccionadas en un grupo</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>there is not enough memory to read this file</source>
        <translation>no hay memoria suficiente para leer este archivo</translation>
    </message>
    <message>
        <source>the file could not be read ({0}: {1})</source>
        <translation>no se pudo leer el archivo ({0}: {1})</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>picture missing</source>
        <translation>falta la imagen</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>el portapapeles</translation>
    </message>
    <message>
        <source>Untitled cluster</source>
        <translation>Grupo sin título</translation>
    </message>
    <message>
        <source>Paste as notes</source>
        <translation>Pegar como notas</translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation>No se añadió: {0}</translation>
    </message>
    <message>
        <source>Move notes and clusters</source>
        <translation>Mover notas y grupos</translation>
    </message>
    <message>
        <source>This workshop is open read-only; save a copy to make changes.</source>
        <translation>Este taller está abierto en modo de solo lectura; guarde una copia para hacer cambios.</translation>
    </message>
    <message>
        <source>Assign source</source>
        <translation>Asignar fuente</translation>
    </message>
    <message>
        <source>Mark as assumption</source>
        <translation>Marcar como supuesto</translation>
    </message>
    <message>
        <source>Select the notes to put in a cluster first.</source>
        <translation>Primero seleccione las notas que quiere poner en un grupo.</translation>
    </message>
    <message>
        <source>Select a cluster (or a note in it) to ungroup.</source>
        <translation>Seleccione un grupo (o una nota suya) para desagruparlo.</translation>
    </message>
    <message>
        <source>Select a cluster (or a note in it) to tidy.</source>
        <translation>Seleccione un grupo (o una nota suya) para ordenarlo.</translation>
    </message>
    <message>
        <source>Edit note text</source>
        <translation>Editar el texto de la nota</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Cambiar el tamaño de la nota</translation>
    </message>
    <message>
        <source>Resize cluster</source>
        <translation>Cambiar el tamaño del grupo</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Cambiar el nombre del grupo</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Recolour</source>
        <translation>Cambiar el color</translation>
    </message>
    <message>
        <source>Set author</source>
        <translation>Indicar el autor</translation>
    </message>
    <message>
        <source>Tidy cluster</source>
        <translation>Ordenar grupo</translation>
    </message>
    <message>
        <source>Take out of cluster</source>
        <translation>Sacar del grupo</translation>
    </message>
    <message>
        <source>the clipboard&apos;s picture cannot be read</source>
        <translation>no se puede leer la imagen del portapapeles</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>imagen pegada</translation>
    </message>
    <message>
        <source>One note per line ({n})</source>
        <translation>Una nota por línea ({n})</translation>
    </message>
    <message>
        <source>One note per paragraph ({n})</source>
        <translation>Una nota por párrafo ({n})</translation>
    </message>
    <message>
        <source>One note per cell ({n})</source>
        <translation>Una nota por celda ({n})</translation>
    </message>
    <message>
        <source>{name}: only pictures can be dropped on the board</source>
        <translation>{name}: en el tablero solo se pueden soltar imágenes</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>supuesto</translation>
    </message>
    <message>
        <source>INT</source>
        <translation>ENT</translation>
    </message>
    <message>
        <source>SURV</source>
        <translation>ENC</translation>
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
        <translation>DATOS</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>OTRA</translation>
    </message>
    <message>
        <source>OPINION</source>
        <translation>OPINIÓN</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation>Ticket de soporte</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Assumption / team opinion</source>
        <translation>Supuesto / opinión del equipo</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>No Source (an Assumption)</source>
        <translation>Sin fuente (un supuesto)</translation>
    </message>
    <message>
        <source>(no sources yet)</source>
        <translation>(aún no hay fuentes)</translation>
    </message>
    <message>
        <source>No Cluster</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>Untitled cluster</source>
        <translation>Grupo sin título</translation>
    </message>
</context>
<context>
    <name>BoardExport</name>
    <message>
        <source>Export &amp;Board as PNG/PDF…</source>
        <translation>Exportar el &amp;tablero como PNG/PDF…</translation>
    </message>
    <message>
        <source>Save the whole board as a picture or a PDF to send round</source>
        <translation>Guardar todo el tablero como imagen o PDF para compartirlo</translation>
    </message>
    <message>
        <source>Export Se&amp;lection as PNG/PDF…</source>
        <translation>Exportar la se&amp;lección como PNG/PDF…</translation>
    </message>
    <message>
        <source>Save the selected notes and clusters as a picture or a PDF</source>
        <translation>Guardar las notas y los grupos seleccionados como imagen o PDF</translation>
    </message>
    <message>
        <source>Export Board</source>
        <translation>Exportar el tablero</translation>
    </message>
    <message>
        <source>{0} board.png</source>
        <translation>{0} tablero.png</translation>
    </message>
    <message>
        <source>board.png</source>
        <extracomment>Print resolution, and the board&apos;s own (one board unit is one pixel at 100%). Room around what is exported, in board units. A picture is kept within this many pixels (a huge board is drawn at a lower resolution rather than not at all): about 64 megapixels, 256 MB while it is drawn. No side of a picture is longer than this (what image viewers and PNG readers accept).</extracomment>
        <translation>tablero.png</translation>
    </message>
    <message>
        <source>Nothing was exported: {0}</source>
        <translation>No se exportó nada: {0}</translation>
    </message>
    <message>
        <source>Saved as {0} (a board picture is a PNG or PDF)</source>
        <translation>Guardado como {0} (una imagen del tablero es un PNG o un PDF)</translation>
    </message>
    <message>
        <source>Exported the board to {0}</source>
        <translation>Tablero exportado a {0}</translation>
    </message>
    <message>
        <source>there is not enough memory for a picture this large</source>
        <translation>no hay memoria suficiente para una imagen tan grande</translation>
    </message>
    <message>
        <source>the picture could not be written there</source>
        <translation>la imagen no se pudo escribir ahí</translation>
    </message>
    <message>
        <source>the PDF could not be written there</source>
        <translation>el PDF no se pudo escribir ahí</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Evidence board</source>
        <translation>Tablero de evidencia</translation>
    </message>
    <message>
        <source>Double-click for a new note · drag a note onto a cluster to group it · drag a note by its marker to link it to a persona · space+drag to pan</source>
        <translation>Doble clic para una nota nueva · arrastrar una nota sobre un grupo para agruparla · arrastrar una nota por su marcador para vincularla a una persona · espacio+arrastrar para desplazarse</translation>
    </message>
    <message>
        <source>Those notes are no longer on the board.</source>
        <extracomment>A press on a frame&apos;s free inside, until it turns into a rubber band. Builds the context menu (the board feature sets it).</extracomment>
        <translation>Esas notas ya no están en el tablero.</translation>
    </message>
    <message>
        <source>Question: {0}</source>
        <translation>Pregunta: {0}</translation>
    </message>
    <message>
        <source>— assumption (no source)</source>
        <translation>— supuesto (sin fuente)</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Evidence check findings</source>
        <translation>Resultados de la revisión de evidencia</translation>
    </message>
    <message>
        <source>Distinct sources an important item needs</source>
        <translation>Fuentes distintas que necesita un elemento importante</translation>
    </message>
    <message>
        <source>Days before evidence counts as stale</source>
        <translation>Días tras los que la evidencia se considera desactualizada</translation>
    </message>
    <message>
        <source>Most items a section should hold</source>
        <translation>Número máximo de elementos en una sección</translation>
    </message>
    <message>
        <source>Sources per key item</source>
        <translation>Fuentes por elemento clave</translation>
    </message>
    <message>
        <source>Fresh for (days)</source>
        <translation>Vigente durante (días)</translation>
    </message>
    <message>
        <source>Items per section, at most</source>
        <translation>Elementos por sección, como máximo</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>The workshop&apos;s settings for the check</source>
        <translation>Los ajustes del taller para la revisión</translation>
    </message>
    <message>
        <source>No personas to check yet.</source>
        <translation>Aún no hay personas que revisar.</translation>
    </message>
    <message>
        <source>{0}: {1} pass, {2} blocking.</source>
        <translation>{0}. Aprobadas: {1}; bloqueantes: {2}.</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>Nada que corregir.</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>Corregir: {0}</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>Yellow</source>
        <extracomment>The names of the note colours (``NOTE_COLOURS``), marked for the window&apos;s catalogue (context &quot;Colours&quot;).</extracomment>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Indigo</source>
        <extracomment>Colours offered for a persona (name, hex): distinct on a projector and in print. Their names, marked for the window&apos;s catalogue (context &quot;Colours&quot;).</extracomment>
        <translation>Índigo</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <source>Raspberry</source>
        <translation>Frambuesa</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Marrón</translation>
    </message>
    <message>
        <source>Slate</source>
        <translation>Pizarra</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Choose the columns</source>
        <translation>Elegir las columnas</translation>
    </message>
    <message>
        <source>Each filled cell of the text columns becomes a note. Each respondent or ticket becomes a source, or the whole file is one source.</source>
        <translation>Cada celda con contenido de las columnas de texto se convierte en una nota. Cada informante o ticket se convierte en una fuente, o todo el archivo es una sola fuente.</translation>
    </message>
    <message>
        <source>Columns that become notes</source>
        <translation>Columnas que se convierten en notas</translation>
    </message>
    <message>
        <source>One note per row (join the chosen columns)</source>
        <translation>Una nota por fila (unir las columnas elegidas)</translation>
    </message>
    <message>
        <source>Respondent or ticket column</source>
        <translation>Columna de informante o ticket</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Columna de fecha</translation>
    </message>
    <message>
        <source>Skip empty cells and “n/a”</source>
        <translation>Omitir celdas vacías y “n/a”</translation>
    </message>
    <message>
        <source>Respondent: whose words become notes</source>
        <translation>Informante: la persona cuyas palabras se convierten en notas</translation>
    </message>
    <message>
        <source>Keep each answer&apos;s question (shown with the note)</source>
        <translation>Conservar la pregunta de cada respuesta (se muestra con la nota)</translation>
    </message>
    <message>
        <source>&amp;Respondent:</source>
        <translation>&amp;Informante:</translation>
    </message>
    <message>
        <source>Respondent / &amp;ticket:</source>
        <translation>Informante / &amp;ticket:</translation>
    </message>
    <message>
        <source>&amp;Kind of source:</source>
        <translation>Ti&amp;po de fuente:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Note &amp;text from:</source>
        <translation>Te&amp;xto de la nota desde:</translation>
    </message>
    <message>
        <source>Each paragraph or bullet point becomes a note.</source>
        <translation>Cada párrafo o viñeta se convierte en una nota.</translation>
    </message>
    <message>
        <source>For example: {0}</source>
        <translation>Por ejemplo: {0}</translation>
    </message>
    <message>
        <source>None: one source for the whole file</source>
        <translation>Ninguna: una sola fuente para todo el archivo</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Some rows have more cells than there are headers (row {0}: {1}); join them back onto “{2}”</source>
        <translation>Algunas filas tienen más celdas que encabezados (fila {0}: {1}); se vuelven a unir a “{2}”</translation>
    </message>
    <message>
        <source>Everyone but the interviewer (guessed)</source>
        <translation>Todos menos quien entrevista (deducido)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Each turn of the respondent becomes a note; the interviewer&apos;s words, timestamps and [asides] are left out. The summary shows who said what.</source>
        <translation>Cada intervención del informante se convierte en una nota; se omiten las palabras de quien entrevista, las marcas de tiempo y los [comentarios entre corchetes]. El resumen muestra quién dijo qué.</translation>
    </message>
    <message>
        <source>Choose who speaks</source>
        <translation>Elegir quién habla</translation>
    </message>
    <message>
        <source>Each turn of the respondent becomes a note, and each respondent a source. Say who the respondent is when the guess is wrong.</source>
        <translation>Cada intervención del informante se convierte en una nota, y cada informante en una fuente. Indique quién es el informante si la conjetura es errónea.</translation>
    </message>
    <message>
        <source>Choose the kind of source</source>
        <translation>Elegir el tipo de fuente</translation>
    </message>
    <message>
        <source>Each paragraph or bullet point of the notes becomes a note; the whole file is one source.</source>
        <translation>Cada párrafo o viñeta de las notas se convierte en una nota; todo el archivo es una sola fuente.</translation>
    </message>
    <message>
        <source>Skip paragraphs that say only “n/a”</source>
        <translation>Omitir los párrafos que solo dicen “n/a”</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare personas</source>
        <translation>Comparar personas</translation>
    </message>
    <message>
        <source>Personas to compare</source>
        <translation>Personas que comparar</translation>
    </message>
    <message>
        <source>Personas side by side</source>
        <translation>Personas lado a lado</translation>
    </message>
    <message>
        <source>Tick two or more personas to compare them.</source>
        <translation>Marque dos o más personas para compararlas.</translation>
    </message>
    <message>
        <source>Archetype</source>
        <translation>Arquetipo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Role and context</source>
        <translation>Rol y contexto</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Evidence check</source>
        <translation>Revisión de evidencia</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparar:</translation>
    </message>
    <message>
        <source> (source: {0})</source>
        <translation> (fuente: {0})</translation>
    </message>
    <message>
        <source>reviewed {0}</source>
        <translation>revisada el {0}</translation>
    </message>
    <message>
        <source> by {0}</source>
        <translation> por {0}</translation>
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
            <numerusform>Pegar %n nota</numerusform>
            <numerusform>Pegar %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n note</source>
        <comment>Cut %n notes</comment>
        <translation>
            <numerusform>Cortar %n nota</numerusform>
            <numerusform>Cortar %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n note; it had a source this workshop does not have and is now an assumption.</source>
        <comment>Pasted %n notes; {k} of them had a source this workshop does not have and are now assumptions.</comment>
        <translation>
            <numerusform>Se pegó %n nota; tenía una fuente que este taller no tiene y ahora es un supuesto.</numerusform>
            <numerusform>Se pegaron %n notas; {k} de ellas tenían una fuente que este taller no tiene y ahora son supuestos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <comment>%n notes</comment>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote</source>
        <comment>%n votes</comment>
        <translation>
            <numerusform>%n voto</numerusform>
            <numerusform>%n votos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n note</source>
        <comment>Copied %n notes</comment>
        <translation>
            <numerusform>%n nota copiada</numerusform>
            <numerusform>%n notas copiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n note</source>
        <comment>{0} of %n notes</comment>
        <translation>
            <numerusform>{0} de %n nota</numerusform>
            <numerusform>{0} de %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste note</source>
        <comment>Paste %n notes</comment>
        <translation>
            <numerusform>Pegar nota</numerusform>
            <numerusform>Pegar %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add picture</source>
        <comment>Add %n pictures</comment>
        <translation>
            <numerusform>Añadir imagen</numerusform>
            <numerusform>Añadir %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move cluster</source>
        <comment>Move %n clusters</comment>
        <translation>
            <numerusform>Mover grupo</numerusform>
            <numerusform>Mover %n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move note</source>
        <comment>Move %n notes</comment>
        <translation>
            <numerusform>Mover nota</numerusform>
            <numerusform>Mover %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete note</source>
        <comment>Delete %n notes</comment>
        <translation>
            <numerusform>Eliminar nota</numerusform>
            <numerusform>Eliminar %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove cluster</source>
        <comment>Remove %n clusters</comment>
        <translation>
            <numerusform>Quitar grupo</numerusform>
            <numerusform>Quitar %n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move note into “{title}”</source>
        <comment>Move %n notes into “{title}”</comment>
        <translation>
            <numerusform>Mover nota a “{title}”</numerusform>
            <numerusform>Mover %n notas a “{title}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take note out of “{title}”</source>
        <comment>Take %n notes out of “{title}”</comment>
        <translation>
            <numerusform>Sacar nota de “{title}”</numerusform>
            <numerusform>Sacar %n notas de “{title}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The only {0} sheet for the first poster</source>
        <comment>First sheet (row 1, column 1) of %n {0} sheets for the first poster</comment>
        <translation>
            <numerusform>La única hoja {0} para el primer póster</numerusform>
            <numerusform>Primera hoja (fila 1, columna 1) de %n hojas {0} para el primer póster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot</source>
        <comment>%n dots</comment>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot each</source>
        <comment>%n dots each</comment>
        <translation>
            <numerusform>%n punto por persona</numerusform>
            <numerusform>%n puntos por persona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>+%n more</comment>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: {0} has used their %n dot · Tab: next person</source>
        <comment>Voting: {0} has used all %n dots · Tab: next person</comment>
        <translation>
            <numerusform>Votación: {0} ha usado su %n punto · Tab: persona siguiente</numerusform>
            <numerusform>Votación: {0} ha usado sus %n puntos · Tab: persona siguiente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One voting round kept; open dot voting to see its results.</source>
        <comment>%n voting rounds kept; open dot voting to compare them.</comment>
        <translation>
            <numerusform>Se conserva una ronda de votación; abra la votación por puntos para ver sus resultados.</numerusform>
            <numerusform>Se conservan %n rondas de votación; abra la votación por puntos para compararlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting open: “{0}”, %n vote cast.</source>
        <comment>Voting open: “{0}”, %n votes cast.</comment>
        <translation>
            <numerusform>Votación abierta: “{0}”, %n voto emitido.</numerusform>
            <numerusform>Votación abierta: “{0}”, %n votos emitidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: {0} of %n vote cast, {1} each, on {2}.</source>
        <comment>Open: {0} of %n votes cast, {1} each, on {2}.</comment>
        <translation>
            <numerusform>Abierta: {0} de %n voto emitido, {1} por persona, sobre {2}.</numerusform>
            <numerusform>Abierta: {0} de %n votos emitidos, {1} por persona, sobre {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended: %n vote cast on {0}.</source>
        <comment>Ended: %n votes cast on {0}.</comment>
        <translation>
            <numerusform>Terminada: %n voto emitido sobre {0}.</numerusform>
            <numerusform>Terminada: %n votos emitidos sobre {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} has used the %n vote of this round.</source>
        <comment>{0} has used all %n votes in this round.</comment>
        <translation>
            <numerusform>{0} ha usado su %n voto de esta ronda.</numerusform>
            <numerusform>{0} ha usado sus %n votos de esta ronda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n Note</source>
        <comment>&amp;Create %n Notes</comment>
        <translation>
            <numerusform>&amp;Crear %n nota</numerusform>
            <numerusform>&amp;Crear %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column</source>
        <comment>%n columns</comment>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln speaker turn: {1}.</source>
        <comment>{0}: %Ln speaker turns: {1}.</comment>
        <translation>
            <numerusform>{0}: %Ln intervención: {1}.</numerusform>
            <numerusform>{0}: %Ln intervenciones: {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln paragraph or bullet point.</source>
        <comment>{0}: %Ln paragraphs or bullet points.</comment>
        <translation>
            <numerusform>{0}: %Ln párrafo o viñeta.</numerusform>
            <numerusform>{0}: %Ln párrafos o viñetas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row of data</source>
        <comment>%Ln rows of data</comment>
        <translation>
            <numerusform>%Ln fila de datos</numerusform>
            <numerusform>%Ln filas de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo</source>
        <comment>%n photos</comment>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source ({2}) moves from “{0}” to “{1}”</source>
        <comment>%n sources ({2}) move from “{0}” to “{1}”</comment>
        <translation>
            <numerusform>%n fuente ({2}) pasa de “{0}” a “{1}”</numerusform>
            <numerusform>%n fuentes ({2}) pasan de “{0}” a “{1}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note is now an assumption (Undo brings the source back)</source>
        <comment>%n notes are now assumptions (Undo brings the source back)</comment>
        <translation>
            <numerusform>%n nota es ahora un supuesto (Deshacer recupera la fuente)</numerusform>
            <numerusform>%n notas son ahora supuestos (Deshacer recupera la fuente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note moves from “{0}” to “{1}”; “{0}” is removed.</source>
        <comment>%n notes move from “{0}” to “{1}”; “{0}” is removed.</comment>
        <translation>
            <numerusform>%n nota pasa de “{0}” a “{1}”; “{0}” se elimina.</numerusform>
            <numerusform>%n notas pasan de “{0}” a “{1}”; “{0}” se elimina.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read {0} of %Ln row…</source>
        <comment>Read {0} of %Ln rows…</comment>
        <translation>
            <numerusform>Leídas {0} de %Ln fila…</numerusform>
            <numerusform>Leídas {0} de %Ln filas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n turn)</source>
        <comment>{0} (%n turns)</comment>
        <translation>
            <numerusform>{0} (%n intervención)</numerusform>
            <numerusform>{0} (%n intervenciones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona checked</source>
        <comment>%n personas checked</comment>
        <translation>
            <numerusform>%n persona revisada</numerusform>
            <numerusform>%n personas revisadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n note on the board</source>
        <comment>Showing %n notes on the board</comment>
        <translation>
            <numerusform>Mostrando %n nota en el tablero</numerusform>
            <numerusform>Mostrando %n notas en el tablero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source</source>
        <comment>%n sources</comment>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note chosen</source>
        <comment>%n notes chosen</comment>
        <translation>
            <numerusform>%n nota elegida</numerusform>
            <numerusform>%n notas elegidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent in this segment: {0}</source>
        <comment>%n respondents in this segment: {0}</comment>
        <translation>
            <numerusform>%n informante en este segmento: {0}</numerusform>
            <numerusform>%n informantes en este segmento: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone connected</source>
        <comment>%n phones connected</comment>
        <translation>
            <numerusform>%n móvil conectado</numerusform>
            <numerusform>%n móviles conectados</numerusform>
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
        <translation>Foto: arrastre un rectángulo alrededor de cada nota adhesiva</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Photo crop area: arrow keys move the square</source>
        <translation>Área de recorte de la foto: las flechas mueven el cuadrado</translation>
    </message>
    <message>
        <source>Crop the persona&apos;s photo</source>
        <translation>Recortar la foto de la persona</translation>
    </message>
    <message>
        <source>Size of the square</source>
        <translation>Tamaño del cuadrado</translation>
    </message>
    <message>
        <source>&amp;Square</source>
        <translation>C&amp;uadrado</translation>
    </message>
    <message>
        <source>&amp;Circle</source>
        <translation>Cír&amp;culo</translation>
    </message>
    <message>
        <source>Drag the square over the face (or use the arrow keys).</source>
        <translation>Arrastre el cuadrado sobre la cara (o use las flechas).</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>CropTool</name>
    <message>
        <source>Cut Photo into Notes</source>
        <extracomment>After the notes were made: the Change.</extracomment>
        <translation>Recortar la foto en notas</translation>
    </message>
    <message>
        <source>Drag a rectangle around each sticky note. Backspace removes the last one. Each note keeps a link to the whole photo.</source>
        <translation>Arrastre un rectángulo alrededor de cada nota adhesiva. La tecla Retroceso quita el último. Cada nota conserva un enlace a la foto completa.</translation>
    </message>
    <message>
        <source>&amp;Remove Last</source>
        <translation>&amp;Quitar el último</translation>
    </message>
    <message>
        <source>Create Notes</source>
        <translation>Crear notas</translation>
    </message>
    <message>
        <source>the photo</source>
        <translation>la foto</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Select a note on the board to see its details.</source>
        <translation>Seleccione una nota en el tablero para ver sus detalles.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Persona items citing this note</source>
        <translation>Elementos de personas que citan esta nota</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Responde a:</translation>
    </message>
    <message>
        <source>Source kind:</source>
        <translation>Tipo de fuente:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>Informante:</translation>
    </message>
    <message>
        <source>Study:</source>
        <translation>Estudio:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Escrita por:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>Votos:</translation>
    </message>
    <message>
        <source>Cited by (double-click to open):</source>
        <translation>Citada por (doble clic para abrir):</translation>
    </message>
    <message>
        <source>{0} notes selected.</source>
        <translation>{0} notas seleccionadas.</translation>
    </message>
    <message>
        <source>Assumption (no source)</source>
        <translation>Supuesto (sin fuente)</translation>
    </message>
    <message>
        <source>not in a cluster</source>
        <translation>fuera de todo grupo</translation>
    </message>
    <message>
        <source>No persona cites this note yet.</source>
        <translation>Ninguna persona cita esta nota todavía.</translation>
    </message>
</context>
<context>
    <name>EmptyBoardHint</name>
    <message>
        <source>The board is empty. To add notes:
• double-click anywhere on the board
• press N and type
• paste text or pictures (Ctrl+V), or use File › Import Evidence…</source>
        <translation>El tablero está vacío. Para añadir notas:
• haga doble clic en cualquier parte del tablero
• pulse N y escriba
• pegue texto o imágenes (Ctrl+V), o use Archivo › Importar evidencia…</translation>
    </message>
</context>
<context>
    <name>EvidenceBadge</name>
    <message>
        <source>No evidence</source>
        <translation>Sin evidencia</translation>
    </message>
    <message>
        <source>{0} · assumptions only</source>
        <translation>{0} · solo supuestos</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Click to show these notes on the board.</source>
        <translation>Haga clic para mostrar estas notas en el tablero.</translation>
    </message>
    <message>
        <source>Drag notes or a cluster from the board onto this item.</source>
        <translation>Arrastre notas o un grupo del tablero a este elemento.</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Evidencia: {0}</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>Corregir: {0}</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <source>Link evidence</source>
        <translation>Vincular evidencia</translation>
    </message>
    <message>
        <source>Search notes and sources</source>
        <translation>Buscar en notas y fuentes</translation>
    </message>
    <message>
        <source>Only notes from the clusters this persona was drafted from</source>
        <translation>Solo notas de los grupos a partir de los que se redactó esta persona</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>no source: an assumption</source>
        <translation>sin fuente: un supuesto</translation>
    </message>
    <message>
        <source>(image note)</source>
        <translation>(nota de imagen)</translation>
    </message>
    <message>
        <source>Tick the notes that back: {0}</source>
        <translation>Marque las notas que respaldan: {0}</translation>
    </message>
    <message>
        <source>linked already</source>
        <translation>ya vinculada</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Posters and Cards</source>
        <translation>Exportar pósteres y fichas</translation>
    </message>
    <message>
        <source>Open the PDF after e&amp;xport</source>
        <translation>Abrir el PDF después de e&amp;xportar</translation>
    </message>
    <message>
        <source>What the export made is listed here.</source>
        <translation>Aquí aparece lo que ha generado la exportación.</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Mensajes de la exportación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>First page: {0:.0f} × {1:.0f} mm</source>
        <translation>Primera página: {0:.0f} × {1:.0f} mm</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>Nothing was exported: {0}</source>
        <translation>No se exportó nada: {0}</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>Exportado: {0}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Nothing was printed: {0}</source>
        <translation>No se imprimió nada: {0}</translation>
    </message>
    <message>
        <source>No page was sent to the printer.</source>
        <translation>No se envió ninguna página a la impresora.</translation>
    </message>
    <message>
        <source>1 page sent to the printer.</source>
        <translation>1 página enviada a la impresora.</translation>
    </message>
    <message>
        <source>{0} pages sent to the printer.</source>
        <translation>{0} páginas enviadas a la impresora.</translation>
    </message>
</context>
<context>
    <name>ExportFeature</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Persona posters, the persona deck or evidence cards as PDF</source>
        <translation>Pósteres de personas, la presentación de personas o fichas de evidencia en PDF</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>&amp;Posters</source>
        <extracomment>Paper and orientation each kind starts with. What the notes list offers for cards (its item data: &quot;cluster:&lt;id&gt;&quot;, &quot;source:&lt;id&gt;&quot;).</extracomment>
        <translation>&amp;Pósteres</translation>
    </message>
    <message>
        <source>Persona &amp;deck</source>
        <translation>Presentación &amp;de personas</translation>
    </message>
    <message>
        <source>Evidence &amp;cards</source>
        <translation>&amp;Fichas de evidencia</translation>
    </message>
    <message>
        <source>Personas to print</source>
        <translation>Personas que imprimir</translation>
    </message>
    <message>
        <source>Co&amp;ver page</source>
        <translation>Po&amp;rtada</translation>
    </message>
    <message>
        <source>Evidence &amp;appendix (the notes behind each item)</source>
        <translation>&amp;Anexo de evidencia (las notas que respaldan cada elemento)</translation>
    </message>
    <message>
        <source>{0} ({1:.0f} × {2:.0f} mm)</source>
        <translation>{0} ({1:.0f} × {2:.0f} mm)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Clásico</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Intenso</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Ink saver</source>
        <translation>Ahorro de tinta</translation>
    </message>
    <message>
        <source>None: one sheet per poster</source>
        <translation>Ninguno: una hoja por póster</translation>
    </message>
    <message>
        <source>On A4 sheets</source>
        <translation>En hojas A4</translation>
    </message>
    <message>
        <source>On Letter sheets</source>
        <translation>En hojas Carta</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>76 × 76 mm (square sticky note)</source>
        <translation>76 × 76 mm (nota adhesiva cuadrada)</translation>
    </message>
    <message>
        <source>76 × 127 mm (tall sticky note)</source>
        <translation>76 × 127 mm (nota adhesiva alta)</translation>
    </message>
    <message>
        <source>127 × 76 mm (wide sticky note)</source>
        <translation>127 × 76 mm (nota adhesiva ancha)</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>T&amp;iling:</source>
        <translation>&amp;Mosaico:</translation>
    </message>
    <message>
        <source>Over&amp;lap:</source>
        <translation>&amp;Solapamiento:</translation>
    </message>
    <message>
        <source>Card si&amp;ze:</source>
        <translation>Tamaño de fic&amp;ha:</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Persona sin nombre</translation>
    </message>
    <message>
        <source> (proto-persona: marked assumption-based)</source>
        <translation> (protopersona: marcada como basada en supuestos)</translation>
    </message>
    <message>
        <source> (fails the evidence check: printed as not yet validated)</source>
        <translation> (no supera la revisión de evidencia: se imprime como aún no validada)</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (retirada)</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>Aún no hay personas</translation>
    </message>
    <message>
        <source>All notes ({0})</source>
        <translation>Todas las notas ({0})</translation>
    </message>
    <message>
        <source>Notes in no cluster ({0})</source>
        <translation>Notas fuera de todo grupo ({0})</translation>
    </message>
    <message>
        <source>Cluster: {0} ({1})</source>
        <translation>Grupo: {0} ({1})</translation>
    </message>
    <message>
        <source>Source: {0} ({1})</source>
        <translation>Fuente: {0} ({1})</translation>
    </message>
    <message>
        <source>Cards on {0} sheets, with cut marks; note text at least {1:g} pt.</source>
        <translation>Fichas en hojas {0}, con marcas de corte; texto de las notas de al menos {1:g} pt.</translation>
    </message>
    <message>
        <source>No text on {0} is smaller than {1:g} pt.</source>
        <translation>Ningún texto en {0} mide menos de {1:g} pt.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Detect automatically</source>
        <extracomment>(shown name, codec) offered for a file whose encoding is guessed wrong; the names are marked for the window&apos;s catalogue (``FilePage`` translates them where shown).</extracomment>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (occidental)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Europa central)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (cirílico)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <extracomment>How long typing in the path pauses before the file is previewed.</extracomment>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>A CSV, TSV or Excel export, a transcript (.vtt, .srt, Zoom, Teams or Otter text) or interview notes, verbatim or not, as text or Markdown. For a table, say below where the column names are.</source>
        <translation>Una exportación CSV, TSV o Excel, una transcripción (.vtt, .srt, texto de Zoom, Teams u Otter) o notas de entrevista, literales o no, en texto o Markdown. En una tabla, indique abajo dónde están los nombres de las columnas.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>El archivo que importar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Codificación del texto</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Row with the column names</source>
        <translation>Fila con los nombres de las columnas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>First row of data</source>
        <translation>Primera fila de datos</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Column &amp;names in row:</source>
        <translation>&amp;Nombres de columna en la fila:</translation>
    </message>
    <message>
        <source>&amp;Data starts at row:</source>
        <translation>Los &amp;datos empiezan en la fila:</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find notes…</source>
        <extracomment>Changes to these rename or add filter entries (a respondent&apos;s new attribute value too). The ids of matching notes, or None when nothing is being looked for. Show this note (the next or previous match).</extracomment>
        <translation>Buscar notas…</translation>
    </message>
    <message>
        <source>Find notes containing</source>
        <translation>Buscar notas que contengan</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Filtrar notas</translation>
    </message>
    <message>
        <source>Matching notes</source>
        <translation>Notas coincidentes</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Todas las notas</translation>
    </message>
    <message>
        <source>Assumptions (no source)</source>
        <translation>Supuestos (sin fuente)</translation>
    </message>
    <message>
        <source>Not yet in a cluster</source>
        <translation>Aún fuera de todo grupo</translation>
    </message>
    <message>
        <source>Not linked to any persona</source>
        <translation>No vinculadas a ninguna persona</translation>
    </message>
    <message>
        <source>Kind: {0}</source>
        <translation>Tipo: {0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Fuente: {0}</translation>
    </message>
    <message>
        <source>Author: {0}</source>
        <translation>Autor: {0}</translation>
    </message>
    <message>
        <source>Cluster: {0}</source>
        <translation>Grupo: {0}</translation>
    </message>
    <message>
        <source>Study: {0}</source>
        <translation>Estudio: {0}</translation>
    </message>
    <message>
        <source>Respondent: {0}</source>
        <translation>Informante: {0}</translation>
    </message>
    <message>
        <source>Respondents with {0}</source>
        <translation>Informantes con {0}</translation>
    </message>
</context>
<context>
    <name>FrameForm</name>
    <message>
        <source>Workshop title</source>
        <extracomment>Metrics offered as boxes; anything else the facilitator types goes in &quot;Other metrics&quot;.</extracomment>
        <translation>Título del taller</translation>
    </message>
    <message>
        <source>Goal of the workshop</source>
        <translation>Objetivo del taller</translation>
    </message>
    <message>
        <source>What should the personas help us decide?</source>
        <translation>¿Qué deben ayudarnos a decidir las personas?</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Target segments</source>
        <translation>Segmentos objetivo</translation>
    </message>
    <message>
        <source>e.g. young families, freelancers</source>
        <translation>p. ej., familias jóvenes, autónomos</translation>
    </message>
    <message>
        <source>Other metrics, separated by commas</source>
        <translation>Otras métricas, separadas por comas</translation>
    </message>
    <message>
        <source>other metrics, comma separated</source>
        <translation>otras métricas, separadas por comas</translation>
    </message>
    <message>
        <source>Onboarding and UX</source>
        <translation>Onboarding y UX</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Content strategy</source>
        <translation>Estrategia de contenidos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansión</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>Decisions to inform:</source>
        <translation>Decisiones que fundamentar:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>Target &amp;segments:</source>
        <translation>&amp;Segmentos objetivo:</translation>
    </message>
    <message>
        <source>Metrics that matter:</source>
        <translation>Métricas que importan:</translation>
    </message>
    <message>
        <source>Posters and decks &amp;in:</source>
        <translation>Pósteres y presentaciones &amp;en:</translation>
    </message>
    <message>
        <source>A workshop needs a title; the old one is kept.</source>
        <translation>Un taller necesita un título; se conserva el anterior.</translation>
    </message>
    <message>
        <source>Language of the posters and decks</source>
        <translation>Idioma de los pósteres y las presentaciones</translation>
    </message>
    <message>
        <source>The program&apos;s language</source>
        <translation>El idioma del programa</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Evidence</source>
        <extracomment>Rows tried as the header row when looking for a remembered mapping. After a successful import: the ImportSummary and the Change. Every record of the file, not split into header and data. The records split at the chosen header row (None until read, or on an error). (header row, question row) as found in the file read (survey_headers).</extracomment>
        <translation>Importar evidencia</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import evidence from</source>
        <translation>Importar evidencia desde</translation>
    </message>
    <message>
        <source>Research files (*.csv *.tsv *.tab *.txt *.md *.markdown *.xlsx *.xlsm);;Spreadsheets (*.csv *.tsv *.xlsx *.xlsm);;Text and Markdown (*.txt *.md);;All files (*)</source>
        <translation>Archivos de investigación (*.csv *.tsv *.tab *.txt *.md *.markdown *.xlsx *.xlsm);;Hojas de cálculo (*.csv *.tsv *.xlsx *.xlsm);;Texto y Markdown (*.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose where the data is.</source>
        <translation>Elija dónde están los datos.</translation>
    </message>
    <message>
        <source>encoding {0}</source>
        <translation>codificación {0}</translation>
    </message>
    <message>
        <source>sheet “{0}”</source>
        <translation>hoja “{0}”</translation>
    </message>
    <message>
        <source>The choices made last time for these columns are proposed.</source>
        <translation>Se proponen las opciones elegidas la última vez para estas columnas.</translation>
    </message>
    <message>
        <source>{0}: 1 turn, speaker not named.</source>
        <translation>{0}: 1 intervención, hablante sin nombre.</translation>
    </message>
    <message>
        <source>{0}: {1:,} turns, speaker not named.</source>
        <translation>{0}: {1:,} intervenciones, hablante sin nombre.</translation>
    </message>
    <message>
        <source>speaker not named</source>
        <translation>hablante sin nombre</translation>
    </message>
    <message>
        <source>Nothing can be imported: {0}.</source>
        <translation>No se puede importar nada: {0}.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>The first notes (who said what):</source>
        <translation>Las primeras notas (quién dijo qué):</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Se canceló la lectura.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>IntakeFeature</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>&amp;Import Evidence…</source>
        <translation>&amp;Importar evidencia…</translation>
    </message>
    <message>
        <source>Notes and sources from a CSV, TSV or Excel export, or a text file</source>
        <translation>Notas y fuentes de una exportación CSV, TSV o Excel, o de un archivo de texto</translation>
    </message>
    <message>
        <source>Import &amp;Photos…</source>
        <translation>Importar f&amp;otos…</translation>
    </message>
    <message>
        <source>Photos of a sticky-note wall as image notes</source>
        <translation>Fotos de una pared de notas adhesivas como notas de imagen</translation>
    </message>
    <message>
        <source>Draw a rectangle around each sticky note of a photo: one image note each</source>
        <translation>Dibujar un rectángulo alrededor de cada nota adhesiva de una foto: una nota de imagen por cada una</translation>
    </message>
    <message>
        <source>Import Evidence</source>
        <translation>Importar evidencia</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Importar fotos</translation>
    </message>
    <message>
        <source>Cut a photo into notes</source>
        <translation>Recortar una foto en notas</translation>
    </message>
    <message>
        <source>Import Photos</source>
        <translation>Importar fotos</translation>
    </message>
    <message>
        <source>Cut a Photo into Notes</source>
        <translation>Recortar una foto en notas</translation>
    </message>
    <message>
        <source>Cu&amp;t a Photo into Notes…</source>
        <translation>Recortar &amp;una foto en notas…</translation>
    </message>
    <message>
        <source>the photo</source>
        <translation>la foto</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite the Room</source>
        <translation>Invitar a la sala</translation>
    </message>
    <message>
        <source>Participants join from their phones&apos; browsers over this network: no internet, no app, no account. Nothing leaves this laptop.</source>
        <translation>Las personas participantes se unen desde el navegador de su móvil a través de esta red: sin internet, sin app, sin cuenta. Nada sale de este portátil.</translation>
    </message>
    <message>
        <source>Network the phones are on</source>
        <translation>Red de los móviles</translation>
    </message>
    <message>
        <source>Source of the phones&apos; notes</source>
        <translation>Fuente de las notas de los móviles</translation>
    </message>
    <message>
        <source>Workshop — team knowledge (an assumption)</source>
        <translation>Taller — conocimiento del equipo (un supuesto)</translation>
    </message>
    <message>
        <source>Phones may &amp;add a name to the participants</source>
        <translation>Los móviles pueden &amp;añadir un nombre a los participantes</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>Notes &amp;come from:</source>
        <translation>Las notas &amp;vienen de:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
</context>
<context>
    <name>InvitePanel</name>
    <message>
        <source>The Room Is Invited</source>
        <extracomment>The facilitator pressed Stop.</extracomment>
        <translation>La sala está invitada</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, or open:</source>
        <translation>Escanea el código con la cámara del móvil, o abre:</translation>
    </message>
    <message>
        <source>Address for the phones</source>
        <translation>Dirección para los móviles</translation>
    </message>
    <message>
        <source>Phones connected</source>
        <translation>Móviles conectados</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <source>&amp;Stop Inviting</source>
        <translation>&amp;Dejar de invitar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this window; phones stay connected</source>
        <translation>Cerrar esta ventana; los móviles siguen conectados</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Drag to move this item (or Alt+Up / Alt+Down)</source>
        <translation>Arrastrar para mover este elemento (o Alt+Arriba / Alt+Abajo)</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texto del elemento</translation>
    </message>
    <message>
        <source>Item actions</source>
        <translation>Acciones del elemento</translation>
    </message>
    <message>
        <source>Link or unlink evidence, move or delete this item</source>
        <translation>Vincular o desvincular evidencia, mover o eliminar este elemento</translation>
    </message>
    <message>
        <source>Metric kind</source>
        <translation>Tipo de métrica</translation>
    </message>
    <message>
        <source>Baseline, e.g. 31%</source>
        <translation>Valor de partida, p. ej., 31 %</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valor de partida</translation>
    </message>
    <message>
        <source>Target, e.g. 40%</source>
        <translation>Valor objetivo, p. ej., 40 %</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Valor objetivo</translation>
    </message>
    <message>
        <source>Link evidence…</source>
        <translation>Vincular evidencia…</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Desvincular evidencia</translation>
    </message>
    <message>
        <source>Show the evidence on the board</source>
        <translation>Mostrar la evidencia en el tablero</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Eliminar elemento</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Editar elemento</translation>
    </message>
    <message>
        <source>Change metric kind</source>
        <translation>Cambiar el tipo de métrica</translation>
    </message>
    <message>
        <source>Unlink all</source>
        <translation>Desvincular todo</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Edit baseline</source>
        <translation>Editar el valor de partida</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Editar el valor objetivo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop</source>
        <extracomment>Emitted after a workshop is opened (with the session) and after it closes (None).</extracomment>
        <translation>Taller</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workshop</source>
        <translation>Abrir el taller de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Close Workshop</source>
        <extracomment>Import and export (from the features) go above this line, Close and Quit below.</extracomment>
        <translation>&amp;Cerrar el taller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Take back the last change to the workshop</source>
        <translation>Deshacer el último cambio del taller</translation>
    </message>
    <message>
        <source>Make again the change just taken back</source>
        <translation>Volver a aplicar el cambio que se acaba de deshacer</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Every key of every command, in one list</source>
        <translation>Todas las teclas de todos los comandos, en una sola lista</translation>
    </message>
    <message>
        <source>&amp;About Persona Workshop</source>
        <translation>&amp;Acerca de Persona Workshop</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <extracomment>The panels&apos; toggles go above this line, the features&apos; view actions below.</extracomment>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>Workshop title:</source>
        <translation>Título del taller:</translation>
    </message>
    <message>
        <source>Create workshop file</source>
        <translation>Crear el archivo del taller</translation>
    </message>
    <message>
        <source>The workshop could not be created</source>
        <translation>No se pudo crear el taller</translation>
    </message>
    <message>
        <source>Save &amp;a Copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>The demo could not be opened</source>
        <translation>No se pudo abrir la demostración</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>¿Abrir en modo de solo lectura?</translation>
    </message>
    <message>
        <source>{0}

Open it read-only to look at it?</source>
        <translation>{0}

¿Abrirlo en modo de solo lectura para consultarlo?</translation>
    </message>
    <message>
        <source>The workshop could not be opened</source>
        <translation>No se pudo abrir el taller</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Opened with a note</source>
        <translation>Abierto con un aviso</translation>
    </message>
    <message>
        <source>{0} copy</source>
        <translation>{0} copia</translation>
    </message>
    <message>
        <source>Save a copy of the workshop</source>
        <translation>Guardar una copia del taller</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>No se pudo guardar la copia</translation>
    </message>
    <message>
        <source>Saved a copy as {0}</source>
        <translation>Copia guardada como {0}</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Abrir taller</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>Acerca de {0}</translation>
    </message>
    <message>
        <source>Persona workshops (*.pwshop);;All files (*)</source>
        <translation>Talleres de personas (*.pwshop);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Workshops opened lately</source>
        <translation>Talleres abiertos recientemente</translation>
    </message>
    <message>
        <source>Workshops you open are listed here</source>
        <translation>Aquí aparecen los talleres que abra</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [solo lectura]</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>What the merge does</source>
        <translation>Qué hace la fusión</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merge report</source>
        <translation>Informe de la fusión</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Overview map of the board</source>
        <extracomment>The map covers at most this share of the board&apos;s area (a laptop or HiDPI screen).</extracomment>
        <translation>Mapa general del tablero</translation>
    </message>
    <message>
        <source>Overview: click or drag to go to a part of the board</source>
        <translation>Vista general: haga clic o arrastre para ir a una parte del tablero</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note text</source>
        <extracomment>Text typed or pasted past the cap was left out (the message shown).</extracomment>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>A note holds at most {n} characters; the rest was left out.</source>
        <translation>Una nota admite como máximo {n} caracteres; se ha omitido el resto.</translation>
    </message>
</context>
<context>
    <name>OutputChoice</name>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{0} exists already. Replace it?</source>
        <translation>{0} ya existe. ¿Desea reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Name of a participant</source>
        <translation>Nombre de un participante</translation>
    </message>
    <message>
        <source>New participant&apos;s name</source>
        <translation>Nombre del nuevo participante</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <source>Change the participant&apos;s colour</source>
        <translation>Cambiar el color del participante</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the participant</source>
        <translation>Quitar al participante</translation>
    </message>
    <message>
        <source>&amp;Writing as:</source>
        <translation>&amp;Escribiendo como:</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name first.</source>
        <translation>Escriba primero el nombre del participante.</translation>
    </message>
    <message>
        <source>A participant needs a name; the old one is kept.</source>
        <translation>Un participante necesita un nombre; se conserva el anterior.</translation>
    </message>
    <message>
        <source>Participant colour</source>
        <translation>Color del participante</translation>
    </message>
</context>
<context>
    <name>PersonaActions</name>
    <message>
        <source>&amp;New Persona</source>
        <translation>&amp;Nueva persona</translation>
    </message>
    <message>
        <source>New Persona from &amp;Selected Clusters</source>
        <translation>Nueva persona a partir de los &amp;grupos seleccionados</translation>
    </message>
    <message>
        <source>Draft a persona from the clusters selected on the board: their notes become its evidence pool</source>
        <translation>Redactar una persona a partir de los grupos seleccionados en el tablero: sus notas pasan a ser su reserva de evidencia</translation>
    </message>
    <message>
        <source>&amp;Duplicate Persona</source>
        <translation>D&amp;uplicar persona</translation>
    </message>
    <message>
        <source>&amp;Rename Persona</source>
        <translation>Ca&amp;mbiar el nombre de la persona</translation>
    </message>
    <message>
        <source>De&amp;lete Persona</source>
        <translation>E&amp;liminar persona</translation>
    </message>
    <message>
        <source>Move Persona &amp;Up</source>
        <translation>&amp;Subir persona</translation>
    </message>
    <message>
        <source>Move Persona Do&amp;wn</source>
        <translation>&amp;Bajar persona</translation>
    </message>
    <message>
        <source>C&amp;ompare Personas…</source>
        <translation>C&amp;omparar personas…</translation>
    </message>
    <message>
        <source>Persona &amp;Colour</source>
        <translation>&amp;Color de la persona</translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation>Otro color…</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Color de la persona</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Add a persona and type its name</source>
        <translation>Añadir una persona y escribir su nombre</translation>
    </message>
    <message>
        <source>Copy the persona chosen in the list, with its items</source>
        <translation>Copiar la persona elegida en la lista, con sus elementos</translation>
    </message>
    <message>
        <source>Rename the persona chosen in the list (F2 in the list)</source>
        <translation>Cambiar el nombre de la persona elegida en la lista (F2 en la lista)</translation>
    </message>
    <message>
        <source>Delete the persona chosen in the list</source>
        <translation>Eliminar la persona elegida en la lista</translation>
    </message>
    <message>
        <source>Move the persona chosen in the list up (the deck&apos;s order)</source>
        <translation>Subir la persona elegida en la lista (el orden de la presentación)</translation>
    </message>
    <message>
        <source>Move the persona chosen in the list down</source>
        <translation>Bajar la persona elegida en la lista</translation>
    </message>
    <message>
        <source>Compare personas side by side (two or more)</source>
        <translation>Comparar personas lado a lado (dos o más)</translation>
    </message>
    <message>
        <source>The colour of the persona chosen in the list</source>
        <translation>El color de la persona elegida en la lista</translation>
    </message>
    <message>
        <source>New B2B buyer</source>
        <translation>Nueva persona compradora B2B</translation>
    </message>
    <message>
        <source>New proto-persona</source>
        <translation>Nueva protopersona</translation>
    </message>
    <message>
        <source>Select one or more clusters on the board first, then draft a persona.</source>
        <translation>Seleccione primero uno o más grupos en el tablero y después redacte una persona.</translation>
    </message>
    <message>
        <source>Persona from {0}</source>
        <translation>Persona a partir de {0}</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copia)</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>Deleted the persona &apos;{0}&apos;. Edit &gt; Undo brings it back.</source>
        <translation>Se eliminó la persona “{0}”. Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>Cambiar el nombre de la persona</translation>
    </message>
    <message>
        <source>Change persona colour</source>
        <translation>Cambiar el color de la persona</translation>
    </message>
</context>
<context>
    <name>PersonaDetails</name>
    <message>
        <source>The segment it stands for</source>
        <translation>El segmento al que representa</translation>
    </message>
    <message>
        <source>Respondents in this segment</source>
        <translation>Informantes de este segmento</translation>
    </message>
    <message>
        <source>e.g. about 40% of sign-ups</source>
        <translation>p. ej., cerca del 40 % de los registros</translation>
    </message>
    <message>
        <source>e.g. analytics, 2025 Q1</source>
        <translation>p. ej., analítica, T1 de 2025</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Reviewed today</source>
        <translation>Revisada hoy</translation>
    </message>
    <message>
        <source>Who keeps it up to date</source>
        <translation>Quién la mantiene al día</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size estimate</source>
        <translation>Tamaño estimado</translation>
    </message>
    <message>
        <source>Source of the number</source>
        <translation>Fuente de la cifra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Change persona status</source>
        <translation>Cambiar el estado de la persona</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Nombre del segmento</translation>
    </message>
    <message>
        <source>Segment size estimate</source>
        <translation>Tamaño estimado del segmento</translation>
    </message>
    <message>
        <source>Where the size comes from</source>
        <translation>De dónde sale el tamaño</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>A persona humanises a segment; it does not replace it.</source>
        <translation>Una persona humaniza un segmento; no lo sustituye.</translation>
    </message>
    <message>
        <source>Status and review</source>
        <translation>Estado y revisión</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>Editar el segmento</translation>
    </message>
    <message>
        <source>Edit segment size</source>
        <translation>Editar el tamaño del segmento</translation>
    </message>
    <message>
        <source>Edit segment size source</source>
        <translation>Editar la fuente del tamaño del segmento</translation>
    </message>
    <message>
        <source>Edit owner</source>
        <translation>Editar el responsable</translation>
    </message>
    <message>
        <source>Set last reviewed date</source>
        <translation>Indicar la fecha de la última revisión</translation>
    </message>
    <message>
        <source>Respondents&apos; segments: {0}</source>
        <translation>Segmentos de los informantes: {0}</translation>
    </message>
    <message>
        <source>No respondent is in this segment (theirs: {0})</source>
        <translation>Ningún informante está en este segmento (los suyos: {0})</translation>
    </message>
</context>
<context>
    <name>PersonaEditor</name>
    <message>
        <source>Choose a persona in the list, or create one to start drafting.</source>
        <translation>Elija una persona de la lista, o cree una para empezar a redactarla.</translation>
    </message>
    <message>
        <source>Choose the persona&apos;s photo</source>
        <translation>Elegir la foto de la persona</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Drafted from: {0} ({1}). Link evidence offers these notes first.</source>
        <translation>Redactada a partir de: {0} ({1}). “Vincular evidencia” ofrece estas notas en primer lugar.</translation>
    </message>
    <message>
        <source>clusters no longer on the board</source>
        <translation>grupos que ya no están en el tablero</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>supuesto</translation>
    </message>
    <message>
        <source>This photo cannot be used</source>
        <translation>No se puede usar esta foto</translation>
    </message>
    <message>
        <source>the persona&apos;s photo</source>
        <translation>la foto de la persona</translation>
    </message>
    <message>
        <source>Note: {0} ({1})</source>
        <translation>Nota: {0} ({1})</translation>
    </message>
    <message>
        <source>Cluster: {0}</source>
        <translation>Grupo: {0}</translation>
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
        <translation>Revisión de evidencia</translation>
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
        <translation>Nueva a partir de &amp;plantilla</translation>
    </message>
</context>
<context>
    <name>PersonaFields</name>
    <message>
        <source>Role and context: who they are, their situation</source>
        <translation>Rol y contexto: quién es, su situación</translation>
    </message>
    <message>
        <source>Persona name</source>
        <translation>Nombre de la persona</translation>
    </message>
    <message>
        <source>Archetype label, e.g. Time-poor planner</source>
        <translation>Etiqueta de arquetipo, p. ej., Planificadora sin tiempo</translation>
    </message>
    <message>
        <source>Archetype label</source>
        <translation>Etiqueta de arquetipo</translation>
    </message>
    <message>
        <source>A quote in their words, from the research</source>
        <translation>Una cita con sus propias palabras, tomada de la investigación</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Role and context</source>
        <translation>Rol y contexto</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>Cambiar el nombre de la persona</translation>
    </message>
    <message>
        <source>Edit archetype</source>
        <translation>Editar el arquetipo</translation>
    </message>
    <message>
        <source>Edit quote</source>
        <translation>Editar la cita</translation>
    </message>
    <message>
        <source>Edit role and context</source>
        <translation>Editar el rol y el contexto</translation>
    </message>
</context>
<context>
    <name>PersonaList</name>
    <message>
        <source>not checked (retired)</source>
        <translation>sin revisar (retirada)</translation>
    </message>
    <message>
        <source>fails the check, {0}% well evidenced</source>
        <translation>no supera la revisión, {0} % bien respaldada</translation>
    </message>
    <message>
        <source>Persona name</source>
        <translation>Nombre de la persona</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>passes the check, {0}% well evidenced</source>
        <translation>supera la revisión, {0} % bien respaldada</translation>
    </message>
    <message>
        <source>fails the check (allowed for a proto-persona), {0}% evidenced</source>
        <translation>no supera la revisión (admitido en una protopersona), {0} % respaldada</translation>
    </message>
</context>
<context>
    <name>PersonaPhoto</name>
    <message>
        <source>Persona photo</source>
        <translation>Foto de la persona</translation>
    </message>
    <message>
        <source>Choose, crop or remove the persona&apos;s photo</source>
        <translation>Elegir, recortar o quitar la foto de la persona</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Elegir una foto…</translation>
    </message>
    <message>
        <source>Crop the photo again…</source>
        <translation>Volver a recortar la foto…</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Quitar la foto</translation>
    </message>
</context>
<context>
    <name>Personas</name>
    <message>
        <source>assumption-based</source>
        <translation>basada en supuestos</translation>
    </message>
    <message>
        <source>Proto-persona, assumption-based: built from what the team believes, not from research. It may fail the evidence check; test each assumption, then draft a research-based persona.</source>
        <translation>Protopersona basada en supuestos: construida a partir de lo que cree el equipo, no de la investigación. Puede no superar la revisión de evidencia; ponga a prueba cada supuesto y después redacte una persona basada en la investigación.</translation>
    </message>
    <message>
        <source>Role and context: who they are, their situation</source>
        <translation>Rol y contexto: quién es, su situación</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Persona sin nombre</translation>
    </message>
    <message>
        <source>Role and context: job title, team, company size, who signs off</source>
        <translation>Rol y contexto: puesto, equipo, tamaño de la empresa, quién da la aprobación</translation>
    </message>
    <message>
        <source>Which metric?</source>
        <translation>¿Qué métrica?</translation>
    </message>
    <message>
        <source>User persona</source>
        <translation>Persona de usuario</translation>
    </message>
    <message>
        <source>B2B buyer persona</source>
        <translation>Persona compradora B2B</translation>
    </message>
    <message>
        <source>Proto-persona (assumption-based)</source>
        <translation>Protopersona (basada en supuestos)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Motivaciones</translation>
    </message>
    <message>
        <source>Pain points and fears</source>
        <translation>Puntos de dolor y miedos</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <source>Context of use</source>
        <translation>Contexto de uso</translation>
    </message>
    <message>
        <source>Buying triggers</source>
        <translation>Detonantes de compra</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Criterios de decisión</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objeciones</translation>
    </message>
    <message>
        <source>Jobs to be done</source>
        <translation>Jobs to be done</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Success metric</source>
        <translation>Métrica de éxito</translation>
    </message>
    <message>
        <source>Linked metrics</source>
        <translation>Métricas vinculadas</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Otros detalles</translation>
    </message>
    <message>
        <source>Add a goal: what their team must achieve this year</source>
        <translation>Añadir un objetivo: lo que su equipo debe lograr este año</translation>
    </message>
    <message>
        <source>Add a trigger: the event that starts a purchase (new budget…)</source>
        <translation>Añadir un detonante: el hecho que inicia una compra (un presupuesto nuevo…)</translation>
    </message>
    <message>
        <source>Add a criterion the buying group weighs (price, integration, security…)</source>
        <translation>Añadir un criterio que sopesa el grupo de compra (precio, integración, seguridad…)</translation>
    </message>
    <message>
        <source>Add an objection that would stop the purchase</source>
        <translation>Añadir una objeción que frenaría la compra</translation>
    </message>
    <message>
        <source>Add a channel: where they compare vendors</source>
        <translation>Añadir un canal: dónde comparan proveedores</translation>
    </message>
    <message>
        <source>Add a goal: what are they trying to achieve?</source>
        <translation>Añadir un objetivo: ¿qué intenta conseguir?</translation>
    </message>
    <message>
        <source>Add a motivation: why does it matter to them?</source>
        <translation>Añadir una motivación: ¿por qué le importa?</translation>
    </message>
    <message>
        <source>Add a pain point or fear</source>
        <translation>Añadir un punto de dolor o un miedo</translation>
    </message>
    <message>
        <source>Add a constraint: time, money, skills, rules…</source>
        <translation>Añadir una restricción: tiempo, dinero, habilidades, normas…</translation>
    </message>
    <message>
        <source>Add a context: where, when, on what device?</source>
        <translation>Añadir un contexto: ¿dónde, cuándo, con qué dispositivo?</translation>
    </message>
    <message>
        <source>Add a trigger: what makes them look for a solution?</source>
        <translation>Añadir un detonante: ¿qué le lleva a buscar una solución?</translation>
    </message>
    <message>
        <source>Add a decision criterion: how do they choose?</source>
        <translation>Añadir un criterio de decisión: ¿cómo elige?</translation>
    </message>
    <message>
        <source>Add an objection: what makes them hesitate?</source>
        <translation>Añadir una objeción: ¿qué le hace dudar?</translation>
    </message>
    <message>
        <source>Add a job: when …, I want to …, so I can …</source>
        <translation>Añadir un job: cuando …, quiero …, para poder …</translation>
    </message>
    <message>
        <source>Add a channel: where do they learn and compare?</source>
        <translation>Añadir un canal: ¿dónde se informa y compara?</translation>
    </message>
    <message>
        <source>What success looks like, e.g. finish weekly review in under 10 minutes</source>
        <translation>Cómo es el éxito, p. ej., terminar la revisión semanal en menos de 10 minutos</translation>
    </message>
    <message>
        <source>Add a linked metric: how does this persona move it?</source>
        <translation>Añadir una métrica vinculada: ¿cómo influye en ella esta persona?</translation>
    </message>
    <message>
        <source>Add a detail (only one that changes a decision)</source>
        <translation>Añadir un detalle (solo uno que cambie una decisión)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validada</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansión</translation>
    </message>
    <message>
        <source>Other metric</source>
        <translation>Otra métrica</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entrevista</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>encuesta</translation>
    </message>
    <message>
        <source>support ticket</source>
        <translation>ticket de soporte</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>observación</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>analítica</translation>
    </message>
    <message>
        <source>other source</source>
        <translation>otra fuente</translation>
    </message>
    <message>
        <source>team opinion</source>
        <translation>opinión del equipo</translation>
    </message>
    <message>
        <source>{0} (assumption-based)</source>
        <translation>{0} (basada en supuestos)</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>This laptop only — 127.0.0.1</source>
        <translation>Solo este portátil — 127.0.0.1</translation>
    </message>
</context>
<context>
    <name>PhotoIntake</name>
    <message>
        <source>Preparing photos…</source>
        <extracomment>When an import ends: the ImportSummary (``notes`` 0 when nothing was added).</extracomment>
        <translation>Preparando las fotos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import Photos</source>
        <translation>Importar fotos</translation>
    </message>
    <message>
        <source>Preparing photo {0} of {1}…</source>
        <translation>Preparando la foto {0} de {1}…</translation>
    </message>
    <message>
        <source>the photos could not be saved</source>
        <translation>no se pudieron guardar las fotos</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>se canceló la importación</translation>
    </message>
    <message>
        <source>No photos were imported.</source>
        <translation>No se importó ninguna foto.</translation>
    </message>
</context>
<context>
    <name>PresenterContent</name>
    <message>
        <source>{0} (so far)</source>
        <translation>{0} (hasta ahora)</translation>
    </message>
    <message>
        <source>{0} (result)</source>
        <translation>{0} (resultado)</translation>
    </message>
    <message>
        <source>passes the check, {0}% well evidenced</source>
        <translation>supera la revisión, {0} % bien respaldada</translation>
    </message>
    <message>
        <source>fails the check, {0}% well evidenced</source>
        <translation>no supera la revisión, {0} % bien respaldada</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Persona sin nombre</translation>
    </message>
    <message>
        <source>Voting on clusters: “{0}”</source>
        <translation>Votación sobre grupos: “{0}”</translation>
    </message>
    <message>
        <source>Voting on notes: “{0}”</source>
        <translation>Votación sobre notas: “{0}”</translation>
    </message>
    <message>
        <source>(photo note)</source>
        <translation>(nota de foto)</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(nota vacía)</translation>
    </message>
    <message>
        <source>Cluster {0} of {1}</source>
        <translation>Grupo {0} de {1}</translation>
    </message>
    <message>
        <source>Untitled cluster</source>
        <translation>Grupo sin título</translation>
    </message>
    <message>
        <source>{0} from {1} so far</source>
        <translation>{0} de {1} hasta ahora</translation>
    </message>
    <message>
        <source>{0} of {1} cast</source>
        <translation>{0} de {1} emitidos</translation>
    </message>
    <message>
        <source>{0} so far, none from research</source>
        <translation>{0} hasta ahora, ninguna procede de la investigación</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>+{0} más</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Target segments</source>
        <translation>Segmentos objetivo</translation>
    </message>
    <message>
        <source>Decisions to inform</source>
        <translation>Decisiones que fundamentar</translation>
    </message>
    <message>
        <source>Metrics that matter</source>
        <translation>Métricas que importan</translation>
    </message>
    <message>
        <source>Persona {0} of {1}</source>
        <translation>Persona {0} de {1}</translation>
    </message>
    <message>
        <source>{0}–{1} of {2}</source>
        <translation>{0}–{1} de {2}</translation>
    </message>
</context>
<context>
    <name>PresenterInvite</name>
    <message>
        <source>Invite the Room…</source>
        <extracomment>The code&apos;s share of the presenter view&apos;s height. The facilitator asks to invite the room (the button).</extracomment>
        <translation>Invitar a la sala…</translation>
    </message>
</context>
<context>
    <name>PresenterKeys</name>
    <message>
        <source>Next, previous cluster or persona</source>
        <translation>Grupo o persona siguiente, anterior</translation>
    </message>
    <message>
        <source>Page through its notes or items</source>
        <translation>Pasar página por sus notas o elementos</translation>
    </message>
    <message>
        <source>First, last cluster or persona</source>
        <translation>Primer, último grupo o persona</translation>
    </message>
    <message>
        <source>Bigger, smaller, normal type</source>
        <translation>Letra más grande, más pequeña, normal</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Iniciar o pausar el temporizador</translation>
    </message>
    <message>
        <source>Full screen on and off</source>
        <translation>Pantalla completa sí o no</translation>
    </message>
    <message>
        <source>Close the presenter view</source>
        <translation>Cerrar la vista de presentador</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <extracomment>Body text as a share of the window&apos;s height at normal zoom (34 px at 1080 px). Kept for callers that speak of the smallest text. Below this the window is too small to matter (a test, a thumbnail); text stays legible. The results column&apos;s share of the width, when there are results. The cluster (Cluster stage) or persona (later stages) the room sees; None: first. The stage and cluster or persona shown: another one starts on its first page.</extracomment>
        <translation>Vista de presentador</translation>
    </message>
    <message>
        <source>cluster</source>
        <extracomment>A panel beside the rest (the QR code inviting the room&apos;s phones), or None.</extracomment>
        <translation>grupo</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>→ ← next/previous {0}</source>
        <translation>→ ← {0} siguiente/anterior</translation>
    </message>
    <message>
        <source>↓ ↑ PgDown PgUp more notes</source>
        <translation>↓ ↑ PgDown PgUp más notas</translation>
    </message>
    <message>
        <source>↓ ↑ PgDown PgUp more items</source>
        <translation>↓ ↑ PgDown PgUp más elementos</translation>
    </message>
    <message>
        <source>Ctrl+= / Ctrl+- type size</source>
        <translation>Ctrl+= / Ctrl+- tamaño de letra</translation>
    </message>
    <message>
        <source>F11 full screen</source>
        <translation>F11 pantalla completa</translation>
    </message>
    <message>
        <source>Esc close</source>
        <translation>Esc cerrar</translation>
    </message>
    <message>
        <source>Presenter view — {0}</source>
        <translation>Vista de presentador — {0}</translation>
    </message>
</context>
<context>
    <name>PreviewMaker</name>
    <message>
        <source>The preview could not be made: {0}</source>
        <extracomment>A preview job: print the first page into the buffer. The longest side of the rendered preview image, in pixels. A new preview image (or message) is ready. The first page&apos;s size in millimetres (width, height), once known. Why there is no preview (e.g. &quot;Choose at least one persona&quot;), or &quot;&quot;.</extracomment>
        <translation>No se pudo generar la vista previa: {0}</translation>
    </message>
    <message>
        <source>the page could not be drawn</source>
        <translation>no se pudo dibujar la página</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Preview of the first page</source>
        <translation>Vista previa de la primera página</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>The PDF made for printing could not be read back.</source>
        <translation>No se pudo volver a leer el PDF preparado para imprimir.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code of the address {0}</source>
        <translation>Código QR de la dirección {0}</translation>
    </message>
</context>
<context>
    <name>RankedList</name>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Note or cluster</source>
        <translation>Nota o grupo</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Resultados de la votación</translation>
    </message>
</context>
<context>
    <name>RespondentDialog</name>
    <message>
        <source>Edit Respondent</source>
        <translation>Editar informante</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>e.g. P3</source>
        <translation>p. ej. P3</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>A&amp;dd Attribute</source>
        <translation>&amp;Añadir atributo</translation>
    </message>
    <message>
        <source>&amp;Remove Attribute</source>
        <translation>&amp;Quitar atributo</translation>
    </message>
    <message>
        <source>Notes about the respondent</source>
        <translation>Notas sobre el informante</translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Seudónimo:</translation>
    </message>
    <message>
        <source>&amp;Attributes:</source>
        <translation>A&amp;tributos:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>RespondentsList</name>
    <message>
        <source>Respondents</source>
        <extracomment>Changes to these tables change what the list shows.</extracomment>
        <translation>Informantes</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Informante</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Edit Respondent…</source>
        <translation>&amp;Editar informante…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionar en…</translation>
    </message>
    <message>
        <source>&amp;Delete Respondent</source>
        <translation>E&amp;liminar informante</translation>
    </message>
    <message>
        <source>&amp;Show Notes on Board</source>
        <translation>&amp;Mostrar las notas en el tablero</translation>
    </message>
    <message>
        <source>Edit the pseudonym and attributes of the respondent</source>
        <translation>Editar el seudónimo y los atributos del informante</translation>
    </message>
    <message>
        <source>Two respondents who are the same person become one (Ctrl+M)</source>
        <translation>Dos informantes que son la misma persona pasan a ser uno (Ctrl+M)</translation>
    </message>
    <message>
        <source>Delete the selected respondents; their sources stay, with no one</source>
        <translation>Eliminar los informantes seleccionados; sus fuentes se quedan, sin informante</translation>
    </message>
    <message>
        <source>Select the notes of the selected respondents</source>
        <translation>Seleccionar las notas de los informantes seleccionados</translation>
    </message>
    <message>
        <source>Heard in: {0}</source>
        <translation>Escuchado en: {0}</translation>
    </message>
    <message>
        <source>{0}; “{1}” is removed.</source>
        <translation>{0}; “{1}” se elimina.</translation>
    </message>
    <message>
        <source>“{0}” takes the attributes it lacks: {1}.</source>
        <translation>“{0}” toma los atributos que le faltan: {1}.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings them back as they were.</source>
        <translation>Deshacer (Ctrl+Z) los devuelve tal como estaban.</translation>
    </message>
    <message>
        <source>Merge Respondents</source>
        <translation>Fusionar informantes</translation>
    </message>
    <message>
        <source>These are the same person. Keep:</source>
        <translation>Son la misma persona. Conservar:</translation>
    </message>
    <message>
        <source>Merged {0} respondents into one</source>
        <translation>{0} informantes fusionados en uno</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Safety copies of {0}. The one you pick is saved as a new file next to it.</source>
        <translation>Copias de seguridad de {0}. La que elija se guarda como un archivo nuevo a su lado.</translation>
    </message>
    <message>
        <source>Safety copies</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>There are no safety copies of this workshop yet.</source>
        <translation>Aún no hay copias de seguridad de este taller.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
</context>
<context>
    <name>RoundComparison</name>
    <message>
        <source>Voting rounds side by side</source>
        <translation>Rondas de votación lado a lado</translation>
    </message>
    <message>
        <source>Note or cluster</source>
        <translation>Nota o grupo</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculta</translation>
    </message>
</context>
<context>
    <name>RoundForm</name>
    <message>
        <source>Name of the new voting round</source>
        <extracomment>The id of the round just started.</extracomment>
        <translation>Nombre de la nueva ronda de votación</translation>
    </message>
    <message>
        <source>e.g. Most painful</source>
        <translation>p. ej., Lo más doloroso</translation>
    </message>
    <message>
        <source>Vote on notes or on clusters</source>
        <translation>Votar sobre notas o sobre grupos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Votes per participant</source>
        <translation>Votos por participante</translation>
    </message>
    <message>
        <source>Show tallies while voting</source>
        <translation>Mostrar el recuento durante la votación</translation>
    </message>
    <message>
        <source>Untick to hide the counts until the round ends, so nobody follows the crowd.</source>
        <translation>Desmarque para ocultar los recuentos hasta que termine la ronda, de modo que nadie se deje llevar por los demás.</translation>
    </message>
    <message>
        <source>&amp;Start round</source>
        <translation>&amp;Iniciar ronda</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Vote &amp;on:</source>
        <translation>&amp;Votar sobre:</translation>
    </message>
    <message>
        <source>&amp;Votes each:</source>
        <translation>V&amp;otos por persona:</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>Ronda {0}</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Add to {0}</source>
        <translation>Añadir a {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrar por acción o tecla</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Filtrar los atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Editar fuente</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>e.g. Interview 7 — nurse, night shift</source>
        <translation>p. ej., Entrevista 7 — enfermera, turno de noche</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Con fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>A file name, a link, a ticket number…</source>
        <translation>Un nombre de archivo, un enlace, un número de ticket…</translation>
    </message>
    <message>
        <source>Notes about the source</source>
        <translation>Notas sobre la fuente</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Filter sources</source>
        <extracomment>The data of the &quot;Assumptions&quot; row (notes with no source). Changes to these tables rename a source&apos;s study or respondent. Below this width of the list (pixels) the respondent and study columns are hidden (both are named in the source&apos;s tooltip).</extracomment>
        <translation>Filtrar fuentes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Informante</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>&amp;Add Source…</source>
        <translation>&amp;Añadir fuente…</translation>
    </message>
    <message>
        <source>&amp;Edit Source…</source>
        <translation>&amp;Editar fuente…</translation>
    </message>
    <message>
        <source>Assign &amp;to Selected Notes</source>
        <translation>A&amp;signar a las notas seleccionadas</translation>
    </message>
    <message>
        <source>Ma&amp;ke Selected Notes Assumptions</source>
        <translation>Convertir las notas seleccionadas en su&amp;puestos</translation>
    </message>
    <message>
        <source>Two or more sources selected in this list that are the same become one</source>
        <translation>Dos o más fuentes seleccionadas en esta lista que son la misma pasan a ser una</translation>
    </message>
    <message>
        <source>Respondent: {0}</source>
        <translation>Informante: {0}</translation>
    </message>
    <message>
        <source>Study: {0}</source>
        <translation>Estudio: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>“{0}” has no notes; it is removed.</source>
        <translation>“{0}” no tiene notas; se elimina.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings them back as they were.</source>
        <translation>Deshacer (Ctrl+Z) los devuelve tal como estaban.</translation>
    </message>
    <message>
        <source>These are the same source. Keep:</source>
        <translation>Son la misma fuente. Conservar:</translation>
    </message>
    <message>
        <source>Merge &amp;Respondents Into…</source>
        <translation>Fusionar &amp;informantes en…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionar en…</translation>
    </message>
    <message>
        <source>&amp;Delete Source</source>
        <translation>E&amp;liminar fuente</translation>
    </message>
    <message>
        <source>&amp;Show Notes on Board</source>
        <translation>&amp;Mostrar las notas en el tablero</translation>
    </message>
    <message>
        <source>Add an interview, survey or other source notes can cite</source>
        <translation>Añadir una entrevista, una encuesta u otra fuente que las notas puedan citar</translation>
    </message>
    <message>
        <source>Edit the source selected in this list</source>
        <translation>Editar la fuente seleccionada en esta lista</translation>
    </message>
    <message>
        <source>The respondents of the sources selected in this list are one person: merge them into one</source>
        <translation>Los informantes de las fuentes seleccionadas en esta lista son una sola persona: fusionarlos en uno</translation>
    </message>
    <message>
        <source>Delete the sources selected in this list; their notes become assumptions</source>
        <translation>Eliminar las fuentes seleccionadas en esta lista; sus notas pasan a ser supuestos</translation>
    </message>
    <message>
        <source>Give the notes selected on the board the source selected in this list</source>
        <translation>Dar a las notas seleccionadas en el tablero la fuente seleccionada en esta lista</translation>
    </message>
    <message>
        <source>Make the notes selected on the board assumptions (no source)</source>
        <translation>Convertir en supuestos (sin fuente) las notas seleccionadas en el tablero</translation>
    </message>
    <message>
        <source>Select the notes of the selected sources on the board</source>
        <translation>Seleccionar en el tablero las notas de las fuentes seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <source>&amp;Respondents</source>
        <translation>&amp;Informantes</translation>
    </message>
    <message>
        <source>The people interviewed or surveyed, with their attributes</source>
        <translation>Las personas entrevistadas o encuestadas, con sus atributos</translation>
    </message>
    <message>
        <source>Assumptions (no source)</source>
        <translation>Supuestos (sin fuente)</translation>
    </message>
    <message>
        <source>Notes with no source: claims without research behind them</source>
        <translation>Notas sin fuente: afirmaciones sin investigación que las respalde</translation>
    </message>
    <message>
        <source>Merge Sources</source>
        <translation>Fusionar fuentes</translation>
    </message>
    <message>
        <source>Merged {0} sources into one</source>
        <translation>{0} fuentes fusionadas en una</translation>
    </message>
    <message>
        <source>Assign source</source>
        <translation>Asignar fuente</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quitar la fuente</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Frame</source>
        <translation>Encuadre</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Agrupación</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <source>Stage {0} of {1}</source>
        <translation>Fase {0} de {1}</translation>
    </message>
</context>
<context>
    <name>StagePanel</name>
    <message>
        <source>Stage panel</source>
        <extracomment>Lines each Frame checklist line always takes (see the module&apos;s docstring).</extracomment>
        <translation>Panel de fases</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Fase actual</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Tools for this stage</source>
        <translation>Herramientas para esta fase</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Hecho: {0}</translation>
    </message>
    <message>
        <source>To do: {0}</source>
        <translation>Pendiente: {0}</translation>
    </message>
</context>
<context>
    <name>StageTools</name>
    <message>
        <source>&amp;Writing as:</source>
        <translation>&amp;Escribiendo como:</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Participantes…</translation>
    </message>
    <message>
        <source>Dot &amp;voting…</source>
        <translation>&amp;Votación por puntos…</translation>
    </message>
    <message>
        <source>Open the &amp;persona editor</source>
        <translation>Abrir el &amp;editor de personas</translation>
    </message>
    <message>
        <source>Show the evidence &amp;check</source>
        <translation>Mostrar la &amp;revisión de evidencia</translation>
    </message>
    <message>
        <source>&amp;Export posters and cards…</source>
        <translation>E&amp;xportar pósteres y fichas…</translation>
    </message>
    <message>
        <source>P&amp;resenter view</source>
        <translation>Vi&amp;sta de presentador</translation>
    </message>
    <message>
        <source>Dot-vote what matters most: start a round on notes or clusters.</source>
        <translation>Votar por puntos lo que más importa: iniciar una ronda sobre notas o grupos.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Turn research evidence into customer personas, together, in one room.</source>
        <translation>Convertir la evidencia de la investigación en personas de cliente, en equipo y en una misma sala.</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nuevo taller…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <source>Start an empty workshop file</source>
        <translation>Empezar un archivo de taller vacío</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>Abrir un archivo de taller</translation>
    </message>
    <message>
        <source>A budgeting-app team&apos;s workshop</source>
        <translation>El taller del equipo de una app de presupuestos</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Talleres recientes</translation>
    </message>
    <message>
        <source>Workshops you open will be listed here.</source>
        <translation>Aquí aparecerán los talleres que abra.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>What will be imported, and what will be left out and why.</source>
        <translation>Qué se importará, qué se omitirá y por qué.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Working out what to import…</source>
        <translation>Calculando qué importar…</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <source>Time left</source>
        <extracomment>Time-up and warning colours; both hold at least 4.5:1 against their background.</extracomment>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Reiniciar el temporizador</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Add one minute</source>
        <translation>Añadir un minuto</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Add five minutes</source>
        <translation>Añadir cinco minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timebox of this stage, in minutes</source>
        <translation>Tiempo asignado a esta fase, en minutos</translation>
    </message>
    <message>
        <source>&amp;Timebox:</source>
        <translation>&amp;Tiempo asignado:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pausar el temporizador</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Iniciar el temporizador</translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <source>Cluster title</source>
        <translation>Título del grupo</translation>
    </message>
</context>
<context>
    <name>VoteOverlay</name>
    <message>
        <source>This cluster got {0} and ranks #{1}, tied in this round.</source>
        <translation>Este grupo obtuvo {0} y queda en el puesto {1}, empatado, en esta ronda.</translation>
    </message>
    <message>
        <source>This cluster got {0} and ranks #{1} in this round.</source>
        <translation>Este grupo obtuvo {0} y queda en el puesto {1} en esta ronda.</translation>
    </message>
    <message>
        <source>This note got {0} and ranks #{1}, tied in this round.</source>
        <translation>Esta nota obtuvo {0} y queda en el puesto {1}, empatada, en esta ronda.</translation>
    </message>
    <message>
        <source>This note got {0} and ranks #{1} in this round.</source>
        <translation>Esta nota obtuvo {0} y queda en el puesto {1} en esta ronda.</translation>
    </message>
    <message>
        <source>This note has {0} so far in the open round.</source>
        <translation>Esta nota lleva {0} hasta ahora en la ronda abierta.</translation>
    </message>
    <message>
        <source>This cluster has {0} so far in the open round.</source>
        <translation>Este grupo lleva {0} hasta ahora en la ronda abierta.</translation>
    </message>
</context>
<context>
    <name>VotingMode</name>
    <message>
        <source>Not voting: clicks on the board select notes.</source>
        <translation>Sin votación: los clics en el tablero seleccionan notas.</translation>
    </message>
    <message>
        <source>Voting: add participants first (Participants panel).</source>
        <translation>Votación: añada primero participantes (panel Participantes).</translation>
    </message>
    <message>
        <source>Voting: click a cluster to give {0}&apos;s dot · {1} of {2} left</source>
        <translation>Votación: haga clic en un grupo para dar un punto de {0} · quedan {1} de {2}</translation>
    </message>
    <message>
        <source>Voting: click a note to give {0}&apos;s dot · {1} of {2} left</source>
        <translation>Votación: haga clic en una nota para dar un punto de {0} · quedan {1} de {2}</translation>
    </message>
    <message>
        <source>Voting: click a cluster to take back one of {0}&apos;s dots · {1} of {2} left</source>
        <translation>Votación: haga clic en un grupo para retirar un punto de {0} · quedan {1} de {2}</translation>
    </message>
    <message>
        <source>Voting: click a note to take back one of {0}&apos;s dots · {1} of {2} left</source>
        <translation>Votación: haga clic en una nota para retirar un punto de {0} · quedan {1} de {2}</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Voting round</source>
        <translation>Ronda de votación</translation>
    </message>
    <message>
        <source>&amp;Delete round</source>
        <translation>&amp;Eliminar ronda</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Quién vota</translation>
    </message>
    <message>
        <source>Esc</source>
        <extracomment>Voting mode: clicks on the board are dots (see ``round_mode``).</extracomment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>On the board while voting: Tab / Shift+Tab next / previous person, 1–9 the person with that number, Esc stops voting.</source>
        <translation>En el tablero durante la votación: Tab / Mayús+Tab persona siguiente / anterior, 1–9 la persona con ese número, Esc detiene la votación.</translation>
    </message>
    <message>
        <source>Clicks &amp;take back a vote</source>
        <translation>Los &amp;clics retiran un voto</translation>
    </message>
    <message>
        <source>Move to the next person when their votes are used</source>
        <translation>Pasar a la persona siguiente cuando haya usado sus votos</translation>
    </message>
    <message>
        <source>Show &amp;tallies while voting</source>
        <translation>Mostrar el rec&amp;uento durante la votación</translation>
    </message>
    <message>
        <source>&amp;End round</source>
        <translation>&amp;Terminar ronda</translation>
    </message>
    <message>
        <source>Show on the &amp;board</source>
        <translation>Mostrar en el ta&amp;blero</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Votación</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nueva ronda</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Comparar rondas</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>Whether the panel is open (the feature says: its dock is not closed).</extracomment>
        <translation>abierta</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>the round ended</source>
        <translation>la ronda ha terminado</translation>
    </message>
    <message>
        <source>no round</source>
        <translation>ninguna ronda</translation>
    </message>
    <message>
        <source>No voting round yet: start one under “New round”.</source>
        <translation>Aún no hay ninguna ronda de votación: inicie una en “Nueva ronda”.</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>clusters</source>
        <translation>grupos</translation>
    </message>
    <message>
        <source>Add participants first (Participants panel).</source>
        <translation>Añada primero participantes (panel Participantes).</translation>
    </message>
    <message>
        <source>Tallies are hidden until the round ends.</source>
        <translation>Los recuentos están ocultos hasta que termine la ronda.</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Resultados:</translation>
    </message>
    <message>
        <source>Votes so far:</source>
        <translation>Votos hasta ahora:</translation>
    </message>
    <message>
        <source>{0}. {1} — {2} left</source>
        <translation>{0}. {1} — quedan {2}</translation>
    </message>
    <message>
        <source>Voting stopped: clicks on the board select again.</source>
        <translation>Votación detenida: los clics en el tablero vuelven a seleccionar.</translation>
    </message>
    <message>
        <source>Voting stopped ({0}): clicks on the board select again.</source>
        <translation>Votación detenida ({0}): los clics en el tablero vuelven a seleccionar.</translation>
    </message>
    <message>
        <source>&amp;Stop voting (Esc)</source>
        <translation>&amp;Detener la votación (Esc)</translation>
    </message>
    <message>
        <source>&amp;Vote by clicking the board</source>
        <translation>&amp;Votar haciendo clic en el tablero</translation>
    </message>
    <message>
        <source>{0} · Tab: next person · Esc: stop</source>
        <translation>{0} · Tab: persona siguiente · Esc: detener</translation>
    </message>
    <message>
        <source>This round is a vote on clusters: click a cluster.</source>
        <translation>En esta ronda se votan grupos: haga clic en un grupo.</translation>
    </message>
    <message>
        <source>This round is a vote on notes: click a note.</source>
        <translation>En esta ronda se votan notas: haga clic en una nota.</translation>
    </message>
    <message>
        <source>Add participants first, then choose who is voting.</source>
        <translation>Añada primero participantes y después elija quién vota.</translation>
    </message>
    <message>
        <source>There is no vote of theirs here to take back.</source>
        <translation>Aquí no hay ningún voto suyo que retirar.</translation>
    </message>
    <message>
        <source>{0} is voting now.</source>
        <translation>Ahora vota {0}.</translation>
    </message>
    <message>
        <source>Everyone has used their votes: end the round?</source>
        <translation>Todos han usado sus votos: ¿terminar la ronda?</translation>
    </message>
    <message>
        <source>Show tallies</source>
        <translation>Mostrar el recuento</translation>
    </message>
    <message>
        <source>Hide tallies</source>
        <translation>Ocultar el recuento</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>&amp;Previous Stage</source>
        <translation>Fase &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Stage</source>
        <translation>Fase &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Start Timer</source>
        <translation>Iniciar &amp;temporizador</translation>
    </message>
    <message>
        <source>&amp;Reset Timer</source>
        <translation>&amp;Reiniciar temporizador</translation>
    </message>
    <message>
        <source>Add &amp;1 Minute</source>
        <translation>Añadir &amp;1 minuto</translation>
    </message>
    <message>
        <source>Add &amp;5 Minutes</source>
        <translation>Añadir &amp;5 minutos</translation>
    </message>
    <message>
        <source>Presen&amp;ter View</source>
        <translation>Vista de &amp;presentador</translation>
    </message>
    <message>
        <source>Show the room the stage, the cluster or persona at hand and the timer (F5)</source>
        <translation>Mostrar a la sala la fase, el grupo o la persona en curso y el temporizador (F5)</translation>
    </message>
    <message>
        <source>Dot &amp;Voting…</source>
        <translation>&amp;Votación por puntos…</translation>
    </message>
    <message>
        <source>P&amp;articipants…</source>
        <translation>Parti&amp;cipantes…</translation>
    </message>
    <message>
        <source>&amp;Go to Stage</source>
        <translation>&amp;Ir a la fase</translation>
    </message>
    <message>
        <source>Stage timer: {0} left</source>
        <translation>Temporizador de la fase: quedan {0}</translation>
    </message>
    <message>
        <source>&amp;Pause Timer</source>
        <translation>Pausar &amp;temporizador</translation>
    </message>
</context>
<context>
    <name>WorkshopUndo</name>
    <message>
        <source>Could not undo or redo: {0}</source>
        <translation>No se pudo deshacer ni rehacer: {0}</translation>
    </message>
</context>
<context>
    <name>WritingAsCombo</name>
    <message>
        <source>Writing notes as</source>
        <extracomment>Colours given to new participants in turn: distinct, and dark enough for white text.</extracomment>
        <translation>Escribiendo notas como</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Nadie en concreto</translation>
    </message>
</context>
<context>
    <name>ZoomControl</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom to 100% (Ctrl+1)</source>
        <translation>Zoom al 100 % (Ctrl+1)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Acercar (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole board (Ctrl+0)</source>
        <translation>Mostrar todo el tablero (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel Reading</source>
        <translation>Cancelar la lectura</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Stage: {0}</source>
        <extracomment>The persona the facilitator last showed in the editor (the room sees it too).</extracomment>
        <translation>Fase: {0}</translation>
    </message>
    <message>
        <source>No safety copy: {0}</source>
        <extracomment>How often a safety copy is taken while a workshop is open and has changed.</extracomment>
        <translation>Sin copia de seguridad: {0}</translation>
    </message>
    <message>
        <source>Invite the Room</source>
        <translation>Invitar a la sala</translation>
    </message>
    <message>
        <source>The room could not be invited on {0}: {1}</source>
        <translation>No se pudo invitar a la sala en {0}: {1}</translation>
    </message>
    <message>
        <source>The room is no longer invited</source>
        <translation>La sala ya no está invitada</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>The workshop could not be opened</source>
        <extracomment>Environment variable for smoke tests: quit this many milliseconds after starting. Exit status when the window did not show what was asked for. Exit status after Ctrl+C in the terminal that started the app (as the verbs).</extracomment>
        <translation>No se pudo abrir el taller</translation>
    </message>
    <message>
        <source>Note Details</source>
        <translation>Detalles de la nota</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>Ta&amp;ller</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Dot Voting</source>
        <translation>Votación por puntos</translation>
    </message>
    <message>
        <source>Stage timer: time left</source>
        <translation>Temporizador de la fase: tiempo restante</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Merge breakout workshops</source>
        <translation>Fusionar talleres de subgrupos</translation>
    </message>
    <message>
        <source>Persona workshops (*.pwshop);;All files (*)</source>
        <translation>Talleres de personas (*.pwshop);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Which workshop were the breakout copies made from?</source>
        <translation>¿De qué taller se hicieron las copias de los subgrupos?</translation>
    </message>
    <message>
        <source>A change made in one place only is taken; the same thing changed in both is kept twice for you to choose. To tell which is which, the merge compares with the workshop as it was when the copies were made.</source>
        <translation>Se adopta un cambio hecho en un solo lugar; lo mismo cambiado en ambos se conserva dos veces para que usted elija. Para distinguir cuál es cuál, la fusión compara con el taller tal como estaba cuando se hicieron las copias.</translation>
    </message>
    <message>
        <source>This Workshop, Unchanged Since</source>
        <translation>Este taller, sin cambios desde</translation>
    </message>
    <message>
        <source>Choose the Original…</source>
        <translation>Elegir el original…</translation>
    </message>
    <message>
        <source>The workshop the copies were made from</source>
        <translation>El taller a partir del que se hicieron las copias</translation>
    </message>
    <message>
        <source>&amp;Merge Workshop…</source>
        <translation>&amp;Fusionar taller…</translation>
    </message>
    <message>
        <source>Bring breakout groups&apos; copies of this workshop into it</source>
        <translation>Incorporar a este taller las copias hechas por los subgrupos</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Restaurar desde co&amp;pia de seguridad…</translation>
    </message>
    <message>
        <source>Open an automatic safety copy of a workshop as a new file</source>
        <translation>Abrir una copia de seguridad automática de un taller como archivo nuevo</translation>
    </message>
    <message>
        <source>The safety copy could not be restored</source>
        <translation>No se pudo restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Restored the safety copy as {0}, next to the original</source>
        <translation>Copia de seguridad restaurada como {0}, junto al original</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Each language named in itself, so it can be found whatever the window speaks.</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The window speaks {0} from the next start.</source>
        <translation>La ventana estará en {0} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Invite the Room…</source>
        <translation>I&amp;nvitar a la sala…</translation>
    </message>
    <message>
        <source>Let participants add notes and dots from their phones, over this network</source>
        <translation>Permitir que los participantes añadan notas y puntos desde su móvil, a través de esta red</translation>
    </message>
    <message>
        <source>The workshop is open read-only</source>
        <translation>El taller está abierto en solo lectura</translation>
    </message>
    <message>
        <source>Phones connected</source>
        <translation>Móviles conectados</translation>
    </message>
</context>
</TS>
