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
    void masksNik();
    void masksNpwp();
    void masksNumbersInText();
    void listsShowNikOnlyToRolesThatNeedIt();
    void exportNeedsPermissionAndIsLogged();
};

void TestPersonalData::masksNik()
{
    QCOMPARE(PersonalData::maskNik(QStringLiteral("3214012505900001")), QStringLiteral("3214********0001"));
    QCOMPARE(PersonalData::maskNik(QStringLiteral(" 3214 0125 0590 0001 ")), QStringLiteral("3214 **** **** 0001"));
    QCOMPARE(PersonalData::maskNik(QString()), QString());
    QCOMPARE(PersonalData::maskNik(QStringLiteral("12345")), QStringLiteral("*****"));
    // The birth date (digits 7 to 12) never shows.
    QVERIFY(!PersonalData::maskNik(QStringLiteral("3214016505900002")).contains(QStringLiteral("650590")));
}

void TestPersonalData::masksNpwp()
{
    QCOMPARE(PersonalData::maskNpwp(QStringLiteral("01.234.567.8-409.000")), QStringLiteral("01.***.***.*-***.000"));
    QCOMPARE(PersonalData::maskNpwp(QStringLiteral("012345678409000")), QStringLiteral("01**********000"));
    QCOMPARE(PersonalData::maskNpwp(QStringLiteral("3214012505900001")), QStringLiteral("3214********0001"));
}

void TestPersonalData::masksNumbersInText()
{
    QCOMPARE(PersonalData::maskIdentityNumbers(
                 QStringLiteral("NIK 3214012505900001, NPWP 012345678409000; HP 081809898222")),
             QStringLiteral("NIK 3214********0001, NPWP 01**********000; HP 081809898222"));
    // 17 digits or more are something else (e.g. a KK number has 16 too, an account number may have 17).
    QCOMPARE(PersonalData::maskIdentityNumbers(QStringLiteral("12345678901234567")),
             QStringLiteral("12345678901234567"));
}

void TestPersonalData::listsShowNikOnlyToRolesThatNeedIt()
{
    const QString nik = QStringLiteral("3214012505900001");
    const QString npwp = QStringLiteral("01.234.567.8-409.000");
    for (Role r : allRoles()) {
        const Actor a = test::actorWith({r});
        const bool sees = a.can(Permission::ViewPersonalData);
        QCOMPARE(PersonalData::nikFor(a, nik), sees ? nik : QStringLiteral("3214********0001"));
        QCOMPARE(PersonalData::npwpFor(a, npwp), sees ? npwp : QStringLiteral("01.***.***.*-***.000"));
    }
    QVERIFY(!test::actorWith({Role::Admin}).can(Permission::ViewPersonalData));
    QVERIFY(!test::actorWith({Role::TechnicalTeam}).can(Permission::ViewPersonalData));
    QVERIFY(test::actorWith({Role::FrontDesk}).can(Permission::ViewPersonalData));
}

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
