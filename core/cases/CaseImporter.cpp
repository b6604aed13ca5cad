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
#include "common/Log.h"
#include "common/TextDecoding.h"
#include "identity/IdentityValidator.h"
#include "identity/KbliRegister.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/WriteBehind.h"
#include "users/UserRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace loket {

const QStringList& CaseImporter::columns()
{
    static const QStringList list{QStringLiteral("registration_number"),
                                  QStringLiteral("kbli"),
                                  QStringLiteral("service_name"),
                                  QStringLiteral("received_date"),
                                  QStringLiteral("applicant_name"),
                                  QStringLiteral("applicant_nik"),
                                  QStringLiteral("applicant_phone"),
                                  QStringLiteral("applicant_email"),
                                  QStringLiteral("applicant_address"),
                                  QStringLiteral("representative_name"),
                                  QStringLiteral("representative_nik"),
                                  QStringLiteral("business_name"),
                                  QStringLiteral("business_nib"),
                                  QStringLiteral("business_npwp"),
                                  QStringLiteral("business_kbli"),
                                  QStringLiteral("business_capital"),
                                  QStringLiteral("business_in_estate"),
                                  QStringLiteral("business_siinas"),
                                  QStringLiteral("business_address"),
                                  QStringLiteral("missing"),
                                  QStringLiteral("stage"),
                                  QStringLiteral("officer"),
                                  QStringLiteral("nib_number"),
                                  QStringLiteral("permit_number"),
                                  QStringLiteral("signed_date"),
                                  QStringLiteral("handed_over_date"),
                                  QStringLiteral("reason"),
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
    static const QStringList list{QStringLiteral("kbli"),
                                  QStringLiteral("received_date"),
                                  QStringLiteral("applicant_name"),
                                  QStringLiteral("applicant_nik"),
                                  QStringLiteral("applicant_phone"),
                                  QStringLiteral("business_name"),
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

namespace {
// Rows are read, checked and written this many at a time, so the memory an import takes does not
// grow with the file (a 100,000-row file had been held whole, three times over).
constexpr int kBatchRows = 1000;
// Page cache while importing: enough for the index pages a batch touches at a million cases.
// 128 MB wrote no faster and, with the rows waiting for the writer thread, broke 300 MB.
constexpr int kImportCacheMb = 96;

// What the checks read, through a connection of the import's own: the database as it was before
// the import (the import's rows are uncommitted, and the rows of the file the checks know), so
// they never wait for the rows being written.
class CheckReader
{
public:
    // Null when there can be none (a database in memory): the checks then take turns (WriteBehind).
    // The import's transaction cannot nest in one of the caller's, so another connection sees
    // everything committed before it.
    static std::unique_ptr<CheckReader> open(const Context& ctx)
    {
        const QString path = ctx.database().path();
        if (path.isEmpty() || path.startsWith(QLatin1Char(':')))
            return nullptr;
        auto db = std::make_unique<Database>();
        try {
            Database::OpenOptions options;
            options.create = false;
            options.migrate = false;
            db->open(path, options);
        } catch (const Error& e) {
            qCWarning(lcStorage) << "import: checks share the writer's connection:" << e.message() << e.detail();
            return nullptr;
        }
        return std::unique_ptr<CheckReader>(new CheckReader(std::move(db)));
    }
    void serve(CaseImportRow::Context& rowCtx) const
    {
        rowCtx.catalog = &m_catalog;
        rowCtx.applicants = &m_applicants;
        rowCtx.businesses = &m_businesses;
        rowCtx.cases = &m_cases;
    }

private:
    explicit CheckReader(std::unique_ptr<Database> db)
        : m_db(std::move(db)), m_catalog(*m_db), m_applicants(m_db->handle()), m_businesses(m_db->handle()),
          m_cases(m_db->handle())
    {}
    std::unique_ptr<Database> m_db; // first: the repositories' statements are finalised before it closes
    CatalogRepository m_catalog;
    ApplicantRepository m_applicants;
    BusinessRepository m_businesses;
    CaseRepository m_cases;
};

// One import in the transaction that checks and writes it. Batches are written as they are
// checked while every row so far is good; after the first bad row the rest is only checked, so
// every bad row is reported, and the transaction is rolled back: nothing is half-written.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(loket::CaseImporter)
public:
    ImportRun(const Context& ctx, CaseImportRow::Columns columns, qsizetype headerFields, const QString& sourceName,
              CaseImportSummary& summary);

    void add(const CsvRecord& record);
    void endOfFile();
    void commit(const QByteArray& data);

private:
    void checkAndWrite();
    void number(QList<CaseImportRow>& rows);
    void write(CaseImportRow& row);
    void readBackWritten(const QList<CaseImportRow>& rows);
    void resolveParties(CaseImportRow& row);

    const Context& m_ctx;
    CaseImportRow::Columns m_columns;
    qsizetype m_headerFields;
    QString m_sourceName;
    QString m_actorName;
    CaseImportSummary& m_summary;
    std::unique_ptr<CheckReader> m_reader; // before the transaction, which it must not see
    LargeCache m_cache;                    // before the transaction: SQLite refuses temp_store changes inside one
    Transaction m_tx;
    CatalogRepository m_catalog;
    KbliRegister m_kbli;
    CaseWriter m_writer;
    CaseImportRow::Context m_rowCtx;
    std::shared_ptr<const WorkingCalendar> m_calendar;
    QHash<QString, ClockRule> m_rules;
    // Parties written by this batch, and the NIKs and NIBs of earlier batches (in the database).
    QHash<QString, Applicant> m_applicantsSeen;
    QHash<QString, Business> m_businessesSeen;
    QSet<QString> m_niksWritten;
    QSet<QString> m_nibsWritten;
    // Those of them this batch names again, read back (by normalised NIK and NIB).
    QHash<QString, Applicant> m_writtenApplicants;
    QHash<QString, Business> m_writtenBusinesses;
    QList<CsvRecord> m_batch;
    QSet<QString> m_knownUsers;
    // Last, so it stops before the writer's statements are finalised and the transaction rolls back.
    std::unique_ptr<WriteBehind> m_writeBehind;
};

ImportRun::ImportRun(const Context& ctx, CaseImportRow::Columns columns, qsizetype headerFields,
                     const QString& sourceName, CaseImportSummary& summary)
    : m_ctx(ctx), m_columns(std::move(columns)), m_headerFields(headerFields), m_sourceName(sourceName),
      m_actorName(ctx.actor().displayName.isEmpty() ? ctx.actor().username : ctx.actor().displayName),
      m_summary(summary), m_reader(CheckReader::open(ctx)), m_cache(ctx.db(), kImportCacheMb), m_tx(ctx.db()),
      m_catalog(ctx.database()), m_kbli(ctx.database()), m_writer(ctx, false)
{
    m_rowCtx.today = ctx.clock().today();
    m_rowCtx.defaultOfficer = ctx.actor().username;
    m_rowCtx.catalog = &m_catalog;
    m_rowCtx.applicants = &m_writer.applicants();
    m_rowCtx.businesses = &m_writer.businesses();
    m_rowCtx.cases = &m_writer.cases();
    m_rowCtx.kbli = &m_kbli;
    if (m_reader)
        m_reader->serve(m_rowCtx);
    // Issue 14: numbers in the office's format, officers that are users.
    m_rowCtx.numberFormat = m_writer.numbers().matcher();
    m_rowCtx.numberExample = m_writer.numbers().formatWith(QStringLiteral("71205"), m_rowCtx.today, 1);
    for (const UserRecord& u : UserRepository(ctx.db()).all())
        m_knownUsers.insert(u.username);
    m_rowCtx.knownUsers = &m_knownUsers;
    m_calendar = CalendarService::current(m_ctx.database());
    m_kbli.loadAll();
    m_writer.setBatched(true);
    m_batch.reserve(kBatchRows);
    // SQLite writes each batch on a thread of its own while the next batch is read and checked.
    m_writeBehind = std::make_unique<WriteBehind>(ctx.db());
    m_writer.setWriteBehind(m_writeBehind.get());
}

void ImportRun::add(const CsvRecord& record)
{
    m_batch.append(record);
    if (m_batch.size() >= kBatchRows)
        checkAndWrite();
}

void ImportRun::endOfFile()
{
    checkAndWrite();
    if (!m_summary.problems.isEmpty())
        m_writeBehind->drain(); // a write the database refused is said as such, as before the rows' problems
    if (m_summary.rows == 0)
        m_summary.problems.append({1, {}, tr("The file has no rows after the header.")});
}

// Checks the rows of the batch against each other, the rows before them and the database (the
// rows written so far are in it), and writes them while no row of the file has been bad.
void ImportRun::checkAndWrite()
{
    QList<CaseImportRow> rows;
    rows.reserve(m_batch.size());
    QList<QStringList> fields;
    fields.reserve(m_batch.size());
    for (const CsvRecord& r : std::as_const(m_batch))
        fields << r.fields;
    {
        std::optional<WriteBehind::Turn> turn; // the checks' own connection needs none
        if (!m_reader)
            turn.emplace(*m_writeBehind);
        CaseImportRow::prefetch(fields, m_columns, m_rowCtx);
    }
    for (const CsvRecord& r : std::as_const(m_batch)) {
        if (r.fields.size() > m_headerFields) {
            m_summary.problems.append({r.line,
                                       {},
                                       tr("The row has %1 fields but the header names %2 columns; a text "
                                          "with a comma or semicolon must be in double quotes.")
                                           .arg(r.fields.size())
                                           .arg(m_headerFields)});
            continue;
        }
        rows.append(CaseImportRow::read(r.line, r.fields, m_columns, m_rowCtx, m_summary.problems));
    }
    m_summary.rows += int(m_batch.size());
    m_batch.clear();
    if (!m_summary.problems.isEmpty())
        return;
    number(rows);
    // The batch's people and businesses first, in statements of a thousand rows: each statement
    // also writes their names to the name search (FTS5), which flushes its index once per
    // statement. Then the cases, which point to them.
    readBackWritten(rows);
    for (CaseImportRow& row : rows)
        resolveParties(row);
    m_writer.handOver();
    for (CaseImportRow& row : rows)
        write(row);
    // The batch's parties go to the database; later rows with their NIK or NIB read them there,
    // once everything handed over is written.
    m_writer.handOver();
    for (auto it = m_applicantsSeen.cbegin(); it != m_applicantsSeen.cend(); ++it)
        m_niksWritten.insert(it.key());
    for (auto it = m_businessesSeen.cbegin(); it != m_businessesSeen.cend(); ++it)
        m_nibsWritten.insert(it.key());
    m_applicantsSeen.clear();
    m_businessesSeen.clear();
}

// Numbers for rows without one, taken per year in file order: each batch reserves what it uses,
// so the numbers follow on from the batch before.
void ImportRun::number(QList<CaseImportRow>& rows)
{
    QHash<int, qint64> nextSeq;
    for (const CaseImportRow& row : std::as_const(rows))
        if (row.record.registrationNumber.isEmpty())
            nextSeq[row.record.receivedAt.date().year()] += 1;
    {
        const WriteBehind::Turn turn(*m_writeBehind);
        for (auto it = nextSeq.begin(); it != nextSeq.end(); ++it)
            it.value() = m_writer.numbers().reserve(it.key(), it.value());
    }
    for (CaseImportRow& row : rows) {
        CaseRecord& c = row.record;
        if (!c.registrationNumber.isEmpty())
            continue;
        const QDate day = c.receivedAt.date();
        // The unique index refuses a number someone took by hand; the import then rolls back.
        c.registrationNumber = m_writer.numbers().formatWith(row.standard->kbli, day, nextSeq[day.year()]++);
        // A later row naming it is then "already registered", whether or not it is written yet.
        m_rowCtx.numbersGiven.insert(c.registrationNumber);
    }
}

template <typename Party> std::optional<Party> written(const QHash<QString, Party>& readBack, const QString& key)
{
    const auto it = readBack.constFind(key);
    return it != readBack.cend() ? std::optional<Party>(it.value()) : std::nullopt;
}

// The people and businesses of earlier batches this batch names again, read back in one query
// each once the writer has written them: one wait for the writer per batch, not one per row.
void ImportRun::readBackWritten(const QList<CaseImportRow>& rows)
{
    QStringList niks;
    QStringList nibs;
    for (const CaseImportRow& row : rows) {
        if (m_niksWritten.contains(row.record.applicant.nik))
            niks << row.record.applicant.nik;
        if (!row.record.business.nib.isEmpty() && m_nibsWritten.contains(row.record.business.nib))
            nibs << row.record.business.nib;
    }
    m_writtenApplicants.clear();
    m_writtenBusinesses.clear();
    if (niks.isEmpty() && nibs.isEmpty())
        return;
    m_writer.flush();
    m_writtenApplicants = m_writer.applicants().byNiks(niks);
    m_writtenBusinesses = m_writer.businesses().byNibs(nibs);
}

// Parties seen earlier in the batch, else written by an earlier batch, else what the check found
// in the database (the check looks up a NIK or NIB the first time the file names it).
void ImportRun::resolveParties(CaseImportRow& row)
{
    CaseRecord& c = row.record;
    std::optional<Applicant> applicant = row.storedApplicant;
    if (const auto it = m_applicantsSeen.constFind(c.applicant.nik); it != m_applicantsSeen.cend())
        applicant = it.value();
    else if (m_niksWritten.contains(c.applicant.nik))
        applicant = written(m_writtenApplicants, IdentityValidator::normalizeNik(c.applicant.nik));
    m_writer.resolveApplicant(c.applicant, &applicant);
    m_applicantsSeen.insert(c.applicant.nik, c.applicant);
    if (c.business.nib.isEmpty()) {
        const std::optional<Business> none;
        m_writer.resolveBusiness(c.business, &none);
        return;
    }
    std::optional<Business> business = row.storedBusiness;
    if (const auto it = m_businessesSeen.constFind(c.business.nib); it != m_businessesSeen.cend())
        business = it.value();
    else if (m_nibsWritten.contains(c.business.nib))
        business = written(m_writtenBusinesses, IdentityValidator::normalizeNib(c.business.nib));
    m_writer.resolveBusiness(c.business, &business);
    m_businessesSeen.insert(c.business.nib, c.business);
}

void ImportRun::write(CaseImportRow& row)
{
    CaseRecord& c = row.record;
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
        c.clockMarks.append(
            {CaseClocks::markKey(ClockEvent::Type::Stop), QDateTime(stop, QTime(12, 0), Clock::zone()), {}});
    }
    if (!m_rules.contains(c.standardId)) {
        const WriteBehind::Turn turn(*m_writeBehind);
        m_rules.insert(c.standardId, CaseClocks::rule(m_ctx.database(), *row.standard));
    }
    CaseClocks::cache(*m_calendar, m_rules.value(c.standardId), c, m_ctx.clock().today(),
                      CaseClocks::stageBudgets(*row.standard));
    QString note = tr("Imported from %1, line %2").arg(m_sourceName).arg(row.line);
    if (!row.note.isEmpty())
        note += QStringLiteral(": ") + row.note;
    m_writer.insertCase(
        c, CaseEvent{QStringLiteral("import"), {}, caseStageKey(c.stage), c.receivedAt, m_actorName, note});
    m_summary.registered += row.completeDay.isValid() ? 1 : 0;
    m_summary.returned += row.completeDay.isValid() ? 0 : 1;
    if (m_summary.firstNumber.isEmpty())
        m_summary.firstNumber = c.registrationNumber;
    m_summary.lastNumber = c.registrationNumber;
}

void ImportRun::commit(const QByteArray& data)
{
    QElapsedTimer timer;
    timer.start();
    m_writer.flush();
    const qint64 drainMs = timer.restart();
    m_summary.applicantsCreated = m_writer.applicantsCreated();
    m_summary.businessesCreated = m_writer.businessesCreated();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    AuditLog::append(m_ctx, QStringLiteral("case.import"), QStringLiteral("case_import"), sha, {},
                     {{QStringLiteral("file"), m_sourceName},
                      {QStringLiteral("sha256"), sha},
                      {QStringLiteral("rows"), m_summary.rows},
                      {QStringLiteral("first"), m_summary.firstNumber},
                      {QStringLiteral("last"), m_summary.lastNumber},
                      {QStringLiteral("applicants_created"), m_summary.applicantsCreated},
                      {QStringLiteral("businesses_created"), m_summary.businessesCreated}});
    m_tx.commit();
    m_summary.written = true;
    qCDebug(lcStorage) << "import: the last rows written in" << drainMs << "ms, committed in" << timer.elapsed()
                       << "ms";
}

// The header's columns by name (Indonesian names accepted); problems name line 1.
CaseImportRow::Columns readHeader(const CsvRecord& header, QList<CaseImportProblem>& problems)
{
    CaseImportRow::Columns columns;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString given = header.fields.at(i).trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
        const QString name = CaseImporter::aliases().value(given, given);
        if (name.isEmpty())
            continue;
        if (!CaseImporter::columns().contains(name))
            problems.append({1, name, CaseImporter::tr("Unknown column \"%1\"; see docs/CSV-IMPORT.md.").arg(name)});
        else if (columns.contains(name))
            problems.append({1, name, CaseImporter::tr("Column \"%1\" appears twice.").arg(name)});
        columns.insert(name, i);
    }
    for (const QString& name : CaseImporter::requiredColumns())
        if (!columns.contains(name))
            problems.append({1, name, CaseImporter::tr("The required column \"%1\" is missing.").arg(name)});
    return columns;
}

// What a refused file reports: how many rows it has and what is wrong, nothing written.
CaseImportSummary refused(int rows, QList<CaseImportProblem> problems)
{
    CaseImportSummary summary;
    summary.rows = rows;
    summary.problems = std::move(problems);
    return summary;
}
} // namespace

CaseImportSummary CaseImporter::importCsv(const Context& ctx, const QByteArray& data, const QString& sourceName)
{
    ctx.require(Permission::RegisterCase);
    CaseImportSummary summary;
    CsvStream csv(data);
    CsvRecord header;
    if (!csv.next(&header)) {
        if (csv.unclosedQuoteLine() > 0)
            return refused(0, {{csv.unclosedQuoteLine(), {}, tr("A quoted field that starts here is never closed.")}});
        return refused(0, {{1, {}, tr("The file is empty: the first line must name the columns.")}});
    }
    CaseImportRow::Columns columns = readHeader(header, summary.problems);
    CsvRecord record;
    if (!summary.problems.isEmpty()) {
        while (csv.next(&record)) {
        } // a quote left open anywhere is what the file is refused for
        if (csv.unclosedQuoteLine() > 0)
            return refused(0, {{csv.unclosedQuoteLine(), {}, tr("A quoted field that starts here is never closed.")}});
        return summary;
    }
    ImportRun run(ctx, std::move(columns), header.fields.size(), sourceName, summary);
    while (csv.next(&record))
        run.add(record);
    if (csv.unclosedQuoteLine() > 0) // the rest of the file is one open field: nothing is checked
        return refused(0, {{csv.unclosedQuoteLine(), {}, tr("A quoted field that starts here is never closed.")}});
    run.endOfFile();
    if (!summary.problems.isEmpty())
        return refused(summary.rows, summary.problems); // `run` rolls back what it wrote
    run.commit(data);
    return summary;
}

} // namespace loket
