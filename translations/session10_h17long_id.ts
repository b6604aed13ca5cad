<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>loket::AuditReading</name>
    <message>
        <source>national holiday</source>
        <translation>libur nasional</translation>
    </message>
    <message>
        <source>collective leave day</source>
        <translation>cuti bersama</translation>
    </message>
    <message>
        <source>office closure</source>
        <translation>penutupan kantor</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>hari kerja</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>akhir pekan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 removed: %2</source>
        <translation>%1 dihapus: %2</translation>
    </message>
    <message>
        <source>%1 changed: %2 → %3</source>
        <translation>%1 diubah: %2 → %3</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 ditambahkan: %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>Calendar %1 loaded: %2</source>
        <translation>Kalender %1 dimuat: %2</translation>
    </message>
    <message>
        <source>Calendar %1, added: %2</source>
        <translation>Kalender %1, ditambahkan: %2</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Diubah: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Dihapus: %1</translation>
    </message>
    <message>
        <source>Years confirmed: %1</source>
        <translation>Tahun yang dikonfirmasi: %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>From application</source>
        <translation>Dari permohonan ke</translation>
    </message>
    <message>
        <source>To application</source>
        <translation>Sampai permohonan ke</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>Nomor pertama</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>Nomor terakhir</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>KBLI</source>
        <translation>KBLI</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Tingkat risiko</translation>
    </message>
    <message>
        <source>Completion time (working days)</source>
        <translation>Jangka waktu penyelesaian (hari kerja)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Database version</source>
        <translation>Versi basis data</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Diklat</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Nomor sertifikat</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Years in government service</source>
        <translation>Masa kerja sebagai ASN (tahun)</translation>
    </message>
    <message>
        <source>Years at the one-stop service</source>
        <translation>Masa kerja di PTSP (tahun)</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Wajib mengganti kata sandi</translation>
    </message>
    <message>
        <source>Technical competence</source>
        <translation>Kompetensi teknis</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Complainant's contact</source>
        <translation>Kontak pengadu</translation>
    </message>
    <message>
        <source>Complainant's ID number</source>
        <translation>Nomor identitas pengadu</translation>
    </message>
    <message>
        <source>Permit handed over on</source>
        <translation>Izin diserahkan pada</translation>
    </message>
    <message>
        <source>Service KBLI</source>
        <translation>KBLI layanan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pokok pengaduan</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Hasil pemilahan</translation>
    </message>
    <message>
        <source>Triage rule</source>
        <translation>Aturan pemilahan</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Jenis masalah</translation>
    </message>
    <message>
        <source>Other problem type</source>
        <translation>Jenis masalah lainnya</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Resolution path</source>
        <translation>Jalur penyelesaian</translation>
    </message>
    <message>
        <source>Path when unresolved</source>
        <translation>Jalur bila tidak selesai</translation>
    </message>
    <message>
        <source>Marked unresolved on</source>
        <translation>Dinyatakan tidak selesai pada</translation>
    </message>
    <message>
        <source>APIP approval by</source>
        <translation>Persetujuan APIP oleh</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Dijawab pada</translation>
    </message>
    <message>
        <source>Reported to the superior on</source>
        <translation>Dilaporkan ke atasan pada</translation>
    </message>
    <message>
        <source>Review steps done</source>
        <translation>Langkah penelaahan selesai</translation>
    </message>
    <message>
        <source>Escalation levels</source>
        <translation>Jenjang eskalasi</translation>
    </message>
    <message>
        <source>Row version</source>
        <translation>Versi baris</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message numerus="yes">
        <source>%n national holiday(s)</source>
        <translation>
            <numerusform>%n hari libur nasional</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collective leave day(s)</source>
        <translation>
            <numerusform>%n hari cuti bersama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office closure(s)</source>
        <translation>
            <numerusform>%n hari penutupan kantor</numerusform>
        </translation>
    </message>
</context>
</TS>
