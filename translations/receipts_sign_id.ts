<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>loket::CaseReceipts</name>
    <message>
        <source>A complaint receipt is printed from the complaint, not from application %1.</source>
        <translation>Tanda terima pengaduan dicetak dari pengaduannya, bukan dari permohonan %1.</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintReceipts</name>
    <message>
        <source>(anonymous)</source>
        <translation>(tanpa identitas)</translation>
    </message>
    <message>
        <source> (phone %1)</source>
        <translation> (telepon %1)</translation>
    </message>
    <message>
        <source>Quote complaint number %1 at the counter or through any complaint channel%2. The answer is given by %3 at the latest, through the channel the complaint came in.</source>
        <translation>Sebutkan nomor pengaduan %1 di loket atau melalui saluran pengaduan mana pun%2. Jawaban diberikan paling lambat %3 melalui saluran tempat pengaduan disampaikan.</translation>
    </message>
    <message>
        <source>Suggestions are recorded and reviewed without an answer deadline. Quote number %1 at the counter or through any complaint channel%2 to ask about it.</source>
        <translation>Saran dicatat dan ditelaah tanpa batas waktu jawaban. Sebutkan nomor %1 di loket atau melalui saluran pengaduan mana pun%2 untuk menanyakannya.</translation>
    </message>
</context>
<context>
    <name>loket::ReceiptKeyFile</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>Pustaka kriptografi tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>The receipt key file %1 cannot be read.</source>
        <translation>Berkas kunci tanda terima %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The receipt key file %1 cannot be written.</source>
        <translation>Berkas kunci tanda terima %1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>loket::ReceiptKeyService</name>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation>Berkas kunci %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>There is no receipt key %1 in this office.</source>
        <translation>Tidak ada kunci tanda terima %1 di kantor ini.</translation>
    </message>
    <message>
        <source>Receipt key %1 was already revoked.</source>
        <translation>Kunci tanda terima %1 sudah dicabut.</translation>
    </message>
    <message>
        <source>A key is revoked from now or a past time, not from %1.</source>
        <translation>Kunci dicabut mulai sekarang atau sejak waktu yang sudah lewat, bukan sejak %1.</translation>
    </message>
</context>
<context>
    <name>loket::ReceiptService</name>
    <message>
        <source>&quot;%1&quot; is not a receipt QR code (LK1:... or LOKET:&lt;registration number&gt;:&lt;code&gt;); give the registration number and the code instead.</source>
        <translation>&quot;%1&quot; bukan kode QR tanda terima (LK1:... atau LOKET:&lt;nomor registrasi&gt;:&lt;kode&gt;); berikan nomor registrasi dan kodenya.</translation>
    </message>
    <message>
        <source>code %1 does not belong to registration number %2 of this office</source>
        <translation>kode %1 bukan milik nomor registrasi %2 kantor ini</translation>
    </message>
</context>
<context>
    <name>loket::ReceiptSigner</name>
    <message>
        <source>This workstation has no receipt signing key.</source>
        <translation>Komputer ini tidak memiliki kunci penanda tangan tanda terima.</translation>
    </message>
</context>
<context>
    <name>loket::ReceiptVerifier</name>
    <message>
        <source>&quot;%1&quot; is not a signed receipt QR code (LK1:...).</source>
        <translation>&quot;%1&quot; bukan kode QR tanda terima bertanda tangan (LK1:...).</translation>
    </message>
    <message>
        <source>key %1 is not a receipt key of this office</source>
        <translation>kunci %1 bukan kunci tanda terima kantor ini</translation>
    </message>
    <message>
        <source>the signature does not match the receipt's data</source>
        <translation>tanda tangan tidak cocok dengan data tanda terima</translation>
    </message>
    <message>
        <source>key %1 of workstation %2 was revoked on %3, before this receipt was signed</source>
        <translation>kunci %1 milik komputer %2 dicabut pada %3, sebelum tanda terima ini ditandatangani</translation>
    </message>
    <message>
        <source>key %1 was not yet valid when this receipt says it was signed</source>
        <translation>kunci %1 belum berlaku pada waktu penandatanganan yang tertera di tanda terima ini</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Berkas kunci %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is not a Loket receipt key file.</source>
        <translation>%1 bukan berkas kunci tanda terima Loket.</translation>
    </message>
</context>
<context>
    <name>loket::cli</name>
    <message>
        <source>receipt verify --keys FILE checks the scanned QR text only.</source>
        <translation>receipt verify --keys FILE hanya memeriksa teks QR yang dipindai.</translation>
    </message>
    <message>
        <source>Signed %1 by workstation %2 (key %3).</source>
        <translation>Ditandatangani %1 oleh komputer %2 (kunci %3).</translation>
    </message>
    <message>
        <source>invalid: %1 (%2).</source>
        <translation>tidak sah: %1 (%2).</translation>
    </message>
    <message>
        <source>complaint receipt needs the complaint number.</source>
        <translation>complaint receipt memerlukan nomor pengaduan.</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>dicabut %1</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>dipakai</translation>
    </message>
    <message>
        <source>No receipt keys yet: a workstation makes its key when it signs its first receipt.</source>
        <translation>Belum ada kunci tanda terima: komputer membuat kuncinya saat menandatangani tanda terima pertamanya.</translation>
    </message>
    <message>
        <source>receipt keys export needs a FILE.</source>
        <translation>receipt keys export memerlukan FILE.</translation>
    </message>
    <message numerus="yes">
        <source>%n public receipt key(s) written to %1.</source>
        <translation><numerusform>%n kunci publik tanda terima ditulis ke %1.</numerusform></translation>
    </message>
    <message>
        <source>receipt keys revoke needs a KEY_ID.</source>
        <translation>receipt keys revoke memerlukan KEY_ID.</translation>
    </message>
    <message>
        <source>--at must be &quot;YYYY-MM-DD HH:MM&quot;, not %1.</source>
        <translation>--at harus &quot;YYYY-MM-DD HH:MM&quot;, bukan %1.</translation>
    </message>
    <message>
        <source>Receipt key %1 of workstation %2 revoked from %3: receipts it signed from then on are refused.</source>
        <translation>Kunci tanda terima %1 milik komputer %2 dicabut sejak %3: tanda terima yang ditandatanganinya sejak saat itu ditolak.</translation>
    </message>
    <message>
        <source>receipt keys needs list, export or revoke.</source>
        <translation>receipt keys memerlukan list, export atau revoke.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintDialog</name>
    <message>
        <source>Print receipt…</source>
        <translation>Cetak tanda terima…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Thermal 80 mm</source>
        <translation>Termal 80 mm</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReceiptRenderer</name>
    <message>
        <source>COMPLAINT RECEIPT</source>
        <translation>TANDA TERIMA PENGADUAN</translation>
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
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Registered as</source>
        <translation>Dicatat sebagai</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Batas jawaban</translation>
    </message>
    <message>
        <source>How to follow up</source>
        <translation>Cara menindaklanjuti</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>SALINAN</translation>
    </message>
    <message>
        <source>Complaint number</source>
        <translation>Nomor pengaduan</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <source>Signed with key %1</source>
        <translation>Ditandatangani dengan kunci %1</translation>
    </message>
    <message>
        <source>Copy printed %1 by %2</source>
        <translation>Salinan dicetak %1 oleh %2</translation>
    </message>
</context>
</TS>
