#pragma once

#include "TrainingRecord.h"
#include "UserRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace loket {

class SqlQuery;

// All SQL on users and training_records. Callers (UserService, AuthService) own the
// transaction and the audit entries.
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    int count() const;
    QList<UserRecord> all() const;
    std::optional<UserRecord> findByName(const QString& username) const;
    std::optional<UserRecord> findById(const QString& id) const;
    QString passwordHash(const QString& userId) const;

    // `stamp` is the stored time of the change; `workstation` the writing counter.
    void insert(const UserRecord& user, const QString& passwordHash, const QString& stamp, const QString& workstation);
    // Writes every field of the record but the password; bumps row_version.
    void update(const UserRecord& user, const QString& stamp, const QString& workstation);
    void setPassword(const QString& userId, const QString& passwordHash, bool mustChange, const QString& stamp,
                     const QString& workstation);

    QList<TrainingRecord> training(const QString& userId) const;
    QList<TrainingRecord> allTraining() const;
    std::optional<TrainingRecord> trainingById(const QString& id) const;
    void insertTraining(const TrainingRecord& record, const QString& stamp, const QString& workstation);
    void deleteTraining(const QString& id, const QString& stamp, const QString& workstation);

private:
    static UserRecord readUser(const SqlQuery& q);
    static TrainingRecord readTraining(const SqlQuery& q);
    QList<UserRecord> users(const QString& where, const QString& name, const QVariant& value) const;
    QList<TrainingRecord> trainings(const QString& where, const QString& name, const QVariant& value) const;

    QSqlDatabase m_db;
};

} // namespace loket
