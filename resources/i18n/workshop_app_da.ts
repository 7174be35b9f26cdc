<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nyt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Åbn projekt…</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>Åbn &amp;demoprojektet</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Luk projekt</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Udskriv handout…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Eksportér som &amp;JSON…</translation>
    </message>
    <message>
        <source>Save a &amp;copy elsewhere…</source>
        <translation>Gem en &amp;kopi et andet sted…</translation>
    </message>
    <message>
        <source>C&amp;heck project…</source>
        <translation>&amp;Tjek projekt…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sikkerhedskopier…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om programmet</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
</context>
<context>
    <name>ActorsPage</name>
    <message>
        <source>2 Actors</source>
        <translation>2 Aktører</translation>
    </message>
    <message>
        <source>This page will hold the actor map: a register of everyone with a stake in the town centre, a power/interest grid that works on a projector, relations between actors, dated re-assessments and an engagement plan built from method cards.

It is not built yet.</source>
        <translation>Her kommer aktørkortlægningen: et register over alle, der har en interesse i bymidten, et indflydelse/interesse-kort, der kan bruges på en projektor, relationer mellem aktørerne, daterede genvurderinger og en inddragelsesplan bygget af metodekort.

Siden er ikke bygget endnu.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Computed from the meeting's start time and the durations above.</source>
        <translation>Beregnet ud fra mødets starttidspunkt og varigheden af punkterne ovenfor.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>A backup is a complete copy of the project. Restoring one makes a new file; the project you have open is not changed.</source>
        <translation>En sikkerhedskopi er en komplet kopi af projektet. Når du gendanner en, laves der en ny fil; det projekt, du har åbent, ændres ikke.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>No backups yet. One is made every time the project is opened and closed, and every few minutes while you edit.</source>
        <translation>Der er ingen sikkerhedskopier endnu. Der laves en, hver gang projektet åbnes og lukkes, og med få minutters mellemrum, mens du redigerer.</translation>
    </message>
    <message>
        <source>Backups are kept in: {0}</source>
        <translation>Sikkerhedskopierne gemmes i: {0}</translation>
    </message>
    <message>
        <source>Restore to a new file…</source>
        <translation>Gendan til en ny fil…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>On opening</source>
        <translation>Ved åbning</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>Ved lukning</translation>
    </message>
    <message>
        <source>While editing</source>
        <translation>Under redigering</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Før en opdatering</translation>
    </message>
    <message>
        <source>{0} kB</source>
        <translation>{0} kB</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>{0} (restored {1})</source>
        <translation>{0} (gendannet {1})</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Kunne ikke gendanne</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check project</source>
        <translation>Tjek projekt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Kopiér rapport</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>File integrity</source>
        <translation>Filintegritet</translation>
    </message>
    <message>
        <source>Links between records</source>
        <translation>Forbindelser mellem poster</translation>
    </message>
    <message>
        <source>Structure (schema)</source>
        <translation>Struktur (skema)</translation>
    </message>
    <message>
        <source>All records readable</source>
        <translation>Alle poster kan læses</translation>
    </message>
    <message>
        <source>Open only here (lock)</source>
        <translation>Kun åben her (lås)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Ingen skader fundet.</translation>
    </message>
    <message>
        <source>Every link points to an existing record.</source>
        <translation>Alle forbindelser peger på en eksisterende post.</translation>
    </message>
    <message>
        <source>Broken links: {0} ({1})</source>
        <translation>Brudte forbindelser: {0} ({1})</translation>
    </message>
    <message>
        <source>As this version of the app expects.</source>
        <translation>Som denne version af programmet forventer.</translation>
    </message>
    <message>
        <source>Records read: {0}</source>
        <translation>Poster læst: {0}</translation>
    </message>
    <message>
        <source>Opened read-only: nothing is written to the file.</source>
        <translation>Åbnet skrivebeskyttet: der skrives intet til filen.</translation>
    </message>
    <message>
        <source>Lock file: {0}</source>
        <translation>Låsefil: {0}</translation>
    </message>
    <message>
        <source>No lock is held: another program could change the file.</source>
        <translation>Filen er ikke låst: et andet program kan ændre den.</translation>
    </message>
    <message>
        <source>{0} kept; the newest good one is from {1}</source>
        <translation>{0} gemt; den nyeste gode er fra {1}</translation>
    </message>
    <message>
        <source>{0} kept, but none of them can be read</source>
        <translation>{0} gemt, men ingen af dem kan læses</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Ingen sikkerhedskopi endnu.</translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation>Alt er i orden.</translation>
    </message>
    <message>
        <source>Problems found: {0}. Use Backups to restore a good copy.</source>
        <translation>Der er fundet problemer: {0}. Brug Sikkerhedskopier til at gendanne en god kopi.</translation>
    </message>
    <message>
        <source>Problems found: {0}.</source>
        <translation>Der er fundet problemer: {0}.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit {0}</source>
        <translation>Ret {0}</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Tilføj møde</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Slet møde</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation>Flyt møde</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Tilføj dagsordenspunkt</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Slet dagsordenspunkt</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Flyt dagsordenspunkt</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Projects (*{0})</source>
        <translation>Projekter (*{0})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Åbn projekt</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nyt projekt</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Ændringer ikke gemt</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Gem en kopi et andet sted…</translation>
    </message>
    <message>
        <source>Close without them</source>
        <translation>Luk uden dem</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <source>The app ran into an error it did not expect. Every change shown as saved is in your project file. Please send the log file to whoever supports the app:
{0}</source>
        <translation>Programmet stødte på en fejl, det ikke havde forventet. Alle ændringer, der er vist som gemt, ligger i projektfilen. Send gerne logfilen til den, der hjælper med programmet:
{0}</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>Handouts and export</source>
        <translation>Udskrifter og eksport</translation>
    </message>
    <message>
        <source>Meeting handout</source>
        <translation>Handout til mødet</translation>
    </message>
    <message>
        <source>A handout for the participants of a meeting: purpose, date, place and the agenda with clock times. It holds no personal data beyond what you wrote in the agenda.</source>
        <translation>Et handout til deltagerne i et møde: formål, dato, sted og dagsordenen med klokkeslæt. Det indeholder ingen persondata ud over det, du selv har skrevet i dagsordenen.</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Møde:</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Vis og udskriv…</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Udveksling</translation>
    </message>
    <message>
        <source>The whole project as a JSON file, to archive it or move it to another tool. Use 'workshop-app import-json' to make a project file from it again.</source>
        <translation>Hele projektet som en JSON-fil, til arkivering eller til brug i et andet værktøj. Med 'workshop-app import-json' bliver den til en projektfil igen.</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Eksportér som JSON…</translation>
    </message>
    <message>
        <source>The next meeting</source>
        <translation>Det næste møde</translation>
    </message>
    <message>
        <source>(untitled meeting)</source>
        <translation>(møde uden titel)</translation>
    </message>
</context>
<context>
    <name>HandoutFlow</name>
    <message>
        <source>No meetings</source>
        <translation>Ingen møder</translation>
    </message>
    <message>
        <source>Add a meeting with an agenda on the Meetings page first.</source>
        <translation>Tilføj først et møde med en dagsorden på siden Møder.</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>handout</translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation>Laver handout…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>An unexpected error stopped the handout. Details are in the log.</source>
        <translation>En uventet fejl stoppede handoutet. Detaljerne står i logfilen.</translation>
    </message>
    <message>
        <source>Handout not made</source>
        <translation>Handoutet blev ikke lavet</translation>
    </message>
</context>
<context>
    <name>HandoutLabels</name>
    <message>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation>Endnu ingen punkter på dagsordenen.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Udskrevet {date}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Gendannet</translation>
    </message>
    <message>
        <source>The project was not closed properly last time and has been recovered. A copy of the file as it was is kept in:
{0}</source>
        <translation>Projektet blev ikke lukket korrekt sidst og er blevet gendannet. En kopi af filen, som den var, ligger i:
{0}</translation>
    </message>
    <message>
        <source>No backup could be made: {0}</source>
        <translation>Der kunne ikke laves en sikkerhedskopi: {0}</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Projektet kunne ikke åbnes</translation>
    </message>
    <message>
        <source>{0}

Open a read-only copy instead?</source>
        <translation>{0}

Vil du åbne en skrivebeskyttet kopi i stedet?</translation>
    </message>
    <message>
        <source>Open a read-only copy</source>
        <translation>Åbn en skrivebeskyttet kopi</translation>
    </message>
    <message>
        <source>{0}

Open it read-only?</source>
        <translation>{0}

Vil du åbne den skrivebeskyttet?</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Åbn skrivebeskyttet</translation>
    </message>
    <message>
        <source>{0}

The newest good backup is from {1}. Restore it into a new file? The damaged file is left as it is.</source>
        <translation>{0}

Den nyeste gode sikkerhedskopi er fra {1}. Vil du gendanne den til en ny fil? Den beskadigede fil bliver ikke rørt.</translation>
    </message>
    <message>
        <source>Restore backup…</source>
        <translation>Gendan sikkerhedskopi…</translation>
    </message>
    <message>
        <source> (restored)</source>
        <translation> (gendannet)</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Sikkerhedskopien kunne ikke gendannes</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Åbnede {0}</translation>
    </message>
    <message>
        <source>{0} change(s) could not be written to the project file: {1}

Save a copy with them somewhere else, or close without them?</source>
        <translation>{0} ændring(er) kunne ikke skrives til projektfilen: {1}

Vil du gemme en kopi med dem et andet sted, eller lukke uden dem?</translation>
    </message>
    <message>
        <source>{0} is closed and saved. It is safe to remove the USB stick.</source>
        <translation>{0} er gemt og lukket. USB-nøglen kan nu fjernes sikkert.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (kopi)</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Kopien kunne ikke gemmes</translation>
    </message>
    <message>
        <source>Saved a copy as {0}</source>
        <translation>Gemte en kopi som {0}</translation>
    </message>
    <message>
        <source>The copy holds every change, also those not yet saved here. Continue working in the copy?</source>
        <translation>Kopien indeholder alle ændringer, også dem der ikke er gemt her endnu. Vil du arbejde videre i kopien?</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Kopi gemt</translation>
    </message>
    <message>
        <source>Open the copy</source>
        <translation>Åbn kopien</translation>
    </message>
    <message>
        <source>The backup was restored as {0}. Open it now?</source>
        <translation>Sikkerhedskopien er gendannet som {0}. Vil du åbne den nu?</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhedskopi gendannet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nyt projekt</translation>
    </message>
    <message>
        <source>The project could not be created</source>
        <translation>Projektet kunne ikke oprettes</translation>
    </message>
    <message>
        <source>The demo project could not be made</source>
        <translation>Demoprojektet kunne ikke laves</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Gemt {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Ændringen blev ikke gemt</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Eksportér som JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>Eksporterede {0}</translation>
    </message>
    <message>
        <source>{0}, version {1}.
An offline workshop for living town centres.</source>
        <translation>{0}, version {1}.
Et værksted for levende bymidter, der virker uden net.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>Add meeting (Ctrl+M)</source>
        <translation>Tilføj møde (Ctrl+M)</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Slet møde</translation>
    </message>
    <message>
        <source>Move meeting up</source>
        <translation>Flyt mødet op</translation>
    </message>
    <message>
        <source>Move meeting down</source>
        <translation>Flyt mødet ned</translation>
    </message>
    <message>
        <source>No meetings yet. Add one with the + button below the list.</source>
        <translation>Endnu ingen møder. Tilføj et med knappen + under listen.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Hvornår:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Add agenda item (Ctrl+I)</source>
        <translation>Tilføj dagsordenspunkt (Ctrl+I)</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Slet dagsordenspunkt</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Flyt punktet op</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Flyt punktet ned</translation>
    </message>
    <message>
        <source>Double-click a cell or start typing to edit it.</source>
        <translation>Dobbeltklik på en celle, eller begynd at skrive for at rette den.</translation>
    </message>
    <message>
        <source>(untitled meeting)</source>
        <translation>(møde uden titel)</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Ingen dato endnu</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} t {1} min.</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min.</translation>
    </message>
    <message>
        <source>Total {0}, {1}–{2}</source>
        <translation>I alt {0}, kl. {1}–{2}</translation>
    </message>
    <message>
        <source>Total {0}</source>
        <translation>I alt {0}</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nyt punkt</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>The basic facts of the collaboration. They appear on every handout and on the charter. Every change is saved at once and can be undone (Ctrl+Z).</source>
        <translation>De grundlæggende oplysninger om samarbejdet. De står på alle handouts og på samarbejdsgrundlaget. Alle ændringer gemmes med det samme og kan fortrydes (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektnavn</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitatorer</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Why the collaboration exists and what it should achieve.</source>
        <translation>Hvorfor samarbejdet findes, og hvad det skal opnå.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: {0}</source>
        <translation>Vis: {0}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Åbn i PDF-fremviser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Gem PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Kunne ikke udskrive</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation>Printeren er ikke klar.</translation>
    </message>
</context>
<context>
    <name>PendingBar</name>
    <message>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Gem en kopi et andet sted…</translation>
    </message>
    <message>
        <source>{0} change(s) not saved yet. {1}</source>
        <translation>{0} ændring(er) er ikke gemt endnu. {1}</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>1 Start-up and scope</source>
        <translation>1 Opstart og afgrænsning</translation>
    </message>
    <message>
        <source>This page will guide you through the charter for the collaboration: why now, the purpose and an open task, the area, time frame and fixed limits, money, political anchoring, the municipality's roles, organisation, history, the knowledge base and success criteria, and print it for the council.

It is not built yet. Until then, write a draft of the scope in the project's description on the Overview page.</source>
        <translation>Her bliver du ført gennem samarbejdsgrundlaget: hvorfor nu, formål og en åben opgave, området, tidsramme og faste rammer, økonomi, politisk forankring, kommunens roller, organisering, historik, vidensgrundlag og succeskriterier — klar til at udskrive til byrådet.

Siden er ikke bygget endnu. Skriv indtil da et udkast til afgrænsningen i projektets beskrivelse på siden Overblik.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source>Menus, pages and printouts use this language.</source>
        <translation>Menuer, sider og udskrifter bruger dette sprog.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Plan and run the work on a living town centre: scope, actors, prototype tests and the meetings where it happens. Everything stays on this computer.</source>
        <translation>Planlæg og styr arbejdet for en levende bymidte: afgrænsning, aktører, afprøvninger og de møder, hvor det sker. Alt bliver på denne computer.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Seneste projekter</translation>
    </message>
    <message>
        <source>No recent projects yet. Start with the demo project to look around.</source>
        <translation>Endnu ingen seneste projekter. Begynd med demoprojektet for at se dig omkring.</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(findes ikke)</translation>
    </message>
</context>
<context>
    <name>TestsPage</name>
    <message>
        <source>3 Prototype tests</source>
        <translation>3 Afprøvninger</translation>
    </message>
    <message>
        <source>This page will hold the temporary prototype tests: the idea bank, test plans with hypotheses and permits, counts and feedback from the street, and the decisions with their lineage.

It is not built yet.</source>
        <translation>Her kommer de midlertidige afprøvninger: idébanken, testplaner med hypoteser og tilladelser, optællinger og tilbagemeldinger fra gaden samt beslutningerne og deres ophav.

Siden er ikke bygget endnu.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>1 Start-up and scope</source>
        <translation>1 Opstart og afgrænsning</translation>
    </message>
    <message>
        <source>2 Actors</source>
        <translation>2 Aktører</translation>
    </message>
    <message>
        <source>3 Prototype tests</source>
        <translation>3 Afprøvninger</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>Handouts and export</source>
        <translation>Udskrifter og eksport</translation>
    </message>
    <message>
        <source>This project was saved by a newer version ({0}) of the app, so it is open read-only here. Update the app to edit it.</source>
        <translation>Projektet er gemt af en nyere version ({0}) af programmet og er derfor åbnet skrivebeskyttet her. Opdater programmet for at redigere det.</translation>
    </message>
    <message>
        <source>This project is open read-only: changes cannot be saved. Save a copy to work on it.</source>
        <translation>Projektet er åbnet skrivebeskyttet: ændringer kan ikke gemmes. Gem en kopi for at arbejde videre.</translation>
    </message>
</context>
</TS>