<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ActivityHistory</name>
    <message>
        <location filename="../../app/views/card/lower/activity_history.py" line="+125"/>
        <location line="+176"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+184"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Export activities (CSV, Excel)…</source>
        <translation>Aktivitäten exportieren (CSV, Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the activities listed here, with these filters</source>
        <translation>Die hier aufgeführten Aktivitäten mit diesen Filtern exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export appointments (.ics)…</source>
        <translation>Termine exportieren (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contact&apos;s appointments and meetings for a calendar</source>
        <translation>Die Termine und Besprechungen dieses Kontakts für einen Kalender</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../app/views/card/lower/activity_history_widgets.py" line="+201"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/views/card/lower/activity_history_widgets.py" line="+1"/>
        <source>Rep:</source>
        <translation>Betreuer:</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>{name} (retired)</source>
        <translation>{name} (ausgemustert)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../../app/views/card/lower/activity_history_dialogs.py" line="+37"/>
        <source>Next: </source>
        <translation>Nächster Schritt: </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location filename="../../app/views/card/lower/activity_history_widgets.py" line="-151"/>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New time</source>
        <translation>Neue Zeit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{when} is in the past. Reschedule “{subject}” to it anyway?</source>
        <translation>{when} liegt in der Vergangenheit. „{subject}“ trotzdem dorthin verschieben?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Case: {subject}</source>
        <translation>Vorgang: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/views/card/lower/activity_history_widgets.py" line="+189"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/views/card/lower/activity_history_model.py" line="+62"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/views/card/lower/activity_history_model.py" line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/views/card/lower/activity_history_model.py" line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/views/card/lower/activity_history_model.py" line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/views/card/lower/activity_history_model.py" line="+1"/>
        <source>Rep</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/views/card/lower/activity_history_model.py" line="+1"/>
        <location filename="../../app/views/card/lower/activity_history_widgets.py" line="+7"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not part of a case yet: Next action starts one. {count}.</source>
        <translation>Noch kein Teil eines Vorgangs: „Nächster Schritt“ beginnt einen. {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened {opened}, closed {closed} by {name}. {count}.</source>
        <translation>Eröffnet {opened}, abgeschlossen {closed} von {name}. {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened {opened}, closed {closed}. {count}.</source>
        <translation>Eröffnet {opened}, abgeschlossen {closed}. {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open since {opened}. {count}.</source>
        <translation>Offen seit {opened}. {count}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Next action: {subject}</source>
        <translation>Nächster Schritt: {subject}</translation>
    </message>
    <message>
        <location filename="../../app/views/card/lower/activity_history_model.py" line="-30"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open ticket</source>
        <translation>Offenes Ticket</translation>
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
        <source>Closed ticket</source>
        <translation>Geschlossenes Ticket</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>(no longer there)</source>
        <translation>(nicht mehr vorhanden)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Rep: {name}</source>
        <translation>Betreuer: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/card/lower/activity_history_texts.py" line="+19"/>
        <source>1 activity</source>
        <translation>1 Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} activities</source>
        <translation>{count} Aktivitäten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the case “{subject}”? This activity is marked done and the case&apos;s other open activities are cancelled.</source>
        <translation>Den Vorgang „{subject}“ abschließen? Diese Aktivität wird als erledigt markiert, die übrigen offenen Aktivitäten des Vorgangs werden storniert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close “{subject}” as a case? This activity is marked done and the case&apos;s other open activities are cancelled.</source>
        <translation>„{subject}“ als Vorgang abschließen? Diese Aktivität wird als erledigt markiert, die übrigen offenen Aktivitäten des Vorgangs werden storniert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case closed.</source>
        <translation>Vorgang abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case closed; 1 open activity cancelled.</source>
        <translation>Vorgang abgeschlossen; 1 offene Aktivität storniert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case closed; {count} open activities cancelled.</source>
        <translation>Vorgang abgeschlossen; {count} offene Aktivitäten storniert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{type} of {when}: {subject}</source>
        <translation>{type} vom {when}: {subject}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{subject}” forwarded as a To-Do.</source>
        <translation>„{subject}“ als Aufgabe weitergeleitet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{subject}” forwarded as a Ticket.</source>
        <translation>„{subject}“ als Ticket weitergeleitet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>type {name}</source>
        <translation>Typ {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{since} to {until}</source>
        <translation>{since} bis {until}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rep {name}</source>
        <translation>Betreuer {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/card/lower/activity_history_widgets.py" line="-198"/>
        <source>View/Edit</source>
        <translation>Ansehen/Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View or edit this activity</source>
        <translation>Diese Aktivität ansehen oder bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reschedule: move this activity to another time</source>
        <translation>Verschieben: diese Aktivität auf eine andere Zeit legen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case info</source>
        <translation>Vorgangsinfo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case info: this activity&apos;s case and its history</source>
        <translation>Vorgangsinfo: der Vorgang dieser Aktivität und sein Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close case</source>
        <translation>Vorgang abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close case: this activity is done, the case&apos;s other open ones are cancelled</source>
        <translation>Vorgang abschließen: Diese Aktivität ist erledigt, die übrigen offenen des Vorgangs werden storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action: close this activity and record the next one of its case</source>
        <translation>Nächster Schritt: diese Aktivität abschließen und die nächste ihres Vorgangs erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View customer</source>
        <translation>Kunde ansehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View customer: open the contact this activity is about</source>
        <translation>Kunde ansehen: den Kontakt öffnen, um den es in dieser Aktivität geht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward this call, mail or chat as a To-Do or a Ticket</source>
        <translation>Diesen Anruf, diese Mail oder diesen Chat als Aufgabe oder Ticket weiterleiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward as a To-Do…</source>
        <translation>Als Aufgabe weiterleiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward as a Ticket…</source>
        <translation>Als Ticket weiterleiten…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}&apos;s activity: only they or a manager can act on it</source>
        <translation>Aktivität von {name}: Nur diese Person oder ein Vorgesetzter kann sie bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another rep&apos;s activity: only they or a manager can act on it</source>
        <translation>Aktivität eines anderen Betreuers: Nur diese Person oder ein Vorgesetzter kann sie bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not part of a case: Next action starts one</source>
        <translation>Kein Teil eines Vorgangs: „Nächster Schritt“ beginnt einen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case is closed</source>
        <translation>Der Vorgang ist abgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an open activity is rescheduled; change a recorded one with View/Edit</source>
        <translation>Nur eine offene Aktivität wird verschoben; eine erfasste ändern Sie mit Ansehen/Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only calls, mails and live chats are forwarded</source>
        <translation>Nur Anrufe, Mails und Live-Chats werden weitergeleitet</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Click an activity to see its summary.</source>
        <translation>Klicken Sie auf eine Aktivität, um ihre Zusammenfassung zu sehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case:</source>
        <translation>Vorgang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>, due {when}</source>
        <translation>, fällig {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (private)</source>
        <translation> (privat)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not part of a case</source>
        <translation>Kein Teil eines Vorgangs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{subject}” (closed)</source>
        <translation>„{subject}“ (abgeschlossen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{subject}” (open)</source>
        <translation>„{subject}“ (offen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No further text.</source>
        <translation>Kein weiterer Text.</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <location filename="../../app/views/card/card_actions.py" line="+15"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a mail, direct mail, meeting, fax, SMS or one of the office&apos;s own types</source>
        <translation>Eine Mail, ein Direktmailing, eine Besprechung, ein Fax, eine SMS oder einen der eigenen Typen des Büros erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New appointment…</source>
        <translation>Neuer Termin…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book an appointment with this contact</source>
        <translation>Einen Termin mit diesem Kontakt vereinbaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New task…</source>
        <translation>Neue Aufgabe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a task linked to this contact</source>
        <translation>Eine Aufgabe zu diesem Kontakt anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New note…</source>
        <translation>Neue Notiz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a note about this contact</source>
        <translation>Eine Notiz zu diesem Kontakt schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call…</source>
        <translation>Anruf erfassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a landline call by hand</source>
        <translation>Einen Festnetzanruf von Hand erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link company…</source>
        <translation>Firma verknüpfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link this person to a company</source>
        <translation>Diese Person mit einer Firma verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call one of this contact&apos;s numbers</source>
        <translation>Eine der Nummern dieses Kontakts anrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this contact&apos;s details</source>
        <translation>Die Angaben dieses Kontakts bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert…</source>
        <translation>Umwandeln…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead → Potential → Customer, or copy an Account to a Customer</source>
        <translation>Lead → Interessent → Kunde, oder einen Account als Kunden kopieren</translation>
    </message>
</context>
<context>
    <name>CardAdditionalInfo</name>
    <message>
        <location filename="../../app/views/card/upper/additional_info.py" line="+37"/>
        <source>Add website</source>
        <translation>Website hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No websites yet.</source>
        <translation>Noch keine Websites.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add information</source>
        <translation>Angabe hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No further details yet (e.g. “Switchboard hours”, “Reception”, “Fleet size”).</source>
        <translation>Noch keine weiteren Angaben (z. B. „Zentrale erreichbar“, „Empfang“, „Fuhrparkgröße“).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Further contact details</source>
        <translation>Weitere Kontaktangaben</translation>
    </message>
</context>
<context>
    <name>CardAppointments</name>
    <message>
        <location filename="../../app/views/card/lower/appointments.py" line="+43"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Bis</translation>
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
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The selected appointment&apos;s notes</source>
        <translation>Die Notizen zum gewählten Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New appointment…</source>
        <translation>Neuer Termin…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>With: {names}</source>
        <translation>Mit: {names}</translation>
    </message>
</context>
<context>
    <name>CardBank</name>
    <message>
        <location filename="../../app/views/card/upper/bank.py" line="+34"/>
        <source>Add bank account</source>
        <translation>Bankverbindung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bank accounts recorded.</source>
        <translation>Keine Bankverbindungen erfasst.</translation>
    </message>
</context>
<context>
    <name>CardCallLog</name>
    <message>
        <location filename="../../app/views/card/lower/call_log.py" line="+31"/>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both ways</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+66"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>When</source>
        <translation>Wann</translation>
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
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log a call…</source>
        <translation>Anruf erfassen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} call</source>
        <translation>{count} Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} calls</source>
        <translation>{count} Anrufe</translation>
    </message>
</context>
<context>
    <name>CardCampaigns</name>
    <message>
        <location filename="../../app/views/card/upper/campaigns.py" line="+41"/>
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
        <location line="+8"/>
        <location line="+9"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New campaign…</source>
        <translation>Neue Kampagne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to campaign…</source>
        <translation>Zu Kampagne hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Remove from campaign</source>
        <translation>Aus Kampagne entfernen</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Record send-out…</source>
        <translation>Versand erfassen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaigns taken part in</source>
        <translation>Teilgenommene Kampagnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send-outs received</source>
        <translation>Erhaltene Sendungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>1 campaign</source>
        <translation>1 Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} campaigns</source>
        <translation>{count} Kampagnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 send-out</source>
        <translation>1 Sendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} send-outs</source>
        <translation>{count} Sendungen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add to campaign</source>
        <translation>Zu Kampagne hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Response:</source>
        <translation>&amp;Reaktion:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take {name} out of “{campaign}”?</source>
        <translation>{name} aus „{campaign}“ herausnehmen?</translation>
    </message>
</context>
<context>
    <name>CardCategories</name>
    <message>
        <location filename="../../app/views/card/lower/categories.py" line="+34"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose categories…</source>
        <translation>Kategorien wählen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This contact is in no category yet.</source>
        <translation>Dieser Kontakt ist noch in keiner Kategorie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This contact is in 1 category</source>
        <translation>Dieser Kontakt ist in 1 Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This contact is in {count} categories</source>
        <translation>Dieser Kontakt ist in {count} Kategorien</translation>
    </message>
</context>
<context>
    <name>CardCompanies</name>
    <message>
        <location filename="../../app/views/card/lower/companies.py" line="+28"/>
        <location line="+19"/>
        <location line="+52"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+55"/>
        <source>Link company…</source>
        <translation>Firma verknüpfen…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Unlink…</source>
        <translation>Verknüpfung lösen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role at the company</source>
        <translation>Rolle in der Firma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save role</source>
        <translation>Rolle speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People linked to this company</source>
        <translation>Mit dieser Firma verknüpfte Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies this person works with</source>
        <translation>Firmen, mit denen diese Person arbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link person…</source>
        <translation>Person verknüpfen…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove the link between {person} and {company}?</source>
        <translation>Die Verknüpfung zwischen {person} und {company} entfernen?</translation>
    </message>
</context>
<context>
    <name>CardContactInfo</name>
    <message>
        <location filename="../../app/views/card/upper/contact_info.py" line="+36"/>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this contact&apos;s details (Ctrl+E)</source>
        <translation>Die Angaben dieses Kontakts ändern (Strg+E)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account kind:</source>
        <translation>Account-Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer number:</source>
        <translation>Kundennummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion stage:</source>
        <translation>Umwandlungsphase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned rep:</source>
        <translation>Zuständiger Betreuer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active / call:</source>
        <translation>Aktiv / Anrufen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription end:</source>
        <translation>Abo-Ende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up date:</source>
        <translation>Wiedervorlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails:</source>
        <translation>E-Mails:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (was {type})</source>
        <translation> (vorher {type})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (consumer)</source>
        <translation> (Privatkunde)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  ext. {extension}</source>
        <translation>  Durchwahl {extension}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be called</source>
        <translation>darf angerufen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not call</source>
        <translation>nicht anrufen</translation>
    </message>
</context>
<context>
    <name>CardCustomerSettings</name>
    <message>
        <location filename="../../app/views/card/upper/customer_settings.py" line="+31"/>
        <source>Net 7</source>
        <translation>7 Tage netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net 14</source>
        <translation>14 Tage netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net 30</source>
        <translation>30 Tage netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net 60</source>
        <translation>60 Tage netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash on delivery</source>
        <translation>Nachnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepayment</source>
        <translation>Vorkasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct debit</source>
        <translation>Lastschrift</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>— (office default)</source>
        <translation>— (Vorgabe des Büros)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Retail 2026</source>
        <translation>z. B. Einzelhandel 2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment &amp;terms:</source>
        <translation>Zahlungs&amp;bedingungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment &amp;days:</source>
        <translation>Zahlungs&amp;ziel (Tage):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price list:</source>
        <translation>&amp;Preisliste:</translation>
    </message>
</context>
<context>
    <name>CardEditing</name>
    <message>
        <location filename="../../app/views/card/upper/editing.py" line="+36"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>CardEmail</name>
    <message>
        <location filename="../../app/views/card/upper/email.py" line="+36"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No e-mails are linked to this contact yet. Once mail integration is set up, mails to and from the contact&apos;s addresses appear here by themselves.</source>
        <translation>Mit diesem Kontakt sind noch keine E-Mails verknüpft. Sobald die Mail-Anbindung eingerichtet ist, erscheinen Mails an und von den Adressen des Kontakts hier von selbst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct mail</source>
        <translation>Direktmailing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a mail to read it here.</source>
        <translation>Wählen Sie eine Mail, um sie hier zu lesen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: {when}</source>
        <translation>Datum: {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By: {name}</source>
        <translation>Von: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
</context>
<context>
    <name>CardFiles</name>
    <message>
        <location filename="../../app/views/card/upper/files.py" line="+44"/>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to…</source>
        <translation>Verschieben nach…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+216"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Drop files here from the desktop; drag a file out to copy it.</source>
        <translation>Dateien vom Desktop hierher ziehen; eine Datei herausziehen, um sie zu kopieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n file(s), {size}</source>
        <translation>
            <numerusform>%n Datei, {size}</numerusform>
            <numerusform>%n Dateien, {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n missing on this desk</source>
        <translation>
            <numerusform>%n fehlt an diesem Arbeitsplatz</numerusform>
            <numerusform>%n fehlen an diesem Arbeitsplatz</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Something went wrong; details are in the log.</source>
        <translation>Etwas ist schiefgegangen; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upload files to the File area</source>
        <translation>Dateien in die Dateiablage hochladen</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird hochgeladen…</numerusform>
            <numerusform>%n Dateien werden hochgeladen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No application opens “{name}” on this computer; a copy is in {folder}</source>
        <translation>Kein Programm auf diesem Computer öffnet „{name}“; eine Kopie liegt in {folder}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename file</source>
        <translation>Datei umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move file</source>
        <translation>Datei verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to folder:</source>
        <translation>In Ordner verschieben:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete “{name}” from the File area?</source>
        <translation>„{name}“ aus der Dateiablage löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the folder “{name}” and everything in it?</source>
        <translation>Den Ordner „{name}“ mit seinem gesamten Inhalt löschen?</translation>
    </message>
    <message>
        <location filename="../../app/views/card/upper/files_model.py" line="+41"/>
        <source> (missing on this desk)</source>
        <translation> (fehlt an diesem Arbeitsplatz)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} bytes</source>
        <translation>{count} Byte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The contents of this file are not in this computer&apos;s file store; it was probably added on another desk.</source>
        <translation>Der Inhalt dieser Datei liegt nicht im Dateispeicher dieses Computers; sie wurde wohl an einem anderen Arbeitsplatz hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>CardHistory</name>
    <message>
        <location filename="../../app/views/card/lower/history.py" line="+36"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{count} entry</source>
        <translation>{count} Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
</context>
<context>
    <name>CardNotes</name>
    <message>
        <location filename="../../app/views/card/lower/notes.py" line="+45"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a note to read it here</source>
        <translation>Wählen Sie eine Notiz, um sie hier zu lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New note…</source>
        <translation>Neue Notiz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the author can edit a note</source>
        <translation>Nur der Verfasser kann eine Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>CardPeriod</name>
    <message>
        <location filename="../../app/views/card/lower/period.py" line="+19"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom period</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>CardProjects</name>
    <message>
        <location filename="../../app/views/card/upper/projects.py" line="+26"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to project…</source>
        <translation>Zu Projekt hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role…</source>
        <translation>Rolle ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contact takes part in no projects yet.</source>
        <translation>Dieser Kontakt nimmt noch an keinem Projekt teil.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Add to project</source>
        <translation>Zu Projekt hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove from project</source>
        <translation>Aus Projekt entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take {name} off “{project}”?</source>
        <translation>{name} aus „{project}“ herausnehmen?</translation>
    </message>
</context>
<context>
    <name>CardSettings</name>
    <message>
        <location filename="../../app/views/card/upper/settings.py" line="+43"/>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Receives the newsletter</source>
        <translation>Erhält den Newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send e-mail</source>
        <translation>Keine E-Mails senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact preferences</source>
        <translation>Kontaktvorlieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred &amp;channel:</source>
        <translation>Bevorzugter &amp;Kanal:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{problem}. Load it again or remove it.</source>
        <translation>{problem}. Laden Sie es erneut oder entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored picture cannot be read (damaged?). Load it again or remove it.</source>
        <translation>Das gespeicherte Bild kann nicht gelesen werden (beschädigt?). Laden Sie es erneut oder entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{path}” cannot be read as a picture ({reason}).</source>
        <translation>„{path}“ kann nicht als Bild gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove picture</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this contact&apos;s picture?</source>
        <translation>Das Bild dieses Kontakts entfernen?</translation>
    </message>
</context>
<context>
    <name>CardTabs</name>
    <message>
        <location filename="../../app/views/card/lower/activity_history.py" line="-207"/>
        <source>Activity History</source>
        <translation>Aktivitätenverlauf</translation>
    </message>
    <message>
        <location filename="../../app/views/card/lower/appointments.py" line="-51"/>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../../app/views/card/lower/call_log.py" line="-96"/>
        <source>Call Log</source>
        <translation>Anrufprotokoll</translation>
    </message>
    <message>
        <location filename="../../app/views/card/lower/categories.py" line="-50"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../app/views/card/lower/companies.py" line="-102"/>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <location filename="../../app/views/card/lower/history.py" line="-43"/>
        <source>History</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location filename="../../app/views/card/lower/notes.py" line="-85"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/views/card/lower/tasks.py" line="+44"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/views/card/upper/additional_info.py" line="-21"/>
        <source>Additional Information</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <location filename="../../app/views/card/upper/bank.py" line="-6"/>
        <source>Bank details</source>
        <translation>Bankverbindung</translation>
    </message>
    <message>
        <location filename="../../app/views/card/upper/campaigns.py" line="-105"/>
        <source>Campaign</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location filename="../../app/views/card/upper/contact_info.py" line="-135"/>
        <source>Contact Info</source>
        <translation>Kontaktinfo</translation>
    </message>
    <message>
        <location filename="../../app/views/card/upper/customer_settings.py" line="-34"/>
        <source>Customer Settings</source>
        <translation>Kundeneinstellungen</translation>
    </message>
    <message>
        <location filename="../../app/views/card/upper/email.py" line="-64"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/views/card/upper/files.py" line="-241"/>
        <source>File area</source>
        <translation>Dateiablage</translation>
    </message>
    <message>
        <location filename="../../app/views/card/upper/projects.py" line="-97"/>
        <source>Project Participation</source>
        <translation>Projektbeteiligung</translation>
    </message>
    <message>
        <location filename="../../app/views/card/upper/settings.py" line="-174"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/views/card/card_widget.py" line="+63"/>
        <source>Additional Info</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
</context>
<context>
    <name>CardTasks</name>
    <message>
        <location filename="../../app/views/card/lower/tasks.py" line="+12"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+86"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The selected task&apos;s notes</source>
        <translation>Die Notizen zur gewählten Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New task…</source>
        <translation>Neue Aufgabe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel task</source>
        <translation>Aufgabe stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This task belongs to another rep</source>
        <translation>Diese Aufgabe gehört einem anderen Betreuer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Given by {name}</source>
        <translation>Erteilt von {name}</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../app/views/card/card_widget.py" line="+213"/>
        <source>The picture could not be read</source>
        <translation>Das Bild konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The office&apos;s types</source>
        <translation>Typen des Büros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A kind of {kind}</source>
        <translation>Eine Art {kind}</translation>
    </message>
    <message>
        <location filename="../../app/views/card/header.py" line="+67"/>
        <source>Make this person a consumer: give them a customer number so they can be invoiced</source>
        <translation>Diese Person zum Privatkunden machen: ihr eine Kundennummer geben, damit sie Rechnungen erhalten kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make consumer</source>
        <translation>Zum Privatkunden machen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer number:</source>
        <translation>Kundennummer:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
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
        <location line="+3"/>
        <source>stage: {stage}</source>
        <translation>Phase: {stage}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consumer</source>
        <translation>Privatkunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent}% complete</source>
        <translation>{percent} % vollständig</translation>
    </message>
</context>
</TS>
