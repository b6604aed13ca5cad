#include "AuthService.h"

#include "PasswordHasher.h"
#include "SecurityPolicy.h"
#include "UserRepository.h"
#include "UserService.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "common/Log.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QLocale>

namespace loket {

namespace {

// The one answer to every failed sign-in, whether or not the account exists or is locked, so
// nobody learns the office's user names by trying them.
Error badCredentials(const Database& db)
{
    const SecurityPolicy policy = SecurityPolicy::load(db);
    return Error::invalid(QCoreApplication::translate("loket::AuthService",
                                                      "Wrong user name or password. After %1 wrong passwords in a row "
                                                      "an account is locked for %2 minutes; the administrator can "
                                                      "unlock it.")
                              .arg(policy.maxFailures)
                              .arg(policy.lockoutMinutes),
                          QStringLiteral("password"));
}

QString shortTime(const QDateTime& at)
{
    return QLocale().toString(at.toTimeZone(Clock::zone()).time(), QStringLiteral("HH:mm"));
}
} // namespace

Actor AuthService::actorFor(const UserRecord& user)
{
    Actor a;
    a.userId = user.id;
    a.username = user.username;
    a.displayName = user.displayName;
    a.roles = user.roles;
    return a;
}

// One sign-in: where it writes, the program's clock for the records and the system clock for the
// lockout (LOKET_NOW cannot move it), and whether a success is recorded.
struct AuthService::Attempt
{
    Database& db;
    const Clock& clock;
    const Clock& lockClock;
    bool recordSignIns;
};

Actor AuthService::signIn(Database& db, const Clock& clock, const QString& username, const QString& password,
                          Record record)
{
    const Attempt attempt{db, clock, unsettableClock(clock), record == Record::EverySignIn};
    const QString name = UserService::normalisedUsername(username);
    if (name.isEmpty())
        throw Error::invalid(tr("Enter your user name."), QStringLiteral("username"));
    UserRepository repo(db.handle());
    const auto user = repo.findByName(name);
    if (!user) {
        PasswordHasher::verifyDummy(password);
        qCInfo(lcAuth) << "sign-in refused: unknown user name";
        throw badCredentials(db);
    }
    if (user->isLocked(attempt.lockClock.now())) {
        // Not even the right password is checked: a locked account tells nothing, not whether it exists.
        PasswordHasher::verifyDummy(password);
        qCInfo(lcAuth).noquote() << "sign-in refused: account" << user->username << "is locked until"
                                 << shortTime(user->lockedUntil);
        throw badCredentials(db);
    }
    if (user->disabled) {
        if (!PasswordHasher::verify(repo.passwordHash(user->id), password))
            throw badCredentials(db);
        throw Error::invalid(tr("The account %1 is disabled. Ask the administrator.").arg(user->username),
                             QStringLiteral("username"));
    }
    if (!PasswordHasher::verify(repo.passwordHash(user->id), password)) {
        const SecurityPolicy policy = SecurityPolicy::load(db);
        bool locked = false;
        recordFailure(attempt, *user, policy.maxFailures, policy.lockoutMinutes, &locked);
        if (locked)
            qCWarning(lcAuth).noquote() << "account" << user->username << "locked after" << policy.maxFailures
                                        << "wrong passwords";
        throw badCredentials(db);
    }
    recordSuccess(attempt, *user);
    return actorFor(*user);
}

void AuthService::recordFailure(const Attempt& attempt, const UserRecord& user, int maxFailures, int lockoutMinutes,
                                bool* nowLocked)
{
    Database& db = attempt.db;
    const QDateTime now = attempt.clock.now();
    const QDateTime lockNow = attempt.lockClock.now();
    UserRecord after = user;
    after.failedAttempts = user.failedAttempts + 1;
    // A lockout that has run out leaves a fresh set of tries.
    if (user.lockedUntil.isValid() && !user.isLocked(lockNow))
        after.failedAttempts = 1;
    after.lockedUntil = QDateTime();
    *nowLocked = after.failedAttempts >= maxFailures && lockoutMinutes > 0;
    if (*nowLocked) {
        after.lockedUntil = lockNow.addSecs(qint64(lockoutMinutes) * 60);
        after.failedAttempts = 0;
    }
    QJsonObject b{{QStringLiteral("username"), user.username},
                  {QStringLiteral("failed_attempts"), user.failedAttempts}};
    QJsonObject a{{QStringLiteral("username"), user.username},
                  {QStringLiteral("failed_attempts"), after.failedAttempts}};
    if (after.lockedUntil.isValid())
        a.insert(QStringLiteral("locked_until"), toStoredTime(after.lockedUntil));
    Transaction tx(db.handle());
    UserRepository(db.handle()).update(after, toStoredTime(now), db.workstationCode());
    AuditLog::append(db.handle(), now, Actor::systemActor(), db.workstationCode(),
                     *nowLocked ? QStringLiteral("user.locked") : QStringLiteral("user.sign_in_failed"),
                     QStringLiteral("user"), user.id, b, a, tr("Wrong password."));
    tx.commit();
}

void AuthService::recordSuccess(const Attempt& attempt, const UserRecord& user)
{
    const bool hadFailures = user.failedAttempts > 0 || user.lockedUntil.isValid();
    if (!hadFailures && !attempt.recordSignIns)
        return;
    Database& db = attempt.db;
    const QDateTime now = attempt.clock.now();
    UserRecord after = user;
    after.failedAttempts = 0;
    after.lockedUntil = QDateTime();
    if (attempt.recordSignIns)
        after.lastSignInAt = now;
    QJsonObject b{{QStringLiteral("failed_attempts"), user.failedAttempts}};
    QJsonObject a{{QStringLiteral("failed_attempts"), 0}};
    Transaction tx(db.handle());
    UserRepository(db.handle()).update(after, toStoredTime(now), db.workstationCode());
    AuditLog::append(db.handle(), now, actorFor(user), db.workstationCode(), QStringLiteral("user.sign_in"),
                     QStringLiteral("user"), user.id, b, a);
    tx.commit();
}

} // namespace loket
