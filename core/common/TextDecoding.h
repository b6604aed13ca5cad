#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace loket {

// The bytes of an imported file as text. Without an encoding they must be UTF-8 (a BOM is
// dropped); anything else is refused naming the first line that is not, so a file saved in
// another encoding never comes in as "Yos\uFFFD Suryan\uFFFD". With an encoding (any name Qt's
// QStringDecoder knows, and cp1252/windows-1252) they are read in that encoding.
class TextDecoding
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::TextDecoding)
public:
    // Error::invalid naming the line (field "line N"), or the encoding (field "encoding").
    static QString decode(const QByteArray& data, const QString& encoding = {});
    // decode() as UTF-8 bytes without a BOM.
    static QByteArray toUtf8(const QByteArray& data, const QString& encoding = {});
    // The 1-based line of the first byte sequence that is not UTF-8; 0 when all of it is.
    static int firstInvalidUtf8Line(const QByteArray& data);
};

} // namespace loket
