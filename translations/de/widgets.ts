<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ActivityStatus</name>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="+27"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <location line="+10"/>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../app/views/widgets/choices.py" line="+12"/>
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
        <location line="+9"/>
        <source>Unassigned (help desk queue)</source>
        <translation>Nicht zugewiesen (Helpdesk-Warteschlange)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (me)</source>
        <translation>{name} (ich)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/views/widgets/fields.py" line="+159"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Remove this row</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row {number}</source>
        <translation>Zeile {number} entfernen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/views/widgets/forms.py" line="+70"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>MarketingStatus</name>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="+10"/>
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
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../app/views/widgets/tables.py" line="+29"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../app/views/widgets/tab_chooser.py" line="+38"/>
        <source>Tabs</source>
        <translation>Reiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every tab: not all of them fit here</source>
        <translation>Alle Reiter: nicht alle passen hier hin</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../app/views/widgets/overflow_bar.py" line="+35"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The actions that do not fit here</source>
        <translation>Die Aktionen, die hier keinen Platz haben</translation>
    </message>
</context>
</TS>
