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

ComplaintImportResult ComplaintCsvImport::importData(const QByteArray& data)
{
    m_ctx.require(Permission::RegisterComplaint);
    ComplaintImportResult result;
    const QList<CsvRecord> records = CsvReader::parse(data);
    if (records.isEmpty())
        throw Error::invalid(tr("The file is empty: it needs a header line and at least one row."),
                             QStringLiteral("file"));

    QHash<QString, int> index;
    const CsvRecord& header = records.first();
    for (int i = 0; i < header.fields.size(); ++i) {
        QString key = header.fields[i].trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
        key = aliases().value(key, key);
        if (!columns().contains(key)) {
            result.problems.append({1, header.fields[i], tr("Line 1: unknown column \"%1\".").arg(header.fields[i])});
            continue;
        }
        if (index.contains(key))
            result.problems.append({1, key, tr("Line 1: column \"%1\" appears twice.").arg(key)});
        index.insert(key, i);
    }
    for (const QString& key : requiredColumns())
        if (!index.contains(key))
            result.problems.append({1, key, tr("Line 1: the column \"%1\" is missing.").arg(key)});
    if (!result.problems.isEmpty())
        return result;
    if (records.size() == 1)
        throw Error::invalid(tr("The file has a header line but no rows."), QStringLiteral("file"));

    ComplaintService service(m_ctx);
    QList<Complaint> prepared;
    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord& rec = records[r];
        auto value = [&](const QString& key) {
            const int i = index.value(key, -1);
            return i >= 0 && i < rec.fields.size() ? rec.fields[i].trimmed() : QString();
        };
        if (rec.fields.size() > header.fields.size()) {
            result.problems.append({rec.line, QString(),
                                    tr("Line %1: %2 fields, but the header has %3.")
                                        .arg(rec.line)
                                        .arg(rec.fields.size())
                                        .arg(header.fields.size())});
            continue;
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
            result.problems.append({rec.line, QStringLiteral("received"),
                                    tr("Line %1, column received: \"%2\" is not a date and time (use YYYY-MM-DD "
                                       "HH:MM).")
                                        .arg(rec.line)
                                        .arg(received)});
            continue;
        }
        try {
            prepared.append(service.prepare(in));
        } catch (const Error& e) {
            if (e.kind() != Error::Kind::Invalid)
                throw;
            result.problems.append(
                {rec.line, e.field(), tr("Line %1, column %2: %3").arg(rec.line).arg(e.field(), e.message())});
        }
    }
    if (!result.problems.isEmpty())
        return result;

    Transaction tx(m_ctx.db());
    for (Complaint& c : prepared) {
        service.insertPrepared(c);
        result.imported.append(c);
    }
    tx.commit();
    return result;
}

} // namespace loket
