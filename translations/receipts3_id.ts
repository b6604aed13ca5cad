<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>loket::ReceiptVerifier</name>
    <message>
        <source>this is a sample receipt (loket-cli receipt sample), not a receipt of the office</source>
        <translation>ini tanda terima contoh (loket-cli receipt sample), bukan tanda terima yang diterbitkan kantor</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintDialog</name>
    <message>
        <source>Save as PDF (A4)…</source>
        <translation>Simpan sebagai PDF (A4)…</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReceiptRenderer</name>
    <message>
        <source>SAMPLE — NOT VALID</source>
        <translation>CONTOH — TIDAK SAH</translation>
    </message>
    <message>
        <source>Scan the QR code or quote this code to check that the receipt is genuine. To follow up the complaint, quote its number %1.</source>
        <translation>Pindai kode QR atau sebutkan kode ini untuk memeriksa keaslian tanda terima. Untuk menindaklanjuti pengaduan, sebutkan nomor pengaduan %1.</translation>
    </message>
    <message>
        <source>Scan the QR code or quote this code to check that the receipt is genuine. To ask about the suggestion, quote its number %1.</source>
        <translation>Pindai kode QR atau sebutkan kode ini untuk memeriksa keaslian tanda terima. Untuk menanyakan saran ini, sebutkan nomornya %1.</translation>
    </message>
</context>
</TS>
