#include "TestDatabase.h"
#include "common/Error.h"
#include "settings/SettingsRepository.h"
#include "storage/SqlQuery.h"
#include "users/AuthService.h"
#include "users/PasswordHasher.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace loket;

namespace {
const QString kPassword = QStringLiteral("Purwakarta#Istimewa1");

void addUser(test::TestDatabase& t, const QString& name, const QString& password = kPassword)
{
    NewUser u;
    u.username = name;
    u.displayName = QStringLiteral("Siti Rahmawati");
    u.roles = {Role::FrontDesk, Role::BackOffice};
    u.password = password;
    UserService::create(t.context(), u);
}

QString failureMessage(test::TestDatabase& t, const QString& name, const QString& password)
{
    try {
        AuthService::signIn(t.db(), t.clock(), name, password);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

QByteArray filesOf(const QString& dir)
{
    QByteArray all;
    for (const QString& f : QDir(dir).entryList(QDir::Files)) {
        QFile file(QDir(dir).filePath(f));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}
} // namespace

class TestAuthService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signInReturnsTheActor();
    void wrongPasswordAndUnknownUserLookTheSame();
    void locksAfterFiveFailuresForFiveMinutes();
    void lockoutFollowsTheSettings();
    void successResetsTheCount();
    void noPlaintextOrReversiblePasswordStored();
    void hashIsArgon2idWithInteractiveLimits();
    void databaseFileIsOwnerOnly();
};

void TestAuthService::signInReturnsTheActor()
{
    test::TestDatabase t;
    addUser(t, QStringLiteral("siti"));
    const Actor a = AuthService::signIn(t.db(), t.clock(), QStringLiteral(" SITI "), kPassword);
    QCOMPARE(a.username, QStringLiteral("siti"));
    QCOMPARE(a.displayName, QStringLiteral("Siti Rahmawati"));
    QCOMPARE(a.roles, (Roles{Role::FrontDesk, Role::BackOffice}));
    QVERIFY(!a.userId.isEmpty());
    QVERIFY(!a.system);
    QVERIFY(a.can(Permission::RegisterCase));
    QVERIFY(!a.can(Permission::ManageUsers));
    // The CLI does not write on every sign-in; the desktop program records sessions.
    const int before = SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM audit_log")).scalar().toInt();
    AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), kPassword);
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM audit_log")).scalar().toInt(), before);
    AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), kPassword, AuthService::Record::EverySignIn);
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM audit_log")).scalar().toInt(), before + 1);
    QCOMPARE(UserRepository(t.db().handle()).findByName(QStringLiteral("siti"))->lastSignInAt, t.clock().now());
    QVERIFY(failureMessage(t, QString(), kPassword).size() > 0);
}

void TestAuthService::wrongPasswordAndUnknownUserLookTheSame()
{
    test::TestDatabase t;
    addUser(t, QStringLiteral("siti"));
    const QString wrong = failureMessage(t, QStringLiteral("siti"), QStringLiteral("not-the-password"));
    const QString unknown = failureMessage(t, QStringLiteral("nobody"), kPassword);
    QVERIFY(!wrong.isEmpty());
    QCOMPARE(wrong, unknown);
    try {
        AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), QStringLiteral("nope-nope"));
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid); // loket-cli exit 3
    }
}

void TestAuthService::locksAfterFiveFailuresForFiveMinutes()
{
    test::TestDatabase t;
    addUser(t, QStringLiteral("siti"));
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(!failureMessage(t, QStringLiteral("siti"), QStringLiteral("guess-%1").arg(i)).isEmpty());
        QCOMPARE(UserRepository(t.db().handle()).findByName(QStringLiteral("siti"))->failedAttempts, i);
    }
    const QString fifth = failureMessage(t, QStringLiteral("siti"), QStringLiteral("guess-5"));
    QVERIFY2(fifth.contains(QStringLiteral("5")), qPrintable(fifth));
    const UserRecord locked = *UserRepository(t.db().handle()).findByName(QStringLiteral("siti"));
    QCOMPARE(locked.lockedUntil, t.clock().now().addSecs(5 * 60));
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"))
                 .scalar()
                 .toString(),
             QStringLiteral("user.locked"));

    // Even the right password is refused while locked, with the answer an unknown name gets: the
    // lockout does not tell which user names exist (issue 14).
    t.clock().advanceSecs(4 * 60 + 59);
    const QString still = failureMessage(t, QStringLiteral("siti"), kPassword);
    QCOMPARE(still, failureMessage(t, QStringLiteral("nobody"), kPassword));
    QCOMPARE(fifth, still);
    QVERIFY2(still.contains(QStringLiteral("locked")), qPrintable(still));
    // Expired: the right password works again and clears the lock.
    t.clock().advanceSecs(1);
    QCOMPARE(AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), kPassword).username,
             QStringLiteral("siti"));
    const UserRecord after = *UserRepository(t.db().handle()).findByName(QStringLiteral("siti"));
    QCOMPARE(after.failedAttempts, 0);
    QVERIFY(!after.lockedUntil.isValid());
}

void TestAuthService::lockoutFollowsTheSettings()
{
    test::TestDatabase t;
    addUser(t, QStringLiteral("siti"));
    SettingsRepository settings(t.db());
    settings.set(t.context(), QStringLiteral("security.max_failures"), QStringLiteral("2"));
    settings.set(t.context(), QStringLiteral("security.lockout_minutes"), QStringLiteral("30"));
    failureMessage(t, QStringLiteral("siti"), QStringLiteral("guess-1"));
    QVERIFY(!UserRepository(t.db().handle()).findByName(QStringLiteral("siti"))->isLocked(t.clock().now()));
    failureMessage(t, QStringLiteral("siti"), QStringLiteral("guess-2"));
    QVERIFY(UserRepository(t.db().handle()).findByName(QStringLiteral("siti"))->isLocked(t.clock().now()));
    t.clock().advanceSecs(29 * 60);
    QVERIFY(!failureMessage(t, QStringLiteral("siti"), kPassword).isEmpty());
    t.clock().advanceSecs(60);
    QCOMPARE(AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), kPassword).username,
             QStringLiteral("siti"));
    // An administrator can lift a lock early.
    failureMessage(t, QStringLiteral("siti"), QStringLiteral("guess-3"));
    failureMessage(t, QStringLiteral("siti"), QStringLiteral("guess-4"));
    QVERIFY(!failureMessage(t, QStringLiteral("siti"), kPassword).isEmpty());
    UserService::unlock(t.context(), QStringLiteral("siti"));
    QCOMPARE(AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), kPassword).username,
             QStringLiteral("siti"));
}

void TestAuthService::successResetsTheCount()
{
    test::TestDatabase t;
    addUser(t, QStringLiteral("siti"));
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 4; ++i)
            failureMessage(t, QStringLiteral("siti"), QStringLiteral("typo-typo"));
        QCOMPARE(AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), kPassword).username,
                 QStringLiteral("siti"));
    }
}

void TestAuthService::noPlaintextOrReversiblePasswordStored()
{
    test::TestDatabase t;
    const QString reset = QStringLiteral("Reset-Sandi-Baru-9");
    const QString own = QStringLiteral("Pilihan-Sendiri-77");
    const QString typo = QStringLiteral("Purwakarta#Istimewa2");
    addUser(t, QStringLiteral("siti"));
    addUser(t, QStringLiteral("budi"), reset);
    UserService::resetPassword(t.context(), QStringLiteral("budi"), reset + QStringLiteral("x"));
    const Actor budi = AuthService::signIn(t.db(), t.clock(), QStringLiteral("budi"), reset + QStringLiteral("x"));
    UserService::changeOwnPassword(t.context(budi), reset + QStringLiteral("x"), own);
    failureMessage(t, QStringLiteral("siti"), typo); // a wrong guess is not kept either
    const QString backup = t.dir() + QStringLiteral("/backup.sqlite");
    t.db().backupTo(backup);

    // Every byte on disk: the database, its WAL and shared memory, and the backup.
    const QByteArray disk = filesOf(t.dir());
    QVERIFY(disk.size() > 4096);
    QVERIFY(disk.contains("Siti Rahmawati")); // the scan does see what is stored
    for (const QString& secret : {kPassword, reset, reset + QStringLiteral("x"), own, typo}) {
        const QByteArray utf8 = secret.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
        QByteArray reversed = utf8;
        std::reverse(reversed.begin(), reversed.end());
        for (const QByteArray& form :
             QList<QByteArray>{utf8, utf16, utf8.toBase64(), utf8.toHex(), utf8.toHex().toUpper(), reversed})
            QVERIFY2(!disk.contains(form), qPrintable(QStringLiteral("found a form of %1 on disk").arg(secret)));
    }
    // What is stored are salted Argon2id strings only.
    SqlQuery q(t.db().handle(), QStringLiteral("SELECT password_hash FROM users"));
    q.exec();
    int users = 0;
    while (q.next()) {
        QVERIFY(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
        ++users;
    }
    QCOMPARE(users, 2);
}

void TestAuthService::hashIsArgon2idWithInteractiveLimits()
{
    const QString h = PasswordHasher::hash(kPassword);
    QVERIFY2(h.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(h));
    QVERIFY(PasswordHasher::verify(h, kPassword));
    QVERIFY(!PasswordHasher::verify(h, kPassword + QLatin1Char('x')));
    QVERIFY(!PasswordHasher::verify(QString(), kPassword));
    QVERIFY(!PasswordHasher::needsRehash(h));
    // Salted: the same password never gives the same string.
    QVERIFY(PasswordHasher::hash(kPassword) != h);
}

void TestAuthService::databaseFileIsOwnerOnly()
{
    test::TestDatabase t;
    addUser(t, QStringLiteral("siti"));
    for (const QString& f : {t.path(), t.path() + QStringLiteral("-wal")}) {
        if (!QFile::exists(f))
            continue;
        const auto perms = QFile::permissions(f);
        QVERIFY2(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                            QFileDevice::WriteOther)),
                 qPrintable(f));
    }
    const QString backup = t.dir() + QStringLiteral("/copy.sqlite");
    t.db().backupTo(backup);
    QVERIFY(!(QFile::permissions(backup) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

QTEST_GUILESS_MAIN(TestAuthService)
#include "test_authservice.moc"
