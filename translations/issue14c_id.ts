<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::AuditKey</name>
    <message>
        <source>The audit key file %1 cannot be read.</source>
        <translation>Berkas kunci audit %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The audit key file %1 is damaged; the audit trail cannot be checked.</source>
        <translation>Berkas kunci audit %1 rusak; jejak audit tidak dapat diperiksa.</translation>
    </message>
    <message>
        <source>The audit key file %1 cannot be written.</source>
        <translation>Berkas kunci audit %1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>loket::AuditTrail</name>
    <message>
        <source>Entry %1 (%2, %3) does not carry this workstation&apos;s seal: the audit trail was rewritten outside Loket.</source>
        <translation>Entri %1 (%2, %3) tidak membawa segel workstation ini: jejak audit ditulis ulang di luar Loket.</translation>
    </message>
    <message>
        <source>The audit trail is missing: its table was removed from the database.</source>
        <translation>Jejak audit hilang: tabelnya dihapus dari basis data.</translation>
    </message>
    <message>
        <source>The audit trail is empty, but this workstation sealed its entries from entry %1 on: the entries were deleted.</source>
        <translation>Jejak audit kosong, padahal workstation ini menyegel entrinya mulai entri %1: entri-entri itu telah dihapus.</translation>
    </message>
    <message>
        <source>The audit trail is empty although the database holds %1 user account(s): the entries were deleted.</source>
        <translation>Jejak audit kosong padahal basis data memuat %1 akun pengguna: entri-entri itu telah dihapus.</translation>
    </message>
    <message>
        <source>Entries from %1 on are missing: this workstation sealed entries from %2 on.</source>
        <translation>Entri mulai %1 hilang: workstation ini menyegel entri mulai %2.</translation>
    </message>
</context>
<context>
    <name>loket::Bounds</name>
    <message>
        <source>%1 holds a control character (such as NUL) that no text may hold.</source>
        <translation>%1 memuat karakter kendali (seperti NUL) yang tidak boleh ada dalam teks.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 terlalu panjang: %2 karakter, paling banyak %3.</translation>
    </message>
    <message>
        <source>%1 is missing or not a date (YYYY-MM-DD).</source>
        <translation>%1 kosong atau bukan tanggal (TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3.</source>
        <translation>%1 (%2) sebelum %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is after %3.</source>
        <translation>%1 (%2) sesudah %3.</translation>
    </message>
    <message>
        <source>%1: the year %2 is outside %3 to %4.</source>
        <translation>%1: tahun %2 di luar %3 sampai %4.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 harus bilangan bulat dari %2 sampai %3, bukan &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>loket::CalendarImport</name>
    <message>
        <source>&quot;%1&quot; holds a value that is not a year from %2 to %3.</source>
        <translation>&quot;%1&quot; memuat nilai yang bukan tahun dari %2 sampai %3.</translation>
    </message>
    <message>
        <source>The name of the day</source>
        <translation>Nama hari</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>loket::CalendarService</name>
    <message>
        <source>The reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>The name of the day</source>
        <translation>Nama hari</translation>
    </message>
    <message>
        <source>The calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>loket::CaseImportRow</name>
    <message>
        <source>The date is before %1.</source>
        <translation>Tanggal sebelum %1.</translation>
    </message>
    <message>
        <source>The permit number</source>
        <translation>Nomor izin</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration number of this office (%2).</source>
        <translation>&quot;%1&quot; bukan nomor registrasi kantor ini (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user of Loket.</source>
        <translation>&quot;%1&quot; bukan pengguna Loket.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>loket::CaseService</name>
    <message>
        <source>The note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>The permit number</source>
        <translation>Nomor izin</translation>
    </message>
    <message>
        <source>The field officer</source>
        <translation>Petugas lapangan</translation>
    </message>
</context>
<context>
    <name>loket::CaseValidator</name>
    <message>
        <source>The applicant&apos;s e-mail address</source>
        <translation>Alamat e-mail pemohon</translation>
    </message>
    <message>
        <source>The applicant&apos;s address</source>
        <translation>Alamat pemohon</translation>
    </message>
    <message>
        <source>The SIINas account</source>
        <translation>Akun SIINas</translation>
    </message>
    <message>
        <source>The business&apos;s address</source>
        <translation>Alamat usaha</translation>
    </message>
    <message>
        <source>A checklist note</source>
        <translation>Catatan daftar periksa</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintService</name>
    <message>
        <source>The complaint cannot be received before %1 (%2).</source>
        <translation>Pengaduan tidak dapat diterima sebelum %1 (%2).</translation>
    </message>
    <message>
        <source>The complainant&apos;s name</source>
        <translation>Nama pengadu</translation>
    </message>
    <message>
        <source>The ID number</source>
        <translation>Nomor identitas</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>The object of the complaint</source>
        <translation>Objek pengaduan</translation>
    </message>
</context>
<context>
    <name>loket::SurveyService</name>
    <message>
        <source>The survey date</source>
        <translation>Tanggal survei</translation>
    </message>
    <message>
        <source>The registration number</source>
        <translation>Nomor registrasi</translation>
    </message>
    <message>
        <source>The age band</source>
        <translation>Kelompok usia</translation>
    </message>
    <message>
        <source>The education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>The occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Line 1: unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation>Baris 1: kolom &quot;%1&quot; tidak dikenal; kolomnya adalah %2.</translation>
    </message>
    <message>
        <source>Line 1: the column &quot;%1&quot; appears twice.</source>
        <translation>Baris 1: kolom &quot;%1&quot; muncul dua kali.</translation>
    </message>
</context>
</TS>
