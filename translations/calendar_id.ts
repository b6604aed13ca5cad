<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>loket::CalendarImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of years.</source>
        <translation>&quot;%1&quot; harus berupa daftar tahun.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a value that is not a year.</source>
        <translation>&quot;%1&quot; berisi nilai yang bukan tahun.</translation>
    </message>
    <message>
        <source>the holiday on %1 has no name.</source>
        <translation>hari libur pada %1 tidak bernama.</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1).</source>
        <translation>berkas bukan JSON yang sah (%1).</translation>
    </message>
    <message>
        <source>the file must hold a JSON object with a &quot;days&quot; list.</source>
        <translation>berkas harus berisi objek JSON dengan daftar &quot;days&quot;.</translation>
    </message>
    <message>
        <source>each day must be an object with &quot;date&quot;, &quot;kind&quot; and &quot;name&quot;.</source>
        <translation>setiap hari harus berupa objek dengan &quot;date&quot;, &quot;kind&quot; dan &quot;name&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; bukan tanggal (TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (holiday, cuti, closure or working).</source>
        <translation>jenis &quot;%1&quot; tidak dikenal (holiday, cuti, closure atau working).</translation>
    </message>
    <message>
        <source>%1 is listed twice (first on line %2).</source>
        <translation>%1 tercantum dua kali (pertama di baris %2).</translation>
    </message>
    <message>
        <source>an iCalendar file must start with BEGIN:VCALENDAR.</source>
        <translation>berkas iCalendar harus diawali BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>expected NAME:VALUE.</source>
        <translation>seharusnya NAMA:NILAI.</translation>
    </message>
    <message>
        <source>text after END:VCALENDAR.</source>
        <translation>ada teks setelah END:VCALENDAR.</translation>
    </message>
    <message>
        <source>BEGIN:VEVENT inside another event.</source>
        <translation>BEGIN:VEVENT di dalam acara lain.</translation>
    </message>
    <message>
        <source>END:VEVENT without BEGIN:VEVENT.</source>
        <translation>END:VEVENT tanpa BEGIN:VEVENT.</translation>
    </message>
    <message>
        <source>the event has no DTSTART date.</source>
        <translation>acara tidak memiliki tanggal DTSTART.</translation>
    </message>
    <message>
        <source>the event&apos;s DTEND must be 1 to 31 days after its DTSTART.</source>
        <translation>DTEND acara harus 1 sampai 31 hari setelah DTSTART-nya.</translation>
    </message>
    <message>
        <source>END:VCALENDAR inside an event.</source>
        <translation>END:VCALENDAR di dalam acara.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an iCalendar date (YYYYMMDD).</source>
        <translation>&quot;%1&quot; bukan tanggal iCalendar (TTTTBBHH).</translation>
    </message>
    <message>
        <source>repeating events are not supported; list each date.</source>
        <translation>acara berulang tidak didukung; cantumkan setiap tanggal.</translation>
    </message>
    <message>
        <source>the event is not closed with END:VEVENT.</source>
        <translation>acara tidak ditutup dengan END:VEVENT.</translation>
    </message>
    <message>
        <source>the file ends without END:VCALENDAR.</source>
        <translation>berkas berakhir tanpa END:VCALENDAR.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
</context>
<context>
    <name>loket::CalendarService</name>
    <message>
        <source>Give a reason for the change.</source>
        <translation>Isi alasan perubahan.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>Tanggal tidak sah.</translation>
    </message>
    <message>
        <source>Give the holiday&apos;s name.</source>
        <translation>Isi nama hari libur.</translation>
    </message>
    <message>
        <source>Nothing changes: %1 is already %2.</source>
        <translation>Tidak ada yang berubah: %1 sudah berstatus %2.</translation>
    </message>
    <message>
        <source>Nothing changes: %1 is already not a working day.</source>
        <translation>Tidak ada yang berubah: %1 memang bukan hari kerja.</translation>
    </message>
    <message>
        <source>Nothing changes: %1 is already a working day.</source>
        <translation>Tidak ada yang berubah: %1 sudah merupakan hari kerja.</translation>
    </message>
    <message>
        <source>Weekends follow from the date; choose another kind.</source>
        <translation>Akhir pekan ditentukan oleh tanggal; pilih jenis lain.</translation>
    </message>
    <message>
        <source>%1 has no entry to remove.</source>
        <translation>%1 tidak memiliki entri untuk dihapus.</translation>
    </message>
    <message>
        <source>%1 is not a year the calendar can hold.</source>
        <translation>%1 bukan tahun yang dapat dimuat kalender.</translation>
    </message>
    <message>
        <source>The calendar of %1 is already confirmed.</source>
        <translation>Kalender tahun %1 sudah dikonfirmasi.</translation>
    </message>
    <message>
        <source>Calendar of %1 checked against the decree</source>
        <translation>Kalender tahun %1 telah dicocokkan dengan SKB</translation>
    </message>
    <message>
        <source>The file changes nothing in the calendar.</source>
        <translation>Berkas ini tidak mengubah apa pun di kalender.</translation>
    </message>
    <message>
        <source>The built-in calendar %1 is missing from the program.</source>
        <translation>Kalender bawaan %1 tidak ada di dalam program.</translation>
    </message>
    <message>
        <source>Built-in national holidays and cuti bersama</source>
        <translation>Libur nasional dan cuti bersama bawaan</translation>
    </message>
</context>
<context>
    <name>loket::ClockStateText</name>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Sesuai jadwal</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Melewati batas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Mulai ulang</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Working days used: %1</source>
        <translation>Hari kerja terpakai: %1</translation>
    </message>
    <message>
        <source>Working days late: %1</source>
        <translation>Terlambat (hari kerja): %1</translation>
    </message>
    <message>
        <source>Past the due date</source>
        <translation>Melewati tanggal batas</translation>
    </message>
    <message>
        <source>Paused; working days left: %1</source>
        <translation>Dijeda; sisa hari kerja: %1</translation>
    </message>
    <message>
        <source>Working days left: %1</source>
        <translation>Sisa hari kerja: %1</translation>
    </message>
</context>
<context>
    <name>loket::DayKind</name>
    <message>
        <source>Working day</source>
        <translation>Hari kerja</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Akhir pekan</translation>
    </message>
    <message>
        <source>National holiday</source>
        <translation>Libur nasional</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Cuti bersama</translation>
    </message>
    <message>
        <source>Office closed</source>
        <translation>Kantor tutup</translation>
    </message>
    <message>
        <source>Declared working day</source>
        <translation>Ditetapkan hari kerja</translation>
    </message>
</context>
<context>
    <name>loket::SlaClock</name>
    <message>
        <source>Received %1; counted from the next working day</source>
        <translation>Diterima %1; dihitung mulai hari kerja berikutnya</translation>
    </message>
    <message>
        <source>%1: day 0 %2, counted to %3, working days used: %4</source>
        <translation>%1: hari ke-0 %2, dihitung sampai %3, hari kerja terpakai: %4</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <source>Due %1; %2; %3</source>
        <translation>Batas waktu %1; %2; %3</translation>
    </message>
    <message>
        <source>Warning: the count crosses a year whose calendar is not confirmed yet.</source>
        <translation>Peringatan: perhitungan melewati tahun yang kalendernya belum dikonfirmasi.</translation>
    </message>
</context>
<context>
    <name>loket::cli::CalendarCommands</name>
    <message>
        <source>Missing %1 (YYYY-MM-DD).</source>
        <translation>%1 belum diisi (TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation>%1 bukan tanggal (TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>%1 belum diisi.</translation>
    </message>
    <message>
        <source>%1 is not a number of days.</source>
        <translation>%1 bukan jumlah hari.</translation>
    </message>
    <message>
        <source>Warning: the count crosses a year whose calendar is not confirmed.</source>
        <translation>Peringatan: perhitungan melewati tahun yang kalendernya belum dikonfirmasi.</translation>
    </message>
    <message>
        <source>Deadline of %1 moved: %2 -&gt; %3
</source>
        <translation>Batas waktu %1 bergeser: %2 -&gt; %3
</translation>
    </message>
    <message>
        <source>Calendar version %1.</source>
        <translation>Kalender versi %1.</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation>%1 bukan tahun.</translation>
    </message>
    <message>
        <source>Working calendar %1 (%2), version %3</source>
        <translation>Kalender kerja %1 (%2), versi %3</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>dikonfirmasi</translation>
    </message>
    <message>
        <source>NOT CONFIRMED</source>
        <translation>BELUM DIKONFIRMASI</translation>
    </message>
    <message>
        <source>%1 working days.</source>
        <translation>%1 hari kerja.</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>hari kerja</translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation>bukan hari kerja</translation>
    </message>
    <message>
        <source>Warning: the calendar of %1 is not confirmed.</source>
        <translation>Peringatan: kalender tahun %1 belum dikonfirmasi.</translation>
    </message>
    <message>
        <source>calendar import needs the FILE.</source>
        <translation>calendar import memerlukan BERKAS.</translation>
    </message>
    <message>
        <source>%1 change(s); nothing applied (--dry-run).</source>
        <translation>%1 perubahan; tidak ada yang diterapkan (--dry-run).</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Diimpor dari %1</translation>
    </message>
    <message>
        <source>calendar set DATE working|holiday|cuti|closure --name NAME --reason TEXT</source>
        <translation>calendar set TANGGAL working|holiday|cuti|closure --name NAMA --reason ALASAN</translation>
    </message>
    <message>
        <source>Unknown calendar command: %1.</source>
        <translation>Perintah calendar tidak dikenal: %1.</translation>
    </message>
</context>
<context>
    <name>loket::ui::CalendarPage</name>
    <message>
        <source>Working calendar</source>
        <translation>Kalender kerja</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Tahun sebelumnya</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Tahun berikutnya</translation>
    </message>
    <message>
        <source>Confirm this year</source>
        <translation>Konfirmasi tahun ini</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Impor berkas…</translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation>Hari terpilih</translation>
    </message>
    <message>
        <source>e.g. Hari Raya Idulfitri</source>
        <translation>mis. Hari Raya Idulfitri</translation>
    </message>
    <message>
        <source>Decree number or why the office changes it</source>
        <translation>Nomor SKB atau alasan kantor mengubahnya</translation>
    </message>
    <message>
        <source>Save change</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <source>Remove office override</source>
        <translation>Hapus ketetapan kantor</translation>
    </message>
    <message>
        <source>Only an administrator may change the calendar.</source>
        <translation>Hanya administrator yang boleh mengubah kalender.</translation>
    </message>
    <message>
        <source>Make it:</source>
        <translation>Jadikan:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Holidays and overrides</source>
        <translation>Hari libur dan ketetapan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>The calendar of %1 is confirmed: %2 working days.</source>
        <translation>Kalender tahun %1 sudah dikonfirmasi: %2 hari kerja.</translation>
    </message>
    <message>
        <source>The calendar of %1 is NOT confirmed: deadlines falling in it carry a warning. Enter or import the decree&apos;s holidays and cuti bersama, then confirm the year.</source>
        <translation>Kalender tahun %1 BELUM dikonfirmasi: batas waktu yang jatuh di tahun ini diberi peringatan. Masukkan atau impor hari libur dan cuti bersama dari SKB, lalu konfirmasi tahunnya.</translation>
    </message>
    <message>
        <source>Click a day in the year view.</source>
        <translation>Klik salah satu hari pada tampilan tahun.</translation>
    </message>
    <message>
        <source>Instead of: %1</source>
        <translation>Menggantikan: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Counts as a working day.</source>
        <translation>Dihitung sebagai hari kerja.</translation>
    </message>
    <message>
        <source>Does not count as a working day.</source>
        <translation>Tidak dihitung sebagai hari kerja.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <source>%1 confirmed</source>
        <translation>%1 dikonfirmasi</translation>
    </message>
    <message>
        <source>Confirm year</source>
        <translation>Konfirmasi tahun</translation>
    </message>
    <message>
        <source>Confirm that the holidays and cuti bersama of %1 match the decree?</source>
        <translation>Konfirmasi bahwa hari libur dan cuti bersama tahun %1 sesuai dengan SKB?</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>Impor hari libur</translation>
    </message>
    <message>
        <source>Calendar files (*.json *.ics);;All files (*)</source>
        <translation>Berkas kalender (*.json *.ics);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Impor ditolak</translation>
    </message>
    <message>
        <source>%1 was not imported; the calendar is unchanged.
%2</source>
        <translation>%1 tidak diimpor; kalender tidak berubah.
%2</translation>
    </message>
    <message>
        <source>Calendar version %1 saved.</source>
        <translation>Kalender versi %1 disimpan.</translation>
    </message>
    <message>
        <source>No open deadline moved.</source>
        <translation>Tidak ada batas waktu berkas aktif yang bergeser.</translation>
    </message>
    <message>
        <source>%1 open deadline(s) moved:</source>
        <translation>%1 batas waktu berkas aktif bergeser:</translation>
    </message>
</context>
<context>
    <name>loket::ui::ClockWidget</name>
    <message>
        <source>Completion deadline</source>
        <translation>Batas waktu penyelesaian</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Day 0 / date</source>
        <translation>Hari ke-0 / tanggal</translation>
    </message>
    <message>
        <source>Counted to</source>
        <translation>Dihitung sampai</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Hari kerja</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>No deadline yet</source>
        <translation>Belum ada batas waktu</translation>
    </message>
    <message>
        <source>The clock starts when the complete file is received.</source>
        <translation>Penghitungan dimulai saat berkas lengkap dan benar diterima.</translation>
    </message>
    <message>
        <source>Due %1 if resubmitted today</source>
        <translation>Batas waktu %1 bila diserahkan kembali hari ini</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Batas waktu %1</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>selesai %1</translation>
    </message>
    <message>
        <source>budget %1 working days</source>
        <translation>jatah %1 hari kerja</translation>
    </message>
    <message>
        <source>The calendar of a year this deadline crosses is not confirmed yet: the due date counts only the holidays known so far and may move.</source>
        <translation>Kalender salah satu tahun yang dilalui batas waktu ini belum dikonfirmasi: tanggal batas hanya memperhitungkan hari libur yang sudah diketahui dan dapat bergeser.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>Pratinjau impor</translation>
    </message>
    <message>
        <source>%1: %2 day(s) added, %3 changed, %4 removed.</source>
        <translation>%1: %2 hari ditambahkan, %3 diubah, %4 dihapus.</translation>
    </message>
    <message>
        <source>Confirms the calendar of %1.</source>
        <translation>Mengonfirmasi kalender tahun %1.</translation>
    </message>
    <message>
        <source>%1 changes nothing in the calendar.</source>
        <translation>%1 tidak mengubah apa pun di kalender.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nasional</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>e.g. SKB 3 Menteri of 2027</source>
        <translation>mis. SKB 3 Menteri tahun 2027</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Terapkan perubahan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
</TS>
