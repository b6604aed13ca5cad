<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>loket::CatalogJson</name>
        <message>
            <source>%1 is required.</source>
            <translation>%1 wajib diisi.</translation>
        </message>
        <message>
            <source>%1 must be text.</source>
            <translation>%1 harus berupa teks.</translation>
        </message>
        <message>
            <source>%1 must be a whole number.</source>
            <translation>%1 harus berupa bilangan bulat.</translation>
        </message>
        <message>
            <source>%1 is out of range.</source>
            <translation>%1 di luar rentang yang diizinkan.</translation>
        </message>
        <message>
            <source>%1 must be true or false.</source>
            <translation>%1 harus bernilai true atau false.</translation>
        </message>
        <message>
            <source>%1 must be a list.</source>
            <translation>%1 harus berupa daftar.</translation>
        </message>
        <message>
            <source>%1 must be an object ({...}).</source>
            <translation>%1 harus berupa objek ({...}).</translation>
        </message>
        <message>
            <source>%1[%2] must be text.</source>
            <translation>%1[%2] harus berupa teks.</translation>
        </message>
        <message>
            <source>%1 is not a field of a service standard.</source>
            <translation>%1 bukan kolom standar pelayanan.</translation>
        </message>
        <message>
            <source>%1 is not a date and time (ISO 8601).</source>
            <translation>%1 bukan tanggal dan waktu (ISO 8601).</translation>
        </message>
        <message>
            <source>%1[%2] must be a whole number.</source>
            <translation>%1[%2] harus berupa bilangan bulat.</translation>
        </message>
        <message>
            <source>%1 must be "restart" or "pause", not "%2".</source>
            <translation>%1 harus "restart" atau "pause", bukan "%2".</translation>
        </message>
        <message>
            <source>The catalogue file is not valid JSON (line %1): %2</source>
            <translation>Berkas katalog bukan JSON yang sah (baris %1): %2</translation>
        </message>
        <message>
            <source>The catalogue file must hold one JSON object with a "services" list.</source>
            <translation>Berkas katalog harus berisi satu objek JSON dengan daftar "services".</translation>
        </message>
        <message>
            <source>format must be "%1": this is not a Loket service catalogue.</source>
            <translation>format harus "%1": ini bukan katalog layanan Loket.</translation>
        </message>
        <message>
            <source>format_version %1 is not supported; this program reads version %2.</source>
            <translation>format_version %1 tidak didukung; program ini membaca versi %2.</translation>
        </message>
        <message>
            <source>services must be a list.</source>
            <translation>services harus berupa daftar.</translation>
        </message>
        <message>
            <source>%1: the service KBLI %2 %3 is in the file twice.</source>
            <translation>%1: layanan KBLI %2 %3 tercantum dua kali dalam berkas.</translation>
        </message>
    </context>
    <context>
        <name>loket::CatalogRepository</name>
        <message>
            <source>The stored service standard %1 cannot be read: %2</source>
            <translation>Standar pelayanan tersimpan %1 tidak dapat dibaca: %2</translation>
        </message>
    </context>
    <context>
        <name>loket::CatalogService</name>
        <message>
            <source>KBLI %1 %2: this copy was made from version %3, but version %4 has been saved since. Export the catalogue again and redo the change.</source>
            <translation>KBLI %1 %2: salinan ini dibuat dari versi %3, tetapi sejak itu versi %4 sudah disimpan. Ekspor ulang katalog dan ulangi perubahannya.</translation>
        </message>
        <message>
            <source>Another service already has KBLI %1 and the name "%2".</source>
            <translation>Layanan lain sudah memakai KBLI %1 dan nama "%2".</translation>
        </message>
        <message>
            <source>The built-in service catalogue is missing from the program.</source>
            <translation>Katalog layanan bawaan tidak ada di dalam program.</translation>
        </message>
    </context>
    <context>
        <name>loket::ComplaintTextParser</name>
        <message>
            <source>Two complaint resolution paths are of the same kind (%1).</source>
            <translation>Dua jalur penyelesaian pengaduan berjenis sama (%1).</translation>
        </message>
        <message>
            <source>The complaint handling has no numbered items (1., 2., ...).</source>
            <translation>Penanganan pengaduan tidak memiliki butir bernomor (1., 2., ...).</translation>
        </message>
        <message>
            <source>No complaint channels (a., b., ...) were found.</source>
            <translation>Sarana pengaduan (a., b., ...) tidak ditemukan.</translation>
        </message>
        <message>
            <source>The complaint window ("N hari kalender") was not found.</source>
            <translation>Batas waktu pengaduan ("N hari kalender") tidak ditemukan.</translation>
        </message>
        <message>
            <source>The complaint answer time ("N hari kerja") was not found.</source>
            <translation>Jangka waktu jawaban pengaduan ("N hari kerja") tidak ditemukan.</translation>
        </message>
        <message>
            <source>The complaint resolution paths (internal, technical, APIP) were not found.</source>
            <translation>Jalur penyelesaian pengaduan (internal, tim teknis, APIP) tidak ditemukan.</translation>
        </message>
    </context>
    <context>
        <name>loket::StandardImporter</name>
        <message>
            <source>Line %1: a "NO KOMPONEN URAIAN" header comes before any service heading.</source>
            <translation>Baris %1: judul tabel "NO KOMPONEN URAIAN" muncul sebelum judul layanan mana pun.</translation>
        </message>
        <message>
            <source>Line %1: text before the first service heading ("45. Izin (Risiko Tinggi) KBLI 71205 ..."): %2</source>
            <translation>Baris %1: ada teks sebelum judul layanan pertama ("45. Izin (Risiko Tinggi) KBLI 71205 ..."): %2</translation>
        </message>
        <message>
            <source>Service "%1", line %2</source>
            <translation>Layanan "%1", baris %2</translation>
        </message>
        <message>
            <source>%1: there is no component %2; a standard has components 1 to 14.</source>
            <translation>%1: tidak ada komponen %2; standar pelayanan memiliki komponen 1 sampai 14.</translation>
        </message>
        <message>
            <source>%1: component %2 (%3) appears a second time (first on line %4).</source>
            <translation>%1: komponen %2 (%3) muncul untuk kedua kalinya (pertama pada baris %4).</translation>
        </message>
        <message>
            <source>%1: component %2 is named "%3" but component %2 is "%4".</source>
            <translation>%1: komponen %2 bernama "%3", padahal komponen %2 adalah "%4".</translation>
        </message>
        <message>
            <source>%1: a continued row follows no component.</source>
            <translation>%1: baris lanjutan tidak didahului komponen mana pun.</translation>
        </message>
        <message>
            <source>%1: this is neither a component row, a continued row nor a page header: %2</source>
            <translation>%1: baris ini bukan baris komponen, bukan baris lanjutan, dan bukan judul halaman: %2</translation>
        </message>
        <message>
            <source>No service heading ("45. Izin (Risiko Tinggi) KBLI 71205 ...") was found.</source>
            <translation>Tidak ditemukan judul layanan ("45. Izin (Risiko Tinggi) KBLI 71205 ...").</translation>
        </message>
        <message>
            <source>Line %1: the service heading "%2" does not read "N. Kind (Risiko Level) KBLI NNNNN Name".</source>
            <translation>Baris %1: judul layanan "%2" tidak berbentuk "N. Jenis (Risiko Tingkat) KBLI NNNNN Nama".</translation>
        </message>
        <message>
            <source>The component is empty.</source>
            <translation>Komponen ini kosong.</translation>
        </message>
        <message>
            <source>There are no general requirements (Persyaratan Umum).</source>
            <translation>Tidak ada persyaratan umum (Persyaratan Umum).</translation>
        </message>
        <message>
            <source>No procedure classification ("Klasifikasi 4, 8, ...") was found.</source>
            <translation>Klasifikasi prosedur ("Klasifikasi 4, 8, ...") tidak ditemukan.</translation>
        </message>
        <message>
            <source>The completion time has no number of working days ("7 hari kerja").</source>
            <translation>Jangka waktu penyelesaian tidak menyebut jumlah hari kerja ("7 hari kerja").</translation>
        </message>
        <message>
            <source>The fee is neither "Gratis" nor an amount in rupiah ("Rp 50.000").</source>
            <translation>Biaya bukan "Gratis" dan bukan jumlah rupiah ("Rp 50.000").</translation>
        </message>
        <message>
            <source>The number of staff is not a number ("30 Orang").</source>
            <translation>Jumlah pelaksana bukan angka ("30 Orang").</translation>
        </message>
        <message>
            <source>Service %1 (KBLI %2 %3)</source>
            <translation>Layanan %1 (KBLI %2 %3)</translation>
        </message>
        <message>
            <source>%1, heading on line %2: component %3 (%4) is missing.</source>
            <translation>%1, judul pada baris %2: komponen %3 (%4) tidak ada.</translation>
        </message>
        <message>
            <source>%1, component %2 (%3), line %4: %5</source>
            <translation>%1, komponen %2 (%3), baris %4: %5</translation>
        </message>
        <message>
            <source>Line %1: the service KBLI %2 %3 appears twice in the file.</source>
            <translation>Baris %1: layanan KBLI %2 %3 muncul dua kali dalam berkas.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read: %2</source>
            <translation>Berkas %1 tidak dapat dibaca: %2</translation>
        </message>
    </context>
    <context>
        <name>loket::StandardValidator</name>
        <message>
            <source>%1: the KBLI code must be five digits, not "%2".</source>
            <translation>%1: kode KBLI harus lima angka, bukan "%2".</translation>
        </message>
        <message>
            <source>%1: the service needs a name.</source>
            <translation>%1: layanan harus memiliki nama.</translation>
        </message>
        <message>
            <source>%1: the risk level must be one of %2, not "%3".</source>
            <translation>%1: tingkat risiko harus salah satu dari %2, bukan "%3".</translation>
        </message>
        <message>
            <source>%1.key: each requirement needs its own key ("U1", "K1"); "%2" is empty or used twice.</source>
            <translation>%1.key: setiap persyaratan memerlukan kunci sendiri ("U1", "K1"); "%2" kosong atau dipakai dua kali.</translation>
        </message>
        <message>
            <source>%1.group must be "general" or "special", not "%2".</source>
            <translation>%1.group harus "general" atau "special", bukan "%2".</translation>
        </message>
        <message>
            <source>%1.text: the requirement has no text.</source>
            <translation>%1.text: persyaratan tidak memiliki teks.</translation>
        </message>
        <message>
            <source>%1: a standard needs at least one general requirement.</source>
            <translation>%1: standar pelayanan memerlukan sedikitnya satu persyaratan umum.</translation>
        </message>
        <message>
            <source>%1: a procedure classification is a positive number.</source>
            <translation>%1: klasifikasi prosedur harus berupa angka positif.</translation>
        </message>
        <message>
            <source>%1: the completion time must be 1 to 365 working days.</source>
            <translation>%1: jangka waktu penyelesaian harus 1 sampai 365 hari kerja.</translation>
        </message>
        <message>
            <source>%1.stage must be one of %2, each once; "%3" is not.</source>
            <translation>%1.stage harus salah satu dari %2, masing-masing sekali; "%3" tidak memenuhi.</translation>
        </message>
        <message>
            <source>%1.working_days cannot be negative.</source>
            <translation>%1.working_days tidak boleh negatif.</translation>
        </message>
        <message>
            <source>%1: the stages add up to %2 working days, more than the %3 of the completion time.</source>
            <translation>%1: jumlah tahapan %2 hari kerja, melebihi %3 hari jangka waktu penyelesaian.</translation>
        </message>
        <message>
            <source>%1: the fee cannot be negative.</source>
            <translation>%1: biaya tidak boleh negatif.</translation>
        </message>
        <message>
            <source>%1.channels: a standard names at least one complaint channel.</source>
            <translation>%1.channels: standar pelayanan harus menyebut sedikitnya satu sarana pengaduan.</translation>
        </message>
        <message>
            <source>%1.key: each channel needs its own key ("a", "b", ...); "%2" is empty or used twice.</source>
            <translation>%1.key: setiap sarana memerlukan kunci sendiri ("a", "b", ...); "%2" kosong atau dipakai dua kali.</translation>
        </message>
        <message>
            <source>%1.kind must be one of %2, not "%3".</source>
            <translation>%1.kind harus salah satu dari %2, bukan "%3".</translation>
        </message>
        <message>
            <source>%1.label: the channel has no label.</source>
            <translation>%1.label: sarana pengaduan tidak memiliki nama.</translation>
        </message>
        <message>
            <source>%1.window_calendar_days must be a positive number of days.</source>
            <translation>%1.window_calendar_days harus berupa jumlah hari yang positif.</translation>
        </message>
        <message>
            <source>%1.answer_working_days must be a positive number of days.</source>
            <translation>%1.answer_working_days harus berupa jumlah hari yang positif.</translation>
        </message>
        <message>
            <source>%1.key must be one of %2, each once; "%3" is not.</source>
            <translation>%1.key harus salah satu dari %2, masing-masing sekali; "%3" tidak memenuhi.</translation>
        </message>
        <message>
            <source>%1.title: the resolution path has no title.</source>
            <translation>%1.title: jalur penyelesaian tidak memiliki judul.</translation>
        </message>
        <message>
            <source>%1 cannot be negative.</source>
            <translation>%1 tidak boleh negatif.</translation>
        </message>
    </context>
    <context>
        <name>loket::cli</name>
        <message>
            <source>Standard input cannot be read.</source>
            <translation>Masukan standar (stdin) tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read: %2</source>
            <translation>Berkas %1 tidak dapat dibaca: %2</translation>
        </message>
        <message>
            <source>Version %1, valid from %2%3</source>
            <translation>Versi %1, berlaku sejak %2%3</translation>
        </message>
        <message>
            <source> (no longer current)</source>
            <translation> (tidak berlaku lagi)</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Persyaratan</translation>
        </message>
        <message>
            <source> General:</source>
            <translation> Umum:</translation>
        </message>
        <message>
            <source> Special:</source>
            <translation> Khusus:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <source>Completion time</source>
            <translation>Jangka Waktu Penyelesaian</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Biaya/Tarif</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produk Layanan</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Pengaduan</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>Sistem, Mekanisme dan Prosedur</translation>
        </message>
        <message>
            <source>Classifications %1</source>
            <translation>Klasifikasi %1</translation>
        </message>
        <message>
            <source>Legal bases</source>
            <translation>Dasar Hukum</translation>
        </message>
        <message>
            <source>Facilities</source>
            <translation>Sarana, Prasarana, dan Fasilitas</translation>
        </message>
        <message>
            <source>Staff competence</source>
            <translation>Kompetensi Pelaksana</translation>
        </message>
        <message>
            <source>Internal supervision</source>
            <translation>Pengawasan Internal</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Jumlah Pelaksana</translation>
        </message>
        <message>
            <source>Service guarantees</source>
            <translation>Jaminan Pelayanan</translation>
        </message>
        <message>
            <source>Safety and security guarantees</source>
            <translation>Jaminan Keamanan dan Keselamatan Pelayanan</translation>
        </message>
        <message>
            <source>Performance evaluation</source>
            <translation>Evaluasi Kinerja Pelaksana</translation>
        </message>
        <message>
            <source>KBLI</source>
            <translation>KBLI</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Ver.</source>
            <translation>Ver.</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>The catalogue is empty.</source>
            <translation>Katalog masih kosong.</translation>
        </message>
        <message>
            <source>No service with KBLI %1 is in the catalogue.</source>
            <translation>Tidak ada layanan dengan KBLI %1 dalam katalog.</translation>
        </message>
        <message>
            <source>No service KBLI %1 "%2" is in the catalogue.</source>
            <translation>Tidak ada layanan KBLI %1 "%2" dalam katalog.</translation>
        </message>
        <message>
            <source>Several services have KBLI %1; choose one with --name: %2</source>
            <translation>Beberapa layanan memakai KBLI %1; pilih satu dengan --name: %2</translation>
        </message>
        <message>
            <source>catalog show needs the KBLI code.</source>
            <translation>catalog show memerlukan kode KBLI.</translation>
        </message>
        <message>
            <source>--version needs a version number, not "%1".</source>
            <translation>--version memerlukan nomor versi, bukan "%1".</translation>
        </message>
        <message>
            <source>KBLI %1 has no version %2.</source>
            <translation>KBLI %1 tidak memiliki versi %2.</translation>
        </message>
        <message>
            <source>catalog versions needs the KBLI code.</source>
            <translation>catalog versions memerlukan kode KBLI.</translation>
        </message>
        <message>
            <source> (current)</source>
            <translation> (berlaku)</translation>
        </message>
        <message>
            <source>catalog import-standard needs the annex text FILE.</source>
            <translation>catalog import-standard memerlukan BERKAS teks lampiran.</translation>
        </message>
        <message>
            <source>catalog import needs the catalogue JSON FILE.</source>
            <translation>catalog import memerlukan BERKAS JSON katalog.</translation>
        </message>
        <message>
            <source>The file %1 cannot be written: %2</source>
            <translation>Berkas %1 tidak dapat ditulis: %2</translation>
        </message>
        <message>
            <source>catalog needs a sub-command: list, show, versions, import-standard, import, export.</source>
            <translation>catalog memerlukan subperintah: list, show, versions, import-standard, import, export.</translation>
        </message>
        <message>
            <source>Unknown catalog sub-command: %1.</source>
            <translation>Subperintah catalog tidak dikenal: %1.</translation>
        </message>
        <message>
            <source>1 working day</source>
            <translation>1 hari kerja</translation>
        </message>
        <message>
            <source>%1 working days</source>
            <translation>%1 hari kerja</translation>
        </message>
        <message>
            <source>1 calendar day</source>
            <translation>1 hari kalender</translation>
        </message>
        <message>
            <source>%1 calendar days</source>
            <translation>%1 hari kalender</translation>
        </message>
        <message>
            <source>Services read: %1 (new: %2, with a new version: %3, unchanged: %4).</source>
            <translation>Layanan dibaca: %1 (baru: %2, dengan versi baru: %3, tidak berubah: %4).</translation>
        </message>
        <message>
            <source>Complain within %1 of receiving the service.</source>
            <translation>Pengaduan paling lambat %1 sejak menerima pelayanan.</translation>
        </message>
        <message>
            <source>Answered within %1.</source>
            <translation>Dijawab paling lambat %1.</translation>
        </message>
        <message>
            <source>Version %1 from %2: %3, %4%5</source>
            <translation>Versi %1 sejak %2: %3, %4%5</translation>
        </message>
        <message>
            <source>Services exported: %1, to %2.</source>
            <translation>Layanan diekspor: %1, ke %2.</translation>
        </message>
    </context>
    <context>
        <name>loket::ui::CatalogListModel</name>
        <message>
            <source>KBLI</source>
            <translation>KBLI</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Biaya/Tarif</translation>
        </message>
    </context>
    <context>
        <name>loket::ui::CatalogPage</name>
        <message>
            <source>Service catalogue</source>
            <translation>Katalog layanan</translation>
        </message>
        <message>
            <source>Import annex text…</source>
            <translation>Impor teks lampiran…</translation>
        </message>
        <message>
            <source>Import JSON…</source>
            <translation>Impor JSON…</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translation>Ekspor JSON…</translation>
        </message>
        <message>
            <source>Search KBLI or service name</source>
            <translation>Cari KBLI atau nama layanan</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Cetak…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Simpan sebagai PDF…</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Versi:</translation>
        </message>
        <message>
            <source>Version %1 · %2</source>
            <translation>Versi %1 · %2</translation>
        </message>
        <message>
            <source>current</source>
            <translation>berlaku</translation>
        </message>
        <message>
            <source>Save the standard as PDF</source>
            <translation>Simpan standar pelayanan sebagai PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Simpan sebagai PDF</translation>
        </message>
        <message>
            <source>The PDF %1 could not be written.</source>
            <translation>PDF %1 tidak dapat ditulis.</translation>
        </message>
        <message>
            <source>Import annex text</source>
            <translation>Impor teks lampiran</translation>
        </message>
        <message>
            <source>Annex text (*.txt);;All files (*)</source>
            <translation>Teks lampiran (*.txt);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>The file %1 cannot be read: %2</source>
            <translation>Berkas %1 tidak dapat dibaca: %2</translation>
        </message>
        <message>
            <source>Import catalogue JSON</source>
            <translation>Impor JSON katalog</translation>
        </message>
        <message>
            <source>Catalogue JSON (*.json);;All files (*)</source>
            <translation>JSON katalog (*.json);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Export catalogue JSON</source>
            <translation>Ekspor JSON katalog</translation>
        </message>
        <message>
            <source>Catalogue JSON (*.json)</source>
            <translation>JSON katalog (*.json)</translation>
        </message>
        <message>
            <source>The file %1 cannot be written: %2</source>
            <translation>Berkas %1 tidak dapat ditulis: %2</translation>
        </message>
        <message>
            <source>The catalogue was saved to %1.</source>
            <translation>Katalog disimpan ke %1.</translation>
        </message>
        <message>
            <source>Services: %1</source>
            <translation>Layanan: %1</translation>
        </message>
        <message>
            <source>Services read: %1 (new: %2, with a new version: %3, unchanged: %4).</source>
            <translation>Layanan dibaca: %1 (baru: %2, dengan versi baru: %3, tidak berubah: %4).</translation>
        </message>
    </context>
    <context>
        <name>loket::ui::StandardDocument</name>
        <message>
            <source>None</source>
            <translation>Tidak ada</translation>
        </message>
        <message>
            <source>SERVICE STANDARD</source>
            <translation>STANDAR PELAYANAN</translation>
        </message>
        <message>
            <source>Risk: %1</source>
            <translation>Risiko: %1</translation>
        </message>
        <message>
            <source>Version %1, valid from %2</source>
            <translation>Versi %1, berlaku sejak %2</translation>
        </message>
        <message>
            <source>no longer current</source>
            <translation>tidak berlaku lagi</translation>
        </message>
        <message>
            <source>Completion time</source>
            <translation>Jangka Waktu Penyelesaian</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Biaya/Tarif</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produk Layanan</translation>
        </message>
        <message>
            <source>General requirements</source>
            <translation>Persyaratan umum</translation>
        </message>
        <message>
            <source>Special requirements</source>
            <translation>Persyaratan khusus</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Persyaratan</translation>
        </message>
        <message>
            <source>Complaints, suggestions and feedback</source>
            <translation>Penanganan Pengaduan, Saran dan Masukan</translation>
        </message>
        <message>
            <source>System, mechanism and procedure</source>
            <translation>Sistem, Mekanisme dan Prosedur</translation>
        </message>
        <message>
            <source>Classification %1</source>
            <translation>Klasifikasi %1</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>Pencatatan</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Penelaahan</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Penyelesaian</translation>
        </message>
        <message>
            <source>needs the head's approval</source>
            <translation>memerlukan persetujuan Kepala</translation>
        </message>
        <message>
            <source>How complaints are handled</source>
            <translation>Tata cara penanganan pengaduan</translation>
        </message>
        <message>
            <source>Legal bases</source>
            <translation>Dasar Hukum</translation>
        </message>
        <message>
            <source>Facilities</source>
            <translation>Sarana, Prasarana, dan Fasilitas</translation>
        </message>
        <message>
            <source>Staff competence</source>
            <translation>Kompetensi Pelaksana</translation>
        </message>
        <message>
            <source>Internal supervision</source>
            <translation>Pengawasan Internal</translation>
        </message>
        <message>
            <source>Number of staff</source>
            <translation>Jumlah Pelaksana</translation>
        </message>
        <message>
            <source>Service guarantees</source>
            <translation>Jaminan Pelayanan</translation>
        </message>
        <message>
            <source>Safety and security guarantees</source>
            <translation>Jaminan Keamanan dan Keselamatan Pelayanan</translation>
        </message>
        <message>
            <source>Performance evaluation</source>
            <translation>Evaluasi Kinerja Pelaksana</translation>
        </message>
        <message>
            <source>1 working day</source>
            <translation>1 hari kerja</translation>
        </message>
        <message>
            <source>%1 working days</source>
            <translation>%1 hari kerja</translation>
        </message>
        <message>
            <source>1 calendar day</source>
            <translation>1 hari kalender</translation>
        </message>
        <message>
            <source>%1 calendar days</source>
            <translation>%1 hari kalender</translation>
        </message>
        <message>
            <source>Complaints may be made within %1 of receiving the service.</source>
            <translation>Pengaduan dapat disampaikan paling lambat %1 sejak menerima pelayanan.</translation>
        </message>
        <message>
            <source>The office answers within %1.</source>
            <translation>Kantor menjawab paling lambat %1.</translation>
        </message>
    </context>
    <context>
        <name>loket::ui::MainWindow</name>
        <message>
            <source>Service catalogue</source>
            <translation>Katalog layanan</translation>
        </message>
    </context>
</TS>