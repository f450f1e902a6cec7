<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>HelpDesk</name>
    <message>
        <location filename="../../app/views/helpdesk/page.py" line="+42"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats, faxes &amp;&amp; SMS</source>
        <translation>Chats, Faxe &amp;&amp; SMS</translation>
    </message>
    <message>
        <location filename="../../app/views/helpdesk/record_dialogs.py" line="+25"/>
        <source>Live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/views/helpdesk/records.py" line="+42"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visitor&apos;s phone, if they gave one</source>
        <translation>Telefon des Besuchers, falls angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fax number</source>
        <translation>Die Faxnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mobile number</source>
        <translation>Die Mobilnummer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a chat, fax or SMS record</source>
        <translation>Chat, Fax oder SMS erfassen</translation>
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
        <location line="+7"/>
        <source>The visitor&apos;s e-mail address, if known</source>
        <translation>E-Mail-Adresse des Besuchers, falls bekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missed: nobody answered this chat</source>
        <translation>Verpasst: niemand hat diesen Chat beantwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message (the first line becomes its subject)</source>
        <translation>Die Nachricht (die erste Zeile wird zum Betreff)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/views/helpdesk/records.py" line="+25"/>
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
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/views/helpdesk/records.py" line="-1"/>
        <location filename="../../app/views/helpdesk/ticket_dialogs.py" line="+156"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/views/helpdesk/records.py" line="+6"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/views/helpdesk/records.py" line="-33"/>
        <location filename="../../app/views/helpdesk/tickets.py" line="+45"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live chats</source>
        <translation>Live-Chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faxes</source>
        <translation>Faxe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{kind} (missed)</source>
        <translation>{kind} (verpasst)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dir.</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number / e-mail</source>
        <translation>Nummer / E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forwarded</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selected record&apos;s text</source>
        <translation>Der Text des gewählten Eintrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add record…</source>
        <translation>Eintrag erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import chat transcript…</source>
        <translation>Chat-Protokoll importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward as To-Do…</source>
        <translation>Als Aufgabe weiterleiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward as Ticket…</source>
        <translation>Als Ticket weiterleiten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Records that matched no contact&apos;s number or e-mail address are kept here, outside every Activity History.</source>
        <translation>Einträge, deren Nummer oder E-Mail-Adresse zu keinem Kontakt passte, werden hier aufbewahrt, außerhalb jedes Aktivitätsverlaufs.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(the newest %Ln shown)</source>
        <translation>
            <numerusform>(der neueste angezeigt)</numerusform>
            <numerusform>(die neuesten %Ln angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A {kind} is not forwarded (reference: calls, live chats and mails are)</source>
        <translation>Ein Eintrag der Art „{kind}“ wird nicht weitergeleitet (nur Anrufe, Live-Chats und E-Mails)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Record saved (linked to a contact when its number or address matched)</source>
        <translation>Eintrag gespeichert (mit einem Kontakt verknüpft, wenn Nummer oder Adresse passte)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import chat transcript</source>
        <translation>Chat-Protokoll importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat transcripts (*.json *.txt *.log);;All files (*)</source>
        <translation>Chat-Protokolle (*.json *.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>added to the contact&apos;s Activity History</source>
        <translation>in den Aktivitätsverlauf des Kontakts übernommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept without a contact (listed here)</source>
        <translation>ohne Kontakt aufbewahrt (hier aufgeführt)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a visitor</source>
        <translation>einem Besucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed chat with {visitor} imported from {file} ({format}, {messages}): {where}</source>
        <translation>Verpasster Chat mit {visitor} aus {file} importiert ({format}, {messages}): {where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat with {visitor} imported from {file} ({format}, {messages}): {where}</source>
        <translation>Chat mit {visitor} aus {file} importiert ({format}, {messages}): {where}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;{kind}&lt;/b&gt; of {when}: {subject}</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; vom {when}: {subject}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Forwarded as a To-Do</source>
        <translation>Als Aufgabe weitergeleitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded as a Ticket</source>
        <translation>Als Ticket weitergeleitet</translation>
    </message>
    <message>
        <location filename="../../app/views/helpdesk/ticket_dialogs.py" line="-109"/>
        <source>Change ticket status</source>
        <translation>Ticketstatus ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;now: {status}</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;jetzt: {status}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What was done, or why the status changes (required)</source>
        <translation>Was getan wurde oder warum sich der Status ändert (Pflichtfeld)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open ticket</source>
        <translation>Ticket eröffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. The invoice shows the wrong VAT rate</source>
        <translation>z. B. Die Rechnung zeigt den falschen Mehrwertsteuersatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to a contact (it then shows in their Activity History)</source>
        <translation>Mit einem Kontakt verknüpfen (erscheint dann in dessen Aktivitätsverlauf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What the customer asks for</source>
        <translation>Worum der Kunde bittet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/views/helpdesk/tickets.py" line="+21"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/views/helpdesk/tickets.py" line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/views/helpdesk/tickets.py" line="+3"/>
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
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pick the contact from the list, or untick the box</source>
        <translation>Wählen Sie den Kontakt aus der Liste oder entfernen Sie das Häkchen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>History of “{subject}”</source>
        <translation>Verlauf von „{subject}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{subject}&lt;/b&gt; — {status}</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt; — {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/views/helpdesk/tickets.py" line="-1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opened as {status}</source>
        <translation>Eröffnet als {status}</translation>
    </message>
    <message>
        <location filename="../../app/views/helpdesk/tickets.py" line="-28"/>
        <location line="+33"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>— help desk only —</source>
        <translation>— nur im Helpdesk —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No tickets in this queue.</source>
        <translation>Keine Tickets in dieser Warteschlange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>New ticket…</source>
        <translation>Neues Ticket…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The selected ticket&apos;s description</source>
        <translation>Die Beschreibung des gewählten Tickets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status…</source>
        <translation>Status ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this unassigned ticket</source>
        <translation>Dieses nicht zugewiesene Ticket übernehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue:</source>
        <translation>Warteschlange:</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+43"/>
        <source>This ticket belongs to another rep</source>
        <translation>Dieses Ticket gehört einem anderen Betreuer</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln Ticket</numerusform>
            <numerusform>%Ln Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(the most recently changed %Ln shown)</source>
        <translation>
            <numerusform>(der zuletzt geänderte angezeigt)</numerusform>
            <numerusform>(die %Ln zuletzt geänderten angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Ticket “{subject}” opened</source>
        <translation>Ticket „{subject}“ eröffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You have “{subject}” now</source>
        <translation>„{subject}“ gehört jetzt Ihnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{subject}” is {status} now</source>
        <translation>„{subject}“ ist jetzt {status}</translation>
    </message>
</context>
</TS>
