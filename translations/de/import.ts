<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../app/views/import_wizard/check_page.py" line="+68"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln neu</numerusform>
            <numerusform>%Ln neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln zu aktualisieren</numerusform>
            <numerusform>%Ln zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln duplicate(s) to skip</source>
        <translation>
            <numerusform>%Ln Dublette zu überspringen</numerusform>
            <numerusform>%Ln Dubletten zu überspringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln with problems</source>
        <translation>
            <numerusform>%Ln mit Problemen</numerusform>
            <numerusform>%Ln mit Problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) checked: {parts}.</source>
        <translation>
            <numerusform>%Ln Zeile geprüft: {parts}.</numerusform>
            <numerusform>%Ln Zeilen geprüft: {parts}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked and compared with the stored contacts. Nothing is stored yet.</source>
        <translation>Jede Zeile wird geprüft und mit den gespeicherten Kontakten verglichen. Noch wird nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip invalid rows and import the rest</source>
        <translation>&amp;Ungültige Zeilen überspringen und den Rest importieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../app/views/import_wizard/run_page.py" line="+118"/>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For all duplicates:</source>
        <translation>Für alle Dubletten:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Check cancelled: press “Check again” to check every row before importing.</source>
        <translation>Prüfung abgebrochen: Drücken Sie „Erneut prüfen“, um vor dem Import jede Zeile zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %Ln more (all of them are in the saved report)</source>
        <translation>
            <numerusform>… und %Ln weiteres (alle stehen im gespeicherten Bericht)</numerusform>
            <numerusform>… und %Ln weitere (alle stehen im gespeicherten Bericht)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Problems&lt;/b&gt;: {problems} in {rows}</source>
        <translation>&lt;b&gt;Probleme&lt;/b&gt;: {problems} in {rows}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Duplicates&lt;/b&gt;: 1 row matches a stored contact or an earlier row; choose what to do with it</source>
        <translation>&lt;b&gt;Dubletten&lt;/b&gt;: 1 Zeile passt zu einem gespeicherten Kontakt oder einer früheren Zeile; wählen Sie, was damit geschehen soll</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;Duplicates&lt;/b&gt;: %Ln rows match a stored contact or an earlier row; choose what to do with each</source>
        <translation>
            <numerusform>&lt;b&gt;Dubletten&lt;/b&gt;: %Ln Zeile passt zu einem gespeicherten Kontakt oder einer früheren Zeile; wählen Sie, was damit geschehen soll</numerusform>
            <numerusform>&lt;b&gt;Dubletten&lt;/b&gt;: %Ln Zeilen passen zu einem gespeicherten Kontakt oder einer früheren Zeile; wählen Sie für jede, was geschehen soll</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The check failed; the details are in the log.</source>
        <translation>Die Prüfung ist fehlgeschlagen; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>1 row has problems, so nothing would be imported: the import is all or nothing. Correct the file and check again, or tick “Skip invalid rows” to import the other {valid}.</source>
        <translation>1 Zeile hat Probleme, daher würde nichts importiert: Der Import gilt ganz oder gar nicht. Korrigieren Sie die Datei und prüfen Sie erneut, oder kreuzen Sie „Ungültige Zeilen überspringen“ an, um die übrigen {valid} zu importieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln rows have problems, so nothing would be imported: the import is all or nothing. Correct the file and check again, or tick “Skip invalid rows” to import the other {valid}.</source>
        <translation>
            <numerusform>%Ln Zeile hat Probleme, daher würde nichts importiert: Der Import gilt ganz oder gar nicht. Korrigieren Sie die Datei und prüfen Sie erneut, oder kreuzen Sie „Ungültige Zeilen überspringen“ an, um die übrigen {valid} zu importieren.</numerusform>
            <numerusform>%Ln Zeilen haben Probleme, daher würde nichts importiert: Der Import gilt ganz oder gar nicht. Korrigieren Sie die Datei und prüfen Sie erneut, oder kreuzen Sie „Ungültige Zeilen überspringen“ an, um die übrigen {valid} zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to import: every row has problems.</source>
        <translation>Nichts zu importieren: Jede Zeile hat Probleme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to import: every row is a duplicate set to Skip or has problems.</source>
        <translation>Nichts zu importieren: Jede Zeile ist eine Dublette mit „Überspringen“ oder hat Probleme.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/views/import_wizard/run_page.py" line="+101"/>
        <source>Saved: {file}</source>
        <translation>Gespeichert: {file}</translation>
    </message>
    <message>
        <location filename="../../app/views/import_wizard/file_page.py" line="+84"/>
        <source>Choose the file to import</source>
        <translation>Datei für den Import wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or text file, an Excel workbook (.xlsx) or vCard contacts (.vcf). Nothing is stored until the last step.</source>
        <translation>Eine CSV- oder Textdatei, eine Excel-Arbeitsmappe (.xlsx) oder vCard-Kontakte (.vcf). Bis zum letzten Schritt wird nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>If the column names look garbled or all fall in one column, choose another encoding or delimiter.</source>
        <translation>Wenn die Spaltennamen verstümmelt aussehen oder alle in einer Spalte landen, wählen Sie eine andere Kodierung oder ein anderes Trennzeichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;as:</source>
        <translation>Importieren &amp;als:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Ringcard found in the file</source>
        <translation>Was Ringcard in der Datei gefunden hat</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../app/views/import_wizard/wizard.py" line="+49"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Kontakte (*.csv *.txt *.xlsx *.vcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln data row(s) (under a header row)</source>
        <translation>
            <numerusform>%Ln Datenzeile (unter einer Kopfzeile)</numerusform>
            <numerusform>%Ln Datenzeilen (unter einer Kopfzeile)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: the file holds only its header row</source>
        <translation>keine: Die Datei enthält nur ihre Kopfzeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing to import: the file holds only its header row.</source>
        <translation>Es gibt nichts zu importieren: Die Datei enthält nur ihre Kopfzeile.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Cannot read the file: {error}</source>
        <translation>Die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{count}: {names} and %n more</source>
        <translation>
            <numerusform>{count}: {names} und %n weitere</numerusform>
            <numerusform>{count}: {names} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <location filename="../../app/views/import_wizard/mapping_model.py" line="+30"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import into</source>
        <translation>Importieren nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(column {number}, no name)</source>
        <translation>(Spalte {number}, ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../app/views/import_wizard/mapping_page.py" line="+53"/>
        <source>Ringcard guessed the fields from the column names: check them before going on.</source>
        <translation>Ringcard hat die Felder aus den Spaltennamen erraten: Prüfen Sie sie, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the Ringcard field each column of the file goes into. Below: the first rows as they will be stored.</source>
        <translation>Wählen Sie für jede Spalte der Datei das Ringcard-Feld. Darunter: die ersten Zeilen, wie sie gespeichert werden.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Using the saved mapping “{name}”.</source>
        <translation>Die gespeicherte Zuordnung „{name}“ wird verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Using the mapping file.</source>
        <translation>Die Zuordnungsdatei wird verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview: updating…</source>
        <translation>Vorschau: wird aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n mit Problemen</numerusform>
            <numerusform>%n mit Problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n Dublette</numerusform>
            <numerusform>%n Dubletten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Preview: the first %n rows as they will be stored ({counts})</source>
        <translation>
            <numerusform>Vorschau: die erste Zeile, wie sie gespeichert wird ({counts})</numerusform>
            <numerusform>Vorschau: die ersten %n Zeilen, wie sie gespeichert werden ({counts})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Preview: the first %n rows as they will be stored</source>
        <translation>
            <numerusform>Vorschau: die erste Zeile, wie sie gespeichert wird</numerusform>
            <numerusform>Vorschau: die ersten %n Zeilen, wie sie gespeichert werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The preview failed; the details are in the log.</source>
        <translation>Die Vorschau ist fehlgeschlagen; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview: none until the mapping is complete</source>
        <translation>Vorschau: keine, bis die Zuordnung vollständig ist</translation>
    </message>
    <message>
        <location filename="../../app/views/import_wizard/page_tools.py" line="+75"/>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing row {row} of {total}…</source>
        <translation>Zeile {row} von {total} wird importiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking row {row} of {total}…</source>
        <translation>Zeile {row} von {total} wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Importing… %Ln row(s) read</source>
        <translation>
            <numerusform>Import läuft… %Ln Zeile gelesen</numerusform>
            <numerusform>Import läuft… %Ln Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Checking… %Ln row(s) read</source>
        <translation>
            <numerusform>Prüfung läuft… %Ln Zeile gelesen</numerusform>
            <numerusform>Prüfung läuft… %Ln Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the import report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV report (*.csv)</source>
        <translation>CSV-Bericht (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} – import report.csv</source>
        <translation>{name} – Importbericht.csv</translation>
    </message>
    <message>
        <location filename="../../app/views/import_wizard/preview_model.py" line="+17"/>
        <location filename="../../app/views/import_wizard/report_models.py" line="+35"/>
        <location line="+8"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/views/import_wizard/state.py" line="+25"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+16"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../app/views/import_wizard/report_models.py" line="-8"/>
        <source>Matches</source>
        <translation>Passt zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>same {how}</source>
        <translation>{how} gleich</translation>
    </message>
    <message>
        <location filename="../../app/views/import_wizard/run_page.py" line="-185"/>
        <source>Nothing was written to the database.</source>
        <translation>Es wurde nichts in die Datenbank geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln new lead(s)</source>
        <translation>
            <numerusform>%Ln neuer Lead</numerusform>
            <numerusform>%Ln neue Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new potential(s)</source>
        <translation>
            <numerusform>%Ln neuer Interessent</numerusform>
            <numerusform>%Ln neue Interessenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new account(s)</source>
        <translation>
            <numerusform>%Ln neuer Account</numerusform>
            <numerusform>%Ln neue Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new company(ies)</source>
        <translation>
            <numerusform>%Ln neue Firma</numerusform>
            <numerusform>%Ln neue Firmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln neuer Kunde</numerusform>
            <numerusform>%Ln neue Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: 1 row has problems and the import is all or nothing.</source>
        <translation>Es wurde nichts importiert: 1 Zeile hat Probleme, und der Import gilt ganz oder gar nicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing was imported: %Ln rows have problems and the import is all or nothing.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %Ln Zeile hat Probleme, und der Import gilt ganz oder gar nicht.</numerusform>
            <numerusform>Es wurde nichts importiert: %Ln Zeilen haben Probleme, und der Import gilt ganz oder gar nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %Ln contact(s): {made}, {updated}.</source>
        <translation>
            <numerusform>%Ln Kontakt importiert: {made}, {updated}.</numerusform>
            <numerusform>%Ln Kontakte importiert: {made}, {updated}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln stored contact(s) updated</source>
        <translation>
            <numerusform>%Ln gespeicherter Kontakt aktualisiert</numerusform>
            <numerusform>%Ln gespeicherte Kontakte aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %Ln contact(s): {made}.</source>
        <translation>
            <numerusform>%Ln Kontakt importiert: {made}.</numerusform>
            <numerusform>%Ln Kontakte importiert: {made}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln Dublette</numerusform>
            <numerusform>%Ln Dubletten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln Zeile mit Problemen</numerusform>
            <numerusform>%Ln Zeilen mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: {what}.</source>
        <translation>Übersprungen: {what}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln waiting call(s) moved from the unmatched buffer to the contacts that now have their numbers.</source>
        <translation>
            <numerusform>%Ln wartender Anruf aus den nicht zugeordneten Anrufen zu dem Kontakt verschoben, der jetzt seine Nummer hat.</numerusform>
            <numerusform>%Ln wartende Anrufe aus den nicht zugeordneten Anrufen zu den Kontakten verschoben, die jetzt ihre Nummern haben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+42"/>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>All rows are written in one go: Cancel leaves the database as it was.</source>
        <translation>Alle Zeilen werden in einem Zug geschrieben: Abbrechen lässt die Datenbank, wie sie war.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import &amp;again</source>
        <translation>Erneut &amp;importieren</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+22"/>
        <source>The database is as it was before.</source>
        <translation>Die Datenbank ist wie zuvor.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contacts are in their lists now.</source>
        <translation>Die Kontakte stehen jetzt in ihren Listen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an unexpected error (the details are in the log)</source>
        <translation>ein unerwarteter Fehler (die Einzelheiten stehen im Protokoll)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import stopped</source>
        <translation>Import angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped: {reason}</source>
        <translation>Der Import wurde angehalten: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/import_wizard/saved_mappings.py" line="+37"/>
        <source>Ringcard mapping (*.json);;All files (*)</source>
        <translation>Ringcard-Zuordnung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Save mapping…</source>
        <extracomment>what the bar reads from its page: the file&apos;s column names and the current mapping</extracomment>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping file</source>
        <translation>Zuordnungsdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load from a file…</source>
        <translation>Aus Datei laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to a file…</source>
        <translation>In Datei speichern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved &amp;mappings:</source>
        <translation>Gespeicherte Zu&amp;ordnungen:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>— choose one —</source>
        <translation>— bitte wählen —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none saved yet</source>
        <translation>noch keine gespeichert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this mapping (e.g. “Outlook export”); the whole office can use it:</source>
        <translation>Name dieser Zuordnung (z. B. „Outlook-Export“); das ganze Büro kann sie verwenden:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete mapping</source>
        <translation>Zuordnung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved mapping “{name}” for the whole office?</source>
        <translation>Die gespeicherte Zuordnung „{name}“ für das ganze Büro löschen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load a mapping file</source>
        <translation>Zuordnungsdatei laden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the mapping to a file</source>
        <translation>Zuordnung in eine Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapping.json</source>
        <translation>zuordnung.json</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot use that file: {error}</source>
        <translation>Diese Datei ist nicht verwendbar: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/import_wizard/state.py" line="-4"/>
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
        <location line="+4"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV text</source>
        <translation>CSV-Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard contacts (.vcf)</source>
        <translation>vCard-Kontakte (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— don&apos;t import —</source>
        <translation>— nicht importieren —</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>row {row} of this file</source>
        <translation>Zeile {row} dieser Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contact #{id}</source>
        <translation>Kontakt Nr. {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an earlier row</source>
        <translation>einer früheren Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate of {match} (same {how})</source>
        <translation>Dublette von {match} ({how} gleich)</translation>
    </message>
    <message>
        <location filename="../../app/views/import_wizard/wizard.py" line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
</TS>
