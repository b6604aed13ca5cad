<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>loket::ComplaintLevels</name>
    <message>
        <source>A post in the list of levels is empty.</source>
        <translation>Ada jabatan yang kosong dalam daftar jenjang.</translation>
    </message>
    <message>
        <source>The post &quot;%1&quot; is listed twice.</source>
        <translation>Jabatan &quot;%1&quot; tercantum dua kali.</translation>
    </message>
    <message>
        <source>The levels go from the officer (pelaksana) up to the head: list at least two posts.</source>
        <translation>Jenjang dimulai dari pelaksana sampai dengan kepala: cantumkan paling sedikit dua jabatan.</translation>
    </message>
    <message>
        <source>The path has reached the head (%1); no level above it.</source>
        <translation>Jalur sudah sampai pada kepala (%1); tidak ada jenjang di atasnya.</translation>
    </message>
    <message>
        <source>The levels go up one by one: the next level is %1, not %2.</source>
        <translation>Jenjang naik satu per satu: jenjang berikutnya adalah %1, bukan %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the office&apos;s list of posts (%2); the next level is %3.</source>
        <translation>&quot;%1&quot; tidak ada dalam daftar jabatan kantor (%2); jenjang berikutnya adalah %3.</translation>
    </message>
    <message>
        <source>The handling goes level by level up to the head: the report of %1 is still missing.</source>
        <translation>Penanganan berjenjang sampai dengan kepala: laporan %1 belum ada.</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintOrder</name>
    <message>
        <source>Step %1 cannot be reopened while step %2 after it is recorded; reopen the later steps first.</source>
        <translation>Langkah %1 tidak dapat dibuka kembali selama langkah %2 sesudahnya sudah dicatat; buka kembali langkah sesudahnya lebih dahulu.</translation>
    </message>
    <message>
        <source>The resolution path was chosen on the strength of the review; step %1 can no longer be reopened.</source>
        <translation>Jalur penyelesaian sudah dipilih berdasarkan penelaahan; langkah %1 tidak dapat dibuka kembali.</translation>
    </message>
    <message>
        <source>Classify the complaint by sector and problem type (item 5c) before the review steps of item 6.</source>
        <translation>Kelompokkan pengaduan menurut bidang/sektor dan jenis masalah (butir 5c) sebelum langkah penelaahan butir 6.</translation>
    </message>
    <message>
        <source>The review steps go in order: record step %1 before step %2.</source>
        <translation>Langkah penelaahan berurutan: catat langkah %1 sebelum langkah %2.</translation>
    </message>
    <message>
        <source>Step %1 formulates the handling plan: save the plan before recording the step.</source>
        <translation>Langkah %1 merumuskan rencana penanganan: simpan rencananya sebelum mencatat langkah ini.</translation>
    </message>
    <message>
        <source>Classify the complaint by sector and problem type (item 5c) before the handling plan.</source>
        <translation>Kelompokkan pengaduan menurut bidang/sektor dan jenis masalah (butir 5c) sebelum rencana penanganan.</translation>
    </message>
    <message>
        <source>The handling plan is formulated in step %1: record step %2 first.</source>
        <translation>Rencana penanganan dirumuskan pada langkah %1: catat langkah %2 lebih dahulu.</translation>
    </message>
    <message>
        <source>Step %1 is recorded with this plan; choose at least one planned step or reopen step %1 first.</source>
        <translation>Langkah %1 sudah dicatat dengan rencana ini; pilih paling sedikit satu langkah rencana atau buka kembali langkah %1 lebih dahulu.</translation>
    </message>
    <message>
        <source>The clarification carries out the plan of step %1: record step %1 first.</source>
        <translation>Klarifikasi melaksanakan rencana langkah %1: catat langkah %1 lebih dahulu.</translation>
    </message>
    <message>
        <source>Save the handling plan before recording its clarification.</source>
        <translation>Simpan rencana penanganan sebelum mencatat klarifikasinya.</translation>
    </message>
    <message>
        <source>Classify the complaint by sector and problem type (item 5c) first.</source>
        <translation>Kelompokkan pengaduan menurut bidang/sektor dan jenis masalah (butir 5c) lebih dahulu.</translation>
    </message>
    <message>
        <source>The result of the review (item 7) comes after all review steps of item 6: step %1 is not recorded yet.</source>
        <translation>Hasil penelaahan (butir 7) ditetapkan setelah semua langkah penelaahan butir 6: langkah %1 belum dicatat.</translation>
    </message>
    <message>
        <source>APIP is for complaints that cannot be resolved internally or externally: record the internal or technical-team attempt as unresolved first.</source>
        <translation>APIP untuk pengaduan yang tidak bisa diselesaikan secara internal atau eksternal: catat lebih dahulu bahwa upaya internal atau tim teknis tidak menyelesaikannya.</translation>
    </message>
    <message>
        <source>Only an internal or technical-team attempt can be recorded as unresolved.</source>
        <translation>Hanya upaya internal atau tim teknis yang dapat dicatat tidak terselesaikan.</translation>
    </message>
    <message>
        <source>Record at least the first level&apos;s report of the attempt before recording it as unresolved.</source>
        <translation>Catat paling sedikit laporan jenjang pertama upaya ini sebelum mencatatnya tidak terselesaikan.</translation>
    </message>
    <message>
        <source>The complaint has been answered already.</source>
        <translation>Pengaduan sudah dijawab.</translation>
    </message>
    <message>
        <source>Next: classify by sector and problem type (item 5c).</source>
        <translation>Berikutnya: kelompokkan menurut bidang/sektor dan jenis masalah (butir 5c).</translation>
    </message>
    <message>
        <source>Next: save the handling plan, then record step %1.</source>
        <translation>Berikutnya: simpan rencana penanganan, lalu catat langkah %1.</translation>
    </message>
    <message>
        <source>Next: review step %1, &quot;%2&quot;.</source>
        <translation>Berikutnya: langkah penelaahan %1, &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Next: choose the resolution path (item 7).</source>
        <translation>Berikutnya: pilih jalur penyelesaian (butir 7).</translation>
    </message>
    <message>
        <source>Next: the head of office&apos;s approval of involving APIP.</source>
        <translation>Berikutnya: persetujuan Kepala DPMPTSP untuk melibatkan APIP.</translation>
    </message>
    <message>
        <source>Next: the written report of level %1, %2.</source>
        <translation>Berikutnya: laporan tertulis jenjang %1, %2.</translation>
    </message>
    <message>
        <source>Next: the levels of the resolution path and the answer to the complainant.</source>
        <translation>Berikutnya: jenjang jalur penyelesaian dan jawaban kepada pengadu.</translation>
    </message>
    <message>
        <source>Next: the report to the direct superior (item 8).</source>
        <translation>Berikutnya: laporan kepada atasan langsung (butir 8).</translation>
    </message>
    <message>
        <source>Next: close the complaint.</source>
        <translation>Berikutnya: tutup pengaduan.</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (aturan %2)</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintProcess</name>
    <message>
        <source>Choose the problem type of the complaint.</source>
        <translation>Pilih jenis masalah pengaduan.</translation>
    </message>
    <message>
        <source>Describe the problem type when it is &quot;%1&quot;.</source>
        <translation>Uraikan jenis masalahnya bila &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The description of the problem type is too long.</source>
        <translation>Uraian jenis masalah terlalu panjang.</translation>
    </message>
    <message>
        <source>Name the field, sector or kind of service of the complaint.</source>
        <translation>Sebutkan bidang, sektor atau jenis pelayanan yang diadukan.</translation>
    </message>
    <message>
        <source>Say why the attempt could not resolve the complaint.</source>
        <translation>Sebutkan mengapa upaya ini tidak dapat menyelesaikan pengaduan.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>the unresolved attempt</source>
        <translation>upaya yang tidak terselesaikan</translation>
    </message>
    <message>
        <source>the classification by sector and problem type (item 5c)</source>
        <translation>pengelompokan menurut bidang/sektor dan jenis masalah (butir 5c)</translation>
    </message>
    <message>
        <source>the review steps a to e of item 6</source>
        <translation>langkah penelaahan a sampai e butir 6</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintService</name>
    <message>
        <source>The service date comes from the related case; leave it empty when a case is named.</source>
        <translation>Tanggal pelayanan diambil dari permohonan terkait; kosongkan bila nomor permohonan disebutkan.</translation>
    </message>
    <message>
        <source>The service date (%1) cannot be after the complaint was received.</source>
        <translation>Tanggal pelayanan (%1) tidak boleh sesudah pengaduan diterima.</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintTriage</name>
    <message>
        <source>Received before the service date</source>
        <translation>Diterima sebelum tanggal pelayanan</translation>
    </message>
    <message>
        <source>Received %1 calendar days before the service was received; the %2-day window runs until %3. A complaint: the answer is due %4 working days after receipt.</source>
        <translation>Diterima %1 hari kalender sebelum pelayanan diterima; batas %2 hari berlaku sampai %3. Pengaduan: jawaban paling lambat %4 hari kerja sejak diterima.</translation>
    </message>
    <message>
        <source>The applicant has not received the service of the related case yet (no hand-over, rejection, return or withdrawal), so the window has not started. A complaint: the answer is due %1 working days after receipt.</source>
        <translation>Pemohon belum menerima pelayanan permohonan terkait (belum ada penyerahan, penolakan, pengembalian atau pencabutan), sehingga batas waktu belum mulai. Pengaduan: jawaban paling lambat %1 hari kerja sejak diterima.</translation>
    </message>
    <message>
        <source>No related case and no service date were given, so there is no window to check. A complaint: the answer is due %1 working days after receipt.</source>
        <translation>Tidak ada permohonan terkait maupun tanggal pelayanan, sehingga batas waktu tidak dapat diperiksa. Pengaduan: jawaban paling lambat %1 hari kerja sejak diterima.</translation>
    </message>
</context>
<context>
    <name>loket::ScaleRequirement</name>
    <message>
        <source>Warning: the business&apos;s scale as recorded is %1, while this requirement asks for a small or medium industry. The officer decides.</source>
        <translation>Peringatan: skala usaha yang tercatat adalah %1, sedangkan persyaratan ini meminta industri kecil atau industri menengah. Petugas yang memutuskan.</translation>
    </message>
</context>
<context>
    <name>loket::StandardEvaluation</name>
    <message>
        <source>The evaluation of this standard was due on %1 (%2 a year): overdue.</source>
        <translation>Evaluasi standar ini jatuh tempo pada %1 (%2 kali setahun): terlambat.</translation>
    </message>
    <message>
        <source>The next evaluation of this standard is due on %1 (%2 a year).</source>
        <translation>Evaluasi berikutnya atas standar ini jatuh tempo pada %1 (%2 kali setahun).</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>Service received on %1 (no case)</source>
        <translation>Pelayanan diterima pada %1 (tanpa permohonan)</translation>
    </message>
    <message>
        <source>The %1 attempt on %2 is recorded as unresolved; APIP may be involved.</source>
        <translation>Upaya %1 atas %2 dicatat tidak terselesaikan; APIP dapat dilibatkan.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintIntakeDialog</name>
    <message>
        <source>Service received on (a visit without a case)</source>
        <translation>Pelayanan diterima pada (kunjungan tanpa permohonan)</translation>
    </message>
    <message>
        <source>%1 (KBLI %2), %3; service received on %4.</source>
        <translation>%1 (KBLI %2), %3; pelayanan diterima pada %4.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintResolutionTab</name>
    <message>
        <source>The next post in the office&apos;s list of levels</source>
        <translation>Jabatan berikutnya dalam daftar jenjang kantor</translation>
    </message>
    <message>
        <source>Attempt not resolved</source>
        <translation>Upaya tidak terselesaikan</translation>
    </message>
    <message>
        <source>Why the internal or technical-team attempt could not resolve it</source>
        <translation>Mengapa upaya internal atau tim teknis tidak dapat menyelesaikannya</translation>
    </message>
    <message>
        <source>Record as unresolved</source>
        <translation>Catat tidak terselesaikan</translation>
    </message>
    <message>
        <source>The %1 attempt was recorded unresolved on %2: %3</source>
        <translation>Upaya %1 dicatat tidak terselesaikan pada %2: %3</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintReviewTab</name>
    <message>
        <source>Describe the problem type (Lainnya)</source>
        <translation>Uraikan jenis masalah (Lainnya)</translation>
    </message>
</context>
</TS>
