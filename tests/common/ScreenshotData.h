#pragma once

// The office the screenshot programs show: a database in a temporary folder with the built-in
// catalogue and 400 demo applications received up to Monday 2 March 2026, 10:00, and the officer
// at the counter. Not a fixture for tests: the screenshot programs only look.
#include "cases/DemoData.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "settings/SettingsRepository.h"
#include "setup/Bootstrap.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QTemporaryDir>

namespace loket::test {

struct ScreenshotData
{
    ScreenshotData() : clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Clock::zone()))
    {
        db.open(dir.filePath(QStringLiteral("shots.sqlite")));
        Bootstrap::ensureBuiltins(db, clock);
        const Context system(db, clock, Actor::systemActor());
        SettingsRepository(db).set(system, QStringLiteral("office.name"),
                                   QStringLiteral("DPMPTSP Kabupaten Purwakarta"));
        DemoData::Options o;
        o.cases = 400;
        o.seed = 5;
        DemoData::generate(system, o);
    }

    // A case that went a long way: returned once, then further. Empty when the demo has none.
    QString longWayCase() const
    {
        return SqlQuery(db.handle(), QStringLiteral("SELECT registration_number FROM cases WHERE return_count > 0 AND "
                                                    "stage IN ('technical', 'signature', 'issued', 'handed_over') "
                                                    "ORDER BY received_at DESC LIMIT 1"))
            .scalar()
            .toString();
    }

    static Actor officer(const QString& username, const Roles& roles)
    {
        Actor a;
        a.userId = QStringLiteral("u1");
        a.username = username;
        a.displayName = QStringLiteral("Siti Rahmawati");
        a.roles = roles;
        return a;
    }

    QTemporaryDir dir;
    FixedClock clock;
    Database db;
};

} // namespace loket::test
