#pragma once

#include <QSqlDatabase>

namespace loket {

// RAII transaction: rolls back unless commit() was called, so an exception anywhere in a
// service leaves neither the change nor its audit entry behind.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace loket
