#include "CaseCsvReader.h"

namespace loket {

CaseCsvReader::CaseCsvReader(const QByteArray& data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const qsizetype headerEnd = text.indexOf(QLatin1Char('\n'));
    const QStringView header = QStringView(text).left(headerEnd < 0 ? text.size() : headerEnd);
    if (header.count(QLatin1Char(';')) > header.count(QLatin1Char(',')))
        m_delimiter = QLatin1Char(';');

    Record current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty();
        if (!blank)
            m_records.append(current);
        current = Record{};
        current.line = line;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c != QLatin1Char('\r'))
                    field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == m_delimiter) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (c != QLatin1Char('\r')) {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        m_ok = false;
        m_problemLine = current.line;
        return;
    }
    if (fieldStarted || !current.fields.isEmpty() || !field.isEmpty())
        endRecord();
}

} // namespace loket
