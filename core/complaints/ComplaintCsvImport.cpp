#include "ComplaintCsvImport.h"

#include "ComplaintService.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/CsvReader.h"
#include "common/Error.h"
#include "common/TextDecoding.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <algorithm>

namespace loket {

namespace {
// Indonesian headers a spreadsheet made at the office may carry instead of the keys.
const QHash<QString, QString>& aliases()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("kanal"), QStringLiteral("channel")},
        {QStringLiteral("saluran"), QStringLiteral("channel")},
        {QStringLiteral("diterima"), QStringLiteral("received")},
        {QStringLiteral("waktu_diterima"), QStringLiteral("received")},
        {QStringLiteral("nama"), QStringLiteral("name")},
        {QStringLiteral("nik"), QStringLiteral("id_number")},
        {QStringLiteral("kontak"), QStringLiteral("contact")},
        {QStringLiteral("alamat"), QStringLiteral("address")},
        {QStringLiteral("nomor_registrasi"), QStringLiteral("case")},
        {QStringLiteral("kbli"), QStringLiteral("service")},
        {QStringLiteral("layanan"), QStringLiteral("service")},
        {QStringLiteral("objek"), QStringLiteral("object")},
        {QStringLiteral("materi"), QStringLiteral("object")},
    };
    return map;
}

QDateTime parseReceived(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
                                  QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm"),
                                  QStringLiteral("dd/MM/yyyy HH:mm"), QStringLiteral("dd/MM/yyyy HH:mm:ss")}) {
        const QDateTime at = QDateTime::fromString(t, format);
        if (at.isValid())
            return QDateTime(at.date(), at.time(), Clock::zone());
    }
    QDateTime at = QDateTime::fromString(t, Qt::ISODate);
    if (at.isValid())
        return at.timeSpec() == Qt::LocalTime ? QDateTime(at.date(), at.time(), Clock::zone()) : at;
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return QDateTime(d, QTime(0, 0), Clock::zone());
    }
    return {};
}
} // namespace

QStringList ComplaintCsvImport::columns()
{
    return {QStringLiteral("channel"), QStringLiteral("received"), QStringLiteral("name"),
            QStringLiteral("id_number"), QStringLiteral("contact"), QStringLiteral("address"),
            QStringLiteral("case"),    QStringLiteral("service"),  QStringLiteral("object")};
}

QStringList ComplaintCsvImport::requiredColumns()
{
    return {QStringLiteral("channel"), QStringLiteral("received")};
}

ComplaintImportResult ComplaintCsvImport::importFile(const QString& path, const QString& encoding)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error::invalid(tr("The file %1 cannot be read.").arg(path), QStringLiteral("file"));
    return importData(TextDecoding::toUtf8(f.readAll(), encoding));
}

QHash<QString, int> ComplaintCsvImport::headerIndex(const CsvRecord& header, QList<ComplaintImportProblem>& problems)
{
    QHash<QString, int> index;
    for (int i = 0; i < header.fields.size(); ++i) {
        QString key = header.fields[i].trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
        key = aliases().value(key, key);
        if (!columns().contains(key)) {
            problems.append({1, header.fields[i], tr("Line 1: unknown column \"%1\".").arg(header.fields[i])});
            continue;
        }
        if (index.contains(key))
            problems.append({1, key, tr("Line 1: column \"%1\" appears twice.").arg(key)});
        index.insert(key, i);
    }
    for (const QString& key : requiredColumns())
        if (!index.contains(key))
            problems.append({1, key, tr("Line 1: the column \"%1\" is missing.").arg(key)});
    return index;
}

std::optional<ComplaintIntake> ComplaintCsvImport::rowIntake(const CsvRecord& rec, qsizetype headerSize,
                                                             const QHash<QString, int>& index,
                                                             QList<ComplaintImportProblem>& problems)
{
    auto value = [&](const QString& key) {
        const int i = index.value(key, -1);
        return i >= 0 && i < rec.fields.size() ? rec.fields[i].trimmed() : QString();
    };
    if (rec.fields.size() > headerSize) {
        problems.append(
            {rec.line, QString(),
             tr("Line %1: %2 fields, but the header has %3.").arg(rec.line).arg(rec.fields.size()).arg(headerSize)});
        return std::nullopt;
    }
    ComplaintIntake in;
    in.channelKey = value(QStringLiteral("channel"));
    in.complainantName = value(QStringLiteral("name"));
    in.complainantIdNumber = value(QStringLiteral("id_number"));
    in.complainantContact = value(QStringLiteral("contact"));
    in.complainantAddress = value(QStringLiteral("address"));
    in.caseRegNumber = value(QStringLiteral("case"));
    in.serviceKbli = value(QStringLiteral("service"));
    in.objectText = value(QStringLiteral("object"));
    const QString received = value(QStringLiteral("received"));
    in.receivedAt = parseReceived(received);
    if (!in.receivedAt.isValid()) {
        problems.append({rec.line, QStringLiteral("received"),
                         tr("Line %1, column received: \"%2\" is not a date and time (use YYYY-MM-DD "
                            "HH:MM).")
                             .arg(rec.line)
                             .arg(received)});
        return std::nullopt;
    }
    return in;
}

ComplaintImportResult ComplaintCsvImport::importData(const QByteArray& data)
{
    m_ctx.require(Permission::RegisterComplaint);
    ComplaintImportResult result;
    const QList<CsvRecord> records = CsvReader::parse(data);
    if (records.isEmpty())
        throw Error::invalid(tr("The file is empty: it needs a header line and at least one row."),
                             QStringLiteral("file"));
    const CsvRecord& header = records.first();
    const QHash<QString, int> index = headerIndex(header, result.problems);
    if (!result.problems.isEmpty())
        return result;
    if (records.size() == 1)
        throw Error::invalid(tr("The file has a header line but no rows."), QStringLiteral("file"));

    QList<ComplaintIntake> intakes;
    QList<int> lines;
    for (int r = 1; r < records.size(); ++r) {
        if (const auto in = rowIntake(records[r], header.fields.size(), index, result.problems)) {
            intakes.append(*in);
            lines.append(records[r].line);
        }
    }
    QList<Complaint> prepared = ComplaintService::prepare(m_ctx, intakes, [&](int i, const Error& e) {
        result.problems.append(
            {lines[i], e.field(), tr("Line %1, column %2: %3").arg(lines[i]).arg(e.field(), e.message())});
    });
    if (!result.problems.isEmpty()) {
        // In the order of the file, as the rows were checked one by one.
        std::stable_sort(
            result.problems.begin(), result.problems.end(),
            [](const ComplaintImportProblem& a, const ComplaintImportProblem& b) { return a.line < b.line; });
        return result;
    }

    Transaction tx(m_ctx.db());
    ComplaintService::insertPrepared(m_ctx, prepared);
    tx.commit();
    result.imported = prepared;
    return result;
}

} // namespace loket
