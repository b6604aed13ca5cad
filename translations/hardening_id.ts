<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::AuthService</name>
    <message>
        <source>Wrong user name or password. After %1 wrong passwords in a row an account is locked for %2 minutes; the administrator can unlock it.</source>
        <translation>Nama pengguna atau kata sandi salah. Setelah %1 kali kata sandi salah berturut-turut, akun dikunci selama %2 menit; administrator dapat membukanya.</translation>
    </message>
</context>
<context>
    <name>loket::DemoDatabase</name>
    <message>
        <source>%1 is not a demo database: demo accounts and demo data are only set up in a new file. Give demo-setup the name of a file that does not exist yet.</source>
        <translation>%1 bukan basis data demo: akun demo dan data demo hanya dibuat di berkas baru. Berikan kepada demo-setup nama berkas yang belum ada.</translation>
    </message>
    <message>
        <source>%1 is not a demo database: demo applications are only written into a database made with demo-setup.</source>
        <translation>%1 bukan basis data demo: permohonan demo hanya ditulis ke basis data yang dibuat dengan demo-setup.</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>--cases must be a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--cases harus bilangan bulat dari 0 sampai %1, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Log: %1 (--verbose adds debug messages).</source>
        <translation>Log: %1 (--verbose menambahkan pesan debug).</translation>
    </message>
</context>
</TS>
