<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>pilar::AtlasDocument</name>
    <message numerus="yes">
        <source>%n programme(s) serve it</source>
        <translation>
            <numerusform>%n programme serves it</numerusform>
            <numerusform>%n programmes serve it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::CheckinDialog</name>
    <message numerus="yes">
        <source>From %1 on %2, checked out %3 for kecamatan %4 — %n change(s).</source>
        <translation>
            <numerusform>From %1 on %2, checked out %3 for kecamatan %4 — %n change.</numerusform>
            <numerusform>From %1 on %2, checked out %3 for kecamatan %4 — %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for review.</source>
        <translation>
            <numerusform>%n conflict waits for review.</numerusform>
            <numerusform>%n conflicts wait for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::CliApplication</name>
    <message numerus="yes">
        <source>pilar-cli: %n problem(s) in %1</source>
        <translation>
            <numerusform>pilar-cli: %n problem in %1</numerusform>
            <numerusform>pilar-cli: %n problems in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; nothing was imported.</source>
        <translation>
            <numerusform>%n row rejected; nothing was imported.</numerusform>
            <numerusform>%n rows rejected; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s).</source>
        <translation>
            <numerusform>%1: %n page.</numerusform>
            <numerusform>%1: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::ConflictsPanel</name>
    <message numerus="yes">
        <source>%n change(s) from the field wait for a decision. Nothing was overwritten.</source>
        <translation>
            <numerusform>%n change from the field waits for a decision. Nothing was overwritten.</numerusform>
            <numerusform>%n changes from the field wait for a decision. Nothing was overwritten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::DashboardDock</name>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::DataSourceInfo</name>
    <message numerus="yes">
        <source>%n band(s)</source>
        <translation>
            <numerusform>%n band</numerusform>
            <numerusform>%n bands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overview level(s)</source>
        <translation>
            <numerusform>%n overview level</numerusform>
            <numerusform>%n overview levels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::FieldActions</name>
    <message numerus="yes">
        <source>%n change(s) written to %1. Check it in at the office.</source>
        <translation>
            <numerusform>%n change written to %1. Check it in at the office.</numerusform>
            <numerusform>%n changes written to %1. Check it in at the office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inspection of %1 saved (%n photo(s)).</source>
        <translation>
            <numerusform>Inspection of %1 saved (%n photo).</numerusform>
            <numerusform>Inspection of %1 saved (%n photos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::FieldCommands</name>
    <message numerus="yes">
        <source>%1 matches %n conflicts; give more of the id.</source>
        <translation>
            <numerusform>%1 matches %n conflict; give more of the id.</numerusform>
            <numerusform>%1 matches %n conflicts; give more of the id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Field package of %1 (%2), checked out %3 for kecamatan %4: %n change(s) to send back.</source>
        <translation>
            <numerusform>Field package of %1 (%2), checked out %3 for kecamatan %4: %n change to send back.</numerusform>
            <numerusform>Field package of %1 (%2), checked out %3 for kecamatan %4: %n changes to send back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for review.</source>
        <translation>
            <numerusform>%n conflict waits for review.</numerusform>
            <numerusform>%n conflicts wait for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::FieldModeBanner</name>
    <message numerus="yes">
        <source>%n change(s) to send back to the office.</source>
        <translation>
            <numerusform>%n change to send back to the office.</numerusform>
            <numerusform>%n changes to send back to the office.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::FieldPackage</name>
    <message numerus="yes">
        <source>Unknown kecamatan code(s) %1; this project has %2.</source>
        <translation>
            <numerusform>Unknown kecamatan code %1; this project has %2.</numerusform>
            <numerusform>Unknown kecamatan codes %1; this project has %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::IndicatorHistoryWidget</name>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::LayerLoader</name>
    <message numerus="yes">
        <source>%1: %n feature(s) of layer &quot;%2&quot; were skipped because their coordinates are impossible for the layer&apos;s CRS.</source>
        <translation>
            <numerusform>%1: %n feature of layer &quot;%2&quot; was skipped because its coordinates are impossible for the layer&apos;s CRS.</numerusform>
            <numerusform>%1: %n features of layer &quot;%2&quot; were skipped because their coordinates are impossible for the layer&apos;s CRS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) of layer &quot;%2&quot; have no geometry or an invalid one; they are listed in the attribute table but not drawn.</source>
        <translation>
            <numerusform>%1: %n feature of layer &quot;%2&quot; has no geometry or an invalid one; it is listed in the attribute table but not drawn.</numerusform>
            <numerusform>%1: %n features of layer &quot;%2&quot; have no geometry or an invalid one; they are listed in the attribute table but not drawn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::MasterPlanActions</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::MasterPlanController</name>
    <message numerus="yes">
        <source>Set %1 on %n asset(s)</source>
        <translation>
            <numerusform>Set %1 on %n asset</numerusform>
            <numerusform>Set %1 on %n assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::MasterPlanDock</name>
    <message numerus="yes">
        <source>Condition of the %n selected asset(s):</source>
        <translation>
            <numerusform>Condition of the %n selected asset:</numerusform>
            <numerusform>Condition of the %n selected assets:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::MasterPlanImport</name>
    <message numerus="yes">
        <source>%n empty row(s) skipped.</source>
        <translation>
            <numerusform>%n empty row skipped.</numerusform>
            <numerusform>%n empty rows skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) cannot be used.</source>
        <translation>
            <numerusform>Nothing was imported: %n row cannot be used.</numerusform>
            <numerusform>Nothing was imported: %n rows cannot be used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more row(s) that cannot be used.</source>
        <translation>
            <numerusform>  … and %n more row that cannot be used.</numerusform>
            <numerusform>  … and %n more rows that cannot be used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::PendingChangesPanel</name>
    <message numerus="yes">
        <source>%n change(s) will go back to the office at check-in.</source>
        <translation>
            <numerusform>%n change will go back to the office at check-in.</numerusform>
            <numerusform>%n changes will go back to the office at check-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::ProjectValidator</name>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s):</source>
        <translation>
            <numerusform>%n note:</numerusform>
            <numerusform>%n notes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::RasterStyleEditor</name>
    <message numerus="yes">
        <source>%n band(s)</source>
        <translation>
            <numerusform>%n band</numerusform>
            <numerusform>%n bands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overview level(s)</source>
        <translation>
            <numerusform>%n overview level</numerusform>
            <numerusform>%n overview levels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::ServerCommands</name>
    <message numerus="yes">
        <source>pilar-cli: %n problem(s) in %1</source>
        <translation>
            <numerusform>pilar-cli: %n problem in %1</numerusform>
            <numerusform>pilar-cli: %n problems in %1</numerusform>
        </translation>
    </message>
</context>
</TS>
