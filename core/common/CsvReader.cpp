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
    CsvStream stream(data);
    QList<CsvRecord>& records = *out;
    records.clear();
    CsvRecord record;
    while (stream.next(&record))
        records.append(record);
    if (stream.unclosedQuoteLine() > 0) {
        records.clear();
        *unclosedQuoteLine = stream.unclosedQuoteLine();
        return false;
    }
    return true;
}

CsvStream::CsvStream(const QByteArray& data) : m_data(data)
{
    if (TextDecoding::firstInvalidUtf8Line(m_data) > 0)
        TextDecoding::decode(m_data); // refuses the file naming the line
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_decoded = 3;
    more(); // the first piece holds the whole header line
    m_delimiter = CsvReader::detectDelimiter(m_text.section(QLatin1Char('\n'), 0, 0));
}

bool CsvStream::more()
{
    constexpr qsizetype kPieceBytes = 1 << 20;
    if (m_decoded >= m_data.size())
        return false;
    qsizetype end = m_data.size();
    if (m_decoded + kPieceBytes < m_data.size()) {
        // Cut after a line feed: never inside a UTF-8 sequence.
        const qsizetype lf = m_data.indexOf('\n', m_decoded + kPieceBytes);
        end = lf < 0 ? m_data.size() : lf + 1;
    }
    m_text = m_text.mid(m_pos) + QString::fromUtf8(m_data.constData() + m_decoded, end - m_decoded);
    m_pos = 0;
    m_decoded = end;
    return true;
}

bool CsvStream::next(CsvRecord* out)
{
    const auto nextIs = [this](QChar c) { return (m_pos < m_text.size() || more()) && m_text.at(m_pos) == c; };
    while (m_pos < m_text.size() || more()) {
        CsvRecord current;
        current.line = m_line;
        QString field;
        bool quoted = false;
        bool fieldStarted = false;
        bool lineEnded = false;
        int quoteLine = 0;
        while (!lineEnded && (m_pos < m_text.size() || more())) {
            const QChar ch = m_text.at(m_pos++);
            if (quoted) {
                if (ch == QLatin1Char('"')) {
                    if (nextIs(QLatin1Char('"'))) {
                        field += QLatin1Char('"');
                        ++m_pos;
                    } else {
                        quoted = false;
                    }
                } else if (ch == QLatin1Char('\r') && nextIs(QLatin1Char('\n'))) {
                    // the LF that follows stands for the line break
                } else {
                    if (ch == QLatin1Char('\n'))
                        ++m_line;
                    field += ch;
                }
            } else if (ch == QLatin1Char('"') && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                quoteLine = m_line;
            } else if (ch == m_delimiter) {
                current.fields << field;
                field.clear();
                fieldStarted = false;
            } else if (ch == QLatin1Char('\n')) {
                ++m_line;
                lineEnded = true;
            } else if (ch != QLatin1Char('\r')) { // a CR is part of a CRLF line end
                field += ch;
                fieldStarted = true;
            }
        }
        if (quoted) {
            m_unclosedQuoteLine = quoteLine;
            m_pos = m_text.size(); // more() found every byte decoded
            return false;
        }
        // The last line without a line break is a record when it holds anything.
        if (!lineEnded && !fieldStarted && field.isEmpty() && current.fields.isEmpty())
            return false;
        current.fields << field;
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty();
        if (!blank) {
            *out = std::move(current);
            return true;
        }
    }
    return false;
}

} // namespace loket
