<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<!-- English plural forms of the %n messages (the English text is the source; only plurals need this file). -->
<context>
    <name>loket::OfficePull</name>
    <message numerus="yes">
        <source>%n open conflict(s) to settle.</source>
        <translation>
            <numerusform>%n open conflict to settle.</numerusform>
            <numerusform>%n open conflicts to settle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::SurveyIndex</name>
    <message numerus="yes">
        <source>%n more needed.</source>
        <translation>
            <numerusform>%n more needed.</numerusform>
            <numerusform>%n more needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message numerus="yes">
        <source>Resolution path: %1 (%2), %n level report(s)</source>
        <translation>
            <numerusform>Resolution path: %1 (%2), %n level report</numerusform>
            <numerusform>Resolution path: %1 (%2), %n level reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: %n row problem.</numerusform>
            <numerusform>Nothing was imported: %n row problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n complaint(s).</source>
        <translation>
            <numerusform>Imported %n complaint.</numerusform>
            <numerusform>Imported %n complaints.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: %n problem.</numerusform>
            <numerusform>Nothing was imported: %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid: %1 %2, code %3 (%n time(s) printed here).</source>
        <translation>
            <numerusform>valid: %1 %2, code %3 (%n time printed here).</numerusform>
            <numerusform>valid: %1 %2, code %3 (%n times printed here).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public receipt key(s) written to %1.</source>
        <translation>
            <numerusform>%n public receipt key written to %1.</numerusform>
            <numerusform>%n public receipt keys written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While Loket is open it syncs every %n minute(s).</source>
        <translation>
            <numerusform>While Loket is open it syncs every minute.</numerusform>
            <numerusform>While Loket is open it syncs every %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::AuditPage</name>
    <message numerus="yes">
        <source>%Ln entries; %1 shown. Scroll down for older entries.</source>
        <translation>
            <numerusform>%Ln entry; %1 shown. Scroll down for older entries.</numerusform>
            <numerusform>%Ln entries; %1 shown. Scroll down for older entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>The audit trail is intact: %Ln entry checked.</numerusform>
            <numerusform>The audit trail is intact: %Ln entries checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::CasesPage</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::ChecklistEditor</name>
    <message numerus="yes">
        <source>All %n requirement(s) valid: the file is complete and correct.</source>
        <translation>
            <numerusform>The %n requirement is valid: the file is complete and correct.</numerusform>
            <numerusform>All %n requirements valid: the file is complete and correct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) not valid: the file will be returned with a return slip.</source>
        <translation>
            <numerusform>%n requirement not valid: the file will be returned with a return slip.</numerusform>
            <numerusform>%n requirements not valid: the file will be returned with a return slip.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintRegisterExport</name>
    <message numerus="yes">
        <source>Printed %1 — %n entries</source>
        <translation>
            <numerusform>Printed %1 — %n entry</numerusform>
            <numerusform>Printed %1 — %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintsPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n entry written to %1.</numerusform>
            <numerusform>%n entries written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::ConflictsPage</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::IntakePage</name>
    <message numerus="yes">
        <source>KBLI %1 · %2 · %n working day(s) · %3</source>
        <translation>
            <numerusform>KBLI %1 · %2 · %n working day · %3</numerusform>
            <numerusform>KBLI %1 · %2 · %n working days · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style='color:#1a7f37'&gt;&lt;b&gt;Registered.&lt;/b&gt; The file is complete and correct; the completion clock started today.&lt;/p&gt;&lt;p&gt;Expected completion: &lt;b&gt;%1&lt;/b&gt; (%n working day(s)).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style='color:#1a7f37'&gt;&lt;b&gt;Registered.&lt;/b&gt; The file is complete and correct; the completion clock started today.&lt;/p&gt;&lt;p&gt;Expected completion: &lt;b&gt;%1&lt;/b&gt; (%n working day).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style='color:#1a7f37'&gt;&lt;b&gt;Registered.&lt;/b&gt; The file is complete and correct; the completion clock started today.&lt;/p&gt;&lt;p&gt;Expected completion: &lt;b&gt;%1&lt;/b&gt; (%n working days).&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::ReceiptRenderer</name>
    <message numerus="yes">
        <source>(%n working day(s))</source>
        <translation>
            <numerusform>(%n working day)</numerusform>
            <numerusform>(%n working days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::SettingsPage</name>
    <message numerus="yes">
        <source>This workstation now syncs every %n minute(s) while Loket is open.</source>
        <translation>
            <numerusform>This workstation now syncs every minute while Loket is open.</numerusform>
            <numerusform>This workstation now syncs every %n minutes while Loket is open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::SyncController</name>
    <message numerus="yes">
        <source>Automatic sync every %n minute(s).</source>
        <translation>
            <numerusform>Automatic sync every minute.</numerusform>
            <numerusform>Automatic sync every %n minutes.</numerusform>
        </translation>
    </message>
</context>
</TS>
