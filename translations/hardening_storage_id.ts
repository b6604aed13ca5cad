<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::CaseService</name>
    <message>
        <source>%1 may not read applications: they hold applicants&apos; personal data, shown only to the front desk, back office, technical team, head and supervisor.</source>
        <translation>%1 tidak boleh membaca permohonan: permohonan memuat data pribadi pemohon, yang hanya ditampilkan kepada petugas loket, back office, tim teknis, kepala dinas, dan atasan langsung.</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Belum ada yang masuk</translation>
    </message>
</context>
</TS>
