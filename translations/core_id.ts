<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::Context</name>
    <message>
        <source>%1 may not do this: %2.</source>
        <translation>%1 tidak berwenang melakukan ini: %2.</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Belum ada yang masuk</translation>
    </message>
</context>
<context>
    <name>loket::Database</name>
    <message>
        <source>Cannot read the database file %1: %2</source>
        <translation>Berkas basis data %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is not a Loket database: it is not an SQLite file. It was left untouched.</source>
        <translation>%1 bukan basis data Loket: berkas ini bukan berkas SQLite. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>Berkas basis data %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1 is not a Loket database: SQLite cannot read it. It was left untouched.</source>
        <translation>%1 bukan basis data Loket: SQLite tidak dapat membacanya. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>%1 is not a Loket database: it belongs to another program. It was left untouched.</source>
        <translation>%1 bukan basis data Loket: berkas ini milik program lain. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Loket (schema version %2; this program knows up to %3). Install the newer Loket to open it. The file was left untouched.</source>
        <translation>%1 ditulis oleh Loket versi lebih baru (skema versi %2; program ini hanya mengenal sampai %3). Pasang Loket yang lebih baru untuk membukanya. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Berkas basis data %1 tidak ada.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>Berkas basis data %1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and needs migrating to %3.</source>
        <translation>Basis data %1 memakai skema versi %2 dan perlu dimigrasikan ke versi %3.</translation>
    </message>
    <message>
        <source>Workstation code "%1" is not valid: use 2 to 6 letters or digits starting with a letter, e.g. C01.</source>
        <translation>Kode komputer loket "%1" tidak sah: gunakan 2 sampai 6 huruf atau angka yang diawali huruf, misalnya C01.</translation>
    </message>
    <message>
        <source>The backup file %1 already exists; choose another name.</source>
        <translation>Berkas cadangan %1 sudah ada; pilih nama lain.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation>Baris %1 pada tabel %2 merujuk ke baris %3 yang tidak ada.</translation>
    </message>
</context>
<context>
    <name>loket::Migrator</name>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Migrasi %1 tidak ada di dalam program.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migrasi %1 (%2) gagal: %3</translation>
    </message>
</context>
<context>
    <name>loket::SqlQuery</name>
    <message>
        <source>The database could not prepare a query: %1</source>
        <translation>Basis data tidak dapat menyiapkan kueri: %1</translation>
    </message>
    <message>
        <source>The database refused a change: %1</source>
        <translation>Basis data menolak perubahan: %1</translation>
    </message>
</context>
<context>
    <name>loket::Transaction</name>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>Basis data tidak dapat memulai transaksi: %1</translation>
    </message>
    <message>
        <source>The database could not save the change: %1</source>
        <translation>Basis data tidak dapat menyimpan perubahan: %1</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Opsi %1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opsi %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Argumen tidak terduga: %1.</translation>
    </message>
    <message>
        <source>Usage: loket-cli [--db PATH] [--json] [--user NAME] [--lang id|en] COMMAND ...</source>
        <translation>Pemakaian: loket-cli [--db BERKAS] [--json] [--user NAMA] [--lang id|en] PERINTAH ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 check failed, 2 usage, 3 invalid input, 4 storage error, 5 not permitted.</source>
        <translation>Kode keluar: 0 berhasil, 1 pemeriksaan gagal, 2 salah pemakaian, 3 masukan tidak sah, 4 galat penyimpanan, 5 tidak berwenang.</translation>
    </message>
    <message>
        <source>Unknown command: %1. Run loket-cli --help.</source>
        <translation>Perintah tidak dikenal: %1. Jalankan loket-cli --help.</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2, workstation %3).</source>
        <translation>Basis data %1 siap (skema versi %2, komputer loket %3).</translation>
    </message>
    <message>
        <source>Backup before migrating: %1</source>
        <translation>Cadangan sebelum migrasi: %1</translation>
    </message>
    <message>
        <source>Schema version %1 of %2.</source>
        <translation>Skema versi %1 dari %2.</translation>
    </message>
    <message>
        <source>Integrity: ok.</source>
        <translation>Integritas: baik.</translation>
    </message>
    <message>
        <source>Integrity problems:
%1</source>
        <translation>Masalah integritas:
%1</translation>
    </message>
    <message>
        <source>backup needs the FILE to write.</source>
        <translation>backup memerlukan BERKAS tujuan.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Cadangan ditulis ke %1.</translation>
    </message>
</context>
<context>
    <name>loket::ui::MainWindow</name>
    <message>
        <source>Loket — %1</source>
        <translation>Loket — %1</translation>
    </message>
    <message>
        <source>Licensing office</source>
        <translation>Kantor perizinan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Petugas: %1</translation>
    </message>
    <message>
        <source>Workstation %1 · %2</source>
        <translation>Komputer loket %1 · %2</translation>
    </message>
</context>
<context>
    <name>loket::ui::SettingsPage</name>
    <message>
        <source>&lt;h2&gt;Office settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pengaturan kantor&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Alamat kantor</translation>
    </message>
    <message>
        <source>Office telephone</source>
        <translation>Telepon kantor</translation>
    </message>
    <message>
        <source>Workstation code</source>
        <translation>Kode komputer loket</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Office name is required: it is printed on every receipt.</source>
        <translation>Nama kantor wajib diisi: nama ini dicetak pada setiap tanda terima.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>The office settings were saved.</source>
        <translation>Pengaturan kantor telah disimpan.</translation>
    </message>
</context>
<context>
    <name>loket::ui::runGui</name>
    <message>
        <source>Loket cannot start</source>
        <translation>Loket tidak dapat dimulai</translation>
    </message>
</context>
</TS>