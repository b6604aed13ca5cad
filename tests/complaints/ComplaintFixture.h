#pragma once

#include "TestDatabase.h"
#include "cases/CaseService.h"
#include "catalog/CatalogRepository.h"
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

    // Registers a complete application and walks it to the hand-over on `handedOver` (the clock
    // is moved there and back); returns its registration number.
    QString handedOverCase(QDate handedOver, int serial = 1)
    {
        const QDateTime now = m_db.clock().now();
        m_db.clock().set(QDateTime(handedOver.addDays(-10), QTime(9, 0), Clock::zone()));
        const Context ctx = m_db.context();
        const ServiceStandard s = *CatalogRepository(m_db.db()).currentByKbli(QStringLiteral("71205"));
        IntakeRequest r;
        r.standardId = s.id;
        r.applicant.name = QStringLiteral("Siti Rahma");
        r.applicant.nik = QStringLiteral("32140155039%1").arg(serial, 5, 10, QLatin1Char('0'));
        r.applicant.phone = QStringLiteral("0812-3456-7890");
        r.applicant.address = QStringLiteral("Jl. Veteran No. 1, Purwakarta");
        r.business.name = QStringLiteral("CV Kalibrasi Presisi %1").arg(serial);
        r.business.npwp = QStringLiteral("01.234.567.4-901.000");
        r.business.capital = 2'500'000'000LL;
        r.business.siinasAccount = QStringLiteral("siinas-%1").arg(serial);
        for (const Requirement& req : s.requirements)
            r.checklist.append(ChecklistItem{req.key, {}, ChecklistStatus::Valid, {}});
        const QString reg = CaseService::registerCase(ctx, r).record.registrationNumber;
        CaseService::act(ctx, reg, CaseAction::StartVerification, {});
        CaseService::act(ctx, reg, CaseAction::ForwardToSignature, {});
        TransitionRequest issue;
        issue.nibNumber = QStringLiteral("9120000000%1").arg(serial, 3, 10, QLatin1Char('0'));
        issue.permitNumber = QStringLiteral("503/%1/IZIN/2026").arg(serial);
        CaseService::act(ctx, reg, CaseAction::Issue, issue);
        m_db.clock().set(QDateTime(handedOver, QTime(10, 0), Clock::zone()));
        CaseService::act(ctx, reg, CaseAction::HandOver, {});
        m_db.clock().set(now);
        return reg;
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
