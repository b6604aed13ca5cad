<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::AtomicFiles</name>
    <message>
        <source>the disk refused the data</source>
        <translation>disk menolak data</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>folder %1 tidak ada</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Tidak dapat menulis %1</translation>
    </message>
</context>
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
<context>
    <name>loket::Database</name>
    <message>
        <source>Cannot read the database file %1</source>
        <translation>Tidak dapat membaca berkas basis data %1</translation>
    </message>
    <message>
        <source>Cannot open the database file %1</source>
        <translation>Tidak dapat membuka berkas basis data %1</translation>
    </message>
    <message>
        <source>The database file %1 is empty (0 bytes): it holds no Loket data. If this is a new workstation, create the database with loket-cli init; otherwise restore the last good backup.</source>
        <translation>Berkas basis data %1 kosong (0 bita): tidak berisi data Loket. Jika ini komputer loket baru, buat basis datanya dengan loket-cli init; jika bukan, pulihkan cadangan baik yang terakhir.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Check --db, or create a new database with loket-cli init.</source>
        <translation>Berkas basis data %1 tidak ada. Periksa --db, atau buat basis data baru dengan loket-cli init.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>Cannot create the database file %1</source>
        <translation>Tidak dapat membuat berkas basis data %1</translation>
    </message>
</context>
<context>
    <name>loket::SqlQuery</name>
    <message>
        <source>The database could not read a row: %1</source>
        <translation>Basis data tidak dapat membaca satu baris: %1</translation>
    </message>
</context>
<context>
    <name>loket::StorageProblem</name>
    <message>
        <source>The disk %1 (mounted at %2) is read-only.</source>
        <translation>Disk %1 (terpasang di %2) hanya-baca.</translation>
    </message>
    <message>
        <source>The disk %1 (mounted at %2) is full: %3 KB free.</source>
        <translation>Disk %1 (terpasang di %2) penuh: sisa %3 KB.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only for this account: Loket needs to write there.</source>
        <translation>Folder %1 hanya-baca bagi akun ini: Loket perlu menulis di sana.</translation>
    </message>
    <message>
        <source>The file %1 is read-only for this account.</source>
        <translation>Berkas %1 hanya-baca bagi akun ini.</translation>
    </message>
    <message>
        <source>The disk is full: the database %1 could not be written (%2).</source>
        <translation>Disk penuh: basis data %1 tidak dapat ditulis (%2).</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (%2).</source>
        <translation>Basis data %1 tidak dapat ditulis (%2).</translation>
    </message>
    <message>
        <source>The database %1 or its -wal and -shm files beside it cannot be opened (%2).</source>
        <translation>Basis data %1 atau berkas -wal dan -shm di sebelahnya tidak dapat dibuka (%2).</translation>
    </message>
    <message>
        <source>The disk holding the database %1 could not be read or written (%2).</source>
        <translation>Disk tempat basis data %1 tidak dapat dibaca atau ditulis (%2).</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore the last good backup with loket-cli restore FILE --yes; run loket-cli check to see what is damaged.</source>
        <translation>Basis data %1 rusak (%2). Pulihkan cadangan baik yang terakhir dengan loket-cli restore BERKAS --yes; jalankan loket-cli check untuk melihat bagian yang rusak.</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged: restore the last good backup with loket-cli restore FILE --yes.</source>
        <translation>Basis data %1 rusak: pulihkan cadangan baik yang terakhir dengan loket-cli restore BERKAS --yes.</translation>
    </message>
</context>
</TS>
