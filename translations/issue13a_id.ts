<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::ui::DashboardPage</name>
    <message>
        <source>Show these applications in the list (click or Enter)</source>
        <translation>Tampilkan permohonan ini dalam daftar (klik atau Enter)</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the application</source>
        <translation>Klik dua kali atau Enter membuka permohonan</translation>
    </message>
    <message>
        <source>Double-click or Enter shows these applications in the list</source>
        <translation>Klik dua kali atau Enter menampilkan permohonan ini dalam daftar</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Menyimpan %1…</translation>
    </message>
    <message>
        <source>The Excel file was saved: %1</source>
        <translation>Berkas Excel telah disimpan: %1</translation>
    </message>
    <message>
        <source>The PDF file was saved: %1</source>
        <translation>Berkas PDF telah disimpan: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::CasesPage</name>
    <message>
        <source>Open (not finished)</source>
        <translation>Terbuka (belum selesai)</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>KBLI %1 (every service)</source>
        <translation>KBLI %1 (semua layanan)</translation>
    </message>
</context>
<context>
    <name>loket::ui::SettingsPage</name>
    <message>
        <source>An application is at risk from this many working days before its completion deadline</source>
        <translation>Permohonan berisiko sejak sekian hari kerja sebelum batas waktu penyelesaiannya</translation>
    </message>
    <message>
        <source>A stage is at risk from this many working days before the end of its budget</source>
        <translation>Tahap berisiko sejak sekian hari kerja sebelum batas waktu tahap itu</translation>
    </message>
    <message>
        <source>Application at risk from</source>
        <translation>Permohonan berisiko sejak</translation>
    </message>
    <message>
        <source>Stage at risk from</source>
        <translation>Tahap berisiko sejak</translation>
    </message>
</context>
<context>
    <name>loket::SlaSnapshot</name>
    <message>
        <source>Late and at risk</source>
        <translation>Terlambat dan berisiko</translation>
    </message>
</context>
<context>
    <name>loket::ui</name>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
</context>
</TS>
