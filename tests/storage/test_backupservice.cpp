#include "TestDatabase.h"
#include "common/Error.h"
#include "settings/BackupSettings.h"
#include "settings/SettingsRepository.h"
#include "setup/ManagedFiles.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <functional>

using namespace loket;

namespace {
void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Overwrites the middle of the file (not the header page) with garbage.
void damage(const QString& path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 8 * 4096);
    f.seek(4096);
    f.write(QByteArray(int(size / 2), char(0xA5)));
}

Error::Kind kindOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.kind();
    }
    return Error::Kind(-1);
}

QString officeName(const QString& path)
{
    Database db;
    Database::OpenOptions options;
    options.create = false;
    db.open(path, options);
    return SettingsRepository(db).value(QStringLiteral("office.name"));
}

struct LastAudit
{
    QString action, recordId, actorName;
    QJsonObject after;
};

LastAudit lastAudit(const Database& db)
{
    SqlQuery q(db.handle(),
               QStringLiteral("SELECT action, record_id, actor_name, after_json FROM audit_log ORDER BY seq "
                              "DESC LIMIT 1"));
    q.exec();
    if (!q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()};
}

const QFileDevice::Permissions kOthers =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
} // namespace

class TestBackupService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backupIsVerifiedAndAudited();
    void backupNeedsPermission();
    void rotationKeepsNewestAndNothingElse();
    void settingsHaveDefaultsAndCanChange();
    void inspectRejectsWhatIsNotAUsableBackup();
    void listShowsNewestFirstWithBadFiles();
    void restoreReplacesContentsKeepsSafetyCopyAndAudits();
    void restoreMigratesAnOlderBackup();
    void restoreRefusesDamagedBackupLeavingOriginal();
    void restoreRefusesWhileDatabaseIsOpen();
    void documentsAndAttachmentsTravelWithTheBackups();
    void mirrorKeepsGoodCopyWhenLiveFileIsDamaged();
    void restoreRefusesAnOrphanedJournal();
};

void TestBackupService::backupIsVerifiedAndAudited()
{
    test::TestDatabase t;
    const Context ctx = t.context(test::actorWith({Role::Admin}, QStringLiteral("admin")));
    const QString file = QDir(t.dir()).filePath(QStringLiteral("copy.sqlite"));
    const BackupInfo info = BackupService::backup(ctx, file);
    QVERIFY(info.ok);
    QCOMPARE(info.path, QFileInfo(file).absoluteFilePath());
    QCOMPARE(info.size, QFileInfo(file).size());
    QCOMPARE(info.sha256, test::fileSha256(file));
    QCOMPARE(info.schemaVersion, Database::latestVersion());
    QCOMPARE(info.workstation, QStringLiteral("C01"));
    QCOMPARE(info.cases, qint64(0));
    QCOMPARE(QFile::permissions(file) & kOthers, QFileDevice::Permissions());

    const LastAudit audit = lastAudit(t.db());
    QCOMPARE(audit.action, QStringLiteral("backup.write"));
    QCOMPARE(audit.recordId, QStringLiteral("copy.sqlite"));
    QCOMPARE(audit.actorName, QStringLiteral("admin"));
    QCOMPARE(audit.after.value(QStringLiteral("sha256")).toString(), info.sha256);
    QCOMPARE(qint64(audit.after.value(QStringLiteral("size")).toDouble()), info.size);

    // An existing file is never overwritten.
    QCOMPARE(kindOf([&] { BackupService::backup(ctx, file); }), Error::Kind::Invalid);
    QCOMPARE(test::fileSha256(file), info.sha256);
}

void TestBackupService::backupNeedsPermission()
{
    test::TestDatabase t;
    const QString file = QDir(t.dir()).filePath(QStringLiteral("copy.sqlite"));
    const QString dir = QDir(t.dir()).filePath(QStringLiteral("rotating"));
    const Context clerk = t.context(test::actorWith({Role::FrontDesk, Role::Supervisor}));
    QCOMPARE(kindOf([&] { BackupService::backup(clerk, file); }), Error::Kind::Permission);
    QCOMPARE(kindOf([&] { BackupService::backupRotating(clerk, dir, 3); }), Error::Kind::Permission);
    QCOMPARE(kindOf([&] { BackupSettings::configure(clerk, dir, 3); }), Error::Kind::Permission);
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QFileInfo::exists(dir));
    QVERIFY(lastAudit(t.db()).action != QStringLiteral("backup.write"));
}

void TestBackupService::rotationKeepsNewestAndNothingElse()
{
    test::TestDatabase t(QDateTime(QDate(2026, 1, 5), QTime(17, 30), Clock::zone()), QStringLiteral("C03"));
    const Context ctx = t.context(test::actorWith({Role::Admin}));
    QTemporaryDir folder;
    const QDir dir(folder.path());
    // Files that are not this workstation's rotating backups must survive any rotation.
    const QStringList others{QStringLiteral("loket-C04-20200101-000000.sqlite"),
                             QStringLiteral("loket-C03-manual.sqlite"), QStringLiteral("notes.txt"),
                             QStringLiteral("loket-C03-20200101-000000.sqlite.bak")};
    for (const QString& name : others)
        writeFile(dir.filePath(name), name.toUtf8());

    QStringList written;
    BackupInfo last;
    for (int i = 0; i < 5; ++i) {
        last = BackupService::backupRotating(ctx, folder.path(), 3);
        written << last.fileName();
        t.clock().advanceDays(1);
    }
    QCOMPARE(written.first(), QStringLiteral("loket-C03-20260105-173000.sqlite"));
    QCOMPARE(written.last(), QStringLiteral("loket-C03-20260109-173000.sqlite"));
    QCOMPARE(last.removed, QStringList{written.at(1)});

    QStringList expected = others + written.mid(2);
    expected.sort();
    QCOMPARE(dir.entryList(QDir::Files, QDir::Name), expected);
    for (const QString& name : others)
        QCOMPARE(QFile(dir.filePath(name)).size(), qint64(name.toUtf8().size()));

    // Two in the same second get a suffix rather than failing.
    const BackupInfo again = BackupService::backupRotating(ctx, folder.path(), 3);
    QCOMPARE(again.fileName(), QStringLiteral("loket-C03-20260110-173000.sqlite"));
    const BackupInfo same = BackupService::backupRotating(ctx, folder.path(), 3);
    QCOMPARE(same.fileName(), QStringLiteral("loket-C03-20260110-173000-1.sqlite"));
    QVERIFY(QFile::exists(again.path));

    QCOMPARE(kindOf([&] { BackupService::backupRotating(ctx, folder.path(), 0); }), Error::Kind::Invalid);
}

void TestBackupService::settingsHaveDefaultsAndCanChange()
{
    test::TestDatabase t;
    const Context ctx = t.context(test::actorWith({Role::Admin}));
    QCOMPARE(BackupSettings::configuredDir(t.db()), QDir(t.dir()).filePath(QStringLiteral("backups")));
    QCOMPARE(BackupSettings::configuredKeep(t.db()), 14);
    const QString dir = QDir(t.dir()).filePath(QStringLiteral("elsewhere"));
    BackupSettings::configure(ctx, dir, 30);
    QCOMPARE(BackupSettings::configuredDir(t.db()), dir);
    QCOMPARE(BackupSettings::configuredKeep(t.db()), 30);
    QCOMPARE(kindOf([&] { BackupSettings::configure(ctx, QStringLiteral("relative/dir"), 5); }), Error::Kind::Invalid);
    QCOMPARE(kindOf([&] { BackupSettings::configure(ctx, dir, 0); }), Error::Kind::Invalid);
    QCOMPARE(BackupSettings::configuredKeep(t.db()), 30);
}

void TestBackupService::inspectRejectsWhatIsNotAUsableBackup()
{
    test::TestDatabase t;
    const Context ctx = t.context(test::actorWith({Role::Admin}));
    const QDir dir(t.dir());

    const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
    writeFile(text, "this is not a database at all, just some words");
    QCOMPARE(kindOf([&] { BackupService::inspect(text); }), Error::Kind::Invalid);

    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    test::rawSql(foreign, {QStringLiteral("CREATE TABLE x (y TEXT)")});
    try {
        BackupService::inspect(foreign);
        QFAIL("a foreign SQLite file was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QVERIFY2(e.message().contains(foreign), qPrintable(e.message()));
    }

    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    BackupService::backup(ctx, newer);
    test::rawSql(newer, {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1)});
    try {
        BackupService::inspect(newer);
        QFAIL("a newer schema was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QVERIFY2(e.message().contains(QStringLiteral("newer")), qPrintable(e.message()));
    }

    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    BackupService::backup(ctx, damaged);
    QVERIFY(BackupService::inspect(damaged).ok);
    damage(damaged);
    try {
        BackupService::inspect(damaged);
        QFAIL("a damaged file was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QVERIFY2(e.message().contains(damaged), qPrintable(e.message()));
    }

    QCOMPARE(kindOf([&] { BackupService::inspect(dir.filePath(QStringLiteral("missing.sqlite"))); }),
             Error::Kind::NotFound);
}

void TestBackupService::listShowsNewestFirstWithBadFiles()
{
    test::TestDatabase t(QDateTime(QDate(2026, 3, 2), QTime(17, 30), Clock::zone()));
    const Context ctx = t.context(test::actorWith({Role::Admin}));
    QTemporaryDir folder;
    const QString first = BackupService::backupRotating(ctx, folder.path(), 5).path;
    t.clock().advanceDays(1);
    const QString second = BackupService::backupRotating(ctx, folder.path(), 5).path;
    const QString bad = QDir(folder.path()).filePath(QStringLiteral("broken.sqlite"));
    writeFile(bad, "garbage");
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(
            f.setFileTime(QDateTime(QDate(2026, 2, 1), QTime(8, 0), Clock::zone()), QFileDevice::FileModificationTime));
    }

    const QList<BackupInfo> list = BackupService::list(folder.path());
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].path, second);
    QCOMPARE(list[0].takenAt, QDateTime(QDate(2026, 3, 3), QTime(17, 30), Clock::zone()));
    QVERIFY(list[0].ok);
    QCOMPARE(list[1].path, first);
    QCOMPARE(list[2].path, bad);
    QVERIFY(!list[2].ok);
    QVERIFY(!list[2].problem.isEmpty());
    QVERIFY(BackupService::list(QDir(folder.path()).filePath(QStringLiteral("none"))).isEmpty());
}

void TestBackupService::restoreReplacesContentsKeepsSafetyCopyAndAudits()
{
    test::TestDatabase t;
    const Context ctx = t.context(test::actorWith({Role::Admin}));
    SettingsRepository settings(t.db());
    settings.set(ctx, QStringLiteral("office.name"), QStringLiteral("Kantor Lama"));
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("monday.sqlite"));
    BackupService::backup(ctx, backup);
    settings.set(ctx, QStringLiteral("office.name"), QStringLiteral("Kantor Baru"));
    t.db().close();

    t.clock().set(QDateTime(QDate(2026, 1, 6), QTime(7, 15), Clock::zone()));
    const auto result = BackupService::restore(backup, t.path(), QStringLiteral("admin"), t.clock());
    QCOMPARE(result.target, t.path());
    QCOMPARE(result.safetyCopy, QDir(t.dir()).filePath(QStringLiteral("loket-before-restore-20260106-071500.sqlite")));
    QCOMPARE(result.schemaVersion, Database::latestVersion());
    QVERIFY(result.migrationBackup.isEmpty());

    QCOMPARE(officeName(t.path()), QStringLiteral("Kantor Lama"));
    QCOMPARE(officeName(result.safetyCopy), QStringLiteral("Kantor Baru"));
    QCOMPARE(QFile::permissions(result.safetyCopy) & kOthers, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(t.path()) & kOthers, QFileDevice::Permissions());
    // Nothing of the work in progress is left next to it.
    for (const QString& name : QDir(t.dir()).entryList(QDir::Files))
        QVERIFY2(!name.contains(QStringLiteral("restoring")), qPrintable(name));

    Database restored;
    restored.open(t.path());
    const LastAudit audit = lastAudit(restored);
    QCOMPARE(audit.action, QStringLiteral("backup.restore"));
    QCOMPARE(audit.recordId, QStringLiteral("monday.sqlite"));
    QCOMPARE(audit.actorName, QStringLiteral("admin"));
    QCOMPARE(audit.after.value(QStringLiteral("safety_copy")).toString(), result.safetyCopy);
    QCOMPARE(audit.after.value(QStringLiteral("backup")).toString(), backup);
    QVERIFY(restored.integrityProblems().isEmpty());
}

void TestBackupService::restoreMigratesAnOlderBackup()
{
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database db;
        Database::OpenOptions options;
        options.targetVersion = 5;
        db.open(old, options);
        QCOMPARE(db.schemaVersion(), 5);
    }
    const QString target = dir.filePath(QStringLiteral("work.sqlite"));
    {
        test::TestDatabase t;
        t.db().close();
        QVERIFY(QFile::copy(t.path(), target));
    }
    QCOMPARE(BackupService::inspect(old).schemaVersion, 5);
    const FixedClock clock(QDateTime(QDate(2026, 1, 7), QTime(8, 0), Clock::zone()));
    // The database it replaces never wrote this file: only an admin's --force restores it.
    QCOMPARE(kindOf([&] { BackupService::restore(old, target, QStringLiteral("admin"), clock); }),
             Error::Kind::Invalid);
    const auto result = BackupService::restore(old, target, QStringLiteral("admin"), clock, true);
    QCOMPARE(result.schemaVersion, Database::latestVersion());
    QVERIFY(!result.migrationBackup.isEmpty());
    Database db;
    db.open(target);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(lastAudit(db).action, QStringLiteral("backup.restore"));
}

void TestBackupService::restoreRefusesDamagedBackupLeavingOriginal()
{
    test::TestDatabase t;
    const Context ctx = t.context(test::actorWith({Role::Admin}));
    SettingsRepository(t.db()).set(ctx, QStringLiteral("office.name"), QStringLiteral("Kantor Asli"));
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("bad.sqlite"));
    BackupService::backup(ctx, backup);
    damage(backup);
    t.db().close();
    const QString before = test::fileSha256(t.path());
    const QStringList files = QDir(t.dir()).entryList(QDir::Files, QDir::Name);

    QCOMPARE(kindOf([&] { BackupService::restore(backup, t.path(), QStringLiteral("admin"), t.clock()); }),
             Error::Kind::Invalid);
    QCOMPARE(test::fileSha256(t.path()), before);
    QCOMPARE(QDir(t.dir()).entryList(QDir::Files, QDir::Name), files);
    QCOMPARE(officeName(t.path()), QStringLiteral("Kantor Asli"));
}

void TestBackupService::restoreRefusesWhileDatabaseIsOpen()
{
    test::TestDatabase t;
    const Context ctx = t.context(test::actorWith({Role::Admin}));
    SettingsRepository(t.db()).set(ctx, QStringLiteral("office.name"), QStringLiteral("Kantor Asli"));
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("good.sqlite"));
    BackupService::backup(ctx, backup);
    SettingsRepository(t.db()).set(ctx, QStringLiteral("office.name"), QStringLiteral("Kantor Sekarang"));
    const QStringList files = QDir(t.dir()).entryList(QDir::Files, QDir::Name);

    // The desktop program holds it open (idle, no transaction running).
    QCOMPARE(kindOf([&] { BackupService::restore(backup, t.path(), QStringLiteral("admin"), t.clock()); }),
             Error::Kind::Conflict);
    QCOMPARE(QDir(t.dir()).entryList(QDir::Files, QDir::Name), files);
    QCOMPARE(SettingsRepository(t.db()).value(QStringLiteral("office.name")), QStringLiteral("Kantor Sekarang"));
    // The open connection still works normally.
    SettingsRepository(t.db()).set(ctx, QStringLiteral("office.phone"), QStringLiteral("0264 200000"));
    t.db().close();
    QCOMPARE(officeName(t.path()), QStringLiteral("Kantor Sekarang"));
}

void TestBackupService::documentsAndAttachmentsTravelWithTheBackups()
{
    // Scanned documents and complaint attachments live in folders next to the database; the
    // backup folder keeps a copy of each file once, and a restore puts back what is missing.
    test::TestDatabase t;
    const Context ctx = t.context(test::actorWith({Role::Admin}, QStringLiteral("admin")));
    const QList<ManagedFolder> folders = ManagedFiles::of(t.db().path());
    QCOMPARE(folders.size(), 2);
    QVERIFY(QDir().mkpath(folders[0].path + QStringLiteral("/ab")));
    QVERIFY(QDir().mkpath(folders[1].path + QStringLiteral("/c-1")));
    const QString scan = folders[0].path + QStringLiteral("/ab/abcdef.pdf");
    const QString letter = folders[1].path + QStringLiteral("/c-1/surat.jpg");
    writeFile(scan, QByteArray(5000, 'p'));
    writeFile(letter, "JPEG");

    const QString dir = QDir(t.dir()).filePath(QStringLiteral("backups"));
    const BackupInfo info = BackupService::backupRotating(ctx, dir, 3);
    MirrorResult first = BackupService::mirrorFiles(ctx, dir, folders);
    QCOMPARE(first.copied, 2);
    QCOMPARE(first.bytesCopied, qint64(5004));
    QVERIFY(first.problems.isEmpty());
    QVERIFY(QFile::exists(dir + QStringLiteral("/files-C01/documents/ab/abcdef.pdf")));
    QCOMPARE(QFile::permissions(dir + QStringLiteral("/files-C01/documents/ab/abcdef.pdf")) & kOthers,
             QFileDevice::Permissions());
    // The next night copies only what is new.
    writeFile(folders[0].path + QStringLiteral("/ab/abd000.pdf"), "new");
    const MirrorResult second = BackupService::mirrorFiles(ctx, dir, folders);
    QCOMPARE(second.copied, 1);
    QCOMPARE(second.present, 2);
    // Not for everyone.
    QCOMPARE(kindOf([&] { BackupService::mirrorFiles(t.context(test::actorWith({Role::FrontDesk})), dir, folders); }),
             Error::Kind::Permission);

    // The PC lost its files: the restore puts them back, leaving what is there alone.
    QVERIFY(QFile::remove(scan));
    QVERIFY(QDir(folders[1].path).removeRecursively());
    writeFile(folders[0].path + QStringLiteral("/ab/abd000.pdf"), "new");
    const MirrorResult back = BackupService::restoreFiles(info.path, QStringLiteral("C01"), folders);
    QCOMPARE(back.copied, 2);
    QCOMPARE(back.present, 1);
    QCOMPARE(test::fileSha256(scan),
             QString::fromLatin1(QCryptographicHash::hash(QByteArray(5000, 'p'), QCryptographicHash::Sha256).toHex()));
    QVERIFY(QFile::exists(letter));
}

void TestBackupService::mirrorKeepsGoodCopyWhenLiveFileIsDamaged()
{
    // A scan mirrored on Monday is cut short on the PC on Tuesday: Tuesday's backup keeps Monday's
    // good copy and says so; a restore then repairs the PC's file and keeps the damaged one aside.
    test::TestDatabase t;
    const Context ctx = t.context(test::actorWith({Role::Admin}, QStringLiteral("admin")));
    const QList<ManagedFolder> folders = ManagedFiles::of(t.db().path());
    QVERIFY(QDir().mkpath(folders[0].path + QStringLiteral("/ab")));
    const QString scan = folders[0].path + QStringLiteral("/ab/abcdef.pdf");
    writeFile(scan, QByteArray(1000, 'g'));
    const QString dir = QDir(t.dir()).filePath(QStringLiteral("backups"));
    const BackupInfo info = BackupService::backupRotating(ctx, dir, 3);
    QCOMPARE(BackupService::mirrorFiles(ctx, dir, folders).copied, 1);
    const QString copy = dir + QStringLiteral("/files-C01/documents/ab/abcdef.pdf");

    writeFile(scan, "cu");
    const MirrorResult tuesday = BackupService::mirrorFiles(ctx, dir, folders);
    QCOMPARE(tuesday.copied, 0);
    QCOMPARE(tuesday.problems.size(), 1);
    QVERIFY2(tuesday.problems.first().contains(scan), qPrintable(tuesday.problems.first()));
    QCOMPARE(QFileInfo(copy).size(), qint64(1000));

    const MirrorResult back = BackupService::restoreFiles(info.path, QStringLiteral("C01"), folders);
    QCOMPARE(back.copied, 1);
    QVERIFY(back.problems.isEmpty());
    QCOMPARE(QFileInfo(scan).size(), qint64(1000));
    QCOMPARE(QFileInfo(scan + QStringLiteral(".damaged-1")).size(), qint64(2));
}

void TestBackupService::restoreRefusesAnOrphanedJournal()
{
    // The database file was moved away but its write-ahead log stayed: restoring there would lose
    // (or wrongly replay) the log, so it is refused and nothing changes.
    test::TestDatabase t;
    const Context ctx = t.context(test::actorWith({Role::Admin}, QStringLiteral("admin")));
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("good.sqlite"));
    BackupService::backup(ctx, backup);
    const QString target = QDir(t.dir()).filePath(QStringLiteral("gone.sqlite"));
    writeFile(target + QStringLiteral("-wal"), QByteArray(4096, 'w'));
    QCOMPARE(kindOf([&] { BackupService::restore(backup, target, QStringLiteral("admin")); }), Error::Kind::Invalid);
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QFileInfo(target + QStringLiteral("-wal")).size(), qint64(4096));
}

QTEST_GUILESS_MAIN(TestBackupService)
#include "test_backupservice.moc"
