#pragma once

#include "TestDatabase.h"
#include "cases/CaseRequests.h"
#include "cases/CaseService.h"
#include "catalog/ServiceStandard.h"

namespace loket::test {

// A migrated database with the built-in catalogue and calendar, and helpers that make valid
// intake requests and walk cases through the lifecycle.
class CaseFixture
{
public:
    explicit CaseFixture(const QDateTime& now = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Clock::zone()),
                         const QString& workstation = QStringLiteral("C01"));

    TestDatabase& data() { return m_data; }
    Context system() { return m_data.context(); }
    Context as(const Roles& roles, const QString& name = QStringLiteral("officer"))
    {
        return m_data.context(actorWith(roles, name));
    }
    const ServiceStandard& standard() const { return m_standard; }

    // A valid request; `serial` varies the NIK and names so requests do not collide.
    IntakeRequest request(int serial = 1, bool complete = true) const;
    QList<ChecklistItem> checklist(bool complete = true) const;
    // Registers (complete) and moves the case to `stage` as the system actor.
    CaseRecord caseAt(CaseStage stage, int serial = 1);

    static QString nik(int serial, int day = 15, bool female = false);

private:
    TestDatabase m_data;
    ServiceStandard m_standard;
};

} // namespace loket::test
