<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::StandardValidator</name>
    <message>
        <source>%1.stage: the completion clock stops when the permit is issued, so &quot;%2&quot; comes after it and gets no working days.</source>
        <translation>%1.stage: hitungan waktu penyelesaian berhenti saat izin terbit, jadi &quot;%2&quot; berada sesudahnya dan tidak mendapat hari kerja.</translation>
    </message>
</context>
<context>
    <name>loket::SurveyService</name>
    <message>
        <source>Year %1</source>
        <translation>Tahun %1</translation>
    </message>
    <message>
        <source>Semester %1</source>
        <translation>Semester %1</translation>
    </message>
    <message>
        <source>Four months %1</source>
        <translation>Caturwulan %1</translation>
    </message>
    <message>
        <source>Two months %1</source>
        <translation>Dwibulan %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Triwulan %1</translation>
    </message>
    <message>
        <source>The period must look like %1 (the standard asks for %2 surveys a year), not &quot;%3&quot;.</source>
        <translation>Periode harus berbentuk seperti %1 (standar meminta %2 kali survei dalam setahun), bukan &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyReportWidget</name>
    <message>
        <source>The standard asks for a satisfaction survey %1 times a year.</source>
        <translation>Standar pelayanan meminta survei kepuasan %1 kali dalam setahun.</translation>
    </message>
</context>
<context>
    <name>loket::ui::StandardEditorDialog</name>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>survey report takes --period or --quarter, not both.</source>
        <translation>survey report menerima --period atau --quarter, tidak keduanya.</translation>
    </message>
</context>
<context>
    <name>loket::StaffCompetence</name>
    <message>
        <source>There is no user %1.</source>
        <translation>Tidak ada pengguna %1.</translation>
    </message>
    <message>
        <source>The current standards list no competence items beyond education and training.</source>
        <translation>Standar pelayanan yang berlaku tidak memuat butir kompetensi selain pendidikan dan pelatihan.</translation>
    </message>
    <message>
        <source>Competence item %1 does not exist: the standard&apos;s items are %2 to %3.</source>
        <translation>Butir kompetensi %1 tidak ada: butir standar adalah %2 sampai %3.</translation>
    </message>
    <message>
        <source>Competence item %1 is already ticked for %2 (on %3 by %4).</source>
        <translation>Butir kompetensi %1 sudah dicentang untuk %2 (pada %3 oleh %4).</translation>
    </message>
    <message>
        <source>Competence item %1 is not ticked for %2.</source>
        <translation>Butir kompetensi %1 belum dicentang untuk %2.</translation>
    </message>
</context>
<context>
    <name>loket::ui::UsersPage</name>
    <message>
        <source>Competence (standard, component 9)</source>
        <translation>Kompetensi (standar, komponen 9)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>user competence takes --tick or --untick, not both.</source>
        <translation>user competence menerima --tick atau --untick, tidak keduanya.</translation>
    </message>
    <message>
        <source>--tick and --untick need the item&apos;s number in the standard (3 to 9), not &quot;%1&quot;.</source>
        <translation>--tick dan --untick memerlukan nomor butir pada standar (3 sampai 9), bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Competence of %1 (standard, component 9):</source>
        <translation>Kompetensi %1 (standar, komponen 9):</translation>
    </message>
    <message>
        <source>user needs a sub-command: add, list, show, disable, enable, reset-password, passwd, roles, unlock, training, competence or register.</source>
        <translation>user memerlukan sub-perintah: add, list, show, disable, enable, reset-password, passwd, roles, unlock, training, competence atau register.</translation>
    </message>
</context>
<context>
    <name>loket::ui::SettingsPage</name>
    <message>
        <source>Complaint handling levels</source>
        <translation>Tingkatan penanganan pengaduan</translation>
    </message>
    <message>
        <source>One post per line, from the officer (pelaksana) up to the head of office. A complaint is handled level by level in this order, with a written report at each.</source>
        <translation>Satu jabatan per baris, dari pelaksana sampai kepala dinas. Pengaduan ditangani berjenjang sesuai urutan ini, dengan laporan tertulis di setiap tingkatan.</translation>
    </message>
    <message>
        <source>Save the levels</source>
        <translation>Simpan tingkatan</translation>
    </message>
    <message>
        <source>The levels were saved: %1.</source>
        <translation>Tingkatan telah disimpan: %1.</translation>
    </message>
</context>
</TS>
