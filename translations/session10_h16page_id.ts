<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::AuditTrail</name>
    <message>
        <source>There is no audit entry %1.</source>
        <translation>Tidak ada entri audit %1.</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>More may follow: --after %1</source>
        <translation>Mungkin masih ada lagi: --after %1</translation>
    </message>
</context>
<context>
    <name>loket::cli::help</name>
    <message>
        <source>audit verify               (exit 1 when an entry was changed or deleted)
audit log [--record ID] [--type TYPE] [--actor USER] [--action ACTION] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--after SEQ]</source>
        <translation>audit verify               (keluar 1 bila ada entri yang diubah atau dihapus)
audit log [--record ID] [--type JENIS] [--actor PENGGUNA] [--action TINDAKAN] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--after SEQ]</translation>
    </message>
    <message>
        <source>complaint add --channel KEY [--received "YYYY-MM-DD HH:MM"] [--name NAME] [--id-number NIK] [--contact TEXT] [--address TEXT] [--case REG] [--service-date DATE] [--service KBLI] [--object TEXT] [--attach FILE]...
complaint list [--kind complaint|suggestion] [--state S] [--clock overdue|at-risk|on-track|met|missed] [--from DATE] [--to DATE] [--channel KEY] [--service KBLI] [--problem TYPE] [--limit N] [--after NUMBER]
complaint show NUMBER|ID
complaint import FILE.csv [--encoding NAME]   (UTF-8 unless --encoding, e.g. cp1252)
complaint receipt NUMBER --pdf FILE [--layout a4|thermal]</source>
        <translation>complaint add --channel KUNCI [--received "YYYY-MM-DD HH:MM"] [--name NAMA] [--id-number NIK] [--contact TEKS] [--address TEKS] [--case NOREG] [--service-date TANGGAL] [--service KBLI] [--object TEKS] [--attach BERKAS]...
complaint list [--kind complaint|suggestion] [--state S] [--clock overdue|at-risk|on-track|met|missed] [--from TANGGAL] [--to TANGGAL] [--channel KUNCI] [--service KBLI] [--problem JENIS] [--limit N] [--after NOMOR]
complaint show NOMOR|ID
complaint import BERKAS.csv [--encoding NAMA]   (UTF-8 kecuali --encoding, mis. cp1252)
complaint receipt NOMOR --pdf BERKAS [--layout a4|thermal]</translation>
    </message>
</context>
</TS>
