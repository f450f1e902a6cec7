<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/views/actions.py" line="+71"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts by name, company, e-mail or phone</source>
        <translation>Kontakte nach Name, Firma, E-Mail oder Telefon suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the list from the database</source>
        <translation>Die Liste neu aus der Datenbank laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;contact…</source>
        <translation>Neuer &amp;Kontakt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a person</source>
        <translation>Eine Person anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New c&amp;ompany…</source>
        <translation>Neue &amp;Firma…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a company</source>
        <translation>Eine Firma anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import leads, potentials, customers, accounts or companies from a CSV, Excel or vCard file</source>
        <translation>Leads, Interessenten, Kunden, Accounts oder Firmen aus einer CSV-, Excel- oder vCard-Datei importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export list…</source>
        <translation>Liste &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the list as shown (its filters and order) as CSV, Excel or vCard</source>
        <translation>Die Liste wie angezeigt (mit Filtern und Reihenfolge) als CSV, Excel oder vCard exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open card</source>
        <translation>Karte ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected contact&apos;s card (Enter)</source>
        <translation>Die Karte des gewählten Kontakts öffnen (Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activity types…</source>
        <translation>&amp;Aktivitätsarten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s own activity types and what they work like</source>
        <translation>Die eigenen Aktivitätsarten des Büros und wie sie funktionieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Office lists…</source>
        <translation>&amp;Büro-Listen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statuses, ratings, conversion stages and categories: add, rename, reorder, retire (managers)</source>
        <translation>Status, Bewertungen, Verkaufsphasen und Kategorien: hinzufügen, umbenennen, ordnen, stilllegen (Manager)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;lerts…</source>
        <translation>Benachrichtigu&amp;ngen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated activity alerts: service renewal, new customer, win-back and customer retention</source>
        <translation>Automatische Aktivitätsbenachrichtigungen: Vertragsverlängerung, Neukunden, Rückgewinnung und Kundenbindung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Telephony…</source>
        <translation>&amp;Telefonie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIP line, caller-ID modem and call options</source>
        <translation>SIP-Leitung, Modem mit Rufnummernanzeige und Anrufoptionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card in its own &amp;window</source>
        <translation>Karte in eigenem &amp;Fenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the contact card in a separate window instead of beside the list</source>
        <translation>Die Kontaktkarte in einem eigenen Fenster statt neben der Liste zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every shortcut of this window</source>
        <translation>Alle Tastenkürzel dieses Fensters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First-run wizard…</source>
        <translation>&amp;Einrichtungsassistent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, the office&apos;s country and currency, the database, a phone line, a demo office</source>
        <translation>Ihr Name, Land und Währung des Büros, die Datenbank, eine Telefonleitung, ein Demo-Büro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Ringcard</source>
        <translation>Ü&amp;ber Ringcard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave the demo office</source>
        <translation>Demo-Büro &amp;verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your own database</source>
        <translation>Zurück zu Ihrer eigenen Datenbank</translation>
    </message>
</context>
<context>
    <name>CallsMenu</name>
    <message>
        <location filename="../../app/views/calls/windows.py" line="+56"/>
        <source>Calls from numbers no single contact has: make a contact of the caller, or move the calls to one</source>
        <translation>Anrufe von Nummern, die keinem einzelnen Kontakt gehören: Legen Sie einen Kontakt für den Anrufer an oder verschieben Sie die Anrufe zu einem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recent calls…</source>
        <translation>&amp;Letzte Anrufe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The latest calls, matched and unmatched</source>
        <translation>Die letzten Anrufe, zugeordnet und nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Calls</source>
        <translation>A&amp;nrufe</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Unmatched calls…</source>
        <translation>&amp;Nicht zugeordnete Anrufe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unmatched calls ({count})…</source>
        <translation>&amp;Nicht zugeordnete Anrufe ({count})…</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../app/views/contact_list_empty.py" line="+26"/>
        <source>No customers yet.</source>
        <translation>Noch keine Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No potentials yet.</source>
        <translation>Noch keine Interessenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No leads yet.</source>
        <translation>Noch keine Leads.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No accounts yet.</source>
        <translation>Noch keine Accounts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No companies yet.</source>
        <translation>Noch keine Firmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>No contacts yet.</source>
        <translation>Noch keine Kontakte.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>New person…</source>
        <translation>Neue Person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New company…</source>
        <translation>Neue Firma…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No contacts match “{text}”.</source>
        <translation>Kein Kontakt passt zu „{text}“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contacts with {filters}.</source>
        <translation>Keine Kontakte mit {filters}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Try fewer letters, or the other lists above.</source>
        <translation>Versuchen Sie weniger Buchstaben oder die anderen Listen oben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the office&apos;s people and companies, or import them from a CSV, Excel or vCard file.</source>
        <translation>Legen Sie die Personen und Firmen des Büros an oder importieren Sie sie aus einer CSV-, Excel- oder vCard-Datei.</translation>
    </message>
</context>
<context>
    <name>ContactLists</name>
    <message>
        <location filename="../../app/views/actions.py" line="-92"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all customers</source>
        <translation>Alle Kunden zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potentials</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>potential</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>potentials</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all potentials</source>
        <translation>Alle Interessenten zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all leads</source>
        <translation>Alle Leads zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all accounts</source>
        <translation>Alle Accounts zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all companies</source>
        <translation>Alle Firmen zeigen</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../app/views/first_run/country_names.py" line="+9"/>
        <source>Ascension Island</source>
        <translation>Ascension Island</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antigua and Barbuda</source>
        <translation>Antigua und Barbuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Albanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Armenien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentina</source>
        <translation>Argentinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>American Samoa</source>
        <translation>Amerikanisch-Samoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åland Islands</source>
        <translation>Aaland-Inseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Aserbaidschan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnien und Herzegowina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bangladesh</source>
        <translation>Bangladesch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Barthélemy</source>
        <translation>Saint Barthélemy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Bolivien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Sint Eustatius und Saba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cocos Islands</source>
        <translation>Kokos-Inseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Democratic Republic Of Congo</source>
        <translation>Demokratische Republik Kongo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>Zentralafrikanische Republik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>Kongo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>Elfenbeinküste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cook Islands</source>
        <translation>Cook-Inseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Kolumbien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cape Verde</source>
        <translation>Kap Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Island</source>
        <translation>Weihnachtsinsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech Republic</source>
        <translation>Tschechische Republik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti</source>
        <translation>Dschibuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>Dominikanische Republik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Algerien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Ägypten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western Sahara</source>
        <translation>Westsahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopia</source>
        <translation>Äthiopien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Fidschi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falkland Islands</source>
        <translation>Falkland-Inseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia</source>
        <translation>Mikronesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faroe Islands</source>
        <translation>Färöer-Inseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gabon</source>
        <translation>Gabun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Georgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Französisch-Guayana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greenland</source>
        <translation>Grönland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Äquatorial-Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Hongkong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isle Of Man</source>
        <translation>Isle of Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Indian Ocean Territory</source>
        <translation>Britische Territorien im Indischen Ozean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>Jamaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordan</source>
        <translation>Jordanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>Kirgistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Kambodscha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Komoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Kitts And Nevis</source>
        <translation>Saint Kitts und Nevis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>Nordkorea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cayman Islands</source>
        <translation>Kaiman-Inseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Kasachstan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanon</source>
        <translation>Libanon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Lucia</source>
        <translation>St. Lucia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Libyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldova</source>
        <translation>Moldau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Martin</source>
        <translation>St. Martin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>Madagaskar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marshall Islands</source>
        <translation>Marshall-Inseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macedonia</source>
        <translation>Mazedonien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Mongolei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Northern Mariana Islands</source>
        <translation>Nördliche Mariannen-Inseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauretanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Maldiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Mosambik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Neukaledonien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norfolk Island</source>
        <translation>Norfolk-Insel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Polynesia</source>
        <translation>Französisch-Polynesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Papua-Neuguinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines</source>
        <translation>Philippinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Pierre And Miquelon</source>
        <translation>St. Pierre und Miquelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palestine</source>
        <translation>Palästina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reunion</source>
        <translation>Reunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Russland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands</source>
        <translation>Solomon-Inseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Seychellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Helena</source>
        <translation>St. Helena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svalbard And Jan Mayen</source>
        <translation>Svalbard und Jan Mayen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Südsudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome And Principe</source>
        <translation>Sao Tome und Principe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Sint Maarten (Niederländischer Teil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Syrien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swaziland</source>
        <translation>Swasiland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tristan da Cunha</source>
        <translation>Tristan da Cunha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turks And Caicos Islands</source>
        <translation>Turks- und Caicos-Inseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Tschad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Tadschikistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad und Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>Tansania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Vereinigte Staaten von Amerika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Usbekistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatican</source>
        <translation>Vatikanstadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent And The Grenadines</source>
        <translation>St. Vincent und die Grenadinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Virgin Islands</source>
        <translation>Britische Jungferninseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U.S. Virgin Islands</source>
        <translation>Amerikanische Jungferninseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallis And Futuna</source>
        <translation>Wallis und Futuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambia</source>
        <translation>Sambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Simbabwe</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/views/crash_dialog.py" line="+21"/>
        <source>Log file: {path}</source>
        <translation>Protokolldatei: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ringcard: unexpected error</source>
        <translation>Ringcard: unerwarteter Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The details are in the log file:
{path}

Copy the details into a message to whoever looks after Ringcard.</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei:
{path}

Kopieren Sie die Einzelheiten in eine Nachricht an die Person, die Ringcard betreut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>Einzelheiten kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy log path</source>
        <translation>Protokollpfad kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../app/views/first_run/desk_pages.py" line="+61"/>
        <source>The database</source>
        <translation>Die Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where this desk keeps the contacts and activities.</source>
        <translation>Wo dieser Arbeitsplatz die Kontakte und Aktivitäten speichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This desk alone</source>
        <translation>Nur dieser Arbeitsplatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our office database (PostgreSQL)</source>
        <translation>Die Datenbank unseres Büros (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the password out of the address: PostgreSQL takes it from ~/.pgpass or PGPASSWORD. The window reopens on the database you choose when you finish.</source>
        <translation>Lassen Sie das Passwort aus der Adresse weg: PostgreSQL liest es aus ~/.pgpass oder PGPASSWORD. Das Fenster öffnet sich beim Fertigstellen mit der gewählten Datenbank neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RINGCARD_DATABASE_URL is set on this computer: it decides the database at each start, whatever is chosen here.</source>
        <translation>RINGCARD_DATABASE_URL ist auf diesem Computer gesetzt: Sie bestimmt bei jedem Start die Datenbank, egal was hier gewählt wird.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A phone line</source>
        <translation>Eine Telefonleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ringcard shows who is calling and writes the call log from a SIP line or a caller-ID modem.</source>
        <translation>Ringcard zeigt, wer anruft, und führt die Anrufliste über eine SIP-Leitung oder ein Modem mit Rufnummernanzeige.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No phone line</source>
        <translation>Keine Telefonleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SIP line</source>
        <translation>Eine SIP-Leitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A caller-ID modem</source>
        <translation>Ein Modem mit Rufnummernanzeige</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen here (the PBX sends calls to this computer)</source>
        <translation>Hier empfangen (die Anlage schickt Anrufe hierher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register an account at a PBX</source>
        <translation>Ein Konto an einer Telefonanlage anmelden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>PBX domain</source>
        <translation>Domain der Telefonanlage</translation>
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
        <location line="+20"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the line</source>
        <translation>Leitung testen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>More options (dialling, init commands, call options) are in Settings &gt; Telephony.</source>
        <translation>Weitere Optionen (Wählen, Init-Befehle, Anrufoptionen) finden Sie unter Einstellungen &gt; Telefonie.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Testing the line…</source>
        <translation>Leitung wird getestet…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An account needs the PBX domain and a user</source>
        <translation>Ein Konto braucht die Domain der Telefonanlage und einen Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which serial port is the modem on?</source>
        <translation>An welcher seriellen Schnittstelle hängt das Modem?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begin with your own contacts, or look around a small demo office first.</source>
        <translation>Beginnen Sie mit Ihren eigenen Kontakten oder sehen Sie sich zuerst ein kleines Demo-Büro an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a small demo office into a separate demo database</source>
        <translation>Ein kleines Demo-Büro in eine eigene Demo-Datenbank laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo office is its own file ({path}): your database never receives demo rows. File &gt; Leave the demo office goes back.</source>
        <translation>Das Demo-Büro ist eine eigene Datei ({path}): In Ihre Datenbank gelangen nie Demo-Daten. Datei &gt; Demo-Büro verlassen führt zurück.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Go on with the %n contact(s) in this database</source>
        <translation>
            <numerusform>Mit dem %n Kontakt in dieser Datenbank weitermachen</numerusform>
            <numerusform>Mit den %n Kontakten in dieser Datenbank weitermachen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the demo office (back to your own database)</source>
        <translation>Demo-Büro verlassen (zurück zu Ihrer eigenen Datenbank)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay in the demo office</source>
        <translation>Im Demo-Büro bleiben</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/office_pages.py" line="+37"/>
        <source>Who you are</source>
        <translation>Wer Sie sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name and initials show on the activities, notes and To-Dos you write.</source>
        <translation>Ihr Name und Ihre Initialen stehen bei den Aktivitäten, Notizen und Aufgaben, die Sie anlegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mary Watson</source>
        <translation>Maria Weber</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The office&apos;s country</source>
        <translation>Das Land des Büros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers typed without a country code belong to this country.</source>
        <translation>Telefonnummern ohne Ländervorwahl gehören zu diesem Land.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search countries</source>
        <translation>Länder suchen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A number typed as</source>
        <translation>Eine Nummer, eingegeben als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>becomes</source>
        <translation>wird zu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a manager can change the office&apos;s country; this is the office&apos;s choice.</source>
        <translation>Nur ein Manager kann das Land des Büros ändern; dies ist die Wahl des Büros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The office has not chosen its country yet: a manager chooses it (Help &gt; First-run wizard).</source>
        <translation>Das Büro hat sein Land noch nicht gewählt: Ein Manager wählt es (Hilfe &gt; Einrichtungsassistent).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This computer&apos;s language settings name no country: choose the office&apos;s country.</source>
        <translation>Die Spracheinstellungen dieses Computers nennen kein Land: Wählen Sie das Land des Büros.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The currency the office&apos;s prices and invoices are in.</source>
        <translation>Die Währung der Preise und Rechnungen des Büros.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only a manager can change the office&apos;s currency.</source>
        <translation>Nur ein Manager kann die Währung des Büros ändern.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/switching.py" line="+34"/>
        <source>Opening {database}…</source>
        <translation>{database} wird geöffnet…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database did not open</source>
        <translation>Die Datenbank hat sich nicht geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ringcard could not open the database: {reason}. It is this desk&apos;s setting now and is tried again at the next start.</source>
        <translation>Ringcard konnte die Datenbank nicht öffnen: {reason}. Sie ist jetzt die Einstellung dieses Arbeitsplatzes und wird beim nächsten Start erneut versucht.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/wizard.py" line="+92"/>
        <source>Welcome to Ringcard</source>
        <translation>Willkommen bei Ringcard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your details could not be read: {reason}</source>
        <translation>Ihre Angaben konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Making the demo office…</source>
        <translation>Demo-Büro wird angelegt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/views/help_dialogs.py" line="+59"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>About Ringcard</source>
        <translation>Über Ringcard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A desktop CRM that knows who is calling.</source>
        <translation>Ein Desktop-CRM, das weiß, wer anruft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings folder</source>
        <translation>Einstellungsordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../../app/views/home/page.py" line="+165"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the dashboard now (it reloads every minute)</source>
        <translation>Die Übersicht jetzt neu laden (sie lädt sich jede Minute neu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities for Last 30 Days</source>
        <translation>Aktivitäten der letzten 30 Tage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Recent Calls</source>
        <translation>Meine letzten Anrufe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls from numbers no single contact has yet: open them to make a contact of the caller or move the calls to one</source>
        <translation>Anrufe von Nummern, die noch keinem einzelnen Kontakt gehören: Öffnen Sie sie, um einen Kontakt für den Anrufer anzulegen oder die Anrufe zu einem zu verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My To-Dos</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Tickets</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No calls yet. Calls on your phone line show here (Settings &gt; Telephony).</source>
        <translation>Noch keine Anrufe. Anrufe auf Ihrer Telefonleitung erscheinen hier (Einstellungen &gt; Telefonie).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No To-Dos for you. Add them on a contact&apos;s card; the alerts add some too.</source>
        <translation>Keine Aufgaben für Sie. Legen Sie sie auf der Karte eines Kontakts an; auch die Benachrichtigungen legen welche an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing overdue.</source>
        <translation>Nichts überfällig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open tickets.</source>
        <translation>Keine offenen Tickets.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Could not load the dashboard</source>
        <translation>Die Übersicht konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activities for Last 30 Days  ({first} – {last})</source>
        <translation>Aktivitäten der letzten 30 Tage  ({first} – {last})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My To-Dos ({count})</source>
        <translation>Meine Aufgaben ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue ({count})</source>
        <translation>Überfällig ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Tickets: {count}  (newest {shown})</source>
        <translation>Offene Tickets: {count}  (die neuesten {shown})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Tickets: {count}</source>
        <translation>Offene Tickets: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated {time}</source>
        <translation>Aktualisiert {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n unmatched call(s)</source>
        <translation>
            <numerusform>%n nicht zugeordneter Anruf</numerusform>
            <numerusform>%n nicht zugeordnete Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark “{subject}” done</source>
        <translation>„{subject}“ als erledigt markieren</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open activity</source>
        <translation>Aktivität öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <location filename="../../app/views/home/models.py" line="+23"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
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
        <location line="+18"/>
        <source>{who} (manager)</source>
        <translation>{who} (Manager)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+58"/>
        <location line="+12"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Past its deadline</source>
        <translation>Frist überschritten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Activity type</source>
        <translation>Aktivitätsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing
customers</source>
        <translation>Bestands-
kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New
customers</source>
        <translation>Neu-
kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../app/views/language_menu.py" line="+31"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The language could not be saved: {error}</source>
        <translation>Die Sprache konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ringcard shows the new language when it starts again.</source>
        <translation>Ringcard zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>LineStatus</name>
    <message>
        <location filename="../../app/views/line_state.py" line="+43"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registering</source>
        <translation>meldet sich an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listening</source>
        <translation>empfangsbereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/help_menu.py" line="+24"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="+80"/>
        <source>Ringcard — {user}</source>
        <translation>Ringcard — {user}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help desk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ringcard — {user} — demo office</source>
        <translation>Ringcard — {user} — Demo-Büro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The help desk is not available in this version.</source>
        <translation>Der Helpdesk ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Activities cannot be opened in this version</source>
        <translation>Aktivitäten können in dieser Version nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Calls not written yet</source>
        <translation>Noch nicht gespeicherte Anrufe</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n call(s) could not be written to the database before closing. They are kept in {folder} and will be written the next time Ringcard starts.</source>
        <translation>
            <numerusform>%n Anruf konnte vor dem Schließen nicht in die Datenbank geschrieben werden. Er wird in {folder} aufbewahrt und beim nächsten Start von Ringcard geschrieben.</numerusform>
            <numerusform>%n Anrufe konnten vor dem Schließen nicht in die Datenbank geschrieben werden. Sie werden in {folder} aufbewahrt und beim nächsten Start von Ringcard geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentCalls</name>
    <message>
        <location filename="../../app/views/calls/recent_view.py" line="+36"/>
        <source>Withheld number (unmatched)</source>
        <translation>Unterdrückte Nummer (nicht zugeordnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several contacts (unmatched)</source>
        <translation>Mehrere Kontakte (nicht zugeordnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmatched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: {name}</source>
        <translation>{label}: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recent calls</source>
        <translation>Letzte Anrufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a call to open the contact, or its entry in the unmatched calls</source>
        <translation>Doppelklicken Sie auf einen Anruf, um den Kontakt oder seinen Eintrag bei den nicht zugeordneten Anrufen zu öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Öffnen</translation>
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
    <message numerus="yes">
        <location line="+45"/>
        <source>the latest %n call(s)</source>
        <translation>
            <numerusform>der letzte Anruf</numerusform>
            <numerusform>die letzten %n Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No calls yet</source>
        <translation>Noch keine Anrufe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The calls could not be read: {why}</source>
        <translation>Die Anrufe konnten nicht gelesen werden: {why}</translation>
    </message>
</context>
<context>
    <name>RegionNotice</name>
    <message>
        <location filename="../../app/views/region_notice.py" line="+30"/>
        <source>Numbers without a country code are read as US numbers: &lt;a href=&quot;choose&quot;&gt;choose the office&apos;s country…&lt;/a&gt;</source>
        <translation>Nummern ohne Ländervorwahl werden als US-Nummern gelesen: &lt;a href=&quot;choose&quot;&gt;Land des Büros wählen…&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody has chosen the office&apos;s country yet and the system&apos;s language settings name none. Help &gt; First-run wizard chooses it.</source>
        <translation>Noch hat niemand das Land des Büros gewählt, und die Spracheinstellungen des Systems nennen keines. Hilfe &gt; Einrichtungsassistent wählt es.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../app/views/reminders/popup.py" line="+45"/>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due today, {time}</source>
        <translation>Fällig heute, {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due tomorrow, {time}</source>
        <translation>Fällig morgen, {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due yesterday, {time}</source>
        <translation>Fällig gestern, {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due {date}, {time}</source>
        <translation>Fällig am {date}, {time}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>To-Do</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} overdue</source>
        <translation>{kind} überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New alert task</source>
        <translation>Neue Benachrichtigungsaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} due soon</source>
        <translation>{kind} bald fällig</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this To-Do</source>
        <translation>Diese Aufgabe öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze</source>
        <translation>Erneut erinnern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No more reminders of this To-Do</source>
        <translation>Keine weiteren Erinnerungen an diese Aufgabe</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Open My To-Dos</source>
        <translation>Meine Aufgaben öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show My To-Dos on the Home page; these reminders do not pop up one by one afterwards</source>
        <translation>Meine Aufgaben auf der Startseite zeigen; diese Erinnerungen erscheinen danach nicht mehr einzeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss all</source>
        <translation>Alle verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No more reminders of these To-Dos (they stay on My To-Dos)</source>
        <translation>Keine weiteren Erinnerungen an diese Aufgaben (sie bleiben unter Meine Aufgaben)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New alert tasks</source>
        <translation>Neue Benachrichtigungsaufgaben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new alert task(s) for today: open My To-Dos to work through them.</source>
        <translation>
            <numerusform>%n neue Benachrichtigungsaufgabe für heute: Öffnen Sie Meine Aufgaben, um sie abzuarbeiten.</numerusform>
            <numerusform>%n neue Benachrichtigungsaufgaben für heute: Öffnen Sie Meine Aufgaben, um sie abzuarbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To-Dos due</source>
        <translation>Fällige Aufgaben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n more To-Do(s) due or overdue: they show here as you deal with these, or open My To-Dos.</source>
        <translation>
            <numerusform>%n weitere Aufgabe fällig oder überfällig: Sie erscheint hier, sobald Sie diese erledigt haben, oder öffnen Sie Meine Aufgaben.</numerusform>
            <numerusform>%n weitere Aufgaben fällig oder überfällig: Sie erscheinen hier, sobald Sie diese erledigt haben, oder öffnen Sie Meine Aufgaben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n To-Do(s) due or overdue: open My To-Dos to see them.</source>
        <translation>
            <numerusform>%n Aufgabe fällig oder überfällig: Öffnen Sie Meine Aufgaben, um sie zu sehen.</numerusform>
            <numerusform>%n Aufgaben fällig oder überfällig: Öffnen Sie Meine Aufgaben, um sie zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/reminders/scheduler.py" line="+136"/>
        <source>The activity alerts could not run</source>
        <translation>Die Aktivitätsbenachrichtigungen konnten nicht laufen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reminders could not be read</source>
        <translation>Die Erinnerungen konnten nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The reminder could not be saved</source>
        <translation>Die Erinnerung konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>SessionStart</name>
    <message>
        <location filename="../../app/views/session_start.py" line="+20"/>
        <source>Start with my &amp;session</source>
        <translation>Beim Anmel&amp;den starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Ringcard when you log in, so calls are recognised from the first ring</source>
        <translation>Ringcard beim Anmelden öffnen, damit Anrufe ab dem ersten Klingeln erkannt werden</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/views/display.py" line="+27"/>
        <source>no display found: run it in a desktop session, or `ringcard --smoke` to check the install</source>
        <extracomment>The exit status of a start without a display (as for other usage errors).</extracomment>
        <translation>keine Anzeige gefunden: Starten Sie es in einer Desktop-Sitzung oder prüfen Sie die Installation mit `ringcard --smoke`</translation>
    </message>
    <message>
        <location filename="../../app/views/single_instance.py" line="+171"/>
        <source>Ringcard is already running on this database: its window was brought forward.</source>
        <extracomment>A probe that fails this way proves nobody listens: the socket file is stale.</extracomment>
        <translation>Ringcard läuft bereits mit dieser Datenbank: Sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <location filename="../../app/views/app.py" line="+50"/>
        <source>Ringcard: unknown user</source>
        <translation>Ringcard: unbekannter Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ringcard cannot start: {reason}.

Start it with --user and one of these names, or ask a manager to add you (ringcard users add).</source>
        <translation>Ringcard kann nicht starten: {reason}.

Starten Sie es mit --user und einem dieser Namen, oder bitten Sie einen Manager, Sie hinzuzufügen (ringcard users add).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../app/views/line_state.py" line="-14"/>
        <source>Call log</source>
        <translation>Anrufprotokoll</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Phone line ready</source>
        <translation>Telefonleitung bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone line down</source>
        <translation>Telefonleitung getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone line connecting…</source>
        <translation>Telefonleitung wird verbunden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone line set up (Settings &gt; Telephony)</source>
        <translation>Keine Telefonleitung eingerichtet (Einstellungen &gt; Telefonie)</translation>
    </message>
    <message>
        <location filename="../../app/views/tray.py" line="+44"/>
        <source>Withheld number</source>
        <translation>Unterdrückte Nummer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recent calls</source>
        <translation>Letzte Anrufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unmatched calls…</source>
        <translation>Nicht zugeordnete Anrufe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Ringcard — {state}</source>
        <translation>Ringcard — {state}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No calls yet</source>
        <translation>Noch keine Anrufe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No caller-ID source configured</source>
        <translation>Keine Quelle für die Rufnummernanzeige eingerichtet</translation>
    </message>
</context>
</TS>
