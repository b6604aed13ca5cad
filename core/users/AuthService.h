#pragma once

#include <QCoreApplication>

#include "UserRecord.h"
#include "common/Actor.h"

namespace loket {

class Clock;
class Database;

// Sign-in with a user name and password. Wrong passwords are counted; after
// security.max_failures in a row the account locks for security.lockout_minutes, counted on the
// system clock even where LOKET_NOW pins the program's clock (unsettableClock).
class AuthService
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::AuthService)
public:
    // The desktop program records every sign-in (who sat at the counter when); loket-cli records
    // only the failures and the success that clears them.
    enum class Record
    {
        FailuresOnly,
        EverySignIn
    };

    // Returns the signed-in actor, or throws Error::invalid with a translated message (wrong name
    // or password, locked, disabled). Failures are recorded in the audit trail. A sign-in comes
    // before there is an actor, so it takes the database and the clock instead of a Context.
    static Actor signIn(Database& db, const Clock& clock, const QString& username, const QString& password,
                        Record record = Record::FailuresOnly);

    static Actor actorFor(const UserRecord& user);

private:
    struct Attempt;
    static void recordFailure(const Attempt& attempt, const UserRecord& user, int maxFailures, int lockoutMinutes,
                              bool* nowLocked);
    static void recordSuccess(const Attempt& attempt, const UserRecord& user);
};

} // namespace loket
