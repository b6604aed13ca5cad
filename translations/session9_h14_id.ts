<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::AuditHeadFile</name>
    <message>
        <source>The record of the last audit entry sent, %1, cannot be written.</source>
        <translation>Catatan entri audit terakhir yang dikirim, %1, tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>The record of the last audit entry sent, %1, cannot be read: %2</source>
        <translation>Catatan entri audit terakhir yang dikirim, %1, tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The record of the last audit entry sent, %1, was changed outside Loket: its seal does not fit this workstation's audit key.</source>
        <translation>Catatan entri audit terakhir yang dikirim, %1, diubah di luar Loket: segelnya tidak cocok dengan kunci audit workstation ini.</translation>
    </message>
</context>
<context>
    <name>loket::AuditTrail</name>
    <message>
        <source>the central database (as recorded beside the database file)</source>
        <translation>basis data pusat (sebagaimana dicatat di samping berkas basis data)</translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but entry %2 was already sent to %3: entries %4 to %2 were deleted here (or the database was put back from an older backup).</source>
        <translation>Jejak audit berakhir pada entri %1, padahal entri %2 sudah dikirim ke %3: entri %4 sampai %2 dihapus di sini (atau basis data dipulihkan dari cadangan yang lebih lama).</translation>
    </message>
    <message>
        <source>Entry %1 is not the entry that was sent to %2: the audit trail was rewritten after it was sent.</source>
        <translation>Entri %1 bukan entri yang dikirim ke %2: jejak audit ditulis ulang setelah dikirim.</translation>
    </message>
</context>
<context>
    <name>loket::UserService</name>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Training title</source>
        <translation>Judul pelatihan</translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation>Penyelenggara pelatihan</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Nomor sertifikat</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>The central database did not answer, so the trail was not compared with what was sent to it: %1</source>
        <translation>Basis data pusat tidak menjawab, jadi jejak audit tidak dibandingkan dengan yang telah dikirim ke sana: %1</translation>
    </message>
    <message>
        <source>the central database</source>
        <translation>basis data pusat</translation>
    </message>
    <message>
        <source>The central database holds entries up to %1: they match.</source>
        <translation>Basis data pusat menyimpan entri sampai %1: semuanya cocok.</translation>
    </message>
    <message>
        <source>The central database holds no entries of this workstation yet.</source>
        <translation>Basis data pusat belum menyimpan entri dari workstation ini.</translation>
    </message>
    <message>
        <source>Compared with the central database: NOT intact. %1</source>
        <translation>Dibandingkan dengan basis data pusat: TIDAK utuh. %1</translation>
    </message>
</context>
<context>
    <name>loket::cli::help</name>
    <message>
        <source>calendar show YEAR
calendar add-working-days DATE N
calendar working-days-between FROM TO
calendar is-working-day DATE
calendar import FILE [--dry-run] [--reason TEXT] [--encoding NAME]
calendar set DATE working|holiday|cuti|closure --name NAME --reason TEXT
calendar confirm YEAR [--reason TEXT]
calendar history [--limit N]</source>
        <translation>calendar show TAHUN
calendar add-working-days TANGGAL N
calendar working-days-between DARI SAMPAI
calendar is-working-day TANGGAL
calendar import BERKAS [--dry-run] [--reason TEKS] [--encoding NAMA]
calendar set TANGGAL working|holiday|cuti|closure --name NAMA --reason TEKS
calendar confirm TAHUN [--reason TEKS]
calendar history [--limit N]</translation>
    </message>
</context>
<context>
    <name>loket::ui::ImportEncoding</name>
    <message>
        <source>%1 is not UTF-8 text: line %2 holds characters saved in another encoding, so names would come in garbled.

Read the file as Windows-1252 (how spreadsheets on Windows save CSV and text files)? Check the names before you apply it. Choose No to import nothing; then save the file as UTF-8 and import it again.</source>
        <translation>%1 bukan teks UTF-8: baris %2 memuat karakter yang disimpan dalam pengodean lain, sehingga nama-nama akan masuk dalam keadaan rusak.

Baca berkas sebagai Windows-1252 (cara spreadsheet di Windows menyimpan berkas CSV dan teks)? Periksa nama-namanya sebelum Anda menerapkannya. Pilih Tidak agar tidak ada yang diimpor; lalu simpan berkas sebagai UTF-8 dan impor lagi.</translation>
    </message>
</context>
</TS>
