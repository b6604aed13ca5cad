#include "TestDatabase.h"
#include "audit/AuditMask.h"
#include "audit/AuditTrail.h"
#include "identity/IdentityMask.h"
#include "storage/Transaction.h"

#include <QtTest>

using namespace loket;

// The audit trail includes no domain: the identity domain registers how identity numbers are
// shown. Without that rule the trail fails closed. The tests run in the order declared: every
// test before registersTheIdentityRuleLast runs with nothing registered.
namespace {
const QString kNik = QStringLiteral("3214012505900001");

void addEntry(test::TestDatabase& t)
{
    const Context ctx = t.context(test::actorWith({Role::FrontDesk}, QStringLiteral("rina")));
    Transaction tx(ctx.db());
    AuditLog::append(ctx, QStringLiteral("applicant.update"), QStringLiteral("applicant"), kNik,
                     {{QStringLiteral("nik"), QStringLiteral("3214012505900002")}},
                     {{QStringLiteral("nik"), kNik}, {QStringLiteral("name"), QStringLiteral("Asep")}},
                     QStringLiteral("NIK %1 corrected").arg(kNik));
    tx.commit();
}

AuditEntry readAs(test::TestDatabase& t, const Roles& roles)
{
    const QList<AuditEntry> entries = AuditTrail(t.context(test::actorWith(roles))).query(AuditFilter{});
    for (const AuditEntry& e : entries)
        if (e.action == QLatin1String("applicant.update"))
            return e;
    return {};
}

bool showsNikInFull(const AuditEntry& e)
{
    const QString all = QString::fromUtf8(QJsonDocument(e.before).toJson()) +
                        QString::fromUtf8(QJsonDocument(e.after).toJson()) + e.note + e.recordId;
    return all.contains(QStringLiteral("3214012505900001")) || all.contains(QStringLiteral("3214012505900002"));
}
} // namespace

class TestAuditMask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hidesIdentityLikeNumbersWhole();
    void withoutRuleNoReaderSeesANik_data();
    void withoutRuleNoReaderSeesANik();
    void registersTheIdentityRuleLast();
};

void TestAuditMask::hidesIdentityLikeNumbersWhole()
{
    QCOMPARE(AuditMask::hideIdentityLikeNumbers(QStringLiteral("NIK 3214012505900001, NPWP 012345678409000")),
             QStringLiteral("NIK ****************, NPWP ***************"));
    // Shorter numbers (amounts, dates, registration numbers) stay as they are.
    QCOMPARE(AuditMask::hideIdentityLikeNumbers(QStringLiteral("PWK-C01-2026-00001 Rp 1500000 2026-01-05")),
             QStringLiteral("PWK-C01-2026-00001 Rp 1500000 2026-01-05"));
}

void TestAuditMask::withoutRuleNoReaderSeesANik_data()
{
    QTest::addColumn<Roles>("roles");
    QTest::newRow("head (view_personal_data)") << Roles{Role::Head};
    QTest::newRow("supervisor (view_personal_data)") << Roles{Role::Supervisor};
    QTest::newRow("IT admin") << Roles{Role::Admin};
}

void TestAuditMask::withoutRuleNoReaderSeesANik()
{
    QFETCH(Roles, roles);
    test::TestDatabase t;
    addEntry(t);
    const AuditEntry e = readAs(t, roles);
    QVERIFY(!e.id.isEmpty());
    QVERIFY2(!showsNikInFull(e), qPrintable(e.note));
    QCOMPARE(e.note, QStringLiteral("NIK **************** corrected"));
    QCOMPARE(e.recordId, QStringLiteral("****************"));
    QCOMPARE(e.after.value(QStringLiteral("nik")).toString(), QStringLiteral("****************"));
    QCOMPARE(e.after.value(QStringLiteral("name")).toString(), QStringLiteral("Asep"));
}

void TestAuditMask::registersTheIdentityRuleLast()
{
    IdentityMask::registerAuditRule();
    test::TestDatabase t;
    addEntry(t);
    const AuditEntry head = readAs(t, {Role::Head});
    QCOMPARE(head.after.value(QStringLiteral("nik")).toString(), kNik);
    QCOMPARE(head.recordId, kNik);
    const AuditEntry admin = readAs(t, {Role::Admin});
    QCOMPARE(admin.after.value(QStringLiteral("nik")).toString(), QStringLiteral("3214********0001"));
    QCOMPARE(admin.note, QStringLiteral("NIK 3214********0001 corrected"));
    QVERIFY(!showsNikInFull(admin));
}

QTEST_GUILESS_MAIN(TestAuditMask)
#include "test_auditmask.moc"
