#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace loket {

// RFC 4180 CSV as spreadsheets save it: UTF-8 (with or without BOM), comma or semicolon
// (detected from the header line), quoted fields with doubled quotes and line breaks, CRLF or LF.
class CaseCsvReader
{
public:
    struct Record
    {
        int line = 0; // the file line the record starts on (the header is line 1)
        QStringList fields;
    };

    explicit CaseCsvReader(const QByteArray& data);

    QChar delimiter() const { return m_delimiter; }
    // False when a quoted field is never closed; problemLine() says where it started.
    bool ok() const { return m_ok; }
    int problemLine() const { return m_problemLine; }
    const QList<Record>& records() const { return m_records; }

private:
    QList<Record> m_records;
    QChar m_delimiter = QLatin1Char(',');
    bool m_ok = true;
    int m_problemLine = 0;
};

} // namespace loket
