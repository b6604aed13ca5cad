#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>
#include <unistd.h>

using namespace loket;
using test::CliResult;
using test::runCli;

// Issue 14, point 5: storage errors were misreported. A full disk or a read-only folder said "not a
// Loket database" (exit 3), an SLA export to a full disk left 0-byte files and an audit entry, a
// 0-byte database file became a new empty database, and a damaged page was "refused a change".
class TestStorageErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void missingDatabaseNotCreated();
    void emptyDatabaseNotCreated();
    void readOnlyFolderIsStorage();
    void fullDiskIsStorage();
    void exportToFullDeviceLeavesNothing();
    void exportToReadOnlyFolderLeavesNothing();
    void exportToFullDiskLeavesNothing();
    void receiptToFullDiskLeavesNothing();
    void damagedPageSaysDamaged();

private:
    CliResult cli(const QString& db, const QStringList& args, const QString& user = {}, const QString& password = {});
    // A fresh office database (admin, supervisor "sari") at `path`.
    void makeOffice(const QString& path);
    // A small tmpfs at a new folder (root only); empty when it cannot be mounted.
    QString mountTmpfs(const QString& name, const QString& size);
    // A folder this process cannot write: a read-only tmpfs as root, chmod 0555 otherwise.
    bool makeReadOnly(const QString& folder);
    int exportEntries(const QString& db);

    QTemporaryDir m_dir;
    QStringList m_mounts;
    QStringList m_readOnly;
};

CliResult TestStorageErrors::cli(const QString& db, const QStringList& args, const QString& user,
                                 const QString& password)
{
    QStringList head{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")};
    if (!user.isEmpty())
        head << QStringLiteral("--user") << user;
    return runCli(head + args,
                  {QStringLiteral("LOKET_NOW=2026-03-02T10:00"), QStringLiteral("LOKET_PASSWORD=") + password,
                   QStringLiteral("LOKET_NEW_PASSWORD=Sari-pass-123"),
                   QStringLiteral("LOKET_LOG_DIR=") + m_dir.filePath(QStringLiteral("log"))});
}

void TestStorageErrors::makeOffice(const QString& path)
{
    CliResult r = cli(path, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, {},
                      QStringLiteral("Admin-pass-123"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(path,
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sari"), QStringLiteral("--role"),
             QStringLiteral("supervisor")},
            QStringLiteral("admin"), QStringLiteral("Admin-pass-123"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QString TestStorageErrors::mountTmpfs(const QString& name, const QString& size)
{
    if (::geteuid() != 0)
        return {};
    const QString folder = m_dir.filePath(name);
    QDir().mkpath(folder);
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                    QStringLiteral("size=") + size, QStringLiteral("tmpfs"), folder}) !=
        0)
        return {};
    m_mounts << folder;
    return folder;
}

bool TestStorageErrors::makeReadOnly(const QString& folder)
{
    if (::geteuid() == 0)
        return m_mounts.contains(folder) &&
               QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}) == 0;
    m_readOnly << folder;
    return QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
}

int TestStorageErrors::exportEntries(const QString& db)
{
    const CliResult r = cli(db,
                            {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("log"),
                             QStringLiteral("--action"), QStringLiteral("personal_data.export")},
                            QStringLiteral("sari"), QStringLiteral("Sari-pass-123"));
    if (r.exitCode != 0)
        qWarning("audit log: %s", r.err.constData());
    return int(QJsonDocument::fromJson(r.out).array().size());
}

void TestStorageErrors::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestStorageErrors::cleanup()
{
    for (const QString& folder : std::as_const(m_readOnly))
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_readOnly.clear();
    for (const QString& folder : std::as_const(m_mounts))
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), folder});
    m_mounts.clear();
}

void TestStorageErrors::missingDatabaseNotCreated()
{
    const QString db = m_dir.filePath(QStringLiteral("missing.sqlite"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("catalog"), QStringLiteral("list")},
          QStringList{QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2026")},
          QStringList{QStringLiteral("check")}}) {
        const CliResult r = cli(db, args);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(db.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("loket-cli init"), r.err.constData());
        QVERIFY(!QFileInfo::exists(db));
    }
    // init creates it.
    const CliResult r = cli(db, {QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo(db).size() > 0);
}

void TestStorageErrors::emptyDatabaseNotCreated()
{
    const QString db = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QFile f(db);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    for (const QStringList& args :
         {QStringList{QStringLiteral("catalog"), QStringLiteral("list")}, QStringList{QStringLiteral("check")}}) {
        const CliResult r = cli(db, args);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(db.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("empty") && r.err.contains("loket-cli init"), r.err.constData());
        QCOMPARE(QFileInfo(db).size(), 0);
    }
    const CliResult r = cli(db, {QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo(db).size() > 0);
}

void TestStorageErrors::readOnlyFolderIsStorage()
{
    QString folder = mountTmpfs(QStringLiteral("ro"), QStringLiteral("64m"));
    if (folder.isEmpty() && ::geteuid() == 0)
        QSKIP("running as root without a tmpfs mount: a read-only folder cannot be made");
    if (folder.isEmpty()) {
        folder = m_dir.filePath(QStringLiteral("ro"));
        QDir().mkpath(folder);
    }
    const QString db = QDir(folder).filePath(QStringLiteral("office.sqlite"));
    makeOffice(db);
    QVERIFY(makeReadOnly(folder));
    const CliResult r = cli(db, {QStringLiteral("catalog"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(!r.err.contains("not a Loket database"), r.err.constData());
    QVERIFY2(r.err.contains("read-only"), r.err.constData());
    QVERIFY2(r.err.contains(folder.toUtf8()), r.err.constData());
}

void TestStorageErrors::fullDiskIsStorage()
{
    const QString folder = mountTmpfs(QStringLiteral("full"), QStringLiteral("64m"));
    if (folder.isEmpty())
        QSKIP("a full disk is simulated with a small tmpfs, which needs root");
    const QString db = QDir(folder).filePath(QStringLiteral("office.sqlite"));
    makeOffice(db);
    // Fill the disk to the last byte.
    QFile filler(QDir(folder).filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    QByteArray one(1, 'x');
    while (filler.write(one) == 1 && filler.flush()) {
    }
    filler.close();
    const CliResult r = cli(db,
                            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("budi"),
                             QStringLiteral("--role"), QStringLiteral("front_desk")},
                            QStringLiteral("admin"), QStringLiteral("Admin-pass-123"));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(!r.err.contains("not a Loket database"), r.err.constData());
    QVERIFY2(r.err.contains("full"), r.err.constData());
    QVERIFY2(r.err.contains(folder.toUtf8()), r.err.constData());
}

void TestStorageErrors::exportToFullDeviceLeavesNothing()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full");
    const QString db = m_dir.filePath(QStringLiteral("export.sqlite"));
    makeOffice(db);
    const CliResult r = cli(
        db, {QStringLiteral("report"), QStringLiteral("sla"), QStringLiteral("--xlsx"), QStringLiteral("/dev/full")},
        QStringLiteral("sari"), QStringLiteral("Sari-pass-123"));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("/dev/full"), r.err.constData());
    QCOMPARE(exportEntries(db), 0);
    // /dev/full is still the device, not a file put in its place.
    QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
    // And a good export is recorded once.
    const QString out = m_dir.filePath(QStringLiteral("good"));
    const CliResult ok = cli(db, {QStringLiteral("report"), QStringLiteral("sla"), QStringLiteral("--csv"), out},
                             QStringLiteral("sari"), QStringLiteral("Sari-pass-123"));
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QCOMPARE(exportEntries(db), 1);
    for (const QFileInfo& f : QDir(out).entryInfoList(QDir::Files | QDir::Hidden))
        QVERIFY2(f.suffix() == QLatin1String("csv") && f.size() > 0, qPrintable(f.fileName()));
}

void TestStorageErrors::exportToReadOnlyFolderLeavesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("export-ro.sqlite"));
    makeOffice(db);
    QString folder = mountTmpfs(QStringLiteral("export-ro"), QStringLiteral("1m"));
    if (folder.isEmpty() && ::geteuid() == 0)
        QSKIP("running as root without a tmpfs mount: a read-only folder cannot be made");
    if (folder.isEmpty()) {
        folder = m_dir.filePath(QStringLiteral("export-ro"));
        QDir().mkpath(folder);
    }
    QVERIFY(makeReadOnly(folder));
    const CliResult r = cli(db, {QStringLiteral("report"), QStringLiteral("sla"), QStringLiteral("--csv"), folder},
                            QStringLiteral("sari"), QStringLiteral("Sari-pass-123"));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("read-only"), r.err.constData());
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 0);
    QCOMPARE(exportEntries(db), 0);
}

void TestStorageErrors::exportToFullDiskLeavesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("export-full.sqlite"));
    makeOffice(db);
    const QString folder = mountTmpfs(QStringLiteral("export-full"), QStringLiteral("64k"));
    if (folder.isEmpty())
        QSKIP("a full disk is simulated with a small tmpfs, which needs root");
    QFile filler(QDir(folder).filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray one(1, 'x');
    while (filler.write(one) == 1 && filler.flush()) {
    }
    filler.close();
    const QString out = QDir(folder).filePath(QStringLiteral("sla"));
    const CliResult r = cli(db, {QStringLiteral("report"), QStringLiteral("sla"), QStringLiteral("--csv"), out},
                            QStringLiteral("sari"), QStringLiteral("Sari-pass-123"));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("full"), r.err.constData());
    // No 0-byte or half file under a final name, no temporary left behind.
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), 0);
    QCOMPARE(exportEntries(db), 0);
}

void TestStorageErrors::receiptToFullDiskLeavesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("receipt.sqlite"));
    makeOffice(db);
    const QStringList sample{QStringLiteral("receipt"), QStringLiteral("sample"), QStringLiteral("--pdf")};
    if (QFileInfo::exists(QStringLiteral("/dev/full"))) {
        const CliResult r = cli(db, sample + QStringList{QStringLiteral("/dev/full")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("/dev/full"), r.err.constData());
        QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
    }
    const QString folder = mountTmpfs(QStringLiteral("receipt-full"), QStringLiteral("64k"));
    if (folder.isEmpty())
        QSKIP("a full disk is simulated with a small tmpfs, which needs root");
    QFile filler(QDir(folder).filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray one(1, 'x');
    while (filler.write(one) == 1 && filler.flush()) {
    }
    filler.close();
    const QString pdf = QDir(folder).filePath(QStringLiteral("receipt.pdf"));
    const CliResult r = cli(db, sample + QStringList{pdf});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("full"), r.err.constData());
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("filler")});
}

void TestStorageErrors::damagedPageSaysDamaged()
{
    const QString good = m_dir.filePath(QStringLiteral("sound.sqlite"));
    makeOffice(good);
    const QString db = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(QFile::copy(good, db));
    CliResult r = cli(db, {QStringLiteral("check")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Overwrite one page in the middle of the file (not the header page) with garbage.
    QFile f(db);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    const qint64 pages = f.size() / pageSize;
    QVERIFY(pages > 4);
    QVERIFY(f.seek((pages / 2) * pageSize));
    QVERIFY(f.write(QByteArray(int(pageSize), char(0xA5))) == pageSize);
    f.close();
    r = cli(db, {QStringLiteral("check")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("damaged"), r.err.constData());
    QVERIFY2(!r.err.contains("refused a change"), r.err.constData());
    QVERIFY2(r.err.contains(db.toUtf8()), r.err.constData());
}

QTEST_GUILESS_MAIN(TestStorageErrors)
#include "test_storageerrors.moc"
