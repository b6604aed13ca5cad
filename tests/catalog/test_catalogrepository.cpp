#include "TestDatabase.h"
#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "common/Error.h"
#include "setup/Bootstrap.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace loket;

// Versioning of the catalogue and the built-in import.
class TestCatalogRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bootstrapImportsBuiltin();
    void bootstrapIdsAreTheSameOnEveryWorkstation();
    void newVersionKeepsTheOld();
    void unchangedStandardMakesNoVersion();
    void staleCopyIsRefused();
    void needsEditCatalog();
    void invalidStandardRejected();
    void storedVersionIsFrozen();
    void textReimportKeepsOfficeSettings();

private:
    static int auditCount(Database& db, const QString& action);
};

int TestCatalogRepository::auditCount(Database& db, const QString& action)
{
    return SqlQuery(db.handle(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"))
        .bind(QStringLiteral(":a"), action)
        .scalar()
        .toInt();
}

void TestCatalogRepository::bootstrapImportsBuiltin()
{
    test::TestDatabase tdb;
    CatalogRepository repo(tdb.db());
    QCOMPARE(repo.serviceCount(), 0);
    Bootstrap::ensureBuiltins(tdb.db(), tdb.clock());
    QCOMPARE(repo.serviceCount(), 1);
    const auto s = repo.currentByKbli(QStringLiteral("71205"));
    QVERIFY(s.has_value());
    QCOMPARE(s->name, QStringLiteral("Jasa Kalibrasi/Metrologi"));
    QCOMPARE(s->version, 1);
    QVERIFY(s->current);
    QCOMPARE(s->completionWorkingDays, 7);
    QCOMPARE(s->complaints.channels.size(), 13);
    QCOMPARE(s->validFrom, tdb.clock().now());
    QCOMPARE(auditCount(tdb.db(), QStringLiteral("catalog.standard.version")), 1);
    QCOMPARE(auditCount(tdb.db(), QStringLiteral("catalog.service.create")), 1);

    // The key fields are real columns.
    QSqlQuery q(tdb.db().handle());
    QVERIFY(
        q.exec(QStringLiteral("SELECT kbli, name, risk_level, version, is_current, completion_working_days, fee_amount "
                              "FROM service_standards")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("71205"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("Tinggi"));
    QCOMPARE(q.value(3).toInt(), 1);
    QCOMPARE(q.value(4).toInt(), 1);
    QCOMPARE(q.value(5).toInt(), 7);
    QCOMPARE(q.value(6).toInt(), 0);

    // A second start adds nothing.
    Bootstrap::ensureBuiltins(tdb.db(), tdb.clock());
    QCOMPARE(repo.serviceCount(), 1);
    QCOMPARE(repo.versions(s->serviceId).size(), 1);
    QCOMPARE(repo.byId(s->id)->id, s->id);
    QCOMPARE(repo.currentByServiceId(s->serviceId)->id, s->id);
}

void TestCatalogRepository::bootstrapIdsAreTheSameOnEveryWorkstation()
{
    test::TestDatabase a(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Clock::zone()), QStringLiteral("C01"));
    test::TestDatabase b(QDateTime(QDate(2026, 2, 9), QTime(8, 0), Clock::zone()), QStringLiteral("C02"));
    CatalogService::importBuiltinIfEmpty(a.db(), a.clock());
    CatalogService::importBuiltinIfEmpty(b.db(), b.clock());
    const auto sa = CatalogRepository(a.db()).currentByKbli(QStringLiteral("71205"));
    const auto sb = CatalogRepository(b.db()).currentByKbli(QStringLiteral("71205"));
    QCOMPARE(sa->serviceId, sb->serviceId);
    QCOMPARE(sa->id, sb->id);
}

void TestCatalogRepository::newVersionKeepsTheOld()
{
    test::TestDatabase tdb;
    CatalogService::importBuiltinIfEmpty(tdb.db(), tdb.clock());
    CatalogRepository repo(tdb.db());
    const ServiceStandard v1 = *repo.currentByKbli(QStringLiteral("71205"));

    tdb.clock().advanceDays(30);
    const Context admin = tdb.context(test::actorWith({Role::Admin}));
    ServiceStandard edit = v1;
    edit.completionWorkingDays = 10;
    edit.feeAmount = 25000;
    edit.feeText = QStringLiteral("Rp 25.000");
    const ServiceStandard v2 = CatalogService::saveNewVersion(admin, edit);
    QCOMPARE(v2.version, 2);
    QCOMPARE(v2.serviceId, v1.serviceId);
    QVERIFY(v2.id != v1.id);
    QVERIFY(v2.current);
    QCOMPARE(v2.validFrom, tdb.clock().now());

    // The case filed under version 1 still reads version 1.
    const auto old = repo.byId(v1.id);
    QVERIFY(old.has_value());
    QCOMPARE(old->version, 1);
    QCOMPARE(old->completionWorkingDays, 7);
    QCOMPARE(old->feeAmount, 0);
    QVERIFY(!old->current);

    const auto now = repo.currentByKbli(QStringLiteral("71205"));
    QCOMPARE(now->id, v2.id);
    QCOMPARE(now->completionWorkingDays, 10);
    QCOMPARE(now->feeAmount, 25000);
    const auto versions = repo.versions(v1.serviceId);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions[0].version, 1);
    QCOMPARE(versions[1].version, 2);
    QCOMPARE(repo.listCurrent().size(), 1);
    QCOMPARE(SqlQuery(tdb.db().handle(), QStringLiteral("SELECT current_version FROM services")).scalar().toInt(), 2);

    // The audit entry names the actor and what changed.
    SqlQuery q(tdb.db().handle(), QStringLiteral("SELECT actor_name, after_json FROM audit_log WHERE record_id = :id"));
    q.bind(QStringLiteral(":id"), v2.id).exec();
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("tester"));
    const QJsonObject after = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    const QVariantList changed = after.value(QStringLiteral("changed")).toArray().toVariantList();
    QVERIFY(changed.contains(QStringLiteral("completion_working_days")));
    QVERIFY(changed.contains(QStringLiteral("fee_amount")));
    QVERIFY(!changed.contains(QStringLiteral("facilities")));
}

void TestCatalogRepository::unchangedStandardMakesNoVersion()
{
    test::TestDatabase tdb;
    CatalogService::importBuiltinIfEmpty(tdb.db(), tdb.clock());
    CatalogRepository repo(tdb.db());
    const ServiceStandard v1 = *repo.currentByKbli(QStringLiteral("71205"));
    const int audits = auditCount(tdb.db(), QStringLiteral("catalog.standard.version"));
    const ServiceStandard same = CatalogService::saveNewVersion(tdb.context(test::actorWith({Role::Admin})), v1);
    QCOMPARE(same.id, v1.id);
    QCOMPARE(repo.versions(v1.serviceId).size(), 1);
    QCOMPARE(auditCount(tdb.db(), QStringLiteral("catalog.standard.version")), audits);
}

void TestCatalogRepository::staleCopyIsRefused()
{
    test::TestDatabase tdb;
    CatalogService::importBuiltinIfEmpty(tdb.db(), tdb.clock());
    CatalogRepository repo(tdb.db());
    const Context admin = tdb.context(test::actorWith({Role::Admin}));
    const ServiceStandard v1 = *repo.currentByKbli(QStringLiteral("71205"));
    ServiceStandard first = v1;
    first.staffCount = 31;
    CatalogService::saveNewVersion(admin, first);
    ServiceStandard second = v1; // edited from version 1, which is no longer current
    second.staffCount = 32;
    try {
        CatalogService::saveNewVersion(admin, second);
        QFAIL("a change made from an old version was saved");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    QCOMPARE(repo.versions(v1.serviceId).size(), 2);
    QCOMPARE(repo.currentByKbli(QStringLiteral("71205"))->staffCount, 31);
}

void TestCatalogRepository::needsEditCatalog()
{
    test::TestDatabase tdb;
    CatalogService::importBuiltinIfEmpty(tdb.db(), tdb.clock());
    CatalogRepository repo(tdb.db());
    ServiceStandard s = *repo.currentByKbli(QStringLiteral("71205"));
    s.staffCount = 99;
    const Context clerk = tdb.context(test::actorWith({Role::FrontDesk}));
    try {
        CatalogService::saveNewVersion(clerk, s);
        QFAIL("a front desk officer changed the catalogue");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Permission);
    }
    QVERIFY_THROWS_EXCEPTION(Error, CatalogService::importJson(clerk, CatalogService::exportJson(clerk)));
    QCOMPARE(repo.currentByKbli(QStringLiteral("71205"))->staffCount, 30);
    QCOMPARE(repo.versions(s.serviceId).size(), 1);
}

void TestCatalogRepository::invalidStandardRejected()
{
    test::TestDatabase tdb;
    CatalogService::importBuiltinIfEmpty(tdb.db(), tdb.clock());
    CatalogRepository repo(tdb.db());
    const Context admin = tdb.context(test::actorWith({Role::Admin}));
    const ServiceStandard v1 = *repo.currentByKbli(QStringLiteral("71205"));
    struct Case
    {
        const char* field;
        std::function<void(ServiceStandard&)> change;
    };
    const QList<Case> cases{
        {"standard.kbli", [](ServiceStandard& s) { s.kbli = QStringLiteral("7120"); }},
        {"standard.risk_level", [](ServiceStandard& s) { s.riskLevel = QStringLiteral("Sedang"); }},
        {"standard.completion_working_days", [](ServiceStandard& s) { s.completionWorkingDays = 0; }},
        {"standard.stage_budgets",
         [](ServiceStandard& s) {
             s.stageBudgets = {{QStringLiteral("verification"), 4}, {QStringLiteral("technical"), 4}};
         }},
        {"standard.stage_budgets[0].stage",
         [](ServiceStandard& s) {
             s.stageBudgets = {{QStringLiteral("issued"), 1}};
         }},
        {"standard.complaints.channels[3].kind",
         [](ServiceStandard& s) { s.complaints.channels[3].kind = QStringLiteral("fax"); }},
        {"standard.requirements[1].key", [](ServiceStandard& s) { s.requirements[1].key = QStringLiteral("U1"); }},
    };
    for (const Case& c : cases) {
        ServiceStandard s = v1;
        c.change(s);
        try {
            CatalogService::saveNewVersion(admin, s);
            QFAIL(c.field);
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Invalid);
            QCOMPARE(e.field(), QString::fromLatin1(c.field));
            QVERIFY2(e.message().contains(QString::fromLatin1(c.field)), qPrintable(e.message()));
        }
    }
    QCOMPARE(repo.versions(v1.serviceId).size(), 1);
}

void TestCatalogRepository::storedVersionIsFrozen()
{
    test::TestDatabase tdb;
    CatalogService::importBuiltinIfEmpty(tdb.db(), tdb.clock());
    QSqlQuery q(tdb.db().handle());
    QVERIFY(!q.exec(QStringLiteral("UPDATE service_standards SET completion_working_days = 3")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM service_standards")));
    QCOMPARE(CatalogRepository(tdb.db()).currentByKbli(QStringLiteral("71205"))->completionWorkingDays, 7);
}

void TestCatalogRepository::textReimportKeepsOfficeSettings()
{
    test::TestDatabase tdb;
    CatalogService::importBuiltinIfEmpty(tdb.db(), tdb.clock());
    CatalogRepository repo(tdb.db());
    const Context admin = tdb.context(test::actorWith({Role::Admin}));
    ServiceStandard s = *repo.currentByKbli(QStringLiteral("71205"));
    s.stageBudgets = {{QStringLiteral("registered"), 1},
                      {QStringLiteral("verification"), 1},
                      {QStringLiteral("technical"), 3},
                      {QStringLiteral("signature"), 1}};
    s.resubmission = ResubmissionRule::Pause;
    const ServiceStandard v2 = CatalogService::saveNewVersion(admin, s);
    QCOMPARE(v2.version, 2);

    QFile f(qEnvironmentVariable("LOKET_TEST_DATA") + QStringLiteral("/two-services.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    CatalogImportSummary summary;
    const auto list = CatalogService::importStandardText(admin, QString::fromUtf8(f.readAll()), &summary);
    QCOMPARE(list.size(), 2);
    QCOMPARE(summary.unchanged, 1); // 71205: the annex did not change, the office's budgets stay
    QCOMPARE(summary.created, 1);   // 10794 is new
    QCOMPARE(summary.newVersions, 0);
    const auto now = repo.currentByKbli(QStringLiteral("71205"));
    QCOMPARE(now->version, 2);
    QCOMPARE(now->stageBudget(QStringLiteral("technical")), 3);
    QCOMPARE(now->resubmission, ResubmissionRule::Pause);
    QCOMPARE(repo.listCurrent().size(), 2);
    QCOMPARE(repo.listCurrent()[0].kbli, QStringLiteral("10794"));
}

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "test_catalogrepository.moc"
