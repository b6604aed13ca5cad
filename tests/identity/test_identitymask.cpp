#include "TestDatabase.h"
#include "identity/IdentityMask.h"
#include "common/Actor.h"

#include <QtTest>

using namespace loket;

namespace {
const QString kNik = QStringLiteral("3214012505900001");
const QString kNpwp = QStringLiteral("01.234.567.8-409.000");
} // namespace

// The one rule of who sees an identity number in full, and where (docs/PRIVACY.md, issue 13).
class TestIdentityMask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void masksNik();
    void masksNpwp();
    void masksNumbersInText();
    void listsAlwaysMask();
    void recordShowsFullOnlyToRolesWhoseWorkNeedsIt();
};

void TestIdentityMask::masksNik()
{
    QCOMPARE(IdentityMask::maskNik(QStringLiteral("3214012505900001")), QStringLiteral("3214********0001"));
    QCOMPARE(IdentityMask::maskNik(QStringLiteral(" 3214 0125 0590 0001 ")), QStringLiteral("3214 **** **** 0001"));
    QCOMPARE(IdentityMask::maskNik(QString()), QString());
    QCOMPARE(IdentityMask::maskNik(QStringLiteral("12345")), QStringLiteral("*****"));
    // The birth date (digits 7 to 12) never shows.
    QVERIFY(!IdentityMask::maskNik(QStringLiteral("3214016505900002")).contains(QStringLiteral("650590")));
}

void TestIdentityMask::masksNpwp()
{
    QCOMPARE(IdentityMask::maskNpwp(QStringLiteral("01.234.567.8-409.000")), QStringLiteral("01.***.***.*-***.000"));
    QCOMPARE(IdentityMask::maskNpwp(QStringLiteral("012345678409000")), QStringLiteral("01**********000"));
    QCOMPARE(IdentityMask::maskNpwp(QStringLiteral("3214012505900001")), QStringLiteral("3214********0001"));
}

void TestIdentityMask::masksNumbersInText()
{
    QCOMPARE(IdentityMask::maskIdentityNumbers(
                 QStringLiteral("NIK 3214012505900001, NPWP 012345678409000; HP 081809898222")),
             QStringLiteral("NIK 3214********0001, NPWP 01**********000; HP 081809898222"));
    // 17 digits or more are something else (e.g. a KK number has 16 too, an account number may have 17).
    QCOMPARE(IdentityMask::maskIdentityNumbers(QStringLiteral("12345678901234567")),
             QStringLiteral("12345678901234567"));
}

void TestIdentityMask::listsAlwaysMask()
{
    // Lists, search results, exports, reports, receipts: masked for every role, the front desk too.
    for (Role r : allRoles()) {
        const Actor a = test::actorWith({r});
        QVERIFY(!IdentityMask::showsInFull(a, IdentityPlace::Listing));
        QCOMPARE(IdentityMask::nik(a, kNik, IdentityPlace::Listing), QStringLiteral("3214********0001"));
        QCOMPARE(IdentityMask::npwp(a, kNpwp, IdentityPlace::Listing), QStringLiteral("01.***.***.*-***.000"));
    }
}

void TestIdentityMask::recordShowsFullOnlyToRolesWhoseWorkNeedsIt()
{
    const QMap<Role, bool> full{{Role::FrontDesk, true},  {Role::BackOffice, true}, {Role::Head, true},
                                {Role::Supervisor, true}, {Role::Admin, false},     {Role::TechnicalTeam, false}};
    for (Role r : allRoles()) {
        const Actor a = test::actorWith({r});
        QVERIFY2(full.contains(r), "a new role needs its place in the masking rule");
        QCOMPARE(IdentityMask::showsInFull(a, IdentityPlace::Record), full.value(r));
        QCOMPARE(IdentityMask::nik(a, kNik, IdentityPlace::Record),
                 full.value(r) ? kNik : QStringLiteral("3214********0001"));
        QCOMPARE(IdentityMask::npwp(a, kNpwp, IdentityPlace::Record),
                 full.value(r) ? kNpwp : QStringLiteral("01.***.***.*-***.000"));
    }
}

QTEST_GUILESS_MAIN(TestIdentityMask)
#include "test_identitymask.moc"
