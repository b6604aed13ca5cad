<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>loket::AuditReading</name>
    <message>
        <source>national holiday</source>
        <translation>libur nasional</translation>
    </message>
    <message>
        <source>collective leave day</source>
        <translation>cuti bersama</translation>
    </message>
    <message>
        <source>office closure</source>
        <translation>penutupan kantor</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>hari kerja</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>akhir pekan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 removed: %2</source>
        <translation>%1 dihapus: %2</translation>
    </message>
    <message>
        <source>%1 changed: %2 → %3</source>
        <translation>%1 diubah: %2 → %3</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 ditambahkan: %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>Calendar %1 loaded: %2</source>
        <translation>Kalender %1 dimuat: %2</translation>
    </message>
    <message>
        <source>Calendar %1, added: %2</source>
        <translation>Kalender %1, ditambahkan: %2</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Diubah: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Dihapus: %1</translation>
    </message>
    <message>
        <source>Years confirmed: %1</source>
        <translation>Tahun yang dikonfirmasi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n national holiday(s)</source>
        <translation>
            <numerusform>%n hari libur nasional</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collective leave day(s)</source>
        <translation>
            <numerusform>%n hari cuti bersama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office closure(s)</source>
        <translation>
            <numerusform>%n hari penutupan kantor</numerusform>
        </translation>
    </message>
</context>
</TS>
