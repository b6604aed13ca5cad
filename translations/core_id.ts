<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket</name>
    <message>
        <source>The central database refused to create its tables: %1</source>
        <translation>Basis data pusat menolak membuat tabelnya: %1</translation>
    </message>
</context>
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
    <name>loket::SlaDashboard</name>
    <message>
        <source>(nobody)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Applicant / complainant</source>
        <translation>Pemohon / pengadu</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>Due within 5 working days</source>
        <translation>Jatuh tempo dalam 5 hari kerja</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Sesuai jadwal</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Service / object</source>
        <translation>Layanan / objek</translation>
    </message>
    <message>
        <source>Stage / state</source>
        <translation>Tahap / status</translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation>Hari kerja terlambat</translation>
    </message>
</context>
<context>
    <name>loket::SlaSnapshot</name>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Sesuai jadwal</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Paused (file with the applicant)</source>
        <translation>Dijeda (berkas di pemohon)</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>Due within 5 working days</source>
        <translation>Jatuh tempo dalam 5 hari kerja</translation>
    </message>
    <message>
        <source>Finished in time this month</source>
        <translation>Selesai tepat waktu bulan ini</translation>
    </message>
    <message>
        <source>Finished late this month</source>
        <translation>Selesai terlambat bulan ini</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Per layanan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Per tahap</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>Per petugas</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Late and at-risk cases</source>
        <translation>Permohonan terlambat dan berisiko</translation>
    </message>
    <message>
        <source>Complaint deadlines</source>
        <translation>Tenggat pengaduan</translation>
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
    <message>
        <source>The database connection is not open.</source>
        <translation>Koneksi basis data tidak terbuka.</translation>
    </message>
</context>
<context>
    <name>loket::SurveyIndex</name>
    <message>
        <source>Very good</source>
        <translation>Sangat Baik</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Less than good</source>
        <translation>Kurang Baik</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Tidak Baik</translation>
    </message>
    <message>
        <source>No file was handed over in this period, so there is no one to sample yet.</source>
        <translation>Belum ada berkas yang diserahkan pada periode ini, sehingga belum ada responden yang dapat diambil sampelnya.</translation>
    </message>
    <message>
        <source>%1 applicants were served in the period; the Krejcie–Morgan sample for them is %2 respondents:</source>
        <translation>%1 pemohon dilayani pada periode ini; sampel Krejcie–Morgan untuk jumlah itu adalah %2 responden:</translation>
    </message>
    <message>
        <source>reached.</source>
        <translation>terpenuhi.</translation>
    </message>
    <message numerus="yes">
        <source>%n more needed.</source>
        <translation>
            <numerusform>kurang %n responden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::SurveyService</name>
    <message>
        <source>The survey date is missing or not a date (YYYY-MM-DD).</source>
        <translation>Tanggal survei kosong atau bukan tanggal (TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>Answer %1 (%2) is missing.</source>
        <translation>Jawaban %1 (%2) belum diisi.</translation>
    </message>
    <message>
        <source>Answer %1 (%2) must be 1, 2, 3 or 4, not %3.</source>
        <translation>Jawaban %1 (%2) harus 1, 2, 3 atau 4, bukan %3.</translation>
    </message>
    <message>
        <source>%1 is not an element of the survey.</source>
        <translation>%1 bukan unsur survei.</translation>
    </message>
    <message>
        <source>Gender must be L or P, not "%1".</source>
        <translation>Jenis kelamin harus L atau P, bukan "%1".</translation>
    </message>
    <message>
        <source>The service's KBLI must have 5 digits, not "%1".</source>
        <translation>KBLI layanan harus 5 angka, bukan "%1".</translation>
    </message>
    <message>
        <source>The survey file is empty.</source>
        <translation>Berkas survei kosong.</translation>
    </message>
    <message>
        <source>Line 1: the column received_on is missing.</source>
        <translation>Baris 1: kolom received_on tidak ada.</translation>
    </message>
    <message>
        <source>line %1, column %2: "%3" is not a number 1-4</source>
        <translation>baris %1, kolom %2: "%3" bukan angka 1-4</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>The survey file was not imported; nothing was written:
%1</source>
        <translation>Berkas survei tidak diimpor; tidak ada yang ditulis:
%1</translation>
    </message>
    <message>
        <source>The period must look like 2026-Q3, not "%1".</source>
        <translation>Periode harus berbentuk seperti 2026-Q3, bukan "%1".</translation>
    </message>
</context>
<context>
    <name>loket::ReferencePull</name>
    <message>
        <source>The central copy of service standard %1 cannot be read: %2</source>
        <translation>Salinan pusat standar pelayanan %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>This workstation is the reference workstation %1: nothing to pull.</source>
        <translation>Komputer ini adalah komputer acuan %1: tidak ada yang perlu diambil.</translation>
    </message>
    <message>
        <source>Calendar and service catalogue are up to date with %1.</source>
        <translation>Kalender dan katalog layanan sudah sama dengan %1.</translation>
    </message>
    <message>
        <source>calendar: %1 days added, %2 changed, %3 removed, %4 years confirmed</source>
        <translation>kalender: %1 hari ditambahkan, %2 diubah, %3 dihapus, %4 tahun dikonfirmasi</translation>
    </message>
    <message>
        <source>catalogue: %1 services created, %2 new versions, %3 unchanged</source>
        <translation>katalog: %1 layanan baru, %2 versi baru, %3 tidak berubah</translation>
    </message>
    <message>
        <source>Pulling from %1 would change the %2; %3.</source>
        <translation>Pengambilan dari %1 akan mengubah %2; %3.</translation>
    </message>
    <message>
        <source>Pulled from %1: %2; %3.</source>
        <translation>Diambil dari %1: %2; %3.</translation>
    </message>
    <message>
        <source>Workstation code "%1" is not valid: use 2 to 6 letters or digits starting with a letter, e.g. C01.</source>
        <translation>Kode komputer "%1" tidak sah: gunakan 2 sampai 6 huruf atau angka yang diawali huruf, misalnya C01.</translation>
    </message>
    <message>
        <source>No reference workstation to pull from: set %1 (loket-cli sync configure --reference CODE) or give --from CODE.</source>
        <translation>Belum ada komputer acuan untuk diambil datanya: isi %1 (loket-cli sync configure --reference KODE) atau berikan --from KODE.</translation>
    </message>
    <message>
        <source>The central database holds nothing from workstation %1: run loket-cli sync there first, or check the code.</source>
        <translation>Basis data pusat belum memuat apa pun dari komputer %1: jalankan loket-cli sync di sana terlebih dahulu, atau periksa kodenya.</translation>
    </message>
    <message>
        <source>sync pull from %1</source>
        <translation>sinkronisasi: diambil dari %1</translation>
    </message>
    <message>
        <source>KBLI codes: %1 added, %2 changed.</source>
        <translation>Kode KBLI: %1 ditambahkan, %2 diubah.</translation>
    </message>
    <message>
        <source>The central copy of the KBLI list of %1 cannot be used: %2</source>
        <translation>Salinan pusat daftar KBLI dari %1 tidak dapat digunakan: %2</translation>
    </message>
</context>
<context>
    <name>loket::SyncService</name>
    <message>
        <source>%1 rows and %2 audit entries sent.</source>
        <translation>%1 baris dan %2 catatan audit terkirim.</translation>
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
    <name>loket::XlsxExport</name>
    <message>
        <source>Cannot create the Excel file %1.</source>
        <translation>Berkas Excel %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cannot write the Excel file %1: %2</source>
        <translation>Berkas Excel %1 tidak dapat ditulis: %2</translation>
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
    <message>
        <source>--cases must be a whole number of 0 or more, not "%1".</source>
        <translation>--cases harus bilangan bulat 0 atau lebih, bukan "%1".</translation>
    </message>
    <message>
        <source>Demo database %1 is ready.</source>
        <translation>Basis data demo %1 siap.</translation>
    </message>
    <message>
        <source>Central database: %1</source>
        <translation>Basis data pusat: %1</translation>
    </message>
    <message>
        <source>Central database: not configured (loket-cli sync configure).</source>
        <translation>Basis data pusat: belum diatur (loket-cli sync configure).</translation>
    </message>
    <message>
        <source>Rows waiting to be sent:</source>
        <translation>Baris yang menunggu dikirim:</translation>
    </message>
    <message>
        <source>Last runs:</source>
        <translation>Pengiriman terakhir:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>berhasil</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>sync configure needs --host and --database.</source>
        <translation>sync configure memerlukan --host dan --database.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not "%1".</source>
        <translation>--port harus angka 1 sampai 65535, bukan "%1".</translation>
    </message>
    <message>
        <source>The central database is now %1.</source>
        <translation>Basis data pusat sekarang %1.</translation>
    </message>
    <message>
        <source>The central tables are ready on %1.</source>
        <translation>Tabel pusat siap di %1.</translation>
    </message>
    <message>
        <source>Unknown sync command: %1.</source>
        <translation>Perintah sync tidak dikenal: %1.</translation>
    </message>
    <message>
        <source>survey add needs --answers with one score 1-4 per element, e.g. 4,4,3,4,3,4,4,3,4.</source>
        <translation>survey add memerlukan --answers berisi satu nilai 1-4 untuk setiap unsur, misalnya 4,4,3,4,3,4,4,3,4.</translation>
    </message>
    <message>
        <source>--answers needs %1 scores (one per element), not %2.</source>
        <translation>--answers memerlukan %1 nilai (satu per unsur), bukan %2.</translation>
    </message>
    <message>
        <source>Survey form %1 recorded for %2.</source>
        <translation>Formulir survei %1 dicatat untuk %2.</translation>
    </message>
    <message>
        <source>survey import needs the CSV FILE.</source>
        <translation>survey import memerlukan BERKAS CSV.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 survey forms imported.</source>
        <translation>%1 formulir survei diimpor.</translation>
    </message>
    <message>
        <source>Satisfaction index (IKM) %1: %2 respondents</source>
        <translation>Indeks Kepuasan Masyarakat (IKM) %1: %2 responden</translation>
    </message>
    <message>
        <source>IKM %1 (%2, %3); with 0.11 weights: %4</source>
        <translation>IKM %1 (%2, %3); dengan bobot 0,11: %4</translation>
    </message>
    <message>
        <source>Unknown survey command: %1.</source>
        <translation>Perintah survey tidak dikenal: %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not "%1".</source>
        <translation>--seed harus bilangan bulat, bukan "%1".</translation>
    </message>
    <message>
        <source>SLA on %1</source>
        <translation>SLA per %1</translation>
    </message>
    <message>
        <source>Cases: %1 open, %2 on track, %3 at risk, %4 overdue, %5 paused; %6 due today.</source>
        <translation>Permohonan: %1 terbuka, %2 sesuai jadwal, %3 berisiko, %4 terlambat, %5 dijeda; %6 jatuh tempo hari ini.</translation>
    </message>
    <message>
        <source>This month: %1 finished in time, %2 late.</source>
        <translation>Bulan ini: %1 selesai tepat waktu, %2 terlambat.</translation>
    </message>
    <message>
        <source>Complaints: %1 open, %2 at risk, %3 overdue.</source>
        <translation>Pengaduan: %1 terbuka, %2 berisiko, %3 terlambat.</translation>
    </message>
    <message>
        <source>Late and at-risk cases:</source>
        <translation>Permohonan terlambat dan berisiko:</translation>
    </message>
    <message>
        <source>Unknown report: %1. Reports: sla.</source>
        <translation>Laporan tidak dikenal: %1. Laporan yang ada: sla.</translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation>SLA %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>  due date of %1: %2 -&gt; %3</source>
        <translation>  batas waktu %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Reference workstation: none (sync only sends).</source>
        <translation>Komputer acuan: tidak ada (sinkronisasi hanya mengirim).</translation>
    </message>
    <message>
        <source>Reference workstation: %1 (its calendar and catalogue are received).</source>
        <translation>Komputer acuan: %1 (kalender dan katalognya diterima).</translation>
    </message>
    <message>
        <source>No reference workstation: sync only sends, it receives nothing.</source>
        <translation>Tidak ada komputer acuan: sinkronisasi hanya mengirim dan tidak menerima apa pun.</translation>
    </message>
    <message>
        <source>The reference workstation is now %1: sync receives its calendar and service catalogue.</source>
        <translation>Komputer acuan sekarang %1: sinkronisasi menerima kalender dan katalog layanannya.</translation>
    </message>
    <message>
        <source>sync configure needs --host and --database (or only --reference CODE).</source>
        <translation>sync configure memerlukan --host dan --database (atau hanya --reference KODE).</translation>
    </message>
</context>
<context>
    <name>loket::ui::DashboardPage</name>
    <message>
        <source>&lt;h2&gt;SLA dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dasbor SLA&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Ekspor ke Excel…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Cetak ke PDF…</translation>
    </message>
    <message>
        <source>Export the SLA dashboard</source>
        <translation>Ekspor dasbor SLA</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Print the SLA dashboard</source>
        <translation>Cetak dasbor SLA</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The SLA dashboard is for supervisors and the head of office.</source>
        <translation>Dasbor SLA untuk atasan langsung dan kepala dinas.</translation>
    </message>
    <message>
        <source>Warning: %1 due dates fall in a year whose holiday calendar is not confirmed yet.</source>
        <translation>Peringatan: %1 tenggat jatuh pada tahun yang kalender liburnya belum dikonfirmasi.</translation>
    </message>
    <message>
        <source>Working-day clocks as of %1.</source>
        <translation>Hitungan hari kerja per %1.</translation>
    </message>
    <message>
        <source>open applications</source>
        <translation>permohonan terbuka</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>complaints late / open</source>
        <translation>pengaduan terlambat / terbuka</translation>
    </message>
    <message>
        <source>finished in time / late this month</source>
        <translation>selesai tepat waktu / terlambat bulan ini</translation>
    </message>
    <message>
        <source>Open applications by stage</source>
        <translation>Permohonan terbuka per tahap</translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation>SLA %1</translation>
    </message>
    <message>
        <source>SLA dashboard</source>
        <translation>Dasbor SLA</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
</context>
<context>
    <name>loket::ui::DashboardPrinter</name>
    <message>
        <source>SLA dashboard %1</source>
        <translation>Dasbor SLA %1</translation>
    </message>
    <message>
        <source>%1 · SLA %2 · page %3</source>
        <translation>%1 · SLA %2 · halaman %3</translation>
    </message>
    <message>
        <source>SLA dashboard — %1 — %2</source>
        <translation>Dasbor SLA — %1 — %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
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
        <source>New application</source>
        <translation>Permohonan baru</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Daftar permohonan</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Katalog layanan</translation>
    </message>
    <message>
        <source>SLA dashboard</source>
        <translation>Dasbor SLA</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Survei kepuasan</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>Kalender kerja</translation>
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
    <name>loket::ui::SurveyFormWidget</name>
    <message>
        <source>Not stated</source>
        <translation>Tidak disebutkan</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <source>Date of the form</source>
        <translation>Tanggal formulir</translation>
    </message>
    <message>
        <source>Service (KBLI)</source>
        <translation>Layanan (KBLI)</translation>
    </message>
    <message>
        <source>Registration number (optional)</source>
        <translation>Nomor registrasi (opsional)</translation>
    </message>
    <message>
        <source>Respondent's sex</source>
        <translation>Jenis kelamin responden</translation>
    </message>
    <message>
        <source>1 Not good</source>
        <translation>1 Tidak baik</translation>
    </message>
    <message>
        <source>2 Less than good</source>
        <translation>2 Kurang baik</translation>
    </message>
    <message>
        <source>3 Good</source>
        <translation>3 Baik</translation>
    </message>
    <message>
        <source>4 Very good</source>
        <translation>4 Sangat baik</translation>
    </message>
    <message>
        <source>Suggestion written on the form</source>
        <translation>Saran yang ditulis pada formulir</translation>
    </message>
    <message>
        <source>Save form</source>
        <translation>Simpan formulir</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Survei kepuasan</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyPage</name>
    <message>
        <source>&lt;h2&gt;Satisfaction survey (SKM)&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Survei Kepuasan Masyarakat (SKM)&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Quarterly index</source>
        <translation>Indeks triwulanan</translation>
    </message>
    <message>
        <source>Enter a form</source>
        <translation>Isi formulir</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyReportWidget</name>
    <message>
        <source>Quarter %1</source>
        <translation>Triwulan %1</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Service (KBLI)</source>
        <translation>Layanan (KBLI)</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>NRR × 1/9</source>
        <translation>NRR × 1/9</translation>
    </message>
    <message>
        <source>Save the survey report</source>
        <translation>Simpan laporan survei</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&lt;i&gt;The index is shown to supervisors and the head of office.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Indeks ditampilkan untuk atasan langsung dan kepala dinas.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Survei kepuasan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No survey forms for %1 yet.&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Belum ada formulir survei untuk %1.&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>The standard asks for a satisfaction survey four times a year.</source>
        <translation>Standar pelayanan mewajibkan survei kepuasan empat kali setahun.</translation>
    </message>
    <message>
        <source>&lt;h2 style='color:%1'&gt;IKM %2 — %3 (%4)&lt;/h2&gt;</source>
        <translation>&lt;h2 style='color:%1'&gt;IKM %2 — %3 (%4)&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>%1 respondents in %2. Index %3 on the 1–4 scale (weights 1/9). With the 0.11 weights many spreadsheets use, the IKM would read %4.</source>
        <translation>%1 responden pada %2. Indeks %3 pada skala 1–4 (bobot 1/9). Dengan bobot 0,11 yang dipakai banyak lembar kerja, IKM akan terbaca %4.</translation>
    </message>
    <message>
        <source>Average score per element (NRR)</source>
        <translation>Nilai rata-rata per unsur (NRR)</translation>
    </message>
    <message>
        <source>Satisfaction index %1</source>
        <translation>Indeks kepuasan %1</translation>
    </message>
    <message>
        <source>Community satisfaction index (IKM) %1</source>
        <translation>Indeks Kepuasan Masyarakat (IKM) %1</translation>
    </message>
    <message>
        <source>Respondents: %1</source>
        <translation>Responden: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Layanan: %1</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>semua layanan</translation>
    </message>
    <message>
        <source>IKM %1 — %2 (%3)</source>
        <translation>IKM %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>IKM = (sum of NRR × 1/9) × 25 (PermenPANRB 14/2017). Grades: A 88.31–100 Very good; B 76.61–88.30 Good; C 65.00–76.60 Less than good; D 25.00–64.99 Not good. With 0.11 weights the IKM would read %1.</source>
        <translation>IKM = (jumlah NRR × 1/9) × 25 (PermenPANRB 14/2017). Mutu: A 88,31–100 Sangat Baik; B 76,61–88,30 Baik; C 65,00–76,60 Kurang Baik; D 25,00–64,99 Tidak Baik. Dengan bobot 0,11 IKM akan terbaca %1.</translation>
    </message>
</context>
<context>
    <name>loket::ui::runGui</name>
    <message>
        <source>Loket cannot start</source>
        <translation>Loket tidak dapat dimulai</translation>
    </message>
</context>
<context>
    <name>loket::CentralConnection</name>
    <message>
        <source>The central database is not configured: set sync.host and sync.database.</source>
        <translation>Basis data pusat belum diatur: isi sync.host dan sync.database.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Driver PostgreSQL untuk Qt belum terpasang (paket Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the central database %1: %2</source>
        <translation>Basis data pusat %1 tidak dapat dihubungi: %2</translation>
    </message>
</context>
</TS>