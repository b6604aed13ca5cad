#include "TestDatabase.h"
#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "catalog/StandardImporter.h"
#include "common/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace loket;

// The catalogue as JSON for hand editing: round trip, validation, all or nothing.
class TestCatalogJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEveryField();
    void exportImportUnchangedMakesNoVersion();
    void handEditMakesNewVersion();
    void badJsonRejectedNamingTheField_data();
    void badJsonRejectedNamingTheField();
    void oneBadServiceWritesNothing();

private:
    static QJsonObject exported(test::TestDatabase& tdb);
};

QJsonObject TestCatalogJson::exported(test::TestDatabase& tdb)
{
    return QJsonDocument::fromJson(CatalogService::exportJson(tdb.context())).object();
}

void TestCatalogJson::roundTripKeepsEveryField()
{
    const ServiceStandard s = StandardImporter::builtin().first();
    const QJsonObject o = CatalogJson::toJson(s);
    const ServiceStandard back = CatalogJson::fromJson(o);
    QVERIFY(back.sameContent(s));
    QCOMPARE(back, s);
    QCOMPARE(o.value(QStringLiteral("completion_working_days")).toInt(), 7);
    QCOMPARE(o.value(QStringLiteral("fee_amount")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("facilities")).toArray().size(), 50);
    QCOMPARE(o.value(QStringLiteral("complaints")).toObject().value(QStringLiteral("channels")).toArray().size(), 13);

    // Through a whole file and text, as a person editing it would.
    const QByteArray file = CatalogJson::exportCatalogue({s}, QDateTime(QDate(2026, 1, 5), QTime(9, 0), Clock::zone()));
    const auto list = CatalogJson::parseCatalogue(file);
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().sameContent(s));
}

void TestCatalogJson::exportImportUnchangedMakesNoVersion()
{
    test::TestDatabase tdb;
    CatalogService::importBuiltinIfEmpty(tdb.db(), tdb.clock());
    const QByteArray json = CatalogService::exportJson(tdb.context());
    CatalogImportSummary summary;
    CatalogService::importJson(tdb.context(test::actorWith({Role::Admin})), json, &summary);
    QCOMPARE(summary.unchanged, 1);
    QCOMPARE(summary.newVersions, 0);
    QCOMPARE(summary.created, 0);
    const auto s = CatalogRepository(tdb.db()).currentByKbli(QStringLiteral("71205"));
    QCOMPARE(s->version, 1);
}

void TestCatalogJson::handEditMakesNewVersion()
{
    test::TestDatabase tdb;
    CatalogService::importBuiltinIfEmpty(tdb.db(), tdb.clock());
    QJsonObject root = exported(tdb);
    QJsonArray services = root.value(QStringLiteral("services")).toArray();
    QJsonObject s = services[0].toObject();
    s.insert(QStringLiteral("staff_count"), 28);
    s.insert(QStringLiteral("staff_count_text"), QStringLiteral("28 Orang"));
    services[0] = s;
    // A brand-new service typed by hand: no ids, only what it needs.
    QJsonObject added = s;
    for (const char* key : {"id", "service_id", "version", "valid_from", "current"})
        added.remove(QLatin1String(key));
    added.insert(QStringLiteral("kbli"), QStringLiteral("47111"));
    added.insert(QStringLiteral("name"), QStringLiteral("Perdagangan Eceran"));
    added.insert(QStringLiteral("risk_level"), QStringLiteral("Rendah"));
    services.append(added);
    root.insert(QStringLiteral("services"), services);

    CatalogImportSummary summary;
    CatalogService::importJson(tdb.context(test::actorWith({Role::Admin})), QJsonDocument(root).toJson(), &summary);
    QCOMPARE(summary.newVersions, 1);
    QCOMPARE(summary.created, 1);
    CatalogRepository repo(tdb.db());
    const auto edited = repo.currentByKbli(QStringLiteral("71205"));
    QCOMPARE(edited->version, 2);
    QCOMPARE(edited->staffCount, 28);
    QCOMPARE(repo.versions(edited->serviceId).first().staffCount, 30);
    const auto created = repo.currentByKbli(QStringLiteral("47111"));
    QVERIFY(created.has_value());
    QCOMPARE(created->version, 1);
    QCOMPARE(created->riskLevel, QStringLiteral("Rendah"));
}

void TestCatalogJson::badJsonRejectedNamingTheField_data()
{
    QTest::addColumn<QString>("path"); // dotted path into services[0]; empty: replace the whole file
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");

    QTest::newRow("fee is text") << "fee_amount" << QJsonValue(QStringLiteral("gratis")) << "services[0].fee_amount";
    QTest::newRow("negative fee") << "fee_amount" << QJsonValue(-5) << "services[0].fee_amount";
    QTest::newRow("days fraction") << "completion_working_days" << QJsonValue(7.5)
                                   << "services[0].completion_working_days";
    QTest::newRow("kbli") << "kbli" << QJsonValue(QStringLiteral("71-205")) << "services[0].kbli";
    QTest::newRow("risk") << "risk_level" << QJsonValue(QStringLiteral("Sedang")) << "services[0].risk_level";
    QTest::newRow("typo") << "fee_amout" << QJsonValue(0) << "services[0].fee_amout";
    QTest::newRow("channels not a list") << "complaints.channels" << QJsonValue(QStringLiteral("a"))
                                         << "services[0].complaints.channels";
    QTest::newRow("window") << "complaints.window_calendar_days" << QJsonValue(0)
                            << "services[0].complaints.window_calendar_days";
    QTest::newRow("resubmission") << "resubmission" << QJsonValue(QStringLiteral("later"))
                                  << "services[0].resubmission";
    QTest::newRow("missing name") << "name" << QJsonValue(QJsonValue::Null) << "services[0].name";
    QTest::newRow("facility not text") << "facilities" << QJsonValue(QJsonArray{1, 2}) << "services[0].facilities";
}

void TestCatalogJson::badJsonRejectedNamingTheField()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    test::TestDatabase tdb;
    CatalogService::importBuiltinIfEmpty(tdb.db(), tdb.clock());
    QJsonObject root = exported(tdb);
    QJsonArray services = root.value(QStringLiteral("services")).toArray();
    QJsonObject s = services[0].toObject();
    s.insert(QStringLiteral("staff_count"), 1); // a real change, so only the error can stop it
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 2) {
        QJsonObject inner = s.value(parts[0]).toObject();
        inner.insert(parts[1], value);
        s.insert(parts[0], inner);
    } else {
        s.insert(path, value);
    }
    services[0] = s;
    root.insert(QStringLiteral("services"), services);
    try {
        CatalogService::importJson(tdb.context(test::actorWith({Role::Admin})), QJsonDocument(root).toJson());
        QFAIL("bad JSON was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QCOMPARE(e.field(), field);
        QVERIFY2(e.message().contains(field), qPrintable(e.message()));
    }
    const auto now = CatalogRepository(tdb.db()).currentByKbli(QStringLiteral("71205"));
    QCOMPARE(now->version, 1);
    QCOMPARE(now->staffCount, 30);
}

void TestCatalogJson::oneBadServiceWritesNothing()
{
    test::TestDatabase tdb;
    CatalogService::importBuiltinIfEmpty(tdb.db(), tdb.clock());
    QJsonObject root = exported(tdb);
    QJsonArray services = root.value(QStringLiteral("services")).toArray();
    QJsonObject good = services[0].toObject();
    good.insert(QStringLiteral("staff_count"), 29);
    QJsonObject bad = good;
    for (const char* key : {"id", "service_id"})
        bad.remove(QLatin1String(key));
    bad.insert(QStringLiteral("kbli"), QStringLiteral("10794"));
    QJsonArray reqs = bad.value(QStringLiteral("requirements")).toArray();
    QJsonObject r = reqs[0].toObject();
    r.insert(QStringLiteral("group"), QStringLiteral("umum"));
    reqs[0] = r;
    bad.insert(QStringLiteral("requirements"), reqs);
    root.insert(QStringLiteral("services"), QJsonArray{good, bad});
    try {
        CatalogService::importJson(tdb.context(test::actorWith({Role::Admin})), QJsonDocument(root).toJson());
        QFAIL("bad JSON was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("services[1].requirements[0].group"));
    }
    CatalogRepository repo(tdb.db());
    QCOMPARE(repo.listCurrent().size(), 1);
    QCOMPARE(repo.currentByKbli(QStringLiteral("71205"))->staffCount, 30);

    // Not JSON at all, or not a catalogue.
    for (const QByteArray& text : {QByteArray("{ \"services\": [ }"), QByteArray("[1, 2]"),
                                   QByteArray("{\"format\": \"something-else\", \"services\": []}")}) {
        QVERIFY_THROWS_EXCEPTION(Error, CatalogService::importJson(tdb.context(), text));
    }
    QCOMPARE(repo.listCurrent().size(), 1);
}

QTEST_GUILESS_MAIN(TestCatalogJson)
#include "test_catalogjson.moc"
