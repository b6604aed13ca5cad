<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::BackupService</name>
    <message>
        <source>%1 was not compared with the audit trail: there is no database here.</source>
        <translation>%1 tidak dibandingkan dengan jejak audit: di sini tidak ada basis data.</translation>
    </message>
    <message>
        <source>%1 is unchanged since it was written (%2): its SHA-256 is the one in the audit trail.</source>
        <translation>%1 tidak berubah sejak ditulis (%2): SHA-256-nya sama dengan yang ada di jejak audit.</translation>
    </message>
    <message>
        <source>%1 has been changed since it was written: its SHA-256 is %2, the audit trail recorded %3 when it was written (%4).</source>
        <translation>%1 telah berubah sejak ditulis: SHA-256-nya %2, sedangkan jejak audit mencatat %3 saat berkas itu ditulis (%4).</translation>
    </message>
    <message>
        <source>%1 is not in the audit trail of this database (SHA-256 %2): Loket cannot tell whether it was changed.</source>
        <translation>%1 tidak ada di jejak audit basis data ini (SHA-256 %2): Loket tidak dapat memastikan apakah berkas itu telah diubah.</translation>
    </message>
    <message>
        <source>The backup file %1 already exists; choose another name.</source>
        <translation>Berkas cadangan %1 sudah ada; pilih nama lain.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 tidak dapat diganti namanya menjadi %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be compared with the audit trail: the current database %2 cannot be read.</source>
        <translation>%1 tidak dapat dibandingkan dengan jejak audit: basis data saat ini %2 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>It is refused. An administrator who knows where it came from can restore it anyway with --force, which is logged and audited. Nothing was changed.</source>
        <translation>Berkas ini ditolak. Administrator yang mengetahui asal-usulnya tetap dapat memulihkannya dengan --force, yang dicatat di log dan jejak audit. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>Do not restore it unless you know why it changed.</source>
        <translation>Jangan memulihkannya kecuali Anda tahu mengapa berkas itu berubah.</translation>
    </message>
</context>
<context>
    <name>loket::StandardImporter</name>
    <message>
        <source>It does not say how often the standard itself is evaluated (&quot;Evaluasi pelaksanaan standar pelayanan ... 1 (satu) kali dalam 1 (satu) tahun&quot;); the annex may be cut short.</source>
        <translation>Tidak disebutkan seberapa sering standar itu sendiri dievaluasi (&quot;Evaluasi pelaksanaan standar pelayanan ... 1 (satu) kali dalam 1 (satu) tahun&quot;); lampiran mungkin terpotong.</translation>
    </message>
    <message>
        <source>It does not say how often the satisfaction survey is held (&quot;survey kepuasan pelanggan 4 (empat) kali dalam 1 (satu) tahun&quot;); the annex may be cut short.</source>
        <translation>Tidak disebutkan seberapa sering survei kepuasan diadakan (&quot;survey kepuasan pelanggan 4 (empat) kali dalam 1 (satu) tahun&quot;); lampiran mungkin terpotong.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Baris %1</translation>
    </message>
    <message>
        <source>, component %1 (%2), line %3</source>
        <translation>, komponen %1 (%2), baris %3</translation>
    </message>
    <message>
        <source>%1: the file ends in the middle of a sentence (&quot;...%2&quot;); it looks cut short. Nothing was imported.</source>
        <translation>%1: berkas berakhir di tengah kalimat (&quot;...%2&quot;); tampaknya terpotong. Tidak ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>loket::TextDecoding</name>
    <message>
        <source>Line %1 is not UTF-8 text: the file was saved in another encoding. Save it as UTF-8 (in a spreadsheet: CSV UTF-8), or name its encoding, for example --encoding cp1252. Nothing was imported.</source>
        <translation>Baris %1 bukan teks UTF-8: berkas disimpan dengan pengkodean lain. Simpan sebagai UTF-8 (di lembar kerja: CSV UTF-8), atau sebutkan pengkodeannya, misalnya --encoding cp1252. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>--encoding: &quot;%1&quot; is not an encoding this program knows; for example utf-8, cp1252 or latin1.</source>
        <translation>--encoding: &quot;%1&quot; bukan pengkodean yang dikenal program ini; contohnya utf-8, cp1252 atau latin1.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text. Nothing was imported.</source>
        <translation>Berkas ini bukan teks %1 yang sah. Tidak ada yang diimpor.</translation>
    </message>
</context>
</TS>
