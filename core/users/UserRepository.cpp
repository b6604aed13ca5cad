#include "UserRepository.h"

#include "common/Ids.h"
#include "storage/SqlQuery.h"

namespace loket {

namespace {
const char* const kUserColumns =
    "id, username, display_name, roles, disabled, must_change_password, failed_attempts, locked_until, "
    "last_sign_in_at, password_changed_at, position, education, gov_experience_years, ptsp_experience_years, "
    "technical_competence, created_at, updated_at, workstation, row_version";
const char* const kTrainingColumns = "id, user_id, course, title, completed_on, provider, certificate_no";

QVariant storedOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(toStoredTime(at)) : QVariant();
}

// A null QString binds as NULL; the text columns are NOT NULL DEFAULT ''.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QDateTime timeOrInvalid(const QVariant& v)
{
    return v.isNull() ? QDateTime() : fromStoredTime(v.toString());
}
} // namespace

UserRecord UserRepository::readUser(const SqlQuery& q)
{
    UserRecord u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.roles = rolesFromKeys(q.value(3).toString());
    u.disabled = q.value(4).toInt() != 0;
    u.mustChangePassword = q.value(5).toInt() != 0;
    u.failedAttempts = q.value(6).toInt();
    u.lockedUntil = timeOrInvalid(q.value(7));
    u.lastSignInAt = timeOrInvalid(q.value(8));
    u.passwordChangedAt = timeOrInvalid(q.value(9));
    u.profile.position = q.value(10).toString();
    educationFromKey(q.value(11).toString(), &u.profile.education);
    u.profile.govExperienceYears = q.value(12).toInt();
    u.profile.ptspExperienceYears = q.value(13).toInt();
    u.profile.technicalCompetence = q.value(14).toInt() != 0;
    u.createdAt = timeOrInvalid(q.value(15));
    u.updatedAt = timeOrInvalid(q.value(16));
    u.workstation = q.value(17).toString();
    u.rowVersion = q.value(18).toInt();
    return u;
}

QList<UserRecord> UserRepository::users(const QString& where, const QString& name, const QVariant& value) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM users %2 ORDER BY username COLLATE NOCASE")
                         .arg(QLatin1String(kUserColumns), where));
    if (!name.isEmpty())
        q.bind(name, value);
    q.exec();
    QList<UserRecord> list;
    while (q.next())
        list.append(readUser(q));
    return list;
}

int UserRepository::count() const
{
    return SqlQuery(m_db, QStringLiteral("SELECT count(*) FROM users")).scalar().toInt();
}

QList<UserRecord> UserRepository::all() const
{
    return users({}, {}, {});
}

std::optional<UserRecord> UserRepository::findByName(const QString& username) const
{
    const auto list = users(QStringLiteral("WHERE username = :name"), QStringLiteral(":name"), username.trimmed());
    return list.isEmpty() ? std::nullopt : std::optional<UserRecord>(list.first());
}

std::optional<UserRecord> UserRepository::findById(const QString& id) const
{
    const auto list = users(QStringLiteral("WHERE id = :id"), QStringLiteral(":id"), id);
    return list.isEmpty() ? std::nullopt : std::optional<UserRecord>(list.first());
}

QString UserRepository::passwordHash(const QString& userId) const
{
    return SqlQuery(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = :id"))
        .bind(QStringLiteral(":id"), userId)
        .scalar()
        .toString();
}

void UserRepository::insert(const UserRecord& u, const QString& passwordHash, const QString& stamp,
                            const QString& workstation)
{
    SqlQuery(m_db, QStringLiteral(
                       "INSERT INTO users (id, username, display_name, roles, password_hash, password_changed_at, "
                       "must_change_password, failed_attempts, disabled, position, education, gov_experience_years, "
                       "ptsp_experience_years, technical_competence, created_at, updated_at, workstation, row_version) "
                       "VALUES (:id, :username, :display, :roles, :hash, :stamp, :must, 0, :disabled, :position, "
                       ":education, :gov, :ptsp, :technical, :stamp, :stamp, :ws, 1)"))
        .bind(QStringLiteral(":id"), u.id)
        .bind(QStringLiteral(":username"), u.username)
        .bind(QStringLiteral(":display"), text(u.displayName))
        .bind(QStringLiteral(":roles"), rolesToKeys(u.roles))
        .bind(QStringLiteral(":hash"), passwordHash)
        .bind(QStringLiteral(":stamp"), stamp)
        .bind(QStringLiteral(":must"), u.mustChangePassword ? 1 : 0)
        .bind(QStringLiteral(":disabled"), u.disabled ? 1 : 0)
        .bind(QStringLiteral(":position"), text(u.profile.position))
        .bind(QStringLiteral(":education"), text(educationKey(u.profile.education)))
        .bind(QStringLiteral(":gov"), u.profile.govExperienceYears)
        .bind(QStringLiteral(":ptsp"), u.profile.ptspExperienceYears)
        .bind(QStringLiteral(":technical"), u.profile.technicalCompetence ? 1 : 0)
        .bind(QStringLiteral(":ws"), workstation)
        .exec();
}

void UserRepository::update(const UserRecord& u, const QString& stamp, const QString& workstation)
{
    SqlQuery(m_db, QStringLiteral(
                       "UPDATE users SET display_name = :display, roles = :roles, disabled = :disabled, "
                       "must_change_password = :must, failed_attempts = :failed, locked_until = :locked, "
                       "last_sign_in_at = :last, position = :position, education = :education, "
                       "gov_experience_years = :gov, ptsp_experience_years = :ptsp, technical_competence = :technical, "
                       "updated_at = :stamp, workstation = :ws, row_version = row_version + 1 WHERE id = :id"))
        .bind(QStringLiteral(":display"), text(u.displayName))
        .bind(QStringLiteral(":roles"), rolesToKeys(u.roles))
        .bind(QStringLiteral(":disabled"), u.disabled ? 1 : 0)
        .bind(QStringLiteral(":must"), u.mustChangePassword ? 1 : 0)
        .bind(QStringLiteral(":failed"), u.failedAttempts)
        .bind(QStringLiteral(":locked"), storedOrNull(u.lockedUntil))
        .bind(QStringLiteral(":last"), storedOrNull(u.lastSignInAt))
        .bind(QStringLiteral(":position"), text(u.profile.position))
        .bind(QStringLiteral(":education"), text(educationKey(u.profile.education)))
        .bind(QStringLiteral(":gov"), u.profile.govExperienceYears)
        .bind(QStringLiteral(":ptsp"), u.profile.ptspExperienceYears)
        .bind(QStringLiteral(":technical"), u.profile.technicalCompetence ? 1 : 0)
        .bind(QStringLiteral(":stamp"), stamp)
        .bind(QStringLiteral(":ws"), workstation)
        .bind(QStringLiteral(":id"), u.id)
        .exec();
}

void UserRepository::setPassword(const QString& userId, const QString& passwordHash, bool mustChange,
                                 const QString& stamp, const QString& workstation)
{
    SqlQuery(m_db, QStringLiteral("UPDATE users SET password_hash = :hash, password_changed_at = :stamp, "
                                  "must_change_password = :must, failed_attempts = 0, locked_until = NULL, "
                                  "updated_at = :stamp, workstation = :ws, row_version = row_version + 1 "
                                  "WHERE id = :id"))
        .bind(QStringLiteral(":hash"), passwordHash)
        .bind(QStringLiteral(":stamp"), stamp)
        .bind(QStringLiteral(":must"), mustChange ? 1 : 0)
        .bind(QStringLiteral(":ws"), workstation)
        .bind(QStringLiteral(":id"), userId)
        .exec();
}

TrainingRecord UserRepository::readTraining(const SqlQuery& q)
{
    TrainingRecord t;
    t.id = q.value(0).toString();
    t.userId = q.value(1).toString();
    trainingCourseFromKey(q.value(2).toString(), &t.course);
    t.title = q.value(3).toString();
    t.completedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    t.provider = q.value(5).toString();
    t.certificateNo = q.value(6).toString();
    return t;
}

QList<TrainingRecord> UserRepository::trainings(const QString& where, const QString& name, const QVariant& value) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM training_records WHERE deleted_at IS NULL %2 "
                                    "ORDER BY completed_on, course")
                         .arg(QLatin1String(kTrainingColumns), where));
    if (!name.isEmpty())
        q.bind(name, value);
    q.exec();
    QList<TrainingRecord> list;
    while (q.next())
        list.append(readTraining(q));
    return list;
}

QList<TrainingRecord> UserRepository::training(const QString& userId) const
{
    return trainings(QStringLiteral("AND user_id = :user"), QStringLiteral(":user"), userId);
}

QList<TrainingRecord> UserRepository::allTraining() const
{
    return trainings({}, {}, {});
}

std::optional<TrainingRecord> UserRepository::trainingById(const QString& id) const
{
    const auto list = trainings(QStringLiteral("AND id = :id"), QStringLiteral(":id"), id);
    return list.isEmpty() ? std::nullopt : std::optional<TrainingRecord>(list.first());
}

void UserRepository::insertTraining(const TrainingRecord& t, const QString& stamp, const QString& workstation)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO training_records (id, user_id, course, title, completed_on, provider, "
                                  "certificate_no, created_at, updated_at, workstation, row_version) VALUES (:id, "
                                  ":user, :course, :title, :done, :provider, :cert, :stamp, :stamp, :ws, 1)"))
        .bind(QStringLiteral(":id"), t.id)
        .bind(QStringLiteral(":user"), t.userId)
        .bind(QStringLiteral(":course"), trainingCourseKey(t.course))
        .bind(QStringLiteral(":title"), text(t.title))
        .bind(QStringLiteral(":done"), t.completedOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":provider"), text(t.provider))
        .bind(QStringLiteral(":cert"), text(t.certificateNo))
        .bind(QStringLiteral(":stamp"), stamp)
        .bind(QStringLiteral(":ws"), workstation)
        .exec();
}

void UserRepository::deleteTraining(const QString& id, const QString& stamp, const QString& workstation)
{
    SqlQuery(m_db, QStringLiteral("UPDATE training_records SET deleted_at = :stamp, updated_at = :stamp, "
                                  "workstation = :ws, row_version = row_version + 1 WHERE id = :id"))
        .bind(QStringLiteral(":stamp"), stamp)
        .bind(QStringLiteral(":ws"), workstation)
        .bind(QStringLiteral(":id"), id)
        .exec();
}

} // namespace loket
