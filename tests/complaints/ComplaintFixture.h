#pragma once

#include "TestDatabase.h"
#include "complaints/ComplaintService.h"
#include "setup/Bootstrap.h"
#include "storage/SqlQuery.h"

namespace loket::test {

// A database with the built-in catalogue and calendar, pinned to 12:00 WIB on `today`.
class ComplaintFixture
{
public:
    explicit ComplaintFixture(QDate today = QDate(2026, 3, 16))
        : m_db(QDateTime(today, QTime(12, 0), Clock::zone()))
    {
        Bootstrap::ensureBuiltins(m_db.db(), m_db.clock());
    }

    TestDatabase& tdb() { return m_db; }
    Context as(const Roles& roles, const QString& name = QStringLiteral("officer"))
    {
        return m_db.context(actorWith(roles, name));
    }

    static ComplaintIntake intake(const QDateTime& received, const QString& name = QStringLiteral("Siti Rahma"),
                                  const QString& object = QStringLiteral("Berkas dikembalikan tanpa penjelasan"))
    {
        ComplaintIntake in;
        in.channelKey = QStringLiteral("g");
        in.receivedAt = received;
        in.complainantName = name;
        in.complainantContact = QStringLiteral("0812 3456 7890");
        in.objectText = object;
        return in;
    }
    static QDateTime at(int y, int m, int d, int h = 8, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), Clock::zone());
    }

    int auditCount(const QString& action)
    {
        return SqlQuery(m_db.db().handle(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"))
            .bind(QStringLiteral(":a"), action)
            .scalar()
            .toInt();
    }
    int complaintRows()
    {
        return SqlQuery(m_db.db().handle(), QStringLiteral("SELECT COUNT(*) FROM complaints")).scalar().toInt();
    }

private:
    TestDatabase m_db;
};

} // namespace loket::test
