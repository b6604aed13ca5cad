#include "BusinessRepository.h"

#include "OrderedId.h"
#include "PartyLookup.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "identity/IdentityValidator.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace loket {

namespace {
// An import writes a batch's businesses in one statement: every statement also flushes the name
// search's index (FTS5), so fewer, larger statements write it faster.
constexpr int kRowsPerStatement = 1000;
const char* kColumns = "b.id, b.name, b.nib, b.npwp, b.kbli_codes, b.scale, b.capital, b.in_industrial_estate, "
                       "b.siinas_account, b.address, b.row_version";

template <typename Q> Business readRow(Q& q)
{
    Business b;
    b.id = q.value(0).toString();
    b.name = q.value(1).toString();
    b.nib = q.value(2).toString();
    b.npwp = q.value(3).toString();
    b.kbliCodes = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    BusinessScaleRules::fromKey(q.value(5).toString(), &b.scale);
    b.capital = q.value(6).toLongLong();
    b.inIndustrialEstate = q.value(7).toInt() != 0;
    b.siinasAccount = q.value(8).toString();
    b.address = q.value(9).toString();
    b.rowVersion = q.value(10).toInt();
    return b;
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

std::optional<Business> BusinessRepository::byId(const QString& id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM businesses b WHERE b.id = :id").arg(QLatin1String(kColumns)));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<Business> BusinessRepository::byNib(const QString& nib) const
{
    const QString digits = IdentityValidator::normalizeNib(nib);
    if (digits.isEmpty())
        return std::nullopt;
    if (!m_byNib)
        m_byNib = std::make_unique<ReusableQuery>(
            m_db, QStringLiteral("SELECT %1 FROM businesses b WHERE b.nib = :nib ORDER BY b.created_at, b.id LIMIT 1")
                      .arg(QLatin1String(kColumns)));
    m_byNib->bind(QStringLiteral(":nib"), digits);
    return PartyLookup::first(*m_byNib, [](ReusableQuery& q) { return readRow(q); });
}

QHash<QString, Business> BusinessRepository::byNibs(const QStringList& nibs) const
{
    QJsonArray keys;
    for (const QString& k : nibs)
        if (const QString digits = IdentityValidator::normalizeNib(k); !digits.isEmpty())
            keys.append(digits);
    QHash<QString, Business> out;
    if (keys.isEmpty())
        return out;
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM businesses b WHERE b.nib IN (SELECT value FROM json_each(:keys)) "
                                    "ORDER BY b.nib, b.created_at, b.id")
                         .arg(QLatin1String(kColumns)));
    q.bind(QStringLiteral(":keys"), QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact))).exec();
    while (q.next()) {
        const Business row = readRow(q);
        if (!out.contains(row.nib))
            out.insert(row.nib, row); // the first, as byNib orders them
    }
    return out;
}

QList<Business> BusinessRepository::find(const QString& text, int limit) const
{
    return PartyLookup::find<Business>(
        m_db, text, limit,
        QStringLiteral("SELECT %1 FROM businesses b WHERE b.nib >= :lo AND b.nib < :hi ORDER BY b.nib LIMIT :limit")
            .arg(QLatin1String(kColumns)),
        QStringLiteral("SELECT %1 FROM business_names f JOIN businesses b ON b.id = f.ref_id WHERE "
                       "business_names MATCH :q ORDER BY b.name LIMIT :limit")
            .arg(QLatin1String(kColumns)),
        [](SqlQuery& q) { return readRow(q); });
}

void BusinessRepository::insert(Business& b, const QString& now, const QString& workstation)
{
    if (!m_insert)
        m_insert = std::make_unique<BatchInsert>(
            m_db,
            QStringLiteral(
                "INSERT INTO businesses (id, name, nib, npwp, kbli_codes, scale, capital, in_industrial_estate, "
                "siinas_account, address, created_at, updated_at, workstation, row_version) VALUES"),
            QStringLiteral("(:id, :name, :nib, COALESCE(:npwp, ''), COALESCE(:kbli, ''), :scale, :capital, :estate, "
                           "COALESCE(:siinas, ''), COALESCE(:address, ''), :now, :now, :ws, 1)"),
            QStringList{QStringLiteral(":id"), QStringLiteral(":name"), QStringLiteral(":nib"), QStringLiteral(":npwp"),
                        QStringLiteral(":kbli"), QStringLiteral(":scale"), QStringLiteral(":capital"),
                        QStringLiteral(":estate"), QStringLiteral(":siinas"), QStringLiteral(":address"),
                        QStringLiteral(":now"), QStringLiteral(":ws")},
            kRowsPerStatement);
    b.id = OrderedId::next();
    b.rowVersion = 1;
    m_insert->add({b.id, b.name, nullable(b.nib), b.npwp, b.kbliCodes.join(QLatin1Char(',')),
                   BusinessScaleRules::key(b.scale), b.capital, b.inIndustrialEstate ? 1 : 0, b.siinasAccount,
                   b.address, now, workstation});
    if (!m_batched)
        m_insert->flush();
}

void BusinessRepository::takeQueued(QList<WriteBehind::Job>& into)
{
    if (m_insert && m_insert->pending() > 0)
        into.append({m_insert.get(), m_insert->take()});
}

void BusinessRepository::flush()
{
    if (m_insert)
        m_insert->flush();
}

void BusinessRepository::update(Business& b, const QString& now, const QString& workstation)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE businesses SET name = :name, nib = :nib, npwp = COALESCE(:npwp, ''), "
                                    "kbli_codes = COALESCE(:kbli, ''), "
                                    "scale = :scale, capital = :capital, in_industrial_estate = :estate, "
                                    "siinas_account = COALESCE(:siinas, ''), address = COALESCE(:address, ''), "
                                    "updated_at = :now, workstation = "
                                    ":ws, row_version = row_version + 1 WHERE id = :id AND row_version = :version"));
    q.bind(QStringLiteral(":name"), b.name)
        .bind(QStringLiteral(":nib"), nullable(b.nib))
        .bind(QStringLiteral(":npwp"), b.npwp)
        .bind(QStringLiteral(":kbli"), b.kbliCodes.join(QLatin1Char(',')))
        .bind(QStringLiteral(":scale"), BusinessScaleRules::key(b.scale))
        .bind(QStringLiteral(":capital"), b.capital)
        .bind(QStringLiteral(":estate"), b.inIndustrialEstate ? 1 : 0)
        .bind(QStringLiteral(":siinas"), b.siinasAccount)
        .bind(QStringLiteral(":address"), b.address)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":ws"), workstation)
        .bind(QStringLiteral(":id"), b.id)
        .bind(QStringLiteral(":version"), b.rowVersion)
        .exec();
    if (q.numRowsAffected() != 1)
        throw Error::conflict(QCoreApplication::translate("loket::BusinessRepository",
                                                          "The business %1 was changed by someone else; open it again.")
                                  .arg(b.name));
    ++b.rowVersion;
}

QJsonObject BusinessRepository::toJson(const Business& b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("name"), b.name},
            {QStringLiteral("nib"), b.nib},
            {QStringLiteral("npwp"), b.npwp},
            {QStringLiteral("kbli_codes"), QJsonArray::fromStringList(b.kbliCodes)},
            {QStringLiteral("scale"), BusinessScaleRules::key(b.scale)},
            {QStringLiteral("capital"), double(b.capital)},
            {QStringLiteral("in_industrial_estate"), b.inIndustrialEstate},
            {QStringLiteral("siinas_account"), b.siinasAccount},
            {QStringLiteral("address"), b.address}};
}

} // namespace loket
