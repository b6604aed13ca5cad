#include "TestDatabase.h"
#include "common/Error.h"
#include "storage/SqlQuery.h"
#include "users/PersonalData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace loket;

class TestPersonalData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportNeedsPermissionAndIsLogged();
};

void TestPersonalData::exportNeedsPermissionAndIsLogged()
{
    test::TestDatabase t;
    const auto count = [&] {
        return SqlQuery(t.db().handle(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'personal_data.export'"))
            .scalar()
            .toInt();
    };
    try {
        PersonalData::recordExport(t.context(test::actorWith({Role::Admin})), QStringLiteral("applicants"), 12,
                                   QStringLiteral("/tmp/a.xlsx"));
        QFAIL("admin exported personal data");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Permission);
    }
    QCOMPARE(count(), 0);
    PersonalData::recordExport(t.context(test::actorWith({Role::Supervisor}, QStringLiteral("rina"))),
                               QStringLiteral("applicants"), 12, QStringLiteral("/tmp/a.xlsx"));
    QCOMPARE(count(), 1);
    SqlQuery q(t.db().handle(),
               QStringLiteral("SELECT actor_name, after_json FROM audit_log WHERE action = 'personal_data.export'"));
    q.exec();
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("rina"));
    const QJsonObject after = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("rows")).toInt(), 12);
    QCOMPARE(after.value(QStringLiteral("what")).toString(), QStringLiteral("applicants"));
}

QTEST_GUILESS_MAIN(TestPersonalData)
#include "test_personaldata.moc"
