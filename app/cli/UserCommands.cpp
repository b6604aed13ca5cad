#include "UserCommands.h"
#include "CliText.h"

#include "common/Bounds.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "users/StaffCompetence.h"
#include "users/StaffRegister.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace loket::cli {

namespace {
const char* const kNewPassword = "LOKET_NEW_PASSWORD";

QString takeName(CliArgs& args, const QString& sub)
{
    const QString name = args.takeFirst();
    if (name.isEmpty())
        throw UsageError{Cli::tr("user %1 needs the user NAME.").arg(sub)};
    return name;
}

Roles parseRoles(const QString& text)
{
    if (text.trimmed().isEmpty())
        throw UsageError{Cli::tr("--role needs one or more roles, separated by commas.")};
    // Also the words people use at the office.
    static const QList<std::pair<QString, Role>> aliases{
        {QStringLiteral("loket"), Role::FrontDesk},         {QStringLiteral("frontdesk"), Role::FrontDesk},
        {QStringLiteral("backoffice"), Role::BackOffice},   {QStringLiteral("teknis"), Role::TechnicalTeam},
        {QStringLiteral("technical"), Role::TechnicalTeam}, {QStringLiteral("kepala"), Role::Head},
        {QStringLiteral("atasan"), Role::Supervisor}};
    Roles roles;
    for (QString word : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        word = word.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
        Role r;
        bool found = roleFromKey(word, &r);
        for (const auto& [alias, role] : aliases)
            if (!found && alias == word) {
                r = role;
                found = true;
            }
        if (!found) {
            QStringList keys;
            for (Role each : allRoles())
                keys << roleKey(each);
            throw Error::invalid(Cli::tr("Unknown role \"%1\". Roles: %2.").arg(word, keys.join(QStringLiteral(", "))),
                                 QStringLiteral("role"));
        }
        if (!roles.contains(r))
            roles << r;
    }
    return roles;
}

QString userLine(const UserRecord& u, const QDateTime& now)
{
    QString status = u.disabled ? Cli::tr("disabled") : u.isLocked(now) ? Cli::tr("locked") : Cli::tr("active");
    if (u.mustChangePassword)
        status += QLatin1Char(' ') + Cli::tr("(must change password)");
    return QStringLiteral("%1  %2  %3  %4")
        .arg(u.username, -16)
        .arg(u.displayName, -30)
        .arg(u.roleTitles(), -32)
        .arg(status);
}

int runAdd(CliContext& ctx, CliArgs& args)
{
    const QString name = takeName(args, QStringLiteral("add"));
    const QString roleText = args.option(QStringLiteral("role"));
    const QString fullName = args.option(QStringLiteral("name"));
    const QString educationText = args.option(QStringLiteral("education"));
    const QString position = args.option(QStringLiteral("position"));
    args.finish();
    NewUser u;
    u.username = name;
    u.displayName = fullName.isEmpty() ? name : fullName;
    u.roles = parseRoles(roleText);
    u.profile.position = position;
    if (!educationText.isEmpty() && !educationFromKey(educationText, &u.profile.education))
        throw Error::invalid(
            Cli::tr("Unknown education \"%1\": use sd, smp, sma, d1, d2, d3, d4, s1, s2 or s3.").arg(educationText),
            QStringLiteral("education"));
    const Context user = ctx.userContext();
    user.require(Permission::ManageUsers); // before asking for the new password
    u.password = ctx.secret(QString::fromLatin1(kNewPassword), Cli::tr("New password for %1: ").arg(name), true);
    const UserRecord created = UserService::create(user, u);
    ctx.print(created.toJson(user.clock().now()),
              Cli::tr("User %1 (%2) created with the roles %3. They choose their own password at the first sign-in.")
                  .arg(created.username, created.displayName, created.roleTitles()));
    return ExitOk;
}

int runList(CliContext& ctx, CliArgs& args)
{
    args.finish();
    const Context user = ctx.userContext();
    const QList<UserRecord> users = UserService::list(user);
    const QDateTime now = user.clock().now();
    QJsonArray array;
    QStringList lines;
    for (const UserRecord& u : users) {
        array.append(u.toJson(now));
        lines << userLine(u, now);
    }
    if (lines.isEmpty())
        lines << Cli::tr("No users.");
    ctx.print(array, lines.join(QLatin1Char('\n')));
    return ExitOk;
}

int runShow(CliContext& ctx, CliArgs& args)
{
    const QString name = takeName(args, QStringLiteral("show"));
    args.finish();
    const Context user = ctx.userContext();
    const UserRecord u = UserService::get(user, name);
    const QList<TrainingRecord> training =
        user.actor().can(Permission::ManageUsers) ? UserService::training(user, name) : QList<TrainingRecord>{};
    QJsonObject o = u.toJson(user.clock().now());
    QJsonArray list;
    QStringList lines{userLine(u, user.clock().now()), Cli::tr("Position: %1").arg(u.profile.position),
                      Cli::tr("Education: %1").arg(educationTitle(u.profile.education)),
                      Cli::tr("Years in government: %1, in PTSP: %2")
                          .arg(u.profile.govExperienceYears)
                          .arg(u.profile.ptspExperienceYears)};
    for (const TrainingRecord& t : training) {
        list.append(QJsonObject{{QStringLiteral("id"), t.id},
                                {QStringLiteral("course"), trainingCourseKey(t.course)},
                                {QStringLiteral("title"), t.title},
                                {QStringLiteral("completed_on"), t.completedOn.toString(Qt::ISODate)},
                                {QStringLiteral("provider"), t.provider}});
        lines << Cli::tr("Training: %1 %2 (%3)")
                     .arg(trainingCourseTitle(t.course), t.title, t.completedOn.toString(Qt::ISODate));
    }
    o.insert(QStringLiteral("training"), list);
    ctx.print(o, lines.join(QLatin1Char('\n')));
    return ExitOk;
}

int runDisable(CliContext& ctx, CliArgs& args, bool disable)
{
    const QString name = takeName(args, disable ? QStringLiteral("disable") : QStringLiteral("enable"));
    args.finish();
    const Context user = ctx.userContext();
    UserService::setDisabled(user, name, disable);
    const UserRecord u = UserService::get(user, name);
    ctx.print(u.toJson(user.clock().now()), disable
                                                ? Cli::tr("User %1 is disabled and can no longer sign in.").arg(u.username)
                                                : Cli::tr("User %1 is enabled again.").arg(u.username));
    return ExitOk;
}

int runResetPassword(CliContext& ctx, CliArgs& args)
{
    const QString name = takeName(args, QStringLiteral("reset-password"));
    args.finish();
    const Context user = ctx.userContext();
    const UserRecord u = UserService::get(user, name); // refuses early when not permitted or unknown
    const QString password =
        ctx.secret(QString::fromLatin1(kNewPassword), Cli::tr("New password for %1: ").arg(u.username), true);
    UserService::resetPassword(user, name, password);
    ctx.print(QJsonObject{{QStringLiteral("username"), u.username}, {QStringLiteral("must_change_password"), true}},
              Cli::tr("The password of %1 was reset; they must change it at the next sign-in.").arg(u.username));
    return ExitOk;
}

int runPasswd(CliContext& ctx, CliArgs& args)
{
    args.finish();
    const Context user = ctx.userContext();
    const QString current = ctx.secret(QStringLiteral("LOKET_PASSWORD"), Cli::tr("Current password: "));
    const QString next = ctx.secret(QString::fromLatin1(kNewPassword), Cli::tr("New password: "), true);
    UserService::changeOwnPassword(user, current, next);
    ctx.print(QJsonObject{{QStringLiteral("username"), user.actor().username}, {QStringLiteral("changed"), true}},
              Cli::tr("Your password was changed."));
    return ExitOk;
}

int runRoles(CliContext& ctx, CliArgs& args)
{
    const QString name = takeName(args, QStringLiteral("roles"));
    const Roles roles = parseRoles(args.option(QStringLiteral("role")));
    args.finish();
    const Context user = ctx.userContext();
    UserService::setRoles(user, name, roles);
    const UserRecord u = UserService::get(user, name);
    ctx.print(u.toJson(user.clock().now()), Cli::tr("%1 now has the roles %2.").arg(u.username, u.roleTitles()));
    return ExitOk;
}

int runUnlock(CliContext& ctx, CliArgs& args)
{
    const QString name = takeName(args, QStringLiteral("unlock"));
    args.finish();
    const Context user = ctx.userContext();
    UserService::unlock(user, name);
    ctx.print(QJsonObject{{QStringLiteral("username"), name}, {QStringLiteral("locked"), false}},
              Cli::tr("%1 can sign in again.").arg(name));
    return ExitOk;
}

int runTraining(CliContext& ctx, CliArgs& args)
{
    const QString name = takeName(args, QStringLiteral("training"));
    const QString course = args.option(QStringLiteral("course"));
    const QString date = args.option(QStringLiteral("date"));
    TrainingRecord t;
    t.title = args.option(QStringLiteral("title"));
    t.provider = args.option(QStringLiteral("provider"));
    t.certificateNo = args.option(QStringLiteral("certificate"));
    args.finish();
    if (course.isEmpty() || date.isEmpty())
        throw UsageError{Cli::tr("user training needs --course and --date.")};
    if (!trainingCourseFromKey(course, &t.course))
        throw Error::invalid(
            Cli::tr("Unknown course \"%1\": use diklat_ptsp, diklat_oss, diklat_kepribadian or other.").arg(course),
            QStringLiteral("course"));
    t.completedOn = Bounds::strictIsoDate(date);
    if (!t.completedOn.isValid())
        throw Error::invalid(Cli::tr("--date must be a date like 2025-03-01, not \"%1\".").arg(date),
                             QStringLiteral("date"));
    const TrainingRecord saved = UserService::addTraining(ctx.userContext(), name, t);
    ctx.print(QJsonObject{{QStringLiteral("id"), saved.id},
                          {QStringLiteral("username"), name},
                          {QStringLiteral("course"), trainingCourseKey(saved.course)},
                          {QStringLiteral("completed_on"), saved.completedOn.toString(Qt::ISODate)}},
              Cli::tr("Training %1 of %2 recorded.").arg(trainingCourseTitle(saved.course), name));
    return ExitOk;
}

// The competence items 3-9 of the standard's component 9 for one staff member: lists them, or
// ticks or unticks one (--tick N / --untick N, N the item's number in the standard).
int runCompetence(CliContext& ctx, CliArgs& args)
{
    const QString name = takeName(args, QStringLiteral("competence"));
    const QString tickText = args.option(QStringLiteral("tick"));
    const QString untickText = args.option(QStringLiteral("untick"));
    const QString note = args.option(QStringLiteral("note"));
    args.finish();
    if (!tickText.isEmpty() && !untickText.isEmpty())
        throw UsageError{Cli::tr("user competence takes --tick or --untick, not both.")};
    const QString numberText = tickText.isEmpty() ? untickText : tickText;
    bool ok = true;
    const int number = numberText.isEmpty() ? 0 : numberText.toInt(&ok);
    if (!ok)
        throw Error::invalid(
            Cli::tr("--tick and --untick need the item's number in the standard (3 to 9), not \"%1\".").arg(numberText),
            QStringLiteral("item"));
    const Context user = ctx.userContext();
    if (!tickText.isEmpty())
        StaffCompetence::tick(user, name, number, note);
    else if (!untickText.isEmpty())
        StaffCompetence::untick(user, name, number);
    QJsonArray items;
    QStringList lines{Cli::tr("Competence of %1 (standard, component 9):").arg(name)};
    for (const StaffCompetence::Line& l : StaffCompetence::checklist(user, name)) {
        items.append(QJsonObject{
            {QStringLiteral("number"), l.item.number},
            {QStringLiteral("item"), l.item.text},
            {QStringLiteral("ticked"), l.ticked},
            {QStringLiteral("confirmed_on"), l.ticked ? QJsonValue(l.confirmedOn.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("confirmed_by"), l.ticked ? QJsonValue(l.confirmedBy) : QJsonValue()},
            {QStringLiteral("note"), l.note}});
        lines << QStringLiteral("  [%1] %2. %3%4")
                     .arg(l.ticked ? QStringLiteral("x") : QStringLiteral(" "))
                     .arg(l.item.number)
                     .arg(l.item.text,
                          l.ticked
                              ? QStringLiteral("  (%1, %2)").arg(l.confirmedOn.toString(Qt::ISODate), l.confirmedBy)
                              : QString());
    }
    ctx.print(QJsonObject{{QStringLiteral("username"), name}, {QStringLiteral("items"), items}},
              lines.join(QLatin1Char('\n')));
    return ExitOk;
}

int runRegister(CliContext& ctx, CliArgs& args)
{
    args.finish();
    const StaffRegister::Report report = StaffRegister::build(ctx.userContext());
    QStringList lines{Cli::tr("Staff: %1 active of the %2 the standard sets; %3 meet its competence list.")
                          .arg(report.activeCount)
                          .arg(report.requiredCount)
                          .arg(report.meetingCount)};
    for (const StaffRegister::Row& r : report.rows)
        lines << QStringLiteral("  %1 %2  %3")
                     .arg(r.meetsStandard() ? QStringLiteral("✓") : QStringLiteral("✗"), r.user.displayName,
                          r.meetsStandard() ? QString()
                                            : Cli::tr("missing: %1").arg(r.missing.join(QStringLiteral("; "))));
    ctx.print(report.toJson(), lines.join(QLatin1Char('\n')));
    return ExitOk;
}

int runUser(CliContext& ctx, CliArgs& args)
{
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("add"))
        return runAdd(ctx, args);
    if (sub == QLatin1String("list"))
        return runList(ctx, args);
    if (sub == QLatin1String("show"))
        return runShow(ctx, args);
    if (sub == QLatin1String("disable"))
        return runDisable(ctx, args, true);
    if (sub == QLatin1String("enable"))
        return runDisable(ctx, args, false);
    if (sub == QLatin1String("reset-password"))
        return runResetPassword(ctx, args);
    if (sub == QLatin1String("passwd"))
        return runPasswd(ctx, args);
    if (sub == QLatin1String("roles"))
        return runRoles(ctx, args);
    if (sub == QLatin1String("unlock"))
        return runUnlock(ctx, args);
    if (sub == QLatin1String("training"))
        return runTraining(ctx, args);
    if (sub == QLatin1String("register"))
        return runRegister(ctx, args);
    if (sub == QLatin1String("competence"))
        return runCompetence(ctx, args);
    throw UsageError{sub.isEmpty()
                         ? Cli::tr("user needs a sub-command: add, list, show, disable, enable, reset-password, "
                                   "passwd, roles, unlock, training, competence or register.")
                         : Cli::tr("Unknown sub-command: user %1.").arg(sub)};
}
} // namespace

FirstAdmin createFirstAdmin(CliContext& ctx, const QString& username, const QString& displayName)
{
    const Context system(ctx.database(), defaultClock(), Actor::systemActor());
    if (UserService::hasUsers(system.database()))
        throw Error::conflict(
            Cli::tr("This database already has user accounts: add users with loket-cli --user ADMIN user add."));
    const QString password = ctx.secret(QStringLiteral("LOKET_PASSWORD"), Cli::tr("Password for %1: ").arg(username), true);
    const UserRecord admin = UserService::createFirstAdmin(system, username, displayName, password);
    return {QJsonObject{{QStringLiteral("username"), admin.username},
                        {QStringLiteral("display_name"), admin.displayName},
                        {QStringLiteral("roles"), QJsonArray{roleKey(Role::Admin)}}},
            Cli::tr("Administrator %1 created.").arg(admin.username)};
}

void addUserCommands(QList<Command>& list)
{
    list.append({QStringLiteral("user"),
                 QString::fromUtf8(QT_TRANSLATE_NOOP(
                     "loket::cli::help",
                     "user add NAME --role ROLE[,ROLE] [--name \"Full Name\"] [--education KEY] [--position TEXT]\n"
                     "user list | user show NAME\n"
                     "user disable NAME | user enable NAME | user unlock NAME\n"
                     "user reset-password NAME   (new password from LOKET_NEW_PASSWORD or a prompt)\n"
                     "user passwd                (your own: LOKET_PASSWORD, then LOKET_NEW_PASSWORD)\n"
                     "user roles NAME --role ROLE[,ROLE]\n"
                     "user training NAME --course KEY --date YYYY-MM-DD [--title T] [--provider P] [--certificate N]\n"
                     "user competence NAME [--tick N [--note T] | --untick N]   (items 3-9 of the standard's "
                     "competence list)\n"
                     "user register              (staff register: competence and count)\n"
                     "  ROLE: front_desk, back_office, technical_team, head, supervisor, admin")),
                 runUser});
}

} // namespace loket::cli
