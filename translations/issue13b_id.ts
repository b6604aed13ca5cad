<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::AuditReading</name>
    <message>
        <source>Database brought to a new version</source>
        <translation>Basis data diperbarui ke versi baru</translation>
    </message>
    <message>
        <source>Competence confirmed</source>
        <translation>Kompetensi dikonfirmasi</translation>
    </message>
    <message>
        <source>Competence confirmation removed</source>
        <translation>Konfirmasi kompetensi dicabut</translation>
    </message>
    <message>
        <source>Applicant added</source>
        <translation>Pemohon ditambahkan</translation>
    </message>
    <message>
        <source>Applicant changed</source>
        <translation>Data pemohon diubah</translation>
    </message>
    <message>
        <source>Business added</source>
        <translation>Badan usaha ditambahkan</translation>
    </message>
    <message>
        <source>Business changed</source>
        <translation>Data badan usaha diubah</translation>
    </message>
    <message>
        <source>Application registered</source>
        <translation>Permohonan didaftarkan</translation>
    </message>
    <message>
        <source>Corrected file resubmitted</source>
        <translation>Berkas perbaikan diajukan kembali</translation>
    </message>
    <message>
        <source>Verification started</source>
        <translation>Verifikasi dimulai</translation>
    </message>
    <message>
        <source>Forwarded to the technical team</source>
        <translation>Diteruskan ke tim teknis</translation>
    </message>
    <message>
        <source>Forwarded for signature</source>
        <translation>Diteruskan untuk ditandatangani</translation>
    </message>
    <message>
        <source>Technical review completed</source>
        <translation>Kajian teknis selesai</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Dikembalikan untuk perbaikan</translation>
    </message>
    <message>
        <source>Signed and issued</source>
        <translation>Ditandatangani dan diterbitkan</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>Dokumen ditambahkan</translation>
    </message>
    <message>
        <source>Applications imported</source>
        <translation>Permohonan diimpor</translation>
    </message>
    <message>
        <source>Sync conflict resolved</source>
        <translation>Konflik sinkronisasi diselesaikan</translation>
    </message>
    <message>
        <source>Service added</source>
        <translation>Layanan ditambahkan</translation>
    </message>
    <message>
        <source>Service standard saved</source>
        <translation>Standar pelayanan disimpan</translation>
    </message>
    <message>
        <source>KBLI list imported</source>
        <translation>Daftar KBLI diimpor</translation>
    </message>
    <message>
        <source>Complaint received</source>
        <translation>Pengaduan diterima</translation>
    </message>
    <message>
        <source>Complaint attachment added</source>
        <translation>Lampiran pengaduan ditambahkan</translation>
    </message>
    <message>
        <source>Complaint classified</source>
        <translation>Pengaduan diklasifikasikan</translation>
    </message>
    <message>
        <source>Complaint triage overridden</source>
        <translation>Pemilahan pengaduan diubah</translation>
    </message>
    <message>
        <source>Clarification asked</source>
        <translation>Klarifikasi diminta</translation>
    </message>
    <message>
        <source>Complaint review step done</source>
        <translation>Langkah penelaahan pengaduan selesai</translation>
    </message>
    <message>
        <source>Complaint plan recorded</source>
        <translation>Rencana penanganan pengaduan dicatat</translation>
    </message>
    <message>
        <source>Resolution path chosen</source>
        <translation>Jalur penyelesaian dipilih</translation>
    </message>
    <message>
        <source>Complaint escalated</source>
        <translation>Pengaduan dieskalasi</translation>
    </message>
    <message>
        <source>APIP approval recorded</source>
        <translation>Persetujuan APIP dicatat</translation>
    </message>
    <message>
        <source>Report to the superior recorded</source>
        <translation>Laporan kepada atasan dicatat</translation>
    </message>
    <message>
        <source>Complaint marked unresolved</source>
        <translation>Pengaduan ditandai tidak terselesaikan</translation>
    </message>
    <message>
        <source>Complaint answered</source>
        <translation>Pengaduan dijawab</translation>
    </message>
    <message>
        <source>Complaint closed</source>
        <translation>Pengaduan ditutup</translation>
    </message>
    <message>
        <source>Suggestion noted</source>
        <translation>Saran dicatat</translation>
    </message>
    <message>
        <source>Complaint officers set</source>
        <translation>Petugas pengaduan ditetapkan</translation>
    </message>
    <message>
        <source>Receipt printed</source>
        <translation>Tanda terima dicetak</translation>
    </message>
    <message>
        <source>Receipt reprinted</source>
        <translation>Tanda terima dicetak ulang</translation>
    </message>
    <message>
        <source>Receipt key published</source>
        <translation>Kunci tanda terima diterbitkan</translation>
    </message>
    <message>
        <source>Receipt key revoked</source>
        <translation>Kunci tanda terima dicabut</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Pengguna ditambahkan</translation>
    </message>
    <message>
        <source>First administrator added</source>
        <translation>Administrator pertama ditambahkan</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Data pengguna diubah</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Peran diubah</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Pengguna diaktifkan</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Pengguna dinonaktifkan</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Kunci pengguna dibuka</translation>
    </message>
    <message>
        <source>User locked out</source>
        <translation>Pengguna terkunci</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Kata sandi disetel ulang</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Kata sandi diubah</translation>
    </message>
    <message>
        <source>Training recorded</source>
        <translation>Pelatihan dicatat</translation>
    </message>
    <message>
        <source>Training removed</source>
        <translation>Pelatihan dihapus</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Data pribadi diekspor</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Pengaturan diubah</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>Office changes received</source>
        <translation>Perubahan kantor diterima</translation>
    </message>
    <message>
        <source>Survey form recorded</source>
        <translation>Formulir survei dicatat</translation>
    </message>
    <message>
        <source>Demo data generated</source>
        <translation>Data demo dibuat</translation>
    </message>
    <message>
        <source>Holidays imported</source>
        <translation>Hari libur diimpor</translation>
    </message>
    <message>
        <source>Calendar day set</source>
        <translation>Hari kalender ditetapkan</translation>
    </message>
    <message>
        <source>Calendar day cleared</source>
        <translation>Hari kalender dikosongkan</translation>
    </message>
    <message>
        <source>Calendar year confirmed</source>
        <translation>Tahun kalender dikonfirmasi</translation>
    </message>
    <message>
        <source>Built-in holidays loaded</source>
        <translation>Hari libur bawaan dimuat</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Badan usaha</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Standar pelayanan</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Receipt key</source>
        <translation>Kunci tanda terima</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Calendar version</source>
        <translation>Versi kalender</translation>
    </message>
    <message>
        <source>Survey form</source>
        <translation>Formulir survei</translation>
    </message>
    <message>
        <source>KBLI list</source>
        <translation>Daftar KBLI</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Nomor pendaftaran</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Jam layanan</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>Nomor izin</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ditandatangani pada</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Diserahkan pada</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Kunjungan lapangan</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>Petugas lapangan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Modal</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala usaha</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>loket::ui::AuditPage</name>
    <message>
        <source>Action: %1</source>
        <translation>Tindakan: %1</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Perubahan:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries; %1 shown. Scroll down for older entries.</source>
        <translation><numerusform>%Ln entri; %1 ditampilkan. Gulir ke bawah untuk entri yang lebih lama.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %Ln entries checked.</source>
        <translation><numerusform>Jejak audit utuh: %Ln entri diperiksa.</numerusform></translation>
    </message>
</context>
<context>
    <name>loket::cli::help</name>
    <message>
        <source>audit verify               (exit 1 when an entry was changed or deleted)
audit log [--record ID] [--type TYPE] [--actor USER] [--action ACTION] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]</source>
        <translation>audit verify               (keluar 1 bila ada entri yang diubah atau dihapus)
audit log [--record ID] [--type JENIS] [--actor PENGGUNA] [--action TINDAKAN] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]</translation>
    </message>
    <message>
        <source>backup [FILE] [--dir DIR] [--keep N]   (no FILE: loket-&lt;workstation&gt;-&lt;time&gt;.sqlite in backup.dir, keeping the newest backup.keep)
backup list [--dir DIR]   (exit 1 when a file there fails its check)
backup check FILE         (exit 1 when it is not a usable Loket backup, 3 when it was changed since the audit trail recorded it)
backup configure [--dir DIR] [--keep N]</source>
        <translation>backup [BERKAS] [--dir FOLDER] [--keep N]   (tanpa BERKAS: loket-&lt;workstation&gt;-&lt;waktu&gt;.sqlite di backup.dir, menyimpan sebanyak backup.keep yang terbaru)
backup list [--dir FOLDER]   (keluar 1 bila ada berkas di sana yang gagal diperiksa)
backup check BERKAS         (keluar 1 bila bukan cadangan Loket yang dapat dipakai, 3 bila berkas diubah sejak dicatat jejak audit)
backup configure [--dir FOLDER] [--keep N]</translation>
    </message>
    <message>
        <source>restore FILE --yes [--force]   (Loket closed on this PC; --user: an admin of the current database; keeps a safety copy; --force: even a backup the current database's audit trail does not hold with this SHA-256, logged and audited)</source>
        <translation>restore BERKAS --yes [--force]   (Loket ditutup di PC ini; --user: admin basis data saat ini; salinan pengaman disimpan; --force: juga cadangan yang SHA-256-nya tidak tercatat di jejak audit basis data saat ini, dicatat di log dan jejak audit)</translation>
    </message>
    <message>
        <source>calendar show YEAR
calendar add-working-days DATE N
calendar working-days-between FROM TO
calendar is-working-day DATE
calendar import FILE [--dry-run] [--reason TEXT]
calendar set DATE working|holiday|cuti|closure --name NAME --reason TEXT
calendar confirm YEAR [--reason TEXT]
calendar history [--limit N]</source>
        <translation>calendar show TAHUN
calendar add-working-days TANGGAL N
calendar working-days-between DARI SAMPAI
calendar is-working-day TANGGAL
calendar import BERKAS [--dry-run] [--reason TEKS]
calendar set TANGGAL working|holiday|cuti|closure --name NAMA --reason TEKS
calendar confirm TAHUN [--reason TEKS]
calendar history [--limit N]</translation>
    </message>
    <message>
        <source>case list [--stage S] [--clock overdue|at-risk|on-track|paused|not-started|stopped|due-today] [--service KBLI] [--officer USER] [--workstation CODE] [--search TEXT] [--from DATE] [--to DATE] [--sort newest|oldest|number|due|stage|applicant] [--limit N] [--offset N | --after REG]
case show REGISTRATION
case import FILE.csv [--encoding NAME]   (columns: docs/CSV-IMPORT.md; UTF-8 unless --encoding, e.g. cp1252)
case act REGISTRATION ACTION [--reason TEXT] [--note TEXT] [--nib N --permit P] [--date YYYY-MM-DD] [--field-visit YYYY-MM-DD --field-officer NAME] [--checklist KEY=STATUS[:NOTE],...] [--document FILE]...
  ACTION: start_verification, to_technical, to_signature, complete_technical, return, issue, hand_over, reject, withdraw, resubmit</source>
        <translation>case list [--stage S] [--clock overdue|at-risk|on-track|paused|not-started|stopped|due-today] [--service KBLI] [--officer PENGGUNA] [--workstation KODE] [--search TEKS] [--from TANGGAL] [--to TANGGAL] [--sort newest|oldest|number|due|stage|applicant] [--limit N] [--offset N | --after NOREG]
case show NOREG
case import BERKAS.csv [--encoding NAMA]   (kolom: docs/CSV-IMPORT.md; UTF-8 kecuali --encoding, mis. cp1252)
case act NOREG TINDAKAN [--reason TEKS] [--note TEKS] [--nib N --permit P] [--date YYYY-MM-DD] [--field-visit YYYY-MM-DD --field-officer NAMA] [--checklist KUNCI=STATUS[:CATATAN],...] [--document BERKAS]...
  TINDAKAN: start_verification, to_technical, to_signature, complete_technical, return, issue, hand_over, reject, withdraw, resubmit</translation>
    </message>
    <message>
        <source>demo-data [--cases N] [--seed S] [--days SPAN]</source>
        <translation>demo-data [--cases N] [--seed S] [--days RENTANG]</translation>
    </message>
    <message>
        <source>catalog list
catalog show KBLI [--name NAME] [--version N]
catalog versions KBLI [--name NAME]
catalog import-standard FILE [--encoding NAME]   (annex text, UTF-8 unless --encoding; - for stdin; all 14 components of every service)
catalog import FILE            (catalogue JSON; - for stdin)
catalog export [--output FILE]</source>
        <translation>catalog list
catalog show KBLI [--name NAMA] [--version N]
catalog versions KBLI [--name NAMA]
catalog import-standard BERKAS [--encoding NAMA]   (teks lampiran, UTF-8 kecuali --encoding; - untuk stdin; ke-14 komponen setiap layanan)
catalog import BERKAS            (JSON katalog; - untuk stdin)
catalog export [--output BERKAS]</translation>
    </message>
    <message>
        <source>complaint add --channel KEY [--received "YYYY-MM-DD HH:MM"] [--name NAME] [--id-number NIK] [--contact TEXT] [--address TEXT] [--case REG] [--service-date DATE] [--service KBLI] [--object TEXT] [--attach FILE]...
complaint list [--kind complaint|suggestion] [--state S] [--clock overdue|at-risk|on-track|met|missed] [--from DATE] [--to DATE] [--channel KEY] [--service KBLI] [--problem TYPE] [--limit N]
complaint show NUMBER|ID
complaint import FILE.csv [--encoding NAME]   (UTF-8 unless --encoding, e.g. cp1252)
complaint receipt NUMBER --pdf FILE [--layout a4|thermal]</source>
        <translation>complaint add --channel KUNCI [--received "YYYY-MM-DD HH:MM"] [--name NAMA] [--id-number NIK] [--contact TEKS] [--address TEKS] [--case NOREG] [--service-date TANGGAL] [--service KBLI] [--object TEKS] [--attach BERKAS]...
complaint list [--kind complaint|suggestion] [--state S] [--clock overdue|at-risk|on-track|met|missed] [--from TANGGAL] [--to TANGGAL] [--channel KUNCI] [--service KBLI] [--problem JENIS] [--limit N]
complaint show NOMOR|ID
complaint import BERKAS.csv [--encoding NAMA]   (UTF-8 kecuali --encoding, mis. cp1252)
complaint receipt NOMOR --pdf BERKAS [--layout a4|thermal]</translation>
    </message>
    <message>
        <source>complaint triage NUMBER --kind complaint|suggestion --reason TEXT
complaint note NUMBER --text TEXT|--text-file FILE   (a suggestion: what was done with it)
complaint attach NUMBER FILE
complaint classify NUMBER [--sector TEXT] [--problem TYPE] [--problem-other TEXT]   (TYPE Lainnya)
complaint review NUMBER --step N [--date YYYY-MM-DD | --reopen] [--note TEXT]
complaint plan NUMBER --steps clarification,confirmation,research,investigation|none
complaint clarify NUMBER --with TEXT [--date YYYY-MM-DD]
complaint resolve NUMBER --path internal|technical|apip
complaint approve-apip NUMBER [--note TEXT]
complaint unresolved NUMBER --note TEXT|--note-file FILE [--date YYYY-MM-DD]
complaint positions [--set "POST;POST;..."]   (the levels, from the officer up to the head)
complaint escalate NUMBER --position POST --officer NAME [--date YYYY-MM-DD] --report TEXT|--report-file FILE
complaint answer NUMBER --channel HOW [--date YYYY-MM-DD] --text TEXT|--text-file FILE
complaint report NUMBER --superior NAME [--date YYYY-MM-DD] --text TEXT|--text-file FILE
complaint close NUMBER
complaint letter NUMBER --kind answer|report --pdf FILE</source>
        <translation>complaint triage NOMOR --kind complaint|suggestion --reason TEKS
complaint note NOMOR --text TEKS|--text-file BERKAS   (saran: tindak lanjutnya)
complaint attach NOMOR BERKAS
complaint classify NOMOR [--sector TEKS] [--problem JENIS] [--problem-other TEKS]   (JENIS Lainnya)
complaint review NOMOR --step N [--date YYYY-MM-DD | --reopen] [--note TEKS]
complaint plan NOMOR --steps clarification,confirmation,research,investigation|none
complaint clarify NOMOR --with TEKS [--date YYYY-MM-DD]
complaint resolve NOMOR --path internal|technical|apip
complaint approve-apip NOMOR [--note TEKS]
complaint unresolved NOMOR --note TEKS|--note-file BERKAS [--date YYYY-MM-DD]
complaint positions [--set "JABATAN;JABATAN;..."]   (jenjang, dari petugas sampai kepala)
complaint escalate NOMOR --position JABATAN --officer NAMA [--date YYYY-MM-DD] --report TEKS|--report-file BERKAS
complaint answer NOMOR --channel CARA [--date YYYY-MM-DD] --text TEKS|--text-file BERKAS
complaint report NOMOR --superior NAMA [--date YYYY-MM-DD] --text TEKS|--text-file BERKAS
complaint close NOMOR
complaint letter NOMOR --kind answer|report --pdf BERKAS</translation>
    </message>
    <message>
        <source>conflict list [--all]
conflict show ID
conflict resolve ID --note TEXT [--take EVENT_ID]</source>
        <translation>conflict list [--all]
conflict show ID
conflict resolve ID --note TEKS [--take ID_PERISTIWA]</translation>
    </message>
    <message>
        <source>demo-setup [--cases N] [--seed S] [--workstation CODE]   (a new file only)</source>
        <translation>demo-setup [--cases N] [--seed S] [--workstation KODE]   (hanya berkas baru)</translation>
    </message>
    <message>
        <source>kbli list [--search TEXT]
kbli import FILE.csv [--encoding NAME]   (columns code,title[,category]; all rows or none; UTF-8 unless --encoding, e.g. cp1252)</source>
        <translation>kbli list [--search TEKS]
kbli import BERKAS.csv [--encoding NAMA]   (kolom code,title[,category]; semua baris atau tidak sama sekali; UTF-8 kecuali --encoding, mis. cp1252)</translation>
    </message>
    <message>
        <source>receipt REG --pdf FILE [--layout a4|thermal] [--kind file|return|handover]
receipt verify QR_TEXT | receipt verify REG CODE | receipt verify --keys FILE QR_TEXT
receipt keys list | receipt keys export FILE | receipt keys revoke KEY_ID [--at "YYYY-MM-DD HH:MM"] [--reason TEXT]
receipt sample --pdf FILE [--layout a4|thermal] [--kind file|return|handover]</source>
        <translation>receipt NOREG --pdf BERKAS [--layout a4|thermal] [--kind file|return|handover]
receipt verify TEKS_QR | receipt verify NOREG KODE | receipt verify --keys BERKAS TEKS_QR
receipt keys list | receipt keys export BERKAS | receipt keys revoke ID_KUNCI [--at "YYYY-MM-DD HH:MM"] [--reason TEKS]
receipt sample --pdf BERKAS [--layout a4|thermal] [--kind file|return|handover]</translation>
    </message>
    <message>
        <source>report sla [--xlsx FILE] [--csv DIR]</source>
        <translation>report sla [--xlsx BERKAS] [--csv FOLDER]</translation>
    </message>
    <message>
        <source>survey add --answers N,N,... [--date YYYY-MM-DD] [--service KBLI] [--case REG] [--gender L|P] [--comment TEXT]
survey import FILE.csv [--encoding NAME]   (UTF-8 unless --encoding, e.g. cp1252)
survey report [--period P] [--service KBLI]   (P as the standard&apos;s surveys a year: 2026-Q3, 2026-S1, 2026-T2, 2026-B5, 2026-07 or 2026)</source>
        <translation>survey add --answers N,N,... [--date YYYY-MM-DD] [--service KBLI] [--case NOREG] [--gender L|P] [--comment TEKS]
survey import BERKAS.csv [--encoding NAMA]   (UTF-8 kecuali --encoding, mis. cp1252)
survey report [--period P] [--service KBLI]   (P menurut jumlah survei setahun pada standar: 2026-Q3, 2026-S1, 2026-T2, 2026-B5, 2026-07 atau 2026)</translation>
    </message>
    <message>
        <source>sync
sync push
sync receive
sync pull [--from CODE] [--dry-run]
sync status
sync configure --host HOST [--port N] --database NAME [--user-name NAME] [--sslmode MODE] [--ca FILE] [--interval MINUTES] [--reference CODE|none]
sync configure --reference CODE|none
sync init-central</source>
        <translation>sync
sync push
sync receive
sync pull [--from KODE] [--dry-run]
sync status
sync configure --host HOST [--port N] --database NAMA [--user-name NAMA] [--sslmode MODE] [--ca BERKAS] [--interval MENIT] [--reference KODE|none]
sync configure --reference KODE|none
sync init-central</translation>
    </message>
    <message>
        <source>init [--workstation CODE] [--admin NAME [--name "Full Name"]]  (password: LOKET_PASSWORD)</source>
        <translation>init [--workstation KODE] [--admin NAMA [--name "Nama Lengkap"]]  (kata sandi: LOKET_PASSWORD)</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>user add NAME --role ROLE[,ROLE] [--name "Full Name"] [--education KEY] [--position TEXT]
user list | user show NAME
user disable NAME | user enable NAME | user unlock NAME
user reset-password NAME   (new password from LOKET_NEW_PASSWORD or a prompt)
user passwd                (your own: LOKET_PASSWORD, then LOKET_NEW_PASSWORD)
user roles NAME --role ROLE[,ROLE]
user training NAME --course KEY --date YYYY-MM-DD [--title T] [--provider P] [--certificate N]
user competence NAME [--tick N [--note T] | --untick N]   (items 3-9 of the standard&apos;s competence list)
user register              (staff register: competence and count)
  ROLE: front_desk, back_office, technical_team, head, supervisor, admin</source>
        <translation>user add NAMA --role PERAN[,PERAN] [--name "Nama Lengkap"] [--education KUNCI] [--position TEKS]
user list | user show NAMA
user disable NAMA | user enable NAMA | user unlock NAMA
user reset-password NAMA   (kata sandi baru dari LOKET_NEW_PASSWORD atau ditanyakan)
user passwd                (milik Anda: LOKET_PASSWORD, lalu LOKET_NEW_PASSWORD)
user roles NAMA --role PERAN[,PERAN]
user training NAMA --course KUNCI --date YYYY-MM-DD [--title T] [--provider P] [--certificate N]
user competence NAMA [--tick N [--note T] | --untick N]   (butir 3-9 daftar kompetensi pada standar)
user register              (daftar pegawai: kompetensi dan jumlah)
  PERAN: front_desk, back_office, technical_team, head, supervisor, admin</translation>
    </message>
    <message>
        <source>validate nik|npwp|nib|kbli VALUE</source>
        <translation>validate nik|npwp|nib|kbli NILAI</translation>
    </message>
</context>
</TS>
