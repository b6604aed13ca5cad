<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::cli</name>
    <message>
        <source>       loket-cli --version | --help</source>
        <translation>       loket-cli --version | --help</translation>
    </message>
    <message>
        <source>Last migrated by Loket %1.</source>
        <translation>Terakhir dimigrasikan oleh Loket %1.</translation>
    </message>
</context>
<context>
    <name>loket::ui::runGui</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Tangkapan layar %1 tidak dapat ditulis.</translation>
    </message>
</context>
</TS>
