<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::CaseConflicts</name>
    <message>
        <source>The application of conflict %1 is missing.</source>
        <translation>Permohonan dari konflik %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>The overridden action carries no state to take.</source>
        <translation>Tindakan yang dikesampingkan tidak membawa keadaan yang dapat diambil.</translation>
    </message>
    <message>
        <source>There is no conflict %1; loket-cli conflict list shows the open ones.</source>
        <translation>Tidak ada konflik %1; loket-cli conflict list menampilkan konflik yang terbuka.</translation>
    </message>
    <message>
        <source>Conflict %1 was already settled by %2.</source>
        <translation>Konflik %1 sudah diselesaikan oleh %2.</translation>
    </message>
    <message>
        <source>Write why the conflict is settled this way.</source>
        <translation>Tuliskan alasan konflik diselesaikan dengan cara ini.</translation>
    </message>
    <message>
        <source>%1 is not one of the overridden actions of this conflict.</source>
        <translation>%1 bukan salah satu tindakan yang dikesampingkan dalam konflik ini.</translation>
    </message>
</context>
<context>
    <name>loket::CentralSchema</name>
    <message>
        <source>The central database refused to create its tables: %1</source>
        <translation>Basis data pusat menolak membuat tabelnya: %1</translation>
    </message>
    <message>
        <source>Cannot read the central database's schema: %1</source>
        <translation>Skema basis data pusat tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The central database has schema version %1, made by a newer Loket; this program knows version %2. Update Loket on this PC before it syncs; nothing was sent or received.</source>
        <translation>Basis data pusat memiliki skema versi %1, dibuat oleh Loket yang lebih baru; program ini mengenal versi %2. Perbarui Loket di komputer ini sebelum sinkronisasi; tidak ada yang dikirim atau diterima.</translation>
    </message>
</context>
<context>
    <name>loket::OfficePull</name>
    <message>
        <source>Receiving from %1: %2 changes</source>
        <translation>Menerima dari %1: %2 perubahan</translation>
    </message>
    <message>
        <source>Applying %1 received changes</source>
        <translation>Menerapkan %1 perubahan yang diterima</translation>
    </message>
    <message>
        <source>Nothing new from the office.</source>
        <translation>Tidak ada yang baru dari kantor.</translation>
    </message>
    <message>
        <source>%1 changes received from %2, %3 applied.</source>
        <translation>%1 perubahan diterima dari %2, %3 diterapkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) to settle.</source>
        <translation>
            <numerusform>%n konflik terbuka perlu diselesaikan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::Permission</name>
    <message>
        <source>Settle conflicts between workstations</source>
        <translation>Menyelesaikan konflik antarkomputer loket</translation>
    </message>
</context>
<context>
    <name>loket::SyncFiles</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Folder untuk %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cannot write the received file %1: %2</source>
        <translation>Berkas yang diterima %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Cannot write the received file %1.</source>
        <translation>Berkas yang diterima %1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>loket::SyncRound</name>
    <message>
        <source>Sending this workstation's changes…</source>
        <translation>Mengirim perubahan komputer ini…</translation>
    </message>
    <message>
        <source>Receiving the calendar and catalogue…</source>
        <translation>Menerima kalender dan katalog…</translation>
    </message>
    <message>
        <source>Receiving the office's changes…</source>
        <translation>Menerima perubahan dari kantor…</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>  kept:       %1</source>
        <translation>  dipertahankan:   %1</translation>
    </message>
    <message>
        <source>  overridden: %1</source>
        <translation>  dikesampingkan: %1</translation>
    </message>
    <message>
        <source>  settled by %1 (%2): %3</source>
        <translation>  diselesaikan oleh %1 (%2): %3</translation>
    </message>
    <message>
        <source>No conflicts to settle.</source>
        <translation>Tidak ada konflik yang perlu diselesaikan.</translation>
    </message>
    <message>
        <source>conflict show needs the conflict ID (see conflict list).</source>
        <translation>conflict show memerlukan ID konflik (lihat conflict list).</translation>
    </message>
    <message>
        <source>conflict resolve needs the conflict ID (see conflict list).</source>
        <translation>conflict resolve memerlukan ID konflik (lihat conflict list).</translation>
    </message>
    <message>
        <source>Conflict %1 settled: the application stays as it is.</source>
        <translation>Konflik %1 diselesaikan: permohonan tetap seperti sekarang.</translation>
    </message>
    <message>
        <source>Conflict %1 settled: the application takes the outcome of %2.</source>
        <translation>Konflik %1 diselesaikan: permohonan mengambil hasil dari %2.</translation>
    </message>
    <message>
        <source>Unknown conflict command: %1. Commands: list, show, resolve.</source>
        <translation>Perintah conflict tidak dikenal: %1. Perintah: list, show, resolve.</translation>
    </message>
    <message>
        <source>sync configure needs --host and --database, or --reference, --sslmode, --ca or --interval.</source>
        <translation>sync configure memerlukan --host dan --database, atau --reference, --sslmode, --ca atau --interval.</translation>
    </message>
    <message>
        <source>--sslmode must be disable, allow, prefer, require, verify-ca or verify-full, not &quot;%1&quot;.</source>
        <translation>--sslmode harus disable, allow, prefer, require, verify-ca atau verify-full, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--ca: cannot read the CA certificate %1.</source>
        <translation>--ca: sertifikat CA %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>--interval must be a number of minutes from 0 (off) to 1440, not &quot;%1&quot;.</source>
        <translation>--interval harus berupa jumlah menit dari 0 (mati) sampai 1440, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>TLS to the central database: sslmode %1%2.</source>
        <translation>TLS ke basis data pusat: sslmode %1%2.</translation>
    </message>
    <message>
        <source>, CA %1</source>
        <translation>, CA %1</translation>
    </message>
    <message>
        <source>Loket syncs only at night and on &quot;Sync now&quot;.</source>
        <translation>Loket hanya menyinkronkan pada malam hari dan saat &quot;Sinkronkan sekarang&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>While Loket is open it syncs every %n minute(s).</source>
        <translation>
            <numerusform>Selama Loket terbuka, sinkronisasi berjalan setiap %n menit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::CaseScreen</name>
    <message>
        <source>Conflict settled</source>
        <translation>Konflik diselesaikan</translation>
    </message>
    <message>
        <source>%1 (overridden: conflict)</source>
        <translation>%1 (dikesampingkan: konflik)</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>Received from %1: intact, %2 entries checked.</source>
        <translation>Diterima dari %1: utuh, %2 entri diperiksa.</translation>
    </message>
    <message>
        <source>Received from %1: NOT intact. %2</source>
        <translation>Diterima dari %1: TIDAK utuh. %2</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>Received: %1 changes waiting for their parent record, %2 refused (see the log).</source>
        <translation>Diterima: %1 perubahan menunggu catatan induknya, %2 ditolak (lihat log).</translation>
    </message>
</context>
</TS>
