<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Activities</name>
    <message>
        <location filename="../../app/services/activities/by_contact.py" line="+29"/>
        <location line="+8"/>
        <location filename="../../app/services/activities/edit.py" line="+167"/>
        <source>The note is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That note no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the author can edit a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A task needs a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/services/activities/core.py" line="+105"/>
        <location filename="../../app/services/activities/edit.py" line="+13"/>
        <source>Unknown status “{status}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An appointment needs a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/services/activities/edit.py" line="+8"/>
        <source>It ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/services/activities/edit.py" line="+23"/>
        <source>Contact {id} no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/services/activities/edit.py" line="+3"/>
        <source>There is no user “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../app/services/activities/edit.py" line="+35"/>
        <source>{name} (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/services/activities/edit.py" line="-59"/>
        <source>Incoming or outgoing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/services/activities/edit.py" line="+4"/>
        <source>Outcome is one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/services/activities/edit.py" line="-2"/>
        <source>A duration is between 0 seconds and a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/activities/core.py" line="-2"/>
        <location filename="../../app/services/activities/rules.py" line="+81"/>
        <source>Unknown activity type “{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction is “in” or “out”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A duration cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+212"/>
        <source>Contact {id} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-207"/>
        <location filename="../../app/services/activities/edit.py" line="-40"/>
        <source>There is no active user “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Some of these events were already moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/activities/edit.py" line="-43"/>
        <source>This is someone else&apos;s private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity belongs to another rep; only they or a manager can change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That activity no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{subject}” was changed{who} after you opened it. Open it again to see the new values; your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Give it a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A subject is at most 300 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That activity type is no longer available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{type}” is a kind of {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A {kind} is recorded, not set as a To-Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deadline is before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Priority is low, normal or high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown ticket status “{status}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only notes can be private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That contact no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A {kind} belongs to a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+153"/>
        <source>The type of a recorded activity cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/activities/meetings.py" line="+75"/>
        <source>“{subject}” is already a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a meeting appointment can be converted to a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{subject}” was cancelled; a cancelled appointment is not converted to a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was on the agenda?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/activities/messages.py" line="+115"/>
        <source>A record here is a live chat, a fax or an SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the fax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{number}” is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the text of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+29"/>
        <source>“{kind}” is not a live chat, fax or SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/activities/todos.py" line="+143"/>
        <source>A {kind} cannot be set as a To-Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the To-Do a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown To-Do source “{source}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{subject}” is not a To-Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{subject}” is already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{subject}” is already cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/activities/types.py" line="+48"/>
        <source>Give the type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A type name is at most 80 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a type “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown base type “{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+12"/>
        <source>That activity type no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Built-in types keep their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Built-in types cannot be retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityHistory</name>
    <message>
        <location filename="../../app/services/activities/history.py" line="+110"/>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min {seconds:02d} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ticket {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../../app/services/activities/rules.py" line="-44"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direct mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <location line="+33"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskDatabase</name>
    <message>
        <location filename="../../app/services/office/desk_database.py" line="+58"/>
        <source>Type the office database&apos;s address, such as postgresql://ringcard@server/office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An office database address starts with postgresql://, such as postgresql://ringcard@server/office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a database address: write it as postgresql://user@server/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address needs a server and a database name, such as postgresql://ringcard@server/office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not connect: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: PostgreSQL {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{path} holds contacts that are not demo contacts; it is left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Making %n demo contact(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Making %n demo activity(ies)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../app/services/office/first_run.py" line="+57"/>
        <location line="+92"/>
        <source>Your user no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>choose a country first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a phone number in {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A name has at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Initials have at most %n letters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initials are letters, such as MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the office&apos;s country: numbers typed without a country code belong to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A currency is a three-letter code such as GBP or EUR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../app/services/activities/types.py" line="-27"/>
        <location line="+9"/>
        <location line="+12"/>
        <source>the activity types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/alerts/settings.py" line="+130"/>
        <source>the alert settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/office/lists.py" line="+82"/>
        <source>the office lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/office/users.py" line="+146"/>
        <source>the office&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/policy.py" line="+76"/>
        <source>Only a manager can change {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <location filename="../../app/services/activities/rules.py" line="+3"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/services/validation.py" line="+41"/>
        <source>At most {limit:,} characters (this has {size:,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{address}” is not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{iban}” is not an IBAN (two letters, two check digits, then the account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{country}” is not a country that uses IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An IBAN from {country} has {expected} characters, this one has {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IBAN check digits do not match: a character is wrong or swapped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
