#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace loket;

namespace {
const QStringList kAdmin{QStringLiteral("LOKET_PASSWORD=admin-pass-123"), QStringLiteral("LOKET_NOW=2026-01-05T17:30"),
                         QStringLiteral("LOKET_LANG=en")};
const QStringList kClerk{QStringLiteral("LOKET_PASSWORD=clerk-pass-123"), QStringLiteral("LOKET_NOW=2026-01-05T17:30"),
                         QStringLiteral("LOKET_LANG=en")};

QStringList args(const QString& db, std::initializer_list<const char*> words)
{
    QStringList out{QStringLiteral("--db"), db};
    for (const char* w : words)
        out << QString::fromUtf8(w);
    return out;
}
} // namespace

class TestBackupCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rotatingBackupListAndCheck();
    void permissionAndUsage();
    void restoreNeedsYesAndAnAdmin();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestBackupCli::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("counter.sqlite"));
    auto r = test::runCli(args(m_db, {"init", "--workstation", "C05", "--admin", "admin"}), kAdmin);
    QCOMPARE(r.exitCode, 0);
    r = test::runCli(args(m_db, {"--user", "admin", "user", "add", "clerk", "--role", "front_desk"}),
                     kAdmin + QStringList{QStringLiteral("LOKET_NEW_PASSWORD=clerk-pass-123")});
    QCOMPARE(r.exitCode, 0);
}

void TestBackupCli::rotatingBackupListAndCheck()
{
    const QString folder = m_dir.filePath(QStringLiteral("nightly"));
    // Default folder: "backups" next to the database.
    auto r = test::runCli(args(m_db, {"--user", "admin", "backup", "--json"}), kAdmin);
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("file")).toString(), QStringLiteral("loket-C05-20260105-173000.sqlite"));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("backups/loket-C05-20260105-173000.sqlite"))));
    QVERIFY(o.value(QStringLiteral("ok")).toBool());

    // --dir/--keep override; a third run with --keep 2 removes the oldest.
    for (const char* now : {"2026-01-06T17:30", "2026-01-07T17:30", "2026-01-08T17:30"}) {
        QStringList env = kAdmin;
        env[1] = QStringLiteral("LOKET_NOW=") + QLatin1String(now);
        r = test::runCli(args(m_db, {"--user", "admin", "backup", "--keep", "2", "--json"}) +
                             QStringList{QStringLiteral("--dir"), folder},
                         env);
        QCOMPARE(r.exitCode, 0);
    }
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("removed")).toArray().first().toString(),
             QStringLiteral("loket-C05-20260106-173000.sqlite"));
    // The documents and attachments folders are mirrored beside the backups (none yet here).
    QCOMPARE(o.value(QStringLiteral("files")).toObject().value(QStringLiteral("copied")).toInt(), 0);
    QVERIFY(o.value(QStringLiteral("files")).toObject().value(QStringLiteral("problems")).toArray().isEmpty());
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);

    r = test::runCli(args(m_db, {"backup", "list", "--json", "--dir"}) + QStringList{folder});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].toObject().value(QStringLiteral("file")).toString(),
             QStringLiteral("loket-C05-20260108-173000.sqlite"));
    QVERIFY(r.err.isEmpty());

    // Without --dir it lists backup.dir; configure moves it.
    r = test::runCli(
        args(m_db, {"--user", "admin", "backup", "configure", "--keep", "7", "--dir"}) + QStringList{folder}, kAdmin);
    QCOMPARE(r.exitCode, 0);
    r = test::runCli(args(m_db, {"backup", "list", "--json"}));
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
    r = test::runCli(args(m_db, {"backup", "configure", "--keep", "0", "--user", "admin"}), kAdmin);
    QCOMPARE(r.exitCode, 3);

    const QString good = QDir(folder).filePath(QStringLiteral("loket-C05-20260108-173000.sqlite"));
    r = test::runCli(args(m_db, {"backup", "check", "--json"}) + QStringList{good});
    QCOMPARE(r.exitCode, 0);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("workstation")).toString(), QStringLiteral("C05"));
    QCOMPARE(o.value(QStringLiteral("sha256")).toString(), test::fileSha256(good));

    const QString junk = QDir(folder).filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    r = test::runCli(args(m_db, {"backup", "check", "--json"}) + QStringList{junk}, kAdmin);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(r.err.contains("junk.sqlite"));
    // The list shows it too, and says something is wrong.
    r = test::runCli(args(m_db, {"backup", "list", "--json"}));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
    QVERIFY(QFile::remove(junk));
    r = test::runCli(args(m_db, {"backup", "check"}) + QStringList{m_dir.filePath(QStringLiteral("missing.sqlite"))});
    QCOMPARE(r.exitCode, 3);
}

void TestBackupCli::permissionAndUsage()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(test::runCli(args(m_db, {"backup"}) + QStringList{copy}).exitCode, 5);
    QCOMPARE(test::runCli(args(m_db, {"--user", "clerk", "backup"}) + QStringList{copy}, kClerk).exitCode, 5);
    QCOMPARE(test::runCli(args(m_db, {"--user", "clerk", "backup"}), kClerk).exitCode, 5);
    QVERIFY(!QFile::exists(copy));
    QCOMPARE(test::runCli(args(m_db, {"--user", "admin", "backup", "--keep", "many"}), kAdmin).exitCode, 2);
    QCOMPARE(
        test::runCli(args(m_db, {"--user", "admin", "backup", "--keep", "3"}) + QStringList{copy}, kAdmin).exitCode, 2);
    QCOMPARE(test::runCli(args(m_db, {"backup", "check"})).exitCode, 2);
    QCOMPARE(test::runCli(args(m_db, {"restore"})).exitCode, 2);

    const auto r = test::runCli(args(m_db, {"--user", "admin", "backup", "--json"}) + QStringList{copy}, kAdmin);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("path")).toString(), copy);
    QCOMPARE(QFile::permissions(copy) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

void TestBackupCli::restoreNeedsYesAndAnAdmin()
{
    const QString backup = m_dir.filePath(QStringLiteral("before-change.sqlite"));
    QCOMPARE(test::runCli(args(m_db, {"--user", "admin", "backup"}) + QStringList{backup}, kAdmin).exitCode, 0);
    // A change after the backup that the restore will undo.
    QCOMPARE(test::runCli(args(m_db, {"--user", "admin", "user", "add", "later", "--role", "front_desk"}),
                          kAdmin + QStringList{QStringLiteral("LOKET_NEW_PASSWORD=later-pass-123")})
                 .exitCode,
             0);
    const QString before = test::fileSha256(m_db);

    auto r = test::runCli(args(m_db, {"--user", "admin", "restore", "--json"}) + QStringList{backup}, kAdmin);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--yes"));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("would_restore")).toString(), m_db);
    QCOMPARE(test::fileSha256(m_db), before);

    QCOMPARE(test::runCli(args(m_db, {"restore", "--yes"}) + QStringList{backup}, kAdmin).exitCode, 5);
    QCOMPARE(test::runCli(args(m_db, {"--user", "clerk", "restore", "--yes"}) + QStringList{backup}, kClerk).exitCode,
             5);
    QCOMPARE(test::runCli(args(m_db, {"--user", "admin", "restore", "--yes"}) + QStringList{backup},
                          {QStringLiteral("LOKET_PASSWORD=wrong-password")})
                 .exitCode,
             3);
    const QString junk = m_dir.filePath(QStringLiteral("junk.bin"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("nothing");
    f.close();
    QCOMPARE(test::runCli(args(m_db, {"--user", "admin", "restore", "--yes"}) + QStringList{junk}, kAdmin).exitCode, 3);
    // Still the current database (the failed sign-in above was recorded in it, so compare contents).
    r = test::runCli(args(m_db, {"--user", "admin", "user", "list", "--json"}), kAdmin);
    QVERIFY(r.out.contains("\"later\""));

    r = test::runCli(args(m_db, {"--user", "admin", "restore", "--yes", "--json"}) + QStringList{backup}, kAdmin);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QString safety = o.value(QStringLiteral("safety_copy")).toString();
    QVERIFY(QFile::exists(safety));
    QCOMPARE(o.value(QStringLiteral("restored")).toString(), m_db);

    r = test::runCli(args(m_db, {"--user", "admin", "user", "list", "--json"}), kAdmin);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains("\"later\""));
    r = test::runCli(args(m_db, {"--user", "admin", "audit", "log", "--action", "backup.restore", "--json"}), kAdmin);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("before-change.sqlite"), r.out.constData());
    QCOMPARE(test::runCli(args(m_db, {"check"})).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "test_backupcli.moc"
