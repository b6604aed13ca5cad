#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace loket {

// One record of a CSV file and the line it starts on (1-based, the header is line 1).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180 CSV as spreadsheets write it: UTF-8 (with or without BOM), comma or semicolon
// (chosen from the header line), quoted fields with doubled quotes and line breaks, CRLF or LF
// (a CRLF inside a quoted field becomes LF).
class CsvReader
{
public:
    // Throws Error::invalid naming the line when a quote is left open.
    static QList<CsvRecord> parse(const QByteArray& data);
    // As parse(), for callers that report problems by line themselves: false, with the line the
    // unclosed quoted field starts on, instead of throwing. Bytes that are not UTF-8 are refused
    // by both with Error::invalid naming the line (TextDecoding).
    static bool tryParse(const QByteArray& data, QList<CsvRecord>* records, int* unclosedQuoteLine);
    static QChar detectDelimiter(const QString& headerLine);
};

// The records of a CSV text one at a time, by the same rules as CsvReader, so a large import
// holds one batch of records rather than the whole file. The bytes are decoded a piece at a time.
class CsvStream
{
public:
    // Bytes that are not UTF-8 are refused with Error::invalid naming the line (TextDecoding).
    explicit CsvStream(const QByteArray& data);
    // The next record that is not blank; false at the end of the text, or at a quoted field that
    // is never closed (then unclosedQuoteLine() names the line it starts on).
    bool next(CsvRecord* record);
    int unclosedQuoteLine() const { return m_unclosedQuoteLine; }

private:
    bool more(); // decodes the next piece of whole lines; false when every byte is decoded

    QByteArray m_data;
    qsizetype m_decoded = 0; // bytes of m_data already in m_text
    QString m_text;          // a piece of the text, decoded as it is read
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_unclosedQuoteLine = 0;
};

} // namespace loket
