#include "QrMatrix.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <qrencode.h>

namespace loket {

QrMatrix QrMatrix::encode(const QString& text, Ecc ecc)
{
    QRecLevel level = QR_ECLEVEL_M;
    switch (ecc) {
    case Ecc::Low:
        level = QR_ECLEVEL_L;
        break;
    case Ecc::Medium:
        level = QR_ECLEVEL_M;
        break;
    case Ecc::Quartile:
        level = QR_ECLEVEL_Q;
        break;
    case Ecc::High:
        level = QR_ECLEVEL_H;
        break;
    }
    const QByteArray utf8 = text.toUtf8();
    // Case-sensitive, mixed modes chosen by libqrencode; version 0 = smallest that fits.
    QRcode* code = QRcode_encodeString(utf8.constData(), 0, level, QR_MODE_8, 1);
    if (!code)
        throw Error::invalid(QCoreApplication::translate("loket::QrMatrix",
                                                         "The text (%1 bytes) cannot be encoded as a QR code.")
                                 .arg(utf8.size()),
                             QStringLiteral("qr"));
    QrMatrix m;
    m.m_size = code->width;
    m.m_version = code->version;
    m.m_modules.resize(static_cast<size_t>(code->width) * code->width);
    for (size_t i = 0; i < m.m_modules.size(); ++i)
        m.m_modules[i] = (code->data[i] & 1) != 0; // bit 0: dark module
    QRcode_free(code);
    return m;
}

bool QrMatrix::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[static_cast<size_t>(y) * m_size + x];
}

QString QrMatrix::toText() const
{
    QString out;
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x)
            out.append(isDark(x, y) ? u'#' : u'.');
        out.append(u'\n');
    }
    return out;
}

} // namespace loket
