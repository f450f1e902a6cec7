<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CallPopup</name>
    <message>
        <location filename="../../app/views/popup/manager.py" line="+239"/>
        <source>This call is not in the database yet; choose again in a moment.</source>
        <translation>Dieser Anruf ist noch nicht in der Datenbank; bitte gleich noch einmal auswählen.</translation>
    </message>
    <message>
        <location filename="../../app/views/popup/pages.py" line="+41"/>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct mail</source>
        <translation>Direktmailing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Rating {rating}</source>
        <translation>Bewertung {rating}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Does not want to be called</source>
        <translation>Möchte nicht angerufen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open to-dos: {count}</source>
        <translation>Offene Aufgaben: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open to-dos</source>
        <translation>Keine offenen Aufgaben</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last activities</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No activities yet</source>
        <translation>Noch keine Aktivitäten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This is the caller</source>
        <translation>Das ist der Anrufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is calling?</source>
        <translation>Wer ruft an?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several contacts have {number}.</source>
        <translation>Mehrere Kontakte haben die Nummer {number}.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>What was said (optional)</source>
        <translation>Was besprochen wurde (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Send the quote (creates a To-Do)</source>
        <translation>z. B. Angebot schicken (legt eine Aufgabe an)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <location filename="../../app/views/popup/popup.py" line="+50"/>
        <source>Caller name: {name}</source>
        <translation>Name des Anrufers: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No caller name was sent</source>
        <translation>Kein Anrufername übermittelt</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Note for this contact</source>
        <translation>Notiz zu diesem Kontakt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open card</source>
        <translation>Karte öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log note</source>
        <translation>Notiz erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create contact</source>
        <translation>Kontakt anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call back</source>
        <translation>Zurückrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial this number (your desk phone rings first)</source>
        <translation>Diese Nummer wählen (zuerst klingelt Ihr Tischtelefon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Abweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>As received: {number}</source>
        <translation>Wie empfangen: {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Known caller</source>
        <translation>Bekannter Anrufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in your contacts yet.</source>
        <translation>Noch nicht in Ihren Kontakten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld number</source>
        <translation>Unterdrückte Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+140"/>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Not looked up: the database is not answering.</source>
        <translation>Nicht nachgeschlagen: Die Datenbank antwortet nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call is kept and logged when it answers.</source>
        <translation>Der Anruf wird aufbewahrt und protokolliert, sobald sie antwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the caller&apos;s number…</source>
        <translation>Warte auf die Nummer des Anrufers…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Call ended · {outcome} · {source} · {time}</source>
        <translation>Anruf beendet · {outcome} · {source} · {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outgoing call</source>
        <translation>Ausgehender Anruf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the caller</source>
        <translation>dem Anrufer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the call with {name}</source>
        <translation>Nach dem Anruf mit {name}</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../app/views/popup/picker.py" line="+35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company / contact</source>
        <translation>Firma / Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name, number or e-mail</source>
        <translation>Name, Nummer oder E-Mail</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../app/views/popup/__init__.py" line="+83"/>
        <source>Call log</source>
        <translation>Anrufprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
</context>
</TS>
