<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::WriteBehind</name>
    <message>
        <source>A query ran while rows were still being written on another thread; nothing was saved.</source>
        <translation>Sebuah kueri berjalan saat baris-baris masih ditulis di utas lain; tidak ada yang disimpan.</translation>
    </message>
</context>
</TS>
