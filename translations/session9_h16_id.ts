<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::ui::CasesPage</name>
    <message>
        <source>%1+ applications: more than %2 names match, the newest %2 are listed; type more of the name</source>
        <translation>%1+ permohonan: lebih dari %2 nama cocok, yang ditampilkan %2 nama terbaru; ketik nama lebih lengkap</translation>
    </message>
</context>
</TS>
