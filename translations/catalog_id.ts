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
        <source>%1 must be &quot;restart&quot; or &quot;pause&quot;, not &quot;%2&quot;.</source>
        <translation>%1 harus &quot;restart&quot; atau &quot;pause&quot;, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The catalogue file is not valid JSON (line %1): %2</source>
        <translation>Berkas katalog bukan JSON yang sah (baris %1): %2</translation>
    </message>
    <message>
        <source>The catalogue file must hold one JSON object with a &quot;services&quot; list.</source>
        <translation>Berkas katalog harus berisi satu objek JSON dengan daftar &quot;services&quot;.</translation>
    </message>
    <message>
        <source>format must be &quot;%1&quot;: this is not a Loket service catalogue.</source>
        <translation>format harus &quot;%1&quot;: ini bukan katalog layanan Loket.</translation>
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
        <source>Another service already has KBLI %1 and the name &quot;%2&quot;.</source>
        <translation>Layanan lain sudah memakai KBLI %1 dan nama &quot;%2&quot;.</translation>
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
        <source>The complaint window (&quot;N hari kalender&quot;) was not found.</source>
        <translation>Batas waktu pengaduan (&quot;N hari kalender&quot;) tidak ditemukan.</translation>
    </message>
    <message>
        <source>The complaint answer time (&quot;N hari kerja&quot;) was not found.</source>
        <translation>Jangka waktu jawaban pengaduan (&quot;N hari kerja&quot;) tidak ditemukan.</translation>
    </message>
    <message>
        <source>The complaint resolution paths (internal, technical, APIP) were not found.</source>
        <translation>Jalur penyelesaian pengaduan (internal, tim teknis, APIP) tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>loket::StandardImporter</name>
    <message>
        <source>Line %1: a &quot;NO KOMPONEN URAIAN&quot; header comes before any service heading.</source>
        <translation>Baris %1: judul tabel &quot;NO KOMPONEN URAIAN&quot; muncul sebelum judul layanan mana pun.</translation>
    </message>
    <message>
        <source>Line %1: text before the first service heading (&quot;45. Izin (Risiko Tinggi) KBLI 71205 ...&quot;): %2</source>
        <translation>Baris %1: ada teks sebelum judul layanan pertama (&quot;45. Izin (Risiko Tinggi) KBLI 71205 ...&quot;): %2</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot;, line %2</source>
        <translation>Layanan &quot;%1&quot;, baris %2</translation>
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
        <source>%1: component %2 is named &quot;%3&quot; but component %2 is &quot;%4&quot;.</source>
        <translation>%1: komponen %2 bernama &quot;%3&quot;, padahal komponen %2 adalah &quot;%4&quot;.</translation>
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
        <source>No service heading (&quot;45. Izin (Risiko Tinggi) KBLI 71205 ...&quot;) was found.</source>
        <translation>Tidak ditemukan judul layanan (&quot;45. Izin (Risiko Tinggi) KBLI 71205 ...&quot;).</translation>
    </message>
    <message>
        <source>Line %1: the service heading &quot;%2&quot; does not read &quot;N. Kind (Risiko Level) KBLI NNNNN Name&quot;.</source>
        <translation>Baris %1: judul layanan &quot;%2&quot; tidak berbentuk &quot;N. Jenis (Risiko Tingkat) KBLI NNNNN Nama&quot;.</translation>
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
        <source>No procedure classification (&quot;Klasifikasi 4, 8, ...&quot;) was found.</source>
        <translation>Klasifikasi prosedur (&quot;Klasifikasi 4, 8, ...&quot;) tidak ditemukan.</translation>
    </message>
    <message>
        <source>The completion time has no number of working days (&quot;7 hari kerja&quot;).</source>
        <translation>Jangka waktu penyelesaian tidak menyebut jumlah hari kerja (&quot;7 hari kerja&quot;).</translation>
    </message>
    <message>
        <source>The fee is neither &quot;Gratis&quot; nor an amount in rupiah (&quot;Rp 50.000&quot;).</source>
        <translation>Biaya bukan &quot;Gratis&quot; dan bukan jumlah rupiah (&quot;Rp 50.000&quot;).</translation>
    </message>
    <message>
        <source>The number of staff is not a number (&quot;30 Orang&quot;).</source>
        <translation>Jumlah pelaksana bukan angka (&quot;30 Orang&quot;).</translation>
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
        <source>%1: the KBLI code must be five digits, not &quot;%2&quot;.</source>
        <translation>%1: kode KBLI harus lima angka, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the service needs a name.</source>
        <translation>%1: layanan harus memiliki nama.</translation>
    </message>
    <message>
        <source>%1: the risk level must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1: tingkat risiko harus salah satu dari %2, bukan &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1.key: each requirement needs its own key (&quot;U1&quot;, &quot;K1&quot;); &quot;%2&quot; is empty or used twice.</source>
        <translation>%1.key: setiap persyaratan memerlukan kunci sendiri (&quot;U1&quot;, &quot;K1&quot;); &quot;%2&quot; kosong atau dipakai dua kali.</translation>
    </message>
    <message>
        <source>%1.group must be &quot;general&quot; or &quot;special&quot;, not &quot;%2&quot;.</source>
        <translation>%1.group harus &quot;general&quot; atau &quot;special&quot;, bukan &quot;%2&quot;.</translation>
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
        <source>%1.stage must be one of %2, each once; &quot;%3&quot; is not.</source>
        <translation>%1.stage harus salah satu dari %2, masing-masing sekali; &quot;%3&quot; tidak memenuhi.</translation>
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
        <source>%1.key: each channel needs its own key (&quot;a&quot;, &quot;b&quot;, ...); &quot;%2&quot; is empty or used twice.</source>
        <translation>%1.key: setiap sarana memerlukan kunci sendiri (&quot;a&quot;, &quot;b&quot;, ...); &quot;%2&quot; kosong atau dipakai dua kali.</translation>
    </message>
    <message>
        <source>%1.kind must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1.kind harus salah satu dari %2, bukan &quot;%3&quot;.</translation>
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
        <source>%1.key must be one of %2, each once; &quot;%3&quot; is not.</source>
        <translation>%1.key harus salah satu dari %2, masing-masing sekali; &quot;%3&quot; tidak memenuhi.</translation>
    </message>
    <message>
        <source>%1.title: the resolution path has no title.</source>
        <translation>%1.title: jalur penyelesaian tidak memiliki judul.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 tidak boleh negatif.</translation>
    </message>
    <message>
        <source>%1: the permit type (&quot;Izin&quot;, &quot;Sertifikat Standar&quot;, ...) is missing.</source>
        <translation>%1: jenis perizinan (&quot;Izin&quot;, &quot;Sertifikat Standar&quot;, ...) belum diisi.</translation>
    </message>
    <message>
        <source>%1: a standard names at least one service product.</source>
        <translation>%1: standar harus menyebut paling sedikit satu produk pelayanan.</translation>
    </message>
    <message>
        <source>%1: item %2 is empty.</source>
        <translation>%1: butir ke-%2 kosong.</translation>
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
        <source>No service KBLI %1 &quot;%2&quot; is in the catalogue.</source>
        <translation>Tidak ada layanan KBLI %1 &quot;%2&quot; dalam katalog.</translation>
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
        <source>--version needs a version number, not &quot;%1&quot;.</source>
        <translation>--version memerlukan nomor versi, bukan &quot;%1&quot;.</translation>
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
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Edit the standard and save it as a new version (Ctrl+E)</source>
        <translation>Ubah standar dan simpan sebagai versi baru (Ctrl+E)</translation>
    </message>
    <message>
        <source>New service…</source>
        <translation>Layanan baru…</translation>
    </message>
</context>
<context>
    <name>loket::ui::RowTableEditor</name>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Tambah baris (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Hapus baris terpilih (Delete)</translation>
    </message>
    <message>
        <source>Move the selected row up (Alt+Up)</source>
        <translation>Pindahkan baris terpilih ke atas (Alt+Atas)</translation>
    </message>
    <message>
        <source>Move the selected row down (Alt+Down)</source>
        <translation>Pindahkan baris terpilih ke bawah (Alt+Bawah)</translation>
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
        <source>needs the head&apos;s approval</source>
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
    <name>loket::ui::StandardEditorDialog</name>
    <message>
        <source>New service</source>
        <translation>Layanan baru</translation>
    </message>
    <message>
        <source>Edit service standard</source>
        <translation>Ubah standar pelayanan</translation>
    </message>
    <message>
        <source>A new service. Saving stores it as version 1 of the catalogue entry.</source>
        <translation>Layanan baru. Menyimpan akan mencatatnya sebagai versi 1 di katalog.</translation>
    </message>
    <message>
        <source>KBLI %1 · %2 · editing version %3; saving stores version %4.</source>
        <translation>KBLI %1 · %2 · mengubah versi %3; menyimpan akan mencatat versi %4.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>Time and stages</source>
        <translation>Waktu dan tahapan</translation>
    </message>
    <message>
        <source>Complaint channels</source>
        <translation>Saluran pengaduan</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>Penanganan pengaduan</translation>
    </message>
    <message>
        <source>Other components</source>
        <translation>Komponen lain</translation>
    </message>
    <message>
        <source>Ctrl+S saves · Ctrl+Tab changes the tab · Esc closes</source>
        <translation>Ctrl+S menyimpan · Ctrl+Tab berpindah tab · Esc menutup</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Simpan sebagai versi baru</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Izin, Sertifikat Standar, ...</source>
        <translation>Izin, Sertifikat Standar, ...</translation>
    </message>
    <message>
        <source>One product per line</source>
        <translation>Satu produk per baris</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>KBLI code:</source>
        <translation>Kode KBLI:</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>Nama layanan:</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Tingkat risiko:</translation>
    </message>
    <message>
        <source>Permit type:</source>
        <translation>Jenis perizinan:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sektor:</translation>
    </message>
    <message>
        <source>Service products:</source>
        <translation>Produk pelayanan:</translation>
    </message>
    <message>
        <source>Fee (rupiah):</source>
        <translation>Biaya (rupiah):</translation>
    </message>
    <message>
        <source>Fee as printed:</source>
        <translation>Biaya seperti dicetak:</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>diisi manual</translation>
    </message>
    <message>
        <source>Number in the annex:</source>
        <translation>Nomor dalam lampiran:</translation>
    </message>
    <message>
        <source>The documents the applicant hands in. Keys such as U1 (general) or K1 (special) must be unique; the counter checklist follows this order.</source>
        <translation>Dokumen yang diserahkan pemohon. Kode seperti U1 (umum) atau K1 (khusus) tidak boleh kembar; daftar periksa di loket mengikuti urutan ini.</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Khusus</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> hari kerja</translation>
    </message>
    <message>
        <source>The clock starts again from day 0</source>
        <translation>Waktu dihitung ulang dari hari ke-0</translation>
    </message>
    <message>
        <source>The clock pauses and continues</source>
        <translation>Waktu dihentikan sementara lalu dilanjutkan</translation>
    </message>
    <message>
        <source>Completion time:</source>
        <translation>Waktu penyelesaian:</translation>
    </message>
    <message>
        <source>Completion time as printed:</source>
        <translation>Waktu penyelesaian seperti dicetak:</translation>
    </message>
    <message>
        <source>When a returned file comes back:</source>
        <translation>Saat berkas yang dikembalikan diajukan lagi:</translation>
    </message>
    <message>
        <source>Working days per stage</source>
        <translation>Hari kerja per tahapan</translation>
    </message>
    <message>
        <source>Complaint officer</source>
        <translation>Pejabat pengelola pengaduan</translation>
    </message>
    <message>
        <source>Complaint counter</source>
        <translation>Loket pengaduan</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Twitter</source>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Office website</source>
        <translation>Situs web kantor</translation>
    </message>
    <message>
        <source>MPP website</source>
        <translation>Situs web MPP</translation>
    </message>
    <message>
        <source>Complaint form</source>
        <translation>Formulir pengaduan</translation>
    </message>
    <message>
        <source>Complaint box</source>
        <translation>Kotak pengaduan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Address, number or account</source>
        <translation>Alamat, nomor atau akun</translation>
    </message>
    <message>
        <source> calendar days</source>
        <translation> hari kalender</translation>
    </message>
    <message>
        <source>Complaints accepted for:</source>
        <translation>Pengaduan diterima selama:</translation>
    </message>
    <message>
        <source>Answer within:</source>
        <translation>Dijawab paling lambat:</translation>
    </message>
    <message>
        <source>Inside the office</source>
        <translation>Di internal kantor</translation>
    </message>
    <message>
        <source>With the technical team</source>
        <translation>Bersama tim teknis</translation>
    </message>
    <message>
        <source>Through the inspectorate (APIP)</source>
        <translation>Melalui inspektorat (APIP)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Head approves</source>
        <translation>Disetujui Kepala</translation>
    </message>
    <message>
        <source>Resolution paths:</source>
        <translation>Jalur penyelesaian:</translation>
    </message>
    <message>
        <source>Resolution paths</source>
        <translation>Jalur penyelesaian</translation>
    </message>
    <message>
        <source>Reporting:</source>
        <translation>Pelaporan:</translation>
    </message>
    <message>
        <source>e.g. 4, 8, 13</source>
        <translation>mis. 4, 8, 13</translation>
    </message>
    <message>
        <source>Procedure classifications:</source>
        <translation>Klasifikasi prosedur:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Prosedur:</translation>
    </message>
    <message>
        <source>Number of staff:</source>
        <translation>Jumlah pelaksana:</translation>
    </message>
    <message>
        <source>Number of staff as printed:</source>
        <translation>Jumlah pelaksana seperti dicetak:</translation>
    </message>
    <message>
        <source>Performance evaluation, introduction:</source>
        <translation>Evaluasi kinerja, kalimat pembuka:</translation>
    </message>
    <message>
        <source>Satisfaction surveys per year:</source>
        <translation>Survei kepuasan per tahun:</translation>
    </message>
    <message>
        <source>SOP evaluations per year:</source>
        <translation>Evaluasi SOP per tahun:</translation>
    </message>
    <message>
        <source>The stages add up to %1 of the %2 working days.</source>
        <translation>Jumlah tahapan %1 dari %2 hari kerja.</translation>
    </message>
    <message>
        <source>Save the standard</source>
        <translation>Simpan standar</translation>
    </message>
    <message>
        <source>Nothing changed: the standard is the same as version %1, so no new version was saved.</source>
        <translation>Tidak ada perubahan: standar sama dengan versi %1, jadi tidak ada versi baru yang disimpan.</translation>
    </message>
    <message>
        <source>Please correct &quot;%1&quot;.</source>
        <translation>Mohon perbaiki &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The standard was not saved</source>
        <translation>Standar tidak disimpan</translation>
    </message>
    <message>
        <source>Someone saved a newer version</source>
        <translation>Sudah ada versi yang lebih baru</translation>
    </message>
    <message>
        <source>While you were editing version %1, someone saved version %2 of this standard. Your changes were NOT saved and are still in this window. Close it, open the current version and make your changes again.</source>
        <translation>Selagi Anda mengubah versi %1, orang lain telah menyimpan versi %2 standar ini. Perubahan Anda TIDAK disimpan dan masih ada di jendela ini. Tutup jendela ini, buka versi terbaru, lalu ulangi perubahan Anda.</translation>
    </message>
    <message>
        <source>Your changes are still in this window.</source>
        <translation>Perubahan Anda masih ada di jendela ini.</translation>
    </message>
    <message>
        <source>%1, row %2, %3</source>
        <translation>%1, baris %2, %3</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Tutup penyunting</translation>
    </message>
    <message>
        <source>Your changes to this standard have not been saved. Close and lose them?</source>
        <translation>Perubahan Anda pada standar ini belum disimpan. Tutup dan buang perubahan?</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Satu butir per baris</translation>
    </message>
    <message>
        <source>Lists take one item per line; blank lines are left out.</source>
        <translation>Daftar diisi satu butir per baris; baris kosong diabaikan.</translation>
    </message>
    <message>
        <source>General rules:</source>
        <translation>Ketentuan umum:</translation>
    </message>
    <message>
        <source>Recording steps:</source>
        <translation>Langkah pencatatan:</translation>
    </message>
    <message>
        <source>Review steps:</source>
        <translation>Langkah penelaahan:</translation>
    </message>
    <message>
        <source>Problem types:</source>
        <translation>Jenis masalah:</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>Dasar hukum:</translation>
    </message>
    <message>
        <source>Facilities:</source>
        <translation>Sarana dan prasarana:</translation>
    </message>
    <message>
        <source>Staff competence:</source>
        <translation>Kompetensi pelaksana:</translation>
    </message>
    <message>
        <source>Internal supervision:</source>
        <translation>Pengawasan internal:</translation>
    </message>
    <message>
        <source>Service guarantees:</source>
        <translation>Jaminan pelayanan:</translation>
    </message>
    <message>
        <source>Safety guarantees:</source>
        <translation>Jaminan keamanan dan keselamatan:</translation>
    </message>
    <message>
        <source>Performance evaluation:</source>
        <translation>Evaluasi kinerja:</translation>
    </message>
</context>
</TS>
