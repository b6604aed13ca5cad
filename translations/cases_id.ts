<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>loket::ApplicantRepository</name>
    <message>
        <source>The applicant %1 was changed by someone else; open it again.</source>
        <translation>Data pemohon %1 diubah oleh orang lain; buka kembali.</translation>
    </message>
</context>
<context>
    <name>loket::BusinessRepository</name>
    <message>
        <source>The business %1 was changed by someone else; open it again.</source>
        <translation>Data usaha %1 diubah oleh orang lain; buka kembali.</translation>
    </message>
</context>
<context>
    <name>loket::BusinessScaleRules</name>
    <message>
        <source>Micro (capital up to Rp1 billion)</source>
        <translation>Mikro (modal sampai Rp1 miliar)</translation>
    </message>
    <message>
        <source>Small (capital above Rp1 up to Rp5 billion)</source>
        <translation>Kecil (modal di atas Rp1 sampai Rp5 miliar)</translation>
    </message>
    <message>
        <source>Medium (capital above Rp5 up to Rp10 billion)</source>
        <translation>Menengah (modal di atas Rp5 sampai Rp10 miliar)</translation>
    </message>
    <message>
        <source>Large (capital above Rp10 billion)</source>
        <translation>Besar (modal di atas Rp10 miliar)</translation>
    </message>
</context>
<context>
    <name>loket::CaseImportRow</name>
    <message>
        <source>A value is required.</source>
        <translation>Nilai wajib diisi.</translation>
    </message>
    <message>
        <source>There is no service with KBLI %1 in the catalogue.</source>
        <translation>Tidak ada layanan dengan KBLI %1 di katalog.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write 2026-01-31 or 31/01/2026.</source>
        <translation>&quot;%1&quot; bukan tanggal; tulis 2026-01-31 atau 31/01/2026.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Tanggal berada di masa depan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in rupiah.</source>
        <translation>&quot;%1&quot; bukan jumlah dalam rupiah.</translation>
    </message>
    <message>
        <source>Write ya or tidak.</source>
        <translation>Tulis ya atau tidak.</translation>
    </message>
    <message>
        <source>%1 is not a requirement of %2.</source>
        <translation>%1 bukan persyaratan %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage; use registered, verification, technical, signature, issued, handed_over, returned, rejected or withdrawn.</source>
        <translation>&quot;%1&quot; bukan tahap; gunakan registered, verification, technical, signature, issued, handed_over, returned, rejected atau withdrawn.</translation>
    </message>
    <message>
        <source>A file with missing requirements cannot be at &quot;%1&quot;.</source>
        <translation>Berkas dengan persyaratan yang kurang tidak dapat berada pada tahap &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A returned file must list the missing requirements.</source>
        <translation>Berkas yang dikembalikan harus mencantumkan persyaratan yang kurang.</translation>
    </message>
    <message>
        <source>The business already has NIB %1.</source>
        <translation>Usaha ini sudah memiliki NIB %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; bukan tanggal.</translation>
    </message>
    <message>
        <source>The signature date must lie between the received date and today.</source>
        <translation>Tanggal tanda tangan harus di antara tanggal diterima dan hari ini.</translation>
    </message>
    <message>
        <source>The hand-over date must lie between the signature date and today.</source>
        <translation>Tanggal penyerahan harus di antara tanggal tanda tangan dan hari ini.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file.</source>
        <translation>%1 muncul dua kali dalam berkas.</translation>
    </message>
    <message>
        <source>%1 is already registered.</source>
        <translation>%1 sudah terdaftar.</translation>
    </message>
    <message>
        <source>NIK %1 belongs to %2, not %3.</source>
        <translation>NIK %1 milik %2, bukan %3.</translation>
    </message>
    <message>
        <source>NIB %1 belongs to %2, not %3.</source>
        <translation>NIB %1 milik %2, bukan %3.</translation>
    </message>
</context>
<context>
    <name>loket::CaseImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>A quoted field that starts here is never closed.</source>
        <translation>Isian bertanda kutip yang dimulai di sini tidak pernah ditutup.</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Berkas kosong: baris pertama harus berisi nama kolom.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;; see docs/CSV-IMPORT.md.</source>
        <translation>Kolom &quot;%1&quot; tidak dikenal; lihat docs/CSV-IMPORT.md.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; appears twice.</source>
        <translation>Kolom &quot;%1&quot; muncul dua kali.</translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; is missing.</source>
        <translation>Kolom wajib &quot;%1&quot; tidak ada.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header names %2 columns; a text with a comma or semicolon must be in double quotes.</source>
        <translation>Baris ini berisi %1 isian, sedangkan judul menyebut %2 kolom; teks yang memuat koma atau titik koma harus diapit tanda kutip ganda.</translation>
    </message>
    <message>
        <source>The file has no rows after the header.</source>
        <translation>Berkas tidak berisi baris setelah judul kolom.</translation>
    </message>
    <message>
        <source>Imported from %1, line %2</source>
        <translation>Diimpor dari %1, baris %2</translation>
    </message>
</context>
<context>
    <name>loket::CaseLifecycle</name>
    <message>
        <source>Resubmit corrected file</source>
        <translation>Ajukan kembali berkas yang diperbaiki</translation>
    </message>
    <message>
        <source>Start verification</source>
        <translation>Mulai verifikasi</translation>
    </message>
    <message>
        <source>Forward to technical team</source>
        <translation>Teruskan ke tim teknis</translation>
    </message>
    <message>
        <source>Forward for signature</source>
        <translation>Teruskan untuk ditandatangani</translation>
    </message>
    <message>
        <source>Complete technical review</source>
        <translation>Selesaikan kajian teknis</translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation>Kembalikan untuk diperbaiki</translation>
    </message>
    <message>
        <source>Sign and issue</source>
        <translation>Tandatangani dan terbitkan</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Serahkan</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tarik kembali</translation>
    </message>
</context>
<context>
    <name>loket::CaseReceipts</name>
    <message>
        <source>Application %1 has no file receipt: the file is not complete yet; print the return slip.</source>
        <translation>Permohonan %1 belum memiliki tanda terima berkas: berkas belum lengkap; cetak surat pengembalian berkas.</translation>
    </message>
    <message>
        <source>Application %1 is not returned to the applicant, so it has no return slip.</source>
        <translation>Permohonan %1 tidak dikembalikan kepada pemohon, sehingga tidak ada surat pengembalian berkas.</translation>
    </message>
    <message>
        <source>The NIB and permit of application %1 have not been handed over yet.</source>
        <translation>NIB dan izin permohonan %1 belum diserahkan.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>needs correction</source>
        <translation>perlu perbaikan</translation>
    </message>
</context>
<context>
    <name>loket::CaseRepository</name>
    <message>
        <source>Application %1 was changed by someone else; open it again.</source>
        <translation>Permohonan %1 diubah oleh orang lain; buka kembali.</translation>
    </message>
</context>
<context>
    <name>loket::CaseService</name>
    <message>
        <source>Application %1 has not fully arrived from the office yet: sync again, then try again.</source>
        <translation>Permohonan %1 belum diterima lengkap dari kantor: sinkronkan lagi, lalu coba kembali.</translation>
    </message>
    <message>
        <source>The service standard %1 of this application is missing from the catalogue.</source>
        <translation>Standar pelayanan %1 untuk permohonan ini tidak ada di katalog.</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>Belum lengkap: %1</translation>
    </message>
    <message>
        <source>Choose the service the application is for.</source>
        <translation>Pilih layanan yang dimohon.</translation>
    </message>
    <message>
        <source>The standard of %1 changed since the service was chosen; choose the service again.</source>
        <translation>Standar %1 berubah sejak layanan dipilih; pilih layanan sekali lagi.</translation>
    </message>
    <message>
        <source>Application %1 is at &quot;%2&quot;: &quot;%3&quot; is not possible now.</source>
        <translation>Permohonan %1 berada pada tahap &quot;%2&quot;: &quot;%3&quot; tidak dapat dilakukan sekarang.</translation>
    </message>
    <message>
        <source>Write what the applicant must correct.</source>
        <translation>Tuliskan apa yang harus diperbaiki pemohon.</translation>
    </message>
    <message>
        <source>The field visit date cannot be in the future.</source>
        <translation>Tanggal peninjauan lapangan tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>The field visit date is before the file was complete.</source>
        <translation>Tanggal peninjauan lapangan lebih awal daripada saat berkas lengkap.</translation>
    </message>
    <message>
        <source>Name the officer who made the field visit.</source>
        <translation>Sebutkan petugas yang melakukan peninjauan lapangan.</translation>
    </message>
    <message>
        <source>Give the date of the field visit.</source>
        <translation>Isi tanggal peninjauan lapangan.</translation>
    </message>
    <message>
        <source>%1 already has NIB %2; the issued NIB must be the same.</source>
        <translation>%1 sudah memiliki NIB %2; NIB yang diterbitkan harus sama.</translation>
    </message>
    <message>
        <source>NIB %1 belongs to %2.</source>
        <translation>NIB %1 milik %2.</translation>
    </message>
    <message>
        <source>Give the permit number (at most 100 characters).</source>
        <translation>Isi nomor izin (paling banyak 100 karakter).</translation>
    </message>
    <message>
        <source>The signature date cannot be in the future.</source>
        <translation>Tanggal tanda tangan tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>The signature date is before the file was complete.</source>
        <translation>Tanggal tanda tangan lebih awal daripada saat berkas lengkap.</translation>
    </message>
    <message>
        <source>Permit %1 signed</source>
        <translation>Izin %1 ditandatangani</translation>
    </message>
    <message>
        <source>The hand-over date cannot be in the future.</source>
        <translation>Tanggal penyerahan tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>The hand-over date is before the permit was signed.</source>
        <translation>Tanggal penyerahan lebih awal daripada tanggal izin ditandatangani.</translation>
    </message>
    <message>
        <source>Give the reason for the rejection.</source>
        <translation>Isi alasan penolakan.</translation>
    </message>
    <message>
        <source>Give the reason the applicant withdraws.</source>
        <translation>Isi alasan pemohon menarik kembali permohonannya.</translation>
    </message>
    <message>
        <source>Application %1 is closed; documents can no longer be added.</source>
        <translation>Permohonan %1 sudah ditutup; dokumen tidak dapat ditambahkan lagi.</translation>
    </message>
    <message>
        <source>There is no application with registration number %1.</source>
        <translation>Tidak ada permohonan dengan nomor registrasi %1.</translation>
    </message>
</context>
<context>
    <name>loket::CaseStage</name>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Back-office verification</source>
        <translation>Verifikasi back office</translation>
    </message>
    <message>
        <source>Technical team</source>
        <translation>Tim teknis</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Menunggu tanda tangan</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Sudah diserahkan</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Dikembalikan untuk diperbaiki</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik kembali</translation>
    </message>
</context>
<context>
    <name>loket::CaseValidator</name>
    <message>
        <source>%1: the name is required (at least 3 letters).</source>
        <translation>%1: nama wajib diisi (paling sedikit 3 huruf).</translation>
    </message>
    <message>
        <source>%1: the name is longer than 200 characters.</source>
        <translation>%1: nama lebih dari 200 karakter.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a telephone number is required to tell the applicant when the permit is ready.</source>
        <translation>%1: nomor telepon wajib diisi agar pemohon dapat diberi tahu saat izin selesai.</translation>
    </message>
    <message>
        <source>%1: telephone number &quot;%2&quot; is not valid; write it as 08xx… or +62…, 9 to 14 digits.</source>
        <translation>%1: nomor telepon &quot;%2&quot; tidak sah; tulis sebagai 08xx… atau +62…, 9 sampai 14 angka.</translation>
    </message>
    <message>
        <source>%1: e-mail address &quot;%2&quot; is not valid.</source>
        <translation>%1: alamat surel &quot;%2&quot; tidak sah.</translation>
    </message>
    <message>
        <source>%1: the address is longer than 500 characters.</source>
        <translation>%1: alamat lebih dari 500 karakter.</translation>
    </message>
    <message>
        <source>Representative (kuasa)</source>
        <translation>Kuasa</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>%1: give the capital in rupiah, without land and buildings; it decides the business scale.</source>
        <translation>%1: isi modal usaha dalam rupiah, tidak termasuk tanah dan bangunan; modal menentukan skala usaha.</translation>
    </message>
    <message>
        <source>Checklist: requirement %1 is not part of the standard of %2.</source>
        <translation>Daftar periksa: persyaratan %1 bukan bagian dari standar %2.</translation>
    </message>
    <message>
        <source>Checklist: requirement %1 is listed twice.</source>
        <translation>Daftar periksa: persyaratan %1 tercantum dua kali.</translation>
    </message>
    <message>
        <source>Checklist: requirement %1 (%2) has no status; mark it valid, present or missing.</source>
        <translation>Daftar periksa: persyaratan %1 (%2) belum diberi status; tandai sah, ada atau tidak ada.</translation>
    </message>
    <message>
        <source>Checklist: requirement %1 was handed in but is not correct; write in the note what must be corrected.</source>
        <translation>Daftar periksa: persyaratan %1 diserahkan tetapi belum benar; tuliskan pada catatan apa yang harus diperbaiki.</translation>
    </message>
</context>
<context>
    <name>loket::CaseWriter</name>
    <message>
        <source>The applicant chosen no longer exists; search again.</source>
        <translation>Pemohon yang dipilih sudah tidak ada; cari kembali.</translation>
    </message>
    <message>
        <source>Applicant: the NIK of a returning applicant cannot be changed at the counter.</source>
        <translation>Pemohon: NIK pemohon lama tidak dapat diubah di loket.</translation>
    </message>
    <message>
        <source>Applicant: NIK %1 is already registered to %2, not %3. Check the KTP.</source>
        <translation>Pemohon: NIK %1 sudah terdaftar atas nama %2, bukan %3. Periksa KTP.</translation>
    </message>
    <message>
        <source>The business chosen no longer exists; search again.</source>
        <translation>Usaha yang dipilih sudah tidak ada; cari kembali.</translation>
    </message>
    <message>
        <source>Business: NIB %1 is already registered to %2, not %3.</source>
        <translation>Usaha: NIB %1 sudah terdaftar atas nama %2, bukan %3.</translation>
    </message>
    <message>
        <source>Business: %1 already has NIB %2; a NIB is not changed at the counter.</source>
        <translation>Usaha: %1 sudah memiliki NIB %2; NIB tidak diubah di loket.</translation>
    </message>
</context>
<context>
    <name>loket::ChecklistStatus</name>
    <message>
        <source>Valid</source>
        <translation>Sah</translation>
    </message>
    <message>
        <source>Present, needs correction</source>
        <translation>Ada, perlu perbaikan</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Tidak ada</translation>
    </message>
</context>
<context>
    <name>loket::DemoData</name>
    <message>
        <source>%1 working days from the day the complete and correct file is received.</source>
        <translation>%1 hari kerja sejak diterimanya berkas permohonan secara lengkap dan benar.</translation>
    </message>
    <message>
        <source>The number of demo cases cannot be negative.</source>
        <translation>Jumlah permohonan contoh tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The catalogue is empty: demo cases need at least one service.</source>
        <translation>Katalog kosong: permohonan contoh memerlukan paling sedikit satu layanan.</translation>
    </message>
    <message>
        <source>Incomplete: %1 missing</source>
        <translation>Belum lengkap: %1 tidak ada</translation>
    </message>
    <message>
        <source>The business location does not meet the zoning plan (RTRW).</source>
        <translation>Lokasi usaha tidak sesuai dengan rencana tata ruang (RTRW).</translation>
    </message>
    <message>
        <source>The applicant withdrew the application.</source>
        <translation>Pemohon menarik kembali permohonannya.</translation>
    </message>
    <message>
        <source>The SIINas industry data does not match the capital stated.</source>
        <translation>Data industri di SIINas tidak sesuai dengan modal yang dinyatakan.</translation>
    </message>
    <message>
        <source>Permit %1 signed</source>
        <translation>Izin %1 ditandatangani</translation>
    </message>
</context>
<context>
    <name>loket::DocumentStore</name>
    <message>
        <source>Document %1 cannot be read.</source>
        <translation>Dokumen %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Document %1 is larger than 50 MB; scan it at a lower resolution.</source>
        <translation>Dokumen %1 lebih besar dari 50 MB; pindai dengan resolusi lebih rendah.</translation>
    </message>
    <message>
        <source>Cannot create the document folder %1.</source>
        <translation>Tidak dapat membuat folder dokumen %1.</translation>
    </message>
    <message>
        <source>Cannot copy document %1 into %2.</source>
        <translation>Tidak dapat menyalin dokumen %1 ke %2.</translation>
    </message>
</context>
<context>
    <name>loket::RegistrationNumbers</name>
    <message>
        <source>The numbering pattern has an unknown field {%1}; use {office}, {service}, {year}, {yy}, {month}, {ws} and {seq:05}.</source>
        <translation>Pola penomoran memuat isian {%1} yang tidak dikenal; gunakan {office}, {service}, {year}, {yy}, {month}, {ws} dan {seq:05}.</translation>
    </message>
    <message>
        <source>The numbering pattern has an unclosed or malformed {field}.</source>
        <translation>Pola penomoran memuat {isian} yang tidak ditutup atau salah bentuk.</translation>
    </message>
    <message>
        <source>The numbering pattern must contain {ws}, the workstation code, so counters that work offline never give out the same number.</source>
        <translation>Pola penomoran harus memuat {ws}, kode komputer loket, agar loket yang bekerja tanpa jaringan tidak pernah memberikan nomor yang sama.</translation>
    </message>
    <message>
        <source>The numbering pattern must contain {seq}, the running number.</source>
        <translation>Pola penomoran harus memuat {seq}, nomor urut.</translation>
    </message>
    <message>
        <source>The numbering pattern must contain {year} or {yy}: the running number starts again each year.</source>
        <translation>Pola penomoran harus memuat {year} atau {yy}: nomor urut dimulai lagi setiap tahun.</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>--%1 must be a date (YYYY-MM-DD), not &quot;%2&quot;.</source>
        <translation>--%1 harus berupa tanggal (TTTT-BB-HH), bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 harus bilangan bulat dari %2 sampai %3, bukan &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>--stage must be one of registered, verification, technical, signature, issued, handed_over, returned, rejected, withdrawn; not &quot;%1&quot;.</source>
        <translation>--stage harus salah satu dari registered, verification, technical, signature, issued, handed_over, returned, rejected, withdrawn; bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--clock must be overdue, at-risk, on-track, paused, not-started, stopped or due-today; not &quot;%1&quot;.</source>
        <translation>--clock harus overdue, at-risk, on-track, paused, not-started, stopped atau due-today; bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--sort must be newest, oldest, number, due, stage or applicant.</source>
        <translation>--sort harus newest, oldest, number, due, stage atau applicant.</translation>
    </message>
    <message>
        <source>No applications match.</source>
        <translation>Tidak ada permohonan yang cocok.</translation>
    </message>
    <message>
        <source>case show needs the REGISTRATION number.</source>
        <translation>case show memerlukan NOMOR registrasi.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Permohonan %1</translation>
    </message>
    <message>
        <source>Service: %1 (KBLI %2, standard version %3)</source>
        <translation>Layanan: %1 (KBLI %2, standar versi %3)</translation>
    </message>
    <message>
        <source>Stage: %1 since %2</source>
        <translation>Tahap: %1 sejak %2</translation>
    </message>
    <message>
        <source>Applicant: %1, NIK %2, %3</source>
        <translation>Pemohon: %1, NIK %2, %3</translation>
    </message>
    <message>
        <source>Representative (kuasa): %1, NIK %2</source>
        <translation>Kuasa: %1, NIK %2</translation>
    </message>
    <message>
        <source>Business: %1, NIB %2, scale %3</source>
        <translation>Usaha: %1, NIB %2, skala %3</translation>
    </message>
    <message>
        <source>Received: %1 by %2</source>
        <translation>Diterima: %1 oleh %2</translation>
    </message>
    <message>
        <source>Completion clock: %1</source>
        <translation>Jangka waktu penyelesaian: %1</translation>
    </message>
    <message>
        <source>Issued: NIB %1, permit %2, signed %3</source>
        <translation>Terbit: NIB %1, izin %2, ditandatangani %3</translation>
    </message>
    <message>
        <source>Handed over: %1</source>
        <translation>Diserahkan: %1</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Daftar periksa:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Riwayat:</translation>
    </message>
    <message>
        <source>case import needs the CSV FILE.</source>
        <translation>case import memerlukan BERKAS CSV.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>Imported %1 applications (%2 registered, %3 returned): %4 … %5.</source>
        <translation>%1 permohonan diimpor (%2 terdaftar, %3 dikembalikan): %4 … %5.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above and import the file again.</source>
        <translation>Tidak ada yang diimpor: perbaiki baris di atas lalu impor berkas itu lagi.</translation>
    </message>
    <message>
        <source>--checklist: &quot;%1&quot; is not KEY=STATUS (for example U1=valid, U2=present:note, K1=missing).</source>
        <translation>--checklist: &quot;%1&quot; bukan KUNCI=STATUS (misalnya U1=valid, U2=present:catatan, K1=missing).</translation>
    </message>
    <message>
        <source>--checklist: the status of %1 must be valid, present or missing; not &quot;%2&quot;.</source>
        <translation>--checklist: status %1 harus valid, present atau missing; bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--checklist is empty: give KEY=STATUS for every requirement.</source>
        <translation>--checklist kosong: berikan KUNCI=STATUS untuk setiap persyaratan.</translation>
    </message>
    <message>
        <source>case act needs the REGISTRATION number and the ACTION (%1).</source>
        <translation>case act memerlukan NOMOR registrasi dan TINDAKAN (%1).</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; ACTION is one of %2.</source>
        <translation>Tindakan &quot;%1&quot; tidak dikenal; TINDAKAN adalah salah satu dari %2.</translation>
    </message>
    <message>
        <source>%1 takes no --date: it is the signed date of issue and the hand-over date of hand_over.</source>
        <translation>%1 tidak menerima --date: --date adalah tanggal penandatanganan pada issue dan tanggal penyerahan pada hand_over.</translation>
    </message>
    <message>
        <source>%1 takes no --%2.</source>
        <translation>%1 tidak menerima --%2.</translation>
    </message>
    <message>
        <source>The file is still incomplete and stays with the applicant: %1.</source>
        <translation>Berkas masih belum lengkap dan tetap dikembalikan kepada pemohon: %1.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>case needs list, show, import or act.</source>
        <translation>case memerlukan list, show, import atau act.</translation>
    </message>
    <message>
        <source>%1 of %2 applications written</source>
        <translation>%1 dari %2 permohonan ditulis</translation>
    </message>
    <message>
        <source>Wrote %1 demo applications (%2 applicants, %3 businesses, %4 services): %5 … %6.</source>
        <translation>%1 permohonan contoh ditulis (%2 pemohon, %3 usaha, %4 layanan): %5 … %6.</translation>
    </message>
    <message>
        <source>office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <source>No KBLI code matches.</source>
        <translation>Tidak ada kode KBLI yang cocok.</translation>
    </message>
    <message>
        <source>kbli import needs the CSV FILE (columns code,title[,category]).</source>
        <translation>kbli import memerlukan BERKAS CSV (kolom code,title[,category]).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: %n masalah.</numerusform>
        </translation>
    </message>
    <message>
        <source>KBLI codes: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Kode KBLI: %1 ditambahkan, %2 diubah, %3 tetap.</translation>
    </message>
    <message>
        <source>Unknown kbli command: %1. Commands: list, import.</source>
        <translation>Perintah kbli tidak dikenal: %1. Perintah: list, import.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ApplicantForm</name>
    <message>
        <source>Returning applicant</source>
        <translation>Pemohon lama</translation>
    </message>
    <message>
        <source>NIK or name; Enter takes the highlighted applicant</source>
        <translation>NIK atau nama; Enter memilih pemohon yang disorot</translation>
    </message>
    <message>
        <source>Applicant (pemohon)</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>New applicant</source>
        <translation>Pemohon baru</translation>
    </message>
    <message>
        <source>16 digits, as on the KTP</source>
        <translation>16 angka, sesuai KTP</translation>
    </message>
    <message>
        <source>08… or +62…</source>
        <translation>08… atau +62…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Sur&amp;el</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>Representative (kuasa), when someone files for the applicant</source>
        <translation>Kuasa, bila permohonan diajukan oleh orang lain</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Returning applicant: contact details may be updated.</source>
        <translation>Pemohon lama: data kontak boleh diperbarui.</translation>
    </message>
</context>
<context>
    <name>loket::ui::BusinessForm</name>
    <message>
        <source>Returning business</source>
        <translation>Usaha lama</translation>
    </message>
    <message>
        <source>NIB or name; Enter takes the highlighted business</source>
        <translation>NIB atau nama; Enter memilih usaha yang disorot</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Usaha baru</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>NI&amp;B</source>
        <translation>N&amp;IB</translation>
    </message>
    <message>
        <source>13 digits; empty when OSS has not issued one yet</source>
        <translation>13 angka; kosongkan bila OSS belum menerbitkannya</translation>
    </message>
    <message>
        <source>N&amp;PWP</source>
        <translation>NP&amp;WP</translation>
    </message>
    <message>
        <source>15 or 16 digits</source>
        <translation>15 atau 16 angka</translation>
    </message>
    <message>
        <source>Other &amp;KBLI codes</source>
        <translation>K&amp;ode KBLI lain</translation>
    </message>
    <message>
        <source>5-digit codes, separated by commas</source>
        <translation>kode 5 angka, dipisahkan koma</translation>
    </message>
    <message>
        <source>&amp;Capital (Rp)</source>
        <translation>&amp;Modal (Rp)</translation>
    </message>
    <message>
        <source>without land and buildings</source>
        <translation>tidak termasuk tanah dan bangunan</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Located inside an &amp;industrial estate</source>
        <translation>Berlokasi di &amp;dalam kawasan industri</translation>
    </message>
    <message>
        <source>&amp;SIINas account</source>
        <translation>Akun &amp;SIINas</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Alama&amp;t</translation>
    </message>
    <message>
        <source>Enter the capital to see the scale</source>
        <translation>Isi modal untuk melihat skala usaha</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Returning business: its details may be updated.</source>
        <translation>Usaha lama: datanya boleh diperbarui.</translation>
    </message>
</context>
<context>
    <name>loket::ui::CaseActionPanel</name>
    <message>
        <source>A field visit was made</source>
        <translation>Peninjauan lapangan telah dilakukan</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Konfirmasi</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What must be corrected</source>
        <translation>Yang harus diperbaiki</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Alasan penolakan</translation>
    </message>
    <message>
        <source>Reason the applicant gives</source>
        <translation>Alasan yang disampaikan pemohon</translation>
    </message>
    <message>
        <source>Date of the field visit</source>
        <translation>Tanggal peninjauan lapangan</translation>
    </message>
    <message>
        <source>Officer of the field visit</source>
        <translation>Petugas peninjauan lapangan</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>Nomor izin</translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation>Tanggal tanda tangan</translation>
    </message>
    <message>
        <source>Day the applicant received the NIB and permit</source>
        <translation>Tanggal pemohon menerima NIB dan izin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>loket::ui::CaseListModel</name>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>The deadline crosses a year whose calendar is not confirmed yet.</source>
        <translation>Batas waktu melewati tahun yang kalendernya belum dikonfirmasi.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Nomor registrasi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Completion clock</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
</context>
<context>
    <name>loket::ui::CaseScreen</name>
    <message>
        <source>← Applications</source>
        <translation>← Permohonan</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Applicant and business</source>
        <translation>Pemohon dan usaha</translation>
    </message>
    <message>
        <source>Requirement checklist</source>
        <translation>Daftar periksa persyaratan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Scanned documents</source>
        <translation>Dokumen hasil pindai</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Stage budgets</source>
        <translation>Jatah waktu per tahap</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Jatah</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>%1 · KBLI %2 · standard version %3 · received %4 by %5</source>
        <translation>%1 · KBLI %2 · standar versi %3 · diterima %4 oleh %5</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;NIK %2 · %3 %4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;NIK %2 · %3 %4&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>&lt;br&gt;Representative (kuasa): %1, NIK %2</source>
        <translation>&lt;br&gt;Kuasa: %1, NIK %2</translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;NIB %2 · NPWP %3&lt;br&gt;KBLI %4 · %5&lt;br&gt;%6 · SIINas %7&lt;br&gt;%8</source>
        <translation>&lt;hr&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;NIB %2 · NPWP %3&lt;br&gt;KBLI %4 · %5&lt;br&gt;%6 · SIINas %7&lt;br&gt;%8</translation>
    </message>
    <message>
        <source>not yet issued</source>
        <translation>belum terbit</translation>
    </message>
    <message>
        <source>inside an industrial estate</source>
        <translation>di dalam kawasan industri</translation>
    </message>
    <message>
        <source>outside an industrial estate</source>
        <translation>di luar kawasan industri</translation>
    </message>
    <message>
        <source>&lt;hr&gt;Issued: NIB &lt;b&gt;%1&lt;/b&gt;, permit &lt;b&gt;%2&lt;/b&gt;, signed %3</source>
        <translation>&lt;hr&gt;Terbit: NIB &lt;b&gt;%1&lt;/b&gt;, izin &lt;b&gt;%2&lt;/b&gt;, ditandatangani %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;Handed over %1; complaints may be lodged until %2.</source>
        <translation>&lt;br&gt;Diserahkan %1; pengaduan dapat disampaikan sampai %2.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Complaints about this application may be lodged until %1.</source>
        <translation>&lt;br&gt;Pengaduan atas permohonan ini dapat disampaikan sampai %1.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Field visit %1 by %2</source>
        <translation>&lt;br&gt;Peninjauan lapangan %1 oleh %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Rejected: %1</source>
        <translation>&lt;br&gt;Ditolak: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Withdrawn: %1</source>
        <translation>&lt;br&gt;Ditarik kembali: %1</translation>
    </message>
    <message>
        <source>Registered at the counter</source>
        <translation>Didaftarkan di loket</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation><numerusform>%n hari kerja</numerusform></translation>
    </message>
    <message>
        <source>File receipt…</source>
        <translation>Tanda terima berkas…</translation>
    </message>
    <message>
        <source>Return slip…</source>
        <translation>Surat pengembalian berkas…</translation>
    </message>
    <message>
        <source>Hand-over receipt…</source>
        <translation>Tanda terima penyerahan…</translation>
    </message>
    <message>
        <source>Your role has no action on this application at this stage.</source>
        <translation>Peran Anda tidak memiliki tindakan atas permohonan ini pada tahap ini.</translation>
    </message>
    <message>
        <source>Scanned document</source>
        <translation>Dokumen hasil pindai</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Hasil pindai (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The stored copy of %1 is missing or changed since it was scanned.</source>
        <translation>Salinan %1 yang disimpan hilang atau berubah sejak dipindai.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
</context>
<context>
    <name>loket::ui::CasesPage</name>
    <message>
        <source>Applications</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>Scan a receipt or type a registration number, then Enter (F2)</source>
        <translation>Pindai tanda terima atau ketik nomor registrasi, lalu Enter (F2)</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Buka:</translation>
    </message>
    <message>
        <source>Search: registration number, NIK, NIB, applicant or business name</source>
        <translation>Cari: nomor registrasi, NIK, NIB, nama pemohon atau nama usaha</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <source>Any clock</source>
        <translation>Semua jangka waktu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Sesuai jadwal</translation>
    </message>
    <message>
        <source>Paused (with the applicant)</source>
        <translation>Dijeda (berkas di pemohon)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Diterima dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <source>more than %1 applications</source>
        <translation>lebih dari %1 permohonan</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation><numerusform>%n permohonan</numerusform></translation>
    </message>
    <message>
        <source>No application has the number %1.</source>
        <translation>Tidak ada permohonan dengan nomor %1.</translation>
    </message>
    <message>
        <source>The verification code of this receipt does not match: the receipt may not be genuine. The application %1 is opened for checking.</source>
        <translation>Kode verifikasi tanda terima ini tidak cocok: tanda terima mungkin tidak asli. Permohonan %1 dibuka untuk diperiksa.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ChecklistEditor</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>V: valid · P: present, needs correction · M: missing</source>
        <translation>V: sah · P: ada, perlu perbaikan · M: tidak ada</translation>
    </message>
    <message>
        <source>What must be corrected</source>
        <translation>Yang harus diperbaiki</translation>
    </message>
    <message numerus="yes">
        <source>All %n requirement(s) valid: the file is complete and correct.</source>
        <translation><numerusform>Semua %n persyaratan sah: berkas lengkap dan benar.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) not valid: the file will be returned with a return slip.</source>
        <translation><numerusform>%n persyaratan belum sah: berkas akan dikembalikan dengan surat pengembalian berkas.</numerusform></translation>
    </message>
</context>
<context>
    <name>loket::ui::IntakePage</name>
    <message>
        <source>New application</source>
        <translation>Permohonan baru</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Type a KBLI code or words of the service name; Enter chooses</source>
        <translation>Ketik kode KBLI atau kata dari nama layanan; Enter memilih</translation>
    </message>
    <message>
        <source>Add &amp;scanned document…</source>
        <translation>Tambah dokumen &amp;hasil pindai…</translation>
    </message>
    <message>
        <source>Scanned documents (optional)</source>
        <translation>Dokumen hasil pindai (tidak wajib)</translation>
    </message>
    <message>
        <source>Note for the timeline (optional)</source>
        <translation>Catatan untuk riwayat (tidak wajib)</translation>
    </message>
    <message>
        <source>&amp;Open the application</source>
        <translation>B&amp;uka permohonan</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>Permohonan ba&amp;ru</translation>
    </message>
    <message numerus="yes">
        <source>KBLI %1 · %2 · %n working day(s) · %3</source>
        <translation><numerusform>KBLI %1 · %2 · %n hari kerja · %3</numerusform></translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>Choose the service the application is for.</source>
        <translation>Pilih layanan yang dimohon.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (KBLI %2, standard version %3): mark each requirement as handed in. V valid, P present but needs correction, M missing.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (KBLI %2, standar versi %3): tandai setiap persyaratan yang diserahkan. V sah, P ada tetapi perlu perbaikan, M tidak ada.</translation>
    </message>
    <message>
        <source>Step 1 of 4 · Service</source>
        <translation>Langkah 1 dari 4 · Layanan</translation>
    </message>
    <message>
        <source>Step 2 of 4 · Applicant</source>
        <translation>Langkah 2 dari 4 · Pemohon</translation>
    </message>
    <message>
        <source>Step 3 of 4 · Business</source>
        <translation>Langkah 3 dari 4 · Usaha</translation>
    </message>
    <message>
        <source>Step 4 of 4 · Requirement checklist</source>
        <translation>Langkah 4 dari 4 · Daftar periksa persyaratan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Daftarkan</translation>
    </message>
    <message>
        <source>Scanned document</source>
        <translation>Dokumen hasil pindai</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Hasil pindai (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&apos;color:#1a7f37&apos;&gt;&lt;b&gt;Registered.&lt;/b&gt; The file is complete and correct; the completion clock started today.&lt;/p&gt;&lt;p&gt;Expected completion: &lt;b&gt;%1&lt;/b&gt; (%n working day(s)).&lt;/p&gt;</source>
        <translation><numerusform>&lt;p style=&apos;color:#1a7f37&apos;&gt;&lt;b&gt;Terdaftar.&lt;/b&gt; Berkas lengkap dan benar; jangka waktu penyelesaian mulai dihitung hari ini.&lt;/p&gt;&lt;p&gt;Perkiraan selesai: &lt;b&gt;%1&lt;/b&gt; (%n hari kerja).&lt;/p&gt;</numerusform></translation>
    </message>
    <message>
        <source>&amp;Print the file receipt</source>
        <translation>&amp;Cetak tanda terima berkas</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b35900&apos;&gt;&lt;b&gt;Returned to the applicant.&lt;/b&gt; No clock runs until the file comes back complete. The return slip lists what is missing:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;color:#b35900&apos;&gt;&lt;b&gt;Dikembalikan kepada pemohon.&lt;/b&gt; Jangka waktu belum berjalan sampai berkas kembali lengkap. Surat pengembalian berkas mencantumkan yang kurang:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Print the return slip</source>
        <translation>&amp;Cetak surat pengembalian berkas</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
</context>
<context>
    <name>loket::IdentityValidator</name>
    <message>
        <source>KBLI %1 does not exist: KBLI 2020 has no division %2.</source>
        <translation>KBLI %1 tidak ada: KBLI 2020 tidak memiliki golongan pokok %2.</translation>
    </message>
</context>
<context>
    <name>loket::KbliRegister</name>
    <message>
        <source>KBLI %1 is not a known KBLI 2020 code. If it is one, the IT admin adds it to the office&apos;s list (loket-cli kbli import).</source>
        <translation>KBLI %1 bukan kode KBLI 2020 yang dikenal. Jika kode itu memang ada, admin TI menambahkannya ke daftar kantor (loket-cli kbli import).</translation>
    </message>
    <message>
        <source>A quoted field that starts here is never closed.</source>
        <translation>Kolom bertanda kutip yang dimulai di sini tidak pernah ditutup.</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns code and title.</source>
        <translation>Berkas kosong: baris pertama harus menyebut kolom code dan title.</translation>
    </message>
    <message>
        <source>The column &quot;code&quot; (or &quot;kode&quot;) is missing.</source>
        <translation>Kolom &quot;code&quot; (atau &quot;kode&quot;) tidak ada.</translation>
    </message>
    <message>
        <source>The column &quot;title&quot; (or &quot;judul&quot;) is missing.</source>
        <translation>Kolom &quot;title&quot; (atau &quot;judul&quot;) tidak ada.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a KBLI code of 5 digits.</source>
        <translation>Baris %1: &quot;%2&quot; bukan kode KBLI 5 digit.</translation>
    </message>
    <message>
        <source>Line %1: KBLI 2020 has no division %2 (code %3).</source>
        <translation>Baris %1: KBLI 2020 tidak memiliki golongan pokok %2 (kode %3).</translation>
    </message>
    <message>
        <source>Line %1: code %2 belongs to category %3, not %4.</source>
        <translation>Baris %1: kode %2 termasuk kategori %3, bukan %4.</translation>
    </message>
    <message>
        <source>Line %1: the title of %2 is empty.</source>
        <translation>Baris %1: judul %2 kosong.</translation>
    </message>
    <message>
        <source>Line %1: code %2 is already on line %3.</source>
        <translation>Baris %1: kode %2 sudah ada di baris %3.</translation>
    </message>
    <message>
        <source>The file has no rows after the header.</source>
        <translation>Berkas tidak berisi baris setelah judul kolom.</translation>
    </message>
</context>
</TS>
