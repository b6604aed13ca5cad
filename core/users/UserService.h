#pragma once

#include <QCoreApplication>

#include "TrainingRecord.h"
#include "UserRecord.h"
#include "common/Context.h"

#include <QList>

namespace loket {

class Database;

struct NewUser
{
    QString username;
    QString displayName;
    Roles roles;
    QString password;
    StaffProfile profile;
    // An admin who sets a password for someone else knows it: the user changes it at first sign-in.
    bool mustChangePassword = true;
};

// Accounts, roles, passwords and training records. Every change needs Permission::ManageUsers
// (except the first admin and a user's own password), runs in its own transaction and leaves
// an audit entry in it. Neither a password nor its hash ever reaches the audit trail.
class UserService
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::UserService)
public:
    // No permission needed: the start-up screen asks this.
    static bool hasUsers(const Database& db);

    // The first account of a new database (an administrator). Refused once any user exists.
    static UserRecord createFirstAdmin(const Context& ctx, const QString& username, const QString& displayName,
                                       const QString& password);
    static UserRecord create(const Context& ctx, const NewUser& user);
    static QList<UserRecord> list(const Context& ctx);
    // Someone's account: needs ManageUsers unless it is the actor's own.
    static UserRecord get(const Context& ctx, const QString& username);

    static void setDisabled(const Context& ctx, const QString& username, bool disabled);
    // Sets a new password the user must change at the next sign-in; clears a lockout.
    static void resetPassword(const Context& ctx, const QString& username, const QString& newPassword);
    // The signed-in user's own password; needs the current one.
    static void changeOwnPassword(const Context& ctx, const QString& currentPassword, const QString& newPassword);
    static void setRoles(const Context& ctx, const QString& username, const Roles& roles);
    static void updateProfile(const Context& ctx, const QString& username, const QString& displayName,
                              const StaffProfile& profile);
    // Name, profile and roles at once, in one transaction and one audit entry (the edit screen).
    static void edit(const Context& ctx, const QString& username, const QString& displayName,
                     const StaffProfile& profile, const Roles& roles);
    static void unlock(const Context& ctx, const QString& username);
    // Whether the account has failed sign-ins or a lockout (ended or not) for unlock() to clear:
    // the users screen offers Unlock only then.
    static bool hasLockout(const UserRecord& user);

    static QList<TrainingRecord> training(const Context& ctx, const QString& username);
    static TrainingRecord addTraining(const Context& ctx, const QString& username, TrainingRecord record);
    static void removeTraining(const Context& ctx, const QString& trainingId);

    static QString normalisedUsername(const QString& username);

private:
    static UserRecord find(const Context& ctx, const QString& username);
    static UserRecord insertUser(const Context& ctx, const NewUser& user, const QString& action);
    static void save(const Context& ctx, const UserRecord& before, const UserRecord& after, const QString& action,
                     const QString& note = {});
    static void checkNewPassword(const QString& username, const QString& password, const QString& field);
    static void keepAnAdmin(const Context& ctx, const UserRecord& user, bool stillAdmin);
};

} // namespace loket
