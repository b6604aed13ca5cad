#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace loket;

namespace {
const QString kAdminPassword = QStringLiteral("Katalog-Admin-2026");
}

// loket-cli catalog: list, show, versions, import-standard, import, export; streams and exit codes.
class TestCatalogCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void showJsonIsTheWholeStandard();
    void showText();
    void listNeedsNoUser();
    void unknownKbliAndUsage();
    void exportEditImport();
    void importStandardFile();
    void malformedStandardExitsThree();
    void changesNeedASignedInEditor();

private:
    test::CliResult cli(const QStringList& args, const QByteArray& input = {});
    // As the office's admin, who may edit the catalogue.
    test::CliResult admin(const QStringList& args, const QByteArray& input = {});
    QTemporaryDir m_dir;
    QString m_db;
    int m_n = 0;
};

test::CliResult TestCatalogCli::cli(const QStringList& args, const QByteArray& input)
{
    return test::runCli(QStringList{QStringLiteral("--db"), m_db} + args,
                        {QStringLiteral("LOKET_NOW=2026-01-05T09:00:00"), QStringLiteral("LOKET_LANG=en")}, input);
}

test::CliResult TestCatalogCli::admin(const QStringList& args, const QByteArray& input)
{
    return test::runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin")} +
                            args,
                        {QStringLiteral("LOKET_NOW=2026-01-05T09:00:00"), QStringLiteral("LOKET_LANG=en"),
                         QStringLiteral("LOKET_PASSWORD=") + kAdminPassword},
                        input);
}

void TestCatalogCli::init()
{
    m_db = m_dir.filePath(QStringLiteral("cli%1.sqlite").arg(++m_n));
    const auto r = test::runCli(
        {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
        {QStringLiteral("LOKET_PASSWORD=") + kAdminPassword});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCatalogCli::showJsonIsTheWholeStandard()
{
    const auto r =
        cli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("71205"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("kbli")).toString(), QStringLiteral("71205"));
    QCOMPARE(o.value(QStringLiteral("completion_working_days")).toInt(), 7);
    QCOMPARE(o.value(QStringLiteral("fee_amount")).toInt(-1), 0);
    QCOMPARE(o.value(QStringLiteral("risk_level")).toString(), QStringLiteral("Tinggi"));
    const QJsonObject complaints = o.value(QStringLiteral("complaints")).toObject();
    QCOMPARE(complaints.value(QStringLiteral("channels")).toArray().size(), 13);
    QCOMPARE(complaints.value(QStringLiteral("window_calendar_days")).toInt(), 30);
    QCOMPARE(complaints.value(QStringLiteral("answer_working_days")).toInt(), 14);
    QCOMPARE(complaints.value(QStringLiteral("resolution_paths")).toArray().size(), 3);
    QCOMPARE(o.value(QStringLiteral("requirements")).toArray().size(), 5);
    QCOMPARE(o.value(QStringLiteral("procedure_classifications")).toArray(), (QJsonArray{4, 8, 13, 17}));
    QCOMPARE(o.value(QStringLiteral("legal_bases")).toArray().size(), 6);
    QCOMPARE(o.value(QStringLiteral("facilities")).toArray().size(), 50);
    QCOMPARE(o.value(QStringLiteral("staff_count")).toInt(), 30);
    QCOMPARE(o.value(QStringLiteral("surveys_per_year")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("sop_evaluations_per_year")).toInt(), 1);
    // The standard states only the whole time: no stage budgets until the office sets them.
    QVERIFY(o.value(QStringLiteral("stage_budgets")).isArray());
    QCOMPARE(o.value(QStringLiteral("stage_budgets")).toArray().size(), 0);
}

void TestCatalogCli::showText()
{
    const auto r = cli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("71205")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("  7 working days — ")), r.out.constData());
    QVERIFY(text.contains(QStringLiteral("Answered within 14 working days.")));
    QVERIFY(text.contains(QStringLiteral("Gratis")));
    QVERIFY(text.contains(QStringLiteral("pengaduanptsp139@gmail.com")));
    // Requirements come before the fee, as at the counter.
    QVERIFY(text.indexOf(QStringLiteral("Skala industri kecil")) < text.indexOf(QStringLiteral("Gratis")));

    const auto id = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("id"),
                                  QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("71205")});
    QCOMPARE(id.exitCode, 0);
    QVERIFY2(QString::fromUtf8(id.out).contains(QStringLiteral("  7 hari kerja — ")), id.out.constData());
    QVERIFY(QString::fromUtf8(id.out).contains(QStringLiteral("Dijawab paling lambat 14 hari kerja.")));
}

void TestCatalogCli::listNeedsNoUser()
{
    auto r = cli({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(a.size(), 1);
    QCOMPARE(a[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Jasa Kalibrasi/Metrologi"));
    QCOMPARE(a[0].toObject().value(QStringLiteral("version")).toInt(), 1);
    r = cli({QStringLiteral("catalog"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("71205"));
    r = cli({QStringLiteral("catalog"), QStringLiteral("versions"), QStringLiteral("71205"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
}

void TestCatalogCli::unknownKbliAndUsage()
{
    auto r = cli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("99999")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("99999"));
    QCOMPARE(cli({QStringLiteral("catalog")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("catalog"), QStringLiteral("show")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("catalog"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("catalog"), QStringLiteral("import")}).exitCode, 2);
    QCOMPARE(admin({QStringLiteral("catalog"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.json"))})
                 .exitCode,
             3);
}

void TestCatalogCli::exportEditImport()
{
    auto r = cli({QStringLiteral("catalog"), QStringLiteral("export")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("services")).toArray().size(), 1);

    const QString file = m_dir.filePath(QStringLiteral("catalogue.json"));
    r = cli({QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--output"), file,
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("services")).toInt(), 1);
    QVERIFY(QFile::exists(file));

    // Unchanged: no new version.
    r = admin({QStringLiteral("catalog"), QStringLiteral("import"), file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("unchanged")).toInt(), 1);

    // Edited: version 2.
    QJsonArray services = root.value(QStringLiteral("services")).toArray();
    QJsonObject s = services[0].toObject();
    s.insert(QStringLiteral("completion_working_days"), 9);
    services[0] = s;
    root.insert(QStringLiteral("services"), services);
    r = admin({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("-")}, QJsonDocument(root).toJson());
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("71205"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("completion_working_days")).toInt(), 9);
    r = cli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("71205"), QStringLiteral("--version"),
             QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("completion_working_days")).toInt(), 7);

    // A bad field: exit 3, the message names it, nothing written.
    s.insert(QStringLiteral("fee_amount"), QStringLiteral("free"));
    services[0] = s;
    root.insert(QStringLiteral("services"), services);
    r = admin({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("-")}, QJsonDocument(root).toJson());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("services[0].fee_amount"), r.err.constData());
    r = cli({QStringLiteral("catalog"), QStringLiteral("versions"), QStringLiteral("71205"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
}

void TestCatalogCli::importStandardFile()
{
    const QString file = qEnvironmentVariable("LOKET_TEST_DATA") + QStringLiteral("/two-services.txt");
    auto r = admin({QStringLiteral("catalog"), QStringLiteral("import-standard"), file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("created")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 1);
    r = cli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("10794"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("fee_amount")).toInt(), 150000);
}

void TestCatalogCli::malformedStandardExitsThree()
{
    QFile in(qEnvironmentVariable("LOKET_TEST_DATA") + QStringLiteral("/two-services.txt"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    text.replace("14 (empat belas) hari kerja sejak diterimanya berkas", "empat belas hari sejak diterimanya berkas");
    const auto r = admin({QStringLiteral("catalog"), QStringLiteral("import-standard"), QStringLiteral("-")}, text);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("10794") && r.err.contains("component 3"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    const auto list = cli({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
}

void TestCatalogCli::changesNeedASignedInEditor()
{
    const QString file = qEnvironmentVariable("LOKET_TEST_DATA") + QStringLiteral("/two-services.txt");
    // Nobody signed in.
    auto r = cli({QStringLiteral("catalog"), QStringLiteral("import-standard"), file});
    QCOMPARE(r.exitCode, 5);
    // A front desk officer may read the catalogue but not change it.
    r = test::runCli(
        {QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
         QStringLiteral("add"), QStringLiteral("loket1"), QStringLiteral("--role"), QStringLiteral("front_desk")},
        {QStringLiteral("LOKET_PASSWORD=") + kAdminPassword, QStringLiteral("LOKET_NEW_PASSWORD=Loket-Satu-2026")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList clerk{QStringLiteral("LOKET_PASSWORD=Loket-Satu-2026")};
    r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("loket1"),
                      QStringLiteral("catalog"), QStringLiteral("import-standard"), file},
                     clerk);
    QCOMPARE(r.exitCode, 5);
    r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("loket1"),
                      QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("71205")},
                     clerk);
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
}

QTEST_GUILESS_MAIN(TestCatalogCli)
#include "test_catalogcli.moc"
