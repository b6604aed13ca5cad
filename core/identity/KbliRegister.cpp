#include "KbliRegister.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/CsvReader.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace loket {

KbliRegister::KbliRegister(Database& db) : m_db(db) {}

const KbliCode* KbliRegister::office(const QString& code) const
{
    auto it = m_office.find(code);
    if (it == m_office.end() && !m_loadedAll) {
        SqlQuery q(m_db.handle(), QStringLiteral("SELECT title, category FROM kbli_codes WHERE code = :code"));
        q.bind(QStringLiteral(":code"), code).exec();
        KbliCode c;
        if (q.next())
            c = {code, q.value(0).toString(), q.value(1).toString(), false};
        it = m_office.insert(code, c);
    }
    return it != m_office.end() && !it->code.isEmpty() ? &*it : nullptr;
}

void KbliRegister::loadAll() const
{
    if (m_loadedAll)
        return;
    m_office.clear();
    SqlQuery q(m_db.handle(), QStringLiteral("SELECT code, title, category FROM kbli_codes"));
    q.exec();
    while (q.next())
        m_office.insert(q.value(0).toString(), {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), false});
    m_loadedAll = true;
}

int KbliRegister::officeCount() const
{
    loadAll();
    return int(m_office.size());
}

ValidationResult KbliRegister::validate(const QString& value) const
{
    ValidationResult r = IdentityValidator::validateKbli(value);
    if (r.ok || !r.details.value(QStringLiteral("well_formed")).toBool())
        return r;
    const QString code = r.details.value(QStringLiteral("normalized")).toString();
    const KbliCode* it = office(code);
    if (!it) {
        r.reason = tr("KBLI %1 is not a known KBLI 2020 code. If it is one, the IT admin adds it to the office's list "
                      "(loket-cli kbli import).")
                       .arg(code);
        return r;
    }
    ValidationResult ok = IdentityValidator::validKbli(code, it->title, it->category);
    ok.details.insert(QStringLiteral("source"), QStringLiteral("office"));
    return ok;
}

KbliCode KbliRegister::find(const QString& code) const
{
    const QString title = IdentityValidator::kbliTitle(code);
    if (!title.isEmpty())
        return {code, title, IdentityValidator::kbliCategoryOfDivision(code.left(2)), true};
    const KbliCode* c = office(code);
    return c ? *c : KbliCode{};
}

QList<KbliCode> KbliRegister::list(const QString& search) const
{
    QList<KbliCode> all;
    for (const QString& code : IdentityValidator::kbliCodes())
        all.append(find(code));
    loadAll();
    for (const KbliCode& c : m_office)
        if (IdentityValidator::kbliTitle(c.code).isEmpty())
            all.append(c);
    std::sort(all.begin(), all.end(), [](const KbliCode& a, const KbliCode& b) { return a.code < b.code; });
    const QString needle = search.trimmed();
    if (needle.isEmpty())
        return all;
    QList<KbliCode> hits;
    for (const KbliCode& c : all)
        if (c.code.startsWith(needle) || c.title.contains(needle, Qt::CaseInsensitive))
            hits.append(c);
    return hits;
}

namespace {
struct Row
{
    int line = 0;
    QString code;
    QString title;
    QString category;
};

int column(const QStringList& header, std::initializer_list<const char*> names)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed().toLower();
        for (const char* n : names)
            if (h == QLatin1String(n))
                return i;
    }
    return -1;
}
} // namespace

KbliImportSummary KbliRegister::importCsv(const Context& ctx, const QByteArray& data, const QString& sourceName)
{
    ctx.require(Permission::EditCatalog);
    KbliImportSummary summary;
    QList<CsvRecord> records;
    int unclosed = 0;
    if (!CsvReader::tryParse(data, &records, &unclosed)) {
        summary.problems.append({unclosed, {}, tr("A quoted field that starts here is never closed.")});
        return summary;
    }
    if (records.isEmpty()) {
        summary.problems.append({1, {}, tr("The file is empty: the first line must name the columns code and title.")});
        return summary;
    }
    const QStringList& header = records.first().fields;
    const int codeCol = column(header, {"code", "kode", "kbli", "kode_kbli"});
    const int titleCol = column(header, {"title", "judul", "nama", "uraian"});
    const int categoryCol = column(header, {"category", "kategori"});
    if (codeCol < 0)
        summary.problems.append({1, QStringLiteral("code"), tr("The column \"code\" (or \"kode\") is missing.")});
    if (titleCol < 0)
        summary.problems.append({1, QStringLiteral("title"), tr("The column \"title\" (or \"judul\") is missing.")});
    if (!summary.problems.isEmpty())
        return summary;

    QList<Row> rows;
    QHash<QString, int> seen;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord& rec = records[i];
        ++summary.rows;
        Row row;
        row.line = rec.line;
        row.code = IdentityValidator::normalizeKbli(rec.fields.value(codeCol));
        row.title = rec.fields.value(titleCol).simplified();
        const QString given = categoryCol >= 0 ? rec.fields.value(categoryCol).trimmed().toUpper() : QString();
        const QString raw = rec.fields.value(codeCol).trimmed();
        if (raw.isEmpty() || row.code.size() != 5 || raw.contains(QRegularExpression(QStringLiteral("[^0-9 .]")))) {
            summary.problems.append({row.line, QStringLiteral("code"),
                                     tr("Line %1: \"%2\" is not a KBLI code of 5 digits.").arg(row.line).arg(raw)});
            continue;
        }
        row.category = IdentityValidator::kbliCategoryOfDivision(row.code.left(2));
        if (row.category.isEmpty()) {
            summary.problems.append({row.line, QStringLiteral("code"),
                                     tr("Line %1: KBLI 2020 has no division %2 (code %3).")
                                         .arg(row.line)
                                         .arg(row.code.left(2), row.code)});
            continue;
        }
        if (!given.isEmpty() && given != row.category) {
            summary.problems.append({row.line, QStringLiteral("category"),
                                     tr("Line %1: code %2 belongs to category %3, not %4.")
                                         .arg(row.line)
                                         .arg(row.code, row.category, given)});
            continue;
        }
        if (row.title.isEmpty()) {
            summary.problems.append({row.line, QStringLiteral("title"), tr("Line %1: the title of %2 is empty.").arg(row.line).arg(row.code)});
            continue;
        }
        if (seen.contains(row.code)) {
            summary.problems.append({row.line, QStringLiteral("code"),
                                     tr("Line %1: code %2 is already on line %3.").arg(row.line).arg(row.code).arg(seen.value(row.code))});
            continue;
        }
        seen.insert(row.code, row.line);
        rows.append(row);
    }
    if (summary.rows == 0)
        summary.problems.append({1, {}, tr("The file has no rows after the header.")});
    if (!summary.problems.isEmpty())
        return summary;

    QList<KbliCode> codes;
    for (const Row& row : rows)
        codes.append({row.code, row.title, row.category, false});
    const int rowCount = summary.rows;
    summary = write(ctx, codes, sourceName, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()), false);
    summary.rows = rowCount;
    return summary;
}

KbliImportSummary KbliRegister::merge(const Context& ctx, const QList<KbliCode>& codes, const QString& sourceName,
                                      bool dryRun)
{
    ctx.require(Permission::EditCatalog);
    KbliImportSummary summary;
    QList<KbliCode> checked;
    QSet<QString> seen;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int line = int(i + 1);
        KbliCode c = codes[i];
        c.code = IdentityValidator::normalizeKbli(c.code);
        c.title = c.title.simplified();
        c.category = IdentityValidator::kbliCategoryOfDivision(c.code.left(2));
        if (c.code.size() != 5 || c.category.isEmpty())
            summary.problems.append({line, QStringLiteral("code"), tr("Line %1: \"%2\" is not a KBLI code of 5 digits.").arg(line).arg(codes[i].code)});
        else if (c.title.isEmpty())
            summary.problems.append({line, QStringLiteral("title"), tr("Line %1: the title of %2 is empty.").arg(line).arg(c.code)});
        else if (!seen.contains(c.code)) {
            seen.insert(c.code);
            checked.append(c);
        }
    }
    summary.rows = int(codes.size());
    if (!summary.problems.isEmpty())
        return summary;
    KbliImportSummary written = write(ctx, checked, sourceName, {}, dryRun);
    written.rows = summary.rows;
    return written;
}

KbliImportSummary KbliRegister::write(const Context& ctx, const QList<KbliCode>& rows, const QString& sourceName,
                                      const QString& sha256, bool dryRun)
{
    KbliImportSummary summary;
    const KbliRegister current(ctx.database());
    const QString now = toStoredTime(ctx.clock().now());
    Transaction tx(ctx.database().handle());
    for (const KbliCode& row : rows) {
        if (!IdentityValidator::kbliTitle(row.code).isEmpty()) {
            ++summary.unchanged; // built in; the built-in title stays
            continue;
        }
        const KbliCode* it = current.office(row.code);
        if (it && it->title == row.title) {
            ++summary.unchanged;
            continue;
        }
        if (dryRun) {
            ++(it ? summary.changed : summary.added);
            continue;
        }
        if (!it) {
            SqlQuery(ctx.database().handle(),
                     QStringLiteral("INSERT INTO kbli_codes (id, code, title, category, created_at, updated_at, "
                                    "workstation) VALUES (:id, :code, :title, :category, :now, :now, :ws)"))
                .bind(QStringLiteral(":id"), newId())
                .bind(QStringLiteral(":code"), row.code)
                .bind(QStringLiteral(":title"), row.title)
                .bind(QStringLiteral(":category"), row.category)
                .bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":ws"), ctx.workstation())
                .exec();
            ++summary.added;
        } else {
            SqlQuery(ctx.database().handle(),
                     QStringLiteral("UPDATE kbli_codes SET title = :title, updated_at = :now, workstation = :ws, "
                                    "row_version = row_version + 1 WHERE code = :code"))
                .bind(QStringLiteral(":title"), row.title)
                .bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":ws"), ctx.workstation())
                .bind(QStringLiteral(":code"), row.code)
                .exec();
            ++summary.changed;
        }
    }
    if (dryRun || summary.added + summary.changed == 0) {
        // Nothing to record: an import that changes nothing leaves no audit entry either.
        summary.written = !dryRun;
        return summary;
    }
    QJsonObject after{{QStringLiteral("source"), sourceName},
                      {QStringLiteral("rows"), int(rows.size())},
                      {QStringLiteral("added"), summary.added},
                      {QStringLiteral("changed"), summary.changed},
                      {QStringLiteral("unchanged"), summary.unchanged}};
    if (!sha256.isEmpty())
        after.insert(QStringLiteral("sha256"), sha256);
    AuditLog::append(ctx, QStringLiteral("kbli.import"), QStringLiteral("kbli_codes"), sourceName, {}, after);
    tx.commit();
    summary.written = true;
    return summary;
}

} // namespace loket
