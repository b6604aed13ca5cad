<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>loket</name>
    <message>
        <source>Suggestion / input</source>
        <translation>Saran / masukan</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintAttachmentStore</name>
    <message>
        <source>Attachment %1 cannot be read.</source>
        <translation>Lampiran %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The attachments folder %1 cannot be created.</source>
        <translation>Folder lampiran %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Attachment %1 could not be copied into %2.</source>
        <translation>Lampiran %1 tidak dapat disalin ke %2.</translation>
    </message>
    <message>
        <source>The copy of attachment %1 does not match the original.</source>
        <translation>Salinan lampiran %1 tidak sama dengan aslinya.</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintCsvImport</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Berkas %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and at least one row.</source>
        <translation>Berkas kosong: harus ada baris judul kolom dan sedikitnya satu baris data.</translation>
    </message>
    <message>
        <source>Line 1: unknown column &quot;%1&quot;.</source>
        <translation>Baris 1: kolom &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Line 1: column &quot;%1&quot; appears twice.</source>
        <translation>Baris 1: kolom &quot;%1&quot; muncul dua kali.</translation>
    </message>
    <message>
        <source>Line 1: the column &quot;%1&quot; is missing.</source>
        <translation>Baris 1: kolom &quot;%1&quot; tidak ada.</translation>
    </message>
    <message>
        <source>The file has a header line but no rows.</source>
        <translation>Berkas hanya berisi baris judul kolom tanpa baris data.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields, but the header has %3.</source>
        <translation>Baris %1: ada %2 isian, padahal judul kolom hanya %3.</translation>
    </message>
    <message>
        <source>Line %1, column received: &quot;%2&quot; is not a date and time (use YYYY-MM-DD HH:MM).</source>
        <translation>Baris %1, kolom received: &quot;%2&quot; bukan tanggal dan jam (gunakan YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintLinks</name>
    <message>
        <source>Registered at the counter</source>
        <translation>Didaftarkan di loket</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintProcess</name>
    <message>
        <source>&quot;%1&quot; is not one of the standard&apos;s problem types (%2).</source>
        <translation>&quot;%1&quot; bukan salah satu jenis masalah menurut standar (%2).</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>Catatan terlalu panjang.</translation>
    </message>
    <message>
        <source>Complaint %1 has no review step %2.</source>
        <translation>Pengaduan %1 tidak memiliki langkah telaah %2.</translation>
    </message>
    <message>
        <source>the review step</source>
        <translation>langkah telaah</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Langkah %1: %2</translation>
    </message>
    <message>
        <source>Say with whom the clarification was carried out.</source>
        <translation>Sebutkan dengan siapa klarifikasi dilakukan.</translation>
    </message>
    <message>
        <source>The clarification</source>
        <translation>Klarifikasi</translation>
    </message>
    <message>
        <source>the clarification</source>
        <translation>klarifikasi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the standard&apos;s resolution paths.</source>
        <translation>&quot;%1&quot; bukan salah satu jalur penyelesaian menurut standar.</translation>
    </message>
    <message>
        <source>Complaint %1 has been answered; its resolution path can no longer change.</source>
        <translation>Pengaduan %1 sudah dijawab; jalur penyelesaiannya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Complaint %1 is not on a path that needs the head of office&apos;s approval.</source>
        <translation>Pengaduan %1 tidak berada pada jalur yang memerlukan persetujuan Kepala Dinas.</translation>
    </message>
    <message>
        <source>The APIP path of %1 was already approved by %2.</source>
        <translation>Jalur APIP untuk %1 sudah disetujui oleh %2.</translation>
    </message>
    <message>
        <source>Name the post of the officer at this level.</source>
        <translation>Sebutkan jabatan petugas pada jenjang ini.</translation>
    </message>
    <message>
        <source>The post</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Name the officer at this level.</source>
        <translation>Sebutkan nama petugas pada jenjang ini.</translation>
    </message>
    <message>
        <source>The officer</source>
        <translation>Nama petugas</translation>
    </message>
    <message>
        <source>Each level needs its written report.</source>
        <translation>Setiap jenjang memerlukan laporan tertulisnya.</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Choose the resolution path of %1 before recording its levels.</source>
        <translation>Pilih jalur penyelesaian %1 sebelum mencatat jenjangnya.</translation>
    </message>
    <message>
        <source>Involving APIP in %1 needs the head of office&apos;s approval first.</source>
        <translation>Pelibatan APIP dalam %1 memerlukan persetujuan Kepala Dinas terlebih dahulu.</translation>
    </message>
    <message>
        <source>Complaint %1 has been answered already.</source>
        <translation>Pengaduan %1 sudah dijawab.</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>laporan</translation>
    </message>
    <message>
        <source>Level %1 cannot report before level %2 did (%3).</source>
        <translation>Jenjang %1 tidak dapat melapor sebelum jenjang %2 melapor (%3).</translation>
    </message>
    <message>
        <source>Level report by %1 (%2)</source>
        <translation>Laporan jenjang oleh %1 (%2)</translation>
    </message>
    <message>
        <source>Say how the answer was given to the complainant.</source>
        <translation>Sebutkan melalui apa jawaban disampaikan kepada pengadu.</translation>
    </message>
    <message>
        <source>The answer channel</source>
        <translation>Sarana jawaban</translation>
    </message>
    <message>
        <source>Write the answer given to the complainant.</source>
        <translation>Tuliskan jawaban yang diberikan kepada pengadu.</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Choose the resolution path of %1 before answering.</source>
        <translation>Pilih jalur penyelesaian %1 sebelum menjawab.</translation>
    </message>
    <message>
        <source>Record the written report of at least the first level of %1 before answering.</source>
        <translation>Catat laporan tertulis sedikitnya jenjang pertama %1 sebelum menjawab.</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>jawaban</translation>
    </message>
    <message>
        <source>Name the direct superior the report goes to.</source>
        <translation>Sebutkan atasan langsung yang menerima laporan.</translation>
    </message>
    <message>
        <source>The superior</source>
        <translation>Atasan</translation>
    </message>
    <message>
        <source>Write the report to the direct superior.</source>
        <translation>Tuliskan laporan kepada atasan langsung.</translation>
    </message>
    <message>
        <source>the report to the superior</source>
        <translation>laporan kepada atasan</translation>
    </message>
    <message>
        <source>the answer to the complainant</source>
        <translation>jawaban kepada pengadu</translation>
    </message>
    <message>
        <source>the report to the direct superior</source>
        <translation>laporan kepada atasan langsung</translation>
    </message>
    <message>
        <source>Complaint %1 cannot be closed without %2.</source>
        <translation>Pengaduan %1 tidak dapat ditutup tanpa %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
</context>
<context>
    <name>loket::ComplaintRegister</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Materi</translation>
    </message>
    <message>
        <source>Why a suggestion</source>
        <translation>Alasan menjadi saran</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Catatan tindak lanjut</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objek</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Jenis masalah</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Pemilahan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Status waktu</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Suggestion register</source>
        <translation>Buku register saran</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>Buku register pengaduan</translation>
    </message>
    <message>
        <source>%1 (overridden: %2)</source>
        <translation>%1 (diubah: %2)</translation>
    </message>
    <message>
        <source>period %1 to %2</source>
        <translation>periode %1 s.d. %2</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>saluran %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>layanan %1</translation>
    </message>
    <message>
        <source>problem type %1</source>
        <translation>jenis masalah %1</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>clock %1</source>
        <translation>status waktu %1</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;</source>
        <translation>pencarian &quot;%1&quot;</translation>
    </message>
    <message>
        <source>all entries</source>
        <translation>semua catatan</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintRepository</name>
    <message>
        <source>Complaint %1 was changed by somebody else; open it again.</source>
        <translation>Pengaduan %1 telah diubah oleh orang lain; buka kembali.</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintService</name>
    <message>
        <source>Formulate the core problem of the complaint</source>
        <translation>Merumuskan inti masalah yang diadukan</translation>
    </message>
    <message>
        <source>Link the complaint to the service standard, SOP or regulation</source>
        <translation>Menghubungkan materi pengaduan dengan SP/SOP/peraturan yang relevan</translation>
    </message>
    <message>
        <source>Examine prior documents and information</source>
        <translation>Memeriksa dokumen dan/atau informasi yang pernah ada</translation>
    </message>
    <message>
        <source>Plan the handling: clarification, confirmation, research or examination, investigation</source>
        <translation>Merumuskan rencana penanganan: klarifikasi, konfirmasi, penelitian atau pemeriksaan, investigasi</translation>
    </message>
    <message>
        <source>Carry out the clarification and record with whom</source>
        <translation>Melakukan klarifikasi dan mencatat dengan siapa</translation>
    </message>
    <message>
        <source>No current service standard has KBLI %1.</source>
        <translation>Tidak ada standar pelayanan berlaku dengan KBLI %1.</translation>
    </message>
    <message>
        <source>No service standard lists complaint channels; import the catalogue first.</source>
        <translation>Tidak ada standar pelayanan yang memuat saluran pengaduan; impor katalog terlebih dahulu.</translation>
    </message>
    <message>
        <source>Channel &quot;%1&quot; is not one of the standard&apos;s channels (%2).</source>
        <translation>Saluran &quot;%1&quot; bukan salah satu saluran menurut standar (%2).</translation>
    </message>
    <message>
        <source>The date and time the complaint was received are missing.</source>
        <translation>Tanggal dan jam pengaduan diterima belum diisi.</translation>
    </message>
    <message>
        <source>The complaint cannot be received in the future (%1).</source>
        <translation>Pengaduan tidak mungkin diterima pada waktu yang akan datang (%1).</translation>
    </message>
    <message>
        <source>The object of the complaint is too long (at most %1 characters).</source>
        <translation>Objek pengaduan terlalu panjang (paling banyak %1 karakter).</translation>
    </message>
    <message>
        <source>Attachment %1 cannot be read.</source>
        <translation>Lampiran %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>Tidak ada pengaduan %1.</translation>
    </message>
    <message>
        <source>%1 is a suggestion; only complaints are reviewed and answered.</source>
        <translation>%1 adalah saran; hanya pengaduan yang ditelaah dan dijawab.</translation>
    </message>
    <message>
        <source>Complaint %1 is closed.</source>
        <translation>Pengaduan %1 sudah ditutup.</translation>
    </message>
    <message>
        <source>Overriding the triage needs a reason; it is logged.</source>
        <translation>Mengubah hasil pemilahan memerlukan alasan; alasan itu dicatat.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>%1 is already a %2.</source>
        <translation>%1 sudah berupa %2.</translation>
    </message>
    <message>
        <source>The triage of %1 can no longer be changed: it is %2.</source>
        <translation>Pemilahan %1 tidak dapat diubah lagi: statusnya %2.</translation>
    </message>
    <message>
        <source>Write what was done with the suggestion.</source>
        <translation>Tuliskan tindak lanjut atas saran ini.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>%1 is a complaint; it is answered and closed, not noted.</source>
        <translation>%1 adalah pengaduan; pengaduan dijawab dan ditutup, bukan sekadar dicatat.</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintStates</name>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Ditelaah</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Ditindaklanjuti berjenjang</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Tercatat</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Ditindaklanjuti</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintTriage</name>
    <message>
        <source>Received after the complaint window</source>
        <translation>Diterima setelah batas waktu pengaduan</translation>
    </message>
    <message>
        <source>No identity of the complainant</source>
        <translation>Tanpa identitas pengadu</translation>
    </message>
    <message>
        <source>No object of the complaint</source>
        <translation>Tanpa objek pengaduan</translation>
    </message>
    <message>
        <source>Within the complaint window</source>
        <translation>Dalam batas waktu pengaduan</translation>
    </message>
    <message>
        <source>Case not handed over yet</source>
        <translation>Permohonan belum diserahkan</translation>
    </message>
    <message>
        <source>Case not found on this workstation</source>
        <translation>Permohonan tidak ada di komputer ini</translation>
    </message>
    <message>
        <source>No related case</source>
        <translation>Tanpa permohonan terkait</translation>
    </message>
    <message>
        <source>Set by a supervisor</source>
        <translation>Ditetapkan oleh atasan</translation>
    </message>
    <message>
        <source>Received %1 calendar days after the service was received; the standard admits complaints for %2 days (until %3). Treated as a suggestion/input/correction.</source>
        <translation>Diterima %1 hari kalender setelah pelayanan diterima; standar menerima pengaduan paling lambat %2 hari (sampai %3). Diperlakukan sebagai saran/masukan/koreksi.</translation>
    </message>
    <message>
        <source>The complainant&apos;s identity is missing, so the standard treats it as a suggestion or input.</source>
        <translation>Identitas pengadu tidak ada, sehingga menurut standar diperlakukan sebagai saran atau masukan.</translation>
    </message>
    <message>
        <source>The object or substance of the complaint is missing, so the standard treats it as a suggestion or input.</source>
        <translation>Objek atau materi pengaduan tidak ada, sehingga menurut standar diperlakukan sebagai saran atau masukan.</translation>
    </message>
    <message>
        <source>Received %1 calendar days after the service was received, within the %2-day window. A complaint: the answer is due %3 working days after receipt.</source>
        <translation>Diterima %1 hari kalender setelah pelayanan diterima, masih dalam batas %2 hari. Pengaduan: jawaban paling lambat %3 hari kerja sejak diterima.</translation>
    </message>
    <message>
        <source>The related case has not been handed over yet, so the window has not started. A complaint: the answer is due %1 working days after receipt.</source>
        <translation>Permohonan terkait belum diserahkan, sehingga batas waktu pengaduan belum berjalan. Pengaduan: jawaban paling lambat %1 hari kerja sejak diterima.</translation>
    </message>
    <message>
        <source>The related case is not on this workstation, so the window could not be checked. A complaint: the answer is due %1 working days after receipt.</source>
        <translation>Permohonan terkait tidak ada di komputer ini, sehingga batas waktu pengaduan tidak dapat diperiksa. Pengaduan: jawaban paling lambat %1 hari kerja sejak diterima.</translation>
    </message>
    <message>
        <source>No related case was named, so there is no window to check. A complaint: the answer is due %1 working days after receipt.</source>
        <translation>Tidak ada permohonan terkait yang disebut, sehingga tidak ada batas waktu pengaduan yang diperiksa. Pengaduan: jawaban paling lambat %1 hari kerja sejak diterima.</translation>
    </message>
    <message>
        <source>The kind was set by a supervisor, overriding the rules; the reason is logged.</source>
        <translation>Jenisnya ditetapkan oleh atasan, mengesampingkan aturan; alasannya dicatat.</translation>
    </message>
</context>
<context>
    <name>loket::CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Baris %1: isian bertanda kutip tidak pernah ditutup.</translation>
    </message>
</context>
<context>
    <name>loket::ResolutionPaths</name>
    <message>
        <source>Inside the office</source>
        <translation>Di internal DPMPTSP</translation>
    </message>
    <message>
        <source>With the technical team or another agency</source>
        <translation>Bersama Tim Teknis/Perangkat Daerah terkait</translation>
    </message>
    <message>
        <source>With the Inspectorate (APIP)</source>
        <translation>Bersama Inspektorat (APIP)</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>--received %1 is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>--received %1 bukan tanggal dan jam (YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>--%1 %2 is not a date (YYYY-MM-DD).</source>
        <translation>--%1 %2 bukan tanggal (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Received: %1 via %2 (%3)</source>
        <translation>Diterima: %1 melalui %2 (%3)</translation>
    </message>
    <message>
        <source>Complainant: %1 %2</source>
        <translation>Pengadu: %1 %2</translation>
    </message>
    <message>
        <source>(no identity)</source>
        <translation>(tanpa identitas)</translation>
    </message>
    <message>
        <source>Related case: %1 (handed over %2)</source>
        <translation>Permohonan terkait: %1 (diserahkan %2)</translation>
    </message>
    <message>
        <source>Service: %1 %2</source>
        <translation>Layanan: %1 %2</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>Objek: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Triage: %1 — %2</source>
        <translation>Pemilahan: %1 — %2</translation>
    </message>
    <message>
        <source>Overridden by %1: %2</source>
        <translation>Diubah oleh %1: %2</translation>
    </message>
    <message>
        <source>Answer due: %1 (%2, %3)</source>
        <translation>Batas jawaban: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Answered on %1 via %2</source>
        <translation>Dijawab pada %1 melalui %2</translation>
    </message>
    <message>
        <source>complaint add needs --channel KEY (a..m of the standard).</source>
        <translation>complaint add memerlukan --channel KUNCI (a..m menurut standar).</translation>
    </message>
    <message>
        <source>Recorded %1.</source>
        <translation>%1 dicatat.</translation>
    </message>
    <message>
        <source>--kind must be complaint or suggestion.</source>
        <translation>--kind harus complaint atau suggestion.</translation>
    </message>
    <message>
        <source>--state must be one of %1.</source>
        <translation>--state harus salah satu dari %1.</translation>
    </message>
    <message>
        <source>--clock must be overdue, at-risk, on-track, met or missed.</source>
        <translation>--clock harus overdue, at-risk, on-track, met atau missed.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit harus bilangan positif.</translation>
    </message>
    <message>
        <source>No complaints match.</source>
        <translation>Tidak ada pengaduan yang cocok.</translation>
    </message>
    <message>
        <source>complaint show needs the complaint&apos;s number or id.</source>
        <translation>complaint show memerlukan nomor atau id pengaduan.</translation>
    </message>
    <message>
        <source>complaint import needs the CSV FILE.</source>
        <translation>complaint import memerlukan BERKAS CSV.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row problem(s).</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: %n masalah pada baris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n complaint(s).</source>
        <translation>
            <numerusform>%n pengaduan diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown complaint command: %1.</source>
        <translation>Perintah complaint tidak dikenal: %1.</translation>
    </message>
    <message>
        <source>Sector: %1; problem type: %2</source>
        <translation>Sektor: %1; jenis masalah: %2</translation>
    </message>
    <message>
        <source>(not classified)</source>
        <translation>(belum dikelompokkan)</translation>
    </message>
    <message>
        <source>Review steps:</source>
        <translation>Langkah telaah:</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Rencana penanganan: %1</translation>
    </message>
    <message>
        <source>Clarified with %1 on %2</source>
        <translation>Klarifikasi dengan %1 pada %2</translation>
    </message>
    <message numerus="yes">
        <source>Resolution path: %1 (%2), %n level report(s)</source>
        <translation>
            <numerusform>Jalur penyelesaian: %1 (%2), %n laporan jenjang</numerusform>
        </translation>
    </message>
    <message>
        <source>APIP approved by %1 on %2</source>
        <translation>Pelibatan APIP disetujui oleh %1 pada %2</translation>
    </message>
    <message>
        <source>Reported to %1 on %2</source>
        <translation>Dilaporkan kepada %1 pada %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Closed at %1</source>
        <translation>Ditutup pada %1</translation>
    </message>
    <message>
        <source>Still needed to close: %1</source>
        <translation>Masih diperlukan untuk menutup: %1</translation>
    </message>
    <message>
        <source>complaint %1 needs the complaint&apos;s NUMBER or id.</source>
        <translation>complaint %1 memerlukan NOMOR atau id pengaduan.</translation>
    </message>
    <message>
        <source>complaint %1 needs --%2 %3.</source>
        <translation>complaint %1 memerlukan --%2 %3.</translation>
    </message>
    <message>
        <source>--date needs a date (YYYY-MM-DD).</source>
        <translation>--date memerlukan tanggal (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 is now: %2 (%3).</source>
        <translation>%1 kini: %2 (%3).</translation>
    </message>
    <message>
        <source>Noted what was done with suggestion %1.</source>
        <translation>Tindak lanjut atas saran %1 dicatat.</translation>
    </message>
    <message>
        <source>complaint attach needs the FILE to attach.</source>
        <translation>complaint attach memerlukan BERKAS yang akan dilampirkan.</translation>
    </message>
    <message>
        <source>Attached %1 to %2.</source>
        <translation>%1 dilampirkan pada %2.</translation>
    </message>
    <message>
        <source>complaint classify needs --sector TEXT, --problem TYPE or both.</source>
        <translation>complaint classify memerlukan --sector TEKS, --problem JENIS, atau keduanya.</translation>
    </message>
    <message>
        <source>Classified %1.</source>
        <translation>Pengelompokan %1 disimpan.</translation>
    </message>
    <message>
        <source>--step must be the number of a review step (1, 2, ...), not &quot;%1&quot;.</source>
        <translation>--step harus berupa nomor langkah telaah (1, 2, ...), bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>complaint review takes --date or --reopen, not both.</source>
        <translation>complaint review menerima --date atau --reopen, tidak keduanya.</translation>
    </message>
    <message>
        <source>Review step %1 of %2 reopened.</source>
        <translation>Langkah telaah %1 pada %2 dibuka kembali.</translation>
    </message>
    <message>
        <source>Review step %1 of %2 done.</source>
        <translation>Langkah telaah %1 pada %2 selesai.</translation>
    </message>
    <message>
        <source>--steps takes clarification, confirmation, research and investigation separated by commas, or none; not &quot;%1&quot;.</source>
        <translation>--steps menerima clarification, confirmation, research dan investigation yang dipisahkan koma, atau none; bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Handling plan of %1 recorded.</source>
        <translation>Rencana penanganan %1 dicatat.</translation>
    </message>
    <message>
        <source>Clarification of %1 recorded.</source>
        <translation>Klarifikasi %1 dicatat.</translation>
    </message>
    <message>
        <source>Resolution path of %1: %2.</source>
        <translation>Jalur penyelesaian %1: %2.</translation>
    </message>
    <message>
        <source>This path needs the head of office&apos;s approval (complaint approve-apip) before its levels are recorded.</source>
        <translation>Jalur ini memerlukan persetujuan Kepala Dinas (complaint approve-apip) sebelum jenjangnya dapat dicatat.</translation>
    </message>
    <message>
        <source>Involving APIP in %1 approved.</source>
        <translation>Pelibatan APIP dalam %1 disetujui.</translation>
    </message>
    <message>
        <source>Level %1 of %2 recorded.</source>
        <translation>Laporan jenjang %1 pada %2 dicatat.</translation>
    </message>
    <message>
        <source>Answer to %1 recorded.</source>
        <translation>Jawaban atas %1 dicatat.</translation>
    </message>
    <message>
        <source>Report of %1 to the direct superior recorded.</source>
        <translation>Laporan %1 kepada atasan langsung dicatat.</translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation>%1 ditutup.</translation>
    </message>
    <message>
        <source>complaint %1 needs either --%2 TEXT or --%3 FILE.</source>
        <translation>complaint %1 memerlukan salah satu dari --%2 TEKS atau --%3 BERKAS.</translation>
    </message>
    <message>
        <source>--%1: the file %2 cannot be read: %3</source>
        <translation>--%1: berkas %2 tidak dapat dibaca: %3</translation>
    </message>
    <message>
        <source>--%1: the file %2 is too large for a text (more than 1 MB).</source>
        <translation>--%1: berkas %2 terlalu besar untuk sebuah teks (lebih dari 1 MB).</translation>
    </message>
    <message>
        <source>--%1: the file %2 is not UTF-8 text.</source>
        <translation>--%1: berkas %2 bukan teks UTF-8.</translation>
    </message>
    <message>
        <source>complaint letter --kind is answer (the letter to the complainant) or report (to the direct superior), not %1.</source>
        <translation>complaint letter --kind bernilai answer (surat jawaban kepada pengadu) atau report (laporan kepada atasan langsung), bukan %1.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 telah ditulis.</translation>
    </message>
</context>
<context>
    <name>loket::complaint_checks</name>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 terlalu panjang (paling banyak %2 karakter).</translation>
    </message>
    <message>
        <source>The date of %1 is missing or not a date.</source>
        <translation>Tanggal %1 belum diisi atau bukan tanggal.</translation>
    </message>
    <message>
        <source>The date of %1 (%2) is before the complaint was received (%3).</source>
        <translation>Tanggal %1 (%2) lebih awal daripada tanggal pengaduan diterima (%3).</translation>
    </message>
    <message>
        <source>The date of %1 (%2) is in the future.</source>
        <translation>Tanggal %1 (%2) belum terjadi.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintClosingTab</name>
    <message>
        <source>Answer to the complainant</source>
        <translation>Jawaban kepada pengadu</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Catat jawaban</translation>
    </message>
    <message>
        <source>Answer letter (PDF)…</source>
        <translation>Surat jawaban (PDF)…</translation>
    </message>
    <message>
        <source>Given via</source>
        <translation>Disampaikan melalui</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Report to the direct superior</source>
        <translation>Laporan kepada atasan langsung</translation>
    </message>
    <message>
        <source>Name and post of the direct superior</source>
        <translation>Nama dan jabatan atasan langsung</translation>
    </message>
    <message>
        <source>Record report</source>
        <translation>Catat laporan</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>Laporan (PDF)…</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Penutupan</translation>
    </message>
    <message>
        <source>Close the complaint</source>
        <translation>Tutup pengaduan</translation>
    </message>
    <message>
        <source>Follow-up of the suggestion</source>
        <translation>Tindak lanjut saran</translation>
    </message>
    <message>
        <source>What was done with the suggestion (forwarded to, improvement planned, ...)</source>
        <translation>Tindak lanjut atas saran (diteruskan kepada, rencana perbaikan, ...)</translation>
    </message>
    <message>
        <source>Mark as noted</source>
        <translation>Tandai sudah ditindaklanjuti</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Ditutup pada %1.</translation>
    </message>
    <message>
        <source>The answer and the report are recorded: the complaint can be closed.</source>
        <translation>Jawaban dan laporan sudah dicatat: pengaduan dapat ditutup.</translation>
    </message>
    <message>
        <source>Still needed before closing: %1.</source>
        <translation>Masih diperlukan sebelum ditutup: %1.</translation>
    </message>
    <message>
        <source>Report to the superior</source>
        <translation>Laporan kepada atasan</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Answer letter</source>
        <translation>Surat jawaban</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintDialog</name>
    <message>
        <source>Override triage…</source>
        <translation>Ubah pemilahan…</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Batas waktu jawaban</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Telaah</translation>
    </message>
    <message>
        <source>Prior information</source>
        <translation>Informasi terdahulu</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <source>Answer and closing</source>
        <translation>Jawaban dan penutupan</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source> (handed over %1)</source>
        <translation> (diserahkan %1)</translation>
    </message>
    <message>
        <source>Related case</source>
        <translation>Permohonan terkait</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objek</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>&lt;b&gt;Triage:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Pemilahan:&lt;/b&gt; %1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Overridden to %1 by %2: %3</source>
        <translation>Diubah menjadi %1 oleh %2: %3</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Override triage</source>
        <translation>Ubah pemilahan</translation>
    </message>
    <message>
        <source>Treat %1 as a %2 instead. Why? (The reason is logged.)</source>
        <translation>Perlakukan %1 sebagai %2. Apa alasannya? (Alasan dicatat.)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintIntakeDialog</name>
    <message>
        <source>Record a complaint</source>
        <translation>Catat pengaduan</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(tidak disebut)</translation>
    </message>
    <message>
        <source>NIK or other identity number</source>
        <translation>NIK atau nomor identitas lain</translation>
    </message>
    <message>
        <source>Telephone, e-mail, account</source>
        <translation>Telepon, surel, akun</translation>
    </message>
    <message>
        <source>Registration number, if the complaint is about an application</source>
        <translation>Nomor registrasi, bila pengaduan menyangkut suatu permohonan</translation>
    </message>
    <message>
        <source>What the complaint is about: the object or substance</source>
        <translation>Hal yang diadukan: objek atau materi pengaduan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Nomor identitas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Related case</source>
        <translation>Permohonan terkait</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objek</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Lampirkan…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Triage by the service standard</source>
        <translation>Pemilahan menurut standar pelayanan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catat</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Aturan: %1</translation>
    </message>
    <message>
        <source>Answer due by %1.</source>
        <translation>Jawaban paling lambat %1.</translation>
    </message>
    <message>
        <source>The count crosses a year whose calendar is not confirmed.</source>
        <translation>Perhitungan melewati tahun yang kalendernya belum dipastikan.</translation>
    </message>
    <message>
        <source>Registered in the suggestion register; no answer clock.</source>
        <translation>Dicatat di buku register saran; tanpa batas waktu jawaban.</translation>
    </message>
    <message>
        <source>Not found on this workstation; the number is kept.</source>
        <translation>Tidak ada di komputer ini; nomornya tetap disimpan.</translation>
    </message>
    <message>
        <source>Cannot record yet</source>
        <translation>Belum dapat dicatat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1 (KBLI %2), %3; handed over on %4.</source>
        <translation>%1 (KBLI %2), %3; diserahkan pada %4.</translation>
    </message>
    <message>
        <source>%1 (KBLI %2), %3; not handed over yet.</source>
        <translation>%1 (KBLI %2), %3; belum diserahkan.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintLetters</name>
    <message>
        <source>Licensing office</source>
        <translation>Dinas perizinan</translation>
    </message>
    <message>
        <source>Tel. %1</source>
        <translation>Telp. %1</translation>
    </message>
    <message>
        <source>the complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <source>Number: %1/JWB</source>
        <translation>Nomor: %1/JWB</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Kepada Yth.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Perihal:</translation>
    </message>
    <message>
        <source>Answer to your complaint number %1</source>
        <translation>Jawaban atas pengaduan Saudara nomor %1</translation>
    </message>
    <message>
        <source>Following up your complaint received on %1 through %2 about:</source>
        <translation>Menindaklanjuti pengaduan Saudara yang kami terima pada %1 melalui %2 mengenai:</translation>
    </message>
    <message>
        <source>Related application: %1.</source>
        <translation>Permohonan terkait: %1.</translation>
    </message>
    <message>
        <source>Thank you for your input, which helps us improve our service.</source>
        <translation>Terima kasih atas masukan Saudara yang membantu kami memperbaiki pelayanan.</translation>
    </message>
    <message>
        <source>For the head of office,</source>
        <translation>a.n. Kepala Dinas,</translation>
    </message>
    <message>
        <source>Report on the follow-up of complaint %1</source>
        <translation>Laporan hasil tindak lanjut pengaduan %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>1. The complaint</source>
        <translation>1. Pengaduan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <source>Related application</source>
        <translation>Permohonan terkait</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objek</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Pengelompokan</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Pemilahan</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Batas waktu jawaban</translation>
    </message>
    <message>
        <source>2. Review</source>
        <translation>2. Telaah</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>clarification</source>
        <translation>klarifikasi</translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation>konfirmasi</translation>
    </message>
    <message>
        <source>research or examination</source>
        <translation>penelitian atau pemeriksaan</translation>
    </message>
    <message>
        <source>investigation</source>
        <translation>investigasi</translation>
    </message>
    <message>
        <source>Handling plan:</source>
        <translation>Rencana penanganan:</translation>
    </message>
    <message>
        <source>Clarification with %1 on %2.</source>
        <translation>Klarifikasi dengan %1 pada %2.</translation>
    </message>
    <message>
        <source>3. Resolution</source>
        <translation>3. Penyelesaian</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Jalur:</translation>
    </message>
    <message>
        <source>Involving APIP approved by %1 on %2. %3</source>
        <translation>Pelibatan APIP disetujui oleh %1 pada %2. %3</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <source>Post and officer</source>
        <translation>Jabatan dan petugas</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Tanggal laporan</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>4. Answer to the complainant</source>
        <translation>4. Jawaban kepada pengadu</translation>
    </message>
    <message>
        <source>Given on %1 via %2.</source>
        <translation>Disampaikan pada %1 melalui %2.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Belum dijawab.</translation>
    </message>
    <message>
        <source>5. Report</source>
        <translation>5. Laporan</translation>
    </message>
    <message>
        <source>Reported by,</source>
        <translation>Yang melaporkan,</translation>
    </message>
    <message>
        <source>Complaint %1 has no answer to print yet.</source>
        <translation>Pengaduan %1 belum memiliki jawaban untuk dicetak.</translation>
    </message>
    <message>
        <source>Complaint %1 has no report to the superior yet.</source>
        <translation>Pengaduan %1 belum memiliki laporan kepada atasan.</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>Berkas PDF %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>We answer as follows:</source>
        <translation>Dengan ini kami sampaikan jawaban sebagai berikut:</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintPriorTab</name>
    <message>
        <source>History of the related case</source>
        <translation>Riwayat permohonan terkait</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Earlier complaints about the same case, applicant or service</source>
        <translation>Pengaduan terdahulu tentang permohonan, pemohon atau layanan yang sama</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Related by</source>
        <translation>Keterkaitan</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objek</translation>
    </message>
    <message>
        <source>No related case was named.</source>
        <translation>Tidak ada permohonan terkait yang disebut.</translation>
    </message>
    <message>
        <source>Case %1 is not on this workstation.</source>
        <translation>Permohonan %1 tidak ada di komputer ini.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3 (applicant %4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3 (pemohon %4)</translation>
    </message>
    <message>
        <source>same case</source>
        <translation>permohonan sama</translation>
    </message>
    <message>
        <source>same applicant</source>
        <translation>pemohon sama</translation>
    </message>
    <message>
        <source>same service</source>
        <translation>layanan sama</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintRegisterExport</name>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Berkas %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>The Excel file %1 cannot be created.</source>
        <translation>Berkas Excel %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The Excel file %1 cannot be written.</source>
        <translation>Berkas Excel %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>%1 entries are too many to print (at most %2); narrow the filter or export to Excel.</source>
        <translation>%1 catatan terlalu banyak untuk dicetak (paling banyak %2); persempit saringan atau ekspor ke Excel.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %1 — %n entries</source>
        <translation>
            <numerusform>Dicetak %1 — %n catatan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintResolutionTab</name>
    <message>
        <source>Resolution path</source>
        <translation>Jalur penyelesaian</translation>
    </message>
    <message>
        <source>Choose this path</source>
        <translation>Pilih jalur ini</translation>
    </message>
    <message>
        <source>Approval of the head of office</source>
        <translation>Persetujuan Kepala Dinas</translation>
    </message>
    <message>
        <source>Note or letter number of the approval</source>
        <translation>Catatan atau nomor surat persetujuan</translation>
    </message>
    <message>
        <source>Approve involving APIP</source>
        <translation>Setujui pelibatan APIP</translation>
    </message>
    <message>
        <source>Level-by-level follow-up and written reports</source>
        <translation>Tindak lanjut berjenjang dan laporan tertulis</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Tanggal laporan</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>e.g. Pelaksana, Kepala Bidang, Kepala DPMPTSP</source>
        <translation>mis. Pelaksana, Kepala Bidang, Kepala DPMPTSP</translation>
    </message>
    <message>
        <source>Record level report</source>
        <translation>Catat laporan jenjang</translation>
    </message>
    <message>
        <source>Written report</source>
        <translation>Laporan tertulis</translation>
    </message>
    <message>
        <source>The chosen path needs no approval.</source>
        <translation>Jalur yang dipilih tidak memerlukan persetujuan.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2. %3</source>
        <translation>Disetujui oleh %1 pada %2. %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for the head of office&apos;s approval&lt;/b&gt;: no level can report and no answer can be given before it.</source>
        <translation>&lt;b&gt;Menunggu persetujuan Kepala Dinas&lt;/b&gt;: sebelum itu tidak ada jenjang yang dapat melapor dan tidak ada jawaban yang dapat diberikan.</translation>
    </message>
    <message>
        <source>Choose a path first.</source>
        <translation>Pilih jalur terlebih dahulu.</translation>
    </message>
    <message>
        <source>Next: level %1 of this path.</source>
        <translation>Berikutnya: jenjang %1 pada jalur ini.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Level report</source>
        <translation>Laporan jenjang</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintReviewTab</name>
    <message>
        <source>Classification</source>
        <translation>Pengelompokan</translation>
    </message>
    <message>
        <source>Field / sector / kind of service</source>
        <translation>Bidang / sektor / jenis pelayanan</translation>
    </message>
    <message>
        <source>Save classification</source>
        <translation>Simpan pengelompokan</translation>
    </message>
    <message>
        <source>Review steps of the standard</source>
        <translation>Langkah telaah menurut standar</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What was found or done in this step</source>
        <translation>Temuan atau hal yang dilakukan pada langkah ini</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>Catat langkah</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Handling plan</source>
        <translation>Rencana penanganan</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Klarifikasi</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <source>Research or examination</source>
        <translation>Penelitian atau pemeriksaan</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigasi</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Simpan rencana</translation>
    </message>
    <message>
        <source>Clarification carried out</source>
        <translation>Klarifikasi yang dilakukan</translation>
    </message>
    <message>
        <source>With whom (name, post, unit or agency)</source>
        <translation>Dengan siapa (nama, jabatan, unit atau instansi)</translation>
    </message>
    <message>
        <source>Record clarification</source>
        <translation>Catat klarifikasi</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Dengan</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>(not classified)</source>
        <translation>(belum dikelompokkan)</translation>
    </message>
    <message>
        <source>Review step</source>
        <translation>Langkah telaah</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintsPage</name>
    <message>
        <source>&lt;h2&gt;Complaints&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pengaduan&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Record a complaint…</source>
        <translation>Catat pengaduan…</translation>
    </message>
    <message>
        <source>Number, name or registration number</source>
        <translation>Nomor, nama atau nomor registrasi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Jenis masalah</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Status waktu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Print (PDF)…</source>
        <translation>Cetak (PDF)…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Ekspor Excel…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Semua saluran</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>All problem types</source>
        <translation>Semua jenis masalah</translation>
    </message>
    <message>
        <source>Any clock</source>
        <translation>Semua status waktu</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Semua status</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n catatan ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
