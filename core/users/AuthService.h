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
    AuthService(Database& db, const Clock& clock);

    // Returns the signed-in actor, or throws Error::invalid with a translated message
    // (wrong name or password, locked, disabled). Failures are recorded in the audit trail.
    Actor signIn(const QString& username, const QString& password);

    // The desktop program records every sign-in (who sat at the counter when); loket-cli does not.
    void setRecordSignIns(bool record) { m_recordSignIns = record; }

    static Actor actorFor(const UserRecord& user);

private:
    void recordFailure(const UserRecord& user, int maxFailures, int lockoutMinutes, bool* nowLocked);
    void recordSuccess(const UserRecord& user);

    Database& m_db;
    const Clock& m_clock;
    const Clock& m_lockClock; // lockouts count time LOKET_NOW cannot move
    bool m_recordSignIns = false;
};

} // namespace loket
