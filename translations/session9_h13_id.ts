<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::ui::IntakePage</name>
    <message>
        <source>&lt;p&gt;Now: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sekarang: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>loket::ui::AuditPage</name>
    <message>
        <source>registration number, complaint number or user name</source>
        <translation>nomor registrasi, nomor pengaduan atau nama pengguna</translation>
    </message>
</context>
</TS>
