<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>loket::IdentityValidator</name>
    <message>
        <source>NIK is empty.</source>
        <translation>NIK kosong.</translation>
    </message>
    <message>
        <source>NIK contains a character that is not a digit.</source>
        <translation>NIK berisi karakter yang bukan angka.</translation>
    </message>
    <message>
        <source>NIK must have 16 digits, not %1.</source>
        <translation>NIK harus 16 digit, bukan %1.</translation>
    </message>
    <message>
        <source>NIK starts with %1, which is not a province code.</source>
        <translation>NIK diawali %1, yang bukan kode provinsi.</translation>
    </message>
    <message>
        <source>NIK digits 3-4 (regency) cannot be 00.</source>
        <translation>Digit ke-3 s.d. 4 NIK (kabupaten/kota) tidak boleh 00.</translation>
    </message>
    <message>
        <source>NIK digits 5-6 (district) cannot be 00.</source>
        <translation>Digit ke-5 s.d. 6 NIK (kecamatan) tidak boleh 00.</translation>
    </message>
    <message>
        <source>NIK digits 9-10 (birth month) are %1, not a month.</source>
        <translation>Digit ke-9 s.d. 10 NIK (bulan lahir) berisi %1, bukan bulan yang sah.</translation>
    </message>
    <message>
        <source>NIK digits 7-12 (%1) are not a birth date (day + 40 for women).</source>
        <translation>Digit ke-7 s.d. 12 NIK (%1) bukan tanggal lahir yang sah (tanggal + 40 untuk perempuan).</translation>
    </message>
    <message>
        <source>NIK serial (last 4 digits) starts at 0001.</source>
        <translation>Nomor urut NIK (4 digit terakhir) dimulai dari 0001.</translation>
    </message>
    <message>
        <source>NPWP is empty.</source>
        <translation>NPWP kosong.</translation>
    </message>
    <message>
        <source>NPWP contains a character that is not a digit, dot or dash.</source>
        <translation>NPWP berisi karakter selain angka, titik, atau tanda hubung.</translation>
    </message>
    <message>
        <source>NPWP cannot be all zeros.</source>
        <translation>NPWP tidak boleh nol semua.</translation>
    </message>
    <message>
        <source>NPWP check digit (digit 9) is wrong: %1 does not match digits 1-8.</source>
        <translation>Digit kontrol NPWP (digit ke-9) salah: %1 tidak cocok dengan digit ke-1 s.d. 8.</translation>
    </message>
    <message>
        <source>16-digit NPWP starting with 0 must be 0 + a valid 15-digit NPWP: %1</source>
        <translation>NPWP 16 digit yang diawali 0 harus berupa 0 + NPWP 15 digit yang sah: %1</translation>
    </message>
    <message>
        <source>16-digit NPWP must be a NIK or 0 + a 15-digit NPWP: %1</source>
        <translation>NPWP 16 digit harus berupa NIK atau 0 + NPWP 15 digit: %1</translation>
    </message>
    <message>
        <source>NPWP must have 15 or 16 digits, not %1.</source>
        <translation>NPWP harus 15 atau 16 digit, bukan %1.</translation>
    </message>
    <message>
        <source>NIB is empty.</source>
        <translation>NIB kosong.</translation>
    </message>
    <message>
        <source>NIB contains a character that is not a digit.</source>
        <translation>NIB berisi karakter yang bukan angka.</translation>
    </message>
    <message>
        <source>NIB must have 13 digits, not %1.</source>
        <translation>NIB harus 13 digit, bukan %1.</translation>
    </message>
    <message>
        <source>NIB cannot be all zeros.</source>
        <translation>NIB tidak boleh nol semua.</translation>
    </message>
    <message>
        <source>KBLI is empty.</source>
        <translation>KBLI kosong.</translation>
    </message>
    <message>
        <source>KBLI contains a character that is not a digit.</source>
        <translation>KBLI berisi karakter yang bukan angka.</translation>
    </message>
    <message>
        <source>KBLI must have 5 digits, not %1.</source>
        <translation>KBLI harus 5 digit, bukan %1.</translation>
    </message>
    <message>
        <source>KBLI %1 is not a known KBLI 2020 code.</source>
        <translation>KBLI %1 tidak terdaftar sebagai kode KBLI 2020.</translation>
    </message>
</context>
<context>
    <name>loket::QrMatrix</name>
    <message>
        <source>The text (%1 bytes) cannot be encoded as a QR code.</source>
        <translation>Teks (%1 byte) tidak dapat dikodekan sebagai kode QR.</translation>
    </message>
</context>
<context>
    <name>loket::ReceiptService</name>
    <message>
        <source>This database has no office secret (setting office.secret), so receipts cannot be signed or verified.</source>
        <translation>Basis data ini tidak memiliki kunci rahasia kantor (pengaturan office.secret), sehingga tanda terima tidak dapat ditandatangani atau diverifikasi.</translation>
    </message>
    <message>
        <source>A receipt needs a registration number.</source>
        <translation>Tanda terima memerlukan nomor pendaftaran.</translation>
    </message>
    <message>
        <source>"%1" is not a receipt QR code (LOKET:&lt;registration number&gt;:&lt;code&gt;); give the registration number and the code instead.</source>
        <translation>"%1" bukan kode QR tanda terima (LOKET:&lt;nomor pendaftaran&gt;:&lt;kode&gt;); masukkan nomor pendaftaran dan kodenya.</translation>
    </message>
    <message>
        <source>The registration number is empty.</source>
        <translation>Nomor pendaftaran kosong.</translation>
    </message>
    <message>
        <source>Receipt layout must be a4 or thermal, not "%1".</source>
        <translation>Tata letak tanda terima harus a4 atau thermal, bukan "%1".</translation>
    </message>
    <message>
        <source>Receipt target must be printer or pdf, not "%1".</source>
        <translation>Tujuan cetak tanda terima harus printer atau pdf, bukan "%1".</translation>
    </message>
    <message>
        <source>Only a stamped receipt with a registration number can be logged.</source>
        <translation>Hanya tanda terima yang bernomor pendaftaran dan berkode verifikasi yang dapat dicatat.</translation>
    </message>
    <message>
        <source>Investment and One-Stop Integrated Services Office</source>
        <translation>Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>receipt needs --pdf FILE.</source>
        <translation>receipt memerlukan --pdf BERKAS.</translation>
    </message>
    <message>
        <source>--layout must be a4 or thermal, not %1.</source>
        <translation>--layout harus a4 atau thermal, bukan %1.</translation>
    </message>
    <message>
        <source>--kind must be file, return or handover, not %1.</source>
        <translation>--kind harus file, return, atau handover, bukan %1.</translation>
    </message>
    <message>
        <source>%1 of %2 written to %3 (%4, verification code %5).</source>
        <translation>%1 untuk %2 ditulis ke %3 (%4, kode verifikasi %5).</translation>
    </message>
    <message>
        <source>receipt verify needs the scanned QR text, or the registration number and the code.</source>
        <translation>receipt verify memerlukan teks hasil pindai QR, atau nomor pendaftaran dan kodenya.</translation>
    </message>
    <message numerus="yes">
        <source>valid: %1 %2, code %3 (%n time(s) printed here).</source>
        <translation><numerusform>sah: %1 %2, kode %3 (dicetak %n kali di sini).</numerusform></translation>
    </message>
    <message>
        <source>invalid: code %1 does not belong to registration number %2 of this office.</source>
        <translation>tidak sah: kode %1 bukan milik nomor pendaftaran %2 di kantor ini.</translation>
    </message>
    <message>
        <source>receipt needs a registration number, verify or sample.</source>
        <translation>receipt memerlukan nomor pendaftaran, verify, atau sample.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>region %1 (%2), district %3, born %4, %5</source>
        <translation>wilayah %1 (%2), kecamatan %3, lahir %4, %5</translation>
    </message>
    <message>
        <source>16-digit NPWP of an individual (NIK)</source>
        <translation>NPWP 16 digit orang pribadi (NIK)</translation>
    </message>
    <message>
        <source>16-digit NPWP from the 15-digit %1</source>
        <translation>NPWP 16 digit dari NPWP 15 digit %1</translation>
    </message>
    <message>
        <source>15-digit NPWP %1</source>
        <translation>NPWP 15 digit %1</translation>
    </message>
    <message>
        <source>%1, category %2</source>
        <translation>%1, kategori %2</translation>
    </message>
    <message>
        <source>validate needs a type (nik, npwp, nib or kbli) and a VALUE.</source>
        <translation>validate memerlukan jenis (nik, npwp, nib, atau kbli) dan NILAI.</translation>
    </message>
    <message>
        <source>Unknown type %1: use nik, npwp, nib or kbli.</source>
        <translation>Jenis %1 tidak dikenal: gunakan nik, npwp, nib, atau kbli.</translation>
    </message>
    <message>
        <source>valid: %1 %2</source>
        <translation>sah: %1 %2</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>tidak sah: %1</translation>
    </message>
    <message>
        <source>PDF output needs the graphics system, which starts only when --pdf is on the command line.</source>
        <translation>Keluaran PDF memerlukan sistem grafis, yang hanya dijalankan bila --pdf ada pada baris perintah.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReceiptPrinter</name>
    <message>
        <source>Could not write the receipt to %1.</source>
        <translation>Tanda terima tidak dapat ditulis ke %1.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>The receipt was printed, but the print could not be logged: %1</source>
        <translation>Tanda terima sudah dicetak, tetapi pencetakannya tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>Print preview: %1 %2</source>
        <translation>Pratinjau cetak: %1 %2</translation>
    </message>
    <message>
        <source>The printer did not accept the receipt.</source>
        <translation>Printer tidak menerima tanda terima.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Simpan tanda terima sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReceiptRenderer</name>
    <message>
        <source>FILE RETURN SLIP</source>
        <translation>SURAT PENGEMBALIAN BERKAS</translation>
    </message>
    <message>
        <source>NIB/PERMIT HAND-OVER RECEIPT</source>
        <translation>TANDA TERIMA PENYERAHAN NIB/IZIN</translation>
    </message>
    <message>
        <source>FILE RECEIPT</source>
        <translation>TANDA TERIMA BERKAS</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telp. %1</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Nomor pendaftaran</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Pemohon</translation>
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
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Kuasa</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nama usaha</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>KBLI</source>
        <translation>KBLI</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>KBLI %1 %2</source>
        <translation>KBLI %1 %2</translation>
    </message>
    <message>
        <source>Standard version</source>
        <translation>Versi standar</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>belum ada: %1</translation>
    </message>
    <message>
        <source>Ticked: received; crossed: missing.</source>
        <translation>Dicentang: diterima; disilang: belum ada.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Dokumen yang diterima</translation>
    </message>
    <message numerus="yes">
        <source>(%n working day(s))</source>
        <translation><numerusform>(%n hari kerja)</numerusform></translation>
    </message>
    <message>
        <source>Expected completion</source>
        <translation>Perkiraan selesai</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>The completion time is counted in working days from the day the complete and correct file is received. Keep this receipt: it is needed to collect the NIB/permit.</source>
        <translation>Waktu penyelesaian dihitung dalam hari kerja sejak hari berkas diterima lengkap dan benar. Simpan tanda terima ini: diperlukan saat pengambilan NIB/izin.</translation>
    </message>
    <message>
        <source>The file is returned because it is not yet complete. The completion time has not started; it starts on the day the complete and correct file is received.</source>
        <translation>Berkas dikembalikan karena belum lengkap. Waktu penyelesaian belum berjalan; waktu dihitung sejak hari berkas diterima lengkap dan benar.</translation>
    </message>
    <message>
        <source>Missing or incorrect documents</source>
        <translation>Dokumen yang belum ada atau perlu diperbaiki</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Yang diserahkan</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>Nomor izin</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Tanggal penyerahan</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Diterima oleh</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Complaints about this service may be lodged within 30 days of the hand-over date.</source>
        <translation>Pengaduan atas layanan ini dapat disampaikan paling lambat 30 hari sejak tanggal penyerahan.</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Diserahkan oleh</translation>
    </message>
    <message>
        <source>Counter officer</source>
        <translation>Petugas loket</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Kode verifikasi</translation>
    </message>
    <message>
        <source>Scan the QR code or quote this code to check that the receipt is genuine and to follow the application.</source>
        <translation>Pindai kode QR atau sebutkan kode ini untuk memeriksa keaslian tanda terima dan menelusuri permohonan.</translation>
    </message>
    <message>
        <source>Complaints and suggestions</source>
        <translation>Pengaduan dan saran</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Dicetak %1 oleh %2</translation>
    </message>
    <message>
        <source>%1 %2 (continued)</source>
        <translation>%1 %2 (lanjutan)</translation>
    </message>
</context>
</TS>