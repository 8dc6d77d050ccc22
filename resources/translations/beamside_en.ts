<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChildRecordList</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Medical physicist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong: %1

Everything you saved is safe. The details were written to %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Hospital</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New hospital</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department / room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this site?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this contact?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Field engineer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parts administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quality control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linear accelerator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CT simulator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Afterloader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatment planning system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QA instrument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade III-A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade III-B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade II-A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade II-B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ungraded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parts only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labour only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time and materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Being installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In clinical use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limited use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decommissioned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commissioning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preventive maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Travelling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trial run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed by customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EquipmentDetailDialog</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n work order</numerusform><numerusform>%n work orders</numerusform></translation>
    </message>
    <message>
        <source>&amp;Edit unit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New work order…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NMPA registration no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UDI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warranty ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinical hours Mon–Sun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last service finished</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform><numerusform>%n open</numerusform></translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <source>Equipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New equipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hospital and site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NMPA registration no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UDI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warranty ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinical hours per day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serial no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NMPA reg. no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warranty ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Beamside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work-order prefix %1 · data in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected work order? It will be hidden from all lists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform><numerusform>%n units</numerusform></translation>
    </message>
    <message>
        <source>Delete the selected unit? Its service history is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hospitals and sites</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n hospital(s)</source>
        <translation>
            <numerusform>%n hospital</numerusform><numerusform>%n hospitals</numerusform></translation>
    </message>
    <message>
        <source>Delete the selected hospital?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n work order</numerusform><numerusform>%n work orders</numerusform></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Beamside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language applies when Beamside restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Beamside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beamside %1
Service records for radiotherapy equipment, offline first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record was deleted meanwhile; your changes were not saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Radiotherapy, linac room 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department / room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Beamside cannot open its database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was made by a newer version of Beamside (schema %2). Install that version or newer; the file has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Beamside database; it has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the latest backup with: main.py --data-dir %1 restore-backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the latest backup (%1)? The damaged file is kept beside it, renamed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a phone number: digits, spaces, + ( ) -.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an e-mail address like name@host.cn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the equipment model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use 2-40 letters, digits and . / _ - only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not an NMPA certificate number, e.g. 国械注进20173301234.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance cannot be before installation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warranty cannot end before installation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinical hours must be between 0 and 24 for each day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the equipment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A report cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another unit of this model already has this serial number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equipment still stands here; move or delete it first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <source>Work order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New work order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(assigned when saved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the customer reported, or what is to be done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engineers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>