<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::ui::ConflictNoteDialog</name>
    <message>
        <source>Take the outcome of:</source>
        <translation>Ambil hasil dari:</translation>
    </message>
    <message>
        <source>Note (required, kept with the decision):</source>
        <translation>Catatan (wajib, disimpan bersama keputusan):</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Selesaikan</translation>
    </message>
</context>
<context>
    <name>loket::ui::ConflictListModel</name>
    <message>
        <source>Registration</source>
        <translation>Registrasi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Conflict settled</source>
        <translation>Konflik diselesaikan</translation>
    </message>
    <message>
        <source>(action not received yet)</source>
        <translation>(tindakan belum diterima)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Settled by %1, %2: overridden outcome taken</source>
        <translation>Diselesaikan oleh %1, %2: hasil yang dikesampingkan diambil</translation>
    </message>
    <message>
        <source>Settled by %1, %2: outcome kept</source>
        <translation>Diselesaikan oleh %1, %2: hasil dipertahankan</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Nomor registrasi</translation>
    </message>
    <message>
        <source>Kept action (the application follows it)</source>
        <translation>Tindakan yang berlaku (diikuti permohonan)</translation>
    </message>
    <message>
        <source>Overridden action(s)</source>
        <translation>Tindakan yang dikesampingkan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>loket::ui::ConflictsPage</name>
    <message>
        <source>Actions two workstations took on the same application while they were apart. The application follows the action recorded first; the others stay in its history, overridden, until a head of office or supervisor settles the conflict.</source>
        <translation>Tindakan yang diambil dua komputer atas permohonan yang sama saat keduanya tidak terhubung. Permohonan mengikuti tindakan yang tercatat lebih dulu; tindakan lainnya tetap ada di riwayatnya sebagai tindakan yang dikesampingkan, sampai kepala dinas atau atasan langsung menyelesaikan konfliknya.</translation>
    </message>
    <message>
        <source>Show settled conflicts too</source>
        <translation>Tampilkan juga konflik yang sudah diselesaikan</translation>
    </message>
    <message>
        <source>Open application</source>
        <translation>Buka permohonan</translation>
    </message>
    <message>
        <source>Keep this outcome…</source>
        <translation>Pertahankan hasil ini…</translation>
    </message>
    <message>
        <source>Take the overridden outcome…</source>
        <translation>Ambil hasil yang dikesampingkan…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n terbuka</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts have been recorded.</source>
        <translation>Belum ada konflik yang tercatat.</translation>
    </message>
    <message>
        <source>No open conflicts: the workstations agree on every application.</source>
        <translation>Tidak ada konflik terbuka: semua komputer sepakat atas setiap permohonan.</translation>
    </message>
    <message>
        <source>Only a head of office or a supervisor settles conflicts.</source>
        <translation>Hanya kepala dinas atau atasan langsung yang dapat menyelesaikan konflik.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the application follows &lt;b&gt;%2&lt;/b&gt;%3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: permohonan mengikuti &lt;b&gt;%2&lt;/b&gt;%3.</translation>
    </message>
    <message>
        <source>Overridden: %1%2</source>
        <translation>Dikesampingkan: %1%2</translation>
    </message>
    <message>
        <source>Take the overridden outcome</source>
        <translation>Ambil hasil yang dikesampingkan</translation>
    </message>
    <message>
        <source>Application %1 takes the state its overridden action reached. This is recorded as a new action on the application and reaches every workstation.</source>
        <translation>Permohonan %1 mengambil keadaan yang dicapai tindakan yang dikesampingkan. Ini dicatat sebagai tindakan baru pada permohonan dan sampai ke setiap komputer.</translation>
    </message>
    <message>
        <source>Keep this outcome</source>
        <translation>Pertahankan hasil ini</translation>
    </message>
    <message>
        <source>Application %1 stays as it is: %2. The overridden action(s) stay in its history.</source>
        <translation>Permohonan %1 tetap seperti sekarang: %2. Tindakan yang dikesampingkan tetap ada di riwayatnya.</translation>
    </message>
</context>
<context>
    <name>loket::ui::CaseListModel</name>
    <message>
        <source>Who holds the application&apos;s current stage and must act next</source>
        <translation>Yang memegang tahap permohonan saat ini dan harus bertindak berikutnya</translation>
    </message>
    <message>
        <source>The workstation that registered the application</source>
        <translation>Komputer tempat permohonan didaftarkan</translation>
    </message>
    <message>
        <source>Holds the case</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Komputer</translation>
    </message>
</context>
<context>
    <name>loket::ui::CasesPage</name>
    <message>
        <source>Who holds the application&apos;s current stage and must act next</source>
        <translation>Yang memegang tahap permohonan saat ini dan harus bertindak berikutnya</translation>
    </message>
    <message>
        <source>The workstation that registered the application</source>
        <translation>Komputer tempat permohonan didaftarkan</translation>
    </message>
    <message>
        <source>Any holder</source>
        <translation>Semua pemegang</translation>
    </message>
    <message>
        <source>All workstations</source>
        <translation>Semua komputer</translation>
    </message>
</context>
</TS>
