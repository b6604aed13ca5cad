#pragma once

#include "SyncTarget.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace loket {

// One connection to the office's central PostgreSQL database (QPSQL), opened for a push or a
// pull and always closed and removed again, also when the work throws.
class CentralConnection
{
    Q_DECLARE_TR_FUNCTIONS(loket::CentralConnection)
public:
    // Error::invalid when the target is not configured; Error::storage when the driver is missing
    // or the server cannot be reached.
    explicit CentralConnection(const SyncTarget& target);
    ~CentralConnection();
    CentralConnection(const CentralConnection&) = delete;
    CentralConnection& operator=(const CentralConnection&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace loket
