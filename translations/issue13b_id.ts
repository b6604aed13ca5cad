<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::AuditReading</name>
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
</TS>
