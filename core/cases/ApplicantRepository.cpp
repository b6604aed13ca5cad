#include "ApplicantRepository.h"

#include "OrderedId.h"
#include "PartyLookup.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "identity/IdentityValidator.h"
#include "storage/BatchInsert.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace loket {

namespace {
// An import writes a batch's people in one statement: every statement also flushes the name
// search's index (FTS5), so fewer, larger statements write it faster.
constexpr int kRowsPerStatement = 1000;
const char* kColumns = "id, name, nik, phone, email, address, row_version";

Applicant read(const QVariant& id, const QVariant& name, const QVariant& nik, const QVariant& phone,
               const QVariant& email, const QVariant& address, const QVariant& version)
{
    Applicant a;
    a.id = id.toString();
    a.name = name.toString();
    a.nik = nik.toString();
    a.phone = phone.toString();
    a.email = email.toString();
    a.address = address.toString();
    a.rowVersion = version.toInt();
    return a;
}

template <typename Q> Applicant readRow(Q& q)
{
    return read(q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5), q.value(6));
}
} // namespace

std::optional<Applicant> ApplicantRepository::byId(const QString& id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM applicants WHERE id = :id").arg(QLatin1String(kColumns)));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<Applicant> ApplicantRepository::byNik(const QString& nik) const
{
    if (!m_byNik)
        m_byNik = std::make_unique<ReusableQuery>(
            m_db, QStringLiteral("SELECT %1 FROM applicants WHERE nik = :nik ORDER BY created_at, id LIMIT 1")
                      .arg(QLatin1String(kColumns)));
    m_byNik->bind(QStringLiteral(":nik"), IdentityValidator::normalizeNik(nik));
    return PartyLookup::first(*m_byNik, [](ReusableQuery& q) { return readRow(q); });
}

QHash<QString, Applicant> ApplicantRepository::byNiks(const QStringList& niks) const
{
    QJsonArray keys;
    for (const QString& k : niks)
        if (const QString digits = IdentityValidator::normalizeNik(k); !digits.isEmpty())
            keys.append(digits);
    QHash<QString, Applicant> out;
    if (keys.isEmpty())
        return out;
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM applicants WHERE nik IN (SELECT value FROM json_each(:keys)) "
                                    "ORDER BY nik, created_at, id")
                         .arg(QLatin1String(kColumns)));
    q.bind(QStringLiteral(":keys"), QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact))).exec();
    while (q.next()) {
        const Applicant row = readRow(q);
        if (!out.contains(row.nik))
            out.insert(row.nik, row); // the first, as byNik orders them
    }
    return out;
}

QList<Applicant> ApplicantRepository::find(const QString& text, int limit) const
{
    return PartyLookup::find<Applicant>(
        m_db, text, limit,
        QStringLiteral("SELECT %1 FROM applicants WHERE nik >= :lo AND nik < :hi ORDER BY nik LIMIT :limit")
            .arg(QLatin1String(kColumns)),
        QStringLiteral("SELECT a.id, a.name, a.nik, a.phone, a.email, a.address, a.row_version FROM "
                       "applicant_names f JOIN applicants a ON a.id = f.ref_id WHERE applicant_names "
                       "MATCH :q ORDER BY a.name LIMIT :limit"),
        [](SqlQuery& q) { return readRow(q); });
}

void ApplicantRepository::insert(Applicant& a, const QString& now, const QString& workstation)
{
    if (!m_insert)
        m_insert = std::make_unique<BatchInsert>(
            m_db,
            QStringLiteral("INSERT INTO applicants (id, name, nik, phone, email, address, created_at, updated_at, "
                           "workstation, row_version) VALUES"),
            QStringLiteral(
                "(:id, :name, :nik, COALESCE(:phone, ''), COALESCE(:email, ''), COALESCE(:address, ''), :now, "
                ":now, :ws, 1)"),
            QStringList{QStringLiteral(":id"), QStringLiteral(":name"), QStringLiteral(":nik"),
                        QStringLiteral(":phone"), QStringLiteral(":email"), QStringLiteral(":address"),
                        QStringLiteral(":now"), QStringLiteral(":ws")},
            kRowsPerStatement);
    a.id = OrderedId::next();
    a.rowVersion = 1;
    m_insert->add({a.id, a.name, a.nik, a.phone, a.email, a.address, now, workstation});
    if (!m_batched)
        m_insert->flush();
}

void ApplicantRepository::takeQueued(QList<WriteBehind::Job>& into)
{
    if (m_insert && m_insert->pending() > 0)
        into.append({m_insert.get(), m_insert->take()});
}

void ApplicantRepository::flush()
{
    if (m_insert)
        m_insert->flush();
}

void ApplicantRepository::update(Applicant& a, const QString& now, const QString& workstation)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE applicants SET name = :name, phone = COALESCE(:phone, ''), email = COALESCE(:email, ''), address = "
            ":address, updated_at = :now, workstation = :ws, row_version = row_version + 1 "
            "WHERE id = :id AND row_version = :version"));
    q.bind(QStringLiteral(":name"), a.name)
        .bind(QStringLiteral(":phone"), a.phone)
        .bind(QStringLiteral(":email"), a.email)
        .bind(QStringLiteral(":address"), a.address)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":ws"), workstation)
        .bind(QStringLiteral(":id"), a.id)
        .bind(QStringLiteral(":version"), a.rowVersion)
        .exec();
    if (q.numRowsAffected() != 1)
        throw Error::conflict(
            QCoreApplication::translate("loket::ApplicantRepository",
                                        "The applicant %1 was changed by someone else; open it again.")
                .arg(a.name));
    ++a.rowVersion;
}

QJsonObject ApplicantRepository::toJson(const Applicant& a)
{
    return {{QStringLiteral("id"), a.id},       {QStringLiteral("name"), a.name},
            {QStringLiteral("nik"), a.nik},     {QStringLiteral("phone"), a.phone},
            {QStringLiteral("email"), a.email}, {QStringLiteral("address"), a.address}};
}

} // namespace loket
