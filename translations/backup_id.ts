<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::BackupService</name>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>Berkas cadangan %1 tidak ada.</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1: %2</source>
        <translation>Berkas cadangan %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is not a Loket database: it is not an SQLite file.</source>
        <translation>%1 bukan basis data Loket: berkas ini bukan berkas SQLite.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database: %2</source>
        <translation>%1 tidak dapat dibuka sebagai basis data: %2</translation>
    </message>
    <message>
        <source>%1 is not a Loket database: it belongs to another program or is empty.</source>
        <translation>%1 bukan basis data Loket: berkas ini milik program lain atau kosong.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Loket (schema version %2; this program knows up to %3). Install the newer Loket to use it.</source>
        <translation>%1 ditulis oleh Loket yang lebih baru (versi skema %2; program ini mengenal sampai %3). Pasang Loket yang lebih baru untuk menggunakannya.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 rusak: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot read it.</source>
        <translation>%1 rusak: SQLite tidak dapat membacanya.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check and was deleted: %2</source>
        <translation>Cadangan %1 gagal dalam pemeriksaan dan telah dihapus: %2</translation>
    </message>
    <message>
        <source>The backup file name is empty.</source>
        <translation>Nama berkas cadangan kosong.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be between 1 and %1.</source>
        <translation>Jumlah cadangan yang disimpan harus antara 1 dan %1.</translation>
    </message>
    <message>
        <source>The backup folder is empty.</source>
        <translation>Folder cadangan kosong.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Folder cadangan %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, such as /srv/loket-backups.</source>
        <translation>Folder cadangan harus berupa path lengkap, misalnya /srv/loket-backups.</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file.</source>
        <translation>%1 adalah basis data itu sendiri; pilih berkas cadangan.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>Berkas basis data %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1 is open in another program (Loket or loket-cli): close it on this PC and try again. Nothing was changed.</source>
        <translation>%1 sedang dibuka oleh program lain (Loket atau loket-cli): tutup program itu di komputer ini lalu coba lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Cannot write the safety copy %1 of the current database.</source>
        <translation>Salinan pengaman %1 dari basis data saat ini tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Cannot open the backup file %1: %2</source>
        <translation>Berkas cadangan %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>Cannot flush %1 to the disk.</source>
        <translation>%1 tidak dapat dituliskan sepenuhnya ke disk.</translation>
    </message>
    <message>
        <source>Cannot close the write-ahead log of %1: %2</source>
        <translation>Log tulis-di-depan (WAL) dari %1 tidak dapat ditutup: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 tidak dapat diganti: %2</translation>
    </message>
    <message>
        <source>%1 is left without its database file: it holds changes of the file that was moved away. Move it next to that file (same name plus %2), then restore again. Nothing was changed.</source>
        <translation>%1 tertinggal tanpa berkas basis datanya: isinya perubahan dari berkas yang telah dipindahkan. Pindahkan ke samping berkas itu (nama yang sama ditambah %2), lalu pulihkan lagi. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>loket::BackupSettings</name>
    <message>
        <source>The backup folder must be a full path, such as /srv/loket-backups.</source>
        <translation>Folder cadangan harus berupa path lengkap, misalnya /srv/loket-backups.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be between 1 and %1.</source>
        <translation>Jumlah cadangan yang disimpan harus antara 1 dan %1.</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>workstation %1, schema version %2</source>
        <translation>komputer loket %1, versi skema %2</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 permohonan</translation>
    </message>
    <message>
        <source>%1 complaints</source>
        <translation>%1 pengaduan</translation>
    </message>
    <message>
        <source>--keep needs a whole number, e.g. --keep 14.</source>
        <translation>--keep memerlukan bilangan bulat, misalnya --keep 14.</translation>
    </message>
    <message>
        <source>check ok</source>
        <translation>pemeriksaan baik</translation>
    </message>
    <message>
        <source>NOT USABLE: %1</source>
        <translation>TIDAK DAPAT DIPAKAI: %1</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>Tidak ada cadangan di %1.</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:</source>
        <translation>Cadangan di %1, terbaru lebih dulu:</translation>
    </message>
    <message>
        <source>backup check needs the FILE to check.</source>
        <translation>backup check memerlukan FILE yang akan diperiksa.</translation>
    </message>
    <message>
        <source>%1: ok (taken %2, %3, %4).</source>
        <translation>%1: baik (diambil %2, %3, %4).</translation>
    </message>
    <message>
        <source>backup configure needs --dir DIR or --keep N.</source>
        <translation>backup configure memerlukan --dir DIR atau --keep N.</translation>
    </message>
    <message>
        <source>Nightly backups go to %1; the newest %2 are kept.</source>
        <translation>Cadangan harian disimpan di %1; %2 yang terbaru dipertahankan.</translation>
    </message>
    <message>
        <source>backup FILE takes no --dir or --keep: those are for the rotating backup (no FILE).</source>
        <translation>backup FILE tidak menerima --dir atau --keep: keduanya untuk cadangan bergilir (tanpa FILE).</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2, SHA-256 %3) and checked: ok.</source>
        <translation>Cadangan ditulis ke %1 (%2, SHA-256 %3) dan diperiksa: baik.</translation>
    </message>
    <message>
        <source>Older backups removed: %1</source>
        <translation>Cadangan lama yang dihapus: %1</translation>
    </message>
    <message>
        <source>restore needs the backup FILE.</source>
        <translation>restore memerlukan FILE cadangan.</translation>
    </message>
    <message>
        <source>restore would replace %1 with the backup %2 (taken %3, %4). %5 Close Loket on this PC first, then repeat the command with --yes. Nothing was changed.</source>
        <translation>restore akan mengganti %1 dengan cadangan %2 (diambil %3, %4). %5 Tutup Loket di komputer ini terlebih dahulu, lalu ulangi perintah dengan --yes. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The current file would be kept as a safety copy next to it.</source>
        <translation>Berkas saat ini akan disimpan sebagai salinan pengaman di sampingnya.</translation>
    </message>
    <message>
        <source>There is no database there yet.</source>
        <translation>Belum ada basis data di sana.</translation>
    </message>
    <message>
        <source>restore needs --user NAME: an account with the backup permission in the current database %1.</source>
        <translation>restore memerlukan --user NAMA: akun dengan kewenangan cadangan di basis data saat ini %1.</translation>
    </message>
    <message>
        <source>To restore over a database that cannot be opened, move it aside first; restoring where there is no database needs no sign-in.</source>
        <translation>Untuk memulihkan di atas basis data yang tidak dapat dibuka, pindahkan dulu berkas itu; pemulihan ke tempat yang belum berisi basis data tidak memerlukan masuk akun.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 dipulihkan dari %2.</translation>
    </message>
    <message>
        <source>The replaced file was kept as %1.</source>
        <translation>Berkas yang diganti disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>The backup had schema version %1 and was migrated to %2.</source>
        <translation>Cadangan ini berversi skema %1 dan telah dimigrasikan ke %2.</translation>
    </message>
    <message>
        <source>Documents and attachments: %1 copied (%2), %3 already there.</source>
        <translation>Dokumen dan lampiran: %1 disalin (%2), %3 sudah ada.</translation>
    </message>
    <message>
        <source>Documents and attachments put back: %1.</source>
        <translation>Dokumen dan lampiran yang dikembalikan: %1.</translation>
    </message>
</context>
<context>
    <name>loket::ui::SettingsPage</name>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>A full path; an external or network drive keeps the backups safe when this PC fails.</source>
        <translation>Path lengkap; diska eksternal atau diska jaringan menjaga cadangan tetap aman bila komputer ini rusak.</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> cadangan</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Simpan yang terbaru</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>Simpan pengaturan cadangan</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>The nightly backup runs at 17:30 with loket-cli backup (systemd timer loket-backup). There is no restore button: restoring replaces the open database. Close Loket on this PC and run &lt;code&gt;loket-cli restore FILE --yes&lt;/code&gt; as the administrator.</source>
        <translation>Cadangan harian berjalan pukul 17.30 dengan loket-cli backup (timer systemd loket-backup). Tidak ada tombol pemulihan: pemulihan mengganti basis data yang sedang terbuka. Tutup Loket di komputer ini lalu jalankan &lt;code&gt;loket-cli restore FILE --yes&lt;/code&gt; sebagai administrator.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>baik</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>tidak dapat dipakai</translation>
    </message>
    <message>
        <source>Workstation %1, schema version %2</source>
        <translation>Komputer loket %1, versi skema %2</translation>
    </message>
    <message>
        <source>The backup settings were saved.</source>
        <translation>Pengaturan cadangan telah disimpan.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2).</source>
        <translation>Cadangan ditulis dan diperiksa: %1 (%2).</translation>
    </message>
    <message>
        <source>Older backups removed: %1</source>
        <translation>Cadangan lama yang dihapus: %1</translation>
    </message>
    <message>
        <source>Documents and attachments: %1 copied, %2 already there.</source>
        <translation>Dokumen dan lampiran: %1 disalin, %2 sudah ada.</translation>
    </message>
</context>
<context>
    <name>loket::FileMirror</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 tidak dapat disalin ke %2.</translation>
    </message>
    <message>
        <source>%1 no longer matches its copy %2 (%3 and %4 bytes); the copy is kept. Check the file.</source>
        <translation>%1 tidak lagi sama dengan salinannya %2 (%3 dan %4 bita); salinan tetap disimpan. Periksa berkas itu.</translation>
    </message>
    <message>
        <source>Cannot move the damaged file %1 aside.</source>
        <translation>Berkas rusak %1 tidak dapat dipindahkan ke samping.</translation>
    </message>
</context>
</TS>
