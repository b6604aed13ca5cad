#include "TestDatabase.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/SqlQuery.h"
#include "users/AuthService.h"
#include "users/PersonalData.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>
#include <functional>

using namespace loket;

namespace {
const QString kPassword = QStringLiteral("Rahasia-Loket-2026");

qint64 auditCount(const Context& ctx)
{
    return SqlQuery(ctx.db(), QStringLiteral("SELECT count(*) FROM audit_log")).scalar().toLongLong();
}

QString lastAuditAction(const Context& ctx)
{
    return SqlQuery(ctx.db(), QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"))
        .scalar()
        .toString();
}

// A dump of every user-related row, to compare before and after a failed call.
QString userState(const Context& ctx)
{
    QString s;
    SqlQuery q(ctx.db(), QStringLiteral("SELECT * FROM users ORDER BY id"));
    q.exec();
    while (q.next())
        for (int i = 0; i < q.raw().record().count(); ++i)
            s += q.value(i).toString() + QLatin1Char('|');
    SqlQuery t(ctx.db(), QStringLiteral("SELECT * FROM training_records ORDER BY id"));
    t.exec();
    while (t.next())
        for (int i = 0; i < t.raw().record().count(); ++i)
            s += t.value(i).toString() + QLatin1Char('|');
    return s;
}

NewUser newUser(const QString& name, Roles roles = {Role::FrontDesk})
{
    NewUser u;
    u.username = name;
    u.displayName = name.toUpper();
    u.roles = roles;
    u.password = kPassword;
    return u;
}
} // namespace

class TestUserService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstAdminOnlyOnce();
    void createValidatesInput();
    void listDisableEnable();
    void cannotLoseTheLastAdmin();
    void resetAndChangePassword();
    void rolesAndProfile();
    void trainingRecords();
    void auditNeverHoldsPasswords();
    void everyChangeCommitsWithItsAuditEntry();
    void failedCallLeavesNeitherChangeNorEntry();
    void unlockClearsWhatTheScreenOffers();
};

void TestUserService::firstAdminOnlyOnce()
{
    test::TestDatabase t;
    QVERIFY(!UserService::hasUsers(t.db()));
    const UserRecord admin =
        UserService::createFirstAdmin(t.context(), QStringLiteral(" Admin "), QStringLiteral("Andi"), kPassword);
    QCOMPARE(admin.username, QStringLiteral("admin"));
    QCOMPARE(admin.roles, Roles{Role::Admin});
    QVERIFY(!admin.mustChangePassword);
    QVERIFY(UserService::hasUsers(t.db()));
    QCOMPARE(lastAuditAction(t.context()), QStringLiteral("user.create_first_admin"));
    try {
        UserService::createFirstAdmin(t.context(), QStringLiteral("other"), {}, kPassword);
        QFAIL("a second first admin was created");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
}

void TestUserService::createValidatesInput()
{
    test::TestDatabase t;
    auto fieldOf = [&](NewUser u) {
        try {
            UserService::create(t.context(), u);
        } catch (const Error& e) {
            return e.field();
        }
        return QStringLiteral("(accepted)");
    };
    NewUser u = newUser(QStringLiteral("siti"));
    u.password = QStringLiteral("short7!");
    QCOMPARE(fieldOf(u), QStringLiteral("password"));
    u.password = QStringLiteral("        ");
    QCOMPARE(fieldOf(u), QStringLiteral("password"));
    u = newUser(QStringLiteral("siti"));
    u.password = QStringLiteral("SITI");
    QCOMPARE(fieldOf(u), QStringLiteral("password"));
    u = newUser(QStringLiteral("9siti"));
    QCOMPARE(fieldOf(u), QStringLiteral("username"));
    u = newUser(QStringLiteral("si ti"));
    QCOMPARE(fieldOf(u), QStringLiteral("username"));
    u = newUser(QStringLiteral("siti"), {});
    QCOMPARE(fieldOf(u), QStringLiteral("roles"));
    u = newUser(QStringLiteral("siti"));
    u.displayName = QStringLiteral("  ");
    QCOMPARE(fieldOf(u), QStringLiteral("display_name"));
    u = newUser(QStringLiteral("siti"));
    u.profile.govExperienceYears = -1;
    QCOMPARE(fieldOf(u), QStringLiteral("gov_experience_years"));
    QCOMPARE(UserRepository(t.db().handle()).count(), 0);

    // Exactly 8 characters is enough; the user name is stored in lower case and unique.
    u = newUser(QStringLiteral("Siti"));
    u.password = QStringLiteral("12345678");
    QCOMPARE(fieldOf(u), QStringLiteral("(accepted)"));
    QCOMPARE(UserService::get(t.context(), QStringLiteral("SITI")).username, QStringLiteral("siti"));
    try {
        UserService::create(t.context(), newUser(QStringLiteral("SITI")));
        QFAIL("duplicate user name accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
}

void TestUserService::listDisableEnable()
{
    test::TestDatabase t;
    const UserRecord admin =
        UserService::createFirstAdmin(t.context(), QStringLiteral("admin"), QStringLiteral("Admin"), kPassword);
    UserService::create(t.context(), newUser(QStringLiteral("siti")));
    UserService::create(t.context(), newUser(QStringLiteral("budi"), {Role::BackOffice, Role::FrontDesk}));
    const Context adminCtx = t.context(AuthService::actorFor(admin));
    QCOMPARE(UserService::list(adminCtx).size(), 3);
    QCOMPARE(UserService::list(adminCtx).at(1).username, QStringLiteral("budi"));
    QCOMPARE(UserService::get(adminCtx, QStringLiteral("budi")).roles, (Roles{Role::FrontDesk, Role::BackOffice}));

    UserService::setDisabled(adminCtx, QStringLiteral("siti"), true);
    QVERIFY(UserService::get(adminCtx, QStringLiteral("siti")).disabled);
    QCOMPARE(lastAuditAction(adminCtx), QStringLiteral("user.disable"));
    try {
        AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), kPassword);
        QFAIL("a disabled user signed in");
    } catch (const Error& e) {
        QVERIFY(e.message().contains(QStringLiteral("siti")));
    }
    UserService::setDisabled(adminCtx, QStringLiteral("siti"), false);
    QCOMPARE(lastAuditAction(adminCtx), QStringLiteral("user.enable"));
    QCOMPARE(AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), kPassword).username,
             QStringLiteral("siti"));

    try {
        UserService::setDisabled(adminCtx, QStringLiteral("admin"), true);
        QFAIL("an admin disabled their own account");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    QVERIFY_THROWS_EXCEPTION(Error, UserService::setDisabled(adminCtx, QStringLiteral("nobody"), true));
}

void TestUserService::cannotLoseTheLastAdmin()
{
    test::TestDatabase t;
    UserService::createFirstAdmin(t.context(), QStringLiteral("admin"), QStringLiteral("Admin"), kPassword);
    QVERIFY_THROWS_EXCEPTION(Error, UserService::setDisabled(t.context(), QStringLiteral("admin"), true));
    QVERIFY_THROWS_EXCEPTION(Error, UserService::setRoles(t.context(), QStringLiteral("admin"), {Role::Head}));
    UserService::create(t.context(), newUser(QStringLiteral("second"), {Role::Admin}));
    UserService::setRoles(t.context(), QStringLiteral("admin"), {Role::Head});
    QCOMPARE(UserService::get(t.context(), QStringLiteral("admin")).roles, Roles{Role::Head});
}

void TestUserService::resetAndChangePassword()
{
    test::TestDatabase t;
    UserService::create(t.context(), newUser(QStringLiteral("siti")));
    UserService::resetPassword(t.context(), QStringLiteral("siti"), QStringLiteral("Sementara-01"));
    QVERIFY(UserService::get(t.context(), QStringLiteral("siti")).mustChangePassword);
    QCOMPARE(lastAuditAction(t.context()), QStringLiteral("user.password_reset"));
    QVERIFY_THROWS_EXCEPTION(Error, AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), kPassword));
    const Actor siti = AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), QStringLiteral("Sementara-01"));

    try {
        UserService::changeOwnPassword(t.context(siti), QStringLiteral("wrong-one-1"), QStringLiteral("Baru-Sekali-2"));
        QFAIL("changed with a wrong current password");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("current_password"));
    }
    QVERIFY_THROWS_EXCEPTION(Error, UserService::changeOwnPassword(t.context(siti), QStringLiteral("Sementara-01"),
                                                                   QStringLiteral("short")));
    QVERIFY_THROWS_EXCEPTION(Error, UserService::changeOwnPassword(t.context(siti), QStringLiteral("Sementara-01"),
                                                                   QStringLiteral("Sementara-01")));
    UserService::changeOwnPassword(t.context(siti), QStringLiteral("Sementara-01"), QStringLiteral("Baru-Sekali-2"));
    QVERIFY(!UserService::get(t.context(siti), QStringLiteral("siti"))
                 .mustChangePassword); // one's own record needs no ManageUsers
    QCOMPARE(AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), QStringLiteral("Baru-Sekali-2")).username,
             QStringLiteral("siti"));
    // Someone who is not signed in has no own password to change.
    QVERIFY_THROWS_EXCEPTION(
        Error, UserService::changeOwnPassword(t.context(Actor()), kPassword, QStringLiteral("x-12345678")));
    // ... and may not read others' records.
    QVERIFY_THROWS_EXCEPTION(Error, UserService::get(t.context(siti), QStringLiteral("nobody-else")));
}

void TestUserService::rolesAndProfile()
{
    test::TestDatabase t;
    UserService::create(t.context(), newUser(QStringLiteral("budi")));
    UserService::setRoles(t.context(), QStringLiteral("budi"), {Role::Supervisor, Role::BackOffice, Role::Supervisor});
    QCOMPARE(UserService::get(t.context(), QStringLiteral("budi")).roles, (Roles{Role::BackOffice, Role::Supervisor}));
    QVERIFY_THROWS_EXCEPTION(Error, UserService::setRoles(t.context(), QStringLiteral("budi"), {}));
    StaffProfile p;
    p.position = QStringLiteral("Verifikator");
    p.education = Education::SMA;
    p.ptspExperienceYears = 3;
    UserService::updateProfile(t.context(), QStringLiteral("budi"), QStringLiteral("Budi Santoso"), p);
    const UserRecord budi = UserService::get(t.context(), QStringLiteral("budi"));
    QCOMPARE(budi.displayName, QStringLiteral("Budi Santoso"));
    QCOMPARE(budi.profile, p);
    QVERIFY(budi.profile.meetsEducationStandard());
    const qint64 entries = auditCount(t.context());
    UserService::updateProfile(t.context(), QStringLiteral("budi"), QStringLiteral("Budi Santoso"),
                               p); // no change, no entry
    QCOMPARE(auditCount(t.context()), entries);
}

void TestUserService::trainingRecords()
{
    test::TestDatabase t;
    UserService::create(t.context(), newUser(QStringLiteral("siti")));
    TrainingRecord r;
    r.course = TrainingCourse::DiklatOss;
    r.completedOn = QDate(2025, 3, 1);
    r.provider = QStringLiteral("Kementerian Investasi/BKPM");
    const TrainingRecord saved = UserService::addTraining(t.context(), QStringLiteral("siti"), r);
    QCOMPARE(UserService::training(t.context(), QStringLiteral("siti")).size(), 1);
    QCOMPARE(UserService::training(t.context(), QStringLiteral("siti")).first().provider, r.provider);
    r.completedOn = t.clock().today().addDays(1);
    QVERIFY_THROWS_EXCEPTION(Error, UserService::addTraining(t.context(), QStringLiteral("siti"), r));
    r.completedOn = QDate(2025, 4, 1);
    r.course = TrainingCourse::Other; // needs a title
    QVERIFY_THROWS_EXCEPTION(Error, UserService::addTraining(t.context(), QStringLiteral("siti"), r));
    UserService::removeTraining(t.context(), saved.id);
    QVERIFY(UserService::training(t.context(), QStringLiteral("siti")).isEmpty());
    QCOMPARE(lastAuditAction(t.context()), QStringLiteral("user.training_remove"));
    // The tombstone stays for the sync.
    QCOMPARE(
        SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM training_records WHERE deleted_at IS NOT NULL"))
            .scalar()
            .toInt(),
        1);
}

void TestUserService::auditNeverHoldsPasswords()
{
    test::TestDatabase t;
    UserService::create(t.context(), newUser(QStringLiteral("siti")));
    UserService::resetPassword(t.context(), QStringLiteral("siti"), QStringLiteral("Reset-Pass-77"));
    const Actor siti = AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), QStringLiteral("Reset-Pass-77"));
    UserService::changeOwnPassword(t.context(siti), QStringLiteral("Reset-Pass-77"), QStringLiteral("Own-Choice-88"));
    const QString hash = UserRepository(t.db().handle()).passwordHash(siti.userId);
    QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
    SqlQuery q(t.db().handle(), QStringLiteral("SELECT coalesce(before_json, '') || coalesce(after_json, '') || "
                                               "coalesce(note, '') FROM audit_log"));
    q.exec();
    int rows = 0;
    while (q.next()) {
        const QString values = q.value(0).toString();
        for (const QString& secret : {kPassword, QStringLiteral("Reset-Pass-77"), QStringLiteral("Own-Choice-88"),
                                      QStringLiteral("$argon2"), hash})
            QVERIFY2(!values.contains(secret), qPrintable(values));
        QVERIFY2(!values.contains(QStringLiteral("password_hash")), qPrintable(values));
        ++rows;
    }
    QVERIFY(rows >= 5);
}

void TestUserService::everyChangeCommitsWithItsAuditEntry()
{
    test::TestDatabase t;
    UserService::create(t.context(), newUser(QStringLiteral("admin2"), {Role::Admin}));
    const QList<std::pair<QString, std::function<void()>>> calls{
        {QStringLiteral("user.create"), [&] { UserService::create(t.context(), newUser(QStringLiteral("siti"))); }},
        {QStringLiteral("user.disable"), [&] { UserService::setDisabled(t.context(), QStringLiteral("siti"), true); }},
        {QStringLiteral("user.enable"), [&] { UserService::setDisabled(t.context(), QStringLiteral("siti"), false); }},
        {QStringLiteral("user.password_reset"),
         [&] { UserService::resetPassword(t.context(), QStringLiteral("siti"), QStringLiteral("Another-1234")); }},
        {QStringLiteral("user.roles"),
         [&] { UserService::setRoles(t.context(), QStringLiteral("siti"), {Role::Head}); }},
        {QStringLiteral("user.update"),
         [&] {
             UserService::updateProfile(t.context(), QStringLiteral("siti"), QStringLiteral("Siti R."), StaffProfile{});
         }},
        {QStringLiteral("user.update"),
         [&] {
             StaffProfile p;
             p.education = Education::S1;
             UserService::edit(t.context(), QStringLiteral("siti"), QStringLiteral("Siti Rahmawati"), p,
                               {Role::FrontDesk, Role::Supervisor});
         }},
        {QStringLiteral("user.training_add"),
         [&] {
             TrainingRecord r;
             r.course = TrainingCourse::DiklatPtsp;
             r.completedOn = QDate(2024, 1, 1);
             UserService::addTraining(t.context(), QStringLiteral("siti"), r);
         }},
        {QStringLiteral("user.unlock"), [&] { UserService::unlock(t.context(), QStringLiteral("siti")); }},
    };
    // A second connection sees only what was committed.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("observer"));
    other.setDatabaseName(t.path());
    QVERIFY(other.open());
    for (const auto& [action, call] : calls) {
        if (action == QLatin1String("user.unlock"))
            for (int i = 0; i < 2; ++i)
                QVERIFY_THROWS_EXCEPTION(Error, AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"),
                                                                    QStringLiteral("wrong-guess")));
        const qint64 before = auditCount(t.context());
        const QString state = userState(t.context());
        call();
        QCOMPARE(auditCount(t.context()), before + 1);
        QCOMPARE(lastAuditAction(t.context()), action);
        QVERIFY2(userState(t.context()) != state, qPrintable(action));
        QSqlQuery seen(other);
        QVERIFY(seen.exec(QStringLiteral(
            "SELECT count(*), max(action) FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")));
        QVERIFY(seen.next());
        QCOMPARE(seen.value(1).toString(), action);
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("observer"));
}

void TestUserService::failedCallLeavesNeitherChangeNorEntry()
{
    test::TestDatabase t;
    UserService::create(t.context(), newUser(QStringLiteral("admin2"), {Role::Admin}));
    UserService::create(t.context(), newUser(QStringLiteral("siti")));
    const QString trainingId = [&] {
        TrainingRecord r;
        r.course = TrainingCourse::DiklatPtsp;
        r.completedOn = QDate(2024, 1, 1);
        return UserService::addTraining(t.context(), QStringLiteral("siti"), r).id;
    }();
    const Actor siti = AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), kPassword);
    for (int i = 0; i < 2; ++i) // something for unlock() to clear
        QVERIFY_THROWS_EXCEPTION(
            Error, AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), QStringLiteral("wrong-guess")));
    // The audit append fails after the change was written: everything must roll back.
    SqlQuery(t.db().handle(), QStringLiteral("CREATE TEMP TRIGGER audit_fails BEFORE INSERT ON audit_log BEGIN "
                                             "SELECT RAISE(ABORT, 'disk full'); END"))
        .exec();
    const QList<std::pair<QString, std::function<void()>>> calls{
        {QStringLiteral("create"), [&] { UserService::create(t.context(), newUser(QStringLiteral("budi"))); }},
        {QStringLiteral("disable"), [&] { UserService::setDisabled(t.context(), QStringLiteral("siti"), true); }},
        {QStringLiteral("reset"),
         [&] { UserService::resetPassword(t.context(), QStringLiteral("siti"), QStringLiteral("Another-1234")); }},
        {QStringLiteral("roles"), [&] { UserService::setRoles(t.context(), QStringLiteral("siti"), {Role::Head}); }},
        {QStringLiteral("profile"),
         [&] { UserService::updateProfile(t.context(), QStringLiteral("siti"), QStringLiteral("X"), StaffProfile{}); }},
        {QStringLiteral("edit"),
         [&] {
             UserService::edit(t.context(), QStringLiteral("siti"), QStringLiteral("X"), StaffProfile{}, {Role::Head});
         }},
        {QStringLiteral("own password"),
         [&] { UserService::changeOwnPassword(t.context(siti), kPassword, QStringLiteral("Brand-New-55")); }},
        {QStringLiteral("training add"),
         [&] {
             TrainingRecord r;
             r.course = TrainingCourse::DiklatOss;
             r.completedOn = QDate(2024, 2, 1);
             UserService::addTraining(t.context(), QStringLiteral("siti"), r);
         }},
        {QStringLiteral("training remove"), [&] { UserService::removeTraining(t.context(), trainingId); }},
        {QStringLiteral("unlock"), [&] { UserService::unlock(t.context(), QStringLiteral("siti")); }},
        {QStringLiteral("personal data export"),
         [&] {
             PersonalData::recordExport(t.context(), QStringLiteral("applicants"), 3, QStringLiteral("/tmp/x.csv"));
         }},
        {QStringLiteral("failed sign-in"),
         [&] { AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), QStringLiteral("wrong-wrong")); }},
    };
    for (const auto& [name, call] : calls) {
        const qint64 before = auditCount(t.context());
        const QString state = userState(t.context());
        try {
            call();
            QFAIL(qPrintable(name + QStringLiteral(" succeeded without its audit entry")));
        } catch (const Error& e) {
            QVERIFY2(e.kind() == Error::Kind::Storage, qPrintable(name + QStringLiteral(": ") + e.message()));
        }
        QCOMPARE(auditCount(t.context()), before);
        QVERIFY2(userState(t.context()) == state, qPrintable(name));
    }
    SqlQuery(t.db().handle(), QStringLiteral("DROP TRIGGER audit_fails")).exec();
    // The password is still the old one.
    QCOMPARE(AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), kPassword).username,
             QStringLiteral("siti"));
}

// The users screen offers Unlock when core's rule says unlock() has something to clear: failed
// sign-ins, or a lockout even after it ended (issue 17: the screen had its own rule).
void TestUserService::unlockClearsWhatTheScreenOffers()
{
    UserRecord u;
    QVERIFY(!UserService::hasLockout(u));
    u.failedAttempts = 1;
    QVERIFY(UserService::hasLockout(u));
    u.failedAttempts = 0;
    u.lockedUntil = QDateTime(QDate(2020, 1, 1), QTime(8, 0), Clock::zone()); // long ended
    QVERIFY(UserService::hasLockout(u));

    test::TestDatabase t;
    UserService::create(t.context(), newUser(QStringLiteral("siti")));
    QVERIFY(!UserService::hasLockout(UserService::get(t.context(), QStringLiteral("siti"))));
    QVERIFY_THROWS_EXCEPTION(
        Error, AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), QStringLiteral("wrong-guess")));
    QVERIFY(UserService::hasLockout(UserService::get(t.context(), QStringLiteral("siti"))));
    UserService::unlock(t.context(), QStringLiteral("siti"));
    QVERIFY(!UserService::hasLockout(UserService::get(t.context(), QStringLiteral("siti"))));
}

QTEST_GUILESS_MAIN(TestUserService)
#include "test_userservice.moc"
