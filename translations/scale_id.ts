<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::CaseQueries</name>
    <message>
        <source>There is no application %1.</source>
        <translation>Tidak ada permohonan %1.</translation>
    </message>
</context>
<context>
    <name>loket::SlaSnapshot</name>
    <message>
        <source>Not started (returned at intake)</source>
        <translation>Belum mulai (dikembalikan saat penerimaan berkas)</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>Cases: %1 open, %2 on track, %3 at risk, %4 overdue, %5 paused, %6 not started; %7 due today.</source>
        <translation>Permohonan: %1 terbuka, %2 sesuai jadwal, %3 berisiko, %4 terlambat, %5 dijeda, %6 belum mulai; %7 jatuh tempo hari ini.</translation>
    </message>
    <message>
        <source>Give --after or --offset, not both.</source>
        <translation>Berikan --after atau --offset, jangan keduanya.</translation>
    </message>
</context>
<context>
    <name>loket::ui::DashboardPage</name>
    <message>
        <source>Counting the office&apos;s clocks…</source>
        <translation>Menghitung jangka waktu layanan kantor…</translation>
    </message>
    <message>
        <source>paused (with the applicant)</source>
        <translation>dijeda (berkas di pemohon)</translation>
    </message>
    <message>
        <source>not started (returned at intake)</source>
        <translation>belum mulai (dikembalikan saat penerimaan berkas)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum mulai</translation>
    </message>
</context>
<context>
    <name>loket::SlaDashboard</name>
    <message>
        <source>Not started</source>
        <translation>Belum mulai</translation>
    </message>
</context>
</TS>
