#pragma once

#include "storage/BatchInsert.h"

#include <QSqlDatabase>
#include <memory>

namespace loket {

// CaseRepository's insert statements for the rows of a new case, written many per statement
// (BatchInsert): the case, its checklist, its actions and its clock marks.
class CaseInserts
{
public:
    static std::unique_ptr<BatchInsert> cases(const QSqlDatabase& db);
    static std::unique_ptr<BatchInsert> checklist(const QSqlDatabase& db);
    static std::unique_ptr<BatchInsert> events(const QSqlDatabase& db);
    static std::unique_ptr<BatchInsert> clockMarks(const QSqlDatabase& db);
};

} // namespace loket
