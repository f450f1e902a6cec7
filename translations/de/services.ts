<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Activities</name>
    <message>
        <location filename="../../app/services/activities/by_contact.py" line="+30"/>
        <location line="+8"/>
        <location filename="../../app/services/activities/edit.py" line="+167"/>
        <source>The note is empty</source>
        <translation>Die Notiz ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That note no longer exists</source>
        <translation>Diese Notiz gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the author can edit a note</source>
        <translation>Nur der Verfasser kann eine Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A task needs a subject</source>
        <translation>Eine Aufgabe braucht einen Betreff</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/services/activities/core.py" line="+105"/>
        <location filename="../../app/services/activities/edit.py" line="+13"/>
        <source>Unknown status “{status}”</source>
        <translation>Unbekannter Status „{status}“</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An appointment needs a subject</source>
        <translation>Ein Termin braucht einen Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/services/activities/edit.py" line="+8"/>
        <source>It ends before it starts</source>
        <translation>Das Ende liegt vor dem Beginn</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/services/activities/edit.py" line="+23"/>
        <source>Contact {id} no longer exists</source>
        <translation>Kontakt {id} gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/services/activities/edit.py" line="+3"/>
        <source>There is no user “{name}”</source>
        <translation>Es gibt keinen Benutzer „{name}“</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../app/services/activities/edit.py" line="+35"/>
        <source>{name} (staff)</source>
        <translation>{name} (Mitarbeiter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/services/activities/edit.py" line="-59"/>
        <source>Incoming or outgoing?</source>
        <translation>Eingehend oder ausgehend?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/services/activities/edit.py" line="+4"/>
        <source>Outcome is one of: {choices}</source>
        <translation>Mögliche Ergebnisse: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/services/activities/edit.py" line="-2"/>
        <source>A duration is between 0 seconds and a day</source>
        <translation>Eine Dauer liegt zwischen 0 Sekunden und einem Tag</translation>
    </message>
    <message>
        <location filename="../../app/services/activities/core.py" line="-2"/>
        <location filename="../../app/services/activities/rules.py" line="+81"/>
        <source>Unknown activity type “{kind}”</source>
        <translation>Unbekannter Aktivitätstyp „{kind}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction is “in” or “out”</source>
        <translation>Die Richtung ist „in“ oder „out“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A duration cannot be negative</source>
        <translation>Eine Dauer kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+212"/>
        <source>Contact {id} does not exist</source>
        <translation>Kontakt {id} existiert nicht</translation>
    </message>
    <message>
        <location line="-207"/>
        <location filename="../../app/services/activities/edit.py" line="-40"/>
        <source>There is no active user “{name}”</source>
        <translation>Es gibt keinen aktiven Benutzer „{name}“</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Some of these events were already moved</source>
        <translation>Einige dieser Ereignisse wurden bereits zugeordnet</translation>
    </message>
    <message>
        <location filename="../../app/services/activities/edit.py" line="-43"/>
        <source>This is someone else&apos;s private note</source>
        <translation>Dies ist die private Notiz eines anderen Benutzers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity belongs to another rep; only they or a manager can change it</source>
        <translation>Diese Aktivität gehört einem anderen Betreuer; nur er oder ein Manager kann sie ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That activity no longer exists</source>
        <translation>Diese Aktivität gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> by {user}</source>
        <translation> von {user}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{subject}” was changed{who} after you opened it. Open it again to see the new values; your changes were not saved.</source>
        <translation>„{subject}“ wurde nach dem Öffnen{who} geändert. Öffnen Sie die Aktivität erneut, um die neuen Werte zu sehen; Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Give it a subject</source>
        <translation>Bitte einen Betreff angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A subject is at most 300 characters</source>
        <translation>Ein Betreff hat höchstens 300 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That activity type is no longer available</source>
        <translation>Dieser Aktivitätstyp ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{type}” is a kind of {kind}</source>
        <translation>„{type}“ ist eine Art von {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A {kind_lower} is recorded, not set as a To-Do</source>
        <translation>Eine Aktivität vom Typ „{kind_lower}“ wird erfasst, nicht als Aufgabe angelegt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A {kind_lower} belongs to a contact</source>
        <translation>Eine Aktivität vom Typ „{kind_lower}“ gehört zu einem Kontakt</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The deadline is before the start</source>
        <translation>Die Frist liegt vor dem Beginn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Priority is low, normal or high</source>
        <translation>Die Priorität ist niedrig, normal oder hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown ticket status “{status}”</source>
        <translation>Unbekannter Ticketstatus „{status}“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only notes can be private</source>
        <translation>Nur Notizen können privat sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That contact no longer exists</source>
        <translation>Diesen Kontakt gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The type of a recorded activity cannot change</source>
        <translation>Der Typ einer erfassten Aktivität kann sich nicht ändern</translation>
    </message>
    <message>
        <location filename="../../app/services/activities/meetings.py" line="+75"/>
        <source>“{subject}” is already a meeting</source>
        <translation>„{subject}“ ist bereits eine Besprechung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a meeting appointment can be converted to a meeting</source>
        <translation>Nur ein Besprechungstermin kann in eine Besprechung umgewandelt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{subject}” was cancelled; a cancelled appointment is not converted to a meeting</source>
        <translation>„{subject}“ wurde abgesagt; ein abgesagter Termin wird nicht in eine Besprechung umgewandelt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was on the agenda?</source>
        <translation>Was stand auf der Tagesordnung?</translation>
    </message>
    <message>
        <location filename="../../app/services/activities/messages.py" line="+115"/>
        <source>A record here is a live chat, a fax or an SMS</source>
        <translation>Hier wird ein Live-Chat, ein Fax oder eine SMS erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the fax number</source>
        <translation>Bitte die Faxnummer angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the mobile number</source>
        <translation>Bitte die Mobilnummer angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{number}” is not a phone number</source>
        <translation>„{number}“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the text of the message</source>
        <translation>Bitte den Text der Nachricht eingeben</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+29"/>
        <source>“{kind}” is not a live chat, fax or SMS</source>
        <translation>„{kind}“ ist weder Live-Chat noch Fax noch SMS</translation>
    </message>
    <message>
        <location filename="../../app/services/activities/todos.py" line="+141"/>
        <source>A {kind_lower} cannot be set as a To-Do</source>
        <translation>Eine Aktivität vom Typ „{kind_lower}“ kann nicht als Aufgabe angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the To-Do a deadline</source>
        <translation>Bitte eine Frist für die Aufgabe angeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown To-Do source “{source}”</source>
        <translation>Unbekannte Herkunft der Aufgabe „{source}“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{subject}” is not a To-Do</source>
        <translation>„{subject}“ ist keine Aufgabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{subject}” is already done</source>
        <translation>„{subject}“ ist bereits erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{subject}” is already cancelled</source>
        <translation>„{subject}“ ist bereits abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/services/activities/types.py" line="+48"/>
        <source>Give the type a name</source>
        <translation>Bitte einen Namen für den Typ angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A type name is at most 80 characters</source>
        <translation>Ein Typname hat höchstens 80 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a type “{name}”</source>
        <translation>Es gibt bereits einen Typ „{name}“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown base type “{kind}”</source>
        <translation>Unbekannter Grundtyp „{kind}“</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+12"/>
        <source>That activity type no longer exists</source>
        <translation>Diesen Aktivitätstyp gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Built-in types keep their names</source>
        <translation>Vordefinierte Typen behalten ihren Namen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Built-in types cannot be retired</source>
        <translation>Vordefinierte Typen können nicht stillgelegt werden</translation>
    </message>
</context>
<context>
    <name>ActivityHistory</name>
    <message>
        <location filename="../../app/services/activities/history.py" line="+110"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min {seconds:02d} s</source>
        <translation>{minutes} min {seconds:02d} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at {place}</source>
        <translation>in {place}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ticket {status}</source>
        <translation>Ticket {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../../app/services/activities/rules.py" line="-44"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting appointment</source>
        <translation>Besprechungstermin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direct mail</source>
        <translation>Direktmailing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting appointment</source>
        <translation>Besprechungstermin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direct mail</source>
        <translation>Direktmailing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sms</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>AlertSettings</name>
    <message>
        <location filename="../../app/services/alerts/settings.py" line="+107"/>
        <source>Unknown alert “{rule}”</source>
        <translation>Unbekannte Benachrichtigung „{rule}“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send every so many days, weeks or months</source>
        <translation>Im Abstand von Tagen, Wochen oder Monaten senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Between 1 and {limit} days</source>
        <translation>Zwischen 1 und {limit} Tagen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Between 1 and {limit} weeks</source>
        <translation>Zwischen 1 und {limit} Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between 1 and {limit} months</source>
        <translation>Zwischen 1 und {limit} Monaten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{rating}: between 0 and {limit}, or “-” for not required</source>
        <translation>{rating}: zwischen 0 und {limit}, oder „-“ für nicht erforderlich</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The rating “{rating}” was removed meanwhile; reopen the settings</source>
        <translation>Die Bewertung „{rating}“ wurde inzwischen entfernt; öffnen Sie die Einstellungen erneut</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A whole number, or “-” for not required</source>
        <translation>Eine ganze Zahl, oder „-“ für nicht erforderlich</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../app/services/alerts/engine.py" line="+147"/>
        <source>Another desk is saving a lot at the moment; the alerts will run again later</source>
        <translation>Ein anderer Arbeitsplatz speichert gerade viel; die Benachrichtigungen laufen später erneut</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../app/services/desktop/autostart.py" line="+67"/>
        <source>Contacts and caller recognition, ready when the phone rings</source>
        <translation>Kontakte und Anruferkennung, bereit, wenn das Telefon klingelt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not set Ringcard to start with the session: {reason}</source>
        <translation>Ringcard konnte nicht für den Start mit der Sitzung eingerichtet werden: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not stop Ringcard starting with the session: {reason}</source>
        <translation>Der Start von Ringcard mit der Sitzung konnte nicht abgeschaltet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <location filename="../../app/services/activities/rules.py" line="-39"/>
        <source>answered</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>busy</source>
        <translation>besetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ringing</source>
        <translation>klingelt</translation>
    </message>
</context>
<context>
    <name>CallPipeline</name>
    <message>
        <location filename="../../app/services/inbound/pipeline.py" line="+200"/>
        <source>no answer for {seconds:.0f} s</source>
        <translation>seit {seconds:.0f} s keine Antwort</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the call journal cannot be written ({reason}); calls still show and are written to the database while it answers, but a crash now would lose them</source>
        <translation>das Anrufjournal kann nicht geschrieben werden ({reason}); Anrufe werden weiter angezeigt und in die Datenbank geschrieben, solange sie antwortet, aber ein Absturz jetzt würde sie verlieren</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>database not answering</source>
        <translation>Datenbank antwortet nicht</translation>
    </message>
    <message>
        <location filename="../../app/services/inbound/status.py" line="+23"/>
        <source>calls waiting to be written: {count} (database not answering)</source>
        <translation>Anrufe, die auf das Speichern warten: {count} (Datenbank antwortet nicht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CALLS ARE NOT SAVED TO DISK: {reason}</source>
        <translation>ANRUFE WERDEN NICHT AUF DER FESTPLATTE GESICHERT: {reason}</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../app/services/calls/queries.py" line="+137"/>
        <source>Outcome is one of: {choices}</source>
        <translation>Mögliche Ergebnisse: {choices}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That call is no longer in the log</source>
        <translation>Dieser Anruf ist nicht mehr im Anrufprotokoll</translation>
    </message>
</context>
<context>
    <name>ChatImport</name>
    <message>
        <location filename="../../app/services/activities/chat_transcript.py" line="+88"/>
        <source>The file is {size} MB; a transcript is at most {limit} MB</source>
        <translation>Die Datei hat {size} MB; ein Chatverlauf hat höchstens {limit} MB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read {name}: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>This is not a text file (it holds binary data)</source>
        <translation>Dies ist keine Textdatei (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is not valid JSON (line {lineno}, column {colno}: {msg})</source>
        <translation>Dies ist kein gültiges JSON (Zeile {lineno}, Spalte {colno}: {msg})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This JSON holds no chat</source>
        <translation>Dieses JSON enthält keinen Chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds {count} chats; import one chat per file</source>
        <translation>Die Datei enthält {count} Chats; importieren Sie einen Chat pro Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This JSON is not a chat: expected an object with its messages</source>
        <translation>Dieses JSON ist kein Chat: erwartet wird ein Objekt mit seinen Nachrichten</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This JSON has no chat messages (no “history” or “messages” list)</source>
        <translation>Dieses JSON hat keine Chatnachrichten (keine Liste „history“ oder „messages“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>The chat in this file has no messages</source>
        <translation>Der Chat in dieser Datei hat keine Nachrichten</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No chat messages found: expected lines like “[12:01] Name: text”</source>
        <translation>Keine Chatnachrichten gefunden: erwartet werden Zeilen wie „[12:01] Name: Text“</translation>
    </message>
</context>
<context>
    <name>ContactHistory</name>
    <message>
        <location filename="../../app/services/contacts/history.py" line="+26"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <location line="+1"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>bank account</source>
        <translation>Bankverbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company link</source>
        <translation>Firmenverknüpfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct mail</source>
        <translation>Direktmailing</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person or company</source>
        <translation>Person oder Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account kind</source>
        <translation>Account-Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Verkaufsphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned rep</source>
        <translation>Zuständiger Betreuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>May be called</source>
        <translation>Darf angerufen werden</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Subscription end</source>
        <translation>Abo-Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up date</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted from</source>
        <translation>Umgewandelt aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number (international)</source>
        <translation>Nummer (international)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place in the list</source>
        <translation>Position in der Liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made a consumer</source>
        <translation>Zum Privatkunden gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer a consumer</source>
        <translation>Kein Privatkunde mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made active</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made inactive</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not to be called</source>
        <translation>Nicht anrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Potential</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visiting</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>(removed from the list)</source>
        <translation>(aus der Liste entfernt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown user)</source>
        <translation>(unbekannter Benutzer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{entity} {part}</source>
        <translation>{entity}: {part}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Linked company</source>
        <translation>Firma verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked company</source>
        <translation>Firmenverknüpfung gelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked person</source>
        <translation>Person verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked person</source>
        <translation>Personenverknüpfung gelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked {what}</source>
        <translation>Verknüpft: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlinked {what}</source>
        <translation>Verknüpfung gelöst: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added {what}</source>
        <translation>Hinzugefügt: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added contact</source>
        <translation>Kontakt angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {what}</source>
        <translation>Entfernt: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed contact</source>
        <translation>Kontakt entfernt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{kind} (incoming)</source>
        <translation>{kind} (eingehend)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} (outgoing)</source>
        <translation>{kind} (ausgehend)</translation>
    </message>
</context>
<context>
    <name>ContactType</name>
    <message>
        <location filename="../../app/services/contacts/core.py" line="+455"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location line="-321"/>
        <source>Unknown contact kind “{kind}”</source>
        <translation>Unbekannte Kontaktart „{kind}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown contact type “{type}”</source>
        <translation>Unbekannter Kontakttyp „{type}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account needs a kind: reseller, competitor, media or other</source>
        <translation>Ein Account braucht eine Art: Wiederverkäufer, Wettbewerber, Medien oder Sonstige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only accounts have an account kind</source>
        <translation>Nur Accounts haben eine Account-Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A company needs a name</source>
        <translation>Eine Firma braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person needs a first or a last name</source>
        <translation>Eine Person braucht einen Vor- oder Nachnamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a person is linked to a company</source>
        <translation>Nur eine Person wird mit einer Firma verknüpft</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown phone type “{kind}”</source>
        <translation>Unbekannter Telefontyp „{kind}“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Additional information needs a name</source>
        <translation>Eine Zusatzinformation braucht einen Namen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>That company no longer exists</source>
        <translation>Diese Firma gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no company “{name}”: pick one from the list, or add the company first</source>
        <translation>Es gibt keine Firma „{name}“: wählen Sie eine aus der Liste oder legen Sie die Firma zuerst an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several companies are called “{name}”: pick one from the list</source>
        <translation>Mehrere Firmen heißen „{name}“: wählen Sie eine aus der Liste</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../../app/services/contacts/links.py" line="+53"/>
        <source>A chosen category no longer exists</source>
        <translation>Eine gewählte Kategorie gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+60"/>
        <source> by {user}</source>
        <translation> von {user}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was changed{who} after you opened it. Close the form and open it again to see the new values; your changes were not saved.</source>
        <translation>{name} wurde nach dem Öffnen{who} geändert. Schließen Sie das Formular und öffnen Sie es erneut, um die neuen Werte zu sehen; Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A person cannot become a company (or back)</source>
        <translation>Eine Person kann keine Firma werden (und umgekehrt)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{company} still has linked people ({names} and others). Unlink them first.</source>
        <translation>{company} hat noch verknüpfte Personen ({names} und weitere). Lösen Sie zuerst die Verknüpfungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{company} still has linked people ({names}). Unlink them first.</source>
        <translation>{company} hat noch verknüpfte Personen ({names}). Lösen Sie zuerst die Verknüpfungen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{a_type} cannot be converted to {a_target}</source>
        <translation>{a_type} kann nicht in {a_target} umgewandelt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (possible: {types})</source>
        <translation> (möglich: {types})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A Lead</source>
        <translation>Ein Lead</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a Lead</source>
        <translation>einen Lead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Potential</source>
        <translation>Ein Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Potential</source>
        <translation>einen Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Customer</source>
        <translation>Ein Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Customer</source>
        <translation>einen Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Account</source>
        <translation>Ein Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Account</source>
        <translation>einen Account</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only Potentials have a conversion stage</source>
        <translation>Nur Interessenten haben eine Verkaufsphase</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only an Account&apos;s data can be copied to a Customer</source>
        <translation>Nur die Daten eines Accounts können in einen Kunden kopiert werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a person can be made a consumer</source>
        <translation>Nur eine Person kann Privatkunde werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Contact {id} does not exist (deleted by someone else?)</source>
        <translation>Kontakt {id} existiert nicht (von jemand anderem gelöscht?)</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/links.py" line="-32"/>
        <source>The person or the company no longer exists</source>
        <translation>Die Person oder die Firma gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A link goes from a person to a company</source>
        <translation>Eine Verknüpfung führt von einer Person zu einer Firma</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../app/services/contacts/settings.py" line="+49"/>
        <location line="+27"/>
        <source>Contact {id} does not exist</source>
        <translation>Kontakt {id} existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/settings.py" line="-31"/>
        <source>Choose phone, e-mail, mail or SMS</source>
        <translation>Wählen Sie Telefon, E-Mail, Post oder SMS</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{currency}” is not a currency we trade in</source>
        <translation>„{currency}“ ist keine Währung, in der wir handeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment days are between 0 and 365</source>
        <translation>Das Zahlungsziel liegt zwischen 0 und 365 Tagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer settings are for consumers: press “+” beside the customer number first</source>
        <translation>Kundeneinstellungen gibt es für Privatkunden: klicken Sie zuerst auf „+“ neben der Kundennummer</translation>
    </message>
</context>
<context>
    <name>DeskDatabase</name>
    <message>
        <location filename="../../app/services/office/desk_database.py" line="+58"/>
        <source>Type the office database&apos;s address, such as postgresql://ringcard@server/office</source>
        <translation>Geben Sie die Adresse der Bürodatenbank ein, z. B. postgresql://ringcard@server/office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An office database address starts with postgresql://, such as postgresql://ringcard@server/office</source>
        <translation>Die Adresse einer Bürodatenbank beginnt mit postgresql://, z. B. postgresql://ringcard@server/office</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a database address: write it as postgresql://user@server/database</source>
        <translation>Das ist keine Datenbankadresse: schreiben Sie sie als postgresql://benutzer@server/datenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address needs a server and a database name, such as postgresql://ringcard@server/office</source>
        <translation>Die Adresse braucht einen Server und einen Datenbanknamen, z. B. postgresql://ringcard@server/office</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not connect: {reason}</source>
        <translation>Keine Verbindung: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: PostgreSQL {version}</source>
        <translation>Verbunden: PostgreSQL {version}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{path} holds contacts that are not demo contacts; it is left alone</source>
        <translation>{path} enthält Kontakte, die keine Demokontakte sind; die Datei bleibt unverändert</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Making %n demo contact(s)…</source>
        <translation>
            <numerusform>Lege %n Demokontakt an…</numerusform>
            <numerusform>Lege %n Demokontakte an…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Making %n demo activity(ies)…</source>
        <translation>
            <numerusform>Lege %n Demoaktivität an…</numerusform>
            <numerusform>Lege %n Demoaktivitäten an…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../app/services/contacts/files.py" line="+61"/>
        <source>Damaged file reference</source>
        <translation>Beschädigter Dateiverweis</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Files over {size} MiB are not stored</source>
        <translation>Dateien über {size} MiB werden nicht gespeichert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“{name}” is a link; add the file it points to instead</source>
        <translation>„{name}“ ist eine Verknüpfung; fügen Sie stattdessen die Datei hinzu, auf die sie zeigt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is not a regular file; only files can be added</source>
        <translation>„{name}“ ist keine normale Datei; nur Dateien können hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” does not exist</source>
        <translation>„{path}“ existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” is a folder; add the files in it instead</source>
        <translation>„{name}“ ist ein Ordner; fügen Sie stattdessen die Dateien darin hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” cannot be read (permission denied)</source>
        <translation>„{name}“ kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” cannot be added: {reason}</source>
        <translation>„{name}“ kann nicht hinzugefügt werden: {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+41"/>
        <source>There is already a folder “{name}” here</source>
        <translation>Hier gibt es bereits einen Ordner „{name}“</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+65"/>
        <source>That folder no longer exists</source>
        <translation>Diesen Ordner gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+203"/>
        <source>Contact {id} does not exist</source>
        <translation>Kontakt {id} existiert nicht</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+38"/>
        <source>A folder needs a name</source>
        <translation>Ein Ordner braucht einen Namen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A file needs a name</source>
        <translation>Eine Datei braucht einen Namen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>That file no longer exists</source>
        <translation>Diese Datei gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The contents of “{name}” are missing from this computer&apos;s file store; it may have been added on another desk</source>
        <translation>Der Inhalt von „{name}“ fehlt im Dateispeicher dieses Computers; die Datei wurde vielleicht an einem anderen Arbeitsplatz hinzugefügt</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The picture is empty</source>
        <translation>Das Bild ist leer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The contact&apos;s picture is missing or unreadable on this computer</source>
        <translation>Das Bild des Kontakts fehlt auf diesem Computer oder ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../app/services/office/first_run.py" line="+57"/>
        <location line="+92"/>
        <source>Your user no longer exists</source>
        <translation>Ihr Benutzer existiert nicht mehr</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>choose a country first</source>
        <translation>wählen Sie zuerst ein Land</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a phone number in {country}</source>
        <translation>keine Telefonnummer in {country}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A name has at most 200 characters</source>
        <translation>Ein Name hat höchstens 200 Zeichen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Initials have at most %n letters</source>
        <translation>
            <numerusform>Initialen haben höchstens %n Buchstaben</numerusform>
            <numerusform>Initialen haben höchstens %n Buchstaben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initials are letters, such as MW</source>
        <translation>Initialen sind Buchstaben, z. B. MW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the office&apos;s country: numbers typed without a country code belong to it</source>
        <translation>Wählen Sie das Land des Büros: Nummern ohne Landesvorwahl gehören dorthin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A currency is a three-letter code such as GBP or EUR</source>
        <translation>Eine Währung ist ein Code aus drei Buchstaben, z. B. EUR oder GBP</translation>
    </message>
</context>
<context>
    <name>Helpdesk</name>
    <message>
        <location filename="../../app/services/helpdesk/cases.py" line="+118"/>
        <source> by {user}</source>
        <translation> von {user}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d %b %Y</source>
        <translation>%d.%m.%Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case “{subject}” was closed on {date}{by}; start a new activity instead of a Next action</source>
        <translation>Der Vorgang „{subject}“ wurde am {date}{by} abgeschlossen; beginnen Sie eine neue Aktivität statt eines nächsten Schritts</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The case “{subject}” is already closed</source>
        <translation>Der Vorgang „{subject}“ ist bereits abgeschlossen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>another rep</source>
        <translation>ein anderer Betreuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} still has “{subject}” open in this case; only they or a manager can close the case</source>
        <translation>{who} hat in diesem Vorgang noch „{subject}“ offen; nur dieser Betreuer oder ein Manager kann den Vorgang abschließen</translation>
    </message>
    <message>
        <location filename="../../app/services/helpdesk/tickets.py" line="+56"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unknown queue “{queue}”</source>
        <translation>Unbekannte Warteschlange „{queue}“</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>That ticket no longer exists</source>
        <translation>Dieses Ticket gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>“{subject}” is not a ticket</source>
        <translation>„{subject}“ ist kein Ticket</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{who} has this ticket; only they or a manager can change it</source>
        <translation>{who} bearbeitet dieses Ticket; nur dieser Betreuer oder ein Manager kann es ändern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only a ticket can be opened in the help desk</source>
        <translation>Im Helpdesk können nur Tickets geöffnet werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{who} already has “{subject}”</source>
        <translation>{who} bearbeitet „{subject}“ bereits</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Another rep</source>
        <translation>Ein anderer Betreuer</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>“{subject}” is closed; reopen it before claiming it</source>
        <translation>„{subject}“ ist geschlossen; öffnen Sie es wieder, bevor Sie es übernehmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{who} claimed “{subject}” first</source>
        <translation>{who} hat „{subject}“ zuerst übernommen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown ticket status “{status}”</source>
        <translation>Unbekannter Ticketstatus „{status}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a note: what was done, or why the status changes</source>
        <translation>Schreiben Sie eine Notiz: was getan wurde oder warum sich der Status ändert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ticket was changed by someone else at the same moment; open it again. Your change was not saved.</source>
        <translation>Das Ticket wurde im selben Moment von jemand anderem geändert; öffnen Sie es erneut. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Forward as a To-Do or as a Ticket</source>
        <translation>Als Aufgabe oder als Ticket weiterleiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A {kind_lower} cannot be forwarded; only calls, live chats and mails can</source>
        <translation>Eine Aktivität vom Typ „{kind_lower}“ kann nicht weitergeleitet werden; nur Anrufe, Live-Chats und Mails</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A To-Do belongs to a contact: choose the contact, or forward it as a Ticket</source>
        <translation>Eine Aufgabe gehört zu einem Kontakt: wählen Sie den Kontakt oder leiten Sie sie als Ticket weiter</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../app/services/importing/contacts.py" line="+165"/>
        <source>For duplicates choose {choices}, not {wrong}</source>
        <translation>Für Dubletten wählen Sie {choices}, nicht {wrong}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored contact {id}</source>
        <translation>gespeichertem Kontakt {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an earlier row</source>
        <translation>einer früheren Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of {of} by {how}: {action}</source>
        <translation>Dublette von {of}, erkannt an {how}: {action}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name and company</source>
        <translation>Name und Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>Import as one of {choices}, not “{type}”</source>
        <translation>Importieren Sie als {choices}, nicht als „{type}“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For duplicates choose {choices}</source>
        <translation>Für Dubletten wählen Sie {choices}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown field(s): {fields}</source>
        <translation>Unbekannte Felder: {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the column that holds the first name, last name or company</source>
        <translation>Wählen Sie die Spalte mit dem Vornamen, dem Nachnamen oder der Firma</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file has no column {number}</source>
        <translation>Die Datei hat keine Spalte {number}</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/mappings.py" line="+54"/>
        <source>Give the mapping a name</source>
        <translation>Bitte einen Namen für die Zuordnung angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most {limit} characters</source>
        <translation>Höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map at least one column before saving</source>
        <translation>Ordnen Sie vor dem Speichern mindestens eine Spalte zu</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No mapping file “{path}”</source>
        <translation>Keine Zuordnungsdatei „{path}“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is not a mapping file (JSON): {reason}</source>
        <translation>„{name}“ ist keine Zuordnungsdatei (JSON): {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of the mapping&apos;s columns ({columns}) is in this file</source>
        <translation>Keine der Spalten der Zuordnung ({columns}) ist in dieser Datei</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A mapping file holds {&quot;columns&quot;: {&quot;column name&quot;: &quot;field&quot;, …}}</source>
        <translation>Eine Zuordnungsdatei enthält {&quot;columns&quot;: {&quot;column name&quot;: &quot;field&quot;, …}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown field(s): {fields}; known: {known}</source>
        <translation>Unbekannte Felder: {fields}; bekannt: {known}</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/read.py" line="+139"/>
        <source>“{name}” does not exist or is not a file</source>
        <translation>„{name}“ existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is {size} MB; one import takes at most {limit} MB. Split the file and import the parts.</source>
        <translation>„{name}“ hat {size} MB; ein Import nimmt höchstens {limit} MB. Teilen Sie die Datei und importieren Sie die Teile.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown encoding “{encoding}”: choose {choices}</source>
        <translation>Unbekannte Kodierung „{encoding}“: wählen Sie {choices}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The delimiter is a comma, a semicolon or a tab</source>
        <translation>Das Trennzeichen ist ein Komma, ein Semikolon oder ein Tabulator</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+230"/>
        <source>“{name}” is empty</source>
        <translation>„{name}“ ist leer</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>“{name}” is not a text (CSV) file: it holds binary data. Choose a CSV or an Excel .xlsx file.</source>
        <translation>„{name}“ ist keine Textdatei (CSV): sie enthält Binärdaten. Wählen Sie eine CSV- oder eine Excel-Datei (.xlsx).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{name}” is not {encoding}: choose another encoding</source>
        <translation>„{name}“ ist nicht {encoding}: wählen Sie eine andere Kodierung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{name}” is not a text (CSV) file in a known encoding (UTF-8 or Windows-1252)</source>
        <translation>„{name}“ ist keine Textdatei (CSV) in einer bekannten Kodierung (UTF-8 oder Windows-1252)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“{name}” is not readable as {encoding} after line {line}; save it again as CSV UTF-8</source>
        <translation>„{name}“ ist nach Zeile {line} nicht als {encoding} lesbar; speichern Sie die Datei erneut als CSV UTF-8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” holds binary data after line {line}</source>
        <translation>„{name}“ enthält nach Zeile {line} Binärdaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” line {line}: {reason}</source>
        <translation>„{name}“ Zeile {line}: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” is not an Excel workbook (.xlsx): {reason}</source>
        <translation>„{name}“ ist keine Excel-Arbeitsmappe (.xlsx): {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” has more than {limit} rows</source>
        <translation>„{name}“ hat mehr als {limit} Zeilen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” row {number} has a value past column {limit} ({count}); an import takes at most {limit} columns</source>
        <translation>„{name}“ Zeile {number} hat einen Wert nach Spalte {limit} ({count}); ein Import nimmt höchstens {limit} Spalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{name}”: its sheet unpacks to {size} GB; split the file</source>
        <translation>„{name}“: das Tabellenblatt wird entpackt {size} GB groß; teilen Sie die Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}”: its part {part} unpacks to {size} MB (at most {limit} MB); it cannot be imported</source>
        <translation>„{name}“: der Teil {part} wird entpackt {size} MB groß (höchstens {limit} MB); die Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{name}” holds more than {limit} different texts (shared strings); it cannot be imported. Save it as CSV and import that.</source>
        <translation>„{name}“ enthält mehr als {limit} verschiedene Texte (Shared Strings); die Datei kann nicht importiert werden. Speichern Sie sie als CSV und importieren Sie diese.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“{name}”: {reason}</source>
        <translation>„{name}“: {reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The first row of “{name}” holds data, not column names. Add a header row naming each column.</source>
        <translation>Die erste Zeile von „{name}“ enthält Daten, keine Spaltennamen. Fügen Sie eine Kopfzeile hinzu, die jede Spalte benennt.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/rows.py" line="+148"/>
        <source>Unknown country “{country}”: use its name or a two-letter code such as GB</source>
        <translation>Unbekanntes Land „{country}“: verwenden Sie seinen Namen oder einen Code aus zwei Buchstaben wie DE</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Longer than {limit} characters</source>
        <translation>Länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/vcard.py" line="+57"/>
        <location line="+70"/>
        <source>vCard version {version} is not supported; use 3.0 or 4.0</source>
        <translation>vCard-Version {version} wird nicht unterstützt; verwenden Sie 3.0 oder 4.0</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This file contains no vCard (no BEGIN:VCARD line)</source>
        <translation>Diese Datei enthält keine vCard (keine Zeile BEGIN:VCARD)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Card {number} cannot be read: {reason}</source>
        <translation>Karte {number} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a valid vCard file: {reason}</source>
        <translation>Keine gültige vCard-Datei: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../app/services/importing/read.py" line="-392"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone type</source>
        <translation>Telefontyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work phone</source>
        <translation>Telefon geschäftlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home phone</source>
        <translation>Telefon privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home street</source>
        <translation>Straße privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home postcode</source>
        <translation>PLZ privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home city</source>
        <translation>Ort privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home region</source>
        <translation>Region privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home country</source>
        <translation>Land privat</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../../app/services/office/secrets.py" line="+49"/>
        <source>No keyring service is running on this computer.</source>
        <translation>Auf diesem Computer läuft kein Schlüsselbunddienst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no secure keyring (only {backend}), so Ringcard cannot remember the password safely: it is kept until Ringcard closes; enter it again in Settings &gt; Telephony after a restart.</source>
        <translation>Dieser Computer hat keinen sicheren Schlüsselbund (nur {backend}), daher kann Ringcard das Passwort nicht sicher speichern: es bleibt erhalten, bis Ringcard geschlossen wird; geben Sie es nach einem Neustart unter Einstellungen &gt; Telefonie erneut ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passwords are kept in {backend}.</source>
        <translation>Passwörter werden in {backend} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The keyring refused to store the password: {reason}</source>
        <translation>Der Schlüsselbund hat das Speichern des Passworts abgelehnt: {reason}</translation>
    </message>
</context>
<context>
    <name>LineTest</name>
    <message>
        <location filename="../../app/telephony/line_test.py" line="+35"/>
        <source>Which serial port is the modem on?</source>
        <translation>An welchem seriellen Anschluss hängt das Modem?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open {port}: {reason}</source>
        <translation>{port} konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{command}: no answer</source>
        <translation>{command}: keine Antwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The port failed: {reason}</source>
        <translation>Der Anschluss ist ausgefallen: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The modem answered</source>
        <translation>Das Modem hat geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The modem did not answer as expected</source>
        <translation>Das Modem hat nicht wie erwartet geantwortet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>An account needs the PBX domain and a user</source>
        <translation>Ein Konto braucht die Domain der Telefonanlage und einen Benutzer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Registered at the PBX as {line}</source>
        <translation>An der Telefonanlage angemeldet als {line}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listening for calls on {where}</source>
        <translation>Wartet auf Anrufe an {where}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>No answer from the PBX {domain} within %n second(s)</source>
        <translation>
            <numerusform>Keine Antwort von der Telefonanlage {domain} innerhalb von %n Sekunde</numerusform>
            <numerusform>Keine Antwort von der Telefonanlage {domain} innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marketing</name>
    <message>
        <location filename="../../app/services/contacts/marketing.py" line="+61"/>
        <source>A campaign needs a name</source>
        <translation>Eine Kampagne braucht einen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project needs a name</source>
        <translation>Ein Projekt braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end date is before the start date</source>
        <translation>Das Enddatum liegt vor dem Startdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status is one of: {choices}</source>
        <translation>Mögliche Status: {choices}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is already a campaign “{name}”</source>
        <translation>Es gibt bereits eine Kampagne „{name}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a project “{name}”</source>
        <translation>Es gibt bereits ein Projekt „{name}“</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>That {what} no longer exists</source>
        <translation>Nicht mehr vorhanden: {what}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <location line="+28"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Unknown channel “{channel}”</source>
        <translation>Unbekannter Kanal „{channel}“</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../app/services/validation.py" line="+41"/>
        <source>1,234.5</source>
        <translation>1.234,5</translation>
    </message>
</context>
<context>
    <name>OfficeLists</name>
    <message>
        <location filename="../../app/services/office/lists.py" line="+37"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion stage</source>
        <translation>Verkaufsphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no list “{name}”</source>
        <translation>Es gibt keine Liste „{name}“</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give the {noun} a name</source>
        <translation>Bitte einen Namen angeben ({noun})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A {noun} name is at most {limit} characters</source>
        <translation>Ein Name ({noun}) hat höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a {noun} “{name}”</source>
        <translation>„{name}“ gibt es bereits ({noun})</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+33"/>
        <source>That {noun} no longer exists</source>
        <translation>Diesen Eintrag gibt es nicht mehr ({noun})</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <location filename="../../app/services/office/settings.py" line="+118"/>
        <source>The home region is a two-letter country code such as GB</source>
        <translation>Die Heimatregion ist ein Ländercode aus zwei Buchstaben wie DE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No country has the code {code}: try GB, US, DE …</source>
        <translation>Kein Land hat den Code {code}: versuchen Sie DE, AT, CH …</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Match between 4 and 15 digits</source>
        <translation>Zwischen 4 und 15 Ziffern vergleichen</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <location filename="../../app/services/contacts/phones.py" line="+72"/>
        <source>“{raw}” is not a phone number</source>
        <translation>„{raw}“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{raw}” contains characters a phone number cannot have</source>
        <translation>„{raw}“ enthält Zeichen, die eine Telefonnummer nicht haben kann</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“{raw}” is not a possible phone number for region {region}</source>
        <translation>„{raw}“ ist keine mögliche Telefonnummer für die Region {region}</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../app/services/activities/types.py" line="-27"/>
        <location line="+9"/>
        <location line="+12"/>
        <source>the activity types</source>
        <translation>die Aktivitätstypen</translation>
    </message>
    <message>
        <location filename="../../app/services/alerts/settings.py" line="-28"/>
        <source>the alert settings</source>
        <translation>die Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../app/services/office/lists.py" line="-54"/>
        <source>the office lists</source>
        <translation>die Listen des Büros</translation>
    </message>
    <message>
        <location filename="../../app/services/office/users.py" line="+149"/>
        <source>the office&apos;s users</source>
        <translation>die Benutzer des Büros</translation>
    </message>
    <message>
        <location filename="../../app/services/policy.py" line="+76"/>
        <source>Only a manager can change {what}</source>
        <translation>Nur ein Manager kann {what} ändern</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../app/services/alerts/reminders.py" line="+81"/>
        <source>New alert task</source>
        <translation>Neue Benachrichtigungsaufgabe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due in {minutes} min</source>
        <translation>fällig in {minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue by {span}</source>
        <translation>überfällig seit {span}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow 09:00</source>
        <translation>Morgen 09:00</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days</source>
        <translation>{days} Tagen</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>A snooze needs a time with its time zone</source>
        <translation>Zum Zurückstellen braucht es eine Uhrzeit mit Zeitzone</translation>
    </message>
</context>
<context>
    <name>SearchReasons</name>
    <message>
        <location filename="../../app/services/contacts/why_matched.py" line="+44"/>
        <location line="+10"/>
        <source>Matched company: {company}</source>
        <translation>Gefunden über Firma: {company}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matched e-mail: {address}</source>
        <translation>Gefunden über E-Mail: {address}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matched phone: {raw}</source>
        <translation>Gefunden über Telefon: {raw}</translation>
    </message>
</context>
<context>
    <name>Telephony</name>
    <message>
        <location filename="../../app/telephony/modem.py" line="+167"/>
        <source>“{number}” cannot be dialled by a modem (digits, * # and , only; format it for the line first)</source>
        <translation>„{number}“ kann nicht von einem Modem gewählt werden (nur Ziffern, * # und ,; formatieren Sie die Nummer zuerst für die Leitung)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>modem {port} is not running</source>
        <translation>Modem {port} läuft nicht</translation>
    </message>
    <message>
        <location filename="../../app/telephony/sip.py" line="+153"/>
        <source>a SIP source is already running in this process (pjsua2 allows one)</source>
        <translation>in diesem Prozess läuft bereits eine SIP-Quelle (pjsua2 erlaubt nur eine)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no desk phone configured for click-to-call</source>
        <translation>kein Tischtelefon für Click-to-Call eingerichtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIP is not running</source>
        <translation>SIP läuft nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing to dial in {number}</source>
        <translation>in {number} gibt es nichts zu wählen</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>{limit} calls already</source>
        <translation>bereits {limit} Anrufe</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <location filename="../../app/services/activities/rules.py" line="+3"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../app/services/office/users.py" line="-72"/>
        <source>the database is busy, so “{name}” could not be made its first user; try again in a moment</source>
        <translation>die Datenbank ist beschäftigt, daher konnte „{name}“ nicht als erster Benutzer angelegt werden; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the user “{name}” is no longer active</source>
        <translation>der Benutzer „{name}“ ist nicht mehr aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users: {names}</source>
        <translation>Benutzer: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no users yet</source>
        <translation>noch keine Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no user named “{name}” ({known})</source>
        <translation>kein Benutzer namens „{name}“ ({known})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A user needs a user name</source>
        <translation>Ein Benutzer braucht einen Benutzernamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown role “{role}”</source>
        <translation>Unbekannte Rolle „{role}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a user “{name}”</source>
        <translation>Es gibt bereits einen Benutzer „{name}“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the user “{name}” no longer exists</source>
        <translation>den Benutzer „{name}“ gibt es nicht mehr</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/services/validation.py" line="+10"/>
        <location line="+7"/>
        <source>At most {limit} characters (this has {size})</source>
        <translation>Höchstens {limit} Zeichen (dieser Text hat {size})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail address is empty</source>
        <translation>Die E-Mail-Adresse ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{address}” is not a valid e-mail address</source>
        <translation>„{address}“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{iban}” is not an IBAN (two letters, two check digits, then the account)</source>
        <translation>„{iban}“ ist keine IBAN (zwei Buchstaben, zwei Prüfziffern, dann das Konto)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{country}” is not a country that uses IBAN</source>
        <translation>„{country}“ ist kein Land, das die IBAN verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An IBAN from {country} has {expected} characters, this one has {size}</source>
        <translation>Eine IBAN aus {country} hat {expected} Zeichen, diese hat {size}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IBAN check digits do not match: a character is wrong or swapped</source>
        <translation>Die Prüfziffern der IBAN stimmen nicht: ein Zeichen ist falsch oder vertauscht</translation>
    </message>
</context>
</TS>
