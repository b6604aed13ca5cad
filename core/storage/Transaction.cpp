#include "Transaction.h"

#include "WriteBehind.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {
bool isSqlite(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

// SQLite: BEGIN IMMEDIATE takes the write lock at once (waiting out the busy timeout), so a
// transaction that reads first never fails on a write another connection, such as the sync
// worker's, committed in between.
bool run(QSqlDatabase& db, const char* sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(QString::fromLatin1(sql)))
        return true;
    *error = q.lastError().text();
    return false;
}

bool begin(QSqlDatabase& db, QString* error)
{
    if (isSqlite(db))
        return run(db, "BEGIN IMMEDIATE", error);
    if (db.transaction())
        return true;
    *error = db.lastError().text();
    return false;
}

bool commitOrFail(QSqlDatabase& db, QString* error)
{
    if (isSqlite(db))
        return run(db, "COMMIT", error);
    if (db.commit())
        return true;
    *error = db.lastError().text();
    return false;
}

void rollback(QSqlDatabase& db)
{
    QString ignored;
    if (isSqlite(db))
        run(db, "ROLLBACK", &ignored);
    else
        db.rollback();
}
} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    QString error;
    if (!begin(m_db, &error)) {
        throw Error::storage(
            QCoreApplication::translate("loket::Transaction", "The database could not start a transaction: %1")
                .arg(error));
    }
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback(m_db);
}

void Transaction::commit()
{
    WriteBehind::requireTurn(m_db.connectionName(), QStringLiteral("COMMIT"));
    QString text;
    if (!commitOrFail(m_db, &text)) {
        rollback(m_db);
        m_done = true;
        throw Error::storage(
            QCoreApplication::translate("loket::Transaction", "The database could not save the change: %1").arg(text));
    }
    m_done = true;
}

} // namespace loket
