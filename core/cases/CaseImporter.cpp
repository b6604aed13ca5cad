#include "CaseImporter.h"

#include "CaseClocks.h"
#include "CaseImportRow.h"
#include "CaseWriter.h"
#include "LargeCache.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarService.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/CsvReader.h"
#include "common/Error.h"
#include "common/TextDecoding.h"
#include "identity/KbliRegister.h"
#include "storage/Transaction.h"
#include "users/UserRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace loket {

const QStringList& CaseImporter::columns()
{
    static const QStringList list{
        QStringLiteral("registration_number"), QStringLiteral("kbli"),           QStringLiteral("service_name"),
        QStringLiteral("received_date"),       QStringLiteral("applicant_name"), QStringLiteral("applicant_nik"),
        QStringLiteral("applicant_phone"),     QStringLiteral("applicant_email"), QStringLiteral("applicant_address"),
        QStringLiteral("representative_name"), QStringLiteral("representative_nik"), QStringLiteral("business_name"),
        QStringLiteral("business_nib"),        QStringLiteral("business_npwp"),  QStringLiteral("business_kbli"),
        QStringLiteral("business_capital"),    QStringLiteral("business_in_estate"), QStringLiteral("business_siinas"),
        QStringLiteral("business_address"),    QStringLiteral("missing"),        QStringLiteral("stage"),
        QStringLiteral("officer"),             QStringLiteral("nib_number"),     QStringLiteral("permit_number"),
        QStringLiteral("signed_date"),         QStringLiteral("handed_over_date"), QStringLiteral("reason"),
        QStringLiteral("note")};
    return list;
}

const QHash<QString, QString>& CaseImporter::aliases()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("nomor_registrasi"), QStringLiteral("registration_number")},
        {QStringLiteral("layanan"), QStringLiteral("service_name")},
        {QStringLiteral("tanggal_diterima"), QStringLiteral("received_date")},
        {QStringLiteral("nama_pemohon"), QStringLiteral("applicant_name")},
        {QStringLiteral("nik_pemohon"), QStringLiteral("applicant_nik")},
        {QStringLiteral("telepon"), QStringLiteral("applicant_phone")},
        {QStringLiteral("email"), QStringLiteral("applicant_email")},
        {QStringLiteral("alamat_pemohon"), QStringLiteral("applicant_address")},
        {QStringLiteral("nama_kuasa"), QStringLiteral("representative_name")},
        {QStringLiteral("nik_kuasa"), QStringLiteral("representative_nik")},
        {QStringLiteral("nama_usaha"), QStringLiteral("business_name")},
        {QStringLiteral("nib_usaha"), QStringLiteral("business_nib")},
        {QStringLiteral("npwp"), QStringLiteral("business_npwp")},
        {QStringLiteral("kbli_usaha"), QStringLiteral("business_kbli")},
        {QStringLiteral("modal"), QStringLiteral("business_capital")},
        {QStringLiteral("kawasan_industri"), QStringLiteral("business_in_estate")},
        {QStringLiteral("akun_siinas"), QStringLiteral("business_siinas")},
        {QStringLiteral("alamat_usaha"), QStringLiteral("business_address")},
        {QStringLiteral("persyaratan_kurang"), QStringLiteral("missing")},
        {QStringLiteral("tahap"), QStringLiteral("stage")},
        {QStringLiteral("petugas"), QStringLiteral("officer")},
        {QStringLiteral("nomor_nib"), QStringLiteral("nib_number")},
        {QStringLiteral("nomor_izin"), QStringLiteral("permit_number")},
        {QStringLiteral("tanggal_ttd"), QStringLiteral("signed_date")},
        {QStringLiteral("tanggal_serah"), QStringLiteral("handed_over_date")},
        {QStringLiteral("alasan"), QStringLiteral("reason")},
        {QStringLiteral("catatan"), QStringLiteral("note")},
    };
    return map;
}

const QStringList& CaseImporter::requiredColumns()
{
    static const QStringList list{QStringLiteral("kbli"),           QStringLiteral("received_date"),
                                  QStringLiteral("applicant_name"), QStringLiteral("applicant_nik"),
                                  QStringLiteral("applicant_phone"), QStringLiteral("business_name"),
                                  QStringLiteral("business_capital")};
    return list;
}

CaseImportSummary CaseImporter::importFile(const Context& ctx, const QString& path, const QString& encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::invalid(tr("Cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("file"));
    return importCsv(ctx, TextDecoding::toUtf8(file.readAll(), encoding), QFileInfo(path).fileName());
}

CaseImportSummary CaseImporter::importCsv(const Context& ctx, const QByteArray& data, const QString& sourceName)
{
    ctx.require(Permission::RegisterCase);
    CaseImportSummary summary;
    QList<CsvRecord> records;
    int unclosedLine = 0;
    if (!CsvReader::tryParse(data, &records, &unclosedLine)) {
        summary.problems.append({unclosedLine, {}, tr("A quoted field that starts here is never closed.")});
        return summary;
    }
    if (records.isEmpty()) {
        summary.problems.append({1, {}, tr("The file is empty: the first line must name the columns.")});
        return summary;
    }

    CaseImportRow::Columns columns;
    const CsvRecord& header = records.first();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString given = header.fields.at(i).trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
        const QString name = aliases().value(given, given);
        if (name.isEmpty())
            continue;
        if (!CaseImporter::columns().contains(name))
            summary.problems.append({1, name, tr("Unknown column \"%1\"; see docs/CSV-IMPORT.md.").arg(name)});
        else if (columns.contains(name))
            summary.problems.append({1, name, tr("Column \"%1\" appears twice.").arg(name)});
        columns.insert(name, i);
    }
    for (const QString& name : requiredColumns())
        if (!columns.contains(name))
            summary.problems.append({1, name, tr("The required column \"%1\" is missing.").arg(name)});
    if (!summary.problems.isEmpty())
        return summary;

    // Read and check every row before writing anything, in the transaction that then writes them:
    // nothing can change between the check and the write, and the page cache stays warm.
    const LargeCache cache(ctx.db());
    Transaction tx(ctx.db());
    const CatalogRepository catalog(ctx.database());
    CaseWriter writer(ctx, false);
    CaseImportRow::Context rowCtx;
    rowCtx.today = ctx.clock().today();
    rowCtx.defaultOfficer = ctx.actor().username;
    rowCtx.catalog = &catalog;
    rowCtx.applicants = &writer.applicants();
    rowCtx.businesses = &writer.businesses();
    rowCtx.cases = &writer.cases();
    const KbliRegister kbli(ctx.database());
    rowCtx.kbli = &kbli;
    // Issue 14: numbers in the office's format, officers that are users.
    rowCtx.numberFormat = writer.numbers().matcher();
    rowCtx.numberExample = writer.numbers().formatWith(QStringLiteral("71205"), rowCtx.today, 1);
    QSet<QString> users;
    for (const UserRecord& u : UserRepository(ctx.db()).all())
        users.insert(u.username);
    rowCtx.knownUsers = &users;
    QList<CaseImportRow> rows;
    rows.reserve(records.size() - 1);
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord& r = records.at(i);
        if (r.fields.size() > header.fields.size()) {
            summary.problems.append({r.line, {}, tr("The row has %1 fields but the header names %2 columns; a text with "
                                                    "a comma or semicolon must be in double quotes.")
                                                     .arg(r.fields.size())
                                                     .arg(header.fields.size())});
            continue;
        }
        rows.append(CaseImportRow::read(r.line, r.fields, columns, rowCtx, summary.problems));
    }
    summary.rows = int(records.size() - 1);
    if (rows.isEmpty())
        summary.problems.append({1, {}, tr("The file has no rows after the header.")});
    if (!summary.problems.isEmpty())
        return summary;

    CalendarService calendarService(ctx.database());
    const auto calendar = calendarService.current();
    QHash<QString, ClockRule> rules;
    const QString actorName = ctx.actor().displayName.isEmpty() ? ctx.actor().username : ctx.actor().displayName;
    const QDate today = ctx.clock().today();

    // Numbers for rows without one, taken per year in file order.
    QHash<int, qint64> nextSeq;
    for (const CaseImportRow& row : rows)
        if (row.record.registrationNumber.isEmpty())
            nextSeq[row.record.receivedAt.date().year()] += 1;
    for (auto it = nextSeq.begin(); it != nextSeq.end(); ++it)
        it.value() = writer.numbers().reserve(it.key(), it.value());

    writer.setBatched(true);
    QHash<QString, Applicant> applicantsSeen;
    QHash<QString, Business> businessesSeen;
    for (CaseImportRow& row : rows) {
        CaseRecord& c = row.record;
        if (c.registrationNumber.isEmpty()) {
            const QDate day = c.receivedAt.date();
            // The unique index refuses a number someone took by hand; the import then rolls back.
            c.registrationNumber = writer.numbers().formatWith(row.standard->kbli, day, nextSeq[day.year()]++);
        }
        // Parties seen earlier in the file, else what the check found in the database: no lookups here.
        std::optional<Applicant> applicant = applicantsSeen.contains(c.applicant.nik)
                                                 ? std::optional<Applicant>(applicantsSeen.value(c.applicant.nik))
                                                 : row.storedApplicant;
        writer.resolveApplicant(c.applicant, &applicant);
        applicantsSeen.insert(c.applicant.nik, c.applicant);
        if (!c.business.nib.isEmpty()) {
            std::optional<Business> business = businessesSeen.contains(c.business.nib)
                                                   ? std::optional<Business>(businessesSeen.value(c.business.nib))
                                                   : row.storedBusiness;
            writer.resolveBusiness(c.business, &business);
            businessesSeen.insert(c.business.nib, c.business);
        } else {
            const std::optional<Business> none;
            writer.resolveBusiness(c.business, &none);
        }

        c.serviceId = row.standard->serviceId;
        c.standardId = row.standard->id;
        c.kbli = row.standard->kbli;
        c.officerName = c.officer;
        c.stageSince = c.receivedAt;
        if (row.completeDay.isValid()) {
            c.completeAt = c.receivedAt;
            c.clockMarks.append({CaseClocks::markKey(ClockEvent::Type::Start), c.receivedAt, {}});
        }
        const bool closed = c.stage == CaseStage::Issued || c.stage == CaseStage::HandedOver ||
                            c.stage == CaseStage::Rejected || c.stage == CaseStage::Withdrawn;
        if (closed && !c.clockMarks.isEmpty()) {
            const QDate stop = c.signedDate.isValid() ? c.signedDate : c.receivedAt.date();
            c.clockMarks.append({CaseClocks::markKey(ClockEvent::Type::Stop), QDateTime(stop, QTime(12, 0), Clock::zone()), {}});
        }
        if (!rules.contains(c.standardId))
            rules.insert(c.standardId, CaseClocks::rule(calendarService, *row.standard));
        CaseClocks::cache(*calendar, rules.value(c.standardId), c, today, CaseClocks::stageBudgets(*row.standard));
        QString note = tr("Imported from %1, line %2").arg(sourceName).arg(row.line);
        if (!row.note.isEmpty())
            note += QStringLiteral(": ") + row.note;
        writer.insertCase(c, CaseEvent{QStringLiteral("import"), {}, caseStageKey(c.stage), c.receivedAt, actorName, note});
        summary.registered += row.completeDay.isValid() ? 1 : 0;
        summary.returned += row.completeDay.isValid() ? 0 : 1;
        if (summary.firstNumber.isEmpty())
            summary.firstNumber = c.registrationNumber;
        summary.lastNumber = c.registrationNumber;
    }
    writer.flush();
    summary.applicantsCreated = writer.applicantsCreated();
    summary.businessesCreated = writer.businessesCreated();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    AuditLog::append(ctx, QStringLiteral("case.import"), QStringLiteral("case_import"), sha, {},
                     {{QStringLiteral("file"), sourceName},
                      {QStringLiteral("sha256"), sha},
                      {QStringLiteral("rows"), summary.rows},
                      {QStringLiteral("first"), summary.firstNumber},
                      {QStringLiteral("last"), summary.lastNumber},
                      {QStringLiteral("applicants_created"), summary.applicantsCreated},
                      {QStringLiteral("businesses_created"), summary.businessesCreated}});
    tx.commit();
    summary.written = true;
    return summary;
}

} // namespace loket
