#include "TestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace loket;

class TestSystemCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initCheckBackupJson();
    void usageErrorsExitTwo();
    void notADatabaseExitsThree();
};

void TestSystemCli::initCheckBackupJson()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    const QStringList admin{QStringLiteral("LOKET_PASSWORD=admin-pass-123")};
    auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--workstation"),
                           QStringLiteral("C07"), QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--json")},
                          admin);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject init = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(init.value(QStringLiteral("workstation")).toString(), QStringLiteral("C07"));

    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("ok")).toBool(), true);

    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    // A backup holds every citizen's identity numbers: only the admin role may take one.
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), copy}).exitCode, 5);
    QVERIFY(!QFile::exists(copy));
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("backup"),
                      copy},
                     admin);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QFile::permissions(copy) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(QFile::exists(copy));
    r = test::runCli({QStringLiteral("--db"), copy, QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
}

void TestSystemCli::usageErrorsExitTwo()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--bogus")}).exitCode, 2);
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("check")}).exitCode, 2);
}

void TestSystemCli::notADatabaseExitsThree()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    const auto r = test::runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestSystemCli)
#include "test_systemcli.moc"
