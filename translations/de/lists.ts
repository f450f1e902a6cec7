<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>BufferView</name>
    <message>
        <location filename="../../app/views/buffer_view.py" line="+42"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous</source>
        <translation>mehrdeutig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withheld</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller name</source>
        <translation>Anrufername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bucket</source>
        <translation>Ablage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unmatched calls (buffer)</source>
        <translation>Nicht zugeordnete Anrufe (Puffer)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Create contact…</source>
        <translation>Kontakt anlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add number to existing contact…</source>
        <translation>Nummer zu bestehendem Kontakt hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to contact…</source>
        <translation>Zu Kontakt verschieben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calls from numbers no single contact has. They move to a contact&apos;s history as soon as one gets the number.</source>
        <translation>Anrufe von Nummern, die keinem einzelnen Kontakt gehören. Sie wandern in den Verlauf eines Kontakts, sobald er die Nummer erhält.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add number to a contact</source>
        <translation>Nummer zu einem Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which contact has the number {number}?</source>
        <translation>Welcher Kontakt hat die Nummer {number}?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move calls to a contact</source>
        <translation>Anrufe zu einem Kontakt verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose calls are these?</source>
        <translation>Wessen Anrufe sind das?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose call is this?</source>
        <translation>Wessen Anruf ist das?</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../app/views/card_host.py" line="+36"/>
        <location line="+48"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../app/views/contact_list_model.py" line="+46"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Vollständig</translation>
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
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call contact</source>
        <translation>Anrufen erlaubt</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../../app/views/contact_list_panel.py" line="+74"/>
        <source>{count} customer</source>
        <translation>{count} Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} customers</source>
        <translation>{count} Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading customers…</source>
        <translation>Kunden werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the customers</source>
        <translation>Die Kunden konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} potential</source>
        <translation>{count} Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} potentials</source>
        <translation>{count} Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading potentials…</source>
        <translation>Interessenten werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the potentials</source>
        <translation>Die Interessenten konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} lead</source>
        <translation>{count} Lead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} leads</source>
        <translation>{count} Leads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading leads…</source>
        <translation>Leads werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the leads</source>
        <translation>Die Leads konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} account</source>
        <translation>{count} Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} accounts</source>
        <translation>{count} Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading accounts…</source>
        <translation>Accounts werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the accounts</source>
        <translation>Die Accounts konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} company</source>
        <translation>{count} Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} companies</source>
        <translation>{count} Firmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading companies…</source>
        <translation>Firmen werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the companies</source>
        <translation>Die Firmen konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Search name, company, e-mail or phone  (Ctrl+F)</source>
        <translation>Name, Firma, E-Mail oder Telefon suchen  (Strg+F)</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rep</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{count} match for “{text}”</source>
        <translation>{count} Treffer für „{text}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} matches for “{text}”</source>
        <translation>{count} Treffer für „{text}“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (first {count} shown)</source>
        <translation> (die ersten {count} angezeigt)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Open card</source>
        <translation>Karte öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial {number}</source>
        <translation>{number} wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial (no number)</source>
        <translation>Wählen (keine Nummer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export list…</source>
        <translation>Liste exportieren…</translation>
    </message>
</context>
<context>
    <name>Dialing</name>
    <message>
        <location filename="../../app/views/dialing.py" line="+26"/>
        <source>No telephone line is set up for dialling: add a SIP line with your desk phone, or a modem, in Settings &gt; Telephony</source>
        <translation>Zum Wählen ist keine Telefonleitung eingerichtet: Fügen Sie unter Einstellungen &gt; Telefonie eine SIP-Leitung mit Ihrem Tischtelefon oder ein Modem hinzu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Do not call</source>
        <translation>Nicht anrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is marked “do not call”. Call anyway?</source>
        <translation>{name} ist als „nicht anrufen“ markiert. Trotzdem anrufen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dialling {number} … pick up your phone</source>
        <translation>{number} wird gewählt … bitte Hörer abnehmen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/views/errors.py" line="+49"/>
        <source>An unexpected error occurred ({error}). Details are in the log.</source>
        <extracomment>Tests set this to False: errors are logged, no modal dialog blocks the run. With dialogs off, what ``confirm`` answers (tests set it to say &quot;No&quot;).</extracomment>
        <translation>Ein unerwarteter Fehler ist aufgetreten ({error}). Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../app/views/list_export.py" line="+77"/>
        <source>any spreadsheet or mail merge; UTF-8</source>
        <translation>jede Tabellenkalkulation oder Serienbrief; UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel, LibreOffice, Numbers</source>
        <translation>Excel, LibreOffice, Numbers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>address books: Outlook, Google, phones</source>
        <translation>Adressbücher: Outlook, Google, Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCards</source>
        <translation>vCards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calendars: Outlook, Google, Apple</source>
        <translation>Kalender: Outlook, Google, Apple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>events</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a file name to export to</source>
        <translation>Wählen Sie einen Dateinamen für den Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder; add a file name</source>
        <translation>{path} ist ein Ordner; bitte einen Dateinamen ergänzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist</source>
        <translation>Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} is a file, not a folder</source>
        <translation>{folder} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ringcard may not write to the folder {folder}</source>
        <translation>Ringcard darf nicht in den Ordner {folder} schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write {path}: the folder {folder} does not exist</source>
        <translation>{path} konnte nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write {path}: permission denied (is the file open in another program, or the folder read-only?)</source>
        <translation>{path} konnte nicht geschrieben werden: Zugriff verweigert (ist die Datei in einem anderen Programm geöffnet oder der Ordner schreibgeschützt?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>in name order</source>
        <translation>nach Name sortiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in customer number order</source>
        <translation>nach Kundennummer sortiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in completeness order</source>
        <translation>nach Vollständigkeit sortiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in status order</source>
        <translation>nach Status sortiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in rating order</source>
        <translation>nach Bewertung sortiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in active order</source>
        <translation>nach Aktiv sortiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in call contact order</source>
        <translation>nach „Anrufen erlaubt“ sortiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{order}, descending</source>
        <translation>{order}, absteigend</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{count} company</source>
        <translation>{count} Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} companies</source>
        <translation>{count} Firmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} contact</source>
        <translation>{count} Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} contacts</source>
        <translation>{count} Kontakte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{list} — {counted} found by “{text}”</source>
        <translation>{list} — {counted} gefunden mit „{text}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{list} — every company of the list</source>
        <translation>{list} — alle Firmen der Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{list} — every contact of the list</source>
        <translation>{list} — alle Kontakte der Liste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The search’s hits as the list shows them; filtered by {filters}; {order}.</source>
        <translation>Die Treffer der Suche, wie die Liste sie zeigt; gefiltert nach {filters}; {order}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search’s hits as the list shows them; the whole list, no filters; {order}.</source>
        <translation>Die Treffer der Suche, wie die Liste sie zeigt; die ganze Liste, ohne Filter; {order}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtered by {filters}; {order}.</source>
        <translation>Gefiltert nach {filters}; {order}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole list, no filters; {order}.</source>
        <translation>Die ganze Liste, ohne Filter; {order}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Activity History of {name}</source>
        <translation>Aktivitätenverlauf von {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity History of {name} — {count} activity</source>
        <translation>Aktivitätenverlauf von {name} — {count} Aktivität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity History of {name} — {count} activities</source>
        <translation>Aktivitätenverlauf von {name} — {count} Aktivitäten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtered by {filters}.</source>
        <translation>Gefiltert nach {filters}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every activity, no filters.</source>
        <translation>Alle Aktivitäten, ohne Filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reps&apos; private notes are left out.</source>
        <translation>Private Notizen anderer Betreuer werden ausgelassen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Appointments and meetings of {name}</source>
        <translation>Termine und Besprechungen von {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every appointment and meeting, also those the contact attends; the tab&apos;s filters do not apply. Importing the file again updates the events instead of doubling them.</source>
        <translation>Alle Termine und Besprechungen, auch die, an denen der Kontakt teilnimmt; die Filter des Reiters gelten nicht. Ein erneuter Import der Datei aktualisiert die Termine, statt sie zu verdoppeln.</translation>
    </message>
</context>
<context>
    <name>SearchElsewhere</name>
    <message>
        <location filename="../../app/views/search_elsewhere.py" line="+45"/>
        <source>{amount} more in Customers</source>
        <translation>{amount} weitere in Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the customers for the same text</source>
        <translation>Die Kunden nach demselben Text durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} more in Potentials</source>
        <translation>{amount} weitere in Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the potentials for the same text</source>
        <translation>Die Interessenten nach demselben Text durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} more in Leads</source>
        <translation>{amount} weitere in Leads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the leads for the same text</source>
        <translation>Die Leads nach demselben Text durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} more in Accounts</source>
        <translation>{amount} weitere in Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the accounts for the same text</source>
        <translation>Die Accounts nach demselben Text durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} more in Companies</source>
        <translation>{amount} weitere in Firmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the companies for the same text</source>
        <translation>Die Firmen nach demselben Text durchsuchen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Also found:</source>
        <translation>Auch gefunden:</translation>
    </message>
</context>
<context>
    <name>SearchOptions</name>
    <message>
        <location filename="../../app/views/search_options.py" line="+28"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>More search options</source>
        <translation>Weitere Suchoptionen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rep</source>
        <translation>Betreuer</translation>
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
        <location line="+31"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>Telephony</name>
    <message>
        <location filename="../../app/views/telephony_runtime.py" line="+56"/>
        <source>SIP line “{name}” did not start: {reason}</source>
        <translation>SIP-Leitung „{name}“ ist nicht gestartet: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Modem {port}: its profile is not valid ({reason})</source>
        <translation>Modem {port}: Sein Profil ist ungültig ({reason})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no password: enter it in Settings &gt; Telephony</source>
        <translation>kein Passwort: Bitte unter Einstellungen &gt; Telefonie eingeben</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No telephone line is set up for dialling: add a SIP line with your desk phone, or a modem, in Settings &gt; Telephony</source>
        <translation>Zum Wählen ist keine Telefonleitung eingerichtet: Fügen Sie unter Einstellungen &gt; Telefonie eine SIP-Leitung mit Ihrem Tischtelefon oder ein Modem hinzu</translation>
    </message>
</context>
<context>
    <name>TelephonySettings</name>
    <message>
        <location filename="../../app/views/telephony_settings.py" line="+50"/>
        <source>As typed</source>
        <translation>Wie eingegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International (E.164)</source>
        <translation>International (E.164)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National, with the trunk prefix</source>
        <translation>National, mit Verkehrsausscheidungsziffer</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Telephony settings</source>
        <translation>Telefonie-Einstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Watch a SIP line for callers</source>
        <translation>Eine SIP-Leitung auf Anrufer überwachen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen here (the PBX sends calls to this computer)</source>
        <translation>Hier lauschen (die Telefonanlage schickt Anrufe an diesen Computer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register an account at a PBX</source>
        <translation>Ein Konto an einer Telefonanlage anmelden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sip:201@pbx.example.com  (for click-to-call)</source>
        <translation>sip:201@pbx.example.com  (für Click-to-Call)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use a caller-ID modem</source>
        <translation>Ein Modem mit Rufnummernanzeige verwenden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one AT command per line; A|B tries B when A fails
(empty: the profile&apos;s own)</source>
        <translation>ein AT-Befehl pro Zeile; A|B versucht B, wenn A fehlschlägt
(leer: die des Profils)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every call from an unknown number creates a new Lead</source>
        <translation>Jeder Anruf von einer unbekannten Nummer legt einen neuen Lead an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test the line</source>
        <translation>Leitung testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the SIP line or ask the modem (AT, ATI) as set here, and show what it answered</source>
        <translation>Die SIP-Leitung starten oder das Modem (AT, ATI) wie hier eingestellt fragen und zeigen, was es geantwortet hat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address / port</source>
        <translation>Adresse / Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX domain</source>
        <translation>Domäne der Telefonanlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your desk phone</source>
        <translation>Ihr Tischtelefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial numbers</source>
        <translation>Nummern wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country code / trunk prefix</source>
        <translation>Ländervorwahl / Verkehrsausscheidungsziffer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ringing has stopped after</source>
        <translation>Klingeln gilt als beendet nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Init commands</source>
        <translation>Initialisierungsbefehle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match the last digits</source>
        <translation>Letzte Ziffern vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home region (ISO code)</source>
        <translation>Heimatregion (ISO-Code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIP line</source>
        <translation>SIP-Leitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls (office)</source>
        <translation>Anrufe (Büro)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Testing the line…</source>
        <translation>Leitung wird getestet…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The office&apos;s call options could not be read: {reason}</source>
        <translation>Die Anrufoptionen des Büros konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unticked: the password is kept until Ringcard closes.</source>
        <translation>Nicht angehakt: Das Passwort wird bis zum Beenden von Ringcard aufbewahrt.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>An account needs the PBX domain and a user</source>
        <translation>Ein Konto braucht die Domäne der Telefonanlage und einen Benutzer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which serial port is the modem on?</source>
        <translation>An welchem seriellen Port hängt das Modem?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
</TS>
