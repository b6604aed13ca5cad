#include "CsvReader.h"

#include "common/Error.h"
#include "common/TextDecoding.h"

#include <QCoreApplication>

namespace loket {

QChar CsvReader::detectDelimiter(const QString& headerLine)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (QChar ch : headerLine) {
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && ch == QLatin1Char(','))
            ++commas;
        else if (!quoted && ch == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

QList<CsvRecord> CsvReader::parse(const QByteArray& data)
{
    QList<CsvRecord> records;
    int quoteLine = 0;
    if (!tryParse(data, &records, &quoteLine)) {
        throw Error::invalid(QCoreApplication::translate("loket::CsvReader", "Line %1: a quoted field is never closed.")
                                 .arg(quoteLine),
                             QStringLiteral("line %1").arg(quoteLine));
    }
    return records;
}

bool CsvReader::tryParse(const QByteArray& data, QList<CsvRecord>* out, int* unclosedQuoteLine)
{
    // Not UTF-8: refused naming the line (callers convert other encodings first).
    const QString text = TextDecoding::decode(data);
    const QChar delimiter = detectDelimiter(text.section(QLatin1Char('\n'), 0, 0));

    QList<CsvRecord>& records = *out;
    records.clear();
    CsvRecord current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    int quoteLine = 0;
    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty();
        if (!blank)
            records.append(current);
        current = CsvRecord{};
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                // the LF that follows stands for the line break
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                field += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (ch == delimiter) {
            endField();
        } else if (ch == QLatin1Char('\r')) {
            // part of a CRLF line end
        } else if (ch == QLatin1Char('\n')) {
            endRecord();
            ++line;
            current.line = line;
        } else {
            field += ch;
            fieldStarted = true;
        }
    }
    if (quoted) {
        records.clear();
        *unclosedQuoteLine = quoteLine;
        return false;
    }
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return true;
}

} // namespace loket
