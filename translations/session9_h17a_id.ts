<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>loket::ComplaintOrder</name>
    <message>
        <source>The triage of %1 can no longer be changed: it is %2.</source>
        <translation>Pemilahan %1 tidak dapat diubah lagi: statusnya %2.</translation>
    </message>
    <message>
        <source>Choose the resolution path of %1 before recording its levels.</source>
        <translation>Pilih jalur penyelesaian %1 sebelum mencatat jenjangnya.</translation>
    </message>
    <message>
        <source>Involving APIP in %1 needs the head of office&apos;s approval first.</source>
        <translation>Pelibatan APIP dalam %1 memerlukan persetujuan Kepala Dinas terlebih dahulu.</translation>
    </message>
    <message>
        <source>Complaint %1 has been answered already.</source>
        <translation>Pengaduan %1 sudah dijawab.</translation>
    </message>
</context>
</TS>
