#include "TextDecoding.h"

#include "common/Error.h"

#include <QStringDecoder>

namespace loket {

namespace {
bool isUtf8Name(const QString& name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return n.isEmpty() || n == QLatin1String("utf8");
}

bool isCp1252Name(const QString& name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return n == QLatin1String("cp1252") || n == QLatin1String("windows1252");
}

// Windows-1252: Latin-1 with printable characters in 0x80..0x9F (the five unused ones stay
// the C1 controls, as Windows reads them).
QString fromCp1252(const QByteArray& data)
{
    static const char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString out;
    out.reserve(data.size());
    for (char c : data) {
        const auto b = static_cast<unsigned char>(c);
        out += (b >= 0x80 && b < 0xA0) ? QChar(high[b - 0x80]) : QChar(b);
    }
    return out;
}

QString dropBom(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}
} // namespace

int TextDecoding::firstInvalidUtf8Line(const QByteArray& data)
{
    {
        QStringDecoder whole(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString ignored = whole.decode(data);
        Q_UNUSED(ignored);
        if (!whole.hasError())
            return 0;
    }
    int line = 1;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString ignored = decoder.decode(QByteArrayView(data).sliced(start, end - start));
        Q_UNUSED(ignored);
        if (decoder.hasError())
            return line;
        start = end + 1;
        ++line;
    }
    return line - 1; // a sequence cut off at the very end
}

QString TextDecoding::decode(const QByteArray& data, const QString& encoding)
{
    if (isUtf8Name(encoding)) {
        if (const int line = firstInvalidUtf8Line(data))
            throw Error::invalid(tr("Line %1 is not UTF-8 text: the file was saved in another encoding. Save it as "
                                    "UTF-8 (in a spreadsheet: CSV UTF-8), or name its encoding, for example "
                                    "--encoding cp1252. Nothing was imported.")
                                     .arg(line),
                                 QStringLiteral("line %1").arg(line));
        return dropBom(QString::fromUtf8(data));
    }
    if (isCp1252Name(encoding)) {
        QStringDecoder decoder(encoding.trimmed().toLatin1().constData());
        return dropBom(decoder.isValid() ? QString(decoder.decode(data)) : fromCp1252(data));
    }
    QStringDecoder decoder(encoding.trimmed().toLatin1().constData());
    if (!decoder.isValid())
        throw Error::invalid(
            tr("--encoding: \"%1\" is not an encoding this program knows; for example utf-8, cp1252 or latin1.")
                .arg(encoding),
            QStringLiteral("encoding"));
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        throw Error::invalid(tr("The file is not valid %1 text. Nothing was imported.").arg(encoding),
                             QStringLiteral("encoding"));
    return dropBom(text);
}

QByteArray TextDecoding::toUtf8(const QByteArray& data, const QString& encoding)
{
    return decode(data, encoding).toUtf8();
}

} // namespace loket
