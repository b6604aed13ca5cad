<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::ui::MainWindow</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Send this workstation&apos;s changes to the central database and receive the other workstations&apos; changes (F9)</source>
        <translation>Kirim perubahan komputer ini ke basis data pusat dan terima perubahan dari komputer lain (F9)</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sinkronisasi gagal: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::SettingsPage</name>
    <message>
        <source>Central database: %1</source>
        <translation>Basis data pusat: %1</translation>
    </message>
    <message>
        <source>The central database is not configured yet: the IT administrator sets it with &lt;code&gt;loket-cli sync configure&lt;/code&gt;.</source>
        <translation>Basis data pusat belum diatur: admin TI mengaturnya dengan &lt;code&gt;loket-cli sync configure&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Sync automatically every N minutes (0 = off)</source>
        <translation>Sinkronisasi otomatis setiap N menit (0 = mati)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>off</source>
        <translation>mati</translation>
    </message>
    <message>
        <source>While Loket is open, this workstation sends its changes and receives the other workstations&apos; changes this often. The nightly sync runs either way.</source>
        <translation>Selama Loket terbuka, komputer ini mengirim perubahannya dan menerima perubahan dari komputer lain sesering ini. Sinkronisasi malam tetap berjalan.</translation>
    </message>
    <message>
        <source>Save sync settings</source>
        <translation>Simpan pengaturan sinkronisasi</translation>
    </message>
    <message numerus="yes">
        <source>This workstation now syncs every %n minute(s) while Loket is open.</source>
        <translation>
            <numerusform>Komputer ini sekarang disinkronkan setiap %n menit selama Loket terbuka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic sync is off; the nightly sync still runs.</source>
        <translation>Sinkronisasi otomatis mati; sinkronisasi malam tetap berjalan.</translation>
    </message>
</context>
<context>
    <name>loket::ui::SyncController</name>
    <message>
        <source>The sync stopped: %1</source>
        <translation>Sinkronisasi berhenti: %1</translation>
    </message>
    <message>
        <source>Synchronising with the central database…</source>
        <translation>Menyinkronkan dengan basis data pusat…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline sejak %1</translation>
    </message>
    <message>
        <source>Synchronised %1</source>
        <translation>Tersinkron %1</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Belum pernah disinkronkan</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Sinkronisasi terakhir yang berhasil: %1</translation>
    </message>
    <message>
        <source>Central database: %1</source>
        <translation>Basis data pusat: %1</translation>
    </message>
    <message>
        <source>The central database is not configured (loket-cli sync configure).</source>
        <translation>Basis data pusat belum diatur (loket-cli sync configure).</translation>
    </message>
    <message numerus="yes">
        <source>Automatic sync every %n minute(s).</source>
        <translation>
            <numerusform>Sinkronisasi otomatis setiap %n menit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic sync is off; the nightly sync and &quot;Sync now&quot; still run.</source>
        <translation>Sinkronisasi otomatis mati; sinkronisasi malam dan &quot;Sinkronkan sekarang&quot; tetap berjalan.</translation>
    </message>
</context>
</TS>
