<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>About</name>
    <message>
        <source>CareerDesk {version}

Plan your next career step: read role profiles, tick the skills you have and see what is missing. Everything stays on this computer.

Licence: MIT.

Salary figures: US Bureau of Labor Statistics, Occupational Employment and Wage Statistics (May 2025), unless a profile names another source; every source is listed in data/SOURCES.md. The curated profiles' text is CareerDesk's own.

The built-in O*NET occupations (and any newer release you import) include information from O*NET 29.3 by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license; CareerDesk has modified it, and USDOL/ETA has not approved, endorsed or tested these modifications.</source>
        <translation>CareerDesk {version}

Planen Sie Ihren nächsten Karriereschritt: Lesen Sie Rollenprofile, haken Sie die Kompetenzen ab, die Sie haben, und sehen Sie, was noch fehlt. Alles bleibt auf diesem Computer.

Lizenz: MIT.

Gehaltsangaben: US Bureau of Labor Statistics, Occupational Employment and Wage Statistics (Mai 2025), sofern ein Profil keine andere Quelle nennt; alle Quellen stehen in data/SOURCES.md. Die Texte der kuratierten Profile stammen von CareerDesk selbst.

Die eingebauten O*NET-Berufe (und jede neuere Version, die Sie importieren) enthalten Informationen aus O*NET 29.3 des U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), verwendet unter der Lizenz CC BY 4.0; CareerDesk hat sie verändert, und USDOL/ETA hat diese Änderungen weder genehmigt noch befürwortet oder geprüft.</translation>
    </message>
    <message>
        <source>About CareerDesk</source>
        <translation>Über CareerDesk</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Career plan: {title}</source>
        <translation>Karriereplan: {title}</translation>
    </message>
    <message>
        <source>Milestone: {skill}</source>
        <translation>Meilenstein: {skill}</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>lerne ich</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>noch nicht begonnen</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>fachlich</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>Soft Skill</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>{skill} ({kind}) for {role}: {status}; about {weeks} weeks of study, from {start}.</source>
        <translation>{skill} ({kind}) für {role}: {status}; etwa {weeks} Wochen Lernaufwand, ab {start}.</translation>
    </message>
    <message>
        <source>{skill} ({kind}) for {role}: {status}; about {weeks} weeks of study.</source>
        <translation>{skill} ({kind}) für {role}: {status}; etwa {weeks} Wochen Lernaufwand.</translation>
    </message>
</context>
<context>
    <name>CareerPathView</name>
    <message>
        <source>Career path</source>
        <translation>Karriereweg</translation>
    </message>
    <message>
        <source>Next steps from {title}</source>
        <translation>Nächste Schritte ab {title}</translation>
    </message>
    <message>
        <source>Moves from {title}</source>
        <translation>Wechsel von {title} aus</translation>
    </message>
    <message>
        <source>This shows the promotion ladder: the usual next roles, one above the other.</source>
        <translation>Hier sehen Sie die Aufstiegsleiter: die üblichen nächsten Rollen, eine über der anderen.</translation>
    </message>
    <message>
        <source>This is the top of the ladder in the catalogue.</source>
        <translation>Dies ist die höchste Stufe dieser Leiter im Rollenkatalog.</translation>
    </message>
    <message>
        <source>No promotion ladder is recorded for this role; below are related roles: sideways moves to occupations that share much of the work.</source>
        <translation>Für diese Rolle ist keine Aufstiegsleiter erfasst; unten stehen verwandte Rollen: Wechsel zur Seite in Berufe mit vielen gemeinsamen Aufgaben.</translation>
    </message>
    <message>
        <source>No next steps or related roles are recorded for this role.</source>
        <translation>Für diese Rolle sind weder nächste Schritte noch verwandte Rollen erfasst.</translation>
    </message>
    <message>
        <source>You are here · {t}</source>
        <translation>Sie sind hier · {t}</translation>
    </message>
    <message>
        <source>{title}: you are here</source>
        <translation>{title}: Sie sind hier</translation>
    </message>
    <message>
        <source>Related roles</source>
        <translation>Verwandte Rollen</translation>
    </message>
    <message>
        <source> (as O*NET lists them)</source>
        <translation> (wie O*NET sie aufführt)</translation>
    </message>
    <message>
        <source>Sideways moves, not promotions{source}.</source>
        <translation>Wechsel zur Seite, keine Beförderungen{source}.</translation>
    </message>
    <message>
        <source>Roles that lead here</source>
        <translation>Rollen, die hierher führen</translation>
    </message>
    <message>
        <source>The next step from:</source>
        <translation>Der nächste Schritt von:</translation>
    </message>
    <message>
        <source>Further along the path from:</source>
        <translation>Weiter entfernt auf dem Karriereweg von:</translation>
    </message>
    <message>
        <source>No role in the catalogue names this one on its path.</source>
        <translation>Keine Rolle im Rollenkatalog nennt diese auf ihrem Karriereweg.</translation>
    </message>
    <message>
        <source>Not in the catalogue yet</source>
        <translation>Noch nicht im Rollenkatalog</translation>
    </message>
    <message>
        <source>Related move · you have {c}</source>
        <translation>Verwandter Wechsel · Sie haben {c}</translation>
    </message>
    <message>
        <source>You have {c}</source>
        <translation>Sie haben {c}</translation>
    </message>
    <message>
        <source>Open {title}</source>
        <translation>{title} öffnen</translation>
    </message>
    <message>
        <source>Related move: {c}</source>
        <translation>Verwandter Wechsel: {c}</translation>
    </message>
</context>
<context>
    <name>ChecklistDelegate</name>
    <message>
        <source>learning</source>
        <translation>lerne ich</translation>
    </message>
    <message>
        <source>✎ note</source>
        <translation>✎ Notiz</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Pay: not given</source>
        <translation>Gehalt: nicht angegeben</translation>
    </message>
    <message>
        <source>Pay: {pay} per hour, {region}</source>
        <translation>Gehalt: {pay} pro Stunde, {region}</translation>
    </message>
    <message>
        <source>Pay: {pay} per month, {region}</source>
        <translation>Gehalt: {pay} pro Monat, {region}</translation>
    </message>
    <message>
        <source>Pay: {pay} per year, {region}</source>
        <translation>Gehalt: {pay} pro Jahr, {region}</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>US pay: {pay}</source>
        <translation>Gehalt in den USA: {pay}</translation>
    </message>
    <message>
        <source>Experience across levels: {years}</source>
        <translation>Erfahrung über alle Stufen: {years}</translation>
    </message>
    <message>
        <source>Levels: {levels}</source>
        <translation>Stufen: {levels}</translation>
    </message>
    <message>
        <source>These pay figures are not directly comparable</source>
        <translation>Diese Gehaltsangaben sind nicht direkt vergleichbar</translation>
    </message>
    <message>
        <source>(different {differences}). Compare them with care, or look at each role's levels.</source>
        <translation>(abweichend: {differences}). Vergleichen Sie sie mit Vorsicht oder sehen Sie sich die Stufen jeder Rolle an.</translation>
    </message>
    <message>
        <source>{b} is the next step on {a}'s career path.</source>
        <translation>{b} ist der nächste Schritt auf dem Karriereweg von {a}.</translation>
    </message>
    <message>
        <source>{b} is {steps} steps along {a}'s career path.</source>
        <translation>{b} liegt {steps} Schritte weiter auf dem Karriereweg von {a}.</translation>
    </message>
    <message>
        <source>{b} is not on {a}'s career path in the catalogue.</source>
        <translation>{b} liegt laut Rollenkatalog nicht auf dem Karriereweg von {a}.</translation>
    </message>
    <message>
        <source>{percent}% of {b}'s skills are shared with {a}.</source>
        <translation>{percent} % der Kompetenzen von {b} gehören auch zu {a}.</translation>
    </message>
    <message>
        <source>Pay and seniority</source>
        <translation>Gehalt und Karrierestufen</translation>
    </message>
    <message>
        <source>New in {title} ({n})</source>
        <translation>Neu in {title} ({n})</translation>
    </message>
    <message>
        <source>{group}:</source>
        <translation>{group}:</translation>
    </message>
    <message>
        <source>In both ({n})</source>
        <translation>In beiden ({n})</translation>
    </message>
    <message>
        <source>Only in {title} ({n})</source>
        <translation>Nur in {title} ({n})</translation>
    </message>
    <message>
        <source>Compare from role</source>
        <translation>Ausgangsrolle des Vergleichs</translation>
    </message>
    <message>
        <source>Compare to role</source>
        <translation>Vergleichsrolle</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Choose two roles to compare.</source>
        <translation>Wählen Sie zwei Rollen zum Vergleichen.</translation>
    </message>
    <message>
        <source>One of these roles is no longer in the catalogue.</source>
        <translation>Eine dieser Rollen ist nicht mehr im Rollenkatalog.</translation>
    </message>
</context>
<context>
    <name>CvScanDialog</name>
    <message>
        <source>Scan my CV</source>
        <translation>Lebenslauf auswerten</translation>
    </message>
    <message>
        <source>CVs (*.txt *.md *.pdf *.docx);;All files (*)</source>
        <translation>Lebensläufe (*.txt *.md *.pdf *.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>tick 1 skill from your CV</source>
        <translation>1 Kompetenz aus Ihrem Lebenslauf abhaken</translation>
    </message>
    <message>
        <source>tick {n} skills from your CV</source>
        <translation>{n} Kompetenzen aus Ihrem Lebenslauf abhaken</translation>
    </message>
    <message>
        <source>Skills from your CV</source>
        <translation>Kompetenzen aus Ihrem Lebenslauf</translation>
    </message>
    <message>
        <source>Skills your CV shows; untick any you do not want marked</source>
        <translation>Kompetenzen, die Ihr Lebenslauf zeigt; entfernen Sie den Haken bei allen, die nicht markiert werden sollen</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>From your CV</source>
        <translation>Aus Ihrem Lebenslauf</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Alle abhaken</translation>
    </message>
    <message>
        <source>Untick a&amp;ll</source>
        <translation>Alle Haken &amp;entfernen</translation>
    </message>
    <message>
        <source>Mark as had</source>
        <translation>Als vorhanden markieren</translation>
    </message>
    <message>
        <source>Reading your CV…</source>
        <translation>Lebenslauf wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the CV</source>
        <translation>Der Lebenslauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>No skills the catalogue knows were found in {source}.</source>
        <translation>In {source} wurden keine Kompetenzen gefunden, die der Rollenkatalog kennt.</translation>
    </message>
    <message>
        <source>{source} shows {total} skills. {n} are ticked to be marked as had, each with the sentence it came from as evidence (evidence you wrote yourself is kept). Nothing is saved until you confirm, and the CV itself is never stored.</source>
        <translation>{source} zeigt {total} Kompetenzen. {n} davon sind angehakt und werden als vorhanden markiert, jeweils mit dem Satz, aus dem sie stammen, als Nachweis (selbst geschriebene Nachweise bleiben erhalten). Nichts wird gespeichert, bevor Sie bestätigen, und der Lebenslauf selbst wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>Es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>Your skills are as they were.</source>
        <translation>Ihre Kompetenzen sind unverändert.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>Es wurde keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Gesichert nach {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>CareerDesk backups (*.sqlite)</source>
        <translation>CareerDesk-Sicherungen (*.sqlite)</translation>
    </message>
    <message>
        <source>Replace your current ticks, notes and plan with the backup {name}? What you have now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Ihre aktuellen Haken, Notizen und Ihren Plan durch die Sicherung {name} ersetzen? Ihr jetziger Stand wird vorher gesichert; Sie können dies also rückgängig machen, indem Sie diese Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Your data was not changed.</source>
        <translation>Ihre Daten wurden nicht verändert.</translation>
    </message>
    <message>
        <source>Restored. Your previous data is kept in {path}</source>
        <translation>Wiederhergestellt. Ihre bisherigen Daten liegen in {path}</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>a backup file</source>
        <translation>eine Sicherungsdatei</translation>
    </message>
    <message>
        <source>{path} is a file, not a data folder</source>
        <translation>{path} ist eine Datei, kein Datenordner</translation>
    </message>
</context>
<context>
    <name>DataHealth</name>
    <message>
        <source>{path} is not a file; move it out of the way and try again</source>
        <translation>{path} ist keine Datei; verschieben Sie es an einen anderen Ort und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>Your data file cannot be read ({path}): it belongs to another user or its permissions forbid reading. Fix its permissions (or run CareerDesk as its owner); nothing was changed.</source>
        <translation>Ihre Datendatei kann nicht gelesen werden ({path}): Sie gehört einem anderen Benutzer oder ihre Berechtigungen verbieten das Lesen. Korrigieren Sie die Berechtigungen (oder starten Sie CareerDesk als ihr Eigentümer); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is not a database file (it may have been overwritten)</source>
        <translation>sie ist keine Datenbankdatei (sie wurde möglicherweise überschrieben)</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>it is not a CareerDesk data file</source>
        <translation>sie ist keine CareerDesk-Datendatei</translation>
    </message>
    <message>
        <source>it was written by a newer version of CareerDesk (changes this version does not know: {changes})</source>
        <translation>sie wurde von einer neueren CareerDesk-Version geschrieben (Änderungen, die diese Version nicht kennt: {changes})</translation>
    </message>
    <message>
        <source>the database is damaged ({detail})</source>
        <translation>die Datenbank ist beschädigt ({detail})</translation>
    </message>
    <message>
        <source>Your data file could not be used: {problem}. It was kept, untouched, as {kept_as}. Your data was restored from the backup {backup}.</source>
        <translation>Ihre Datendatei konnte nicht verwendet werden: {problem}. Sie wurde unverändert als {kept_as} aufbewahrt. Ihre Daten wurden aus der Sicherung {backup} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your data file could not be used: {problem}. It was kept, untouched, as {kept_as}. There was no usable backup, so CareerDesk started with empty data.</source>
        <translation>Ihre Datendatei konnte nicht verwendet werden: {problem}. Sie wurde unverändert als {kept_as} aufbewahrt. Es gab keine brauchbare Sicherung, daher hat CareerDesk mit leeren Daten begonnen.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>no role called {name} (try `careerdesk roles search`)</source>
        <translation>keine Rolle namens {name} (versuchen Sie `careerdesk roles search`)</translation>
    </message>
    <message>
        <source>unknown skill: {names}</source>
        <translation>unbekannte Kompetenz: {names}</translation>
    </message>
    <message>
        <source>no target role: choose one in the plan (careerdesk plan set --target ROLE)</source>
        <translation>keine Zielrolle: Wählen Sie eine im Plan (careerdesk plan set --target ROLE)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{label}: cannot read this kind of file (use {kinds})</source>
        <translation>{label}: Diese Dateiart kann nicht gelesen werden (verwenden Sie {kinds})</translation>
    </message>
    <message>
        <source>{label} is larger than {megabytes} MB; save it as plain text and try that</source>
        <translation>{label} ist größer als {megabytes} MB; speichern Sie den Inhalt als reinen Text und versuchen Sie es damit</translation>
    </message>
    <message>
        <source>{label} is empty</source>
        <translation>{label} ist leer</translation>
    </message>
    <message>
        <source>no text found in {label} (is it a scanned image?)</source>
        <translation>kein Text in {label} gefunden (ist es ein eingescanntes Bild?)</translation>
    </message>
    <message>
        <source>no text found in {label}</source>
        <translation>kein Text in {label} gefunden</translation>
    </message>
    <message>
        <source>{label} is larger than 5 MB; save the text part on its own and try that</source>
        <translation>{label} ist größer als 5 MB; speichern Sie nur den Textteil und versuchen Sie es damit</translation>
    </message>
    <message>
        <source>cannot open {label}: {reason}</source>
        <translation>{label} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>{label} is a folder, not a file</source>
        <translation>{label} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>{label} is not a regular file</source>
        <translation>{label} ist keine normale Datei</translation>
    </message>
    <message>
        <source>cannot read {label}: {reason}</source>
        <translation>{label} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <source>{label} is password-protected; open it, save a copy without a password, try that</source>
        <translation>{label} ist passwortgeschützt; öffnen Sie die Datei, speichern Sie eine Kopie ohne Passwort und versuchen Sie es damit</translation>
    </message>
    <message>
        <source>{label} is not a readable PDF ({error})</source>
        <translation>{label} ist kein lesbares PDF ({error})</translation>
    </message>
    <message>
        <source>{label} unpacks to more than {megabytes} MB; save it as a PDF or plain text and try that</source>
        <translation>{label} wird entpackt größer als {megabytes} MB; speichern Sie es als PDF oder reinen Text und versuchen Sie es damit</translation>
    </message>
    <message>
        <source>{label} is a binary file, not text</source>
        <translation>{label} ist eine Binärdatei, kein Text</translation>
    </message>
    <message>
        <source>{label} is not a readable Word document (.docx)</source>
        <translation>{label} ist kein lesbares Word-Dokument (.docx)</translation>
    </message>
</context>
<context>
    <name>ExploreDialog</name>
    <message>
        <source>Explore by interests</source>
        <translation>Nach Interessen erkunden</translation>
    </message>
    <message>
        <source>Tick the kinds of work you enjoy (most enjoyed first) and the preparation you have or are willing to get.</source>
        <translation>Haken Sie die Arten von Arbeit ab, die Ihnen Freude machen (die liebste zuerst), und wählen Sie die Vorbereitung, die Sie haben oder erwerben möchten.</translation>
    </message>
    <message>
        <source>Job zone</source>
        <translation>Job Zone</translation>
    </message>
    <message>
        <source>Any preparation</source>
        <translation>Beliebige Vorbereitung</translation>
    </message>
    <message>
        <source>Job zone {n}: {text}</source>
        <translation>Job Zone {n}: {text}</translation>
    </message>
    <message>
        <source>Matching occupations</source>
        <translation>Passende Berufe</translation>
    </message>
    <message>
        <source>Tick at least one interest area.</source>
        <translation>Haken Sie mindestens einen Interessenbereich ab.</translation>
    </message>
    <message>
        <source>1 occupation; double-click it to open it</source>
        <translation>1 Beruf; zum Öffnen doppelklicken</translation>
    </message>
    <message>
        <source>{n} occupations; double-click one to open it</source>
        <translation>{n} Berufe; zum Öffnen einen doppelklicken</translation>
    </message>
    <message>
        <source>No occupation matches; try fewer interests or another zone.</source>
        <translation>Kein Beruf passt; versuchen Sie weniger Interessen oder eine andere Job Zone.</translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>es ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a file</source>
        <translation>es ist eine Pipe (FIFO), keine Datei</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>es ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine normale Datei</translation>
    </message>
    <message>
        <source>cannot write {path}: {why}</source>
        <translation>{path} kann nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>give a file name, not a folder</source>
        <translation>geben Sie einen Dateinamen an, keinen Ordner</translation>
    </message>
    <message>
        <source>there is no folder {folder}</source>
        <translation>den Ordner {folder} gibt es nicht</translation>
    </message>
</context>
<context>
    <name>FaqItem</name>
    <message>
        <source>Show or hide the answer</source>
        <translation>Antwort ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>FaqView</name>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Expand all answers</source>
        <translation>Alle Antworten aufklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Collapse all answers</source>
        <translation>Alle Antworten zuklappen</translation>
    </message>
    <message>
        <source>Frequently asked questions</source>
        <translation>Häufig gestellte Fragen</translation>
    </message>
    <message>
        <source>No questions for {title} yet.</source>
        <translation>Noch keine Fragen zu {title}.</translation>
    </message>
    <message>
        <source>1 question people ask about this role</source>
        <translation>1 Frage, die zu dieser Rolle oft gestellt wird</translation>
    </message>
    <message>
        <source>{n} questions people ask about this role</source>
        <translation>{n} Fragen, die zu dieser Rolle oft gestellt werden</translation>
    </message>
    <message>
        <source>No questions and answers have been written for this role yet.</source>
        <translation>Für diese Rolle wurden noch keine Fragen und Antworten geschrieben.</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>All families</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>Rollen suchen</translation>
    </message>
    <message>
        <source>Search titles, other names, skills…</source>
        <translation>Titel, andere Namen, Kompetenzen suchen…</translation>
    </message>
    <message>
        <source>Role family</source>
        <translation>Rollenbereich</translation>
    </message>
    <message>
        <source>Role source</source>
        <translation>Quelle der Rolle</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>Kuratiert</translation>
    </message>
    <message>
        <source>O*NET</source>
        <translation>O*NET</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>region: {a} vs {b}</source>
        <translation>Region: {a} gegenüber {b}</translation>
    </message>
    <message>
        <source>currency: {a} vs {b}</source>
        <translation>Währung: {a} gegenüber {b}</translation>
    </message>
    <message>
        <source>period: {a} vs {b}</source>
        <translation>Zeitraum: {a} gegenüber {b}</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
</context>
<context>
    <name>FitModel</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Skills you have</source>
        <translation>Vorhandene Kompetenzen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>US median pay</source>
        <translation>US-Mediangehalt</translation>
    </message>
    <message>
        <source>{have} of {total}</source>
        <translation>{have} von {total}</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>US annual median wage of the role's occupation (BLS OEWS May 2025)</source>
        <translation>US-Jahresmediangehalt des Berufs hinter dieser Rolle (BLS OEWS Mai 2025)</translation>
    </message>
</context>
<context>
    <name>GapView</name>
    <message>
        <source>Skill gap for the target role</source>
        <translation>Kompetenzlücke für die Zielrolle</translation>
    </message>
    <message>
        <source>Right-click or press the menu key on a skill to change its status</source>
        <translation>Klicken Sie mit der rechten Maustaste auf eine Kompetenz oder drücken Sie die Menütaste, um ihren Status zu ändern</translation>
    </message>
    <message>
        <source>Choose a target role to see what you have and what is missing.</source>
        <translation>Wählen Sie eine Zielrolle, um zu sehen, was Sie schon haben und was noch fehlt.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum wichtig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Where to learn</source>
        <translation>Lernquelle</translation>
    </message>
    <message>
        <source>To learn, most important first</source>
        <translation>Zu lernen, Wichtigstes zuerst</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lerne ich</translation>
    </message>
    <message>
        <source>Have</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>{note}  ·  Evidence: {evidence}</source>
        <translation>{note}  ·  Nachweis: {evidence}</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>CareerDesk user guide</source>
        <translation>CareerDesk-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Tick or untick the selected skill</source>
        <translation>Ausgewählte Kompetenz abhaken oder Haken entfernen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Status and notes menu for the selected skill</source>
        <translation>Menü für Status und Notizen der ausgewählten Kompetenz</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Menütaste oder Umschalt+F10</translation>
    </message>
    <message>
        <source>Open the first role found</source>
        <translation>Erste gefundene Rolle öffnen</translation>
    </message>
    <message>
        <source>Enter in the search box</source>
        <translation>Eingabetaste im Suchfeld</translation>
    </message>
    <message>
        <source>Open the selected career-path step</source>
        <translation>Ausgewählten Schritt im Karriereweg öffnen</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Leertaste oder Eingabetaste</translation>
    </message>
    <message>
        <source># CareerDesk Help

The user guide is missing from this installation. Reinstalling CareerDesk brings it back.</source>
        <translation># CareerDesk-Hilfe

Das Benutzerhandbuch fehlt in dieser Installation. Installieren Sie CareerDesk neu, dann ist es wieder da.</translation>
    </message>
    <message>
        <source>CareerDesk Help</source>
        <translation>CareerDesk-Hilfe</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>now {status}</source>
        <translation>jetzt {status}</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation>Notiz geändert</translation>
    </message>
    <message>
        <source>evidence changed</source>
        <translation>Nachweis geändert</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>erfasst</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>{path}: this is a pipe or a device, not a file; choose {wanted}</source>
        <translation>{path}: Dies ist eine Pipe oder ein Gerät, keine Datei; wählen Sie {wanted}</translation>
    </message>
</context>
<context>
    <name>JobAdDialog</name>
    <message>
        <source>Check a job ad</source>
        <translation>Stellenanzeige prüfen</translation>
    </message>
    <message>
        <source>Job ad text</source>
        <translation>Text der Stellenanzeige</translation>
    </message>
    <message>
        <source>Paste the job ad here, or open a file. It stays on this computer.</source>
        <translation>Fügen Sie die Stellenanzeige hier ein oder öffnen Sie eine Datei. Sie bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check &amp;another ad</source>
        <translation>&amp;Weitere Anzeige prüfen</translation>
    </message>
    <message>
        <source>The skills the ad asks for will appear here.</source>
        <translation>Hier erscheinen die Kompetenzen, die die Anzeige verlangt.</translation>
    </message>
    <message>
        <source>Share of the ad's skills you have</source>
        <translation>Anteil der verlangten Kompetenzen, die Sie haben</translation>
    </message>
    <message>
        <source>Skills the ad asks for</source>
        <translation>Von der Anzeige verlangte Kompetenzen</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ihr Stand</translation>
    </message>
    <message>
        <source>In the ad</source>
        <translation>In der Anzeige</translation>
    </message>
    <message>
        <source>Make this my &amp;target</source>
        <translation>Als mein &amp;Ziel festlegen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open a job ad</source>
        <translation>Stellenanzeige öffnen</translation>
    </message>
    <message>
        <source>Job ads (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Stellenanzeigen (*.txt *.md *.html *.htm *.pdf *.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the ad…</source>
        <translation>Anzeige wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the ad</source>
        <translation>Die Anzeige konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Paste a job ad first, or open a file.</source>
        <translation>Fügen Sie zuerst eine Stellenanzeige ein oder öffnen Sie eine Datei.</translation>
    </message>
    <message>
        <source>Finding the skills in the ad…</source>
        <translation>Kompetenzen in der Anzeige werden gesucht…</translation>
    </message>
    <message>
        <source>Could not check the ad</source>
        <translation>Die Anzeige konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>No skills the catalogue knows were found in this ad.</source>
        <translation>In dieser Anzeige wurden keine Kompetenzen gefunden, die der Rollenkatalog kennt.</translation>
    </message>
    <message>
        <source>You have {have} of the {total} skills this ad asks for ({percent}%).</source>
        <translation>Sie haben {have} der {total} Kompetenzen, die diese Anzeige verlangt ({percent} %).</translation>
    </message>
    <message>
        <source>Missing, most important first: {names}</source>
        <translation>Es fehlen, die wichtigsten zuerst: {names}</translation>
    </message>
    <message>
        <source>{title} ({percent}%)</source>
        <translation>{title} ({percent} %)</translation>
    </message>
    <message>
        <source>Closest roles: {roles}</source>
        <translation>Ähnlichste Rollen: {roles}</translation>
    </message>
    <message>
        <source>{skill} ({kind}): {status}</source>
        <translation>{skill} ({kind}): {status}</translation>
    </message>
    <message>
        <source>Make this my target</source>
        <translation>Als mein Ziel festlegen</translation>
    </message>
    <message>
        <source>Name of your target role:</source>
        <translation>Name Ihrer Zielrolle:</translation>
    </message>
    <message>
        <source>Job ad</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>The ad was not saved</source>
        <translation>Die Anzeige wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>JobAds</name>
    <message>
        <source>the ad has no title line; give one with --title</source>
        <translation>die Stellenanzeige hat keine Titelzeile; geben Sie einen Titel mit --title an</translation>
    </message>
    <message>
        <source>no known skills found in the ad, so there is nothing to plan against</source>
        <translation>in der Stellenanzeige wurden keine bekannten Kompetenzen gefunden, daher gibt es nichts, woran sich ein Plan ausrichten könnte</translation>
    </message>
</context>
<context>
    <name>LearnLabel</name>
    <message>
        <source>Where to learn the selected skill</source>
        <translation>Wo Sie die ausgewählte Kompetenz lernen können</translation>
    </message>
    <message>
        <source>Select a skill to see where to learn it.</source>
        <translation>Wählen Sie eine Kompetenz, um zu sehen, wo Sie sie lernen können.</translation>
    </message>
    <message>
        <source>Where to learn {skill}: {links}</source>
        <translation>{skill} lernen: {links}</translation>
    </message>
    <message>
        <source>No learning link for {skill} yet.</source>
        <translation>Für {skill} gibt es noch keine Lernquelle.</translation>
    </message>
</context>
<context>
    <name>LocalDates</name>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your progress for this role</source>
        <translation>Ihr Fortschritt für diese Rolle</translation>
    </message>
    <message>
        <source>Role sections</source>
        <translation>Abschnitte der Rolle</translation>
    </message>
    <message>
        <source>The best {n} matches; type more to narrow</source>
        <translation>Die besten {n} Treffer; zum Eingrenzen weiter tippen</translation>
    </message>
    <message>
        <source>{n} roles</source>
        <translation>{n} Rollen</translation>
    </message>
    <message>
        <source>1 role</source>
        <translation>1 Rolle</translation>
    </message>
    <message>
        <source>O*NET occupation</source>
        <translation>O*NET-Beruf</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Eigene Rolle</translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>Kuratiert</translation>
    </message>
    <message>
        <source>also known as</source>
        <translation>auch bekannt als</translation>
    </message>
    <message>
        <source>You have {have} of this role's {total} skills ({percent}%)</source>
        <translation>Ihre Kompetenzen: {have} von {total} ({percent} %)</translation>
    </message>
    <message>
        <source>No skills are recorded for this role yet</source>
        <translation>Für diese Rolle sind noch keine Kompetenzen erfasst</translation>
    </message>
    <message>
        <source>{roles} roles in the catalogue  ·  1 skill ticked</source>
        <translation>{roles} Rollen im Katalog  ·  1 Kompetenz abgehakt</translation>
    </message>
    <message>
        <source>{roles} roles in the catalogue  ·  {skills} skills ticked</source>
        <translation>{roles} Rollen im Katalog  ·  {skills} Kompetenzen abgehakt</translation>
    </message>
    <message>
        <source>Could not save your change</source>
        <translation>Ihre Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The change was not saved, so it is not shown.</source>
        <translation>Die Änderung wurde nicht gespeichert und wird daher nicht angezeigt.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Re&amp;sponsibilities</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>&amp;Kompetenzen</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>&amp;FAQ</source>
        <translation>&amp;FAQ</translation>
    </message>
    <message>
        <source>Career Path</source>
        <translation>Karriereweg</translation>
    </message>
    <message>
        <source>&amp;Career Path</source>
        <translation>Karriere&amp;weg</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>&amp;Plan exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>Plan &amp;drucken…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Export mi&amp;lestones…</source>
        <translation>&amp;Meilensteine exportieren…</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Neue Rolle…</translation>
    </message>
    <message>
        <source>E&amp;dit role…</source>
        <translation>&amp;Rolle bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Import roles…</source>
        <translation>Rollen &amp;importieren…</translation>
    </message>
    <message>
        <source>Export &amp;role…</source>
        <translation>Rolle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Import &amp;O*NET database…</source>
        <translation>&amp;O*NET-Datenbank importieren…</translation>
    </message>
    <message>
        <source>Re&amp;move my role…</source>
        <translation>&amp;Eigene Rolle entfernen…</translation>
    </message>
    <message>
        <source>&amp;Back up my data now</source>
        <translation>Daten jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find role…</source>
        <translation>Rolle &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>My &amp;plan</source>
        <translation>Mein &amp;Plan</translation>
    </message>
    <message>
        <source>This is my &amp;current role</source>
        <translation>Meine &amp;aktuelle Rolle</translation>
    </message>
    <message>
        <source>Make this my &amp;target</source>
        <translation>Als &amp;Zielrolle wählen</translation>
    </message>
    <message>
        <source>&amp;About CareerDesk</source>
        <translation>Über &amp;CareerDesk</translation>
    </message>
    <message>
        <source>Check a &amp;job ad…</source>
        <translation>&amp;Stellenanzeige prüfen…</translation>
    </message>
    <message>
        <source>&amp;Scan my CV…</source>
        <translation>&amp;Lebenslauf auswerten…</translation>
    </message>
    <message>
        <source>CareerDesk &amp;Help</source>
        <translation>CareerDesk-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>E&amp;xplore by interests…</source>
        <translation>Nach &amp;Interessen erkunden…</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Wiederholen: {what}</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{years}+ years</source>
        <translation>{years}+ Jahre</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} Jahre</translation>
    </message>
    <message>
        <source>{low}–{high} years</source>
        <translation>{low}–{high} Jahre</translation>
    </message>
</context>
<context>
    <name>NotFound</name>
    <message>
        <source>no role called {name}</source>
        <translation>keine Rolle namens {name}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>{skill}: status and notes</source>
        <translation>{skill}: Status und Notizen</translation>
    </message>
    <message>
        <source>Status: {s}</source>
        <translation>Status: {s}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What you are doing about it, or anything to remember</source>
        <translation>Was Sie dafür tun, oder alles, woran Sie denken möchten</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>A link or a short proof, e.g. led the Kafka migration in 2025</source>
        <translation>Ein Link oder ein kurzer Beleg, z. B. Kafka-Migration 2025 geleitet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The note is {length} characters long; at most {limit} fit. Shorten it by {over}.</source>
        <translation>Die Notiz ist {length} Zeichen lang; höchstens {limit} passen hinein. Kürzen Sie sie um {over}.</translation>
    </message>
</context>
<context>
    <name>Occupation</name>
    <message>
        <source>Realistic</source>
        <translation>Praktisch-technisch</translation>
    </message>
    <message>
        <source>Investigative</source>
        <translation>Forschend</translation>
    </message>
    <message>
        <source>Artistic</source>
        <translation>Künstlerisch</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sozial</translation>
    </message>
    <message>
        <source>Enterprising</source>
        <translation>Unternehmerisch</translation>
    </message>
    <message>
        <source>Conventional</source>
        <translation>Ordnend-verwaltend</translation>
    </message>
    <message>
        <source>hands-on work with tools, machines, materials or outdoors</source>
        <translation>handfeste Arbeit mit Werkzeugen, Maschinen, Materialien oder im Freien</translation>
    </message>
    <message>
        <source>studying, researching and solving problems with ideas</source>
        <translation>lernen, forschen und Probleme mit Ideen lösen</translation>
    </message>
    <message>
        <source>creating art, design, writing, music or performances</source>
        <translation>Kunst, Design, Texte, Musik oder Aufführungen schaffen</translation>
    </message>
    <message>
        <source>helping, teaching, advising or caring for people</source>
        <translation>Menschen helfen, sie unterrichten, beraten oder betreuen</translation>
    </message>
    <message>
        <source>leading, persuading, selling and running things</source>
        <translation>führen, überzeugen, verkaufen und Dinge leiten</translation>
    </message>
    <message>
        <source>following procedures, organising information and data</source>
        <translation>nach Abläufen arbeiten, Informationen und Daten ordnen</translation>
    </message>
    <message>
        <source>little or no preparation</source>
        <translation>wenig oder keine Vorbereitung</translation>
    </message>
    <message>
        <source>some preparation</source>
        <translation>etwas Vorbereitung</translation>
    </message>
    <message>
        <source>medium preparation</source>
        <translation>mittlere Vorbereitung</translation>
    </message>
    <message>
        <source>considerable preparation</source>
        <translation>umfangreiche Vorbereitung</translation>
    </message>
    <message>
        <source>extensive preparation</source>
        <translation>sehr umfangreiche Vorbereitung</translation>
    </message>
    <message>
        <source>{pay} (10th percentile)</source>
        <translation>{pay} (10. Perzentil)</translation>
    </message>
    <message>
        <source>{pay} median</source>
        <translation>{pay} Median</translation>
    </message>
    <message>
        <source>{pay} (90th percentile)</source>
        <translation>{pay} (90. Perzentil)</translation>
    </message>
    <message>
        <source>US annual wages, BLS OEWS May {year}, national, SOC {soc} {title}</source>
        <translation>US-Jahresgehälter, BLS OEWS Mai {year}, landesweit, SOC {soc} {title}</translation>
    </message>
    <message>
        <source>; {count} employed</source>
        <translation>; {count} Beschäftigte</translation>
    </message>
    <message>
        <source>Job zone {zone} of 5: {words} needed.</source>
        <translation>Job Zone {zone} von 5: {words} nötig.</translation>
    </message>
    <message>
        <source> Education: {education} Experience: {experience}</source>
        <translation> Ausbildung (O*NET, englisch): {education} Erfahrung: {experience}</translation>
    </message>
</context>
<context>
    <name>Onet</name>
    <message>
        <source>{path}: no 'Occupation Data.txt' here; choose the folder of the O*NET text files</source>
        <translation>{path}: Hier gibt es keine 'Occupation Data.txt'; wählen Sie den Ordner mit den O*NET-Textdateien</translation>
    </message>
    <message>
        <source>{name}: not a folder or zip of the O*NET text files ({error})</source>
        <translation>{name}: kein Ordner und keine ZIP-Datei mit den O*NET-Textdateien ({error})</translation>
    </message>
    <message>
        <source>{name}: no 'Occupation Data.txt' inside; is this the text-format release?</source>
        <translation>{name}: enthält keine 'Occupation Data.txt'; ist dies die Ausgabe im Textformat?</translation>
    </message>
    <message>
        <source>{path}: not a wage file this import reads (a UTF-8 CSV with a soc_code column, such as oews_may2025_national.csv); leave --wages out to import without pay figures</source>
        <translation>{path}: keine Lohndatei, die dieser Import lesen kann (eine UTF-8-CSV-Datei mit einer Spalte soc_code, etwa oews_may2025_national.csv); lassen Sie --wages weg, um ohne Gehaltsangaben zu importieren</translation>
    </message>
    <message>
        <source>{path}: a table lacks the column {column}; is this the O*NET text release?</source>
        <translation>{path}: Einer Tabelle fehlt die Spalte {column}; ist dies die O*NET-Ausgabe im Textformat?</translation>
    </message>
    <message>
        <source>{path}: not readable as the O*NET text release ({error})</source>
        <translation>{path}: nicht als O*NET-Ausgabe im Textformat lesbar ({error})</translation>
    </message>
    <message>
        <source>{path}: 'Occupation Data.txt' holds no occupations</source>
        <translation>{path}: 'Occupation Data.txt' enthält keine Berufe</translation>
    </message>
</context>
<context>
    <name>OsError</name>
    <message>
        <source>permission denied (check who owns the file and its folder)</source>
        <translation>keine Berechtigung (prüfen Sie, wem die Datei und ihr Ordner gehören)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>das Laufwerk ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>das Laufwerk ist voll</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>ein Teil des Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>es gibt sie nicht</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>{currency} per hour, {region}</source>
        <translation>{currency} pro Stunde, {region}</translation>
    </message>
    <message>
        <source>{currency} per month, {region}</source>
        <translation>{currency} pro Monat, {region}</translation>
    </message>
    <message>
        <source>{currency} per year, {region}</source>
        <translation>{currency} pro Jahr, {region}</translation>
    </message>
    <message>
        <source>the O*NET occupation</source>
        <translation>den O*NET-Beruf</translation>
    </message>
    <message>
        <source>the O*NET occupations</source>
        <translation>die O*NET-Berufe</translation>
    </message>
    <message>
        <source>the curated profile</source>
        <translation>das kuratierte Rollenprofil</translation>
    </message>
    <message>
        <source>the curated profiles</source>
        <translation>die kuratierten Rollenprofile</translation>
    </message>
    <message>
        <source>your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>your roles</source>
        <translation>Ihre Rollen</translation>
    </message>
    <message>
        <source>From O*NET: occupation {code}.</source>
        <translation>Aus O*NET: Beruf {code}.</translation>
    </message>
    <message>
        <source>Your own role.</source>
        <translation>Ihre eigene Rolle.</translation>
    </message>
    <message>
        <source>Curated profile, written and reviewed for CareerDesk.</source>
        <translation>Kuratiertes Rollenprofil, für CareerDesk geschrieben und geprüft.</translation>
    </message>
    <message>
        <source>Based on O*NET occupation {code}.</source>
        <translation>Beruht auf dem O*NET-Beruf {code}.</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Siehe auch</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>und {n} weitere</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Auch bekannt als</translation>
    </message>
    <message>
        <source>Pay in the US</source>
        <translation>Gehalt in den USA</translation>
    </message>
    <message>
        <source>Preparation needed</source>
        <translation>Nötige Vorbereitung</translation>
    </message>
    <message>
        <source>What people in this work tend to enjoy, strongest first (O*NET).</source>
        <translation>Was Menschen in diesem Beruf meist gern tun, die stärkste Neigung zuerst (O*NET).</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Market outlook</source>
        <translation>Marktaussichten</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Salary range</source>
        <translation>Gehaltsspanne</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <source>Typical salary</source>
        <translation>Typisches Gehalt</translation>
    </message>
    <message>
        <source>Seniority levels</source>
        <translation>Karrierestufen</translation>
    </message>
    <message>
        <source>Role overview</source>
        <translation>Rollenübersicht</translation>
    </message>
</context>
<context>
    <name>OwnRoles</name>
    <message>
        <source>the folder or zip of the O*NET text files</source>
        <translation>den Ordner oder die ZIP-Datei mit den O*NET-Textdateien</translation>
    </message>
    <message>
        <source>the OEWS wage file</source>
        <translation>die OEWS-Lohndatei</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... und {count} weitere</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <source>Every skill of the target is in hand.</source>
        <translation>Sie haben jede Kompetenz der Zielrolle.</translation>
    </message>
    <message>
        <source>No progress recorded yet: tick a skill to start your pace.</source>
        <translation>Noch kein Fortschritt erfasst: Haken Sie eine Kompetenz ab, um Ihr Tempo zu messen.</translation>
    </message>
    <message>
        <source>No skills gained since you started on {since}: once you gain one, your pace shows here.</source>
        <translation>Seit Ihrem Start am {since} keine Kompetenz hinzugewonnen: Sobald Sie eine hinzugewinnen, erscheint hier Ihr Tempo.</translation>
    </message>
    <message>
        <source>You gain {rate} ({gained} since {since}). At this pace you reach the target on {projected}.</source>
        <translation>Sie gewinnen {rate} hinzu ({gained} seit {since}). In diesem Tempo erreichen Sie die Zielrolle am {projected}.</translation>
    </message>
    <message>
        <source>You gain {rate} ({gained} since {since}). At this pace you reach the target on {projected}: on track for {target}.</source>
        <translation>Sie gewinnen {rate} hinzu ({gained} seit {since}). In diesem Tempo erreichen Sie die Zielrolle am {projected}: im Zeitplan für den {target}.</translation>
    </message>
    <message>
        <source>You gain {rate} ({gained} since {since}). At this pace you reach the target on {projected}: behind by {weeks} for {target}.</source>
        <translation>Sie gewinnen {rate} hinzu ({gained} seit {since}). In diesem Tempo erreichen Sie die Zielrolle am {projected}: {weeks} hinter dem Zieldatum {target}.</translation>
    </message>
    <message>
        <source>1 skill a month</source>
        <translation>1 Kompetenz pro Monat</translation>
    </message>
    <message>
        <source>{rate} skills a month</source>
        <translation>{rate} Kompetenzen pro Monat</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>{day} is not a target date between {first} and {last}</source>
        <translation>{day} ist kein Zieldatum zwischen {first} und {last}</translation>
    </message>
</context>
<context>
    <name>PlanChart</name>
    <message>
        <source>{have} of {total}</source>
        <translation>{have} von {total}</translation>
    </message>
    <message>
        <source>Have</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lerne ich</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>No milestones yet: schedule the plan to give each skill a date.</source>
        <translation>Noch keine Meilensteine: Terminieren Sie den Plan, um jeder Kompetenz ein Datum zu geben.</translation>
    </message>
    <message>
        <source>and {n} later milestones (all are in the table)</source>
        <translation>und {n} spätere Meilensteine (alle stehen in der Tabelle)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>Noch kein Fortschritt erfasst.</translation>
    </message>
    <message>
        <source>week of {day}</source>
        <translation>Woche ab {day}</translation>
    </message>
    <message>
        <source>now: {have} of {total}</source>
        <translation>jetzt: {have} von {total}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>{active} days with progress in the last {weeks} weeks</source>
        <translation>{active} Tage mit Fortschritt in den letzten {weeks} Wochen</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>technical skills</source>
        <translation>fachliche Kompetenzen</translation>
    </message>
    <message>
        <source>soft skills</source>
        <translation>Soft Skills</translation>
    </message>
    <message>
        <source>tools &amp; technologies</source>
        <translation>Tools &amp; Technologien</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <source>evidence: {evidence}</source>
        <translation>Nachweis: {evidence}</translation>
    </message>
    <message>
        <source>learn: {link}</source>
        <translation>Lernquelle: {link}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Have</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lerne ich</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Timeline and pace</source>
        <translation>Zeitplan und Tempo</translation>
    </message>
    <message>
        <source>about {n} weeks</source>
        <translation>etwa {n} Wochen</translation>
    </message>
    <message>
        <source>What to learn next</source>
        <translation>Was Sie als Nächstes lernen</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>Nichts fehlt.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Nothing marked as learning yet.</source>
        <translation>Noch nichts als „Lerne ich“ markiert.</translation>
    </message>
    <message>
        <source>Already in hand</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>No skills ticked yet.</source>
        <translation>Noch keine Kompetenzen abgehakt.</translation>
    </message>
    <message>
        <source>The path from here</source>
        <translation>Der Weg von hier aus</translation>
    </message>
    <message>
        <source>Made with CareerDesk.</source>
        <translation>Erstellt mit CareerDesk.</translation>
    </message>
    <message>
        <source>Evidence: {evidence}</source>
        <translation>Nachweis: {evidence}</translation>
    </message>
    <message>
        <source>Learn: {title}, {url}</source>
        <translation>Lernquelle: {title}, {url}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Each open skill from its start to its due date; a diamond marks the day a skill was done. The red line is today, the dashed one your target date.</source>
        <translation>Jede offene Kompetenz von ihrem Beginn bis zu ihrem Fälligkeitsdatum; eine Raute markiert den Tag, an dem eine Kompetenz erreicht wurde. Die rote Linie ist heute, die gestrichelte Ihr Zieldatum.</translation>
    </message>
    <message>
        <source>{n} wk</source>
        <translation>{n} Wo.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Skills you had, week by week</source>
        <translation>Ihre Kompetenzen, Woche für Woche</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Most important first: skills needed on the way to the target, then skills the target adds, then skills your current role already expects.</source>
        <translation>Das Wichtigste zuerst: Kompetenzen, die auf dem Weg zum Ziel gebraucht werden, dann die, die das Ziel neu verlangt, dann die, die schon Ihre aktuelle Rolle erwartet.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Nothing missing: you have or are learning every skill on the list.</source>
        <translation>Nichts fehlt: Sie haben oder lernen jede Kompetenz auf der Liste.</translation>
    </message>
    <message>
        <source>From {title} onwards, with how much of each role's skill list you already have.</source>
        <translation>Ab {title}, mit dem Anteil der Kompetenzen jeder Rolle, den Sie schon haben.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>nicht im Rollenkatalog</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>cannot start drawing the document</source>
        <translation>das Dokument kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>CareerDesk · Career plan for {name} · {role}</source>
        <translation>CareerDesk · Karriereplan für {name} · {role}</translation>
    </message>
    <message>
        <source>CareerDesk · Career plan · {role}</source>
        <translation>CareerDesk · Karriereplan · {role}</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
</context>
<context>
    <name>PlanOutput</name>
    <message>
        <source>{name}: use a .pdf name, or --format md for Markdown</source>
        <translation>{name}: Verwenden Sie einen Namen auf .pdf oder --format md für Markdown</translation>
    </message>
    <message>
        <source>Choose the role you want to become (“I want to become a”) to export or print your plan.</source>
        <translation>Wählen Sie die Rolle, die Sie anstreben (Ihre Zielrolle), um Ihren Plan zu exportieren oder zu drucken.</translation>
    </message>
    <message>
        <source>Your target role is no longer in the catalogue: choose another one to export or print your plan.</source>
        <translation>Ihre Zielrolle ist nicht mehr im Rollenkatalog: Wählen Sie eine andere, um Ihren Plan zu exportieren oder zu drucken.</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Noch nichts zu exportieren</translation>
    </message>
    <message>
        <source>Choose a target role first.</source>
        <translation>Wählen Sie zuerst eine Zielrolle.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>Plan saved to {path}</source>
        <translation>Plan gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Choose a target role in My Plan first.</source>
        <translation>Wählen Sie zuerst unter „Mein Plan“ eine Zielrolle.</translation>
    </message>
    <message>
        <source>No milestones yet</source>
        <translation>Noch keine Meilensteine</translation>
    </message>
    <message>
        <source>Give skills due dates first: "Schedule by the target date" on the Timeline tab of My plan proposes them.</source>
        <translation>Geben Sie den Kompetenzen zuerst Fälligkeitsdaten: Die Terminierung bis zum Zieldatum im Tab „Zeitplan“ von „Mein Plan“ schlägt sie vor.</translation>
    </message>
    <message>
        <source>Export milestones</source>
        <translation>Meilensteine exportieren</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Kalenderdatei (*.ics)</translation>
    </message>
    <message>
        <source>Could not export the milestones</source>
        <translation>Die Meilensteine konnten nicht exportiert werden</translation>
    </message>
    <message>
        <source>Nothing was written. Choose a folder you can write to.</source>
        <translation>Es wurde nichts geschrieben. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>{count} milestones saved to {path}</source>
        <translation>{count} Meilensteine gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Could not export the plan</source>
        <translation>Der Plan konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>Druckvorschau: {title}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>{title} is now your target role</source>
        <translation>{title} ist jetzt Ihre Zielrolle</translation>
    </message>
    <message>
        <source>{title} is now your current role</source>
        <translation>{title} ist jetzt Ihre aktuelle Rolle</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>Career plan: {name}</source>
        <translation>Karriereplan: {name}</translation>
    </message>
    <message>
        <source>Career plan</source>
        <translation>Karriereplan</translation>
    </message>
    <message>
        <source>From {current} to {target}</source>
        <translation>Von {current} zu {target}</translation>
    </message>
    <message>
        <source>Towards {target}</source>
        <translation>Auf dem Weg zu {target}</translation>
    </message>
    <message>
        <source>target date {day}</source>
        <translation>Zieldatum {day}</translation>
    </message>
    <message>
        <source>prepared {day}</source>
        <translation>erstellt am {day}</translation>
    </message>
    <message>
        <source>What {title} do</source>
        <translation>Was {title} tun</translation>
    </message>
    <message>
        <source>What a {title} does</source>
        <translation>Was die Rolle {title} umfasst</translation>
    </message>
    <message>
        <source>You have {have} of the {total} skills {title} need ({percent}%). {learning} in progress, {missing} still to start.</source>
        <translation>Sie haben {have} der {total} Kompetenzen, die {title} brauchen ({percent} %). {learning} in Arbeit, {missing} noch nicht begonnen.</translation>
    </message>
    <message>
        <source>You have {have} of the {total} skills a {title} needs ({percent}%). {learning} in progress, {missing} still to start.</source>
        <translation>Sie haben {have} der {total} Kompetenzen, die die Rolle {title} verlangt ({percent} %). {learning} in Arbeit, {missing} noch nicht begonnen.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Shown on the exported plan (optional)</source>
        <translation>Erscheint auf dem exportierten Plan (optional)</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Aktuelle Rolle</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Zielrolle</translation>
    </message>
    <message>
        <source>by</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Set a target date</source>
        <translation>Zieldatum festlegen</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>(choose a role)</source>
        <translation>(Rolle wählen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>I am now a</source>
        <translation>Ich bin jetzt</translation>
    </message>
    <message>
        <source>I want to become a</source>
        <translation>Ich möchte werden</translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation>Plan exportieren…</translation>
    </message>
    <message>
        <source>Export the plan as PDF or Markdown</source>
        <translation>Den Plan als PDF oder Markdown exportieren</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Druckvorschau…</translation>
    </message>
    <message>
        <source>Filter best-fit roles by family</source>
        <translation>Rollen mit bester Passung nach Berufsfeld filtern</translation>
    </message>
    <message>
        <source>No roles in the catalogue yet.</source>
        <translation>Noch keine Rollen im Rollenkatalog.</translation>
    </message>
    <message>
        <source>Roles ranked by how much of them you have</source>
        <translation>Rollen, geordnet danach, wie viel davon Sie schon mitbringen</translation>
    </message>
    <message>
        <source>Every role, ranked by the share of its skills you already have. Double-click or press Enter to open one.</source>
        <translation>Alle Rollen, geordnet nach dem Anteil ihrer Kompetenzen, die Sie schon haben. Zum Öffnen doppelklicken oder die Eingabetaste drücken.</translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation>Planbereiche</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Kompetenzlücke</translation>
    </message>
    <message>
        <source>Best fit</source>
        <translation>Beste Passung</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mein Plan</translation>
    </message>
    <message>
        <source>{id} (no longer in the catalogue)</source>
        <translation>{id} (nicht mehr im Rollenkatalog)</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Alle Berufsfelder</translation>
    </message>
    <message>
        <source>Could not save the plan</source>
        <translation>Der Plan konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Choose a target role to see what you have and what is missing.</source>
        <translation>Wählen Sie eine Zielrolle, um zu sehen, was Sie schon haben und was noch fehlt.</translation>
    </message>
    <message>
        <source>Your target role ({id}) is no longer in the catalogue. Your plan is kept; choose another target to see the gap.</source>
        <translation>Ihre Zielrolle ({id}) ist nicht mehr im Rollenkatalog. Ihr Plan bleibt erhalten; wählen Sie eine andere Zielrolle, um die Kompetenzlücke zu sehen.</translation>
    </message>
    <message>
        <source>You have {have} of the {total} skills {title} need ({percent}%): {learning} in progress, {missing} still to start.</source>
        <translation>Sie haben {have} der {total} Kompetenzen, die {title} brauchen ({percent} %): {learning} in Arbeit, {missing} noch nicht begonnen.</translation>
    </message>
    <message>
        <source>You have {have} of the {total} skills a {title} needs ({percent}%): {learning} in progress, {missing} still to start.</source>
        <translation>Sie haben {have} der {total} Kompetenzen, die für {title} nötig sind ({percent} %): {learning} in Arbeit, {missing} noch nicht begonnen.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>no skills listed</source>
        <translation>keine Kompetenzen aufgeführt</translation>
    </message>
    <message>
        <source>{have} of {total} skills, {percent}%</source>
        <translation>{have} von {total} Kompetenzen, {percent} %</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Progress per skill group</source>
        <translation>Fortschritt je Kompetenzgruppe</translation>
    </message>
    <message>
        <source>{group}: {have} of {total}, {learning} learning</source>
        <translation>{group}: {have} von {total}, {learning} in Arbeit</translation>
    </message>
</context>
<context>
    <name>ResponsibilitiesView</name>
    <message>
        <source>Key responsibilities</source>
        <translation>Wichtigste Aufgaben</translation>
    </message>
    <message>
        <source>What {title} do, week in, week out.</source>
        <translation>Was {title} Woche für Woche tun.</translation>
    </message>
    <message>
        <source>What a {title} is expected to do, week in, week out.</source>
        <translation>Was in der Rolle {title} Woche für Woche erwartet wird.</translation>
    </message>
    <message>
        <source>No tasks are recorded for this role yet.</source>
        <translation>Für diese Rolle sind noch keine Aufgaben erfasst.</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>RoleEditorDialog</name>
    <message>
        <source>My roles</source>
        <translation>Meine Rollen</translation>
    </message>
    <message>
        <source>{title} (my version)</source>
        <translation>{title} (meine Version)</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>Role id</source>
        <translation>Rollen-ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Rollenfamilie</translation>
    </message>
    <message>
        <source>Summary (paragraphs separated by a blank line)</source>
        <translation>Zusammenfassung (Absätze durch eine Leerzeile getrennt)</translation>
    </message>
    <message>
        <source>Market outlook</source>
        <translation>Marktaussichten</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Auch bekannt als</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>fachlich</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>Soft Skill</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Kind ({technical}, {soft}, {tool})</source>
        <translation>Art ({technical}, {soft}, {tool})</translation>
    </message>
    <message>
        <source>Detail for this role</source>
        <translation>Detail für diese Rolle</translation>
    </message>
    <message>
        <source>Seniority levels</source>
        <translation>Karrierestufen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Years from</source>
        <translation>Jahre von</translation>
    </message>
    <message>
        <source>Years to</source>
        <translation>Jahre bis</translation>
    </message>
    <message>
        <source>Pay from</source>
        <translation>Gehalt von</translation>
    </message>
    <message>
        <source>Pay to</source>
        <translation>Gehalt bis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>What is expected</source>
        <translation>Was erwartet wird</translation>
    </message>
    <message>
        <source>Salary min</source>
        <translation>Gehalt min.</translation>
    </message>
    <message>
        <source>Salary max</source>
        <translation>Gehalt max.</translation>
    </message>
    <message>
        <source>Salary currency</source>
        <translation>Gehalt: Währung</translation>
    </message>
    <message>
        <source>Salary period</source>
        <translation>Gehalt: Zeitraum</translation>
    </message>
    <message>
        <source>Salary region</source>
        <translation>Gehalt: Region</translation>
    </message>
    <message>
        <source>Salary source</source>
        <translation>Gehalt: Quelle</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Career path, in order</source>
        <translation>Karriereweg, in Reihenfolge</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Grunddaten</translation>
    </message>
    <message>
        <source>Levels &amp;&amp; pay</source>
        <translation>Stufen &amp;&amp; Gehalt</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Career Path</source>
        <translation>Karriereweg</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Ready to save: {title}</source>
        <translation>Bereit zum Speichern: {title}</translation>
    </message>
</context>
<context>
    <name>RoleFiles</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <source>{name}: {kind}, not a file; choose a saved role file or page</source>
        <translation>{name}: {kind}, keine Datei; wählen Sie eine gespeicherte Rollendatei oder Rollenseite</translation>
    </message>
    <message>
        <source>{name}: not a file; choose a saved role file or page</source>
        <translation>{name}: keine Datei; wählen Sie eine gespeicherte Rollendatei oder Rollenseite</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{name}: too large ({size} MB; role files are at most {most} MB)</source>
        <translation>{name}: zu groß ({size} MB; Rollendateien sind höchstens {most} MB groß)</translation>
    </message>
    <message>
        <source>{name}: not a text file (expected {expected})</source>
        <translation>{name}: keine Textdatei (erwartet: {expected})</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>UTF-8-Text</translation>
    </message>
    <message>
        <source>{name}: could not be read as a role page ({error})</source>
        <translation>{name}: konnte nicht als Rollenseite gelesen werden ({error})</translation>
    </message>
    <message>
        <source>UTF-8 JSON</source>
        <translation>UTF-8-JSON</translation>
    </message>
    <message>
        <source>{name}: not valid JSON: {error}</source>
        <translation>{name}: kein gültiges JSON: {error}</translation>
    </message>
    <message>
        <source>{name}: nested too deeply to be a role profile</source>
        <translation>{name}: zu tief verschachtelt für ein Rollenprofil</translation>
    </message>
    <message>
        <source>{name}: holds no role profiles (an empty list)</source>
        <translation>{name}: enthält keine Rollenprofile (eine leere Liste)</translation>
    </message>
    <message>
        <source>{name}: {count} profiles in one file; at most {most}</source>
        <translation>{name}: {count} Profile in einer Datei; höchstens {most}</translation>
    </message>
    <message>
        <source>{name}: profile {number}</source>
        <translation>{name}: Profil {number}</translation>
    </message>
    <message>
        <source>{name}: expected a role profile (a JSON object) or a list of them</source>
        <translation>{name}: erwartet wird ein Rollenprofil (ein JSON-Objekt) oder eine Liste davon</translation>
    </message>
    <message>
        <source>{where}: expected a role profile (a JSON object)</source>
        <translation>{where}: erwartet wird ein Rollenprofil (ein JSON-Objekt)</translation>
    </message>
    <message>
        <source>{where}: id `{id}` is also used by {other}</source>
        <translation>{where}: Die ID `{id}` wird auch von {other} verwendet</translation>
    </message>
    <message>
        <source>no role profiles found</source>
        <translation>keine Rollenprofile gefunden</translation>
    </message>
</context>
<context>
    <name>RoleImport</name>
    <message>
        <source>Read from {source}: {resp} responsibilities, {skills} skills ({matched} matched to skills the catalogue already knows, so your ticks count), {faq} questions, {steps} career-path steps. Check each tab and correct anything that was read wrongly, then save.</source>
        <translation>Gelesen aus {source}: {resp} Aufgaben, {skills} Kompetenzen ({matched} davon sind Kompetenzen zugeordnet, die der Rollenkatalog schon kennt, sodass Ihre Haken zählen), {faq} Fragen, {steps} Schritte im Karriereweg. Prüfen Sie jeden Tab, korrigieren Sie, was falsch gelesen wurde, und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Check the imported role</source>
        <translation>Importierte Rolle prüfen</translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation> (importiert)</translation>
    </message>
    <message>
        <source>Role already in the catalogue</source>
        <translation>Rolle schon im Rollenkatalog</translation>
    </message>
    <message>
        <source>• {old} (imported as “{new}”)</source>
        <translation>• {old} (importiert als „{new}“)</translation>
    </message>
    <message>
        <source>You already have these roles:</source>
        <translation>Diese Rollen gibt es schon:</translation>
    </message>
    <message>
        <source>Replace them with the imported ones, or keep both (the imported role is saved as a new role with “(imported)” after its title)? Replacing a catalogue role is undone by removing yours later.</source>
        <translation>Sollen sie durch die importierten ersetzt werden, oder möchten Sie beide behalten (die importierte Rolle wird als neue Rolle mit „(importiert)“ hinter dem Titel gespeichert)? Das Ersetzen einer Katalogrolle machen Sie rückgängig, indem Sie Ihre später entfernen.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Role profiles and role pages (*.json *.txt *.md *.html *.htm);;All files (*)</source>
        <translation>Rollenprofile und Rollenseiten (*.json *.txt *.md *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import roles</source>
        <translation>Rollen importieren</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Fix these problems and import again; no role was added.</source>
        <translation>Beheben Sie diese Probleme und importieren Sie erneut; es wurde keine Rolle hinzugefügt.</translation>
    </message>
    <message>
        <source>No role was added.</source>
        <translation>Es wurde keine Rolle hinzugefügt.</translation>
    </message>
    <message>
        <source>Imported {n} role(s)</source>
        <translation>{n} Rolle(n) importiert</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>The page could not be read.</source>
        <translation>Die Seite konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Export role</source>
        <translation>Rolle exportieren</translation>
    </message>
    <message>
        <source>Role profiles (*.json)</source>
        <translation>Rollenprofile (*.json)</translation>
    </message>
    <message>
        <source>Could not export the role</source>
        <translation>Die Rolle konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message>
        <source>Remove your role “{title}”? Your ticks and notes are kept.</source>
        <translation>Ihre Rolle „{title}“ entfernen? Ihre Haken und Notizen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Could not remove the role</source>
        <translation>Die Rolle konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Choose the O*NET text-format folder</source>
        <translation>Ordner der O*NET-Datenbank im Textformat wählen</translation>
    </message>
    <message>
        <source>Reading the O*NET database…</source>
        <translation>O*NET-Datenbank wird gelesen…</translation>
    </message>
    <message>
        <source>Adding {n} occupations to the catalogue…</source>
        <translation>{n} Berufe werden dem Rollenkatalog hinzugefügt…</translation>
    </message>
    <message>
        <source>O*NET import cancelled; nothing was changed</source>
        <translation>O*NET-Import abgebrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>O*NET was not imported</source>
        <translation>O*NET wurde nicht importiert</translation>
    </message>
    <message>
        <source>The catalogue was not changed.</source>
        <translation>Der Rollenkatalog wurde nicht geändert.</translation>
    </message>
    <message>
        <source>{n} O*NET occupations imported, in place of the built-in ones</source>
        <translation>{n} O*NET-Berufe importiert, anstelle der mitgelieferten</translation>
    </message>
    <message>
        <source>Replace role?</source>
        <translation>Rolle ersetzen?</translation>
    </message>
    <message>
        <source>A role with the id “{id}” exists already. Save this one in its place?</source>
        <translation>Eine Rolle mit der ID „{id}“ gibt es schon. Diese an ihrer Stelle speichern?</translation>
    </message>
    <message>
        <source>Could not save the role</source>
        <translation>Die Rolle konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>RoleListDelegate</name>
    <message>
        <source>Curated</source>
        <translation>Kuratiert</translation>
    </message>
    <message>
        <source>O*NET</source>
        <translation>O*NET</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
</context>
<context>
    <name>RoleListModel</name>
    <message>
        <source>Curated</source>
        <translation>Kuratiert</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
</context>
<context>
    <name>RolePicker</name>
    <message>
        <source>Type to find a role</source>
        <translation>Tippen, um eine Rolle zu finden</translation>
    </message>
</context>
<context>
    <name>RoleProfile</name>
    <message>
        <source>years_max must not be below years_min</source>
        <translation>years_max darf nicht kleiner als years_min sein</translation>
    </message>
    <message>
        <source>salary_max must not be below salary_min</source>
        <translation>salary_max darf nicht kleiner als salary_min sein</translation>
    </message>
    <message>
        <source>max must not be below min</source>
        <translation>max darf nicht kleiner als min sein</translation>
    </message>
    <message>
        <source>skill {name} is listed twice</source>
        <translation>die Kompetenz {name} ist doppelt aufgeführt</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>{text} is not a date like 2027-06-30</source>
        <translation>{text} ist kein Datum der Form 2027-06-30</translation>
    </message>
    <message>
        <source>{day} is in the past (today is {today})</source>
        <translation>{day} liegt in der Vergangenheit (heute ist der {today})</translation>
    </message>
    <message>
        <source>{day} is after your target date {target}: choose an earlier date or move the target date first</source>
        <translation>{day} liegt nach Ihrem Zieldatum {target}: Wählen Sie ein früheres Datum oder verschieben Sie zuerst das Zieldatum</translation>
    </message>
    <message>
        <source>effort must be 1 to {most} weeks, not {weeks}</source>
        <translation>der Aufwand muss 1 bis {most} Wochen betragen, nicht {weeks}</translation>
    </message>
    <message>
        <source>1 skill</source>
        <translation>1 Kompetenz</translation>
    </message>
    <message>
        <source>{count} skills</source>
        <translation>{count} Kompetenzen</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <source>your target date {target} has passed: set a new one first</source>
        <translation>Ihr Zieldatum {target} ist verstrichen: Legen Sie zuerst ein neues fest</translation>
    </message>
    <message>
        <source>your target date {target} is today: there is no time left to schedule; set a later one first</source>
        <translation>Ihr Zieldatum {target} ist heute: Es bleibt keine Zeit zum Planen; legen Sie zuerst ein späteres fest</translation>
    </message>
    <message>
        <source>Nothing to schedule: every skill of the target is in hand.</source>
        <translation>Nichts zu planen: Sie haben jede Kompetenz der Zielrolle.</translation>
    </message>
    <message>
        <source>{skills}, about {weeks} of study in all. No target date is set: set one to check the plan against it.</source>
        <translation>{skills}, insgesamt etwa {weeks} Lernzeit. Es ist kein Zieldatum festgelegt: Legen Sie eines fest, um den Plan daran zu prüfen.</translation>
    </message>
    <message>
        <source>At the estimated effort this skill needs {weeks}, until {finish}, after your target date {target}. It was shortened to {percent}% to fit: move the target date or expect a faster pace.</source>
        <translation>Beim geschätzten Aufwand braucht diese Kompetenz {weeks}, bis zum {finish}, also nach Ihrem Zieldatum {target}. Sie wurde auf {percent} % gekürzt, damit es passt: Verschieben Sie das Zieldatum oder rechnen Sie mit einem höheren Tempo.</translation>
    </message>
    <message>
        <source>At the estimated effort these {skills} need {weeks}, until {finish}, after your target date {target}. Every step was shortened to {percent}% to fit: move the target date or expect a faster pace.</source>
        <translation>Beim geschätzten Aufwand brauchen diese {skills} {weeks}, bis zum {finish}, also nach Ihrem Zieldatum {target}. Jeder Schritt wurde auf {percent} % gekürzt, damit es passt: Verschieben Sie das Zieldatum oder rechnen Sie mit einem höheren Tempo.</translation>
    </message>
    <message>
        <source>{skills}, about {weeks} of study, done by {done}, before your target date {target}.</source>
        <translation>{skills}, etwa {weeks} Lernzeit, fertig bis zum {done}, vor Ihrem Zieldatum {target}.</translation>
    </message>
    <message>
        <source>{skill} is already in hand: it needs no due date</source>
        <translation>{skill} ist bereits vorhanden: Dafür ist kein Fälligkeitsdatum nötig</translation>
    </message>
    <message>
        <source>{skill} is not a skill of your target role</source>
        <translation>{skill} ist keine Kompetenz Ihrer Zielrolle</translation>
    </message>
    <message>
        <source>no milestones to export: give skills due dates first (careerdesk plan schedule, or Schedule by the target date in My plan)</source>
        <translation>keine Meilensteine zum Exportieren: Geben Sie Kompetenzen zuerst Fälligkeitsdaten (careerdesk plan schedule oder „Bis zum Zieldatum planen“ in Mein Plan)</translation>
    </message>
    <message>
        <source>1 milestone is due after your target date {target} (on {last}): schedule again to fit it, or move the target date</source>
        <translation>1 Meilenstein ist nach Ihrem Zieldatum {target} fällig (am {last}): Planen Sie neu, damit er passt, oder verschieben Sie das Zieldatum</translation>
    </message>
    <message>
        <source>{count} milestones are due after your target date {target} (the last {last}): schedule again to fit them, or move the target date</source>
        <translation>{count} Meilensteine sind nach Ihrem Zieldatum {target} fällig (der letzte am {last}): Planen Sie neu, damit sie passen, oder verschieben Sie das Zieldatum</translation>
    </message>
</context>
<context>
    <name>SkillChecklistModel</name>
    <message>
        <source>Evidence: {e}</source>
        <translation>Nachweis: {e}</translation>
    </message>
    <message>
        <source>Have</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lerne ich</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>{group}  ·  {have} of {total}</source>
        <translation>{group}  ·  {have} von {total}</translation>
    </message>
</context>
<context>
    <name>SkillKind</name>
    <message>
        <source>Technical skills</source>
        <translation>Fachliche Kompetenzen</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Soft Skills</translation>
    </message>
    <message>
        <source>Tools &amp; technologies</source>
        <translation>Tools &amp; Technologien</translation>
    </message>
</context>
<context>
    <name>SkillMenu</name>
    <message>
        <source>I &amp;have this</source>
        <translation>Ich &amp;habe das</translation>
    </message>
    <message>
        <source>I am &amp;learning this</source>
        <translation>Ich &amp;lerne das gerade</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Noch nicht</translation>
    </message>
    <message>
        <source>Note and &amp;evidence…</source>
        <translation>Notiz und Nach&amp;weis…</translation>
    </message>
    <message>
        <source>Learn: {title}</source>
        <translation>Lernquelle: {title}</translation>
    </message>
</context>
<context>
    <name>SkillNames</name>
    <message>
        <source>Have</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lerne ich</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>fachlich</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>Soft Skill</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>Tool</translation>
    </message>
</context>
<context>
    <name>SkillStatus</name>
    <message>
        <source>Have</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lerne ich</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
</context>
<context>
    <name>Skills</name>
    <message>
        <source>{name} names two skills: {one} and {other}</source>
        <translation>{name} bezeichnet zwei Kompetenzen: {one} und {other}</translation>
    </message>
</context>
<context>
    <name>SkillsView</name>
    <message>
        <source>Skill progress</source>
        <translation>Kompetenzfortschritt</translation>
    </message>
    <message>
        <source>Share of this role's skills you have</source>
        <translation>Anteil der Kompetenzen dieser Rolle, die Sie haben</translation>
    </message>
    <message>
        <source>Tick what you can already do; right-click a skill to mark it as learning or add a note. Everything is saved at once and shared by every role.</source>
        <translation>Haken Sie ab, was Sie schon können; mit einem Rechtsklick auf eine Kompetenz markieren Sie sie als „Lerne ich“ oder fügen eine Notiz hinzu. Alles wird sofort gespeichert und gilt für jede Rolle.</translation>
    </message>
    <message>
        <source>Skill checklist</source>
        <translation>Kompetenz-Checkliste</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected skill</source>
        <translation>Die Leertaste hakt die gewählte Kompetenz ab oder entfernt den Haken</translation>
    </message>
    <message>
        <source> O*NET's skills and knowledge come most important first, with the level the work needs (0-7); in-demand tools first.</source>
        <translation> Kompetenzen und Kenntnisse aus O*NET stehen nach Wichtigkeit geordnet, mit der Stufe, die die Arbeit verlangt (0–7); gefragte Tools zuerst.</translation>
    </message>
    <message>
        <source>{title} lists no skills yet.</source>
        <translation>{title} nennt noch keine Kompetenzen.</translation>
    </message>
    <message>
        <source>{have} of {total} skills, {percent}%</source>
        <translation>{have} von {total} Kompetenzen, {percent} %</translation>
    </message>
    <message>
        <source>No skills are recorded for this role yet.</source>
        <translation>Für diese Rolle sind noch keine Kompetenzen erfasst.</translation>
    </message>
    <message>
        <source>{group}: {have} of {total}</source>
        <translation>{group}: {have} von {total}</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>another CareerDesk is still busy with {folder}</source>
        <translation>ein anderes CareerDesk arbeitet noch mit {folder}</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {why}</source>
        <translation>{name} kann nicht wiederhergestellt werden: {why}</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>Cannot use the data folder {path}: {error}</source>
        <translation>Der Datenordner {path} kann nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>The role catalogue ({path}) is damaged. It holds only what CareerDesk builds from its role files, never your ticks, notes or plan: restart CareerDesk and it is built again.</source>
        <translation>Der Rollenkatalog ({path}) ist beschädigt. Er enthält nur, was CareerDesk aus seinen Rollendateien erstellt, nie Ihre Häkchen, Notizen oder Ihren Plan: Starten Sie CareerDesk neu, dann wird er neu erstellt.</translation>
    </message>
    <message>
        <source>already in the catalogue: {ids} (use --replace to replace them with yours)</source>
        <translation>bereits im Rollenkatalog: {ids} (mit --replace ersetzen Sie sie durch Ihre)</translation>
    </message>
    <message>
        <source>`{id}` is not one of your own roles; only those can be removed</source>
        <translation>`{id}` ist keine Ihrer eigenen Rollen; nur diese können entfernt werden</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Permission denied{where}. Check who owns the folder and that you may write to it; nothing was changed.</source>
        <translation>Zugriff verweigert{where}. Prüfen Sie, wem der Ordner gehört und ob Sie darin schreiben dürfen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk is read-only{where}; nothing was changed.</source>
        <translation>Der Datenträger ist schreibgeschützt{where}; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your data file is in use by another program{where}. Close the other program (or wait for it to finish) and try again; nothing was changed.</source>
        <translation>Ihre Datendatei wird von einem anderen Programm verwendet{where}. Schließen Sie das andere Programm (oder warten Sie, bis es fertig ist) und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your data cannot be written{where}: the file or its folder is read-only or belongs to another user. Fix its permissions and try again; nothing was changed.</source>
        <translation>Ihre Daten können nicht geschrieben werden{where}: Die Datei oder ihr Ordner ist schreibgeschützt oder gehört einem anderen Benutzer. Korrigieren Sie die Berechtigungen und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your data file cannot be opened{where}: check that its folder exists and that you may read and write it; nothing was changed.</source>
        <translation>Ihre Datendatei kann nicht geöffnet werden{where}: Prüfen Sie, ob ihr Ordner existiert und ob Sie ihn lesen und beschreiben dürfen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk reported an error{where}; it may be full, removed or failing. Free some space or check the disk and try again; nothing was changed.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet{where}; er ist vielleicht voll, entfernt oder defekt. Geben Sie Speicherplatz frei oder prüfen Sie den Datenträger und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The data file is damaged{where} ({detail}).</source>
        <translation>Die Datendatei ist beschädigt{where} ({detail}).</translation>
    </message>
    <message>
        <source>The disk is full{where}. Free some space and try again; nothing was lost.</source>
        <translation>Der Datenträger ist voll{where}. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es ging nichts verloren.</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>needed on the way</source>
        <translation>auf dem Weg nötig</translation>
    </message>
    <message>
        <source>new for the target</source>
        <translation>neu für die Zielrolle</translation>
    </message>
    <message>
        <source>expected in your current role</source>
        <translation>in der aktuellen Rolle erwartet</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Schedule by the target date</source>
        <translation>Bis zum Zieldatum planen</translation>
    </message>
    <message>
        <source>Give every open skill a due date</source>
        <translation>Jeder offenen Kompetenz ein Fälligkeitsdatum geben</translation>
    </message>
    <message>
        <source>Export milestones…</source>
        <translation>Meilensteine exportieren…</translation>
    </message>
    <message>
        <source>Export the milestones as a calendar file</source>
        <translation>Die Meilensteine als Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>Milestones: double-click a due date or an effort to change it</source>
        <translation>Meilensteine: Doppelklicken Sie auf ein Fälligkeitsdatum oder einen Aufwand, um den Wert zu ändern</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effort (weeks)</source>
        <translation>Aufwand (Wochen)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Milestones on a time axis, today marked</source>
        <translation>Meilensteine auf einer Zeitachse, heute markiert</translation>
    </message>
    <message>
        <source>Skills you had, week by week</source>
        <translation>Ihre Kompetenzen, Woche für Woche</translation>
    </message>
    <message>
        <source>Days you made progress</source>
        <translation>Tage, an denen Sie vorangekommen sind</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Fortschritt im Zeitverlauf</translation>
    </message>
    <message>
        <source>Days with progress</source>
        <translation>Tage mit Fortschritt</translation>
    </message>
    <message>
        <source>Choose a target role to plan dates.</source>
        <translation>Wählen Sie eine Zielrolle, um Termine zu planen.</translation>
    </message>
    <message>
        <source>{skill}: due {date}</source>
        <translation>{skill}: fällig am {date}</translation>
    </message>
    <message>
        <source>{n} of {total} skills now</source>
        <translation>jetzt {n} von {total} Kompetenzen</translation>
    </message>
    <message>
        <source>No progress recorded yet</source>
        <translation>Noch kein Fortschritt erfasst</translation>
    </message>
    <message>
        <source>1 day with progress</source>
        <translation>1 Tag mit Fortschritt</translation>
    </message>
    <message>
        <source>{n} days with progress</source>
        <translation>{n} Tage mit Fortschritt</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <source>Have</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lerne ich</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Replace the due date you have with new ones, from today to the target date?</source>
        <translation>Ihr bisheriges Fälligkeitsdatum durch neue ersetzen, von heute bis zum Zieldatum?</translation>
    </message>
    <message>
        <source>Schedule the plan</source>
        <translation>Plan terminieren</translation>
    </message>
    <message>
        <source>Replace the {n} due dates you have with new ones, from today to the target date?</source>
        <translation>Ihre {n} bisherigen Fälligkeitsdaten durch neue ersetzen, von heute bis zum Zieldatum?</translation>
    </message>
    <message>
        <source>Could not schedule the plan</source>
        <translation>Der Plan konnte nicht terminiert werden</translation>
    </message>
    <message>
        <source>Could not change the milestone</source>
        <translation>Der Meilenstein konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>{problem}. The plan is unchanged.</source>
        <translation>{problem}. Der Plan bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>String should have at most {max_length} characters</source>
        <translation>Text darf höchstens {max_length} Zeichen lang sein</translation>
    </message>
    <message>
        <source>String should match pattern '{pattern}'</source>
        <translation>Text muss dem Muster '{pattern}' entsprechen</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {ge}</source>
        <translation>Wert muss größer oder gleich {ge} sein</translation>
    </message>
    <message>
        <source>Input should be less than or equal to {le}</source>
        <translation>Wert muss kleiner oder gleich {le} sein</translation>
    </message>
    <message>
        <source>List should have at most {max_length} items after validation, not {actual_length}</source>
        <translation>Liste darf höchstens {max_length} Einträge haben, nicht {actual_length}</translation>
    </message>
    <message>
        <source>may use only lowercase letters, digits and single hyphens (like backend-engineer)</source>
        <translation>darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten (wie backend-engineer)</translation>
    </message>
    <message>
        <source>must be a three-letter currency code (like USD or EUR)</source>
        <translation>muss ein dreibuchstabiger Währungscode sein (wie USD oder EUR)</translation>
    </message>
    <message>
        <source>{message} line {line}, column {column}</source>
        <translation>{message} Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>{message} at line {line}, column {column}</source>
        <translation>{message} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>Ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>Ein Name in doppelten Anführungszeichen wird erwartet</translation>
    </message>
    <message>
        <source>Expecting ',' delimiter</source>
        <translation>Ein Komma wird erwartet</translation>
    </message>
    <message>
        <source>Expecting ':' delimiter</source>
        <translation>Ein Doppelpunkt wird erwartet</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>Unerwarteter Text nach dem Ende</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>Nicht geschlossene Anführungszeichen ab</translation>
    </message>
    <message>
        <source>`{field}`: must be at most {limit} characters</source>
        <translation>`{field}`: darf höchstens {limit} Zeichen lang sein</translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to CareerDesk. Tick the skills you already have on any role's Skills tab: each tick is saved at once and counts for every role that lists the skill. Then open My plan (Ctrl+2), choose the role you want next, and see what to learn first; everything stays on this computer.</source>
        <translation>Willkommen bei CareerDesk. Haken Sie auf dem Reiter „Kompetenzen“ einer beliebigen Rolle ab, was Sie schon können: Jeder Haken wird sofort gespeichert und zählt für jede Rolle, die diese Kompetenz nennt. Öffnen Sie dann „Mein Plan“ (Strg+2), wählen Sie die Rolle, die Sie als Nächstes anstreben, und sehen Sie, was Sie zuerst lernen sollten. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Dismiss the welcome</source>
        <translation>Begrüßung schließen</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Preparing the role catalogue…</source>
        <translation>Rollenkatalog wird vorbereitet…</translation>
    </message>
    <message>
        <source>CareerDesk cannot start</source>
        <translation>CareerDesk kann nicht starten</translation>
    </message>
    <message>
        <source>Your data was recovered</source>
        <translation>Ihre Daten wurden wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>empty_state</name>
    <message>
        <source>A summary of a role: what it is, other names for it, the market outlook, pay and seniority levels.</source>
        <translation>Eine Zusammenfassung der Rolle: was sie ist, andere Bezeichnungen, Marktaussichten, Gehalt und Karrierestufen.</translation>
    </message>
    <message>
        <source>What people in a role do, week in, week out.</source>
        <translation>Was Menschen in dieser Rolle Woche für Woche tun.</translation>
    </message>
    <message>
        <source>A role's skills as a checklist: tick what you can already do. A tick counts for every role that needs the same skill.</source>
        <translation>Die Kompetenzen einer Rolle als Checkliste: Haken Sie ab, was Sie schon können. Ein Haken zählt für jede Rolle, die dieselbe Kompetenz braucht.</translation>
    </message>
    <message>
        <source>Questions people ask about a role, with answers.</source>
        <translation>Fragen, die Menschen zu einer Rolle stellen, mit Antworten.</translation>
    </message>
    <message>
        <source>Where a role usually leads next, and which roles lead to it.</source>
        <translation>Wohin eine Rolle meist als Nächstes führt und welche Rollen zu ihr hinführen.</translation>
    </message>
    <message>
        <source>The skills your target role needs, split into what you still need (most important first), what you are learning and what you have.</source>
        <translation>Die Kompetenzen, die Ihre Zielrolle braucht, aufgeteilt in das, was Ihnen noch fehlt (das Wichtigste zuerst), was Sie gerade lernen und was Sie schon haben.</translation>
    </message>
    <message>
        <source>Every role, ranked by how much of its skill list you already have.</source>
        <translation>Alle Rollen, danach geordnet, wie viele ihrer Kompetenzen Sie schon haben.</translation>
    </message>
    <message>
        <source>Two roles side by side: the skills they share, what is new, pay and seniority.</source>
        <translation>Zwei Rollen nebeneinander: gemeinsame Kompetenzen, was neu ist, Gehalt und Karrierestufen.</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>Was ist das?</translation>
    </message>
    <message>
        <source>No roles in the catalogue</source>
        <translation>Keine Rollen im Katalog</translation>
    </message>
    <message>
        <source>Import or add roles to start planning (File &gt; Import roles, File &gt; New role).</source>
        <translation>Importieren oder erstellen Sie Rollen, um mit der Planung zu beginnen (Datei &gt; Rollen importieren, Datei &gt; Neue Rolle).</translation>
    </message>
    <message>
        <source>No role is open: the catalogue has no roles yet.</source>
        <translation>Keine Rolle geöffnet: Der Katalog enthält noch keine Rollen.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>CareerDesk could not do that</source>
        <translation>Das konnte CareerDesk nicht ausführen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>CareerDesk hit an unexpected problem. Your ticks are saved as you make them, so nothing you changed before this is lost. If it keeps happening, restart the app.</source>
        <translation>CareerDesk ist auf ein unerwartetes Problem gestoßen. Ihre Haken werden sofort gespeichert, nichts, was Sie vorher geändert haben, geht verloren. Wenn es wieder passiert, starten Sie die App neu.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>edit note of {skill}</source>
        <translation>Notiz zu {skill} bearbeiten</translation>
    </message>
    <message>
        <source>tick {skill}</source>
        <translation>{skill} abhaken</translation>
    </message>
    <message>
        <source>mark {skill} as learning</source>
        <translation>{skill} als „Lerne ich“ markieren</translation>
    </message>
    <message>
        <source>untick {skill}</source>
        <translation>Haken bei {skill} entfernen</translation>
    </message>
    <message>
        <source>Nothing to undo for {skill}</source>
        <translation>Für {skill} gibt es nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>{skill} was changed outside this window (in another window or on the command line) after your change, so undoing it here would overwrite that. Nothing was changed; the step was removed from the undo history.</source>
        <translation>{skill} wurde nach Ihrer Änderung außerhalb dieses Fensters geändert (in einem anderen Fenster oder auf der Kommandozeile); ein Rückgängigmachen hier würde das überschreiben. Es wurde nichts geändert; der Schritt wurde aus dem Rückgängig-Verlauf entfernt.</translation>
    </message>
</context>
</TS>