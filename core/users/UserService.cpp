#include "UserService.h"

#include "PasswordHasher.h"
#include "SecurityPolicy.h"
#include "UserRepository.h"
#include "audit/AuditLog.h"
#include "common/Bounds.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace loket {

namespace {

const QString kUser = QStringLiteral("user");

QJsonObject trainingJson(const TrainingRecord& t, const QString& username)
{
    return {
        {QStringLiteral("username"), username},   {QStringLiteral("course"), trainingCourseKey(t.course)},
        {QStringLiteral("title"), t.title},       {QStringLiteral("completed_on"), t.completedOn.toString(Qt::ISODate)},
        {QStringLiteral("provider"), t.provider}, {QStringLiteral("certificate_no"), t.certificateNo}};
}

void checkProfile(const QString& displayName, const StaffProfile& p)
{
    if (displayName.trimmed().isEmpty())
        throw Error::invalid(QCoreApplication::translate("loket::UserService", "Full name is required."),
                             QStringLiteral("display_name"));
    // Lengths and forbidden characters from the one place that states them (issue 14, point 10).
    Bounds::text(displayName.trimmed(), Bounds::kName, QStringLiteral("display_name"),
                 QCoreApplication::translate("loket::UserService", "Full name"));
    Bounds::text(p.position.trimmed(), Bounds::kTitle, QStringLiteral("position"),
                 QCoreApplication::translate("loket::UserService", "Position"));
    if (p.govExperienceYears < 0 || p.govExperienceYears > 60)
        throw Error::invalid(
            QCoreApplication::translate("loket::UserService", "Years in government must be between 0 and 60."),
            QStringLiteral("gov_experience_years"));
    if (p.ptspExperienceYears < 0 || p.ptspExperienceYears > 60)
        throw Error::invalid(
            QCoreApplication::translate("loket::UserService", "Years in PTSP service must be between 0 and 60."),
            QStringLiteral("ptsp_experience_years"));
}

void checkRoles(const Roles& roles)
{
    if (roles.isEmpty())
        throw Error::invalid(QCoreApplication::translate("loket::UserService", "Choose at least one role."),
                             QStringLiteral("roles"));
}
} // namespace

bool UserService::hasUsers(const Database& db)
{
    return UserRepository(db.handle()).count() > 0;
}

QString UserService::normalisedUsername(const QString& username)
{
    return username.trimmed().toLower();
}

void UserService::checkNewPassword(const QString& username, const QString& password, const QString& field)
{
    SecurityPolicy::checkPasswordStrength(password, field);
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        throw Error::invalid(tr("The password must not be the user name."), field);
}

UserRecord UserService::insertUser(const Context& ctx, const NewUser& in, const QString& action)
{
    const QString username = normalisedUsername(in.username);
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!pattern.match(username).hasMatch())
        throw Error::invalid(tr("User name \"%1\" is not valid: use 2 to 32 lower-case letters, digits, dots, dashes "
                                "or underscores, starting with a letter.")
                                 .arg(in.username.trimmed()),
                             QStringLiteral("username"));
    checkProfile(in.displayName, in.profile);
    checkRoles(in.roles);
    checkNewPassword(username, in.password, QStringLiteral("password"));

    UserRepository repo(ctx.db());
    if (repo.findByName(username))
        throw Error::conflict(tr("The user name \"%1\" is already taken.").arg(username));

    // Hash before the transaction: it takes a moment and needs no lock.
    const QString hash = PasswordHasher::hash(in.password);
    UserRecord u;
    u.id = newId();
    u.username = username;
    u.displayName = in.displayName.trimmed();
    u.roles = in.roles;
    u.mustChangePassword = in.mustChangePassword;
    u.profile = in.profile;
    u.profile.position = u.profile.position.trimmed();
    const QString stamp = toStoredTime(ctx.clock().now());

    Transaction tx(ctx.db());
    if (repo.findByName(username)) // another workstation process may have won the race
        throw Error::conflict(tr("The user name \"%1\" is already taken.").arg(username));
    repo.insert(u, hash, stamp, ctx.workstation());
    AuditLog::append(ctx, action, kUser, u.id, {}, u.auditJson());
    tx.commit();
    return *repo.findById(u.id);
}

UserRecord UserService::createFirstAdmin(const Context& ctx, const QString& username, const QString& displayName,
                                         const QString& password)
{
    if (hasUsers(ctx.database()))
        throw Error::conflict(tr("This database already has user accounts; an administrator adds new ones."));
    NewUser u;
    u.username = username;
    u.displayName = displayName.trimmed().isEmpty() ? normalisedUsername(username) : displayName;
    u.roles = {Role::Admin};
    u.password = password;
    u.mustChangePassword = false;
    return insertUser(ctx, u, QStringLiteral("user.create_first_admin"));
}

UserRecord UserService::create(const Context& ctx, const NewUser& user)
{
    ctx.require(Permission::ManageUsers);
    return insertUser(ctx, user, QStringLiteral("user.create"));
}

QList<UserRecord> UserService::list(const Context& ctx)
{
    ctx.require(Permission::ManageUsers);
    return UserRepository(ctx.db()).all();
}

UserRecord UserService::get(const Context& ctx, const QString& username)
{
    const UserRecord user = find(ctx, username);
    if (user.id != ctx.actor().userId)
        ctx.require(Permission::ManageUsers);
    return user;
}

UserRecord UserService::find(const Context& ctx, const QString& username)
{
    const auto found = UserRepository(ctx.db()).findByName(normalisedUsername(username));
    if (!found)
        throw Error::notFound(tr("There is no user \"%1\".").arg(username.trimmed()));
    return *found;
}

void UserService::save(const Context& ctx, const UserRecord& before, const UserRecord& after, const QString& action,
                       const QString& note)
{
    Transaction tx(ctx.db());
    UserRepository(ctx.db()).update(after, toStoredTime(ctx.clock().now()), ctx.workstation());
    AuditLog::append(ctx, action, kUser, after.id, before.auditJson(), after.auditJson(), note);
    tx.commit();
}

void UserService::keepAnAdmin(const Context& ctx, const UserRecord& user, bool stillAdmin)
{
    if (stillAdmin || user.disabled || !user.roles.contains(Role::Admin))
        return;
    for (const UserRecord& other : UserRepository(ctx.db()).all())
        if (other.id != user.id && !other.disabled && other.roles.contains(Role::Admin))
            return;
    throw Error::conflict(
        tr("%1 is the last active administrator: make someone else an administrator first.").arg(user.username));
}

void UserService::setDisabled(const Context& ctx, const QString& username, bool disabled)
{
    ctx.require(Permission::ManageUsers);
    const UserRecord before = find(ctx, username);
    if (before.disabled == disabled)
        return;
    if (disabled && before.id == ctx.actor().userId)
        throw Error::conflict(tr("You cannot disable your own account."));
    if (disabled)
        keepAnAdmin(ctx, before, false);
    UserRecord after = before;
    after.disabled = disabled;
    save(ctx, before, after, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"));
}

void UserService::resetPassword(const Context& ctx, const QString& username, const QString& newPassword)
{
    ctx.require(Permission::ManageUsers);
    const UserRecord before = find(ctx, username);
    checkNewPassword(before.username, newPassword, QStringLiteral("password"));
    const QString hash = PasswordHasher::hash(newPassword);
    const QString stamp = toStoredTime(ctx.clock().now());
    Transaction tx(ctx.db());
    UserRepository(ctx.db()).setPassword(before.id, hash, true, stamp, ctx.workstation());
    QJsonObject b{{QStringLiteral("must_change_password"), before.mustChangePassword},
                  {QStringLiteral("failed_attempts"), before.failedAttempts}};
    QJsonObject a{{QStringLiteral("must_change_password"), true}, {QStringLiteral("failed_attempts"), 0}};
    AuditLog::append(ctx, QStringLiteral("user.password_reset"), kUser, before.id, b, a,
                     tr("Password reset by an administrator."));
    tx.commit();
}

void UserService::changeOwnPassword(const Context& ctx, const QString& currentPassword, const QString& newPassword)
{
    const Actor& actor = ctx.actor();
    UserRepository repo(ctx.db());
    const auto me = actor.userId.isEmpty() ? std::nullopt : repo.findById(actor.userId);
    if (!me)
        throw Error::permission(tr("Sign in first to change your password."));
    if (!PasswordHasher::verify(repo.passwordHash(me->id), currentPassword))
        throw Error::invalid(tr("The current password is wrong."), QStringLiteral("current_password"));
    checkNewPassword(me->username, newPassword, QStringLiteral("new_password"));
    if (newPassword == currentPassword)
        throw Error::invalid(tr("The new password must differ from the current one."), QStringLiteral("new_password"));
    const QString hash = PasswordHasher::hash(newPassword);
    const QString stamp = toStoredTime(ctx.clock().now());
    Transaction tx(ctx.db());
    repo.setPassword(me->id, hash, false, stamp, ctx.workstation());
    AuditLog::append(ctx, QStringLiteral("user.password_change"), kUser, me->id,
                     {{QStringLiteral("must_change_password"), me->mustChangePassword}},
                     {{QStringLiteral("must_change_password"), false}});
    tx.commit();
}

void UserService::setRoles(const Context& ctx, const QString& username, const Roles& roles)
{
    ctx.require(Permission::ManageUsers);
    checkRoles(roles);
    const UserRecord before = find(ctx, username);
    UserRecord after = before;
    after.roles = rolesFromKeys(rolesToKeys(roles)); // canonical order, no duplicates
    if (after.roles == before.roles)
        return;
    keepAnAdmin(ctx, before, after.roles.contains(Role::Admin));
    save(ctx, before, after, QStringLiteral("user.roles"));
}

void UserService::updateProfile(const Context& ctx, const QString& username, const QString& displayName,
                                const StaffProfile& profile)
{
    ctx.require(Permission::ManageUsers);
    checkProfile(displayName, profile);
    const UserRecord before = find(ctx, username);
    UserRecord after = before;
    after.displayName = displayName.trimmed();
    after.profile = profile;
    after.profile.position = profile.position.trimmed();
    if (after.displayName == before.displayName && after.profile == before.profile)
        return;
    save(ctx, before, after, QStringLiteral("user.update"));
}

void UserService::edit(const Context& ctx, const QString& username, const QString& displayName,
                       const StaffProfile& profile, const Roles& roles)
{
    ctx.require(Permission::ManageUsers);
    checkProfile(displayName, profile);
    checkRoles(roles);
    const UserRecord before = find(ctx, username);
    UserRecord after = before;
    after.displayName = displayName.trimmed();
    after.profile = profile;
    after.profile.position = profile.position.trimmed();
    after.roles = rolesFromKeys(rolesToKeys(roles));
    if (after.displayName == before.displayName && after.profile == before.profile && after.roles == before.roles)
        return;
    keepAnAdmin(ctx, before, after.roles.contains(Role::Admin));
    save(ctx, before, after, QStringLiteral("user.update"));
}

bool UserService::hasLockout(const UserRecord& user)
{
    return user.failedAttempts > 0 || user.lockedUntil.isValid();
}

void UserService::unlock(const Context& ctx, const QString& username)
{
    ctx.require(Permission::ManageUsers);
    const UserRecord before = find(ctx, username);
    if (!hasLockout(before))
        return;
    UserRecord after = before;
    after.failedAttempts = 0;
    after.lockedUntil = QDateTime();
    save(ctx, before, after, QStringLiteral("user.unlock"));
}

QList<TrainingRecord> UserService::training(const Context& ctx, const QString& username)
{
    ctx.require(Permission::ManageUsers);
    return UserRepository(ctx.db()).training(find(ctx, username).id);
}

TrainingRecord UserService::addTraining(const Context& ctx, const QString& username, TrainingRecord record)
{
    ctx.require(Permission::ManageUsers);
    const UserRecord user = find(ctx, username);
    if (!record.completedOn.isValid())
        throw Error::invalid(tr("The date the training was completed is required."), QStringLiteral("completed_on"));
    if (record.completedOn > ctx.clock().today())
        throw Error::invalid(tr("The training date %1 is in the future.").arg(record.completedOn.toString(Qt::ISODate)),
                             QStringLiteral("completed_on"));
    record.title = record.title.trimmed();
    if (record.course == TrainingCourse::Other && record.title.isEmpty())
        throw Error::invalid(tr("Name the training (title) when it is not one of the standard's courses."),
                             QStringLiteral("title"));
    record.id = newId();
    record.userId = user.id;
    record.provider = record.provider.trimmed();
    record.certificateNo = record.certificateNo.trimmed();
    Bounds::text(record.title, Bounds::kTitle, QStringLiteral("title"), tr("Training title"));
    Bounds::text(record.provider, Bounds::kName, QStringLiteral("provider"), tr("Training provider"));
    Bounds::text(record.certificateNo, Bounds::kShortText, QStringLiteral("certificate_no"), tr("Certificate number"));
    Transaction tx(ctx.db());
    UserRepository(ctx.db()).insertTraining(record, toStoredTime(ctx.clock().now()), ctx.workstation());
    AuditLog::append(ctx, QStringLiteral("user.training_add"), QStringLiteral("training_record"), record.id, {},
                     trainingJson(record, user.username));
    tx.commit();
    return record;
}

void UserService::removeTraining(const Context& ctx, const QString& trainingId)
{
    ctx.require(Permission::ManageUsers);
    UserRepository repo(ctx.db());
    const auto record = repo.trainingById(trainingId);
    if (!record)
        throw Error::notFound(tr("There is no training record %1.").arg(trainingId));
    const auto user = repo.findById(record->userId);
    Transaction tx(ctx.db());
    repo.deleteTraining(trainingId, toStoredTime(ctx.clock().now()), ctx.workstation());
    AuditLog::append(ctx, QStringLiteral("user.training_remove"), QStringLiteral("training_record"), trainingId,
                     trainingJson(*record, user ? user->username : QString()), {});
    tx.commit();
}

} // namespace loket
