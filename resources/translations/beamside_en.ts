<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AcceptanceSpecs</name>
    <message>
        <source>Only a service manager may enter a model&apos;s acceptance specification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item&apos;s limit is not taken from the model&apos;s ATP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the specification as a number, e.g. 2 (in the item&apos;s unit) or 1% (of the nominal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item cannot take that value (e.g. a percent without a nominal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the ATP document the value comes from (number, revision and clause).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No example specification ships for this checklist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcceptanceSpecsDialog</name>
    <message>
        <source>Acceptance specification — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance tests judge a unit by its model&apos;s specification, not by TG-142 constancy limits. Enter each value from the contract&apos;s acceptance test procedure (ATP) with the document it comes from; an acceptance run cannot start while a value is missing. The general value is the standard&apos;s (IEC 60976 / GB 15213), shown for comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATP document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1 (in the item&apos;s unit) or 1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ATP-TB-001 Rev C §4.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the value back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the shipped &amp;example…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the items without a value with the shipped template&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a service manager may enter a model&apos;s acceptance specification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acceptance checklist of this model takes an ATP value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values still to enter: acceptance runs cannot start yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value entered: acceptance runs can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the shipped example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shipped example&apos;s values for the %1 item(s) without a value? Check each against the contract&apos;s ATP before the acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcceptanceTestDialog</name>
    <message>
        <source>Record acceptance-level test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced, awaiting acceptance-level testing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which tests were done, and where their report is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physicist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPartDialog</name>
    <message>
        <source>Part used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a part that is not in the catalogue yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number of the part taken out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number of the part fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker of the part fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model or specification on its label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot or batch, when it has no serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model / specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUnitsDialog</name>
    <message>
        <source>Add units to the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — does not qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for units whose version is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &amp;found on them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Customer&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consents to the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and position, e.g. 张主任 (设备处)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here (optional when answered by phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a &amp;refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess an engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-H2, 2026-Q3 or 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period is written like 2026-H2, 2026-Q3 or 2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>This file is larger than %1 MB, the limit for one attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be stored in the data folder (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>No photos or files yet. Drop them here or add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo or file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Storing %n file(s)…</source>
        <translation>
            <numerusform>Storing %n file…</numerusform>
            <numerusform>Storing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add photos or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*);;Photos (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This work order was deleted meanwhile; nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be attached:</source>
        <translation>
            <numerusform>%n file could not be attached:</numerusform>
            <numerusform>%n files could not be attached:</numerusform>
        </translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n attachment(s)?</source>
        <translation>
            <numerusform>Remove %n attachment?</numerusform>
            <numerusform>Remove %n attachments?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutosavingPanel</name>
    <message>
        <source>What you typed is kept and saved once it is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwaitedParts</name>
    <message>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, expected %2 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwaitingPartsDialog</name>
    <message>
        <source>Awaiting parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the catalogue? Write what the part is; it is kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PO-2026-0412</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTexts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup %1 was made %2 (%3 ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its work orders cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It holds %n work order(s).</source>
        <translation>
            <numerusform>It holds %n work order.</numerusform>
            <numerusform>It holds %n work orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file can no longer be read to count its work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The damaged file holds %n work order(s).</source>
        <translation>
            <numerusform>The damaged file holds %n work order.</numerusform>
            <numerusform>The damaged file holds %n work orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It lacks %n work order(s) of the current database: %1.</source>
        <translation>
            <numerusform>It lacks %n work order of the current database: %1.</numerusform>
            <numerusform>It lacks %n work orders of the current database: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds every work order of the current database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It lacks %n signature(s) of the current database.</source>
        <translation>
            <numerusform>It lacks %n signature of the current database.</numerusform>
            <numerusform>It lacks %n signatures of the current database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes made after the backup come back from the server only if they were synced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is made when Beamside starts and the newest is more than a day old, and when it closes after changes. Kept: the last copy of each of the last 7 days, and the last 5 copies made before a database upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <source>Set baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export signed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each report&apos;s own language (as last exported, else 中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signed report(s) since this date</source>
        <translation>
            <numerusform>%n signed report since this date</numerusform>
            <numerusform>%n signed reports since this date</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) exported to %1.</source>
        <translation>
            <numerusform>%n report exported to %1.</numerusform>
            <numerusform>%n reports exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports were signed since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) could not be exported:</source>
        <translation>
            <numerusform>%n report could not be exported:</numerusform>
            <numerusform>%n reports could not be exported:</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Budget amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last saved edit (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — approved by %2 on %3. Finance approved these amounts, so they are not changed here: draft a new budget for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — draft. Type an amount in yuan into a month; it is saved at once. Undo takes the last edits back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — only finance and the service manager change budgets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s) · budget total %2 ¥</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule… (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ conflict: the engineer is at another hospital that day · ✓ work order issued · ◆ work order booked outside the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visits and %2 booked work orders shown, %3 in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work order %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked outside the plan: reschedule its work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hospitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Hotline call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hotline call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty while the question is being researched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open question with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;repair work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no particular unit —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint was opened from this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New upgrade campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up to version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software c&amp;omponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it &amp;changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1 on %2. This laptop and your other laptops stay logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; not a common password, a word or your user name. A few unrelated words make a good one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one the next time you log in; this laptop and your other laptops stay logged in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Quality assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrical safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, e.g. 1.5, 1,5 or -0.8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong unit: this item is measured in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no unit: enter the number alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter pass or fail (p / f), or n/a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of this item&apos;s answers: type its number (1–%1) or its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your verdict: pass, warning or fail (p / w / f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist template is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the machine class for this checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist has no such machine class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist has no such item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist run is completed; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This work order is closed; its checklists are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not entered yet: enter a value, or n/a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of tolerance: add a comment saying what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template is not made for this unit: say why it is used anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is measured per beam: enter a value on each beam&apos;s row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the unit&apos;s treatment class: say why the run uses another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline for this item on this unit yet: set it (at acceptance or after recalibration) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is judged by its limits: enter its value, not a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is judged per beam: give your verdict on each beam&apos;s row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the measured value first, then your verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not measured per beam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit has no such beam for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline for %1 yet: set it (at acceptance or after recalibration) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baseline must be a number other than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not judged from a baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s model lacks values of its acceptance specification (from the contract&apos;s ATP). Missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service manager enters them on the unit&apos;s page: Acceptance specification….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistBeams</name>
    <message>
        <source>Baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline %1 (%2, %3 · %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit: your verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (Δ %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistRunTableModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   ·   Instruments: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to choose the test instruments used for this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model specification (ATP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ To be confirmed against the published standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (action %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass / fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 beams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistRunWidget</name>
    <message>
        <source>Complete run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instruments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the test instruments used for the current row&apos;s section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;baseline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the current beam&apos;s baseline (at acceptance or after recalibration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not made for this unit, used because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the unit&apos;s treatment class, used because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Passed: %1   ⚠ Warnings: %2   ✘ Failures: %3   — Pending: %4   ○ N/A: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 — %2. No limit in the standard: give your verdict against the baseline (p / w / f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 — %2. Out of tolerance: add a comment before completing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run completed; it is now read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run cannot be completed yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistsPanel</name>
    <message>
        <source>Start a checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of this item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photos or files to the checklist item selected on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a checklist, or choose one on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1  ⚠ %2  ✘ %3  — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item with a value entered first; photos belong to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildRecordList</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 is read-only: the database is sound, but this command records what it writes in it. Make the folder writable, or copy it to a writable place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no database at %1 to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read here (%2); it was not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; give a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: there is no folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sound, so it was not replaced: restore-backup replaces only a damaged database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To replace the database with it all the same: restore-backup --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced file is kept beside it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read here (%2); it may be sound, so it was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows refused: nothing imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows checked: all would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parts imported, %2 opening stock movements.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>Only the service manager may change the company profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company&apos;s name in Chinese or in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an image Beamside can read (PNG, JPEG, BMP or GIF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image file is larger than 10 MB; choose a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image stays larger than 256 KB even when scaled down; use a simpler picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <source>Company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in every report&apos;s letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped on signed certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company profile yet: reports, certificates and signatures name no organisation until it is entered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports print these details in their own language; the profile reaches every laptop with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the service manager may change the company profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;losing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint is about the device (ISO 13485 §8.2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority or manufacturer reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly a reportable adverse event?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the &amp;complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer is still not satisfied with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer told by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintExport</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaint(s) written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>&amp;New complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTableModel</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Medical physicist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Service contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-caused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2027-10-01 0 National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the hospital&apos;s physicist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. medical physicist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM visits a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site within (down machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guaranteed uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime counted over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical hours per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the clinical release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the capacity of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception line %1: write YYYY-MM-DD, hours (0-24), a note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Only contracts ending within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contracts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contracts end within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contracts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>Only finance approves a budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This budget is already approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved budget is not changed: draft a new one for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finance and the service manager keep budgets and rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You enter costs only on work orders you are assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not enter costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hourly rate must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour and parts come from the job&apos;s records; they are not entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month must be from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget amount must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget amount is in yuan with at most two decimals (fen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget amount above 10,000,000,000 yuan is surely a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount in yuan, such as 12500 or 980.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By project and department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no budget for %1: draft one on the Costs page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of budget against actual written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Year </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By project and department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date, summed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole year, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole year, summed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit amounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineers&apos; rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget for this year yet: draft one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft by %1, awaiting finance&apos;s approval · total %2 ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2 · total %3 ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 ¥ · actual %2 ¥ · variance %3 ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) over budget</source>
        <translation>
            <numerusform>%n row over budget</numerusform>
            <numerusform>%n rows over budget</numerusform>
        </translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service cost budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this budget? It cannot be changed once approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate (¥) from today:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>New course in the %1 training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course of the %1 training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MLC fault finding and repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person, a department or the vendor&apos;s school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;arts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pass mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1

Everything you saved is safe. The details were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this site?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDowntimePanel</name>
    <message>
        <source>Downtime cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failure of the unit (counts against uptime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caused by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service contract says whether customer-caused downtime and time spent waiting for the customer count against the uptime guarantee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not begin with an SQLite header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no Beamside tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite file of another program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export KPI tables (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly reports (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s sealed service report for each hospital with activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA trend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime by subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime by subsystem: no repair back in use this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsystem (fault code group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (hours to first reaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open urgent repairs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime by contract: %1 of %2 below the guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime of the units each engineer worked on this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime of %1&apos;s units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest units this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export KPI tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>Beamside needs a desktop session to show its window, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from the desktop; for --smoke and the commands without a screen, set QT_QPA_PLATFORM=offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is read-only for you (no permission to write there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an ordinary folder that can hold files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Give --data-dir a folder (Beamside makes it if it is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 does not exist and cannot be made: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamside cannot save in the data folder %1: %2. Make it writable, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayTable</name>
    <message>
        <source>Export (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Upgrade done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version now on the unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DowntimePanel</name>
    <message>
        <source>Unit not released to us (patients being treated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital&apos;s approval pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the treatment room refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital&apos;s physicist not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital power cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital&apos;s cooling water failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misuse by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair has not waited for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited for the customer %1 time(s), %2 h in all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>%1 work order(s) behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not counted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineerDayView</name>
    <message>
        <source>Nothing of yours is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job of yours is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job of yours is waiting for parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up call is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s day · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up calls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for parts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up calls due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Field engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterloader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment planning system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade III-A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade III-B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade II-A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade II-B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time and materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In clinical use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation and commissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair and maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs and invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told in a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one harmed, and no one could have been</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one harmed, but it could have harmed a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone was harmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to parts store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to manufacturer (RMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection and preventive maintenance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation and commissioning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator training certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released for clinical use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer&apos;s kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue to a work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for repair (RMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair waiting for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ion chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water phantom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrical safety analyser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-IMRT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMRT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRS/SBRT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled clinical hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 × 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiation safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrician&apos;s licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EquipmentDetailDialog</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n work order</numerusform>
            <numerusform>%n work orders</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New work order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance specification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMPA registration no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical hours Mon–Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last service finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released for clinical use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment class · beams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance-level testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hotline call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done on time, %2 late, %3 missed, %4 to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned visits this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— legacy, not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: %1 replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital and site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMPA registration no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical hours per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamDialog</name>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <source>Add an expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. flight Nanjing–Jinan, hotel 2 nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultCodePicker</name>
    <message>
        <source>Type a code or words of its title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, where, how bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Escalate to &amp;repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a repair work order for this finding, linked to this inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair work order %1 opened for this finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected finding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected reading?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the repair work order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderBatchDialog</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops after the report being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the follow-up call went (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to work orders completed from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A satisfied first call schedules a second contact this long after the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not satisfied: repair work order %1 was opened for the re-check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the customer&apos;s dissatisfaction as a complaint too?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>%n change recorded</numerusform>
            <numerusform>%n changes recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotlinePage</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;questions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only for your role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import parts from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the bad rows and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 with problems. Nothing is written while a row is bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, all good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parts imported, %2 opening stock movements; %3 rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallationPanel</name>
    <message>
        <source>Agreed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by (customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by (engineer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by (QC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted and handed over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentDialog</name>
    <message>
        <source>Test instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New test instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: no longer offered on checklist runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>%1 · %2 · SN %3 · due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Calibration past due on the run&apos;s date (%1); results need review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 SN %2 — due %3; used for: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentsPage</name>
    <message numerus="yes">
        <source>%n instrument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add instrument…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire / bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired instrument is no longer offered on checklist runs; runs keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the service manager and quality control keep the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue parts for a work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial (serialised parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed name of who receives the parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no kit to issue parts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a part from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the work order the parts are issued to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the issue slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobCostsPanel</name>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate or unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an expense…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour and travel time come from the hours on the job at each engineer&apos;s rate, parts from what was issued to it at cost; add tickets, hotels and outside services here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(some amounts are not known: an engineer has no rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KPI rows written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To site (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical hours lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caused by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind the figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open question with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting parts (order · expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMPA reg. no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caused by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited for the customer (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to the sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1 as %2. The password is sent once; this laptop then keeps a login of its own until the office revokes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LowStockDialog</name>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) at or below the reorder level</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Beamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected work order? It will be hidden from all lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected unit? Its service history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitals and sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hospital(s)</source>
        <translation>
            <numerusform>%n hospital</numerusform>
            <numerusform>%n hospitals</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected hospital?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n work order</numerusform>
            <numerusform>%n work orders</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export signed reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is using this laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Beamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are shown, and work-order years counted, in this zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when Beamside restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo data added: %n work order(s).</source>
        <translation>
            <numerusform>Demo data added: %n work order.</numerusform>
            <numerusform>Demo data added: %n work orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checklist template file(s) could not be loaded; see Start a checklist.</source>
        <translation>
            <numerusform>%n checklist template file could not be loaded; see Start a checklist.</numerusform>
            <numerusform>%n checklist template files could not be loaded; see Start a checklist.</numerusform>
        </translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet: they arrive with the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is using this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-order number prefix of this laptop: %1
Data folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Beamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamside %1
Service records for radiotherapy equipment, offline first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <source>Monthly service reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sealed PDF for each hospital with a visit or repair in the month: its units, uptime against the guarantee, the visits and repairs, open items, QA trends and next month&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) for %1 written to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No hospital had a visit or repair in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) could not be written:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The reports could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Record a stock movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order, delivery note, RMA number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part is tracked by serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a part from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementsExportDialog</name>
    <message>
        <source>Export movements to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason / reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 movements exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No part recorded on the job yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>Search work orders, units, hospitals, parts (Ctrl+K)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job of yours is waiting for parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up call is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your day could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today and overdue: %1 (%2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job can be assigned to %1 yet: users arrive with the first sync (Settings → Who is using this laptop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due today, and nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due today, and nothing overdue: no open job is assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more open job(s) of yours are due later; the Work orders page lists them all.</source>
        <translation>
            <numerusform>%n more open job of yours is due later; the Work orders page lists them all.</numerusform>
            <numerusform>%n more open jobs of yours are due later; the Work orders page lists them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for parts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up calls due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Customer notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Supplier&apos;s offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s part number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price (CNY):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of tracking period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said; if not satisfied, what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterDialog</name>
    <message>
        <source>Running parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. magnetron hours, SF6 pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParametersTableModel</name>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <source>New part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked by serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obsolete: no longer bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Chinese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model/specification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits equipment models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder quantity:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartHistoryDialog</name>
    <message>
        <source>Stock movements of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · unit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason / reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartsPanel</name>
    <message>
        <source>&amp;Add part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected part from this work order?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not signed: a copy to read, not a signed record (the file is unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature valid, covers the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact, but the signer is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after signing: this is not the signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file carries no Beamside signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be checked: it is not a readable PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not certified by the company root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation list out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to open PDF files was found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanLineDialog</name>
    <message>
        <source>Plan line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price (CNY):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Year </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve all proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue due work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who created the selected visit with which values, and every change since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who generated the year&apos;s plan, when, and from how many units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visits · %2 awaiting approval · %3 in conflict · PM and inspections: %4 planned, %5 done on time, %6 late, %7 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the plan for %1? Proposed visits of that year are replaced; approved ones are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visits proposed for %2 units; %3 units kept their approved plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visits approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 work orders issued (visits within %2 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notice letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter lists %1 visits (%2). Record it as sent today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice recorded as sent on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hospital has no approved visit that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a visit to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1: generations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluralTexts</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n work order(s)</source>
        <translation>
            <numerusform>on %n work order</numerusform>
            <numerusform>on %n work orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Purchasing</name>
    <message>
        <source>Only the parts administrator and the service manager do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the service manager approves or rejects purchase plan lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for rejecting this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not approved: only approved lines are ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is already on an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no supplier: choose one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no approved line to order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity accepted, rejected, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the rejected quantity failed the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 are still owed on this line: %2 cannot be received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the location the accepted parts go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 is serialised: give one serial number per accepted piece (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decided line is no longer changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row must name the columns, with a part number column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Excel workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be yes or no: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 is already on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock location is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opening quantity needs the location it is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serialised part&apos;s opening quantity needs one serial number per piece.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchasingPage</name>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by part number, name, maker or model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model/specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supplier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open orders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parts · %2 suppliers · %3 open orders · %4 parts waiting for repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase plan yet: draft one from demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · drafted by %3 · %4 lines, %5 awaiting approval · %6 CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a supplier first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a purchase plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to buy: no repair waits for a part and no stock is low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide a plan line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a plan line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject a plan line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this line rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 purchase orders made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the purchase plan to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order line first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <source>Renew a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Radiation safety and protection training certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty (—): the certificate does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the rejected pieces failed the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One serial number per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still owed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and role of who complains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the complaint is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no particular unit —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored what you typed before Beamside closed (%1). Save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted meanwhile; your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <source>Failed safety or dosimetry item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety or dosimetry item without a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return-to-service check not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return-to-service check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning without a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance-level testing required (recorded by a physicist) after replacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial run has not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit was already released on this job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairPanel</name>
    <message>
        <source>Type a code or words to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom as reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the hospital&apos;s device-safety officer; the national reporting system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial run notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit goes back to clinical use when the hospital&apos;s physicist signs the clinical release (Signatures tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1 · possibly reportable adverse event (vigilance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the adverse-event question: the report cannot be signed before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major: acceptance-level testing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>The sealed report did not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be sealed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be kept in the data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message>
        <source>Work that needs a qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualification needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementsTab</name>
    <message>
        <source>A&amp;dd requirement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work order on such a unit warns when a chosen engineer lacks the qualification or it has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the hospital asked to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Attendance and exam results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — pass mark %2. Leave the score empty until the exam is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upgrade work order is made for the unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 is not recorded on any work order yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Search looks in work-order numbers and descriptions, unit serials and models, hospital names in Chinese and English, part numbers and names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens a record; Esc goes back to your day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionInstrumentsDialog</name>
    <message>
        <source>Instruments used — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 (calibration overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every instrument used for the measurements of this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePlan</name>
    <message>
        <source>Only the service manager may change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from 0 to 52.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter hours from 0 to 24 for each day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a response time from 1 to 720 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinical day must end by midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the visit moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new date must be in the plan&apos;s year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit&apos;s work order is issued; reschedule the work order instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person who signs the clinical release, or leave the role empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePlanPage</name>
    <message>
        <source>Annual plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionBox</name>
    <message>
        <source>Training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syllabus:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set your signing password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you hand the laptop over, set the password that confirms your own signature and lets you leave signing mode (at least 6 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Please sign above the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too small to be a signature. Please write your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign above the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z undoes the last stroke, Delete clears the pad.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <source>Hand over for signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the signed record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over for clinical release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record acceptance-level test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record hash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: the record is read-only. To correct it, amend the signed record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment is open: correct the record, then sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over for signing is not possible yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released for clinical use by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Legacy record: the engineer&apos;s checkbox, not signed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not released for clinical use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the physicist&apos;s clinical release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the signed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the signed record corrected? (kept with the amendment)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Record what was done before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the cause of the fault before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fault code may be a reportable adverse event: answer the adverse-event question (was anyone harmed, or could a patient have been?) before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the result of the trial run before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the checklist before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish every checklist (no item left without a value) before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the commissioning summary before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the acceptance (customer, engineer, quality control and date) before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the training given before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who was trained (a trainee who attended and passed) before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only completed work can be signed: complete the work order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engineer signs first; the customer and QC sign after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Radiotherapy, linac room 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local action levels…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteLevels</name>
    <message>
        <source>Only a service manager or quality control may set a site&apos;s action levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item&apos;s action level is the standard&apos;s; it cannot be set per site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the action level as a number, e.g. 4 or 2.5 (a percent: 4%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action level must lie beyond the item&apos;s tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the site uses its own level (e.g. the physicist&apos;s decision).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteLevelsDialog</name>
    <message>
        <source>Local action levels — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a standard leaves the action level to the site, the site may set its own. Checklists started at this site are judged with it; runs already started keep the level they began with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4 (in the item&apos;s unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. decided by the department&apos;s physicist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the template&apos;s level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a service manager or quality control may set a site&apos;s action levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(template&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Only the service manager plans staff training and records assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment is visible to its engineer and the manager only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating is between 1 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed assessment leads to retraining or a role change: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 qualification for this unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 qualification expired on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>&amp;New course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add qualification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit qualification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;new certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a course first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a qualification first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this requirement? Work orders will no longer warn of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffFormDialog</name>
    <message>
        <source>This record was deleted meanwhile; your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate myself…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments are visible only to the person assessed and the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training plan for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All service staff (manager&apos;s view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own training, qualifications and assessments, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 60 days: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an assessment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own rating (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartChecklistDialog</name>
    <message>
        <source>Start a checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list templates made for other kinds of unit; using one needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the physicist asked for this protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the physicist asked for SRS limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why another class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template is not made for this unit: say why it is used anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates made for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist template is made for this unit. Tick “Show all templates” to use another one, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not made for this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some template files were refused and are not offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Beamside cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Beamside (schema %2). Install that version or newer; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Beamside database; it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). It has not been changed; check who may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup with: main.py --data-dir %1 restore-backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is read-only. The database in it is sound, but Beamside saves every change there: make the folder writable, or choose another with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only. It is sound, but Beamside saves every change in it: make the file writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup? The damaged file is kept beside it, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamside cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Complaint statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By unit model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean days to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serialised part moves one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 is serialised: give its serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the location the part comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of movement has no source location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the location the part goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of movement has no target location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stocktake adjustment either adds to or takes from one location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and the target are the same location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the work order the part is issued to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for this movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds only %2 of part %3: the movement would take it below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1 is not at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1 is already in stock at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the parts administrator and the service manager record this movement; engineers issue from and transfer out of their own kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the parts administrator counts stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the service manager approves a stocktake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stocktake is no longer being counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted stocktake can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 differs from the ledger by %2: give the reason for the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a part number nor a serial here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the stocktake is sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 is serialised: scan or type its serials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver signs for the parts: print the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver signs for the parts on the pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one part to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no kit to transfer parts from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockExport</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no location is called %1; there are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Filter by part number or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a movement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue parts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part detail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-stock list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export movements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your kit: issue from it against the receiver&apos;s signature, or transfer parts back; the parts administrator records the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip %1 is saved. The kit now holds less than zero of %2: the office sees it after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or below the reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below zero: movements from laptops that were offline met here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>showing %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below zero</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Part history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a part in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stock to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a part number or serial, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of the variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sheet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New count of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serials found, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stocktake, or begin a count of a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 line(s), %5 with a variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the count %2 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the count sent back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still bought from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not on this laptop, so the value cannot be re-applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has been deleted since; the value cannot be re-applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Beamside does not know that field; update Beamside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value cannot be stored in this version of Beamside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value clashes with another record (it must be unique).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncConflictsView</name>
    <message>
        <source>Show resolved conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept value (in the record now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply my value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the record as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resolved conflict(s)</source>
        <translation>
            <numerusform>%n resolved conflict</numerusform>
            <numerusform>%n resolved conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: nothing written on this laptop was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applied on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost value (written on this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost value (written on another laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply the lost value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncField</name>
    <message>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMPA reg. no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial run result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial run notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial no. removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial no. fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model / specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>⇅ sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇅ Not set up for sync yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⇅ %n change(s) waiting</source>
        <translation>
            <numerusform>⇅ %n change waiting</numerusform>
            <numerusform>⇅ %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>your login at the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and receive changes now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the server can be reached; 0 turns it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sync round(s)</source>
        <translation>
            <numerusform>%n sync round</numerusform>
            <numerusform>%n sync rounds</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reachable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password on the sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow logging in over plain http:// (unencrypted) to another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: over http:// anyone on the network can read the password and this laptop&apos;s sync token. Use it only on a network you trust; ask the office for the server&apos;s https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n kept for a colleague whose role may send them, e.g. finance&apos;s approval of a budget: they go when that person syncs from this laptop)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system keyring here: the login is kept in the file %1, readable by your user account only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address and your user name, then log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in on this laptop yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1%2; this laptop stays logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent: %1 · received: %2 · conflicts: %3 · refused: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1 · received: %2 · new conflicts: %3 · refused: %4 · files: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, e.g. http://192.168.1.10:8765.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name at the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRecord</name>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaited part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance-level testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint&apos;s work order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Cannot reach the sync server. Check the network and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login. Check the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this laptop&apos;s login. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address starts with http://, so the password would cross the network unencrypted. Use the server&apos;s https:// address, or allow plain http on the Sync page (command line: --allow-http) only on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Beamside is too old for the server. Install the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is too far ahead of the server&apos;s. Correct the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy. Beamside will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins: logging in is locked for %1 minute(s). Try again later, or ask the service office to unlock the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins: wait %1 second(s), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is registered to another user on the server. Ask the service office to reassign it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be anchored on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update Beamside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unencrypted address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laptop of another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail not anchored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not make this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order&apos;s workflow does not allow this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server found the value invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is signed; changing it needs an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was deleted on another laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of record cannot be changed once written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not have this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer edit from another laptop was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same record was also created on another laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop cannot read the record the server sent; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was handed to someone else, so it was removed from this laptop; the server refuses changes to it, so this change was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password may not contain your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is too easy to guess (a common password, a word, a name or a keyboard pattern). Choose a longer, less common one, e.g. a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited on two laptops at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was edited on two laptops at once; the later edit was kept. Re-applying makes the lost value the newest edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was signed elsewhere, so this change was not applied. Re-applying it needs an amendment of the signed record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent this record in a form this laptop cannot read, so it was skipped and the other records were taken. Ask the office to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was deleted elsewhere. Re-applying the value brings the record back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraineeDialog</name>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order&apos;s hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trainees</name>
    <message>
        <source>Trainees are recorded on training work orders only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraineesPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trainee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record e&amp;xam…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each trainee who attended and passed the exam gets a certificate of their own, with the number shown here; those below the pass mark may re-sit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (attempt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>No certificate: %1 scored %2, below the pass mark of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate: %1 has not passed an exam yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate: %1 did not attend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only engineers and the service manager record training and exams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass mark is between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one syllabus topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has passed already: a re-exam is for those who failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer parts back from your kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Action level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (baseline %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured %1, baseline %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline %1, difference %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning or fail (physicist&apos;s verdict)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitConfiguration</name>
    <message>
        <source>A beam&apos;s energy must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference output must be above 0 cGy/MU (or left empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A beam is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only photon beams can be FFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown treatment class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the component (e.g. Console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the version installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitConfigurationDialog</name>
    <message>
        <source>Unit configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. RapidArc; OBI/CBCT; gating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Particle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (MV / MeV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference output (cGy/MU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add beam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove beam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component, e.g. Treatment console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software and firmware versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference output must be a number, e.g. 1.000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upgrades</name>
    <message>
        <source>Only the service manager runs upgrade campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only engineers and the service manager record a unit&apos;s upgrade steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not consented: an upgrade is scheduled only after consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit that is “%1” cannot become “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A software version is numbers separated by dots, e.g. 2.7 or 3.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest version is above the highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit does not qualify: its model or software version is outside the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who consented or refused for the customer, or let them sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test checklist of the upgrade work order is not complete yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the campaign a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradesPage</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m units finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noti&amp;fied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s a&amp;nswer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upgrade campaign yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is verified by the completed test checklist of its upgrade work order %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer, model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot, produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits and . / _ - only (up to 40 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date must be after the calibration date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instrument of this maker and model with this serial number is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an engineer or the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the service manager and quality control may change the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call lasts between 0 and 600 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unanswered question needs an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the nature of the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline cannot be before the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint closes only with its root cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint closes only with the customer&apos;s feedback, satisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the customer is not satisfied with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say both to whom the adverse event was reported and on which date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer whether the complaint may be a reportable adverse event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint is not in a state that allows this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question was answered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fault code is at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours must be between 0 and 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what failed in the trial run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance needs the customer, the engineer and QC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number: digits, spaces, + ( ) -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@host.cn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the equipment model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 2-40 letters, digits and . / _ - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an NMPA certificate number, e.g. 国械注进20173301234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance cannot be before installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty cannot end before installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical hours must be between 0 and 24 for each day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another unit of this model already has this serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment still stands here; move or delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This work order is closed; its records are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and readings belong to inspection or maintenance work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding was already escalated to a repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding was fixed on site; there is nothing to escalate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding was escalated to a repair, so it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up between 7 and 14 days after the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome of the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the customer is not satisfied with; it starts the re-check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of this follow-up is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up to 60 letters, digits, spaces and . / _ - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another part already has this part number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reorder level must be between 0 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a part from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened to the removed part: returned, sent back (RMA) or scrapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part was taken out (its serial number is given): say what happened to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the part from the catalogue or write what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the part is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial number names one piece: record each serialised part on its own line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 6 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the signed record is amended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not amend a signed record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed record needs an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment is already open; sign the corrected record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clinical release is signed through the release step, which checks its gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is signed and cannot be changed; amend it to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the physicist who did the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which test was done and where it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit is not waiting for acceptance testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This component is not on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number between 0 and 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead time must be 0 to 730 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit does not stand at this hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit the repair is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call has opened a work order already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call has opened a complaint already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dissatisfied follow-up opens a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up has opened a complaint already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order is for another hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course starts outside the plan&apos;s year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course is already in the plan on the same start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass mark is between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is a whole number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only someone who attended has an exam score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expires before it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate cannot be issued in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an engineer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This engineer already holds this qualification; renew it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate of this kind with this number is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewed certificate expires later than the one it replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal needs the new expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This requirement is already defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model is not of the chosen kind of equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not record downtime causes or waiting for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You record downtime only on repairs assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime causes and waiting for the customer are recorded on repairs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why: the reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting cannot start before the fault was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period overlaps another waiting period of this repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair is already waiting for the customer; end that period first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair is not waiting for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repair&apos;s downtime is a failure or caused by the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitDialog</name>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ready at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(assigned when saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer reported, or what is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 qualification for this unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 qualification expired on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderWindow</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — this work order is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (kept with the work order):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The customer has not signed yet: hand the laptop over for signing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is not possible from the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not take this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the cause and the actions taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repair is complete only after a passed trial run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the checklist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish every checklist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the awaited part, its order and the expected date first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
