<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ContactType</name>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="+10"/>
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
    <name>Tabs</name>
    <message>
        <location filename="../../app/views/widgets/tab_chooser.py" line="+38"/>
        <source>Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every tab: not all of them fit here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../app/views/widgets/overflow_bar.py" line="+34"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The actions that do not fit here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
