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
    explicit UserService(const Context& ctx) : m_ctx(ctx) {}

    // No permission needed: the start-up screen asks this.
    static bool hasUsers(const Database& db);

    // The first account of a new database (an administrator). Refused once any user exists.
    UserRecord createFirstAdmin(const QString& username, const QString& displayName, const QString& password);
    UserRecord create(const NewUser& user);
    QList<UserRecord> list() const;
    // Someone's account: needs ManageUsers unless it is the actor's own.
    UserRecord get(const QString& username) const;

    void setDisabled(const QString& username, bool disabled);
    // Sets a new password the user must change at the next sign-in; clears a lockout.
    void resetPassword(const QString& username, const QString& newPassword);
    // The signed-in user's own password; needs the current one.
    void changeOwnPassword(const QString& currentPassword, const QString& newPassword);
    void setRoles(const QString& username, const Roles& roles);
    void updateProfile(const QString& username, const QString& displayName, const StaffProfile& profile);
    // Name, profile and roles at once, in one transaction and one audit entry (the edit screen).
    void edit(const QString& username, const QString& displayName, const StaffProfile& profile, const Roles& roles);
    void unlock(const QString& username);

    QList<TrainingRecord> training(const QString& username) const;
    TrainingRecord addTraining(const QString& username, TrainingRecord record);
    void removeTraining(const QString& trainingId);

    static QString normalisedUsername(const QString& username);

private:
    UserRecord find(const QString& username) const;
    UserRecord insertUser(const NewUser& user, const QString& action);
    void save(const UserRecord& before, const UserRecord& after, const QString& action, const QString& note = {});
    void checkNewPassword(const QString& username, const QString& password, const QString& field) const;
    void keepAnAdmin(const UserRecord& user, bool stillAdmin) const;

    Context m_ctx; // a copy: callers often pass a temporary
};

} // namespace loket
