#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace loket {

class Context;
struct Actor;

struct AuditEntry
{
    qint64 seq = 0;
    QString id;
    QDateTime at;
    QString actorId;
    QString actorName;
    QString workstation;
    QString action;
    QString recordType;
    QString recordId;
    QJsonObject before;
    QJsonObject after;
    QString note;
    QString prevHash;
    QString hash;
};

// The append-only, hash-chained audit trail. append() must run inside the caller's transaction
// so the change and its entry commit or roll back together.
class AuditLog
{
public:
    static void append(const Context& ctx, const QString& action, const QString& recordType, const QString& recordId,
                       const QJsonObject& before, const QJsonObject& after, const QString& note = {});
    static void append(const QSqlDatabase& db, const QDateTime& at, const Actor& actor, const QString& workstation,
                       const QString& action, const QString& recordType, const QString& recordId,
                       const QJsonObject& before, const QJsonObject& after, const QString& note = {});

    // SHA-256 over the entry's content and the previous hash, hex.
    static QString computeHash(const AuditEntry& entry);
    static QString genesisHash();
};

} // namespace loket
