#include "Transaction.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace loket {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.transaction()) {
        throw Error::storage(QCoreApplication::translate("loket::Transaction", "The database could not start a transaction: %1")
                                 .arg(m_db.lastError().text()));
    }
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        m_db.rollback();
        m_done = true;
        throw Error::storage(
            QCoreApplication::translate("loket::Transaction", "The database could not save the change: %1").arg(text));
    }
    m_done = true;
}

} // namespace loket
