<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../app/views/dialogs/activity_dialog.py" line="+113"/>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert to meeting…</source>
        <translation>In Besprechung umwandeln…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export .ics…</source>
        <translation>Als .ics exportieren…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>{name} (retired)</source>
        <translation>{name} (stillgelegt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>None: kept without a contact</source>
        <translation>Keiner: ohne Kontakt aufbewahrt</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/views/dialogs/activity_texts.py" line="+23"/>
        <source>{owner}&apos;s {kind_lower}: only they or a manager can change it.</source>
        <translation>{kind} von {owner}: nur diese Person oder ein Manager kann es ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else&apos;s {kind_lower}: only they or a manager can change it.</source>
        <translation>{kind} einer anderen Person: nur diese Person oder ein Manager kann es ändern.</translation>
    </message>
    <message>
        <location filename="../../app/views/dialogs/activity_dialog.py" line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Export to a calendar</source>
        <translation>In einen Kalender exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../app/views/dialogs/activity_texts.py" line="-10"/>
        <source>New {kind_lower}</source>
        <translation>Neu: {kind}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Given by {name} (manager)</source>
        <translation>Vergeben von {name} (Manager)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by {name}</source>
        <translation>Vergeben von {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From an automated alert</source>
        <translation>Aus einer automatischen Benachrichtigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done {when}</source>
        <translation>erledigt am {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ActivityFields</name>
    <message>
        <location filename="../../app/views/dialogs/activity_fields.py" line="+52"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+466"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-465"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+459"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket status</source>
        <translation>Ticketstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor&apos;s e-mail</source>
        <translation>E-Mail des Besuchers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax number</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open: a To-Do</source>
        <translation>Offen: eine Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Waiting on the customer</source>
        <translation>Wartet auf den Kunden</translation>
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
        <location line="+1"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>No other contacts to add</source>
        <translation>Keine weiteren Kontakte zum Hinzufügen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add ↓</source>
        <translation>Hinzufügen ↓</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add employee</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What is it about?</source>
        <translation>Worum geht es?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 020 7946 0018</source>
        <translation>z. B. 030 1234567</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>Open end</source>
        <translation>Offenes Ende</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody yet: the help desk queue</source>
        <translation>Noch niemand: Helpdesk-Warteschlange</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody answered this chat</source>
        <translation>Niemand hat diesen Chat beantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only I can see this note</source>
        <translation>Nur ich sehe diese Notiz</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Convert to meeting</source>
        <translation>In Besprechung umwandeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert</source>
        <translation>Umwandeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{subject}” becomes a meeting in the Activity History.</source>
        <translation>„{subject}“ wird zu einer Besprechung im Aktivitätsverlauf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was on the agenda</source>
        <translation>Was auf der Tagesordnung stand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said and agreed</source>
        <translation>Was besprochen und vereinbart wurde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ended</source>
        <translation>Endete</translation>
    </message>
</context>
<context>
    <name>ActivityTypesDialog</name>
    <message>
        <location filename="../../app/views/dialogs/activity_types_dialog.py" line="+50"/>
        <source>e.g. On Site inspection</source>
        <translation>z. B. Vor-Ort-Besichtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+26"/>
        <source>Works like</source>
        <translation>Funktioniert wie</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Its form and rules are those of the type it works like.</source>
        <translation>Formular und Regeln sind die der Art, wie die sie funktioniert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Activity types</source>
        <translation>Aktivitätsarten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Retire</source>
        <translation>Stilllegen</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Only a manager can add, rename or retire activity types.</source>
        <translation>Nur ein Manager kann Aktivitätsarten hinzufügen, umbenennen oder stilllegen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New activity type</source>
        <translation>Neue Aktivitätsart</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename activity type</source>
        <translation>Aktivitätsart umbenennen</translation>
    </message>
</context>
<context>
    <name>AlertSettingsDialog</name>
    <message>
        <location filename="../../app/views/dialogs/alert_settings_dialog.py" line="+45"/>
        <location line="+135"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N weeks</source>
        <translation>N Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N months</source>
        <translation>N Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N days</source>
        <translation>N Tage</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} before the subscription expires, the assigned Rep receives a new Task in their To-Do Activities.</source>
        <translation>{days} vor Ablauf des Abonnements erhält der zuständige Betreuer eine neue Aufgabe in seiner Aufgabenliste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If {days} pass without any Activities, the Potential&apos;s Rep will receive a new Task in their To-Do Activities list.</source>
        <translation>Vergehen {days} ohne Aktivitäten, erhält der Betreuer des Interessenten eine neue Aufgabe in seiner Aufgabenliste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If {days} pass without any Activities, the Lead&apos;s Rep will receive a new Task in their To-Do Activities list.</source>
        <translation>Vergehen {days} ohne Aktivitäten, erhält der Betreuer des Leads eine neue Aufgabe in seiner Aufgabenliste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} before a closed-lost Customer&apos;s Follow-Up Date, the Rep will receive a new Task in their To-Do Activities list.</source>
        <translation>{days} vor der Wiedervorlage eines verlorenen Kunden erhält der Betreuer eine neue Aufgabe in seiner Aufgabenliste.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alert settings</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only a manager can change the alert settings; you can see them here.</source>
        <translation>Nur ein Manager kann die Benachrichtigungen ändern; hier können Sie sie ansehen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Service Renewal Alert</source>
        <translation>Benachrichtigung Vertragsverlängerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without activities</source>
        <translation>Tage ohne Aktivitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win-Back Alert</source>
        <translation>Benachrichtigung Rückgewinnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days before expiration</source>
        <translation>Tage vor Ablauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Customer Alert</source>
        <translation>Benachrichtigungen Neukunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential Inactivity Alert</source>
        <translation>Benachrichtigung inaktiver Interessent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead Inactivity Alert</source>
        <translation>Benachrichtigung inaktiver Lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-Up Date deadline</source>
        <translation>Frist vor Wiedervorlage</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Customer Retention Alert</source>
        <translation>Benachrichtigung Kundenbindung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Greyed ratings are retired: they keep their numbers, but no alerts fire for them.</source>
        <translation>Ausgegraute Bewertungen sind stillgelegt: Sie behalten ihre Zahlen, lösen aber keine Benachrichtigungen aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>To retain customers, every {period} each rated Customer&apos;s Rep receives a Task for the meetings, calls and e-mails below still due in that period (“-”: not required).</source>
        <translation>Zur Kundenbindung erhält der Betreuer jedes bewerteten Kunden alle {period} eine Aufgabe für die unten genannten Besprechungen, Anrufe und E-Mails, die in diesem Zeitraum noch fällig sind („-“: nicht erforderlich).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Off: no tasks are created. When on: {sentence}</source>
        <translation>Aus: Es werden keine Aufgaben angelegt. Wenn an: {sentence}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send every so many days, weeks or months: a whole number</source>
        <translation>Alle wie viele Tage, Wochen oder Monate: eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A whole number of days</source>
        <translation>Eine ganze Zahl von Tagen</translation>
    </message>
</context>
<context>
    <name>AlertWidgets</name>
    <message>
        <location filename="../../app/views/dialogs/alert_widgets.py" line="+24"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No ratings are set up yet.</source>
        <translation>Es sind noch keine Bewertungen eingerichtet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A whole number per period, or “-” for not required</source>
        <translation>Eine ganze Zahl pro Zeitraum oder „-“ für nicht erforderlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retired: no alerts fire for it</source>
        <translation>Stillgelegt: löst keine Benachrichtigungen aus</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../app/views/dialogs/appointment_dialog.py" line="+43"/>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add ↓</source>
        <translation>Hinzufügen ↓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taking part</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No other users yet</source>
        <translation>Noch keine weiteren Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts and companies</source>
        <translation>Kontakte und Firmen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>It ends before it starts: pick an end after the start</source>
        <translation>Das Ende liegt vor dem Beginn: Wählen Sie ein Ende nach dem Beginn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An appointment needs a subject</source>
        <translation>Ein Termin braucht einen Betreff</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../app/views/dialogs/call_dialog.py" line="+48"/>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outgoing (I called)</source>
        <translation>Ausgehend (ich habe angerufen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming (they called)</source>
        <translation>Eingehend (ich wurde angerufen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mm:ss</source>
        <translation>mm:ss</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave empty for “Call to &lt;number&gt;”</source>
        <translation>Leer lassen für „Anruf an &lt;Nummer&gt;“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the duration as minutes:seconds, e.g. 4:30</source>
        <translation>Geben Sie die Dauer als Minuten:Sekunden an, z. B. 4:30</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../app/views/dialogs/categories_dialog.py" line="+20"/>
        <source>Choose categories</source>
        <translation>Kategorien wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No categories yet: a manager creates them under Settings › Office lists › Categories.</source>
        <translation>Noch keine Kategorien: Ein Manager legt sie unter Einstellungen › Büro-Listen › Kategorien an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tick the categories this contact belongs to:</source>
        <translation>Kreuzen Sie die Kategorien an, zu denen dieser Kontakt gehört:</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/views/dialogs/contact_dialog.py" line="+139"/>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit company</source>
        <translation>Firma bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type to find a company; linked on save</source>
        <translation>Tippen, um eine Firma zu finden; wird beim Speichern verknüpft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May be called</source>
        <translation>Darf angerufen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add e-mail</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add website</source>
        <translation>Website hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add information</source>
        <translation>Angabe hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add bank account</source>
        <translation>Bankkonto hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones &amp;&amp; e-mail</source>
        <translation>Telefon &amp;&amp; E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional information</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web &amp;&amp; more</source>
        <translation>Web &amp;&amp; mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank accounts</source>
        <translation>Bankkonten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The office&apos;s lists could not be read.</source>
        <translation>Die Listen des Büros konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no longer in the list)</source>
        <translation>(nicht mehr in der Liste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (retired)</source>
        <translation>{name} (stillgelegt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Company name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;kind:</source>
        <translation>Acc&amp;ount-Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rating:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion s&amp;tage:</source>
        <translation>Verkaufs&amp;phase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned re&amp;p:</source>
        <translation>&amp;Zuständiger Betreuer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription end:</source>
        <translation>Abonnementende:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up date:</source>
        <translation>Wiedervorlage:</translation>
    </message>
    <message>
        <location filename="../../app/views/dialogs/contact_fields.py" line="+13"/>
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
    <message>
        <location line="+1"/>
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
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../app/views/dialogs/convert_dialog.py" line="+48"/>
        <source>Convert {name}</source>
        <translation>{name} umwandeln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make it a &amp;Potential, at conversion stage:</source>
        <translation>Zum &amp;Interessenten machen, in Verkaufsphase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make it a &amp;Customer</source>
        <translation>Zum &amp;Kunden machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay a Potential, &amp;move to conversion stage:</source>
        <translation>Interessent bleiben, in Verkaufsphase &amp;verschieben:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name} is a Lead. Convert to:</source>
        <translation>{name} ist ein Lead. Umwandeln in:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is a Potential (stage: {stage}).</source>
        <translation>{name} ist ein Interessent (Phase: {stage}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is a Potential.</source>
        <translation>{name} ist ein Interessent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is an Account. Its data can be copied to a new Customer; the Account stays as it is.</source>
        <translation>{name} ist ein Account. Seine Daten können in einen neuen Kunden kopiert werden; der Account bleibt, wie er ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy to Customer</source>
        <translation>In Kunden kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is a {type}: the last step of the funnel, there is nothing to convert.</source>
        <translation>{name} ist {type}: die letzte Stufe im Vertriebstrichter, es gibt nichts umzuwandeln.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/views/dialogs/export_dialog.py" line="+115"/>
        <location line="+44"/>
        <location line="+143"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+169"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a file to export to</source>
        <translation>Wählen Sie eine Datei für den Export</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{file} already exists in {folder}.
Replace it?</source>
        <translation>{file} gibt es bereits in {folder}.
Ersetzen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{done} written</source>
        <translation>{done} geschrieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+26"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} {noun} written</source>
        <translation>{count} {noun} geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {count} {noun} to {path}</source>
        <translation>{count} {noun} nach {path} geschrieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export again</source>
        <translation>Erneut exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{message} No file was written.</source>
        <translation>{message} Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/views/dialogs/contact_fields.py" line="+2"/>
        <location line="+9"/>
        <location line="+14"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+9"/>
        <source>Work</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number (extension after “ext.”)</source>
        <translation>Nummer (Durchwahl nach „ext.“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country (GB, NO …)</source>
        <translation>Land (DE, AT …)</translation>
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
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../app/views/dialogs/forward_dialog.py" line="+28"/>
        <source>Forward as a To-Do</source>
        <translation>Als Aufgabe weiterleiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward as a Ticket</source>
        <translation>Als Ticket weiterleiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What should be done (optional)</source>
        <translation>Was getan werden soll (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact is linked. A To-Do needs one; a Ticket may stay in the help desk only.</source>
        <translation>Es ist kein Kontakt verknüpft. Eine Aufgabe braucht einen; ein Ticket kann auch nur im Helpdesk bleiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the contact this is about (the record is linked too).</source>
        <translation>Optional: der Kontakt, um den es geht (der Eintrag wird ebenfalls verknüpft).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link to the chosen contact</source>
        <translation>Mit dem gewählten Kontakt verknüpfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pick the contact from the list</source>
        <translation>Wählen Sie den Kontakt aus der Liste</translation>
    </message>
</context>
<context>
    <name>LinkCompanyDialog</name>
    <message>
        <location filename="../../app/views/dialogs/link_company_dialog.py" line="+67"/>
        <source>Search companies by name, phone or e-mail…</source>
        <translation>Firmen nach Name, Telefon oder E-Mail suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search people by name, phone or e-mail…</source>
        <translation>Personen nach Name, Telefon oder E-Mail suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts by name, phone or e-mail…</source>
        <translation>Kontakte nach Name, Telefon oder E-Mail suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} · company</source>
        <translation>{type} · Firma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company / contact</source>
        <translation>Firma / Kontakt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No companies match “{typed}”</source>
        <translation>Keine Firma passt zu „{typed}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No people match “{typed}”</source>
        <translation>Keine Person passt zu „{typed}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts match “{typed}”</source>
        <translation>Kein Kontakt passt zu „{typed}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No companies to link yet</source>
        <translation>Noch keine Firmen zum Verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No people to link yet</source>
        <translation>Noch keine Personen zum Verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts to link yet</source>
        <translation>Noch keine Kontakte zum Verknüpfen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Link person</source>
        <translation>Person verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link company</source>
        <translation>Firma verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Purchasing manager</source>
        <translation>z. B. Einkaufsleiter</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pick a person from the list</source>
        <translation>Wählen Sie eine Person aus der Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a company from the list</source>
        <translation>Wählen Sie eine Firma aus der Liste</translation>
    </message>
</context>
<context>
    <name>MarketingDialogs</name>
    <message>
        <location filename="../../app/views/dialogs/marketing_dialogs.py" line="+38"/>
        <source>Interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not interested</source>
        <translation>Nicht interessiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response</source>
        <translation>Keine Rückmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project manager</source>
        <translation>Projektleiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End date:</source>
        <translation>&amp;Enddatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is nothing to choose yet: create one first.</source>
        <translation>Es gibt noch nichts zur Auswahl: Legen Sie zuerst etwas an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record send-out</source>
        <translation>Versand erfassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent &amp;at:</source>
        <translation>Gesendet &amp;am:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no campaigns yet: create one first.</source>
        <translation>Es gibt noch keine Kampagnen: Legen Sie zuerst eine an.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/views/dialogs/note_dialog.py" line="+19"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened, what was agreed, what comes next…</source>
        <translation>Was passiert ist, was vereinbart wurde, was als Nächstes kommt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private: only I can see this note</source>
        <translation>Privat: nur ich sehe diese Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The note is empty</source>
        <translation>Die Notiz ist leer</translation>
    </message>
</context>
<context>
    <name>OfficeListsDialog</name>
    <message>
        <location filename="../../app/views/dialogs/office_lists_dialog.py" line="+36"/>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion stages</source>
        <translation>Verkaufsphasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a manager can change the office lists.</source>
        <translation>Nur ein Manager kann die Büro-Listen ändern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New rating</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename rating</source>
        <translation>Bewertung umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the rating a name</source>
        <translation>Geben Sie der Bewertung einen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a rating “{name}”</source>
        <translation>Es gibt bereits eine Bewertung „{name}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New conversion stage</source>
        <translation>Neue Verkaufsphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename conversion stage</source>
        <translation>Verkaufsphase umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the conversion stage a name</source>
        <translation>Geben Sie der Verkaufsphase einen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a conversion stage “{name}”</source>
        <translation>Es gibt bereits eine Verkaufsphase „{name}“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the category a name</source>
        <translation>Geben Sie der Kategorie einen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a category “{name}”</source>
        <translation>Es gibt bereits eine Kategorie „{name}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename status</source>
        <translation>Status umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the status a name</source>
        <translation>Geben Sie dem Status einen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a status “{name}”</source>
        <translation>Es gibt bereits einen Status „{name}“</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Retire</source>
        <translation>Stilllegen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Office lists</source>
        <translation>Büro-Listen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A retired entry stays on the records that have it; it is no longer offered for new ones.</source>
        <translation>Ein stillgelegter Eintrag bleibt bei den Datensätzen, die ihn haben; für neue wird er nicht mehr angeboten.</translation>
    </message>
</context>
<context>
    <name>PictureDialog</name>
    <message>
        <location filename="../../app/views/dialogs/picture_dialog.py" line="+167"/>
        <source>Crop picture</source>
        <translation>Bild zuschneiden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag the square to move it; drag its corner or turn the mouse wheel to resize it.</source>
        <translation>Ziehen Sie das Quadrat, um es zu verschieben; ziehen Sie an seiner Ecke oder drehen Sie das Mausrad, um die Größe zu ändern.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Selection {width} × {height} px; stored as {side} × {side} px</source>
        <translation>Auswahl {width} × {height} px; gespeichert als {side} × {side} px</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../app/views/dialogs/task_dialog.py" line="+36"/>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Send the revised quote</source>
        <translation>z. B. Das überarbeitete Angebot senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No due date</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A task needs a subject</source>
        <translation>Eine Aufgabe braucht einen Betreff</translation>
    </message>
</context>
</TS>
