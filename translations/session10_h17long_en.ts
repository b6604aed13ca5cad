<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<!-- English plural forms of the %n messages of session 10, h17long (only plurals need this file). -->
<context>
    <name>loket::AuditReading</name>
    <message numerus="yes">
        <source>%n national holiday(s)</source>
        <translation>
            <numerusform>%n national holiday</numerusform>
            <numerusform>%n national holidays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collective leave day(s)</source>
        <translation>
            <numerusform>%n collective leave day</numerusform>
            <numerusform>%n collective leave days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office closure(s)</source>
        <translation>
            <numerusform>%n office closure</numerusform>
            <numerusform>%n office closures</numerusform>
        </translation>
    </message>
</context>
</TS>
